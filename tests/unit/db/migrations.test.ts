import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { StatementLensDb } from '../../../utils/db/database';
import { listNotesForUrl } from '../../../utils/db/notes';

let counter = 0;
const freshName = () => `migration-test-${Date.now()}-${counter++}`;

/** The database exactly as version 1 shipped: its schema is frozen here on purpose. */
function openVersion1(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ pages: 'url', notes: 'id, url' });
  return db;
}

describe('database migrations', () => {
  it('opens notes written by version 1 after the upgrade, with the fields later versions expect', async () => {
    const name = freshName();
    const v1 = openVersion1(name);
    await v1.table('notes').bulkPut([
      {
        schemaVersion: 1,
        id: '3f1e0a4e-4a3b-4c55-9a61-0d7c2f1b8a10',
        url: 'https://news.example.kz/a',
        targetKind: 'article',
        anchor: null,
        text: 'written by v1',
        createdAt: '2026-01-02T10:00:00.000Z',
      },
      {
        schemaVersion: 1,
        id: '6c2d9a4e-1a3b-4c55-9a61-0d7c2f1b8a11',
        url: 'https://news.example.kz/b',
        targetKind: 'article',
        anchor: null,
        text: 'another page',
        createdAt: '2026-01-03T10:00:00.000Z',
      },
    ]);
    await v1.table('pages').put({ url: 'https://news.example.kz/a', title: 'A' });
    v1.close();

    const db = new StatementLensDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const notes = await listNotesForUrl(db, 'https://news.example.kz/a');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ text: 'written by v1', tags: [], updatedAt: '2026-01-02T10:00:00.000Z', speaker: null, pageTitle: '' });
    expect(await db.notes.where('tags').equals('x').count()).toBe(0);
    expect(await db.pages.get('https://news.example.kz/a')).toMatchObject({ title: 'A' });
    db.close();
  });

  it('creates the current schema on a fresh profile', async () => {
    const db = new StatementLensDb(freshName());
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['account', 'notes', 'outbox', 'pages']);
    expect(db.notes.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['url', '[url+createdAt]', 'tags', 'speaker']));
    db.close();
  });
});
