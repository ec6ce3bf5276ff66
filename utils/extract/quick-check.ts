import { metaContent } from './page-signals';

/**
 * The first look the content script takes at every page: a few meta tags and element counts, no text walk, and
 * no dependency beyond page-signals, so the content script that runs everywhere stays a few kilobytes. It lets
 * through anything that might be an article; `detectArticle` (detect.ts) decides for those.
 */
export function quickArticleCheck(doc: Document): boolean {
  const ogType = metaContent(doc, 'og:type');
  if (ogType && /article/i.test(ogType)) return true;
  if (metaContent(doc, 'article:published_time')) return true;
  if (doc.querySelector('article, [itemprop="articleBody"], script[type="application/ld+json"]')) return true;
  if (doc.querySelectorAll('p').length >= 4) return true;
  // Older sites: no <p>, paragraphs as text between <br>s under a headline.
  return doc.querySelector('h1') !== null && doc.querySelectorAll('br').length >= 6;
}
