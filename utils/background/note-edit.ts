import type { Note } from '../schemas';

/** What an editor showed and what the user made of it. */
export interface NoteDraftEdit {
  text: string;
  tags: string[];
}

export class NoteEditConflict extends Error {
  constructor() {
    super('this note was changed in another tab while you edited it; your text is still in the editor: copy it, then reload the panel');
    this.name = 'NoteEditConflict';
  }
}

/**
 * An edit made from `base` (the note as the editor showed it), applied to the note as it is stored now. Two
 * panels editing one note each send their whole note; writing the last one as sent would drop what the other
 * did (a tag added in one tab vanishes when the other saves). So only what this editor changed is applied: tags
 * it added or removed, and its text if it touched it. Text both editors rewrote cannot be merged: refused, and
 * the editor keeps the user's draft.
 */
export function applyNoteEdit(stored: Pick<Note, 'text' | 'tags'>, base: NoteDraftEdit, edit: NoteDraftEdit): NoteDraftEdit {
  let text = stored.text;
  if (edit.text !== base.text) {
    if (stored.text !== base.text && stored.text !== edit.text) throw new NoteEditConflict();
    text = edit.text;
  }
  const removed = new Set(base.tags.filter((tag) => !edit.tags.includes(tag)));
  const added = edit.tags.filter((tag) => !base.tags.includes(tag));
  const tags = [...new Set([...stored.tags.filter((tag) => !removed.has(tag)), ...added])];
  return { text, tags };
}
