import type { BundlePage } from './bundle';
import { anchorFromSelectors } from './foreign-note';
import { fail, type Result } from './result';
import { describeIssues } from './validation-message';
import { ourClaimSchema, ourQuoteSchema } from './w3c-read-schemas';
import { SL } from './w3c-vocab';

/** Quotes and claims from our own W3C export go back into their page's extraction, in file order. */
export function addExtracted(
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
    const anchor = anchorFromSelectors(q.target.selector ?? []).anchor;
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
  const anchor = anchorFromSelectors(c.target.selector ?? []).anchor;
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

export function sourceOf(target: { source: string | { id: string } }): string {
  return typeof target.source === 'string' ? target.source : target.source.id;
}
