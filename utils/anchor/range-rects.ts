const SHOW_TEXT = 4;
const TEXT_NODE = 3;

/**
 * The client rects of a range's text only. `Range.getClientRects()` also returns the border box of every
 * element the range fully contains, so a quote with a <b> inside would be painted twice and a block's whole
 * width would count as "on the quote" when hit-testing.
 */
export function textClientRects(range: Range): DOMRect[] {
  const start = range.startContainer;
  const doc = start.nodeType === 9 ? (start as Document) : start.ownerDocument;
  if (!doc || range.collapsed) return [];
  const root = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (root.nodeType === TEXT_NODE) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (range.intersectsNode(node)) texts.push(node as Text);
    }
  }
  const rects: DOMRect[] = [];
  for (const text of texts) {
    const part = doc.createRange();
    part.setStart(text, text === range.startContainer ? range.startOffset : 0);
    part.setEnd(text, text === range.endContainer ? range.endOffset : text.data.length);
    if (part.collapsed) continue;
    for (const rect of Array.from(part.getClientRects())) {
      if (rect.width > 0 && rect.height > 0) rects.push(rect);
    }
  }
  return rects;
}
