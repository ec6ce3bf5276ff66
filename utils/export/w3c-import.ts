import type { z } from 'zod';
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  validateBundle,
  type AnnotationBundle,
  type BundleNote,
  type BundlePage,
} from './bundle';
import { defaultNormalizeUrl, foreignToNote } from './foreign-note';
import { hypothesisToBundle, looksLikeHypothesis, type ForeignImportOptions } from './hypothesis-import';
import { pageStubsFor } from './page-stubs';
import { fail, type ImportWarning, type Result } from './result';
import { parseJsonSafely } from './safe-json';
import { stableUuid } from './stable-id';
import { describeIssues } from './validation-message';
import {
  annotationSchema,
  articleSchema,
  collectionSchema,
  ourClaimSchema,
  ourNoteSchema,
  ourQuoteSchema,
  pageSchema,
  type ReadAnnotation,
} from './w3c-read-schemas';
import { SL } from './w3c-vocab';

export type { ForeignImportOptions } from './hypothesis-import';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

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

function addExtracted(
  kind: 'quote' | 'claim',
  raw: unknown,
  path: string,
  created: string | undefined,
  pageFor: (url: string, created: string | undefined) => BundlePage,
): Result<true> {
  if (kind === 'quote') {
    const parsed = ourQuoteSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues, raw, path) };
    const q = parsed.data;
    const anchor = anchorFrom(q.target.selector ?? []);
    if (!anchor) return fail('invalid', `${path}.target.selector: a quote needs a TextQuoteSelector and a TextPositionSelector`, `${path}.target.selector`);
    pageFor(sourceOf(q.target), created).extraction.quotes.push({
      id: q[SL.quoteId],
      kind: q[SL.quoteKind],
      text: q[SL.text],
      speaker: q[SL.speaker] ?? null,
      speakerId: q[SL.speakerId] ?? null,
      cue: q[SL.cue] ?? null,
      anchor,
      variantOf: q[SL.variantOf] ?? null,
    });
    return { ok: true, value: true, warnings: [] };
  }
  const parsed = ourClaimSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues, raw, path) };
  const c = parsed.data;
  const anchor = anchorFrom(c.target.selector ?? []);
  if (!anchor) return fail('invalid', `${path}.target.selector: a claim needs a TextQuoteSelector and a TextPositionSelector`, `${path}.target.selector`);
  pageFor(sourceOf(c.target), created).extraction.claims.push({
    id: c[SL.claimId],
    quoteId: c[SL.quoteId],
    text: c[SL.text],
    type: c[SL.claimType],
    speaker: c[SL.speaker] ?? null,
    checkworthiness: c[SL.checkworthiness],
    anchor,
  });
  return { ok: true, value: true, warnings: [] };
}

function readNote(
  annotation: ReadAnnotation,
  raw: unknown,
  path: string,
  ours: boolean,
  env: { now: string; normalizeUrl: (url: string) => string | null },
  warnings: ImportWarning[],
): Result<BundleNote | null> {
  const target = annotation.target[0];
  if (target === undefined) {
    warnings.push({ path, message: 'skipped: no target' });
    return { ok: true, value: null, warnings: [] };
  }
  const rawUrl = targetUrl(target);
  // Our own export is already normalized; re-normalizing could move a note away from its page.
  const url = ours ? rawUrl : env.normalizeUrl(rawUrl);
  if (url === null) {
    warnings.push({ path, message: `skipped: the target "${rawUrl}" is not a URL` });
    return { ok: true, value: null, warnings: [] };
  }
  const selectors = typeof target !== 'string' && 'selector' in target && Array.isArray(target.selector) ? target.selector : [];
  const { text, tags } = readBodies(annotation);
  const created = annotation.created ?? annotation.modified ?? env.now;

  if (ours) {
    const parsed = ourNoteSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues, raw, path) };
    const n = parsed.data;
    const note = foreignToNote(
      { idSeed: n.id, url, pageTitle: n[SL.pageTitle] ?? '', selectors, text, tags, createdAt: n.created, updatedAt: n.modified },
      n.id.slice('urn:uuid:'.length),
      path,
      warnings,
    );
    return {
      ok: true,
      value: { ...note, targetKind: n[SL.targetKind], speaker: n[SL.speaker] ?? null, quoteKind: n[SL.quoteKind] ?? null, claimType: n[SL.claimType] ?? null },
      warnings: [],
    };
  }

  const ownUuid = annotation.id?.toLowerCase().startsWith('urn:uuid:') ? annotation.id.slice(9) : undefined;
  const id = ownUuid && UUID.test(ownUuid) ? ownUuid : stableUuid('w3c', annotation.id ?? JSON.stringify([rawUrl, created, text]));
  const note = foreignToNote(
    { idSeed: id, url, pageTitle: '', selectors, text, tags, createdAt: created, updatedAt: annotation.modified ?? created },
    id,
    path,
    warnings,
  );
  return { ok: true, value: note, warnings: [] };
}

/** Comment text from commenting (or purpose-less) textual bodies, tags from tagging ones; IRIs are kept as text. */
function readBodies(annotation: ReadAnnotation): { text: string; tags: string[] } {
  const texts: string[] = [];
  const tags: string[] = [];
  if (annotation.bodyValue !== undefined) texts.push(annotation.bodyValue);
  for (const body of annotation.body ?? []) {
    if (typeof body === 'string') {
      texts.push(body);
      continue;
    }
    const purposes = body.purpose ?? [];
    if (body.value === undefined) {
      if (body.id !== undefined) texts.push(body.id);
      continue;
    }
    if (purposes.includes('tagging')) tags.push(body.value);
    else texts.push(body.value);
  }
  return { text: texts.join('\n\n'), tags };
}

function anchorFrom(selectors: unknown[]): BundleNote['anchor'] {
  const note = foreignToNote(
    { idSeed: '', url: '', pageTitle: '', selectors, text: '', tags: [], createdAt: '', updatedAt: '' },
    '',
    '',
    [],
  );
  return note.anchor;
}

function targetUrl(target: ReadAnnotation['target'][number]): string {
  if (typeof target === 'string') return target;
  const source: unknown = target.source;
  if (typeof source === 'string') return source;
  if (isRecord(source) && typeof source.id === 'string') return source.id;
  return typeof target.id === 'string' ? target.id : '';
}

function sourceOf(target: { source: string | { id: string } }): string {
  return typeof target.source === 'string' ? target.source : target.source.id;
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
