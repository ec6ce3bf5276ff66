// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeOffsets } from '../../../utils/anchor/describe';
import { PageHighlighter } from '../../../utils/anchor/highlights';
import { watchAnchors, type AnchorUpdate } from '../../../utils/anchor/live-anchors';
import { buildTextModel } from '../../../utils/anchor/text-model';
import type { TextAnchor } from '../../../utils/schemas';

const ARTICLE = `
  <article>
    <h1>Council passes 2027 budget</h1>
    <div class="body">
      <p id="p1">Riverside City Council approved a $412 million budget on Monday night after a five-hour debate.</p>
      <p id="p2">"The reserve fund is not a bottomless well. By 2029 it will be empty if nothing changes," Councillor Mark Oyelaran said.</p>
      <p id="p3">"Our forecasts are conservative," budget director Priya Natarajan told the council.</p>
    </div>
    <section id="comments"></section>
  </article>`;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function anchorOf(text: string): TextAnchor {
  const model = buildTextModel(document.body);
  const at = model.text.indexOf(text);
  if (at < 0) throw new Error(`not in page: ${text}`);
  return describeOffsets(model, at, at + text.length);
}

const RESERVE = 'The reserve fund is not a bottomless well.';
const FORECAST = 'Our forecasts are conservative,';

let controller: AbortController;
let updates: AnchorUpdate[];
const onUpdate = (u: AnchorUpdate): void => {
  updates.push(u);
};

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
  controller = new AbortController();
  updates = [];
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
  document.querySelectorAll('[data-statement-lens]').forEach((n) => n.remove());
});

