import type { Page } from 'playwright-core';

/** A DOM node as CDP's DOM.getDocument returns it (only the fields read here). */
interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface OverlayState {
  /** Ranges drawn in our closed shadow roots, by layer ('note', 'flash', 'speaker-1', …): one per highlight. */
  drawn: Record<string, number>;
  /** Boxes of those ranges, one per line of text. */
  boxes: Record<string, number>;
  /** The hover tooltip's text while it is shown, else null. */
  tooltip: string | null;
  /** The label of the button next to a fresh selection while it is shown, else null. */
  button: string | null;
}

const attribute = (node: CdpNode, name: string): string | null => {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? '';
  return null;
};

const textOf = (node: CdpNode): string =>
  node.nodeType === 3 ? (node.nodeValue ?? '') : (node.children ?? []).map(textOf).join('');

/**
 * What Statement Lens draws inside its closed shadow roots. No page script (nor Playwright's selectors) can
 * open them; the DevTools protocol can, which is what a test needs to see that the overlay drew at all.
 */
export async function overlayState(page: Page): Promise<OverlayState> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const state: OverlayState = { drawn: {}, boxes: {}, tooltip: null, button: null };
    const add = (counts: Record<string, number>, layer: string) => (counts[layer] = (counts[layer] ?? 0) + 1);
    const visit = (node: CdpNode, inShadow: boolean): void => {
      const classes = (attribute(node, 'class') ?? '').split(/\s+/);
      if (inShadow && classes[0] === 'box' && classes[1]) add(state.boxes, classes[1]);
      if (inShadow && classes[0] === 'group') {
        const layer = (node.children ?? []).map((box) => (attribute(box, 'class') ?? '').split(/\s+/)[1]).find(Boolean);
        if (layer) add(state.drawn, layer);
      }
      if (inShadow && classes.includes('tip') && attribute(node, 'hidden') === null) state.tooltip = textOf(node);
      if (inShadow && classes.includes('button') && attribute(node, 'hidden') === null) state.button = textOf(node);
      for (const child of node.children ?? []) visit(child, inShadow);
      for (const shadow of node.shadowRoots ?? []) visit(shadow, true);
    };
    visit(root, false);
    return state;
  } finally {
    await cdp.detach();
  }
}

/**
 * Sizes of our highlight layers as the page sees them (CSS.highlights is one registry per document): quotes and
 * claims are drawn there, the reader's own annotations never are.
 */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('statement-lens-')) sizes[name] = highlight.size;
    });
    return sizes;
  });
}
