import { foldWord, stem } from '../extract/morphology';
import { words } from '../extract/overlap';
import { STOPWORDS } from './stopwords';

/**
 * Whether two quotes of one speaker are different wordings of the same statement: a headline that shortens the
 * body quote, two outlets quoting the same sentence with different cuts.
 *
 * Similarity is the overlap coefficient of the quotes' stem sets (common words left out): shared stems divided by
 * the smaller set. It is 1 when one wording is contained in the other, so a headline fragment of a long quote
 * still counts, and it is not thrown off by length the way token F1 is. A pair is a variant when
 * - they share at least MIN_VARIANT_TERMS stems (fewer match by chance), and
 * - similarity ≥ VARIANT_THRESHOLD (0.6: three of five stems; a paraphrase that keeps the key words passes, two
 *   statements on one topic by one official usually share one or two stems and do not), and
 * - the wordings are not identical (the same words in the same order are the same quote, not a variant).
 */
export const VARIANT_THRESHOLD = 0.6;
export const MIN_VARIANT_TERMS = 3;

export interface StatementTerms {
  /** Folded words in order: two quotes with equal `wording` are the same quote. */
  wording: string;
  stems: ReadonlySet<string>;
}

export function statementTerms(text: string): StatementTerms {
  const folded = words(text).map(foldWord);
  const stems = new Set(folded.filter((w) => !STOPWORDS.has(w)).map((w) => stem(w, /[әғқңөұүһі]/.test(w) ? 'kk' : 'ru')));
  return { wording: folded.join(' '), stems };
}

function sharedStems(a: StatementTerms, b: StatementTerms): number {
  const [small, large] = a.stems.size <= b.stems.size ? [a.stems, b.stems] : [b.stems, a.stems];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared;
}

export function statementSimilarity(a: StatementTerms, b: StatementTerms): number {
  const smaller = Math.min(a.stems.size, b.stems.size);
  return smaller === 0 ? 0 : sharedStems(a, b) / smaller;
}

export function isVariant(a: StatementTerms, b: StatementTerms): boolean {
  if (a.wording === b.wording) return false;
  const smaller = Math.min(a.stems.size, b.stems.size);
  const shared = sharedStems(a, b);
  return shared >= MIN_VARIANT_TERMS && shared / smaller >= VARIANT_THRESHOLD;
}
