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

/** The database exactly as version 2 shipped (before comments): frozen here too. */
function openVersion2(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ pages: 'url', notes: 'id, url' });
  db.version(2).stores({ pages: 'url, updatedAt', notes: 'id, url, [url+createdAt], updatedAt, speaker, *tags' });
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

  it('opens a version 2 profile with its notes, tags and pages intact, and adds the comment tables', async () => {
    const name = freshName();
    const v2 = openVersion2(name);
    const note = {
      schemaVersion: 1,
      id: '9a1e0a4e-4a3b-4c55-9a61-0d7c2f1b8a12',
      url: 'https://news.example.kz/c',
      pageTitle: 'C',
      targetKind: 'quote',
      anchor: null,
      speaker: 'Касым-Жомарт Токаев',
      quoteKind: 'direct',
      claimType: null,
      text: 'written by v2',
      tags: ['полиция'],
      createdAt: '2026-02-02T10:00:00.000Z',
      updatedAt: '2026-02-03T10:00:00.000Z',
    };
    await v2.table('notes').put(note);
    await v2.table('pages').put({ url: note.url, title: 'C', updatedAt: note.updatedAt });
    v2.close();

    const db = new StatementLensDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await listNotesForUrl(db, note.url)).toEqual([note]);
    expect(await db.notes.where('tags').equals('полиция').count()).toBe(1);
    expect(await db.notes.where('speaker').equals('Касым-Жомарт Токаев').count()).toBe(1);
    expect(await db.pages.get(note.url)).toMatchObject({ title: 'C' });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.account.count()).toBe(0);
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
