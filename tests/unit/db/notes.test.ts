import { describe, expect, it } from 'vitest';
import { StatementLensDb } from '../../../utils/db/database';
import { deleteNote, listNotesForUrl, saveNote, updateNote } from '../../../utils/db/notes';
import type { Note } from '../../../utils/schemas';

let counter = 0;
const freshName = () => `notes-test-${Date.now()}-${counter++}`;

function note(n: number, url = 'https://news.example.kz/a'): Note {
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
  return {
    schemaVersion: 1,
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url,
    pageTitle: 'A',
    targetKind: 'article',
    anchor: null,
    speaker: null,
    quoteKind: null,
    claimType: null,
    text: `note ${n}`,
    tags: [],
    createdAt: at,
    updatedAt: at,
  };
}

describe('notes', () => {
  it("lists only the page's notes, oldest first, and deletes one", async () => {
    const db = new StatementLensDb(freshName());
    await saveNote(db, note(2), null);
    await saveNote(db, note(1), null);
    await saveNote(db, note(3, 'https://news.example.kz/other'), null);
    expect((await listNotesForUrl(db, 'https://news.example.kz/a')).map((n) => n.text)).toEqual(['note 1', 'note 2']);
    expect(await deleteNote(db, note(1).id)).toBe(true);
    expect(await deleteNote(db, note(1).id)).toBe(false);
    expect((await listNotesForUrl(db, 'https://news.example.kz/a')).map((n) => n.text)).toEqual(['note 2']);
    db.close();
  });

  it("two tabs saving notes on one page at once keep the page's first savedAt (a read-modify-write of one record)", async () => {
    const name = freshName();
    const tabA = new StatementLensDb(name);
    const tabB = new StatementLensDb(name);
    const page = (i: number) => ({
      url: 'https://news.example.kz/a',
      title: `A ${i}`,
      language: 'ru' as const,
      extraction: { speakers: [], quotes: [], claims: [] },
      savedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    });
    // Each save reads the page record and writes it back with the savedAt it found. Unserialized, every save
    // reads "no page yet" and the last write's savedAt wins; the note rows themselves never collide.
    await Promise.all(Array.from({ length: 40 }, (_, i) => saveNote(i % 2 ? tabA : tabB, note(i), page(i))));
    expect(await listNotesForUrl(tabA, 'https://news.example.kz/a')).toHaveLength(40);
    const stored = await tabB.pages.get('https://news.example.kz/a');
    expect(stored?.savedAt).toBe(page(0).savedAt);
    expect(stored?.updatedAt).not.toBe(page(0).updatedAt);
    tabA.close();
    tabB.close();
  });

  it('two tabs adding tags to the same note at once both keep theirs', async () => {
    const name = freshName();
    const tabA = new StatementLensDb(name);
    const tabB = new StatementLensDb(name);
    await saveNote(tabA, note(1), null);
    const id = note(1).id;
    const tags = Array.from({ length: 30 }, (_, i) => `tag-${i}`);
    // Each edit builds on the note as stored: a writer that read before another wrote would drop that tag.
    await Promise.all(
      tags.map((tag, i) =>
        updateNote(i % 2 ? tabA : tabB, id, (stored) => ({ ...stored!, tags: [...stored!.tags, tag] }), null),
      ),
    );
    expect([...(await tabA.notes.get(id))!.tags].sort()).toEqual([...tags].sort());
    tabA.close();
    tabB.close();
  });

  it('a refused update writes nothing', async () => {
    const db = new StatementLensDb(freshName());
    await saveNote(db, note(1), null);
    const page = { url: 'https://news.example.kz/a', title: 'A', language: 'ru' as const, extraction: { speakers: [], quotes: [], claims: [] }, savedAt: note(1).createdAt, updatedAt: note(1).createdAt };
    await expect(updateNote(db, note(1).id, () => { throw new Error('no'); }, page)).rejects.toThrow('no');
    expect(await db.pages.count()).toBe(0);
    expect((await db.notes.get(note(1).id))?.text).toBe('note 1');
    db.close();
  });
});
