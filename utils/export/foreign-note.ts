import { z } from 'zod';
import type { TextAnchor } from '../schemas';
import { normalizeUrl } from '../url';
import type { BundleNote } from './bundle';
import type { ImportWarning } from './result';

/** Where a note from another tool says it points; selectors are read leniently and checked here. */
export interface ForeignAnnotation {
  url: string;
  pageTitle: string;
  selectors: unknown[];
  text: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

const quoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(100_000),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const positionSelector = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

const MAX_TEXT = 100_000;
const MAX_TAG = 100;
const MAX_TAGS = 100;
// Selector context is for re-anchoring; other tools keep 32 characters, our schema allows 2,000.
const MAX_CONTEXT = 2_000;

/** The product's page key (utils/url.ts); null for what is not an http(s) page, such as a PDF fingerprint URN. */
export function defaultNormalizeUrl(url: string): string | null {
  try {
    return normalizeUrl(url);
  } catch {
    return null;
  }
}

/**
 * A note from an annotation made by another tool (Hypothesis, any W3C client). Anchored notes need both of our
 * selectors; with only a quote we keep the note on the article and the quote in its text rather than invent offsets.
 */
export function foreignToNote(input: ForeignAnnotation, id: string, path: string, warnings: ImportWarning[]): BundleNote {
  const { anchor, quoteOnly } = anchorFromSelectors(input.selectors);
  let text = input.text;
  if (quoteOnly !== null) {
    warnings.push({ path, message: 'no text position: the note is kept on the whole article, with the quote in its text' });
    text = `> ${quoteOnly.replace(/\n/g, '\n> ')}\n\n${text}`;
  }
  if (text.length > MAX_TEXT) {
    warnings.push({ path, message: `the text was cut to ${MAX_TEXT} characters` });
    text = text.slice(0, MAX_TEXT);
  }
  return {
    schemaVersion: 1,
    id,
    url: input.url,
    pageTitle: input.pageTitle.slice(0, 10_000),
    targetKind: anchor ? 'highlight' : 'article',
    anchor,
    speaker: null,
    quoteKind: null,
    claimType: null,
    text,
    tags: cleanTags(input.tags, path, warnings),
    createdAt: input.createdAt,
    updatedAt: input.updatedAt,
  };
}

/**
 * Our anchor from a list of W3C selectors in any order, ignoring kinds we do not use (Hypothesis adds a
 * RangeSelector). Without a valid position, `quoteOnly` carries the quoted text so the caller can keep it.
 */
export function anchorFromSelectors(selectors: unknown[]): { anchor: TextAnchor | null; quoteOnly: string | null } {
  const quote = selectors.map((s) => quoteSelector.safeParse(s)).find((r) => r.success)?.data;
  const position = selectors.map((s) => positionSelector.safeParse(s)).find((r) => r.success)?.data;
  if (!quote) return { anchor: null, quoteOnly: null };
  if (!position) return { anchor: null, quoteOnly: quote.exact };
  return {
    anchor: {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: (quote.prefix ?? '').slice(-MAX_CONTEXT),
        suffix: (quote.suffix ?? '').slice(0, MAX_CONTEXT),
      },
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    },
    quoteOnly: null,
  };
}

function cleanTags(tags: string[], path: string, warnings: ImportWarning[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag === '' || out.includes(tag)) continue;
    if (tag.length > MAX_TAG) {
      warnings.push({ path, message: `a tag longer than ${MAX_TAG} characters was left out` });
      continue;
    }
    if (out.length === MAX_TAGS) {
      warnings.push({ path, message: `only the first ${MAX_TAGS} tags were kept` });
      break;
    }
    out.push(tag);
  }
  return out;
}
