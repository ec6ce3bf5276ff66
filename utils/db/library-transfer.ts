import type { StatementLensDb } from './database';

/** Work in progress (library helper): export of saved articles and notes as an annotation bundle, and import. */

export async function exportBundleFromDb(_db: StatementLensDb, _urls: string[] | null, _now: Date): Promise<unknown> {
  throw new Error('export from the library is not built yet');
}

export async function importBundleIntoDb(
  _db: StatementLensDb,
  _bundle: unknown,
): Promise<{ added: { pages: number; notes: number }; updated: { pages: number; notes: number }; skipped: { pages: number; notes: number } }> {
  throw new Error('import into the library is not built yet');
}
