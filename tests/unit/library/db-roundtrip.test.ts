import { afterAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../components/library/transfer';
import { StatementLensDb } from '../../../utils/db/database';
import { exportBundleFromDb, importBundleIntoDb } from '../../../utils/db/library-transfer';
import { exportJson, exportW3C, type AnnotationBundle } from '../../../utils/export';
import { generateBundle } from '../export/generate';
import { freshName } from './fixtures';

/**
 * The round trip, through the database the extension really uses (Dexie on fake-indexeddb) and the file
 * path a user's import takes (readImportFile), at the size: 10,000 notes over 500 articles.
 */

const NOW = new Date('2026-11-25T10:00:00.000Z');
const generated = generateBundle({ pages: 500, notes: 10_000 });
const db = new StatementLensDb(freshName('db-roundtrip'));
afterAll(() => db.close());

/** Everything the library holds, without the bookkeeping time an import stamps on each page. */
async function contents() {
  const pages = (await db.pages.orderBy('url').toArray()).map(({ updatedAt: _stamp, ...rest }) => rest);
  const notes = await db.notes.orderBy('id').toArray();
  return { pages, notes };
}

async function wipe() {
  await db.transaction('rw', db.pages, db.notes, async () => {
    await db.pages.clear();
    await db.notes.clear();
  });
  expect(await db.notes.count()).toBe(0);
}

const asFile = (text: string) => new File([text], 'library.json');

/** W3C requires UTC times: the instant survives, the writer's zone does not. */
function withInstants(bundle: AnnotationBundle): AnnotationBundle {
  const at = (iso: string) => new Date(iso).toISOString();
  return { ...bundle, notes: bundle.notes.map((n) => ({ ...n, createdAt: at(n.createdAt), updatedAt: at(n.updatedAt) })) };
}

const timings: string[] = [];
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await work();
  timings.push(`${label} ${(performance.now() - started).toFixed(0)} ms`);
  return value;
}
afterAll(() => console.info(`database round trip of 10,000 notes: ${timings.join(', ')}`));

describe('round trip of 10,000 notes over 500 articles through the database', () => {
  let exported: AnnotationBundle;
  let before: Awaited<ReturnType<typeof contents>>;

  it('seeds the database as the extension stores articles and notes, and exports all of it', async () => {
    await timed('seed', async () => {
      await db.pages.bulkPut(generated.pages.map((page) => ({ ...page, updatedAt: page.savedAt })));
      await db.notes.bulkPut(generated.notes);
    });
    before = await contents();
    expect(before.pages).toHaveLength(500);
    expect(before.notes).toHaveLength(10_000);

    exported = await timed('export', () => exportBundleFromDb(db, null, NOW));
    const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : 1);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...exported.pages].sort(byUrl)).toEqual([...generated.pages].sort(byUrl));
    expect([...exported.notes].sort(byId)).toEqual([...generated.notes].sort(byId));
  });

  it('JSON: export, wipe, import as a user does gives a deep-equal database', async () => {
    const text = exportJson(exported);
    await wipe();
    const read = await timed('JSON read+check', () => readImportFile(asFile(text)));
    if (!read.ok) throw new Error(read.error.message);
    const counts = await timed('JSON write', () => importBundleIntoDb(db, read.value, NOW));
    expect(counts.added).toEqual({ pages: 500, notes: 10_000 });
    expect(await contents()).toEqual(before);
    expect(await exportBundleFromDb(db, null, NOW)).toEqual(exported);
  });

  it('W3C: export, wipe, import gives back everything W3C carries (times as the same instants)', async () => {
    const text = await timed('W3C export', async () => exportW3C(exported));
    await wipe();
    const read = await timed('W3C read+check', () => readImportFile(asFile(text)));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.warnings).toEqual([]);
    const counts = await timed('W3C write', () => importBundleIntoDb(db, read.value, NOW));
    expect(counts.added).toEqual({ pages: 500, notes: 10_000 });
    const again = await exportBundleFromDb(db, null, NOW);
    expect(withInstants(again)).toEqual(withInstants(exported));
    // The zones are what is lost; every note must still name the same instants.
    const after = await contents();
    expect(after.pages).toEqual(before.pages);
    expect(after.notes.map((n) => Date.parse(n.updatedAt))).toEqual(before.notes.map((n) => Date.parse(n.updatedAt)));
  });
});
