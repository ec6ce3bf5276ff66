import type { LibraryEntry } from '../../utils/protocol/library';
import type { TextAnchor } from '../../utils/schemas';
import { useT } from '../i18n';
import { LibraryEntryCard } from './LibraryEntryCard';

interface Props {
  entries: LibraryEntry[];
  onOpen: (url: string, anchor: TextAnchor | null) => void;
}

/**
 * One page of results grouped by speaker, speakers in the order the sort first reaches them (newest first: who spoke
 * last comes first). Notes nobody is credited with come last.
 */
export function LibraryResults({ entries, onOpen }: Props) {
  const t = useT();
  const groups = new Map<string, LibraryEntry[]>();
  for (const entry of entries) {
    const key = entry.speaker ?? '';
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const ordered = [...groups].sort(([a], [b]) => Number(a === '') - Number(b === ''));
  return (
    <div class="library-results">
      {ordered.map(([speaker, list]) => {
        const id = `speaker-${encodeURIComponent(speaker || '-')}`;
        return (
          <section key={speaker} class="library-group" aria-labelledby={id}>
            <h2 id={id}>
              {speaker || t('unattributed')} <span class="count">({list.length})</span>
            </h2>
            <ul class="library-entries">
              {list.map((entry) => (
                <LibraryEntryCard key={entry.key} entry={entry} onOpen={onOpen} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
