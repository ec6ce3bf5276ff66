import fc from 'fast-check';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/extract';
import { textPrefix, textWeights } from '../../../utils/extract/text-weights';
import { expectSoundExtraction, modelText, timed } from './helpers';

/**
 * Whole pages of arbitrary markup through the path the CLI takes (detection, snapshot, extraction), where the
 * snapshot-level fuzzing never looks: meta tags, JSON-LD, class names that mark furniture, nesting the body
 * search climbs through. Bounded in count and size to stay within seconds on a two-core machine.
 */
const RUNS = 150;
const PER_RUN_MS = 2_000;

const TEXTS = [
  '— Мы построим 300 школ до 2030 года, — сказал Президент Касым-Жомарт Токаев.',
  'Глава государства подчеркнул, что работа полиции должна быть прозрачной.',
  '"We will cut the deficit by half," Finance Minister John Smith said on Tuesday.',
  '«Бұл маңызды шешім», — деді министр Асқар Жұмағалиев.',
  'Читайте также: новости дня', 'Фото: пресс-служба Акорды', '17 марта 2021', '«', '»', '"', ' - ', '\u00a0', '',
  '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '-'.repeat(300), '«'.repeat(200),
];
const CLASSES = ['', 'article', 'news-text', 'comments', 'related', 'share', 'caption', 'lead', 'byline', 'nav', 'sidebar', 'search-results', 'product', 'read-also'];
const TAGS = ['p', 'div', 'section', 'article', 'main', 'aside', 'nav', 'footer', 'span', 'a', 'b', 'br', 'h1', 'h2', 'blockquote', 'figure', 'figcaption', 'ul', 'li', 'time', 'script', 'style', 'pre', 'table', 'td', 'font'];

type Tree = { tag: string; cls: string; children: Tree[] } | { text: string };
const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text }),
    fc.record({ tag: fc.constantFrom(...TAGS), cls: fc.constantFrom(...CLASSES), children: fc.array(tie('tree'), { maxLength: 6 }) }),
  ),
}));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function html(node: Tree): string {
  if ('text' in node) return escape(node.text);
  const attrs = node.cls ? ` class="${node.cls}"` : '';
  return node.tag === 'br' ? '<br>' : `<${node.tag}${attrs}>${node.children.map(html).join('')}</${node.tag}>`;
}

const HEADS = [
  '', '<meta property="og:type" content="article">', '<meta property="og:type" content="website">',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>',
  '<script type="application/ld+json">{"@type": [</script>', '<meta name="author" content="">',
  '<link rel="canonical" href="javascript:alert(1)">', '<meta property="article:published_time" content="not a date">',
];
const FILLER = 'Заседание продолжалось несколько часов, на нем обсуждались и другие вопросы повестки дня, в том числе бюджет.';
/** Most runs hold an article-like run of paragraphs among the random markup, so extraction itself runs. */
const article = fc.record({
  container: fc.constantFrom('div', 'article', 'section', 'td', 'font', 'blockquote'),
  cls: fc.constantFrom(...CLASSES),
  paragraphs: fc.array(fc.array(fc.oneof({ arbitrary: fc.constantFrom(...TEXTS.slice(0, 4)), weight: 4 }, { arbitrary: text, weight: 2 }, { arbitrary: fc.constant(FILLER), weight: 2 }), { minLength: 1, maxLength: 4 }), { minLength: 3, maxLength: 10 }),
  inside: fc.array(tree, { maxLength: 3 }),
});
const pages = fc
  .record({
    lang: fc.constantFrom('', 'ru', 'en', 'kk', 'de', 'ar', 'xx'),
    head: fc.array(fc.constantFrom(...HEADS), { maxLength: 4 }),
    before: fc.array(tree, { maxLength: 4 }),
    article: fc.option(article, { freq: 5 }),
    after: fc.array(tree, { maxLength: 4 }),
  })
  .map(({ lang, head, before, article, after }) => {
    const main = article
      ? `<${article.container}${article.cls ? ` class="${article.cls}"` : ''}><h1>${escape(FILLER.slice(0, 60))}</h1>${article.paragraphs
          .map((p) => `<p>${p.map(escape).join(' ')}</p>`)
          .join('')}${article.inside.map(html).join('')}</${article.container}>`
      : '';
    return `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><title>t</title>${head.join('')}</head><body>${before.map(html).join('')}${main}${after.map(html).join('')}</body></html>`;
  });

describe('extractPage on arbitrary pages', () => {
  it('never throws, finishes, and every anchor names the text at its place in the page', () => {
    let withQuotes = 0;
    fc.assert(
      fc.property(pages, (page) => {
        const doc = parseHTML(page).document as unknown as Document;
        const { value, ms } = timed(() => extractPage(doc, 'https://news.example/fuzz'));
        expect(ms).toBeLessThan(PER_RUN_MS);
        expectSoundExtraction(value, modelText(doc));
        if (value.quotes.length > 0) withQuotes++;
      }),
      { numRuns: RUNS },
    );
    // The property says little if the random pages never get as far as the quote detectors (about a quarter do).
    expect(withQuotes).toBeGreaterThan(RUNS / 10);
  });
});

describe('text weights', () => {
  const check = (doc: Document) => {
    const weights = textWeights(doc.body);
    for (const el of [doc.body, ...Array.from(doc.body.querySelectorAll('*'))]) {
      const w = weights.get(el)!;
      expect(w.chars).toBe((el.textContent ?? '').length);
      let linked = 0;
      // Links inside links are not valid HTML, and parsers split them: each character is in one link at most.
      for (const a of Array.from(el.querySelectorAll('a'))) if (!a.parentElement?.closest('a')) linked += (a.textContent ?? '').length;
      if (el.closest('a')) linked = w.chars;
      expect(w.linked).toBe(linked);
      expect(textPrefix(el, 37)).toBe((el.textContent ?? '').slice(0, 37));
    }
    // Weighing only some elements (those scoring asks about) gives each of them the weight a full walk gives.
    const all = Array.from(doc.body.querySelectorAll('*'));
    const wanted = new Set(all.filter((_, i) => i % 3 !== 1));
    const some = textWeights(doc.body, wanted);
    for (const el of all) expect(some.get(el)).toEqual(wanted.has(el) ? weights.get(el) : undefined);
  };

  it('count what textContent holds, and the part inside links, for every element (linkedom)', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 8 }), (body) => {
        check(parseHTML(`<html><body>${body.map(html).join('')}</body></html>`).document as unknown as Document);
      }),
      { numRuns: RUNS },
    );
  });

  it('and the same in happy-dom, a second DOM implementation', () => {
    const window = new Window({ url: 'https://news.example/' });
    const doc = window.document as unknown as Document;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 8 }), (body) => {
        doc.body.innerHTML = body.map(html).join('');
        check(doc);
      }),
      { numRuns: RUNS },
    );
    void window.happyDOM.close();
  });
});
