import { tagOf } from '../anchor/tag-name';

/**
 * How much text a subtree holds, read in one walk instead of one `textContent` per element asked about: scoring
 * containers asks about a paragraph's parent and grandparent, each of which would read the same text again (and
 * build a string of it: on a 20 MB page, a 20 MB string per container).
 */

export interface TextWeight {
  /** Characters of text under the element, as `textContent` counts them. */
  chars: number;
  /** Those of them inside links. */
  linked: number;
}

/**
 * The text weight of `root` and of every element under it, or only of those `wanted` names (scoring asks about
 * a few containers: the others need no weight of their own, and a page has thousands).
 */
export function textWeights(root: Element, wanted?: ReadonlySet<Element>): Map<Element, TextWeight> {
  const weights = new Map<Element, TextWeight>();
  // The weighed elements open from `root` down to the one being read; a closed one adds its own to the one
  // around it. Links open around the text are kept the same way, so leaving an element asks no tag name.
  const open: TextWeight[] = [];
  const openElements: Element[] = [];
  const openLinks: Element[] = [];
  const enter = (el: Element) => {
    if (el === root || !wanted || wanted.has(el)) {
      const w = { chars: 0, linked: 0 };
      weights.set(el, w);
      open.push(w);
      openElements.push(el);
    }
    if (tagOf(el) === 'A') openLinks.push(el);
  };
  const leave = (el: Element) => {
    if (openElements[openElements.length - 1] === el) {
      openElements.pop();
      const w = open.pop()!;
      const parent = open[open.length - 1]!;
      parent.chars += w.chars;
      parent.linked += w.linked;
    }
    if (openLinks[openLinks.length - 1] === el) openLinks.pop();
  };

  enter(root);
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      // `length`, not `data.length`: a browser would copy each text node's string out of the DOM to measure it.
      const length = (node as CharacterData).length;
      const w = open[open.length - 1]!;
      w.chars += length;
      if (openLinks.length > 0) w.linked += length;
    } else if (node.nodeType === 1) {
      enter(node as Element);
      const first: Node | null = node.firstChild;
      if (first) {
        node = first;
        continue;
      }
      leave(node as Element);
    }
    let next: Node | null = node.nextSibling;
    while (!next) {
      const parent: Node | null = node.parentNode;
      if (!parent || parent === root) return weights;
      leave(parent as Element);
      node = parent;
      next = node.nextSibling;
    }
    node = next;
  }
  return weights;
}

/** The first `max` characters of an element's text, without reading the rest of it. */
export function textPrefix(el: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = el.firstChild;
  while (node && length < max) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      parts.push(data);
      length += data.length;
    } else if (node.nodeType === 1 && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    let next: Node | null = node.nextSibling;
    while (!next) {
      const parent: Node | null = node.parentNode;
      if (!parent || parent === el) return parts.join('').slice(0, max);
      node = parent;
      next = node.nextSibling;
    }
    node = next;
  }
  return parts.join('').slice(0, max);
}
