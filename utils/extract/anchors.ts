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

/** White space a reader would not copy: runs of it, and line breaks or tabs standing alone. */
const UNCLEAN_SPACE = /\s{2,}|[^\S ]/g;

/** The quote as a reader would copy it: pieces joined by one space, white space collapsed. */
export function cleanText(view: TextView, parts: ReadonlyArray<readonly [number, number]>): string {
  const joined = parts.length === 1 ? view.slice(parts[0]![0], parts[0]![1]) : parts.map(([a, b]) => view.slice(a, b)).join(' ');
  // Page text arrives collapsed already: matching only what must change leaves such text as it is, uncopied.
  return joined.replace(UNCLEAN_SPACE, ' ').trim();
}
