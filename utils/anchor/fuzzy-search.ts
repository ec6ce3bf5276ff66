import search from 'approx-string-match';
import { prefixSimilarity, suffixSimilarity } from './context-similarity';
import { boundedEditDistance } from './edit-distance';
import type { TextQuoteSelector } from '../schemas';
import { better, isAcceptable, scoreCandidate, type Candidate, type ScoredCandidate } from './match-score';

/**
 * Bounded approximate search. approx-string-match (Myers' bit-parallel algorithm) costs about
 * text length × ⌈pattern length / 32⌉ steps, so the caller searches a window around the expected position
 * first and the whole page only when that product stays under a budget.
 */

/**
 * Steps (text chars × 32-char pattern blocks) one whole-page search may take, about 40 ms in V8 (measured:
 * 5 ns a step): a 1 MB page is searched whole for quotes up to 224 characters.
 */
export const DEFAULT_MAX_SEARCH_CELLS = 8_000_000;
/** Steps all whole-page searches of one batch (anchorAll) may take together, about 0.2 s. */
export const DEFAULT_BATCH_SEARCH_CELLS = 40_000_000;
/** Candidates kept per search: approx-string-match returns only the lowest-error ones, usually a handful. */
const MAX_CANDIDATES = 64;

export function searchCost(textLength: number, patternLength: number): number {
  return textLength * Math.ceil(patternLength / 32);
}

/** Whole-page search steps left to a batch of anchors, spent by each whole-page search it makes. */
export interface SearchBudget {
  remaining: number;
}

export interface Region {
  from: number;
  to: number;
  wholePage: boolean;
}

/**
 * Regions searched in turn, stopping at the first acceptable match: the quote's own place give or take its
 * edits (an in-place edit, the common case), then `window` characters each side (an ad or box inserted
 * nearby), each around the saved position and around where the page-wide shift says it went; then the whole
 * page. approx-string-match returns only the lowest-error matches of a region, so searching the whole page
 * first would let a near-copy elsewhere (a headline restating the quote) hide the edited quote itself.
 */
export function searchRegions(
  length: number,
  expected: number,
  quote: { length: number; maxErrors: number; shift: number; window: number; wholePage: boolean },
): Region[] {
  const clamp = (at: number): number => Math.max(0, Math.min(at, length));
  const centers = quote.shift === 0 ? [clamp(expected)] : [clamp(expected), clamp(expected + quote.shift)];
  const regions: Region[] = [];
  const push = (from: number, to: number, wholePage = false): void => {
    const a = Math.max(0, from);
    const b = Math.min(length, to);
    if (b > a && !regions.some((r) => r.from <= a && r.to >= b)) regions.push({ from: a, to: b, wholePage });
  };
  const tight = quote.maxErrors + 64;
  for (const at of centers) push(at - tight, at + quote.length + tight);
  for (const at of centers) push(at - quote.window, at + quote.length + quote.window);
  if (quote.wholePage) push(0, length, true);
  return regions;
}

const isSeparator = (code: number): boolean => code === 0x20 || code === 0x0a;

