import { describe, expect, it } from 'vitest';
import { StatementLensDb } from '../../../utils/db/database';
import { deleteNote, listNotesForUrl, saveNote } from '../../../utils/db/notes';
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

  it('loses nothing when two tabs write to the same database at once', async () => {
    const name = freshName();
    const tabA = new StatementLensDb(name);
    const tabB = new StatementLensDb(name);
    const page = { url: 'https://news.example.kz/a', title: 'A', language: 'ru' as const, extraction: { speakers: [], quotes: [], claims: [] }, savedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => saveNote(i % 2 ? tabA : tabB, note(i), page)),
    );
    expect(await listNotesForUrl(tabA, 'https://news.example.kz/a')).toHaveLength(200);
    expect(await tabB.pages.count()).toBe(1);
    tabA.close();
    tabB.close();
  });
});
