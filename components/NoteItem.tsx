import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../utils/schemas';
import { NoteEditor, type NoteDraft } from './NoteEditor';
import { useT } from './i18n';

interface Props {
  note: Note;
  onSave: (note: Note, draft: NoteDraft) => Promise<void>;
  onDelete: (note: Note) => void;
}

export function NoteItem({ note, onSave, onDelete }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const edit = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // After an edit (saved or cancelled) the keyboard is back on the note's Edit button.
  useEffect(() => {
    if (!editing && wasEditing.current) edit.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  if (editing) {
    return (
      <li class="note">
        <NoteEditor
          label={t('editNote')}
          initial={{ text: note.text, tags: note.tags }}
          allowEmpty={note.targetKind === 'highlight'}
          onSave={async (draft) => {
            await onSave(note, draft);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li class="note" data-note-id={note.id}>
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
      <div class="row note-actions">
        <button ref={edit} type="button" class="link" onClick={() => setEditing(true)}>
          {t('editNote')}
        </button>
        <button type="button" class="link" onClick={() => onDelete(note)}>
          {t('deleteNote')}
        </button>
      </div>
    </li>
  );
}

interface ListProps {
  notes: Note[];
  onSave: (note: Note, draft: NoteDraft) => Promise<void>;
  onDelete: (note: Note) => void;
}

export function NoteList({ notes, onSave, onDelete }: ListProps) {
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <ul class="notes" aria-label={t('notes')}>
      {notes.map((note) => (
        <NoteItem key={note.id} note={note} onSave={onSave} onDelete={onDelete} />
      ))}
    </ul>
  );
}
