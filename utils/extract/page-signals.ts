/**
 * Small DOM readers shared by detection and the snapshot: meta tags, JSON-LD types, and whether an element is
 * page furniture (navigation, comments, "read also", share bars) rather than article text.
 */

const metaCache = new WeakMap<Document, Map<string, string>>();

/** All <meta> key → content pairs, read in one pass and kept per document. */
function metas(doc: Document): Map<string, string> {
  let map = metaCache.get(doc);
  if (!map) {
    map = new Map();
    const list = doc.getElementsByTagName('meta');
    for (let i = 0; i < list.length; i++) {
      const el = list[i]!;
      const content = el.getAttribute('content')?.trim();
      if (!content) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const key = el.getAttribute(attr);
        if (key && !map.has(key)) map.set(key, content);
      }
    }
    metaCache.set(doc, map);
  }
  return map;
}

export function metaContent(doc: Document, ...keys: string[]): string | null {
  const map = metas(doc);
  for (const key of keys) {
    const v = map.get(key);
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
  /(^|[\s_-])(comments?|comment-list|disqus|related|share|sharing|social|tags?|tag-list|taglist|read-?also|readmore|read-more|see-also|also|more-news|recommend\w*|subscribe|subscription|newsletter|promo|advert\w*|ads?|adv|banner|breadcrumbs?|sidebar|widget|popular|most-read|trending|author-bio|rating|poll|cookie\w*|paywall|footer|nav|navbar|menu|header-menu|pagination|pager|toolbar)($|[\s_-])/i;

/** Navigation, comments, related links, share bars, tags, ads: never part of the article text. */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.test(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.length > 1 && FURNITURE_NAMES.test(names);
}
