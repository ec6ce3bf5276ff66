import { CssHighlightPainter } from './css-highlight-painter';
import { detectHighlightApi, type HighlightApi, type HighlightPainter } from './highlight-painter';
import { PRIVATE_LAYERS, PUBLIC_LAYERS, type HighlightLayer, type HighlightStyle } from './highlight-styles';
import { OverlayPainter } from './overlay-painter';
import { textClientRects } from './range-rects';

export type { HighlightStyle, SpeakerColour } from './highlight-styles';

export interface PageHighlighterOptions {
  /**
   * The CSS Custom Highlight API to use: detected from the document's window when left out; `null` forces the
   * overlay fallback. Tests pass a fake here.
   */
  highlightApi?: HighlightApi | null;
  /** How long a flash stays, in ms (default 1200). */
  flashMs?: number;
}

const FLASH_ID = '\u0000flash';

/**
 * Named highlight groups over DOM ranges: one group per quote or claim id, each drawn in one style. The page's
 * DOM structure is never changed (see the two painters for how each draws). Knows nothing about extension
 * APIs: the content script owns its lifetime and calls dispose() when its context is invalidated.
 *
 * Two painters: quotes and claims go to the CSS Custom Highlight API where there is one; the user's own
 * highlights, notes and flashes always go to the overlay, whose closed shadow root the page cannot read. The
 * overlay is made at once, drawn on or not, so its presence tells the page nothing about the user's notes.
 */
export class PageHighlighter {
  private readonly painter: HighlightPainter;
  private readonly privatePainter: HighlightPainter;
  private readonly groups = new Map<string, { ranges: readonly Range[]; style: HighlightStyle }>();
  private readonly flashTimers = new Set<ReturnType<typeof setTimeout>>();
  private flashCount = 0;
  private disposed = false;

  constructor(
    document: Document,
    private readonly options: PageHighlighterOptions = {},
  ) {
    const api = options.highlightApi === undefined ? detectHighlightApi(document.defaultView) : options.highlightApi;
    if (api) {
      this.painter = new CssHighlightPainter(document, api);
      this.privatePainter = new OverlayPainter(document, [...PRIVATE_LAYERS]);
    } else {
      this.painter = this.privatePainter = new OverlayPainter(document, [...PUBLIC_LAYERS, ...PRIVATE_LAYERS]);
    }
  }

  /** How quotes and claims are drawn: 'css-highlights' where the browser paints the ranges, else 'overlay'. */
  get mode(): HighlightPainter['mode'] {
    return this.painter.mode;
  }

  /** Draws (or redraws) a group; ranges of other groups are untouched. */
  set(id: string, ranges: readonly Range[], style: HighlightStyle): void {
    if (this.disposed) return;
    const kept = ranges.filter((r) => !r.collapsed);
    if (kept.length === 0) {
      this.remove(id);
      return;
    }
    const old = this.groups.get(id);
    if (old && this.painterFor(old.style) !== this.painterFor(style)) this.painterFor(old.style).erase(id);
    this.groups.set(id, { ranges: kept, style });
    this.painterFor(style).draw(id, style, kept);
  }

  remove(id: string): void {
    const old = this.groups.get(id);
    if (!old) return;
    this.groups.delete(id);
    this.painterFor(old.style).erase(id);
  }

  has(id: string): boolean {
    return this.groups.has(id);
  }

  /** Briefly marks a range (where a click in the side panel led); not a group, never returned by hitTest. */
  flash(range: Range): void {
    if (this.disposed || range.collapsed) return;
    const id = `${FLASH_ID}${this.flashCount++}`;
    this.privatePainter.draw(id, 'flash', [range]);
    const timer = setTimeout(() => {
      this.flashTimers.delete(timer);
      this.privatePainter.erase(id);
    }, this.options.flashMs ?? 1200);
    this.flashTimers.add(timer);
  }

  /**
   * The id of the group under a viewport point (clientX, clientY), or null. Where groups overlap (a claim
   * inside its quote) the one with the least text wins: it is the more specific target.
   */
  hitTest(x: number, y: number): string | null {
    let best: string | null = null;
    let bestLength = Infinity;
    for (const [id, { ranges }] of this.groups) {
      const hit = ranges.some((range) =>
        textClientRects(range).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
      );
      if (!hit) continue;
      const length = ranges.reduce((sum, r) => sum + r.toString().length, 0);
      if (length < bestLength) {
        best = id;
        bestLength = length;
      }
    }
    return best;
  }

  /** Re-measures the fallback's boxes after the page's layout changed. */
  refresh(): void {
    if (this.disposed) return;
    this.painter.refresh();
    if (this.privatePainter !== this.painter) this.privatePainter.refresh();
  }

  /** Whether a node is one the highlighter added (its <style> or overlay), for mutation observers to skip. */
  ownsNode(node: Node): boolean {
    return this.painter.owns(node) || this.privatePainter.owns(node);
  }

  clear(): void {
    for (const id of [...this.groups.keys()]) this.remove(id);
  }

  /** Removes everything the highlighter added to the page; the instance is unusable afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const timer of this.flashTimers) clearTimeout(timer);
    this.flashTimers.clear();
    this.groups.clear();
    this.painter.dispose();
    if (this.privatePainter !== this.painter) this.privatePainter.dispose();
  }

  private painterFor(layer: HighlightLayer): HighlightPainter {
    return PRIVATE_LAYERS.has(layer) ? this.privatePainter : this.painter;
  }
}
