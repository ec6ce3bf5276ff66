import { quickArticleCheck } from '../extract/detect';
import { snapshotArticle } from '../extract/snapshot';
import type { TextModel } from '../anchor/text-model';
import type { Message } from '../messages';

/**
 * What the content script does on every page: the cheap check first, and only on pages that pass it a
 * snapshot of the article's text for the background to extract from. Non-articles cost a few selector
 * lookups and one small message (the panel must be able to say "this is not an article").
 */
export async function reportPage(
  doc: Document,
  url: string,
  send: (message: Message) => Promise<unknown>,
  modelOf?: (root: Node) => TextModel,
): Promise<void> {
  if (!quickArticleCheck(doc)) {
    await send({ type: 'pageVisited', isArticle: false, url });
    return;
  }
  await send({ type: 'pageSnapshot', snapshot: snapshotArticle(doc, url, modelOf) });
}
