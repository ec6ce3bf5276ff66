import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../../utils/anchor/text-model';
import { extractPage, snapshotArticle } from '../../../utils/extract';
import { articlePage, KNOWN_QUOTES, nestedTower } from '../../fixtures/hostile/generate';
import { documentOf, expectSoundExtraction, timed, URL } from './helpers';

/**
 * 50,000 nested elements. Browsers build such towers through DOM calls (their HTML parsers cap nesting), so the
 * tests do too. Anything recursive over the tree overflows the call stack here; the page side must not.
 */
const DEPTH = 50_000;
const DEEP_TEXT = `«${KNOWN_QUOTES.first} на глубине», — сказал аким Бауыржан Сарсенов.`;

function deepLinkedom(): { doc: Document; deepest: Element } {
  const doc = documentOf(articlePage({ after: '<div id="tower"></div>' }));
  const deepest = nestedTower(doc, doc.getElementById('tower')!, DEPTH, DEEP_TEXT);
  return { doc, deepest };
}

describe('50,000 nested elements', () => {
  it('the text model maps the deepest text both ways (linkedom)', () => {
    const { doc, deepest } = deepLinkedom();
    const { value: model, ms } = timed(() => buildTextModel(doc.body));
    expect(ms).toBeLessThan(5_000);
    const range = model.rangeOf(deepest);
    expect(range).not.toBeNull();
    expect(model.text.slice(range![0], range![1])).toBe(DEEP_TEXT);
    const position = model.positionAt(range![0]);
    expect(position?.node.parentNode).toBe(deepest);
    expect(model.offsetOf(deepest.firstChild!, 0)).toBe(range![0]);
  });

  it('the text model and its ranges work in happy-dom too', () => {
    const window = new Window({ url: URL });
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = '<p>Перед башней.</p><div id="tower"></div><p>После башни.</p>';
    const deepest = nestedTower(doc, doc.getElementById('tower')!, DEPTH, DEEP_TEXT);
    const model = buildTextModel(doc.body);
    const at = model.text.indexOf(DEEP_TEXT);
    expect(at).toBeGreaterThan(0);
    const range = model.toRange(at, at + DEEP_TEXT.length);
    expect(range?.toString()).toBe(DEEP_TEXT);
    expect(range?.startContainer.parentNode).toBe(deepest);
    expect(model.text.endsWith('После башни.')).toBe(true);
    // happy-dom tears a tree down recursively: dismantle the tower leaf first so closing cannot overflow.
    for (let node: Element | null = deepest; node && node.id !== 'tower'; ) {
      const parent: Element | null = node.parentElement;
      node.remove();
      node = parent;
    }
    void window.happyDOM.close();
  });

  it('snapshot and extraction finish, find the article around the tower and stay sound', () => {
    const { doc } = deepLinkedom();
    const { value: extraction, ms } = timed(() => extractPage(doc, URL, { budgetMs: 2_000 }));
    expect(ms).toBeLessThan(10_000);
    expect(extraction.isArticle).toBe(true);
    expectSoundExtraction(extraction, buildTextModel(doc.body).text);
    expect(extraction.quotes.some((q) => q.text.includes(KNOWN_QUOTES.second))).toBe(true);
    const snapshot = snapshotArticle(doc, URL);
    expect(snapshot.blocks.some((b) => b.text.includes(KNOWN_QUOTES.first))).toBe(true);
  });
});