/** Candidates for `pattern` with at most `maxErrors` edits inside text[from, to), in model offsets. */
export function fuzzyCandidates(text: string, pattern: string, maxErrors: number, from: number, to: number): Candidate[] {
  const region = text.slice(from, to);
  const out: Candidate[] = [];
  for (const m of search(region, pattern, maxErrors)) {
    let start = m.start + from;
    let end = m.end + from;
    // A span that grew over a block separator still names the same words; keep the quote's own edges.
    while (start < end && isSeparator(text.charCodeAt(start)) && !isSeparator(pattern.charCodeAt(0))) start++;
    while (end > start && isSeparator(text.charCodeAt(end - 1)) && !isSeparator(pattern.charCodeAt(pattern.length - 1))) end--;
    if (end <= start) continue;
    // A trimmed edge can cost one more edit than the library counted (a separator it had matched for a letter):
    // count again, and keep the library's span when the trimmed one would no longer pass.
    const trimmed = start !== m.start + from || end !== m.end + from;
    const errors = trimmed ? boundedEditDistance(pattern, text.slice(start, end), maxErrors) : m.errors;
    out.push(errors <= maxErrors ? { start, end, errors } : { start: m.start + from, end: m.end + from, errors: m.errors });
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}

/** How far an edge may move: a changed word at the edge of a quote rarely exceeds this. */
const EDGE_RADIUS = 48;

/**
 * Moves a fuzzy span's edges to where the saved context ends and begins. When the quote's first or last word
 * changed, every start inside the old word ties on edit distance, and the library may pick one that eats
 * into the previous sentence; the prefix and suffix say where the quote really starts and ends.
 */
export function snapEdges(
  text: string,
  quote: { exact: string; prefix: string; suffix: string },
  c: Candidate,
  maxErrors: number,
): Candidate {
  const radius = Math.min(EDGE_RADIUS, maxErrors);
  // Outward from the library's edge, so the nearest edge where the context fits perfectly ends the search
  // (an edit in the middle of a quote leaves both edges in place: one comparison each).
  const bestEdge = (from: number, lo: number, hi: number, similarity: (at: number) => number): number => {
    let best = from;
    let bestScore = similarity(from);
    for (let step = 1; bestScore < 1 && (from - step >= lo || from + step <= hi); step++) {
      for (const at of [from - step, from + step]) {
        if (at < lo || at > hi) continue;
        const score = similarity(at);
        if (score > bestScore) {
          best = at;
          bestScore = score;
        }
      }
    }
    return best;
  };
  const start = quote.prefix
    ? bestEdge(c.start, Math.max(0, c.start - radius), Math.min(c.end - 1, c.start + radius), (at) => prefixSimilarity(text, at, quote.prefix))
    : c.start;
  const end = quote.suffix
    ? bestEdge(c.end, Math.max(start + 1, c.end - radius), Math.min(text.length, c.end + radius), (at) => suffixSimilarity(text, at, quote.suffix))
    : c.end;
  if (start === c.start && end === c.end) return c;
  const errors = boundedEditDistance(quote.exact, text.slice(start, end), maxErrors);
  return errors <= maxErrors ? { start, end, errors } : c;
}

export interface FuzzySearch {
  maxErrors: number;
  /** Shift of the page text learned from earlier anchors (0 when unknown). */
  shift: number;
  window: number;
  /** Whether the whole page may be searched after the windows. */
  wholePage: boolean;
  maxSearchCells: number;
  budget?: SearchBudget;
  minScore: number;
}

/**
 * The best approximate match, region by region, stopping at the first region that yields an acceptable one.
 * `skipped` tells that the whole-page search was not made (too costly for this quote, or the budget spent).
 */
export function bestFuzzyMatch(
  text: string,
  quote: TextQuoteSelector,
  expected: number,
  search: FuzzySearch,
  from: ScoredCandidate | null,
): { best: ScoredCandidate | null; skipped: boolean } {
  let best = from;
  let skipped = false;
  const { exact } = quote;
  const regions = searchRegions(text.length, expected, { length: exact.length, ...search });
  for (const region of regions) {
    if (region.wholePage) {
      const cost = searchCost(text.length, exact.length);
      if (cost > search.maxSearchCells || (search.budget && search.budget.remaining < cost)) {
        skipped = true;
        continue;
      }
      if (search.budget) search.budget.remaining -= cost;
    }
    for (const match of fuzzyCandidates(text, exact, search.maxErrors, region.from, region.to)) {
      const raw = scoreCandidate(text, quote, expected, match);
      const snapped = scoreCandidate(text, quote, expected, snapEdges(text, quote, match, search.maxErrors));
      const c = snapped.score >= raw.score ? snapped : raw;
      if (better(best, c, expected)) best = c;
    }
    if (best && isAcceptable(best, search.minScore)) break;
  }
  return { best, skipped };
}
