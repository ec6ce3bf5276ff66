import type { TextQuoteSelector } from '../schemas';
import { bestScoreBeyond, better, isAcceptable, scoreCandidate, type ScoredCandidate } from './match-score';

/** Exact occurrences scored at most; short words can occur thousands of times on a page. */
const MAX_EXACT_CANDIDATES = 256;

/** Starts of `exact` within text[from, to), nearest to `expected` first, at most MAX_EXACT_CANDIDATES of them. */
function occurrences(text: string, exact: string, expected: number, from: number, to: number): { starts: number[]; total: number } {
  const starts: number[] = [];
  for (let at = text.indexOf(exact, from); at !== -1 && at + exact.length <= to; at = text.indexOf(exact, at + 1)) starts.push(at);
  const total = starts.length;
  starts.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected));
  if (total > MAX_EXACT_CANDIDATES) starts.length = MAX_EXACT_CANDIDATES;
  return { starts, total };
}

/**
 * The best exact occurrence of a quote, and how many the page holds. Searched within `window` characters of
 * the saved position first: scanning the whole page for every note is what makes re-anchoring slow after
 * every offset moved, and no occurrence beyond the window can outscore a near one with its context intact.
 * Scored nearest first, stopping once no farther copy could beat the best so far, so a sentence repeated
 * down a live blog costs a few scorings, not one per copy.
 */
export function bestExactMatch(
  text: string,
  quote: TextQuoteSelector,
  expected: number,
  window: number,
  minScore: number,
): { best: ScoredCandidate | null; total: number } {
  const { exact } = quote;
  const pick = (starts: readonly number[], from: ScoredCandidate | null): ScoredCandidate | null => {
    let chosen = from;
    for (const start of starts) {
      if (chosen && chosen.score >= bestScoreBeyond(start - expected)) break;
      const c = scoreCandidate(text, quote, expected, { start, end: start + exact.length, errors: 0 });
      if (better(chosen, c, expected)) chosen = c;
    }
    return chosen;
  };
  const from = Math.max(0, Math.min(expected, text.length) - window);
  const to = Math.min(text.length, Math.max(0, expected) + exact.length + window);
  const near = occurrences(text, exact, expected, from, to);
  const best = pick(near.starts, null);
  const settled = best && isAcceptable(best, minScore) && best.score >= bestScoreBeyond(window);
  if (settled || (from === 0 && to === text.length)) return { best, total: near.total };
  const all = occurrences(text, exact, expected, 0, text.length);
  return { best: pick(all.starts.filter((start) => start < from || start + exact.length > to), best), total: all.total };
}
