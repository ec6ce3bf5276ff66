import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffOps, diffWords, wordKey } from '../../../utils/wording/word-diff';

describe('diffWords', () => {
  it('marks the words only one wording has, in order, removals before additions', () => {
    expect(diffWords('a b c d', 'a x c y d e')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'y' },
      { kind: 'same', text: 'd' },
      { kind: 'added', text: 'e' },
    ]);
  });

  it('finds the one word a headline added to the body quote', () => {
    expect(diffWords('а сами они - быть ближе к народу.', 'а сами они – должны быть ближе к народу')).toEqual([
      { kind: 'same', text: 'а сами они –' },
      { kind: 'added', text: 'должны' },
      { kind: 'same', text: 'быть ближе к народу' },
    ]);
  });

  it('ignores case, ё/е, punctuation and white space, which do not change what was said', () => {
    expect(diffWords('«Мы  ещё НЕ закончили», — сказал он', 'мы еще не закончили, - сказал он.')).toEqual([{ kind: 'same', text: 'мы еще не закончили, - сказал он.' }]);
    expect(wordKey('«Ещё,')).toBe('еще');
    expect(wordKey('—')).toBe('');
  });

  it('handles empty wordings and wholly different ones', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'new words')).toEqual([{ kind: 'added', text: 'new words' }]);
    expect(diffWords('old', '')).toEqual([{ kind: 'removed', text: 'old' }]);
    expect(diffWords('we will', 'они не')).toEqual([
      { kind: 'removed', text: 'we will' },
      { kind: 'added', text: 'они не' },
    ]);
  });

  it('keeps text as text: markup in a quote comes back as the same characters', () => {
    expect(diffWords('a <b>x</b>', 'a <img src=x onerror=alert(1)>')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: '<b>x</b>' },
      { kind: 'added', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('shows the middle of two very long wordings as replaced rather than aligning it word by word', () => {
    // Reversed, the two share one word in the middle; the panel would rather not build a 1,500 × 1,500 table for it.
    const words = Array.from({ length: 1_500 }, (_, i) => `w${i}`);
    const parts = diffWords(`x ${words.join(' ')} y`, `x ${[...words].reverse().join(' ')} y`);
    expect(parts.map((p) => p.kind)).toEqual(['same', 'removed', 'added', 'same']);
  });

  it('is a minimal edit: every word of each side appears once, and the shared words are a longest common subsequence', () => {
    const wordList = fc.array(fc.constantFrom('а', 'б', 'в', 'г', 'д'), { maxLength: 12 });
    fc.assert(
      fc.property(wordList, wordList, (a, b) => {
        const ops = diffOps(a, b);
        expect(ops.filter((o) => o.a !== undefined).map((o) => o.a)).toEqual(a.map((_, i) => i));
        expect(ops.filter((o) => o.b !== undefined).map((o) => o.b)).toEqual(b.map((_, i) => i));
        for (const op of ops) if (op.kind === 'same') expect(a[op.a!]).toBe(b[op.b!]);
        expect(ops.filter((o) => o.kind === 'same')).toHaveLength(lcsLength(a, b));
      }),
    );
  });
});

function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}
