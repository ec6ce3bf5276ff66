import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorText, isOrphan } from '../../../utils/anchor/anchor-text';
import { describeOffsets } from '../../../utils/anchor/describe';
import { boundedEditDistance } from '../../../utils/anchor/edit-distance';
import { MIN_QUOTE_SIMILARITY } from '../../../utils/anchor/match-score';
import type { TextModel } from '../../../utils/anchor/text-model';
import { parsePage, readFixture } from './load-page';

/** describeOffsets and anchorText read only the model's text, so page edits can be made on the string. */
const textModel = (text: string): TextModel => ({
  text,
  root: null as unknown as Node,
  rangeOf: () => null,
  positionAt: () => null,
  toRange: () => null,
  offsetOf: () => null,
});

const page = parsePage(readFixture('seed-page.html')).model.text;
const filler = fc.constantFrom('Реклама. ', 'Читайте также: новости дня\n', 'x', ' ', '\n', 'Подписывайтесь на наш канал. ');

interface Edit {
  at: number;
  remove: number;
  insert: string;
}
const edits = fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: filler }), { maxLength: 6 });

/**
 * Applies edits at positions taken modulo the text length. Unless `nearToo`, edits within 40 characters of the
 * span (its saved context is 32) are skipped. Returns the new text and where the span moved.
 */
function applyEdits(text: string, span: [number, number], list: Edit[], nearToo: boolean): { text: string; span: [number, number] } {
  let [start, end] = span;
  let out = text;
  for (const e of list) {
    const at = e.at % (out.length + 1);
    const remove = Math.min(e.remove, out.length - at);
    const far = at + remove <= start - 40 || at >= end + 40;
    if (!far && !nearToo) continue;
    out = out.slice(0, at) + e.insert + out.slice(at + remove);
    if (at + remove <= start) {
      const delta = e.insert.length - remove;
      start += delta;
      end += delta;
    }
  }
  return { text: out, span: [start, end] };
}

const spanArb = fc.tuple(fc.nat({ max: page.length - 250 }), fc.integer({ min: 20, max: 200 }));

describe('anchorText properties on the seed page text', () => {
  it('edits away from the quote never lose it: the same words are found, by position or quote', () => {
    fc.assert(
      fc.property(spanArb, edits, ([start, size], list) => {
        const anchor = describeOffsets(textModel(page), start, start + size);
        const s = anchor.position;
        const edited = applyEdits(page, [s.start, s.end], list, false);
        const r = anchorText(textModel(edited.text), anchor);
        expect(isOrphan(r)).toBe(false);
        if (isOrphan(r)) return;
        expect(edited.text.slice(r.start, r.end)).toBe(anchor.quote.exact);
        expect(r.start).toBe(edited.span[0]);
        expect(r.method).not.toBe('fuzzy');
      }),
      { numRuns: 300 },
    );
  });

  it('whatever the edits, an accepted span is never more than a quarter different from the quote', () => {
    fc.assert(
      fc.property(spanArb, edits, ([start, size], list) => {
        const anchor = describeOffsets(textModel(page), start, start + size);
        const edited = applyEdits(page, [anchor.position.start, anchor.position.end], list, true);
        const r = anchorText(textModel(edited.text), anchor);
        if (isOrphan(r)) return;
        const { exact } = anchor.quote;
        const max = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
        expect(boundedEditDistance(exact, edited.text.slice(r.start, r.end), max)).toBeLessThanOrEqual(max);
      }),
      { numRuns: 300 },
    );
  });
});

describe('anchorText on edits fast-check found', () => {
  it('counts again the edits of a fuzzy span whose edge it trimmed at a line break, and accepts no span a quarter different', () => {
    const list: Edit[] = [
      { at: 0, remove: 21, insert: '\n' },
      { at: 0, remove: 7, insert: 'Читайте также: новости дня\n' },
      { at: 0, remove: 24, insert: 'Реклама. ' },
      { at: 1057709030, remove: 35, insert: ' ' },
      { at: 154356074, remove: 12, insert: 'Читайте также: новости дня\n' },
      { at: 978661576, remove: 12, insert: 'Реклама. ' },
    ];
    const anchor = describeOffsets(textModel(page), 3580, 3740);
    const edited = applyEdits(page, [anchor.position.start, anchor.position.end], list, true);
    const r = anchorText(textModel(edited.text), anchor);
    if (isOrphan(r)) return;
    const max = Math.floor(anchor.quote.exact.length * (1 - MIN_QUOTE_SIMILARITY));
    expect(boundedEditDistance(anchor.quote.exact, edited.text.slice(r.start, r.end), max)).toBeLessThanOrEqual(max);
  });
});

describe('anchorText on a page of repeated paragraphs', () => {
  // Live blogs and comment threads repeat the same sentences; only the context tells the copies apart.
  const paragraph = (i: number): string => `Необходимо прислушиваться к объективной критике со стороны граждан. (${i})`;
  const text = Array.from({ length: 3000 }, (_, i) => paragraph(i)).join('\n');
  const shifted = `Реклама: подпишитесь на наш канал.\n${text}`;
  const shift = shifted.length - text.length;

  it('finds the right copy of every quote after every offset moved, without mixing copies up', () => {
    const quote = 'Необходимо прислушиваться к объективной критике';
    const model = textModel(shifted);
    const started = performance.now();
    for (let i = 0; i < 3000; i += 7) {
      const at = text.indexOf(quote, text.indexOf(`(${i - 1})`) + 1);
      const anchor = describeOffsets(textModel(text), at, at + quote.length);
      expect(anchorText(model, anchor)).toMatchObject({ start: at + shift, method: 'quote' });
    }
    // Not a benchmark: guards against scoring every copy of the page for every note (seconds, not ms).
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
