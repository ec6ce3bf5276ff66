import { SCHEMA_VERSION, type Extraction } from '../schemas';
import { quickArticleCheck } from './detect';
import { extractStatements, type ExtractOptions } from './extract';
import { snapshotArticle } from './snapshot';

export { extractStatements, type ExtractOptions } from './extract';
export { quickArticleCheck, detectArticle, type ArticleDetection } from './detect';
export { snapshotArticle } from './snapshot';

/** Detection, snapshot and extraction in one call, for the CLI, the evaluation and tests that hold a page. */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): Extraction {
  if (!quickArticleCheck(doc)) {
    return { schemaVersion: SCHEMA_VERSION, url, isArticle: false, language: 'other', title: doc.title ?? '', speakers: [], quotes: [], claims: [] };
  }
  return extractStatements(snapshotArticle(doc, url), options);
}
