import { afterEach, describe, expect, it } from 'vitest';
import { StatementLensDb } from '../../../utils/db/database';
import { queryLibrary } from '../../../utils/db/library';
import { exportBundleFromDb, importBundleIntoDb } from '../../../utils/db/library-transfer';
import { mergeBundles, validateBundle, type AnnotationBundle } from '../../../utils/export';
import { claim, freshName, note, noteOn, page, q, quote } from './fixtures';

const A = 'https://www.tengrinews.kz/a/1';
const B = 'https://kapital.kz/b/2';
const NOW = new Date('2026-11-25T10:00:00.000Z');

const qa = quote('q1', 'Реформы будут продолжены', 'Касым-Жомарт Токаев');
const qb = quote('q1', 'Число краж снизилось', 'Ерлан Тургумбаев');

const dbs: StatementLensDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));
const openDb = () => {
  const db = new StatementLensDb(freshName('transfer'));
  dbs.push(db);
  return db;
};

async function filled() {
  const db = openDb();
  await db.pages.bulkPut([page(A, '2026-01-10T09:00:00.000Z', [qa]), page(B, '2026-02-10T09:00:00.000Z', [qb], [claim('c1', qb, 'factual')])]);
  await db.notes.bulkPut([noteOn(qa, A, 'Сверить', ['послание']), note(B, 'Статья целиком', { tags: ['МВД'] }), noteOn(qb, B, 'Запросить статистику')]);
  return db;
}

/** What the database holds, without the bookkeeping time an import stamps on a page. */
async function contents(db: StatementLensDb) {
  const pages = (await db.pages.orderBy('url').toArray()).map(({ updatedAt: _stamp, ...rest }) => rest);
  const notes = await db.notes.orderBy('id').toArray();
  return { pages, notes };
}

