import type { Note } from '../utils/schemas';
import type { NoteDraft } from './NoteEditor';
import { NoteList } from './NoteItem';
import { useT } from './i18n';

interface Props {
  notes: Note[];
  onEditNote: (note: Note, draft: NoteDraft) => Promise<void>;
  onDeleteNote: (note: Note) => void;
}

/** Notes whose passage is gone from the page: shown with the text they were written on, never re-attached elsewhere. */
export function OrphanList({ notes, onEditNote, onDeleteNote }: Props) {
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <section class="orphans" aria-labelledby="orphans-heading">
      <h2 id="orphans-heading">{t('orphans')}</h2>
      <p class="hint">{t('orphansHint')}</p>
      <ul class="quotes">
        {notes.map((note) => (
          <li key={note.id} class="quote orphan">
            {note.anchor && <blockquote class="orphan-quote">{note.anchor.quote.exact}</blockquote>}
            <NoteList notes={[note]} onSave={onEditNote} onDelete={onDeleteNote} />
          </li>
        ))}
      </ul>
    </section>
  );
}
