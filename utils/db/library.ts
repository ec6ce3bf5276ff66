import type { LibraryQuery } from '../protocol/library';
import { buildLibraryIndex, type LibraryIndex } from '../search/library-index';
import { runLibraryQuery, type LibraryResult } from '../search/library-query';
import type { StatementLensDb } from './database';

export type { LibraryResult } from '../search/library-query';

/**
 * The statement library over the database. Building the index (stemming every quote and note) is the costly part,
 * so it is kept between queries while the database is unchanged: typing in the search box then filters an index in
 * memory instead of reading and stemming 10,000 notes per keystroke.
 */

interface CachedIndex {
  signature: string;
  /** A promise, so queries that arrive while the index is being built wait for that build instead of starting more. */
  index: Promise<LibraryIndex>;
}

const cache = new WeakMap<StatementLensDb, CachedIndex>();

export async function queryLibrary(db: StatementLensDb, query: LibraryQuery): Promise<LibraryResult> {
  return runLibraryQuery(await libraryIndex(db), query);
}

/**
 * Marks the kept index stale; the next query rebuilds it (reusing unchanged articles). Writers that may leave the
 * signature unchanged call it.
 */
export function forgetLibraryIndex(db: StatementLensDb): void {
  const kept = cache.get(db);
  if (kept) cache.set(db, { ...kept, signature: '' });
}

async function libraryIndex(db: StatementLensDb): Promise<LibraryIndex> {
  const signature = await signatureOf(db);
  const kept = cache.get(db);
  if (kept && kept.signature === signature) return kept.index;
  const previous = kept ? await kept.index.catch(() => undefined) : undefined;
  // Signed before reading: a write that lands meanwhile changes the signature, so the next query rebuilds.
  const index = db
    .transaction('r', db.pages, db.notes, () => Promise.all([db.pages.toArray(), db.notes.toArray()]))
    .then(([pages, notes]) => buildLibraryIndex(pages, notes, previous));
  cache.set(db, { signature, index });
  index.catch(() => {
    if (cache.get(db)?.index === index) cache.delete(db);
  });
  return index;
}

/**
 * Changes whenever a note or page is added, deleted or saved: saving stamps `updatedAt` with the current time, and
 * adding or deleting changes a count. Read from indexes only, so it costs a few lookups.
 */
async function signatureOf(db: StatementLensDb): Promise<string> {
  return db.transaction('r', db.pages, db.notes, async () => {
    const [pages, notes, lastPage, lastNote] = await Promise.all([
      db.pages.count(),
      db.notes.count(),
      db.pages.orderBy('updatedAt').lastKey(),
      db.notes.orderBy('updatedAt').lastKey(),
    ]);
    return JSON.stringify([pages, notes, lastPage ?? null, lastNote ?? null]);
  });
}
