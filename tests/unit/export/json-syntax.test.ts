import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError } from '../../../utils/export/json-syntax';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const containers = fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()));

describe('findJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => findJsonError(JSON.stringify(value, null, 1)).position === -1));
  });

  it('reports every cut-short object or array as ending too early', () => {
    fc.assert(
      fc.property(containers, fc.nat(), (value, at) => {
        const text = JSON.stringify(value);
        const cut = text.slice(0, at % text.length);
        expect(findJsonError(cut).position).toBe(cut.length);
      }),
    );
  });

  it('agrees with JSON.parse on damaged JSON', () => {
    fc.assert(
      fc.property(containers, fc.nat(), fc.constantFrom('}', ']', ',', ':', '"', 'x', '\\', ' ', '\u0001', '1', '-', '.'), (value, at, char) => {
        const text = JSON.stringify(value);
        const i = at % (text.length + 1);
        const damaged = text.slice(0, i) + char + text.slice(i + 1);
        expect(findJsonError(damaged).position === -1).toBe(parses(damaged));
      }),
      { numRuns: 2_000 },
    );
  });

  it('points at the offending character', () => {
    expect(findJsonError('{"a": [1, 2}')).toEqual({ position: 11, found: '"}"' });
    expect(findJsonError('{"a" 1}').position).toBe(5);
    expect(findJsonError('[tru').position).toBe(4);
    expect(findJsonError('[1.').position).toBe(3);
    expect(findJsonError('[01]').position).toBe(2);
  });
});
