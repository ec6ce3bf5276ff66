import type { TextAnchor } from '../schemas';
import { GAP, type TextView } from './text-view';

const CONTEXT = 32;

/** Both W3C selectors for [start, end) of the page model; prefix and suffix stop at text the snapshot lacks. */
export function anchorOf(view: TextView, start: number, end: number): TextAnchor {
  const prefix = view.slice(Math.max(view.base, start - CONTEXT), start);
  const suffix = view.slice(end, Math.min(view.end, end + CONTEXT));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: view.slice(start, end),
      prefix: prefix.slice(prefix.lastIndexOf(GAP) + 1),
      suffix: suffix.includes(GAP) ? suffix.slice(0, suffix.indexOf(GAP)) : suffix,
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** The quote as a reader would copy it: pieces joined by one space, white space collapsed. */
export function cleanText(view: TextView, parts: ReadonlyArray<readonly [number, number]>): string {
  return parts
    .map(([a, b]) => view.slice(a, b))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
