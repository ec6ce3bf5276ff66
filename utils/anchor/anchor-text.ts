import type { TextAnchor } from '../schemas';
import { DEFAULT_MAX_SEARCH_CELLS, fuzzyCandidates, searchCost, snapEdges } from './fuzzy-search';
import {
  MIN_QUOTE_SIMILARITY, MIN_SCORE, UNIQUE_QUOTE_MIN_LENGTH, better, isAcceptable, scoreCandidate, type ScoredCandidate,
} from './match-score';
import type { TextModel } from './text-model';

/**
 * Finding a saved anchor again in a (possibly changed) page: position, then exact quote, then a bounded
 * fuzzy search, each candidate judged by match-score.ts. Pure: it reads only the model's text.
 */

export interface Anchored {
  start: number;
  end: number;
  method: 'position' | 'quote' | 'fuzzy';
  /** The match-score.ts score of the accepted span, in [0, 1]. */
  score: number;
}

export interface Orphan {
  orphan: true;
  /** The best score any candidate reached (0 when none was found); below the acceptance threshold. */
  bestScore: number;
  /** Why no search found it: 'not-found' after every step, or 'too-long' when fuzzy search was not tried. */
  reason: 'not-found' | 'too-long';
}

export type AnchorResult = Anchored | Orphan;

export interface AnchorOptions {
  /** Acceptance threshold on the score (default MIN_SCORE); raising it trades re-attached notes for safety. */
  minScore?: number;
  /** Characters searched on each side of the expected position before the whole page (default 4096). */
  windowChars?: number;
  /** Quotes longer than this are not searched approximately (default 2000): the cost grows with length. */
  maxFuzzyQuoteLength?: number;
  /** Budget of a whole-page fuzzy search, see fuzzy-search.ts. */
  maxSearchCells?: number;
  /**
   * How far the page text moved at this point, as learned from the anchors before this one (anchorAll): an ad
   * inserted at the top shifts every later quote by the same amount, so one look there saves a page scan.
   */
  shiftHint?: number;
}

export const isOrphan = (result: AnchorResult): result is Orphan => 'orphan' in result;

/** A score no other exact occurrence could beat by more than a hair: the saved position is taken at once. */
const POSITION_SURE = 0.95;
/** Exact occurrences scored, nearest to the expected position first; short words can occur thousands of times. */
const MAX_EXACT_CANDIDATES = 256;

function exactOccurrences(text: string, exact: string, expected: number): { starts: number[]; total: number } {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  const total = starts.length;
  if (total > MAX_EXACT_CANDIDATES) {
    starts.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected));
    starts.length = MAX_EXACT_CANDIDATES;
  }
  return { starts, total };
}

