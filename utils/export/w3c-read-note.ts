import type { BundleNote } from './bundle';
import { foreignToNote } from './foreign-note';
import type { ImportWarning, Result } from './result';
import { stableUuid } from './stable-id';
import { describeIssues } from './validation-message';
import { ourNoteSchema, type ReadAnnotation } from './w3c-read-schemas';
import { SL } from './w3c-vocab';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * A note from one annotation: ours keep every field they were exported with; others become highlights or article
 * notes, with an id kept from their urn:uuid or derived from their IRI so a second import matches the first.
 */
export function readNote(
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
      { url, pageTitle: n[SL.pageTitle] ?? '', selectors, text, tags, createdAt: n.created, updatedAt: n.modified },
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
    { url, pageTitle: '', selectors, text, tags, createdAt: created, updatedAt: annotation.modified ?? created },
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

function targetUrl(target: ReadAnnotation['target'][number]): string {
  if (typeof target === 'string') return target;
  const source: unknown = target.source;
  if (typeof source === 'string') return source;
  if (isRecord(source) && typeof source.id === 'string') return source.id;
  return typeof target.id === 'string' ? target.id : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
