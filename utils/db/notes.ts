import type { Note } from '../schemas';
import type { PageRecord, StatementLensDb } from './database';

/** A page's notes, oldest first (the order they were written in). */
export async function listNotesForUrl(db: StatementLensDb, url: string): Promise<Note[]> {
  return db.notes.where('[url+createdAt]').between([url, ''], [url, '\uffff']).toArray();
}

/**
 * Stores a note and, in the same transaction, the page it belongs to, so that a note never exists without
 * the extraction its anchor refers to. Two tabs saving at once each run their own transaction; IndexedDB
 * serializes them and neither write is lost.
 */
export async function saveNote(db: StatementLensDb, note: Note, page: PageRecord | null): Promise<Note> {
  await db.transaction('rw', db.notes, db.pages, async () => {
    if (page) {
      const existing = await db.pages.get(page.url);
      await db.pages.put(existing ? { ...page, savedAt: existing.savedAt } : page);
    }
    await db.notes.put(note);
  });
  return note;
}

/**
 * Reads a note, builds its new version from what is stored (or undefined when there is none) and writes it,
 * with its page, in one transaction: a second writer of the same note waits and builds on this one's result
 * instead of on what it read before. `build` may throw to refuse; nothing is written then.
 */
export async function updateNote(
  db: StatementLensDb,
  id: string,
  build: (stored: Note | undefined) => Note,
  page: PageRecord | null,
): Promise<Note> {
  return db.transaction('rw', db.notes, db.pages, async () => {
    const note = build(await db.notes.get(id));
    await saveNote(db, note, page);
    return note;
  });
}

export async function deleteNote(db: StatementLensDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(id);
    if (!existing) return false;
    await db.notes.delete(id);
    return true;
  });
}
