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
const ENDS_IN_PUNCTUATION = /[.,;:!?…]$/;
/** What stands between a cue clause's last punctuation and the quote's next piece: space, dashes, quotation marks. */
const SKIPPED_BEFORE_PART = /[\s\-–—«»"“”„‘’]/;
const SENTENCE_END = /[.!?]/;

/**
 * Pieces of a quote a cue interrupts, joined as the speaker said them: a cue clause that ends a sentence ("“… an
 * epidemic,” she said. “But …”") ends the quote's sentence there too. A comma before the cue is left out: it may
 * be the sentence's own or only the cue's ("“We are,” he said, “ahead of schedule”").
 */
function joinParts(view: TextView, parts: ReadonlyArray<readonly [number, number]>): string {
  let out = view.slice(parts[0]![0], parts[0]![1]);
  for (let i = 1; i < parts.length; i++) {
    const gap = view.slice(parts[i - 1]![1], parts[i]![0]);
    let k = gap.length - 1;
    while (k >= 0 && SKIPPED_BEFORE_PART.test(gap[k]!)) k--;
    const mark = k >= 0 && SENTENCE_END.test(gap[k]!) && !ENDS_IN_PUNCTUATION.test(out) ? gap[k]! : '';
    out += mark + ' ' + view.slice(parts[i]![0], parts[i]![1]);
  }
  return out;
}

/** The quote as a reader would copy it: pieces joined by one space, white space collapsed. */
export function cleanText(view: TextView, parts: ReadonlyArray<readonly [number, number]>): string {
  const joined = parts.length === 1 ? view.slice(parts[0]![0], parts[0]![1]) : joinParts(view, parts);
  // Page text arrives collapsed already: matching only what must change leaves such text as it is, uncopied.
  return joined.replace(UNCLEAN_SPACE, ' ').trim();
}
