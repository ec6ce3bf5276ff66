import { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, validateBundle, type AnnotationBundle, type BundleNote } from './bundle';
import { defaultNormalizeUrl, foreignToNote } from './foreign-note';
import { pageStubsFor } from './page-stubs';
import type { ImportWarning, Result } from './result';
import { stableUuid } from './stable-id';
import { describeIssues } from './validation-message';

/**
 * Annotations as Hypothesis' API returns them: the search endpoint's `{total, rows: [...]}`, or a bare list of
 * rows. We read what a note can hold (page, quote, comment, tags, dates); replies and group data are not notes here.
 */
const hypothesisRow = z.looseObject({
  id: z.string().min(1),
  uri: z.string().min(1),
  text: z.string().default(''),
  tags: z.array(z.string()).default([]),
  created: z.string().datetime({ offset: true }),
  updated: z.string().datetime({ offset: true }),
  target: z
    .array(z.looseObject({ source: z.string().optional(), selector: z.array(z.unknown()).optional() }))
    .default([]),
  document: z.looseObject({ title: z.array(z.string()).optional() }).optional(),
  references: z.array(z.string()).optional(),
});

export interface ForeignImportOptions {
  /** How page URLs from other tools become our page keys; utils/url.ts normalizeUrl unless a test injects another. */
  normalizeUrl?: (url: string) => string | null;
  /** exportedAt of the resulting bundle; injected so the import stays a pure function of its input. */
  now?: string;
}

export function looksLikeHypothesis(value: unknown): boolean {
  const rows = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.rows) ? value.rows : null;
  if (!rows) return false;
  const first: unknown = rows[0];
  return rows.length === 0 ? !Array.isArray(value) : isRecord(first) && 'uri' in first && !('type' in first);
}

export function hypothesisToBundle(value: unknown, options: ForeignImportOptions = {}): Result<AnnotationBundle> {
  const normalizeUrl = options.normalizeUrl ?? defaultNormalizeUrl;
  const inRows = !Array.isArray(value);
  const rows = (Array.isArray(value) ? value : (value as { rows: unknown[] }).rows) as unknown[];
  const warnings: ImportWarning[] = [];
  const notes: BundleNote[] = [];
  let firstError: Result<never> | null = null;

  rows.forEach((raw, i) => {
    const path = inRows ? `rows[${i}]` : `[${i}]`;
    const parsed = hypothesisRow.safeParse(raw);
    if (!parsed.success) {
      const error = describeIssues(parsed.error.issues, raw, path);
      firstError ??= { ok: false, error };
      warnings.push({ path, message: `skipped: ${error.message}` });
      return;
    }
    const row = parsed.data;
    if (row.references && row.references.length > 0) {
      warnings.push({ path, message: 'skipped: a reply to another annotation' });
      return;
    }
    const url = normalizeUrl(row.target[0]?.source ?? row.uri);
    if (url === null) {
      warnings.push({ path, message: `skipped: "${row.uri}" is not a URL` });
      return;
    }
    const note = foreignToNote(
      {
        url,
        pageTitle: row.document?.title?.[0] ?? '',
        selectors: row.target[0]?.selector ?? [],
        text: row.text,
        tags: row.tags,
        createdAt: row.created,
        updatedAt: row.updated,
      },
      stableUuid('hypothesis', row.id),
      path,
      warnings,
    );
    notes.push(note);
  });

  if (notes.length === 0 && firstError) return firstError;
  const bundle = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    exportedAt: options.now ?? new Date().toISOString(),
    pages: pageStubsFor(notes, new Set()),
    notes,
  };
  const validated = validateBundle(bundle);
  return validated.ok ? { ...validated, warnings } : validated;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
