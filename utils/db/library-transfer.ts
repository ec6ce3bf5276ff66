import { validateBundle, type AnnotationBundle, type BundleNote, type BundlePage } from '../export/bundle';
import type { MergeCounts } from '../export/merge';
import { pageStubsFor } from '../export/page-stubs';
import { claimSchema, noteSchema, quoteSchema, speakerSchema } from '../schemas';
import type { NoteRecord, PageRecord, StatementLensDb } from './database';
import { forgetLibraryIndex } from './library';

/** Export of saved articles and notes as an annotation bundle (utils/export), and import of one into the database. */

export interface ImportCounts {
  added: MergeCounts;
  updated: MergeCounts;
  skipped: MergeCounts;
}

export interface ImportOptions {
  /** Aborting rolls the whole transaction back: a cancelled import writes nothing. */
  signal?: AbortSignal;
  /** Records written between two checks of the signal. */
  chunkSize?: number;
}

/**
 * The bundle of the given articles (by url), or of everything when `urls` is null. Notes whose page was never saved
 * as an article get a page with no quotes, as the bundle requires. Pages that are not http(s) (a bundle only holds
 * web pages) are left out with their notes; the library page compares the urls it asked for with the bundle's and
 * tells the user which articles were left out.
 */
export async function exportBundleFromDb(db: StatementLensDb, urls: string[] | null, now: Date): Promise<AnnotationBundle> {
  const wanted = urls ? [...new Set(urls)] : null;
  const [pages, notes] = await db.transaction('r', db.pages, db.notes, async () =>
    wanted
      ? Promise.all([db.pages.bulkGet(wanted).then((list) => list.filter((p): p is PageRecord => p !== undefined)), db.notes.where('url').anyOf(wanted).toArray()])
      : Promise.all([db.pages.toArray(), db.notes.toArray()]),
  );
  const bundlePages = pages.filter((p) => isWebUrl(p.url)).map(toBundlePage);
  const bundleNotes = notes
    .filter((n) => isWebUrl(n.url))
    .map(toBundleNote)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1));
  const known = new Set(bundlePages.map((p) => p.url));
  const allPages = [...bundlePages, ...pageStubsFor(bundleNotes, known)].sort(
    (a, b) => Date.parse(a.savedAt) - Date.parse(b.savedAt) || (a.url < b.url ? -1 : 1),
  );
  const checked = validateBundle({ format: 'statement-lens', schemaVersion: 1, exportedAt: now.toISOString(), pages: allPages, notes: bundleNotes });
  if (!checked.ok) throw new Error(`The library could not be exported: ${describe(checked.error)}`);
  return checked.value;
}

/**
 * Merges a bundle into the database with mergeBundles' rules (utils/export/merge.ts): notes by id, the later
 * `updatedAt` wins; pages by url, the later `savedAt` wins, but a page without quotes never replaces one with
 * quotes. Importing the same file twice therefore changes nothing the second time. Everything is written in one
 * transaction: if any write fails, nothing is changed.
 */
export async function importBundleIntoDb(db: StatementLensDb, raw: unknown, now: Date = new Date(), options: ImportOptions = {}): Promise<ImportCounts> {
  const { signal, chunkSize = 500 } = options;
  throwIfAborted(signal);
  const checked = validateBundle(raw);
  if (!checked.ok) throw new Error(`This file cannot be imported: ${describe(checked.error)}`);
  const bundle = checked.value;
  const counts: ImportCounts = { added: { pages: 0, notes: 0 }, updated: { pages: 0, notes: 0 }, skipped: { pages: 0, notes: 0 } };
  const stamp = now.toISOString();

  await db.transaction('rw', db.pages, db.notes, async () => {
    const existingPages = await db.pages.bulkGet(bundle.pages.map((p) => p.url));
    const pageWrites: PageRecord[] = [];
    bundle.pages.forEach((page, i) => {
      const current = existingPages[i];
      if (!current) counts.added.pages++;
      else if (replacesPage(current, page)) counts.updated.pages++;
      else {
        counts.skipped.pages++;
        return;
      }
      pageWrites.push({ ...page, updatedAt: stamp });
    });

    const existingNotes = await db.notes.bulkGet(bundle.notes.map((n) => n.id));
    const noteWrites: NoteRecord[] = [];
    bundle.notes.forEach((note, i) => {
      const current = existingNotes[i];
      if (!current) counts.added.notes++;
      else if (Date.parse(note.updatedAt) > Date.parse(current.updatedAt)) counts.updated.notes++;
      else {
        counts.skipped.notes++;
        return;
      }
      noteWrites.push(note);
    });
    // Written in chunks so that a Cancel arriving meanwhile is seen between two of them. No timer is awaited here:
    // IndexedDB commits a transaction as soon as it has no request pending, so only database requests may be awaited.
    await putInChunks(db.pages, pageWrites, chunkSize, signal);
    await putInChunks(db.notes, noteWrites, chunkSize, signal);
    // Throwing inside the transaction aborts it: everything written above is rolled back.
    throwIfAborted(signal);
  });
  forgetLibraryIndex(db);
  return counts;
}

async function putInChunks<T>(table: { bulkPut(records: T[]): Promise<unknown> }, records: T[], size: number, signal: AbortSignal | undefined): Promise<void> {
  for (let i = 0; i < records.length; i += size) {
    throwIfAborted(signal);
    await table.bulkPut(records.slice(i, i + size));
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The import was cancelled.', 'AbortError');
}

function replacesPage(current: PageRecord, candidate: BundlePage): boolean {
  if (candidate.extraction.quotes.length === 0 && current.extraction.quotes.length > 0) return false;
  return Date.parse(candidate.savedAt) > Date.parse(current.savedAt);
}

// Records are parsed through the shared schemas, which drop fields the strict bundle would refuse (a field an
// older or newer extractor left on a stored quote must not make the whole export fail).
function toBundlePage(page: PageRecord): BundlePage {
  return {
    url: page.url,
    title: page.title,
    language: page.language,
    savedAt: page.savedAt,
    extraction: {
      speakers: page.extraction.speakers.map((s) => speakerSchema.parse(s)),
      quotes: page.extraction.quotes.map((q) => quoteSchema.parse(q)),
      claims: page.extraction.claims.map((c) => claimSchema.parse(c)),
    },
  };
}

function toBundleNote(note: NoteRecord): BundleNote {
  return noteSchema.parse(note);
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function describe(error: { message: string; path?: string }): string {
  return error.path && !error.message.includes(error.path) ? `${error.path}: ${error.message}` : error.message;
}
