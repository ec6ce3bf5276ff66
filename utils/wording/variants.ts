import type { Quote } from '../schemas';
import { diffOps, partsOf, splitWords, type DiffOp, type DiffPart } from './word-diff';

/**
 * Each quote's other wording on the same page, both ways: the extractor marks one side only (`variantOf` on
 * the headline's quote), but a reader of either wording should be pointed to the other.
 */
export function variantLinks(quotes: readonly Quote[]): Map<string, Quote> {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const links = new Map<string, Quote>();
  for (const quote of quotes) {
    const other = quote.variantOf ? byId.get(quote.variantOf) : undefined;
    if (!other || other.id === quote.id) continue;
    links.set(quote.id, other);
    if (!links.has(other.id)) links.set(other.id, quote);
  }
  return links;
}

export interface WordingComparison {
  /** The other wording's passage, with this wording's own words as `removed` and the other's as `added`. */
  parts: DiffPart[];
  /** Whole sentences of either wording before (after) the passages they share were left out. */
  elidedBefore: boolean;
  elidedAfter: boolean;
}

const SENTENCE_END = /[.!?…]["'»“”)\]]*$/u;

/**
 * How `other` words what `mine` says. A headline paraphrases one sentence of a long body quote: the body's other
 * sentences are not differences of wording but text the headline never covered, so sentences wholly before the
 * first shared word or after the sentence of the last one are left out (and said to be, so nothing hides).
 */
export function compareWordings(mine: string, other: string): WordingComparison {
  const a = splitWords(mine);
  const b = splitWords(other);
  const ops = diffOps(a, b);
  const first = ops.findIndex((op) => op.kind === 'same');
  if (first < 0) return { parts: partsOf(ops, a, b), elidedBefore: false, elidedAfter: false };
  const last = ops.length - 1 - [...ops].reverse().findIndex((op) => op.kind === 'same');

  const endsSentence = (op: DiffOp) => SENTENCE_END.test(op.kind === 'removed' ? a[op.a!]! : b[op.b!]!);
  const lead = ops.slice(0, first);
  const keptLead = (['removed', 'added'] as const).flatMap((kind) => {
    const side = lead.filter((op) => op.kind === kind);
    const cut = side.findLastIndex(endsSentence);
    return side.slice(cut + 1);
  });
  const lastSame = ops[last]!;
  const trail = ops.slice(last + 1);
  const keptTrail = (['removed', 'added'] as const).flatMap((kind) => {
    const side = trail.filter((op) => op.kind === kind);
    const ownWord = kind === 'removed' ? a[lastSame.a!]! : b[lastSame.b!]!;
    if (SENTENCE_END.test(ownWord)) return [];
    const end = side.findIndex(endsSentence);
    return end < 0 ? side : side.slice(0, end + 1);
  });
  const kept = [...keptLead, ...ops.slice(first, last + 1), ...keptTrail];
  return { parts: partsOf(kept, a, b), elidedBefore: keptLead.length < lead.length, elidedAfter: keptTrail.length < trail.length };
}
