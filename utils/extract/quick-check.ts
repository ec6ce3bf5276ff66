import { forgetMetas, jsonLdScripts, metaContent } from './page-signals';

/**
 * The first look the content script takes at every page, and the only one on most pages: a few meta tags, the
 * JSON-LD types and the length of the first paragraphs. No dependency beyond page-signals, so the script that
 * runs everywhere stays a few kilobytes. It may let through a page that is not an article (`detectArticle` in
 * detect.ts then decides) but must not turn away one that is: a miss here is a miss for good.
 */

const ARTICLE_LD = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Reportage|Analysis|Opinion|Report|Background|Satirical)?Article"|"@type"\s*:\s*(?:\[[^\]]*)?"LiveBlogPosting"/;
/** Paragraphs read at most: prose shows early in an article, and a huge page must not cost more. */
const PARAGRAPHS_READ = 60;
const PROSE_CHARS = 120;
const PROSE_PARAGRAPHS = 3;

function declaresArticleInJsonLd(doc: Document): boolean {
  for (const script of jsonLdScripts(doc)) {
    if (ARTICLE_LD.test((script.textContent ?? '').slice(0, 20_000))) return true;
  }
  return false;
}

/** Several paragraphs long enough to be prose, not captions, links or card teasers. */
function hasProse(doc: Document): boolean {
  const paragraphs = doc.getElementsByTagName('p');
  let prose = 0;
  for (let i = 0; i < paragraphs.length && i < PARAGRAPHS_READ; i++) {
    if ((paragraphs[i]!.textContent?.length ?? 0) >= PROSE_CHARS && ++prose >= PROSE_PARAGRAPHS) return true;
  }
  return false;
}

export function quickArticleCheck(doc: Document): boolean {
  forgetMetas(doc);
  const ogType = metaContent(doc, 'og:type');
  if (ogType && /article/i.test(ogType)) return true;
  if (metaContent(doc, 'article:published_time')) return true;
  if (doc.querySelector('[itemprop="articleBody"]')) return true;
  if (declaresArticleInJsonLd(doc)) return true;
  if (hasProse(doc)) return true;
  // Older sites: no <p>, paragraphs as text between <br>s under a headline.
  return doc.getElementsByTagName('h1').length > 0 && doc.getElementsByTagName('br').length >= 6;
}
