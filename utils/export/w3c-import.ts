import type { z } from 'zod';
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  validateBundle,
  type AnnotationBundle,
  type BundleNote,
  type BundlePage,
} from './bundle';
import { defaultNormalizeUrl } from './foreign-note';
import { hypothesisToBundle, looksLikeHypothesis, type ForeignImportOptions } from './hypothesis-import';
import { pageStubsFor } from './page-stubs';
import { fail, type ImportWarning, type Result } from './result';
import { parseJsonSafely } from './safe-json';
import { describeIssues } from './validation-message';
import { addExtracted } from './w3c-read-extracted';
import { readNote } from './w3c-read-note';
import { annotationSchema, articleSchema, collectionSchema, pageSchema } from './w3c-read-schemas';
import { SL } from './w3c-vocab';

export type { ForeignImportOptions } from './hypothesis-import';

/**
 * Reads W3C Web Annotations back into a bundle: our own exports (everything they carry, see exportW3C), annotations
 * from other W3C clients (as notes), and Hypothesis API results (as notes).
 */
export function importW3C(text: string, options: ForeignImportOptions = {}): Result<AnnotationBundle> {
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return parsed;
  if (looksLikeHypothesis(parsed.value)) return hypothesisToBundle(parsed.value, options);
  return w3cToBundle(parsed.value, options);
}

interface Located {
  items: unknown[];
  prefix: string;
  collection?: z.infer<typeof collectionSchema>;
}

function locateAnnotations(value: unknown, warnings: ImportWarning[]): Result<Located> {
  if (Array.isArray(value)) return { ok: true, value: { items: value, prefix: '' }, warnings: [] };
  const types = typesOf(value);
  if (types.includes('AnnotationCollection')) {
    const collection = collectionSchema.safeParse(value);
    if (!collection.success) return { ok: false, error: describeIssues(collection.error.issues, value) };
    const first = collection.data.first;
    if (first === undefined) return { ok: true, value: { items: [], prefix: 'first.items', collection: collection.data }, warnings: [] };
    if (typeof first === 'string') {
      return fail('invalid', `The collection only links to its annotations (${first}) instead of including them; this file cannot be read offline.`, 'first');
    }
    if (first.next !== undefined) warnings.push({ path: 'first.next', message: 'the collection has further pages elsewhere; only the first page was read' });
    return { ok: true, value: { items: first.items, prefix: 'first.items', collection: collection.data }, warnings: [] };
  }
  if (types.includes('AnnotationPage')) {
    const page = pageSchema.safeParse(value);
    if (!page.success) return { ok: false, error: describeIssues(page.error.issues, value) };
    if (page.data.next !== undefined) warnings.push({ path: 'next', message: 'the page links to further pages; only this page was read' });
    return { ok: true, value: { items: page.data.items, prefix: 'items' }, warnings: [] };
  }
  if (types.includes('Annotation')) return { ok: true, value: { items: [value], prefix: '' }, warnings: [] };
  return fail(
    'wrong-format',
    'This is neither a W3C Web Annotation file (an Annotation, AnnotationPage or AnnotationCollection) nor annotations from Hypothesis.',
  );
}

function w3cToBundle(value: unknown, options: ForeignImportOptions): Result<AnnotationBundle> {
  const warnings: ImportWarning[] = [];
  const located = locateAnnotations(value, warnings);
  if (!located.ok) return located;
  const { items, prefix, collection } = located.value;
  const now = options.now ?? new Date().toISOString();
  const normalizeUrl = options.normalizeUrl ?? defaultNormalizeUrl;

  const pages = new Map<string, BundlePage>();
  const articles = collection?.[SL.articles] ?? [];
  for (let i = 0; i < articles.length; i++) {
    const article = articleSchema.safeParse(articles[i]);
    if (!article.success) return { ok: false, error: describeIssues(article.error.issues, articles[i], `${SL.articles}[${i}]`) };
    const a = article.data;
    pages.set(a.id, {
      url: a.id,
      title: a[SL.title],
      language: a[SL.language],
      savedAt: a[SL.savedAt],
      extraction: {
        speakers: a[SL.speakers].map((s) => ({ id: s[SL.speakerId], name: s[SL.name], role: s[SL.role] ?? null, mentions: s[SL.mentions] })),
        quotes: [],
        claims: [],
      },
    });
  }

  const pageFor = (url: string, created: string | undefined): BundlePage => {
    let page = pages.get(url);
    if (!page) {
      page = { url, title: '', language: 'other', savedAt: created ?? now, extraction: { speakers: [], quotes: [], claims: [] } };
      pages.set(url, page);
    }
    return page;
  };

  const notes: BundleNote[] = [];
  for (let i = 0; i < items.length; i++) {
    const raw = items[i];
    const path = `${prefix}[${i}]`;
    const parsed = annotationSchema.safeParse(raw);
    const ours = isRecord(raw) && raw[SL.kind] !== undefined;
    if (!parsed.success) {
      const error = describeIssues(parsed.error.issues, raw, path);
      if (ours) return { ok: false, error };
      warnings.push({ path, message: `skipped: ${error.message}` });
      continue;
    }
    const annotation = parsed.data;
    const kind = annotation[SL.kind];
    if (kind === 'quote' || kind === 'claim') {
      const added = addExtracted(kind, raw, path, annotation.created, pageFor);
      if (!added.ok) return added;
      continue;
    }
    const note = readNote(annotation, raw, path, kind === 'note', { now, normalizeUrl }, warnings);
    if (!note.ok) return note;
    if (note.value) notes.push(note.value);
  }

  const known = new Set(pages.keys());
  const bundle = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    exportedAt: collection?.created ?? now,
    pages: [...pages.values(), ...pageStubsFor(notes, known)],
    notes,
  };
  const validated = validateBundle(bundle);
  return validated.ok ? { ...validated, warnings } : validated;
}

function typesOf(value: unknown): string[] {
  if (!isRecord(value)) return [];
  const type = value.type ?? value['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
