// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectHighlightApi, type HighlightApi, type HighlightLike } from '../../../utils/anchor/highlight-painter';
import { PUBLIC_LAYERS, highlightName } from '../../../utils/anchor/highlight-styles';
import { PageHighlighter } from '../../../utils/anchor/highlights';
import { buildTextModel, type TextModel } from '../../../utils/anchor/text-model';
import { fakeTextLayout } from './fake-layout';

const ARTICLE = `
  <article>
    <h1>Mayor rejects fare rise</h1>
    <p id="quote">"We will not raise bus fares this year, and we will not balance this budget on the backs of riders," the mayor said.</p>
    <p id="other">Councillor Oyelaran said the reserve could not carry the transit system for long.</p>
  </article>`;

let model: TextModel;
const rangeOf = (text: string): Range => {
  const at = model.text.indexOf(text);
  if (at < 0) throw new Error(`not in page: ${text}`);
  return model.toRange(at, at + text.length)!;
};

/** Captures closed shadow roots so the test can look at what the overlay drew. */
function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = ARTICLE;
  model = buildTextModel(document.body);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.querySelectorAll('[data-statement-lens]').forEach((n) => n.remove());
});

describe('PageHighlighter without the CSS Custom Highlight API (overlay fallback)', () => {
  it('is what happy-dom gets: feature detection finds no CSS.highlights', () => {
    expect(detectHighlightApi(window)).toBeNull();
    const highlighter = new PageHighlighter(document);
    expect(highlighter.mode).toBe('overlay');
    highlighter.dispose();
  });

  it('draws boxes in a closed shadow root and leaves the page DOM as it was', () => {
    const layout = fakeTextLayout(document);
    const roots = captureShadowRoots();
    const before = document.body.innerHTML;
    const highlighter = new PageHighlighter(document);
    const quote = rangeOf('We will not raise bus fares this year');
    highlighter.set('q1', [quote], 'speaker-2');
    expect(document.body.innerHTML).toBe(before);
    const host = document.querySelector('[data-statement-lens="highlights"]') as HTMLElement;
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(host.style.getPropertyValue('pointer-events')).toBe('none');
    const boxes = roots[0]!.querySelectorAll('.layer-speaker-2 .box');
    expect(boxes).toHaveLength(1);
    expect((boxes[0] as HTMLElement).style.width).toBe(`${'We will not raise bus fares this year'.length * 8}px`);
    highlighter.dispose();
    layout.restore();
  });

  it('draws one box per line of text, not the border boxes of whole elements inside the range', () => {
    const layout = fakeTextLayout(document);
    const roots = captureShadowRoots();
    document.getElementById('other')!.innerHTML = 'Councillor <b>Oyelaran</b> said the reserve could not carry the transit system.';
    model = buildTextModel(document.body);
    const highlighter = new PageHighlighter(document);
    highlighter.set('o', [rangeOf('Councillor Oyelaran said')], 'speaker-0');
    expect(roots[0]!.querySelectorAll('.layer-speaker-0 .box')).toHaveLength(3);
    highlighter.dispose();
    layout.restore();
  });

  it('hitTest maps a point to the group under it, the most specific where groups overlap', () => {
    const layout = fakeTextLayout(document);
    const highlighter = new PageHighlighter(document);
    highlighter.set('quote-1', [rangeOf('We will not raise bus fares this year, and we will not balance this budget on the backs of riders,')], 'speaker-1');
    highlighter.set('claim-1', [rangeOf('We will not raise bus fares this year')], 'claim');
    const text = document.getElementById('quote')!.firstChild as Text;
    const inClaim = layout.pointIn(text, 5);
    const inQuoteOnly = layout.pointIn(text, 60);
    const outside = layout.pointIn(text, 110);
    expect(highlighter.hitTest(inClaim.x, inClaim.y)).toBe('claim-1');
    expect(highlighter.hitTest(inQuoteOnly.x, inQuoteOnly.y)).toBe('quote-1');
    expect(highlighter.hitTest(outside.x, outside.y)).toBeNull();
    const other = layout.pointIn(document.getElementById('other')!.firstChild as Text, 3);
    expect(highlighter.hitTest(other.x, other.y)).toBeNull();
    highlighter.remove('claim-1');
    expect(highlighter.hitTest(inClaim.x, inClaim.y)).toBe('quote-1');
    highlighter.dispose();
    layout.restore();
  });

  it('set replaces a group, remove and clear erase, collapsed ranges draw nothing', () => {
    const layout = fakeTextLayout(document);
    const roots = captureShadowRoots();
    const highlighter = new PageHighlighter(document);
    highlighter.set('q', [rangeOf('We will not')], 'speaker-0');
    highlighter.set('q', [rangeOf('bus fares')], 'speaker-3');
    const shadow = roots[0]!;
    expect(shadow.querySelectorAll('.layer-speaker-0 .box')).toHaveLength(0);
    expect(shadow.querySelectorAll('.layer-speaker-3 .box')).toHaveLength(1);
    highlighter.set('c', [rangeOf('the reserve')], 'claim');
    highlighter.remove('q');
    expect(highlighter.has('q')).toBe(false);
    expect(shadow.querySelectorAll('.box')).toHaveLength(1);
    highlighter.clear();
    expect(shadow.querySelectorAll('.box')).toHaveLength(0);
    const empty = document.createRange();
    highlighter.set('e', [empty], 'claim');
    expect(highlighter.has('e')).toBe(false);
    highlighter.dispose();
    layout.restore();
  });

  it('flash draws a box that goes away by itself and is never hit-tested', () => {
    vi.useFakeTimers();
    const layout = fakeTextLayout(document);
    const roots = captureShadowRoots();
    const highlighter = new PageHighlighter(document, { flashMs: 500 });
    const range = rangeOf('the mayor said');
    highlighter.flash(range);
    expect(roots[0]!.querySelectorAll('.layer-flash .box')).toHaveLength(1);
    const point = layout.pointIn(range.startContainer as Text, range.startOffset + 1);
    expect(highlighter.hitTest(point.x, point.y)).toBeNull();
    vi.advanceTimersByTime(500);
    expect(roots[0]!.querySelectorAll('.layer-flash .box')).toHaveLength(0);
    highlighter.dispose();
    layout.restore();
  });

  it('refresh re-measures boxes after the layout changed', () => {
    const layout = fakeTextLayout(document);
    const roots = captureShadowRoots();
    const highlighter = new PageHighlighter(document);
    const range = rangeOf('bus fares');
    highlighter.set('q', [range], 'speaker-0');
    const box = (): HTMLElement => roots[0]!.querySelector('.layer-speaker-0 .box') as HTMLElement;
    const left = box().style.left;
    layout.shift(100);
    highlighter.refresh();
    expect(box().style.left).toBe(`${parseFloat(left) + 100}px`);
    highlighter.dispose();
    layout.restore();
  });

  it('re-measures when the layout moves without a mutation (ResizeObserver on <html> and <body>)', async () => {
    const observed: Node[] = [];
    let notify: () => void = () => {};
    let disconnected = false;
    class FakeResizeObserver {
      constructor(callback: () => void) {
        notify = callback;
      }
      observe(target: Node): void {
        observed.push(target);
      }
      disconnect(): void {
        disconnected = true;
      }
    }
    const view = document.defaultView as unknown as { ResizeObserver: unknown };
    const original = view.ResizeObserver;
    view.ResizeObserver = FakeResizeObserver;
    const layout = fakeTextLayout(document);
    const roots = captureShadowRoots();
    const highlighter = new PageHighlighter(document);
    expect(observed).toEqual([document.documentElement, document.body]);
    highlighter.set('q', [rangeOf('bus fares')], 'speaker-0');
    const box = (): HTMLElement => roots[0]!.querySelector('.layer-speaker-0 .box') as HTMLElement;
    const left = parseFloat(box().style.left);
    layout.shift(40);
    notify();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(parseFloat(box().style.left)).toBe(left + 40);
    highlighter.dispose();
    expect(disconnected).toBe(true);
    view.ResizeObserver = original;
    layout.restore();
  });

  it('dispose removes everything it added and cancels pending flashes', () => {
    vi.useFakeTimers();
    const highlighter = new PageHighlighter(document);
    highlighter.set('q', [rangeOf('bus fares')], 'speaker-0');
    highlighter.flash(rangeOf('the mayor said'));
    highlighter.dispose();
    expect(document.querySelector('[data-statement-lens]')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    highlighter.set('q', [rangeOf('bus fares')], 'speaker-0');
    expect(document.querySelector('[data-statement-lens]')).toBeNull();
    highlighter.dispose();
  });

  it('ownsNode tells its own nodes from the page', () => {
    const highlighter = new PageHighlighter(document);
    expect(highlighter.ownsNode(document.querySelector('[data-statement-lens]')!)).toBe(true);
    expect(highlighter.ownsNode(document.getElementById('quote')!)).toBe(false);
    highlighter.dispose();
  });
});

class FakeHighlight extends Set<AbstractRange> implements HighlightLike {
  priority = 0;
}

function fakeApi(): { api: HighlightApi; registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  return {
    registry,
    api: {
      registry: {
        set: (name, h) => registry.set(name, h as FakeHighlight),
        delete: (name) => registry.delete(name),
      },
      create: () => new FakeHighlight(),
    },
  };
}

describe('PageHighlighter with the CSS Custom Highlight API', () => {
  it('detects the API on a window that has it', () => {
    const view = { CSS: { highlights: new Map() }, Highlight: FakeHighlight } as unknown as Window & typeof globalThis;
    expect(detectHighlightApi(view)).not.toBeNull();
  });

  it('registers one highlight per speaker colour and claims, with one <style> of ::highlight rules', () => {
    const { api, registry } = fakeApi();
    const before = document.body.innerHTML;
    const highlighter = new PageHighlighter(document, { highlightApi: api });
    expect(highlighter.mode).toBe('css-highlights');
    expect([...registry.keys()]).toEqual(PUBLIC_LAYERS.map(highlightName));
    expect([...registry.keys()]).toContain('statement-lens-speaker-7');
    expect(registry.get('statement-lens-claim')!.priority).toBeGreaterThan(registry.get('statement-lens-speaker-0')!.priority);
    const styles = document.querySelectorAll('style[data-statement-lens]');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toContain('::highlight(statement-lens-speaker-7)');
    expect(styles[0]!.textContent).toContain('::highlight(statement-lens-claim) { text-decoration: underline');
    expect(styles[0]!.textContent).not.toMatch(/note|flash/);
    highlighter.set('q', [rangeOf('bus fares')], 'speaker-4');
    expect(document.body.innerHTML).toBe(before);
    highlighter.dispose();
  });

  it('adds, moves and removes ranges in the right named highlight', () => {
    vi.useFakeTimers();
    const { api, registry } = fakeApi();
    const highlighter = new PageHighlighter(document, { highlightApi: api, flashMs: 100 });
    const a = rangeOf('bus fares');
    const b = rangeOf('the reserve');
    highlighter.set('q', [a], 'speaker-4');
    highlighter.set('c', [b], 'claim');
    expect([...registry.get('statement-lens-speaker-4')!]).toEqual([a]);
    expect([...registry.get('statement-lens-claim')!]).toEqual([b]);
    highlighter.set('q', [a], 'speaker-5');
    expect(registry.get('statement-lens-speaker-4')!.size).toBe(0);
    expect(registry.get('statement-lens-speaker-5')!.size).toBe(1);
    highlighter.remove('c');
    expect(registry.get('statement-lens-claim')!.size).toBe(0);
    highlighter.dispose();
    expect(registry.size).toBe(0);
    expect(document.querySelector('[data-statement-lens]')).toBeNull();
  });

  it("draws the user's highlights, notes and flashes in the closed overlay, never in the page's registry", () => {
    vi.useFakeTimers();
    const layout = fakeTextLayout(document);
    const roots = captureShadowRoots();
    const { api, registry } = fakeApi();
    const highlighter = new PageHighlighter(document, { highlightApi: api, flashMs: 100 });
    // The overlay is there before anything private is drawn: its arrival would tell the page a note exists.
    const host = document.querySelector('div[data-statement-lens="highlights"]') as HTMLElement;
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    const outside = document.documentElement.outerHTML;
    const shadow = roots[0]!;

    const mine = rangeOf('the reserve could not carry');
    highlighter.set('n1', [mine], 'note');
    highlighter.flash(rangeOf('the mayor said'));
    const everything = () => [...registry.values()].flatMap((h) => [...h]);
    expect(everything()).toEqual([]);
    expect([...registry.keys()].filter((name) => /note|flash/.test(name))).toEqual([]);
    expect(shadow.querySelectorAll('.layer-note .box')).toHaveLength(1);
    expect(shadow.querySelectorAll('.layer-flash .box')).toHaveLength(1);
    expect(document.documentElement.outerHTML).toBe(outside);

    // Hover and click still find the note, whichever painter drew it.
    const point = layout.pointIn(mine.startContainer as Text, mine.startOffset + 1);
    expect(highlighter.hitTest(point.x, point.y)).toBe('n1');

    // A group that changes style moves between painters without leaving a copy behind.
    highlighter.set('n1', [mine], 'speaker-2');
    expect(shadow.querySelectorAll('.layer-note .box')).toHaveLength(0);
    expect(registry.get('statement-lens-speaker-2')!.size).toBe(1);
    highlighter.set('n1', [mine], 'note');
    expect(registry.get('statement-lens-speaker-2')!.size).toBe(0);
    expect(shadow.querySelectorAll('.layer-note .box')).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(shadow.querySelectorAll('.layer-flash .box')).toHaveLength(0);
    expect(highlighter.ownsNode(host)).toBe(true);
    highlighter.dispose();
    expect(document.querySelector('[data-statement-lens]')).toBeNull();
    layout.restore();
  });
});
