import type { Page } from 'playwright-core';

/** A viewport point on the first occurrence of `text` in the page, scrolled into view. */
export const pointOf = (page: Page, text: string) =>
  page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      // The first line box: the text may wrap, and the middle of its bounding box may fall between lines.
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${needle}" is not on the page`);
  }, text);
