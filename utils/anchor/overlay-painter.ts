import type { HighlightPainter } from './highlight-painter';
import { HIGHLIGHT_LAYERS, overlayCss, type HighlightLayer } from './highlight-styles';
import { textClientRects } from './range-rects';

/**
 * Boxes over the text of ranges, in one host element at the end of <html>: how the user's own highlights and
 * notes are always drawn (the page could read them from CSS.highlights), and everything else where the CSS
 * Custom Highlight API is missing (Firefox before 140, older Safari, happy-dom).
 *
 * - The boxes live in a closed shadow root: page scripts cannot reach them and page CSS cannot restyle them.
 * - Nothing the page can measure depends on what is drawn: the host is 0×0, and the boxes sit in a clipping
 *   box sized to the page's own scroll area (which the page knows anyway). Unclipped, the host's scrollWidth and
 *   scrollHeight would give away the right and bottom edges of the lowest box. That size is measured at start
 *   and on every refresh (resizes, the page's own mutations), never because something was drawn.
 * - `pointer-events: none` everywhere: clicks and selection go to the page's text underneath.
 * - Boxes are placed relative to the host's own box, measured at draw time, so they stay right whatever
 *   positioning the page gives <html> or <body>, and scrolling moves them with the text for free.
 * - Layout moves text without any DOM mutation (an image or a web font loading above it, a window resize):
 *   a ResizeObserver on <html> and <body> and the window's resize event re-measure, once per frame; other
 *   moves need `refresh()`.
 * The page's own elements are never wrapped or split, unlike `<mark>`-based highlighters.
 */
export class OverlayPainter implements HighlightPainter {
  readonly mode = 'overlay';
  private readonly host: HTMLElement;
  private readonly clip: HTMLElement;
  private readonly layerElements = new Map<HighlightLayer, HTMLElement>();
  private readonly drawn = new Map<string, { layer: HighlightLayer; ranges: readonly Range[]; group: HTMLElement }>();
  private readonly view: Window | null;
  private frame: number | null = null;
  private readonly resizeObserver: ResizeObserver | null = null;
  private readonly onResize = (): void => {
    if (this.frame !== null || !this.view) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = null;
      this.refresh();
    });
  };

  constructor(
    private readonly document: Document,
    layers: readonly HighlightLayer[] = HIGHLIGHT_LAYERS,
  ) {
    this.host = document.createElement('div');
    this.host.dataset.statementLens = 'highlights';
    for (const [name, value] of [['position', 'absolute'], ['left', '0'], ['top', '0'], ['width', '0'], ['height', '0'],
      ['overflow', 'visible'], ['pointer-events', 'none'], ['z-index', '2147483646'], ['display', 'block']] as const) {
      this.host.style.setProperty(name, value, 'important');
    }
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = overlayCss();
    this.clip = document.createElement('div');
    this.clip.className = 'clip';
    shadow.append(style, this.clip);
    for (const layer of layers) {
      const element = document.createElement('div');
      element.className = `layer layer-${layer}`;
      this.clip.appendChild(element);
      this.layerElements.set(layer, element);
    }
    document.documentElement.appendChild(this.host);
    this.view = document.defaultView;
    this.fitClip();
    this.view?.addEventListener('resize', this.onResize);
    const Observer = (this.view as (Window & typeof globalThis) | null)?.ResizeObserver;
    if (typeof Observer === 'function') {
      const observer = new Observer(this.onResize);
      observer.observe(document.documentElement);
      if (document.body) observer.observe(document.body);
      this.resizeObserver = observer;
    }
  }

  draw(id: string, layer: HighlightLayer, ranges: readonly Range[]): void {
    this.erase(id);
    const element = this.layerElements.get(layer);
    if (!element) throw new Error(`this overlay does not draw "${layer}"`);
    const group = this.document.createElement('div');
    group.className = 'group';
    element.appendChild(group);
    this.drawn.set(id, { layer, ranges, group });
    this.paint(group, layer, ranges);
  }

  erase(id: string): void {
    this.drawn.get(id)?.group.remove();
    this.drawn.delete(id);
  }

  refresh(): void {
    this.fitClip();
    for (const { layer, ranges, group } of this.drawn.values()) this.paint(group, layer, ranges);
  }

  owns(node: Node): boolean {
    return node === this.host || this.host.contains(node);
  }

  dispose(): void {
    this.view?.removeEventListener('resize', this.onResize);
    this.resizeObserver?.disconnect();
    if (this.frame !== null) this.view?.cancelAnimationFrame(this.frame);
    this.drawn.clear();
    this.host.remove();
  }

  /**
   * Sizes the clipping box to the page's scroll area from the host's origin. Measured with the box hidden, or
   * it would hold the page at its old size after the page shrinks.
   */
  private fitClip(): void {
    const scroller = this.document.scrollingElement ?? this.document.documentElement;
    this.clip.style.display = 'none';
    const origin = this.host.getBoundingClientRect();
    const left = origin.left + (this.view?.scrollX ?? 0);
    const top = origin.top + (this.view?.scrollY ?? 0);
    const width = Math.max(0, scroller.scrollWidth - left);
    const height = Math.max(0, scroller.scrollHeight - top);
    this.clip.style.display = '';
    this.clip.style.width = `${width}px`;
    this.clip.style.height = `${height}px`;
  }

  private paint(group: HTMLElement, layer: HighlightLayer, ranges: readonly Range[]): void {
    const origin = this.host.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    for (const range of ranges) {
      for (const rect of textClientRects(range)) {
        const box = this.document.createElement('div');
        box.className = `box ${layer}`;
        box.style.left = `${rect.left - origin.left}px`;
        box.style.top = `${rect.top - origin.top}px`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
        boxes.push(box);
      }
    }
    group.replaceChildren(...boxes);
  }
}
