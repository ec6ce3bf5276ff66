/**
 * Levenshtein distance limited to a band: anything above `max` is reported as max + 1. Used to re-count the
 * errors of a fuzzy span after its edges moved, in O(|a| · max) instead of O(|a| · |b|).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const big = max + 1;
  let prev = new Array<number>(n + 1).fill(big);
  let curr = new Array<number>(n + 1).fill(big);
  for (let j = 0; j <= Math.min(n, max); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(n, i + max);
    curr.fill(big);
    curr[0] = i <= max ? i : big;
    let rowMin = curr[0]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const v = Math.min(prev[j - 1]! + (b.charCodeAt(j - 1) === ca ? 0 : 1), prev[j]! + 1, curr[j - 1]! + 1);
      curr[j] = v > big ? big : v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return big;
    [prev, curr] = [curr, prev];
  }
  return Math.min(prev[n]!, big);
}
