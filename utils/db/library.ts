import type { LibraryEntry, LibraryQuery } from '../protocol/library';
import type { StatementLensDb } from './database';

/** Work in progress (library helper): the statement library's queries, export and import over the database. */

export interface LibraryResult {
  total: number;
  entries: LibraryEntry[];
  facets: { speakers: string[]; outlets: string[]; tags: string[] };
}

export async function queryLibrary(_db: StatementLensDb, _query: LibraryQuery): Promise<LibraryResult> {
  throw new Error('the statement library is not built yet');
}
