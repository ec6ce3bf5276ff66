import { tagOf } from '../anchor/tag-name';

/**
 * Small DOM readers shared by detection and the snapshot: meta tags, JSON-LD types, and whether an element is
 * page furniture (navigation, comments, "read also", share bars) rather than article text.
 */

/**
 * The page's <meta> key → content pairs, the first of each key in document order. Read from <head> first, where
 * nearly every page writes them: the whole document is read only when a key is missing there (an itemprop
 * meta in the body), or handed over by the walk detection makes anyway (`noteMetas`).
 */
interface MetaIndex {
  map: Map<string, string>;
  /** Whether the map holds the whole document's metas, not only the head's. */
  complete: boolean;
}

const metaCache = new WeakMap<Document, MetaIndex>();

function indexOf(list: ArrayLike<Element>): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < list.length; i++) {
    const el = list[i]!;
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function metaIndex(doc: Document): MetaIndex {
  let index = metaCache.get(doc);
  if (!index) {
    index = doc.head ? { map: indexOf(doc.head.getElementsByTagName('meta')), complete: false } : wholeDocument(doc);
    metaCache.set(doc, index);
  }
  return index;
}

function wholeDocument(doc: Document): MetaIndex {
  return { map: indexOf(doc.getElementsByTagName('meta')), complete: true };
}

/**
 * Drops what was read of a document's meta tags. Each look at a live page starts with it: a single-page site
 * rewrites its meta tags when it shows the next article, and the answers of the last look would be stale.
 */
export function forgetMetas(doc: Document): void {
  metaCache.delete(doc);
}

/** The <meta> elements of the whole document, in order, from a walk that saw every element. */
export function noteMetas(doc: Document, metas: readonly Element[]): void {
  metaCache.set(doc, { map: indexOf(metas), complete: true });
}

export function metaContent(doc: Document, ...keys: string[]): string | null {
  let index = metaIndex(doc);
  for (const key of keys) {
    let v = index.map.get(key);
    // A key the head lacks may be in the body, and then it is the answer even if a later key is in the head.
    if (!v && !index.complete) {
      index = wholeDocument(doc);
      metaCache.set(doc, index);
      v = index.map.get(key);
    }
    if (v) return v;
  }
  return null;
}

/** JSON-LD blocks read at most: a page declares what it is in its first few. */
export const JSON_LD_SCRIPTS = 10;

export function isJsonLd(script: Element): boolean {
  return script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json';
}

/** The page's first ten JSON-LD blocks. (By tag: linkedom compiles a selector on every query.) */
export function jsonLdScripts(doc: Document): Element[] {
  const out: Element[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && out.length < JSON_LD_SCRIPTS; i++) {
    if (isJsonLd(scripts[i]!)) out.push(scripts[i]!);
  }
  return out;
}

/** The schema.org @type values of JSON-LD blocks (no JSON parse: a bad block must not throw). */
export function jsonLdTypes(scripts: readonly Element[]): string[] {
  const out: string[] = [];
  for (const script of scripts) {
    const text = (script.textContent ?? '').slice(0, 100_000);
    const re = /"@type"\s*:\s*(\[[^\]]{0,300}\]|"[^"]{0,80}")/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (const t of m[1]!.match(/[A-Za-z]+/g) ?? []) out.push(t);
    }
  }
  return out;
}

export const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report)$/;
export const NON_ARTICLE_TYPES = /^(CollectionPage|SearchResultsPage|ItemList|Product|Offer|AggregateOffer|DiscussionForumPosting|QAPage|FAQPage|ProfilePage|TechArticle|APIReference|Store|Organization)$/;

const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'MENU', 'DIALOG']);
const FURNITURE_ROLES = /^(navigation|complementary|contentinfo|banner|search|menu|menubar|dialog|toolbar)$/;
const FURNITURE_NAMES =
  /(^|[\s_-])(comments?|comment-list|disqus|related|share|sharing|social|tags?|tag-list|taglist|read-?also|readmore|read-more|see-also|also|teasers?|more-news|recommend\w*|subscribe|subscription|newsletter|promo|advert\w*|ads?|adv|banner|breadcrumbs?|sidebar|widget|popular|most-read|trending|onward\w*|more-on\w*|further-reading|up-next|sponsor\w*|promoted|partner-content|native-ad|author-bio|rating|poll|cookie\w*|footer|nav|navbar|menu|header-menu|pagination|pager|toolbar)($|[\s_-])/i;

/**
 * A paywall's box: furniture when it is the prompt to subscribe, not when it wraps the article for subscribers
 * (`<div class="paywall"><p>…</p>…</div>`, as The Diplomat writes it).
 */
const PAYWALL_NAMES = /(^|[\s_-])paywall($|[\s_-])/i;
const MAX_PAYWALL_PROMPT_CHARS = 400;

/** Navigation, comments, related links, share bars, tags, ads: never part of the article text. */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.test(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (names.length <= 1) return false;
  if (FURNITURE_NAMES.test(names)) return true;
  return PAYWALL_NAMES.test(names) && (el.textContent ?? '').length <= MAX_PAYWALL_PROMPT_CHARS && !meteredParagraph(el, names);
}

/**
 * `<p class="paywall">` after `<p class="paywall">`: a site that meters its article marks each of its paragraphs
 * so; a prompt to subscribe is one box.
 */
function meteredParagraph(el: Element, names: string): boolean {
  if (tagOf(el) !== 'P') return false;
  const sibling = (e: Element | null) => e !== null && tagOf(e) === 'P' && `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}` === names;
  return sibling(el.previousElementSibling) || sibling(el.nextElementSibling);
}