describe('export from the library', () => {
  it('exports everything or the chosen articles as a valid bundle', async () => {
    const db = await filled();
    const all = await exportBundleFromDb(db, null, NOW);
    expect(validateBundle(all).ok).toBe(true);
    expect(all.exportedAt).toBe(NOW.toISOString());
    expect(all.pages.map((p) => p.url)).toEqual([A, B]);
    expect(all.notes).toHaveLength(3);
    const one = await exportBundleFromDb(db, [B, B], NOW);
    expect(one.pages.map((p) => p.url)).toEqual([B]);
    expect(one.notes.every((n) => n.url === B)).toBe(true);
    expect(one.notes).toHaveLength(2);
  });

  it('gives notes of pages never saved as articles a page without quotes, and leaves out pages that are not web pages', async () => {
    const db = await filled();
    await db.notes.put(note('https://blog.example.org/post', 'A blog', { pageTitle: 'Blog', createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z' }));
    await db.pages.put(page('file:///home/me/saved.html', '2026-03-02T00:00:00.000Z', [qa]));
    await db.notes.put(note('file:///home/me/saved.html', 'local copy'));
    const bundle = await exportBundleFromDb(db, null, NOW);
    expect(bundle.pages.map((p) => p.url)).toEqual([A, B, 'https://blog.example.org/post']);
    expect(bundle.pages[2]).toMatchObject({ title: 'Blog', language: 'other', extraction: { quotes: [] } });
    expect(bundle.notes.some((n) => n.url.startsWith('file:'))).toBe(false);
  });
});

describe('import into the library', () => {
  it('round-trips: export, wipe, import gives the same database', async () => {
    const db = await filled();
    const before = await contents(db);
    const bundle = JSON.parse(JSON.stringify(await exportBundleFromDb(db, null, NOW))) as unknown;
    await db.pages.clear();
    await db.notes.clear();
    const counts = await importBundleIntoDb(db, bundle, NOW);
    expect(counts).toEqual({ added: { pages: 2, notes: 3 }, updated: { pages: 0, notes: 0 }, skipped: { pages: 0, notes: 0 } });
    expect(await contents(db)).toEqual(before);
    expect((await queryLibrary(db, q({ text: 'статистика' }))).total).toBe(1);
  });

  it('importing the same file twice doubles nothing, and counts as mergeBundles does', async () => {
    const source = await filled();
    const bundle = await exportBundleFromDb(source, null, NOW);
    const db = openDb();
    await db.pages.put(page(A, '2026-01-01T00:00:00.000Z', [qa]));
    const older = { ...bundle.notes[0]!, text: 'older text', updatedAt: '2025-01-01T00:00:00.000Z' };
    await db.notes.put(older);
    const existing = await exportBundleFromDb(db, null, NOW);

    const first = await importBundleIntoDb(db, bundle, NOW);
    const merged = mergeBundles(existing, bundle);
    expect(merged.ok).toBe(true);
    if (merged.ok) expect(first).toEqual({ added: merged.value.added, updated: merged.value.updated, skipped: merged.value.skipped });
    expect(first).toEqual({ added: { pages: 1, notes: 2 }, updated: { pages: 1, notes: 1 }, skipped: { pages: 0, notes: 0 } });

    const after = await contents(db);
    const second = await importBundleIntoDb(db, bundle, NOW);
    expect(second).toEqual({ added: { pages: 0, notes: 0 }, updated: { pages: 0, notes: 0 }, skipped: { pages: 2, notes: 3 } });
    expect(await contents(db)).toEqual(after);
    expect(await db.notes.count()).toBe(3);
  });

  it('keeps a page with quotes when a notes-only page arrives for the same url', async () => {
    const db = await filled();
    const bundle: AnnotationBundle = {
      format: 'statement-lens', schemaVersion: 1, exportedAt: NOW.toISOString(),
      pages: [{ url: A, title: 'From Hypothesis', language: 'other', savedAt: '2026-06-01T00:00:00.000Z', extraction: { speakers: [], quotes: [], claims: [] } }],
      notes: [],
    };
    expect((await importBundleIntoDb(db, bundle, NOW)).skipped.pages).toBe(1);
    expect((await db.pages.get(A))!.extraction.quotes).toHaveLength(1);
  });

  it('refuses an invalid bundle with a message naming the problem, and changes nothing', async () => {
    const db = await filled();
    const before = await contents(db);
    const bundle = JSON.parse(JSON.stringify(await exportBundleFromDb(db, null, NOW))) as AnnotationBundle;
    bundle.notes[1]!.anchor = { ...bundle.notes[1]!.anchor!, position: { type: 'TextPositionSelector', start: -1, end: 3 } };
    bundle.notes.push({ ...bundle.notes[0]!, id: crypto.randomUUID() });
    await expect(importBundleIntoDb(db, bundle, NOW)).rejects.toThrow(/notes\[1\]\.anchor\.position\.start/);
    await expect(importBundleIntoDb(db, { hello: 'world' }, NOW)).rejects.toThrow(/cannot be imported/);
    expect(await contents(db)).toEqual(before);
  });

  it('writes nothing when cancelled after some chunks were already written', async () => {
    const source = await filled();
    const bundle = await exportBundleFromDb(source, null, NOW);
    const db = openDb();
    await db.notes.put(note(A, 'mine'));
    const before = await contents(db);
    const cancel = new AbortController();
    let created = 0;
    // Cancel arrives while the second chunk of notes is written (chunks of one note here).
    db.notes.hook('creating', () => {
      if (++created === 2) cancel.abort();
    });
    await expect(importBundleIntoDb(db, bundle, NOW, { signal: cancel.signal, chunkSize: 1 })).rejects.toMatchObject({ name: 'AbortError' });
    expect(created).toBe(2);
    expect(await contents(db)).toEqual(before);
    await expect(importBundleIntoDb(db, bundle, NOW, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(await contents(db)).toEqual(before);
  });

  it('changes nothing when a write fails half-way', async () => {
    const source = await filled();
    const bundle = await exportBundleFromDb(source, null, NOW);
    const db = openDb();
    await db.notes.put(note(A, 'mine'));
    await db.pages.put(page(A, '2026-01-01T00:00:00.000Z', [qa]));
    const before = await contents(db);
    // The pages are written first; the third note fails, as a full disk would.
    db.notes.hook('creating', (_key, record) => {
      if (record.text === 'Запросить статистику') throw new Error('QuotaExceededError: disk full');
    });
    await expect(importBundleIntoDb(db, bundle, NOW)).rejects.toThrow(/disk full/);
    expect(await contents(db)).toEqual(before);
  });
});
