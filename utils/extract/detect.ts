import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { findArticleBody, type BodyGuess } from './article-body';
import { takeCensus, type Census } from './page-census';
import { ARTICLE_TYPES, forgetMetas, jsonLdTypes, metaContent, NON_ARTICLE_TYPES, noteMetas } from './page-signals';
import { textPrefix } from './text-weights';

export { quickArticleCheck } from './quick-check';

/**
 * Is this page a news article? Two steps, because the content script runs on every page the user opens:
 * `quickArticleCheck` reads a few meta tags and counts a few elements (no text walk) and lets through
 * anything that might be an article; `detectArticle` weighs the page's signals only for pages that pass.
 */

export interface ArticleDetection {
  readonly isArticle: boolean;
  readonly score: number;
  /** The signals that moved the score, for debugging and tests ("+og:type", "-many-articles"). */
  readonly reasons: readonly string[];
  readonly body: BodyGuess | null;
  /** What the walk over the page's elements found, for the snapshot's metadata. */
  readonly census: Census;
}

// A month's name ends where no letter follows: \b knows only ASCII letters, and Cyrillic months never ended a word for it.
const DATE_IN_TEXT = /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|January|February|March|April|May|June|July|August|September|October|November|December|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)(?![a-zа-яёәғқңөұүһі])|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}\b|\d{4}-\d{2}-\d{2}/i;

const THRESHOLD = 4;

export function detectArticle(doc: Document): ArticleDetection {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, why: string) => {
    score += points;
    reasons.push((points > 0 ? '+' : '') + points + ' ' + why);
  };

  // The walk over the elements also finds the meta tags and JSON-LD blocks: asking the DOM for them would walk it
  // again. What it finds replaces what an earlier look read (a single-page site rewrites its meta tags).
  const census = takeCensus(doc);
  if (census.metas) noteMetas(doc, census.metas);
  else forgetMetas(doc);
  const ogType = metaContent(doc, 'og:type')?.toLowerCase() ?? '';
  if (ogType.includes('article')) add(2, 'og:type article');
  else if (ogType === 'website' || ogType === 'product' || ogType.startsWith('product')) add(-1, 'og:type ' + ogType);
  const types = jsonLdTypes(census.jsonLd);
  const articleType = types.some((t) => ARTICLE_TYPES.test(t));
  if (articleType) add(3, 'JSON-LD article');
  // An article's publisher is an Organization: that type tells a company's own page only where no article is typed.
  if (types.some((t) => NON_ARTICLE_TYPES.test(t) && (t !== 'Organization' || !articleType))) add(-3, 'JSON-LD non-article');
  if (metaContent(doc, 'article:published_time', 'datePublished')) add(1, 'published time');

  const articles = census.articles;
  if (articles >= 4) add(-3, 'many <article> (a list)');
  else if (articles >= 1) add(1, '<article>');
  const h1s = census.h1s;
  if (h1s === 1) add(1, 'one h1');
  else if (h1s === 0) add(-1, 'no h1');

  const body = findArticleBody(doc, census);
  if (!body) return { isArticle: false, score: score - 10, reasons: [...reasons, 'no body'], body: null, census };
  if (body.proseChars >= 1200) add(3, 'long prose');
  else if (body.proseChars >= 500) add(2, 'prose');
  else if (body.proseChars < 250) add(-4, 'little prose');
  if (body.paragraphs >= 4) add(1, 'paragraphs');

  const headBlock = census.firstH1?.parentElement;
  if (census.dated || (headBlock && DATE_IN_TEXT.test(textPrefix(headBlock, 2_000))) || DATE_IN_TEXT.test(textPrefix(body.root, 800))) add(1, 'date');
  if (census.byline || metaContent(doc, 'author')) add(1, 'byline');

  // Pages that are something else: shops, search results, forums, docs, wikis.
  if (census.shop > 0) add(-3, 'shop');
  if (census.search > 0) add(-3, 'search results');
  if (census.forum >= 2) add(-2, 'forum');
  if (census.docs > 0) add(-3, 'wiki/docs');
  if (census.code >= 3) add(-2, 'code');

  // Readability's own test walks the page again; it moves the score by one, so it is asked only when that decides.
  if (score === THRESHOLD - 1 || score === THRESHOLD) {
    if (isProbablyReaderable(doc, { visibilityChecker: () => true })) add(1, 'readerable');
    else add(-1, 'not readerable');
  }

  return { isArticle: score >= THRESHOLD, score, reasons, body, census };
}
