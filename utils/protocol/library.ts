import { z } from 'zod';
import { claimTypeSchema, languageSchema, noteSchema, quoteKindSchema, quoteSchema } from '../schemas';

/**
 * Messages of the statement library (library.html) and of export/import. The library page never opens the
 * database itself: it asks the background, which alone owns Dexie.
 */

export const libraryQuerySchema = z.object({
  /** Full-text query over quotes, claims and notes (Russian and English stemming). */
  text: z.string().max(1_000).default(''),
  speaker: z.string().max(500).nullable().default(null),
  kind: quoteKindSchema.nullable().default(null),
  claimType: claimTypeSchema.nullable().default(null),
  tag: z.string().max(100).nullable().default(null),
  /** Host name of the article's site. */
  outlet: z.string().max(500).nullable().default(null),
  /** ISO dates (inclusive) on the date the article was saved. */
  from: z.string().max(40).nullable().default(null),
  to: z.string().max(40).nullable().default(null),
  sort: z.enum(['newest', 'oldest']).default('newest'),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type LibraryQuery = z.infer<typeof libraryQuerySchema>;

export const libraryEntrySchema = z.object({
  /** Stable key: page url + quote id, or page url + note id for notes not on an extracted quote. */
  key: z.string(),
  url: z.string(),
  title: z.string(),
  outlet: z.string(),
  language: languageSchema,
  savedAt: z.string(),
  speaker: z.string().nullable(),
  quote: quoteSchema.nullable(),
  claimTypes: z.array(claimTypeSchema),
  notes: z.array(noteSchema),
  /** Other saved articles that carry a different wording of the same statement. */
  variants: z.array(z.object({ url: z.string(), title: z.string(), text: z.string() })),
});
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

const importCountsSchema = z.object({
  added: z.object({ pages: z.number(), notes: z.number() }),
  updated: z.object({ pages: z.number(), notes: z.number() }),
  skipped: z.object({ pages: z.number(), notes: z.number() }),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const libraryRequests = {
  libraryQuery: libraryQuerySchema,
  /** The annotation bundle (utils/export) of the given articles, or of everything when `urls` is null. */
  libraryExport: z.object({ urls: z.array(z.string().max(8_192)).max(100_000).nullable() }),
  /**
   * A bundle already parsed and validated by the page (utils/export importers); merged in one transaction. The page
   * names the import so that its Cancel can reach the transaction.
   */
  libraryImport: z.object({ bundle: z.unknown(), importId: z.string().uuid().optional() }),
  /** Rolls back the named import if it is still writing; one already committed stays. */
  libraryImportCancel: z.object({ importId: z.string().uuid() }),
  /** Opens an article in a new tab and reveals a passage once its page has been read. */
  openAt: z.object({ url: z.string().url().max(8_192), anchor: quoteSchema.shape.anchor.nullable() }),
} as const;

export const libraryResponses = {
  libraryQuery: z.object({
    total: z.number().int().nonnegative(),
    entries: z.array(libraryEntrySchema),
    facets: z.object({ speakers: z.array(z.string()), outlets: z.array(z.string()), tags: z.array(z.string()) }),
    /** Articles of every matching entry (not only this page of results): what "export the selection" exports. */
    urls: z.array(z.string()).default([]),
  }),
  libraryExport: z.object({ bundle: z.unknown() }),
  libraryImport: z.union([z.object({ cancelled: z.literal(true) }), importCountsSchema]),
  /** Whether the import was still running when the cancel arrived (its answer then says `cancelled`). */
  libraryImportCancel: z.object({ cancelling: z.boolean() }),
  openAt: z.object({ tabId: z.number().int() }),
} as const;
