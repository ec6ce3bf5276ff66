/**
 * Word-level difference of two wordings of one statement, as plain text parts (never markup: callers render
 * each part as a text node).
 *
 * A short LCS over words rather than a diff library: words are compared folded (case, ё/е, the punctuation
 * around them), so "народу." and "народу" or a hyphen and an em dash are the same and only real wording changes
 * show; a library's word diff splits punctuation into tokens of its own and would mark those, and the side panel
 * has a size budget for a few dozen lines of work.
 */

export type DiffKind = 'same' | 'removed' | 'added';

/** One step of the difference: a word of `before` only, of `after` only, or of both (indices into each). */
export interface DiffOp {
  kind: DiffKind;
  /** Index into `before`'s words (same, removed). */
  a?: number;
  /** Index into `after`'s words (same, added). */
  b?: number;
}

export interface DiffPart {
  kind: DiffKind;
  /** The words of this part, joined by single spaces; `same` parts are written as in `after`. */
  text: string;
}

/** A wording's words as written (with their punctuation), split at white space. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w !== '');
}

/** What two words are compared by: letters and digits, lower-cased; a bare dash or mark compares equal to another. */
export function wordKey(word: string): string {
  return (word.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu) ?? []).join('');
}

// Above this many table cells (a 1,000-word quote against another) the middle is shown as replaced, not aligned:
// the panel must not stall on a pathological pair, and a reader cannot use such a diff anyway.
const MAX_CELLS = 1_000_000;

/** The steps from `before` to `after`, in order; within a changed stretch, removals come before additions. */
export function diffOps(before: readonly string[], after: readonly string[]): DiffOp[] {
  const ka = before.map(wordKey);
  const kb = after.map(wordKey);
  let head = 0;
  while (head < ka.length && head < kb.length && ka[head] === kb[head]) head++;
  let tail = 0;
  while (tail < ka.length - head && tail < kb.length - head && ka[ka.length - 1 - tail] === kb[kb.length - 1 - tail]) tail++;

  const ops: DiffOp[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: 'same', a: i, b: i });
  ops.push(...middleOps(ka, kb, head, ka.length - tail, head, kb.length - tail));
  for (let t = tail; t > 0; t--) ops.push({ kind: 'same', a: ka.length - t, b: kb.length - t });
  return ops;
}

function middleOps(ka: readonly string[], kb: readonly string[], a0: number, a1: number, b0: number, b1: number): DiffOp[] {
  const n = a1 - a0;
  const m = b1 - b0;
  const ops: DiffOp[] = [];
  const replaced = () => {
    for (let i = a0; i < a1; i++) ops.push({ kind: 'removed', a: i });
    for (let j = b0; j < b1; j++) ops.push({ kind: 'added', b: j });
    return ops;
  };
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return replaced();

  // lcs[i][j]: the longest common subsequence of the suffixes from a0+i and b0+j, in one flat array.
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = ka[a0 + i] === kb[b0 + j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  const added: DiffOp[] = [];
  const flushAdded = () => ops.push(...added.splice(0));
  while (i < n || j < m) {
    if (i < n && j < m && ka[a0 + i] === kb[b0 + j]) {
      flushAdded();
      ops.push({ kind: 'same', a: a0 + i++, b: b0 + j++ });
    } else if (j >= m || (i < n && lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
      ops.push({ kind: 'removed', a: a0 + i++ });
    } else {
      added.push({ kind: 'added', b: b0 + j++ });
    }
  }
  flushAdded();
  return ops;
}

/** Consecutive steps of one kind as one part of text. */
export function partsOf(ops: readonly DiffOp[], before: readonly string[], after: readonly string[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let words: string[] = [];
  let kind: DiffKind | null = null;
  const flush = () => {
    if (kind !== null && words.length > 0) parts.push({ kind, text: words.join(' ') });
    words = [];
  };
  for (const op of ops) {
    if (op.kind !== kind) {
      flush();
      kind = op.kind;
    }
    words.push(op.kind === 'removed' ? before[op.a!]! : after[op.b!]!);
  }
  flush();
  return parts;
}

/** The difference from one wording to the other, as parts of text. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = splitWords(before);
  const b = splitWords(after);
  return partsOf(diffOps(a, b), a, b);
}
