import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { stableUuid } from '../../../utils/export/stable-id';
import { toUtcZ } from '../../../utils/export/time';

describe('stableUuid', () => {
  it('is deterministic, a valid UUID, and distinct for 100,000 near-identical inputs', () => {
    expect(stableUuid('quote', 'https://a.example/', 'q1')).toBe(stableUuid('quote', 'https://a.example/', 'q1'));
    const ids = new Set<string>();
    for (let i = 0; i < 100_000; i++) ids.add(stableUuid('quote', 'https://a.example/', `q${i}`));
    expect(ids.size).toBe(100_000);
    for (const id of [...ids].slice(0, 1000)) expect(z.string().uuid().safeParse(id).success).toBe(true);
  });

  it('keeps the parts apart: ("ab", "c") and ("a", "bc") differ', () => {
    expect(stableUuid('ab', 'c')).not.toBe(stableUuid('a', 'bc'));
  });
});

describe('toUtcZ', () => {
  it.each([
    ['2025-03-01T10:00:00+05:00', '2025-03-01T05:00:00Z'],
    ['2025-03-01T01:30:00.5-04:00', '2025-03-01T05:30:00.5Z'],
    ['2024-12-31T23:59:59.123456-01:00', '2025-01-01T00:59:59.123456Z'],
    ['2025-03-01T05:00:00Z', '2025-03-01T05:00:00Z'],
    ['2025-03-01T08:00:00+0300', '2025-03-01T05:00:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(toUtcZ(input)).toBe(expected);
  });
});