export function anchorText(model: TextModel, anchor: TextAnchor, options: AnchorOptions = {}): AnchorResult {
  const { text } = model;
  const { quote, position } = anchor;
  const { exact } = quote;
  const minScore = options.minScore ?? MIN_SCORE;
  const expected = position.start;
  const orphan = (best: ScoredCandidate | null, reason: Orphan['reason'] = 'not-found'): Orphan => ({
    orphan: true,
    bestScore: best?.score ?? 0,
    reason,
  });
  if (exact.length === 0 || text.length === 0) return orphan(null);

  // 1. Position: the saved offsets still hold the quote in its saved context. Merely holding the words is
  // not enough (a repeated "we will not raise" can shift into place), so a weaker context competes in step 2.
  const atPosition = position.end - position.start === exact.length && text.startsWith(exact, position.start);
  if (atPosition) {
    const c = scoreCandidate(text, quote, expected, { start: position.start, end: position.end, errors: 0 });
    if (c.score >= POSITION_SURE) return { start: c.start, end: c.end, method: 'position', score: c.score };
  }

  // 1b. The saved position moved by the shift the previous anchors showed, with the context intact.
  const hint = options.shiftHint ?? 0;
  if (hint !== 0 && text.startsWith(exact, position.start + hint) && position.start + hint >= 0) {
    const c = scoreCandidate(text, quote, expected + hint, { start: position.start + hint, end: position.start + hint + exact.length, errors: 0 });
    if (c.score >= POSITION_SURE) return { start: c.start, end: c.end, method: 'quote', score: c.score };
  }

  // 2. Exact quote anywhere (the saved position included), chosen by context and distance.
  let best: ScoredCandidate | null = null;
  const { starts, total } = exactOccurrences(text, exact, expected);
  for (const start of starts) {
    const c = scoreCandidate(text, quote, expected, { start, end: start + exact.length, errors: 0 });
    if (better(best, c, expected)) best = c;
  }
  if (best && isAcceptable(best, minScore)) {
    const method = atPosition && best.start === position.start ? 'position' : 'quote';
    return { start: best.start, end: best.end, method, score: best.score };
  }
  // A unique long quote is taken even with its context gone, but only after looking near its old place for
  // an edited version in the old context: that is better evidence than the same words elsewhere.
  const uniqueLong = total === 1 && exact.length >= UNIQUE_QUOTE_MIN_LENGTH ? best : null;
  const exactOrOrphan = (reason: Orphan['reason'] = 'not-found'): AnchorResult =>
    uniqueLong ? { start: uniqueLong.start, end: uniqueLong.end, method: 'quote', score: uniqueLong.score } : orphan(best, reason);

  // 3. Approximate quote, in widening regions around the expected position: approx-string-match returns only
  // the lowest-error matches of a region, so a near-copy elsewhere (a headline restating the quote) would hide
  // the edited quote itself if the whole page were searched first.
  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return exactOrOrphan();
  if (exact.length > (options.maxFuzzyQuoteLength ?? 2000)) return exactOrOrphan('too-long');
  const regions = searchRegions(text.length, expected, exact.length, maxErrors, options, !uniqueLong);
  for (const [a, b] of regions) {
    for (const found of fuzzyCandidates(text, exact, maxErrors, a, b)) {
      const raw = scoreCandidate(text, quote, expected, found);
      const snapped = scoreCandidate(text, quote, expected, snapEdges(text, quote, found, maxErrors));
      const c = snapped.score >= raw.score ? snapped : raw;
      if (better(best, c, expected)) best = c;
    }
    if (best && isAcceptable(best, minScore)) {
      return { start: best.start, end: best.end, method: best.errors === 0 ? 'quote' : 'fuzzy', score: best.score };
    }
  }
  return exactOrOrphan();
}

/** Anchors many quotes of one page, passing the shift each match reveals on to the next (see shiftHint). */
export function anchorAll(model: TextModel, anchors: readonly TextAnchor[], options: AnchorOptions = {}): AnchorResult[] {
  const order = anchors.map((_, i) => i).sort((a, b) => anchors[a]!.position.start - anchors[b]!.position.start);
  const results = new Array<AnchorResult>(anchors.length);
  let shiftHint = 0;
  for (const i of order) {
    const anchor = anchors[i]!;
    const result = anchorText(model, anchor, { ...options, shiftHint });
    if (!isOrphan(result)) shiftHint = result.start - anchor.position.start;
    results[i] = result;
  }
  return results;
}

/**
 * Regions searched in turn: the quote's own place give or take its edits (an in-place edit, the common case),
 * a window of `windowChars` each side (an ad or box inserted nearby), then the whole page if the budget allows.
 */
function searchRegions(
  length: number,
  expected: number,
  quoteLength: number,
  maxErrors: number,
  options: AnchorOptions,
  wholePage: boolean,
): Array<[number, number]> {
  const at = Math.max(0, Math.min(expected, length));
  const regions: Array<[number, number]> = [];
  const push = (from: number, to: number): void => {
    const a = Math.max(0, from);
    const b = Math.min(length, to);
    const last = regions[regions.length - 1];
    if (b > a && (!last || a < last[0] || b > last[1])) regions.push([a, b]);
  };
  push(at - maxErrors - 64, at + quoteLength + maxErrors + 64);
  const window = Math.max(options.windowChars ?? 4096, quoteLength * 2);
  push(at - window, at + quoteLength + window);
  if (wholePage && searchCost(length, quoteLength) <= (options.maxSearchCells ?? DEFAULT_MAX_SEARCH_CELLS)) push(0, length);
  return regions;
}
