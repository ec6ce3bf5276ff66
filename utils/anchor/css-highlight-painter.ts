import type { HighlightApi, HighlightLike, HighlightPainter } from './highlight-painter';
import { PUBLIC_LAYERS, customHighlightCss, highlightName, layerPriority, type HighlightLayer } from './highlight-styles';

/**
 * Draws through the CSS Custom Highlight API: the browser paints the ranges, the page's DOM is untouched but
 * for one <style> element, and selection, copy and layout of the page work as before. The registry is the
 * page's too, so only public layers (quotes, claims) are ever put in it; see PRIVATE_LAYERS.
 */
export class CssHighlightPainter implements HighlightPainter {
  readonly mode = 'css-highlights';
  private readonly layers = new Map<HighlightLayer, HighlightLike>();
  private readonly drawn = new Map<string, { layer: HighlightLayer; ranges: readonly Range[] }>();
  private readonly style: HTMLStyleElement;

  constructor(
    private readonly document: Document,
    private readonly api: HighlightApi,
  ) {
    for (const layer of PUBLIC_LAYERS) {
      const highlight = api.create();
      highlight.priority = layerPriority(layer);
      api.registry.set(highlightName(layer), highlight);
      this.layers.set(layer, highlight);
    }
    this.style = document.createElement('style');
    this.style.dataset.statementLens = 'highlights';
    this.style.textContent = customHighlightCss();
    (document.head ?? document.documentElement).appendChild(this.style);
  }

  draw(id: string, layer: HighlightLayer, ranges: readonly Range[]): void {
    this.erase(id);
    const highlight = this.layers.get(layer);
    if (!highlight) throw new Error(`"${layer}" is not drawn in the page's highlight registry`);
    for (const range of ranges) highlight.add(range);
    this.drawn.set(id, { layer, ranges });
  }

  erase(id: string): void {
    const old = this.drawn.get(id);
    if (!old) return;
    const highlight = this.layers.get(old.layer)!;
    for (const range of old.ranges) highlight.delete(range);
    this.drawn.delete(id);
  }

  refresh(): void {}

  owns(node: Node): boolean {
    return node === this.style || this.style.contains(node);
  }

  dispose(): void {
    for (const [layer, highlight] of this.layers) {
      highlight.clear();
      this.api.registry.delete(highlightName(layer));
    }
    this.layers.clear();
    this.drawn.clear();
    this.style.remove();
  }
}
