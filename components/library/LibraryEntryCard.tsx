import type { LibraryEntry } from '../../utils/protocol/library';
import type { TextAnchor } from '../../utils/schemas';
import { useT } from '../i18n';

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);
// Only web addresses become link targets: a stored url from an old version must never be a script: link.
const href = (url: string) => (isWebUrl(url) ? url : '#');

interface Props {
  entry: LibraryEntry;
  onOpen: (url: string, anchor: TextAnchor | null) => void;
}

/** One saved quote (or a note not on a quote): its text, its article as a link, its notes and other wordings. */
export function LibraryEntryCard({ entry, onOpen }: Props) {
  const t = useT();
  const anchor = entry.quote?.anchor ?? entry.notes[0]?.anchor ?? null;
  const passage = entry.quote?.text ?? entry.notes[0]?.anchor?.quote.exact ?? null;
  const open = (url: string, at: TextAnchor | null) => (e: Event) => {
    e.preventDefault();
    onOpen(url, at);
  };
  const day = entry.savedAt.slice(0, 10);
  const isWebPage = isWebUrl(entry.url);
  return (
    <li class="library-entry" data-key={entry.key}>
      {passage !== null && (
        <blockquote class="library-quote">
          <a href={href(entry.url)} onClick={open(entry.url, anchor)} title={t('showInPage')}>
            {passage}
          </a>
        </blockquote>
      )}
      <p class="library-meta">
        {entry.quote && <span class="chip">{t(`kind.${entry.quote.kind}`)}</span>}{' '}
        {entry.claimTypes.map((c) => (
          <span key={c} class={`chip chip-${c}`}>
            {t(`claimType.${c}`)}
          </span>
        ))}{' '}
        <a href={href(entry.url)} onClick={open(entry.url, null)} class="library-article">
          {entry.title}
        </a>{' '}
        · <span class="library-outlet">{entry.outlet}</span> · <time dateTime={entry.savedAt}>{day}</time>
        {!isWebPage && <em> · {t('library.notWebPage')}</em>}
      </p>
      {entry.notes.length > 0 && (
        <ul class="notes" aria-label={t('notes')}>
          {entry.notes.map((note) => (
            <li key={note.id} class="note">
              <p class="note-text">{note.text || <em>{t('highlightNoNote')}</em>}</p>
              {note.tags.length > 0 && (
                <ul class="tags" aria-label={t('filterTag')}>
                  {note.tags.map((tag) => (
                    <li key={tag} class="tag">
                      #{tag}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {entry.variants.length > 0 && (
        <details class="library-variants">
          <summary>{t('library.variants', { count: entry.variants.length })}</summary>
          <ul>
            {entry.variants.map((v) => (
              <li key={v.url}>
                <q>{v.text}</q> —{' '}
                <a href={href(v.url)} onClick={open(v.url, null)}>
                  {v.title}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
