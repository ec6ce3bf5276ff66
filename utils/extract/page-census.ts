import { isJsonLd, JSON_LD_SCRIPTS } from './page-signals';
import { tagOf } from '../anchor/tag-name';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const CART = /cart/;

/**
 * One walk over a page's elements, gathering what detection and the article-body search ask of it: counts that
 * tell an article from other pages, and the elements prose may sit in. A selector query per question would walk
 * the tree once each (and linkedom, the CLI's DOM, compiles a selector on every call).
 */

export interface Census {
  articles: number;
  h1s: number;
  firstH1: Element | null;
  firstArticle: Element | null;
  firstMain: Element | null;
  /** The first element marked `itemprop="articleBody"`. */
  articleBody: Element | null;
  /** The first `<time datetime>`, `<a rel=author>`, `<link rel=author>` and `<link rel=canonical>`, for the snapshot's metadata. */
  firstTime: Element | null;
  authorAnchor: Element | null;
  authorLink: Element | null;
  canonical: Element | null;
  dated: boolean;
  byline: boolean;
  shop: number;
  search: number;
  forum: number;
  docs: number;
  code: number;
  /** `p`, `pre` and divs written as paragraphs, in document order: where paragraphs of prose are written. */
  prose: Element[];
  /** `br` elements: older sites write paragraphs as text between them. */
  breaks: Element[];
  /** The first JSON-LD `<script>` elements (see jsonLdScripts). */
  jsonLd: Element[];
  /** Every `<meta>` element, when the walk reached the end of the page (null when it stopped short). */
  metas: Element[] | null;
}

/** Signals are counted over the first elements only; prose is gathered further, up to the walk's limit. */
const COUNTED = 20_000;
const WALKED = 200_000;
const LISTED = 5_000;

const SHOP = /product|add-?to-?cart/;
const SEARCH = /search-?results?/;
const FORUM = /post-reply|reply-button|forum|thread/;
const DOCS = /^(mw-content-text|mw-parser-output|toc)$|(^|\s)(toc|mw-parser-output)(\s|$)|docs-|documentation/;
const BYLINE = /(^|\s)(byline|author)(\s|$)/;

function count(c: Census, el: Element, tag: string): void {
  if (tag === 'ARTICLE') {
    c.articles++;
    c.firstArticle ??= el;
  } else if (tag === 'H1') {
    c.h1s++;
    c.firstH1 ??= el;
  } else if (tag === 'PRE') c.code++;
  else if (tag === 'MAIN') c.firstMain ??= el;
  else if (tag === 'TIME' && el.hasAttribute('datetime')) {
    c.dated = true;
    c.firstTime ??= el;
  } else if (tag === 'A' || tag === 'LINK') {
    const rel = el.getAttribute('rel');
    if (rel) noteRel(c, el, tag, rel.toLowerCase().split(/\s+/));
  }
  // Most elements carry no attributes: every question below would read none.
  if (!el.hasAttributes()) return;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop === 'datePublished') c.dated = true;
  else if (itemprop === 'articleBody') c.articleBody ??= el;
  if (itemprop === 'author' || el.getAttribute('rel') === 'author') c.byline = true;
  const itemtype = el.getAttribute('itemtype');
  if ((itemtype && /Product/.test(itemtype)) || (tag === 'BUTTON' && el.getAttribute('name') === 'add-to-cart')) c.shop++;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().trim();
  if (names.length === 0) return;
  if (SHOP.test(names) && CART.test(names)) c.shop++;
  if (SEARCH.test(names)) c.search++;
  if (FORUM.test(names)) c.forum++;
  if (DOCS.test(names)) c.docs++;
  if (BYLINE.test(names)) c.byline = true;
}

function noteRel(c: Census, el: Element, tag: string, rels: string[]): void {
  if (rels.includes('author')) {
    if (tag === 'A') c.authorAnchor ??= el;
    else c.authorLink ??= el;
  }
  if (tag === 'LINK' && rels.includes('canonical')) c.canonical ??= el;
}

function gather(c: Census, el: Element, tag: string): void {
  if (tag === 'META') {
    c.metas?.push(el);
  } else if (tag === 'SCRIPT') {
    if (c.jsonLd.length < JSON_LD_SCRIPTS && isJsonLd(el)) c.jsonLd.push(el);
  } else if (tag === 'BR') {
    if (c.breaks.length < LISTED) c.breaks.push(el);
  } else if (c.prose.length < LISTED && (tag === 'P' || tag === 'PRE' || (tag === 'DIV' && isTextDiv(el)))) {
    c.prose.push(el);
  }
}

/** Tags that make a block of their own inside a div: a div holding none of them is one paragraph. */
const BLOCK_CHILDREN = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'BLOCKQUOTE',
  'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FORM', 'IMG', 'SCRIPT', 'IFRAME', 'VIDEO', 'PICTURE', 'BR',
]);

/**
 * A div written as a paragraph: text and inline tags only, with text of its own ("<div class="article__text">…
 * </div>", as some agencies' CMS write every paragraph), or a div quoted in a blockquote. A div with a `<br>` is
 * left to the breaks below.
 */
function isTextDiv(el: Element): boolean {
  if (el.parentElement !== null && tagOf(el.parentElement) === 'BLOCKQUOTE') return true;
  let ownText = false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      if (BLOCK_CHILDREN.has(tagOf(n as Element))) return false;
    } else if (!ownText && n.nodeType === 3 && (n as Text).data.trim().length > 0) ownText = true;
  }
  return ownText;
}

export function takeCensus(doc: Document): Census {
  const c: Census = {
    articles: 0, h1s: 0, firstH1: null, firstArticle: null, firstMain: null, articleBody: null,
    firstTime: null, authorAnchor: null, authorLink: null, canonical: null, dated: false, byline: false,
    shop: 0, search: 0, forum: 0, docs: 0, code: 0, prose: [], breaks: [], jsonLd: [], metas: [],
  };
  const root = doc.documentElement;
  if (!root) return c;
  // Iterative, in document order: pages nest tens of thousands of elements deep.
  let el: Element | null = root;
  for (let seen = 0; el && seen < WALKED; seen++) {
    const tag = tagOf(el);
    if (seen < COUNTED) count(c, el, tag);
    gather(c, el, tag);
    const first: Element | null = el.firstElementChild;
    if (first) {
      el = first;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  if (el) c.metas = null;
  return c;
}
