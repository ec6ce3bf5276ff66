import { foldWord } from './morphology';

/** Words as the scorer counts them: letters, digits and underscores (match with /g restarts from 0). */
const WORD = /[\p{L}\p{N}_]+/gu;

/** Token-overlap F1 of two texts: how much two wordings of one statement share. */
export function words(s: string): string[] {
  return foldWord(s).match(WORD) ?? [];
}

export function overlapF1(a: string, b: string): number {
  return overlapOfWords(words(a), words(b));
}

/** The same, over words already split and lower-cased. */
export function overlapOfWords(ta: readonly string[], tb: readonly string[]): number {
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of ta) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of tb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}
