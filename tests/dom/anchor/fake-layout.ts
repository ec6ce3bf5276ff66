import { vi } from 'vitest';

/**
 * happy-dom does no layout: every rect is empty. This gives each text node of the document a line of its
 * own (20 px apart, in document order) and each character 8 px, enough to test drawing and hit-testing.
 */
export const CHAR = 8;
export const LINE = 20;

export interface FakeLayout {
  restore(): void;
  pointIn(node: Text, offset: number): { x: number; y: number };
  /** Moves all text right, as a layout change (a sidebar opening) would. */
  shift(dx: number): void;
}

export function fakeTextLayout(document: Document): FakeLayout {
  let left = 0;
  const lineOf = (node: Node): number => {
    const walker = document.createTreeWalker(document.body, 4);
    let line = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode(), line++) if (n === node) return line;
    return -1;
  };
  const spy = vi.spyOn(document.defaultView!.Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    if (this.startContainer !== this.endContainer || this.startContainer.nodeType !== 3) return [] as unknown as DOMRectList;
    const line = lineOf(this.startContainer);
    const rect = new DOMRect(left + this.startOffset * CHAR, line * LINE, (this.endOffset - this.startOffset) * CHAR, LINE - 4);
    return [rect] as unknown as DOMRectList;
  });
  return {
    restore: () => spy.mockRestore(),
    pointIn: (node, offset) => ({ x: left + offset * CHAR + CHAR / 2, y: lineOf(node) * LINE + 8 }),
    shift: (dx) => {
      left += dx;
    },
  };
}