describe('LiveAnchors', () => {
  it('anchors what it is given at once, with a DOM range over the quote', () => {
    const live = watchAnchors({ root: document.body, signal: controller.signal, onUpdate });
    const entry = live.set('n1', anchorOf(RESERVE));
    expect(entry.result).toMatchObject({ method: 'position' });
    expect(entry.range!.toString()).toBe(RESERVE);
    expect(live.get('n1')).toBe(entry);
    expect(updates).toHaveLength(0);
  });

  it('re-anchors once after a burst of mutations, with fresh ranges', async () => {
    const live = watchAnchors({ root: document.body, signal: controller.signal, onUpdate, debounceMs: 30 });
    live.set('reserve', anchorOf(RESERVE));
    live.set('forecast', anchorOf(FORECAST));
    const body = document.querySelector('.body')!;
    for (let i = 0; i < 5; i++) {
      const ad = document.createElement('div');
      ad.className = 'ad';
      ad.textContent = `Advertisement ${i}: mortgage rates from 5.9%`;
      body.insertBefore(ad, body.firstChild);
    }
    await sleep(100);
    expect(updates).toHaveLength(1);
    const [update] = updates;
    expect(update!.changed).toEqual(['reserve', 'forecast']);
    expect(update!.anchors.get('reserve')!.result).toMatchObject({ method: 'quote' });
    expect(update!.anchors.get('reserve')!.range!.toString()).toBe(RESERVE);
    expect(update!.anchors.get('forecast')!.range!.toString()).toBe(FORECAST);
    expect(live.model.text).toContain('Advertisement 4');
  });

  it('follows an edit inside a quote and reports an orphan when its paragraph goes', async () => {
    const live = watchAnchors({ root: document.body, signal: controller.signal, onUpdate, debounceMs: 10 });
    live.set('reserve', anchorOf(RESERVE));
    live.set('forecast', anchorOf(FORECAST));
    const p2 = document.getElementById('p2')!;
    p2.firstChild!.textContent = (p2.firstChild as Text).data.replace('bottomless', 'endless');
    await sleep(60);
    expect(updates.at(-1)!.anchors.get('reserve')!.result).toMatchObject({ method: 'fuzzy' });
    expect(updates.at(-1)!.anchors.get('reserve')!.range!.toString()).toBe('The reserve fund is not a endless well.');
    p2.remove();
    await sleep(60);
    const last = updates.at(-1)!;
    expect(last.changed).toEqual(['reserve', 'forecast']);
    expect(last.anchors.get('reserve')).toMatchObject({ range: null, result: { orphan: true } });
    expect(last.anchors.get('forecast')!.range!.toString()).toBe(FORECAST);
  });

  it('reading the model right after a change flushes the pending re-anchoring, once', async () => {
    const live = watchAnchors({ root: document.body, signal: controller.signal, onUpdate, debounceMs: 30 });
    live.set('reserve', anchorOf(RESERVE));
    const body = document.querySelector('.body')!;
    body.insertBefore(document.createElement('p'), body.firstChild).textContent = 'Just in: the vote is final.';
    expect(live.model.text).toContain('Just in: the vote is final.');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.anchors.get('reserve')!.range!.toString()).toBe(RESERVE);
    await sleep(80);
    expect(updates).toHaveLength(1);
    expect(live.model).toBe(updates[0]!.model);
  });

  it('ignores mutations inside nodes it is told are ours', async () => {
    const ours = document.createElement('div');
    ours.dataset.mine = '1';
    document.body.appendChild(ours);
    const ignore = (node: Node): boolean => node === ours || ours.contains(node);
    watchAnchors({ root: document.body, signal: controller.signal, onUpdate, debounceMs: 10, ignore }).set('r', anchorOf(RESERVE));
    ours.appendChild(document.createElement('span'));
    ours.textContent = 'drawn by us';
    ours.remove();
    await sleep(50);
    expect(updates).toHaveLength(0);
    document.getElementById('comments')!.textContent = 'First!';
    await sleep(50);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.changed).toEqual([]);
  });

  it('under a steady stream of mutations still updates within maxWaitMs', async () => {
    watchAnchors({ root: document.body, signal: controller.signal, onUpdate, debounceMs: 40, maxWaitMs: 80 }).set('r', anchorOf(RESERVE));
    const comments = document.getElementById('comments')!;
    for (let i = 0; i < 12; i++) {
      comments.appendChild(document.createElement('p')).textContent = `comment ${i}`;
      await sleep(15);
    }
    expect(updates.length).toBeGreaterThanOrEqual(1);
  });

  it('stops for good when the signal aborts: no observer, no pending timer, no update', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const live = watchAnchors({ root: document.body, signal: controller.signal, onUpdate, debounceMs: 30 });
    live.set('r', anchorOf(RESERVE));
    document.getElementById('comments')!.textContent = 'pending when aborted';
    await sleep(5);
    controller.abort();
    expect(disconnect).toHaveBeenCalled();
    expect(live.active).toBe(false);
    document.getElementById('p1')!.remove();
    await sleep(80);
    expect(updates).toHaveLength(0);
    live.refresh();
    expect(updates).toHaveLength(0);
    expect(live.get('r')).toBeUndefined();
  });

  it('does not even start observing with an already aborted signal', () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    controller.abort();
    const live = watchAnchors({ root: document.body, signal: controller.signal, onUpdate });
    expect(observe).not.toHaveBeenCalled();
    expect(live.active).toBe(false);
  });

  it('drawing highlights from onUpdate does not wake it again (with PageHighlighter.ownsNode)', async () => {
    const highlighter = new PageHighlighter(document);
    const draw = (u: AnchorUpdate): void => {
      updates.push(u);
      for (const { id, range } of u.anchors.values()) {
        if (range) highlighter.set(id, [range], 'speaker-1');
        else highlighter.remove(id);
      }
      highlighter.flash(u.anchors.values().next().value!.range!);
    };
    const live = watchAnchors({ root: document.documentElement, signal: controller.signal, onUpdate: draw, debounceMs: 10, ignore: (n) => highlighter.ownsNode(n) });
    live.set('r', anchorOf(RESERVE));
    document.getElementById('comments')!.textContent = 'A comment';
    await sleep(60);
    await sleep(60);
    expect(updates).toHaveLength(1);
    expect(highlighter.has('r')).toBe(true);
    highlighter.dispose();
  });
});
