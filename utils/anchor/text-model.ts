import { tagOf } from './tag-name';

/**
 * The page text model: one string that every selector, snapshot and highlight in Statement Lens counts in.
 *
 * Why a model of our own instead of `textContent`: textContent glues `<p>a</p><p>b</p>` into "ab" and keeps
 * the source's indentation, so offsets would depend on how a site formats its HTML. Here:
 * - text nodes are taken in document order, skipping script, style, noscript, template and similar;
 * - every run of white space (including no-break and thin spaces) becomes one " ";
 * - a block element's start and end become one "\n" (never two in a row, never at either end of the text);
 * - a space next to a "\n", at the start or at the end is dropped.
 * Offsets are UTF-16 code units of that string (what W3C TextPositionSelector counts in browsers).
 */

const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'SELECT', 'OPTION', 'DATALIST',
]);

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR',
  'UL', 'TEXTAREA', 'BUTTON', 'LABEL', 'INPUT', 'IMG', 'VIDEO', 'AUDIO', 'PICTURE',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

export function isWhiteSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function allWhiteSpace(data: string): boolean {
  for (let i = 0; i < data.length; i++) if (!isWhiteSpace(data.charCodeAt(i))) return false;
  return true;
}

/** Normalizes a free string the way the model normalizes page text (for quotes typed or stored elsewhere). */
export function normalizeText(raw: string): string {
  return raw.replace(/[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

/** Runs of white space the model writes as one space: a lone space already is one, and is left alone. */
const WHITE_SPACE_RUNS = /\s{2,}|[^\S ]/g;

interface Pending {
  space: boolean;
  brk: boolean;
}

interface TextEntry {
  node: Text;
  /** Model offset of the first character this node emitted (a separator it emitted included). */
  start: number;
  end: number;
  /** Pending separator state before the node: lets us replay its mapping on demand instead of storing it. */
  spaceBefore: boolean;
  breakBefore: boolean;
  /** Whether the model was empty before this node (a leading separator is then dropped). */
  emptyBefore: boolean;
}

export interface DomPosition {
  node: Text;
  offset: number;
}

export interface TextModel {
  readonly text: string;
  readonly root: Node;
  /** The [start, end) slice of the model an element's text occupies, or null if it emitted none. */
  rangeOf(element: Element): [number, number] | null;
  /** DOM position just before the model character at `offset` (or just after the last one at text.length). */
  positionAt(offset: number): DomPosition | null;
  /** A DOM Range over model [start, end), or null when the slice is empty or outside the model. */
  toRange(start: number, end: number): Range | null;
  /** Model offset of a DOM boundary point (as in a Range); null when the point is outside the root. */
  offsetOf(container: Node, offset: number): number | null;
}

/** Replays how one text node's characters land in the model: for each emitted char, its raw index. */
function replay(data: string, before: Pending, emptyBefore: boolean): { raw: number[]; after: Pending } {
  const raw: number[] = [];
  let { space, brk } = before;
  let empty = emptyBefore;
  for (let i = 0; i < data.length; i++) {
    if (isWhiteSpace(data.charCodeAt(i))) {
      space = true;
      continue;
    }
    if (!empty && (brk || space)) raw.push(i);
    raw.push(i);
    brk = false;
    space = false;
    empty = false;
  }
  return { raw, after: { space, brk } };
}

export function buildTextModel(root: Node): TextModel {
  const parts: string[] = [];
  let length = 0;
  const entries: TextEntry[] = [];
  const elementStarts = new Map<Element, number>();
  const elementEnds = new Map<Element, number>();
  const pending: Pending = { space: false, brk: false };

  const emitText = (node: Text): void => {
    const data = node.data;
    if (data.length === 0) return;
    // The white space between tags: most text nodes of a page, and nothing to copy.
    if (allWhiteSpace(data)) {
      pending.space = true;
      return;
    }
    const emptyBefore = length === 0;
    const start = length;
    // One native pass collapses every run of white space (JavaScript's \s is exactly isWhiteSpace's set): a
    // character loop that sliced at each space spent seconds, most of it collecting garbage, on a 20 MB page.
    const collapsed = data.replace(WHITE_SPACE_RUNS, ' ');
    const core = collapsed.trim();
    if (core.length === 0) {
      if (collapsed.length > 0) pending.space = true;
      return;
    }
    const spaceBefore = pending.space;
    const breakBefore = pending.brk;
    const separated = breakBefore || spaceBefore || collapsed.startsWith(' ');
    const out = length > 0 && separated ? (breakBefore ? '\n' : ' ') + core : core;
    pending.brk = false;
    pending.space = collapsed.endsWith(' ');
    parts.push(out);
    length += out.length;
    entries.push({ node, start, end: length, spaceBefore, breakBefore, emptyBefore });
  };

  // An explicit stack: pages with tens of thousands of nested elements must not overflow the call stack. An
  // element is pushed twice, the second time (marked in `exits`) to close it after its children.
  const stack: Node[] = [root];
  const exits: boolean[] = [false];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const exit = exits.pop()!;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      emitText(node as Text);
      continue;
    }
    if (type !== ELEMENT_NODE && type !== DOCUMENT_NODE && type !== FRAGMENT_NODE) continue;
    const element = type === ELEMENT_NODE ? (node as Element) : null;
    const tag = element ? tagOf(element) : '';
    if (exit) {
      if (element) elementEnds.set(element, length);
      if (BLOCKS.has(tag)) pending.brk = true;
      continue;
    }
    if (element && SKIPPED.has(tag)) continue;
    if (BLOCKS.has(tag)) pending.brk = true;
    if (element) elementStarts.set(element, length);
    stack.push(node);
    exits.push(true);
    for (let child = node.lastChild; child; child = child.previousSibling) {
      stack.push(child);
      exits.push(false);
    }
  }

  const text = parts.join('');
  // Only offsetOf needs it (a selection being described), so most builds never pay for it.
  let nodeIndex: Map<Node, number> | null = null;
  const entryIndexOfNode = (node: Node): number | undefined =>
    (nodeIndex ??= new Map<Node, number>(entries.map((entry, i) => [entry.node, i]))).get(node);

  /** Index of the entry holding model offset `offset` (start <= offset < end), by binary search. */
  const entryIndexAt = (offset: number): number => {
    let lo = 0;
    let hi = entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = entries[mid]!;
      if (offset < e.start) hi = mid - 1;
      else if (offset >= e.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };

  // The last replay is kept: a range's two ends, and the quotes of one paragraph, usually fall in one node,
  // and replaying a long text node for every lookup made drawing many highlights quadratic in its length.
  let replayed: { entry: TextEntry; raw: number[] } | null = null;
  const rawOf = (entry: TextEntry): number[] => {
    if (replayed?.entry !== entry) replayed = { entry, raw: replay(entry.node.data, { space: entry.spaceBefore, brk: entry.breakBefore }, entry.emptyBefore).raw };
    return replayed.raw;
  };

  const rawIndexOf = (entry: TextEntry, offset: number): number => rawOf(entry)[offset - entry.start] ?? entry.node.data.length;

  const positionAt = (offset: number): DomPosition | null => {
    if (offset < 0 || offset > length || entries.length === 0) return null;
    if (offset === length) {
      const last = entries[entries.length - 1]!;
      return { node: last.node, offset: last.node.data.length };
    }
    const index = entryIndexAt(offset);
    if (index < 0) return null;
    const entry = entries[index]!;
    // A separator the node emitted maps onto its first real character; start the range there.
    const ch = text[offset];
    const target = ch === ' ' || ch === '\n' ? offset + 1 : offset;
    if (target >= entry.end) return { node: entry.node, offset: entry.node.data.length };
    return { node: entry.node, offset: rawIndexOf(entry, target) };
  };

  const endPositionAt = (offset: number): DomPosition | null => {
    // The end boundary sits just after model char offset-1; a separator there maps onto the next node's first
    // character, so end after the real character before it instead.
    if (offset <= 0) return positionAt(0);
    const prev = text[offset - 1];
    if ((prev === ' ' || prev === '\n') && offset > 1) return endPositionAt(offset - 1);
    const index = entryIndexAt(offset - 1);
    if (index < 0) return null;
    const entry = entries[index]!;
    return { node: entry.node, offset: rawIndexOf(entry, offset - 1) + 1 };
  };

  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument;

  return {
    text,
    root,
    rangeOf(element) {
      const start = elementStarts.get(element);
      const end = elementEnds.get(element);
      if (start === undefined || end === undefined || end <= start) return null;
      // Skip the separator the element's first text emitted: it belongs between blocks, not to the element.
      const first = text[start];
      const from = first === '\n' || first === ' ' ? start + 1 : start;
      return from < end ? [from, end] : null;
    },
    positionAt,
    toRange(start, end) {
      if (!doc || start >= end || start < 0 || end > length) return null;
      const from = positionAt(start);
      const to = endPositionAt(end);
      if (!from || !to) return null;
      const range = doc.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
    offsetOf(container, offset) {
      if (container.nodeType === TEXT_NODE || container.nodeType === CDATA_NODE) {
        const index = entryIndexOfNode(container);
        if (index === undefined) return nearestOffset(container, 0);
        const entry = entries[index]!;
        const raw = rawOf(entry);
        // A separator shares the raw index of the character after it, and stands before that character.
        let emitted = 0;
        while (emitted < raw.length && (raw[emitted]! < offset || (raw[emitted] === offset && raw[emitted + 1] === offset))) {
          emitted++;
        }
        return entry.start + emitted;
      }
      const child = container.childNodes[offset];
      return child ? nearestOffset(child, 0) : nearestOffset(container, 1);
    },
  };

  /**
   * Offset of the first model text at or after `node` (side 0) or after all of it (side 1). Walks the DOM
   * forward from the node to the next text that emitted something: usually a step or two, where comparing the
   * node with every entry made a triple-click selection (element boundary points) cost seconds on a big page.
   */
  function nearestOffset(node: Node, side: 0 | 1): number | null {
    if (node !== root && !root.contains(node)) return null;
    let current: Node | null = side === 0 ? node : nextInOrder(node, true);
    while (current) {
      const index = entryIndexOfNode(current);
      if (index !== undefined) return entries[index]!.start;
      current = nextInOrder(current, false);
    }
    return length;
  }

  /** The node after `node` in document order within the root, optionally stepping over its descendants. */
  function nextInOrder(node: Node, skipChildren: boolean): Node | null {
    if (!skipChildren && node.firstChild) return node.firstChild;
    let current: Node | null = node;
    while (current && current !== root) {
      if (current.nextSibling) return current.nextSibling;
      current = current.parentNode;
    }
    return null;
  }
}
