import type { TextAnchor } from '../schemas';
import { bestExactMatch } from './exact-search';
import { DEFAULT_BATCH_SEARCH_CELLS, DEFAULT_MAX_SEARCH_CELLS, bestFuzzyMatch, type SearchBudget } from './fuzzy-search';
import { MIN_QUOTE_SIMILARITY, MIN_SCORE, UNIQUE_QUOTE_MIN_LENGTH, isAcceptable, scoreCandidate, type ScoredCandidate } from './match-score';
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
  /**
   * Why: 'not-found' after every search; 'too-long' when the quote was too long to search approximately;
   * 'budget' when the whole-page search was skipped (page too large for this quote, or the batch's budget
   * spent), so a later, smaller batch might still find it.
   */
  reason: 'not-found' | 'too-long' | 'budget';
}

export type AnchorResult = Anchored | Orphan;

export interface AnchorOptions {
  /** Acceptance threshold on the score (default MIN_SCORE); raising it trades re-attached notes for safety. */
  minScore?: number;
  /** Characters searched on each side of the expected position before the whole page (default 16384). */
  windowChars?: number;
  /** Quotes longer than this are not searched approximately (default 2000): the cost grows with length. */
  maxFuzzyQuoteLength?: number;
  /** Largest whole-page fuzzy search for one quote, in steps (see fuzzy-search.ts); larger ones are skipped. */
  maxSearchCells?: number;
  /** Steps left for whole-page searches, shared by a batch (anchorAll makes one if not given) and spent here. */
  searchBudget?: SearchBudget;
  /**
   * How far the page text moved at this point, as learned from the anchors before this one (anchorAll): an ad
   * inserted at the top shifts every later quote by the same amount, so one look there saves a page scan.
   */
  shiftHint?: number;
}

export const isOrphan = (result: AnchorResult): result is Orphan => 'orphan' in result;

/** A score no other exact occurrence could beat by more than a hair: the saved position is taken at once. */
const POSITION_SURE = 0.95;

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
  if (hint !== 0 && position.start + hint >= 0 && text.startsWith(exact, position.start + hint)) {
    const c = scoreCandidate(text, quote, expected + hint, { start: position.start + hint, end: position.start + hint + exact.length, errors: 0 });
    if (c.score >= POSITION_SURE) return { start: c.start, end: c.end, method: 'quote', score: c.score };
  }

  // 2. Exact quote, the saved position included, chosen by context and distance (exact-search.ts).
  const window = Math.max(options.windowChars ?? 16_384, exact.length * 2);
  const exactMatch = bestExactMatch(text, quote, expected, window, minScore);
  let best = exactMatch.best;
  if (best && isAcceptable(best, minScore)) {
    const method = atPosition && best.start === position.start ? 'position' : 'quote';
    return { start: best.start, end: best.end, method, score: best.score };
  }
  // A unique long quote is taken even with its context gone, but only after looking near its old place for
  // an edited version in the old context: that is better evidence than the same words elsewhere.
  const uniqueLong = exactMatch.total === 1 && exact.length >= UNIQUE_QUOTE_MIN_LENGTH ? best : null;
  const exactOrOrphan = (reason: Orphan['reason'] = 'not-found'): AnchorResult =>
    uniqueLong ? { start: uniqueLong.start, end: uniqueLong.end, method: 'quote', score: uniqueLong.score } : orphan(best, reason);

  // 3. Approximate quote, in widening regions around the expected position (fuzzy-search.ts).
  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return exactOrOrphan();
  if (exact.length > (options.maxFuzzyQuoteLength ?? 2000)) return exactOrOrphan('too-long');
  const fuzzy = bestFuzzyMatch(text, quote, expected, {
    maxErrors,
    shift: hint,
    window,
    wholePage: !uniqueLong,
    maxSearchCells: options.maxSearchCells ?? DEFAULT_MAX_SEARCH_CELLS,
    budget: options.searchBudget,
    minScore,
  }, best);
  best = fuzzy.best;
  if (best && isAcceptable(best, minScore)) {
    return { start: best.start, end: best.end, method: best.errors === 0 ? 'quote' : 'fuzzy', score: best.score };
  }
  return exactOrOrphan(fuzzy.skipped ? 'budget' : 'not-found');
}

/**
 * Anchors many quotes of one page, in page order, passing the shift each match reveals on to the next (see
 * shiftHint) and sharing one budget for whole-page searches, so a page whose notes were mostly cut out costs
 * a bounded time instead of one full search per lost note.
 */
export function anchorAll(model: TextModel, anchors: readonly TextAnchor[], options: AnchorOptions = {}): AnchorResult[] {
  const order = anchors.map((_, i) => i).sort((a, b) => anchors[a]!.position.start - anchors[b]!.position.start);
  const results = new Array<AnchorResult>(anchors.length);
  const searchBudget = options.searchBudget ?? { remaining: DEFAULT_BATCH_SEARCH_CELLS };
  let shiftHint = 0;
  for (const i of order) {
    const anchor = anchors[i]!;
    const result = anchorText(model, anchor, { ...options, shiftHint, searchBudget });
    if (!isOrphan(result)) shiftHint = result.start - anchor.position.start;
    results[i] = result;
  }
  return results;
}
