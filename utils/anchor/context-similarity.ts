/**
 * How well the text next to a candidate match agrees with the context a selector saved (its prefix or
 * suffix). The context must touch the candidate: a prefix found 200 characters earlier is no evidence, so
 * this is an anchored edit distance (the saved context must end right at the candidate's start, or begin
 * right at its end), with the far side free so that one inserted or dropped character does not shift
 * every comparison.
 */

/** Edit distance between `pattern` and the best prefix of `text` (pattern anchored at text's start). */
function anchoredDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  let prev = new Array<number>(n + 1);
  let curr = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    curr[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitution = prev[j - 1]! + (text.charCodeAt(j - 1) === p ? 0 : 1);
      curr[j] = Math.min(substitution, prev[j]! + 1, curr[j - 1]! + 1);
    }
    [prev, curr] = [curr, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) best = Math.min(best, prev[j]!);
  return best;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return s.length ? out : s;
}

/** Room for inserted characters on the far side of the context, a quarter of its length. */
const slack = (length: number): number => Math.ceil(length / 4);

/**
 * Similarity in [0, 1] of `expected` with the text that ends at `start`. An empty expected prefix means the
 * quote opened the page: full agreement if the candidate still does, half (no evidence either way) if not.
 */
export function prefixSimilarity(text: string, start: number, expected: string): number {
  if (expected.length === 0) return start === 0 ? 1 : 0.5;
  if (start >= expected.length && text.startsWith(expected, start - expected.length)) return 1;
  const actual = text.slice(Math.max(0, start - expected.length - slack(expected.length)), start);
  return 1 - anchoredDistance(reverse(expected), reverse(actual)) / expected.length;
}

/** Similarity in [0, 1] of `expected` with the text that starts at `end`; see prefixSimilarity. */
export function suffixSimilarity(text: string, end: number, expected: string): number {
  if (expected.length === 0) return end === text.length ? 1 : 0.5;
  if (text.startsWith(expected, end)) return 1;
  const actual = text.slice(end, end + expected.length + slack(expected.length));
  return 1 - anchoredDistance(expected, actual) / expected.length;
}
