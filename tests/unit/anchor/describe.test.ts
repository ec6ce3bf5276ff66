import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, DescribeError, describeOffsets, describeRange } from '../../../utils/anchor/describe';
import { textAnchorSchema } from '../../../utils/schemas';
import { parseFragment, parsePage, readFixture } from './load-page';

describe('describeOffsets', () => {
  const { model } = parsePage(readFixture('seed-page.html'));
  const exact = 'Давно пора избавиться от бюрократии.';
  const at = model.text.indexOf(exact);

  it('gives the quote, 32 characters of context on each side and the position', () => {
    const anchor = describeOffsets(model, at, at + exact.length);
    expect(anchor).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact,
        prefix: model.text.slice(at - CONTEXT_LENGTH, at),
        suffix: model.text.slice(at + exact.length, at + exact.length + CONTEXT_LENGTH),
      },
      position: { type: 'TextPositionSelector', start: at, end: at + exact.length },
    });
    expect(anchor.quote.prefix).toHaveLength(32);
    expect(textAnchorSchema.parse(anchor)).toEqual(anchor);
  });

  it('shortens the context at either end of the page', () => {
    const first = describeOffsets(model, 0, 7);
    expect(first.quote).toMatchObject({ exact: 'Главная', prefix: '' });
    const end = model.text.length;
    expect(describeOffsets(model, end - 5, end).quote.suffix).toBe('');
  });

  it('leaves separators at the edges out of the quote and reports the trimmed position', () => {
    const nl = model.text.indexOf('\n', at);
    const anchor = describeOffsets(model, nl - 3, nl + 4);
    expect(anchor.quote.exact).not.toMatch(/^[ \n]|[ \n]$/);
    expect(model.text.slice(anchor.position.start, anchor.position.end)).toBe(anchor.quote.exact);
    const spaced = describeOffsets(model, at - 1, at + exact.length + 1);
    expect(spaced.position).toMatchObject({ start: at, end: at + exact.length });
  });

  it('refuses empty, reversed, out-of-page and white-space-only spans', () => {
    expect(() => describeOffsets(model, 10, 10)).toThrow(DescribeError);
    expect(() => describeOffsets(model, 10, 5)).toThrow(DescribeError);
    expect(() => describeOffsets(model, -1, 5)).toThrow(DescribeError);
    expect(() => describeOffsets(model, 0, model.text.length + 1)).toThrow(DescribeError);
    expect(() => describeOffsets(model, 1.5, 4)).toThrow(DescribeError);
    const nl = model.text.indexOf('\n');
    expect(() => describeOffsets(model, nl, nl + 1)).toThrow(/white space/);
  });
});

describe('describeRange', () => {
  it('describes a selection across inline and block elements in model offsets', () => {
    const { container, document, model } = parseFragment('<p>Mayor <b>Dana  Whitfield</b> said:</p><p>"No new\n fares."</p>');
    const range = document.createRange();
    range.setStart(container.querySelector('b')!.firstChild!, 5);
    range.setEnd(container.querySelectorAll('p')[1]!.firstChild!, 7);
    const anchor = describeRange(model, range);
    expect(anchor.quote.exact).toBe('Whitfield said:\n"No new');
    expect(anchor.quote.prefix).toBe('Mayor Dana ');
    expect(anchor.quote.suffix).toBe(' fares."');
  });

  it('round-trips through the model: toRange then describeRange gives the same span', () => {
    const { model } = parsePage(readFixture('en-council-budget.html'));
    const exact = 'we will not balance this budget';
    const at = model.text.indexOf(exact);
    const anchor = describeRange(model, model.toRange(at, at + exact.length)!);
    expect(anchor.position).toMatchObject({ start: at, end: at + exact.length });
  });

  it('refuses a range outside the model root', () => {
    const { document, model } = parseFragment('<p>inside</p>');
    const outside = document.createElement('p');
    outside.textContent = 'outside';
    document.body.appendChild(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    expect(() => describeRange(model, range)).toThrow(DescribeError);
  });
});
