import { prefixSimilarity, suffixSimilarity } from './context-similarity';
import type { TextQuoteSelector } from '../schemas';

/**
 * When a candidate span is taken for a saved quote.
 *
 *   quote    q = 1 − edits / |exact|          (edits: Levenshtein distance of the span to `exact`)
 *   prefix   p = anchored similarity of the 32 chars before the span to `prefix`   (context-similarity.ts)
 *   suffix   s = anchored similarity of the 32 chars after the span to `suffix`
 *   position d = 1 / (1 + |start − expected start| / 1000)
 *
 *   score = (50·q + 20·p + 20·s + 10·d) / 100
 *
 * Accepted when q ≥ 0.75 AND score ≥ 0.75; or, failing any such candidate, when the quote is found exactly,
 * once in the whole page, and is at least 48 characters long. Otherwise the note is an orphan: shown as such,
 * never attached elsewhere.
 *
 * Why these numbers:
 * - q ≥ 0.75 is a gate on its own: once a quarter of a quote's characters differ it says something else, and
 *   no amount of matching context makes the rewritten sentence the one the note was about.
 * - Unrelated 32-char contexts in the same language still score about 0.2–0.35 (shared letters, spaces),
 *   so a near-copy of the quote elsewhere in the page (q ≈ 0.85, p ≈ s ≈ 0.3, far away) scores about 0.6 and
 *   is refused; the right place with one word edited (q ≈ 0.9, p = s = 1) scores above 0.9; an exact quote
 *   with a banner inserted on one side (q = 1, one context lost, moved by a few hundred chars) about 0.8.
 *   0.75 sits between these: both contexts lost needs an exact quote and a unique long one (below).
 * - An exact, unique quote of 48+ characters identifies its sentence by itself even when everything around
 *   it changed (the paragraph moved); short exact quotes ("said Tokayev") need their context. It comes last:
 *   an edited version in the old context (a pull quote kept the old wording) is the better match.
 * - Measured on the fixtures (tests/unit/anchor/anchor-safety.test.ts): with a block removed, the best
 *   candidate for any of its sentences scored at most 0.68; one word edited in place scores 0.88 or more.
 * - Position weighs least: pages shift by whole ad blocks, so it breaks ties between equal candidates.
 */
export const MIN_QUOTE_SIMILARITY = 0.75;
export const MIN_SCORE = 0.75;
export const UNIQUE_QUOTE_MIN_LENGTH = 48;
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 10 } as const;
const POSITION_HALF_LIFE = 1000;

export interface Candidate {
  start: number;
  end: number;
  /** Edit distance of text[start, end) to the quote's `exact`. */
  errors: number;
}

export interface ScoredCandidate extends Candidate {
  quoteSimilarity: number;
  score: number;
}

const positionScore = (distance: number): number => 1 / (1 + Math.abs(distance) / POSITION_HALF_LIFE);

/** The highest score any candidate at least `distance` characters from the expected start could reach. */
export function bestScoreBeyond(distance: number): number {
  const { quote, prefix, suffix, position } = WEIGHTS;
  return (quote + prefix + suffix + position * positionScore(distance)) / (quote + prefix + suffix + position);
}

export function scoreCandidate(text: string, quote: TextQuoteSelector, expectedStart: number, c: Candidate): ScoredCandidate {
  const q = Math.max(0, 1 - c.errors / quote.exact.length);
  const p = prefixSimilarity(text, c.start, quote.prefix);
  const s = suffixSimilarity(text, c.end, quote.suffix);
  const d = positionScore(c.start - expectedStart);
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  const score = (WEIGHTS.quote * q + WEIGHTS.prefix * p + WEIGHTS.suffix * s + WEIGHTS.position * d) / total;
  return { ...c, quoteSimilarity: q, score };
}

export function isAcceptable(c: ScoredCandidate, minScore: number): boolean {
  return c.quoteSimilarity >= MIN_QUOTE_SIMILARITY && c.score >= minScore;
}

/** Ties go to the higher score, then to the candidate nearer the expected position. */
export function better(a: ScoredCandidate | null, b: ScoredCandidate, expectedStart: number): boolean {
  if (!a) return true;
  if (b.score !== a.score) return b.score > a.score;
  return Math.abs(b.start - expectedStart) < Math.abs(a.start - expectedStart);
}
