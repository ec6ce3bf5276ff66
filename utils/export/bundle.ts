import { z } from 'zod';
import {
  claimSchema,
  languageSchema,
  noteSchema,
  quoteSchema,
  speakerSchema,
  textAnchorSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from '../schemas';
import { describeIssues } from './validation-message';
import { fail, ok, type Result } from './result';

/**
 * The annotation set: what one export file holds, whatever its format. JSON export writes exactly this; the other
 * formats are views of it.
 *
 * Strict on purpose: an unknown field means a file from a newer version or a hand edit, and we would rather say so
 * than drop it silently. Newer versions read older files through `migrateBundle`.
 */
export const BUNDLE_FORMAT = 'statement-lens';
export const BUNDLE_SCHEMA_VERSION = 1;

// The shared schemas are lenient objects (they strip unknown keys); an export must not lose data silently.
const strictAnchor = z.strictObject({
  quote: z.strictObject(textQuoteSelectorSchema.shape),
  position: z.strictObject(textPositionSelectorSchema.shape),
});
const strictNote = z.strictObject({ ...noteSchema.shape, anchor: strictAnchor.nullable() });
const strictQuote = z.strictObject({ ...quoteSchema.shape, anchor: strictAnchor });
const strictClaim = z.strictObject({ ...claimSchema.shape, anchor: strictAnchor });
const strictSpeaker = z.strictObject(speakerSchema.shape);

const isoDateTime = z.string().datetime({ offset: true });

export const bundlePageSchema = z.strictObject({
  /** Normalized URL of the article; notes point at their page through it. */
  url: z.string().min(1).max(8_192).refine(isWebUrl, { message: 'expected an http(s) URL' }),
  title: z.string().max(10_000),
  language: languageSchema,
  savedAt: isoDateTime,
  extraction: z.strictObject({
    speakers: z.array(strictSpeaker),
    quotes: z.array(strictQuote),
    claims: z.array(strictClaim),
  }),
});
export type BundlePage = z.infer<typeof bundlePageSchema>;

export const annotationBundleSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
    exportedAt: isoDateTime,
    pages: z.array(bundlePageSchema),
    notes: z.array(strictNote),
  })
  .superRefine((bundle, ctx) => {
    // References must resolve inside the file, or an importer could not place a note on anything.
    const urls = new Set<string>();
    bundle.pages.forEach((page, i) => {
      if (urls.has(page.url)) ctx.addIssue({ code: 'custom', path: ['pages', i, 'url'], message: `duplicate page url ${page.url}` });
      urls.add(page.url);
      const quoteIds = new Set<string>();
      page.extraction.quotes.forEach((quote, j) => {
        if (quoteIds.has(quote.id)) {
          ctx.addIssue({ code: 'custom', path: ['pages', i, 'extraction', 'quotes', j, 'id'], message: `duplicate quote id ${quote.id}` });
        }
        quoteIds.add(quote.id);
      });
    });
    const noteIds = new Set<string>();
    bundle.notes.forEach((note, i) => {
      if (noteIds.has(note.id)) ctx.addIssue({ code: 'custom', path: ['notes', i, 'id'], message: `duplicate note id ${note.id}` });
      noteIds.add(note.id);
      if (!urls.has(note.url)) {
        ctx.addIssue({ code: 'custom', path: ['notes', i, 'url'], message: 'no page with this url in pages' });
      }
      if (note.anchor === null && note.targetKind !== 'article') {
        ctx.addIssue({ code: 'custom', path: ['notes', i, 'anchor'], message: `a ${note.targetKind} note needs an anchor` });
      }
    });
  });
export type AnnotationBundle = z.infer<typeof annotationBundleSchema>;
export type BundleNote = AnnotationBundle['notes'][number];

// Keeps the strict anchor in step with the shared one: if schemas.ts changes the anchor, this stops compiling.
const _anchorsAgree: z.infer<typeof strictAnchor> extends z.infer<typeof textAnchorSchema> ? true : never = true;

// Notes belong to web pages (see utils/url.ts). Not re-normalized here: the normalizer's rules may change between
// versions, and an old export must still import under the keys it was written with.
function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * One step per version: `migrations[n]` turns a version-n object into a version-(n+1) object. Version 1 is the first,
 * so there is nothing to run yet; a v2 adds `1: (v1) => v2` here and keeps reading every file ever written.
 */
const migrations: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {};

/**
 * The single entry point from parsed JSON to a bundle of the current version: checks that the file is ours, brings
 * an older version up to date, then validates.
 */
export function migrateBundle(raw: unknown): Result<AnnotationBundle> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('wrong-format', 'This is not a Statement Lens export: the file does not hold a JSON object.');
  }
  let current = raw as Record<string, unknown>;
  if (current.format !== BUNDLE_FORMAT) {
    const found = typeof current.format === 'string' ? ` (its format is "${current.format}")` : '';
    return fail('wrong-format', `This is not a Statement Lens export${found}. Choose a file exported from Statement Lens as JSON.`, 'format');
  }
  const version = current.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('unsupported-version', `The file has no valid schemaVersion (found ${JSON.stringify(version) ?? 'nothing'}).`, 'schemaVersion');
  }
  if (version > BUNDLE_SCHEMA_VERSION) {
    return fail(
      'unsupported-version',
      `The file was made by a newer Statement Lens (format version ${version}); this one reads up to version ` +
        `${BUNDLE_SCHEMA_VERSION}. Update the extension to import it.`,
      'schemaVersion',
    );
  }
  for (let v = version; v < BUNDLE_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) return fail('unsupported-version', `No migration from format version ${v}.`, 'schemaVersion');
    current = step(current);
  }
  return validateBundle(current);
}

/** Validation alone, for data that claims to be current (a bundle built in memory, the result of a merge). */
export function validateBundle(value: unknown): Result<AnnotationBundle> {
  const parsed = annotationBundleSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues, value) };
  return ok(parsed.data);
}
