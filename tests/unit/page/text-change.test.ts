import { describe, expect, it } from 'vitest';
import { changedLength } from '../../../utils/page/text-change';

describe('how much of a page text changed', () => {
  it('counts text replaced by as much other text, which a length difference misses', () => {
    const first = 'Новости\nМы завершим ремонт моста до конца сентября.\nПодписаться';
    const second = 'Новости\nТарифы на воду в этом году не вырастут.\nПодписаться';
    expect(Math.abs(first.length - second.length)).toBeLessThan(5);
    expect(changedLength(first, second)).toBeGreaterThanOrEqual(40);
  });

  it('counts an insertion or removal by its own size, and nothing for equal text', () => {
    const base = 'abc\ndef\nghi';
    expect(changedLength(base, base)).toBe(0);
    expect(changedLength(base, 'abc\nNEW ENTRY\ndef\nghi')).toBe(10);
    expect(changedLength('abc\nNEW ENTRY\ndef\nghi', base)).toBe(10);
    expect(changedLength('', 'abc')).toBe(3);
    // A repeated character at the seam is not counted twice.
    expect(changedLength('aaaa', 'aaaaa')).toBe(1);
  });
});
