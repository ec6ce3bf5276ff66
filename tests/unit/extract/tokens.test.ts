import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasNumber, tokenize } from '@/utils/extract/tokens';

describe('hasNumber', () => {
  it('agrees with \\p{N} on any text, astral digits and fractions included', () => {
    const chars = fc.constantFrom('7', '٣', '²', '½', 'Ⅻ', '𝟠', 'а', 'ә', 'z', ' ', '—', '«', '\u2070', 'ё', '\uD835');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: chars })), (text) => {
        expect(hasNumber(text)).toBe(/\p{N}/u.test(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('finds the number in a Russian claim and none in a sentence without one', () => {
    expect(hasNumber('Рост экономики составил 4,8 процента')).toBe(true);
    expect(hasNumber('Мы должны быть ближе к народу')).toBe(false);
  });
});

describe('tokenize', () => {
  it('keeps hyphenated names and apostrophes inside one word, with model offsets', () => {
    const tokens = tokenize('Касым-Жомарт Токаев, the city’s mayor', 100);
    expect(tokens.map((t) => t.text)).toEqual(['Касым-Жомарт', 'Токаев', 'the', 'city’s', 'mayor']);
    expect(tokens[1]).toMatchObject({ start: 113, end: 119, lower: 'токаев', capitalized: true, acronym: false });
  });

  it('folds ё and tells acronyms from names', () => {
    const [a, b] = tokenize('Всё МВД', 0);
    expect(a!.lower).toBe('все');
    expect(b).toMatchObject({ acronym: true, capitalized: false });
  });
});
