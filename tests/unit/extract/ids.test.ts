import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashId } from '@/utils/extract/ids';

/** The definition the ids were first written by: FNV-1a over `kind|part|part…`. Stored notes keep these ids. */
function hashOfJoined(kind: string, parts: Array<string | number>): string {
  let h = 0x811c9dc5;
  const s = kind + '|' + parts.join('|');
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return kind.slice(0, 1) + (h >>> 0).toString(36);
}

describe('hashId', () => {
  it('gives the ids a hash of the joined string gives, so ids saved by earlier versions still match', () => {
    const part = fc.oneof(fc.nat(), fc.integer({ min: -1_000, max: 0 }), fc.double({ noNaN: true }), fc.string(), fc.constant(Number.MAX_SAFE_INTEGER));
    fc.assert(
      fc.property(fc.constantFrom('quote', 'claim', 'speaker'), fc.array(part, { maxLength: 4 }), (kind, parts) => {
        expect(hashId(kind, ...parts)).toBe(hashOfJoined(kind, parts));
      }),
      { numRuns: 2_000 },
    );
  });

  it('tells apart spans that differ in one offset', () => {
    expect(hashId('claim', 10, 205)).not.toBe(hashId('claim', 102, 5));
    expect(hashId('quote', 'direct', 0, 9)).not.toBe(hashId('quote', 'direct', 0, 90));
  });
});
