import type { TextAnchor } from '../schemas';
import type { TextModel } from './text-model';

/**
 * Describing a span of the page text model as W3C selectors (TextQuoteSelector + TextPositionSelector),
 * the way Apache Annotator's describeTextQuote does for a DOM range, but in our model's offsets.
 */

/** Characters of context kept on each side: enough to tell repeated quotes apart, small enough to store. */
export const CONTEXT_LENGTH = 32;

const isSeparator = (ch: string | undefined): boolean => ch === ' ' || ch === '\n';

export class DescribeError extends Error {
  override readonly name = 'DescribeError';
}

/**
 * Selectors for model [start, end). Separators at either edge are left out of the quote: they come from the
 * page's markup, not from what was said, and a quote that starts with "\n" breaks when a block becomes inline.
 * The returned position is the trimmed one. Throws DescribeError for an empty or out-of-model span.
 */
export function describeOffsets(model: TextModel, start: number, end: number): TextAnchor {
  const { text } = model;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new DescribeError(`Span [${start}, ${end}) is not inside the page text (length ${text.length})`);
  }
  let from = start;
  let to = end;
  while (from < to && isSeparator(text[from])) from++;
  while (to > from && isSeparator(text[to - 1])) to--;
  if (from === to) throw new DescribeError(`Span [${start}, ${end}) holds only white space`);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: text.slice(to, to + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}

/** Selectors for a DOM range (a reader's selection); the range must lie inside the model's root. */
export function describeRange(model: TextModel, range: Range): TextAnchor {
  const start = model.offsetOf(range.startContainer, range.startOffset);
  const end = model.offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null) throw new DescribeError('The range is outside the page text model');
  return describeOffsets(model, start, end);
}
