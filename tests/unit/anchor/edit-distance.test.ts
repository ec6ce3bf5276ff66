import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../utils/anchor/edit-distance';
import { prefixSimilarity, suffixSimilarity } from '../../../utils/anchor/context-similarity';

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('boundedEditDistance', () => {
  it('equals Levenshtein distance within the bound and max + 1 beyond it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ') }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ') }), fc.nat(12), (a, b, max) => {
        const exact = levenshtein(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('context similarity', () => {
  const text = 'The council voted on Monday. "We will not raise fares," the mayor said.';
  const start = text.indexOf('We will');
  const end = text.indexOf(',"') + 1;

  it('is 1 for the saved context and tolerates one inserted character at the far side', () => {
    expect(prefixSimilarity(text, start, 'voted on Monday. "')).toBe(1);
    expect(suffixSimilarity(text, end, '" the mayor said.')).toBe(1);
    expect(prefixSimilarity(text, start, 'votted on Monday. "')).toBeGreaterThan(0.9);
  });

  it('must touch the candidate: the same words further away do not count', () => {
    expect(prefixSimilarity(text, start + 8, 'voted on Monday. "')).toBeLessThan(0.6);
  });

  it('treats an empty context as "the quote opened or closed the page"', () => {
    expect(prefixSimilarity(text, 0, '')).toBe(1);
    expect(prefixSimilarity(text, 5, '')).toBe(0.5);
    expect(suffixSimilarity(text, text.length, '')).toBe(1);
  });
});
