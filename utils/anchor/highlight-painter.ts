import type { HighlightLayer } from './highlight-styles';

/** What PageHighlighter needs from a way of drawing: one group of ranges per id, on one layer. */
export interface HighlightPainter {
  readonly mode: 'css-highlights' | 'overlay';
  draw(id: string, layer: HighlightLayer, ranges: readonly Range[]): void;
  erase(id: string): void;
  /** Re-measures after layout changed; nothing to do where the browser paints the ranges itself. */
  refresh(): void;
  /** Whether a node belongs to the painter (so mutation watchers can ignore what it adds). */
  owns(node: Node): boolean;
  dispose(): void;
}

/** The part of the CSS Custom Highlight API we use, so tests can pass a fake where the DOM lacks it. */
export interface HighlightLike {
  priority: number;
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
}

export interface HighlightApi {
  registry: { set(name: string, highlight: HighlightLike): unknown; delete(name: string): boolean };
  create(): HighlightLike;
}

/**
 * The API when the page's window has it, else null: Chromium 105+, Safari 17.2+, Firefox 140+ (the registry;
 * web-features lists the complete feature from Firefox 149: what 140–148 render is for the e2e checks to show).
 */
export function detectHighlightApi(view: (Window & typeof globalThis) | null | undefined): HighlightApi | null {
  const registry = view?.CSS?.highlights;
  const Ctor = view?.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, create: () => new Ctor() };
}
