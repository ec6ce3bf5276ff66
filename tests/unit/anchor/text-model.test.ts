import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorText } from '../../../utils/anchor/anchor-text';
import { describeOffsets } from '../../../utils/anchor/describe';
import { buildTextModel, isWhiteSpace, normalizeText } from '../../../utils/anchor/text-model';
import { parseFragment, parsePage, readFixture } from './load-page';

const textOf = (markup: string): string => parseFragment(markup).model.text;
const squeeze = (s: string): string => s.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff]+/g, '');

describe('text model: text rules', () => {
  it('turns block boundaries into one newline and glues inline elements', () => {
    expect(textOf('<p>One <b>bold</b> word.</p><p>Two</p>')).toBe('One bold word.\nTwo');
    expect(textOf('<p>a</p><div><div><p>b</p></div></div><ul><li>c</li><li>d</li></ul>')).toBe('a\nb\nc\nd');
    expect(textOf('<span>in</span><em>line</em>')).toBe('inline');
  });

  it('never starts or ends with a separator and never doubles a newline', () => {
    expect(textOf('  <p>  </p><div>\n<p> a </p>\n</div><p></p><hr><p> b </p>  ')).toBe('a\nb');
    expect(textOf('<p>x</p>\n\n   \n<p>y</p>')).toBe('x\ny');
  });

  it('collapses every kind of white space run, NBSP and thin spaces included, into one space', () => {
    expect(textOf('<p>a \t\n b\u00a0\u00a0c\u2009d\u202fe\u3000f\ufeffg</p>')).toBe('a b c d e f g');
    expect(textOf('<p>a <b> b </b> c</p>')).toBe('a b c');
    expect(textOf('<p>a<b> </b>b</p>')).toBe('a b');
  });

  it('drops a space next to a newline', () => {
    expect(textOf('<p>end. </p> <p> start</p>')).toBe('end.\nstart');
    expect(textOf('word <br> next')).toBe('word\nnext');
  });

  it('treats br and other void blocks as line breaks', () => {
    expect(textOf('one<br>two<br><br>three')).toBe('one\ntwo\nthree');
    expect(textOf('before<img alt="x">after')).toBe('before\nafter');
  });

  it('skips script, style, noscript, template, svg, select, iframe and comments', () => {
    const text = textOf(
      'a<script>var x = "no";</script><style>p{}</style><noscript>no</noscript><template><p>no</p></template>' +
        '<svg><text>no</text></svg><select><option>no</option></select><iframe>no</iframe><!-- no -->b',
    );
    expect(text).toBe('ab');
  });

  it('leaves head text out of a whole-document model', () => {
    const { document } = parsePage('<html><head><title>Title</title></head><body><p>Body</p></body></html>');
    expect(buildTextModel(document).text).toBe('Body');
  });

  it('counts offsets in UTF-16 code units', () => {
    const { model } = parseFragment('<p>😀 smile</p>');
    expect(model.text).toBe('😀 smile');
    expect(model.text.indexOf('smile')).toBe(3);
    expect(model.toRange(3, 8)!.toString()).toBe('smile');
  });

  it('survives very deep nesting without overflowing the stack', () => {
    const depth = 20_000;
    const markup = '<span>'.repeat(depth) + 'deep' + '</span>'.repeat(depth);
    const { document } = parsePage('<html><body></body></html>');
    const root = document.createElement('div');
    // innerHTML in happy-dom recurses; build the chain by hand.
    let parent: HTMLElement = root;
    for (let i = 0; i < depth; i++) {
      const child = document.createElement('span');
      parent.appendChild(child);
      parent = child;
    }
    parent.appendChild(document.createTextNode('deep'));
    expect(markup.length).toBeGreaterThan(depth);
    expect(buildTextModel(root).text).toBe('deep');
  });

  it('normalizeText applies the same white space rule to free strings', () => {
    expect(normalizeText('  a\u00a0 b\n\tc  ')).toBe('a b c');
    expect(isWhiteSpace(0xa0)).toBe(true);
    expect(isWhiteSpace(0x41)).toBe(false);
  });

  it('models the seed page as a reader sees it', () => {
    const { model } = parsePage(readFixture('seed-page.html'));
    expect(model.text).not.toMatch(/\n\n| \n|\n | {2}/);
    expect(model.text).not.toContain('font-family');
    expect(model.text).toContain('- Работа полиции должна быть прозрачной, открытой, а сами они - быть ближе к народу.');
    expect(model.text.startsWith('Главная')).toBe(true);
  });
});

describe('text model: mapping between model offsets and the DOM', () => {
  it('maps element boundary points fast on a long page (a triple-click selection)', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} with <b>some</b> words.</p>`).join('');
    const { container, model } = parseFragment(paragraphs);
    const last = container.lastElementChild!;
    const started = performance.now();
    for (let i = 0; i < 50; i++) model.offsetOf(last, 0);
    // Comparing the point with every text node took seconds here; a walk to the next text takes microseconds.
    expect(performance.now() - started).toBeLessThan(500);
    expect(model.text.slice(model.offsetOf(last, 0)!)).toBe('\nParagraph 2999 with some words.');
  });

  const markup =
    '<h1>Title  here</h1><p>First <a href="#">linked  words</a>, then\n more.</p>' +
    '<ul><li>one</li><li> two </li></ul><p>A<b>B</b>C&nbsp; D</p>';

  it('maps offsets inside one very long text node without replaying it for every lookup', () => {
    const { model } = parseFragment(`<pre>${'word  '.repeat(60_000)}</pre>`);
    const started = performance.now();
    for (let i = 0; i < 500; i++) model.toRange(i * 500, i * 500 + 4);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(model.toRange(5000, 5004)!.toString()).toBe('word');
  });

  it('rangeOf gives the slice an element occupies, without the separator before it', () => {
    const { container, model } = parseFragment(markup);
    const [h1, p] = [container.querySelector('h1')!, container.querySelector('p')!];
    expect(model.text.slice(...model.rangeOf(h1)!)).toBe('Title here');
    expect(model.text.slice(...model.rangeOf(p)!)).toBe('First linked words, then more.');
    expect(model.text.slice(...model.rangeOf(container.querySelector('a')!)!)).toBe('linked words');
    expect(model.text.slice(...model.rangeOf(container.querySelectorAll('li')[1]!)!)).toBe('two');
  });

  it('rangeOf is null for elements without text', () => {
    const { container, model } = parseFragment('<p>a</p><div class="empty"> </div><script>x</script>');
    expect(model.rangeOf(container.querySelector('.empty')!)).toBeNull();
    expect(model.rangeOf(container.querySelector('script')!)).toBeNull();
  });

  it('toRange covers exactly the model slice', () => {
    const { model } = parseFragment(markup);
    const at = model.text.indexOf('linked words');
    expect(model.toRange(at, at + 'linked words'.length)!.toString()).toBe('linked  words');
    const b = model.text.indexOf('ABC');
    expect(model.toRange(b, b + 3)!.toString()).toBe('ABC');
    expect(model.toRange(5, 5)).toBeNull();
    expect(model.toRange(-1, 3)).toBeNull();
    expect(model.toRange(0, model.text.length + 1)).toBeNull();
  });

  it('a range starting or ending on a separator starts at the next and ends after the previous character', () => {
    const { model } = parseFragment('<p>alpha</p><p>beta gamma</p>');
    const nl = model.text.indexOf('\n');
    expect(model.toRange(nl, nl + 5)!.toString()).toBe('beta');
    const space = model.text.indexOf(' ');
    expect(model.toRange(nl + 1, space + 1)!.toString()).toBe('beta');
  });

  it('offsetOf inverts positionAt for every non-separator offset', () => {
    const { model } = parseFragment(markup);
    for (let o = 0; o < model.text.length; o++) {
      if (model.text[o] === ' ' || model.text[o] === '\n') continue;
      const pos = model.positionAt(o)!;
      expect(model.offsetOf(pos.node, pos.offset)).toBe(o);
    }
    const end = model.positionAt(model.text.length)!;
    expect(model.offsetOf(end.node, end.offset)).toBe(model.text.length);
  });

  it('offsetOf maps element boundary points to the text they stand before', () => {
    const { container, document, model } = parseFragment(markup);
    const p = container.querySelector('p')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const [start, end] = [model.offsetOf(range.startContainer, range.startOffset), model.offsetOf(range.endContainer, range.endOffset)];
    // The start lands on the newline before the paragraph's text: describeOffsets trims it.
    expect(model.text.slice(start!, end!).trim()).toBe('First linked words, then more.');
    range.selectNode(container.querySelector('ul')!);
    const ul = model.text.slice(model.offsetOf(range.startContainer, range.startOffset)!, model.offsetOf(range.endContainer, range.endOffset)!);
    expect(ul.trim()).toBe('one\ntwo');
  });

  it('offsetOf is null outside the root, and a white-space-only text node maps to the text after it', () => {
    const { container, document, model } = parseFragment('<p>a</p>\n  <p>b</p>');
    const outside = document.createElement('p');
    document.body.appendChild(outside);
    expect(model.offsetOf(outside, 0)).toBeNull();
    const blank = Array.from(container.childNodes).find((n) => n.nodeType === 3)!;
    expect(model.text.slice(model.offsetOf(blank, 1)!)).toBe('\nb');
  });

  it('handles the edges: empty roots, offsets out of range, the root itself, text inside skipped elements', () => {
    const empty = parseFragment('<p> </p><script>x()</script>');
    expect(empty.model.text).toBe('');
    expect(empty.model.positionAt(0)).toBeNull();
    expect(empty.model.toRange(0, 1)).toBeNull();
    expect(empty.model.rangeOf(empty.container)).toBeNull();

    const { container, model } = parseFragment('<p>one</p><script>var two;</script><p>three</p>');
    expect(model.rangeOf(container)).toEqual([0, model.text.length]);
    expect(model.positionAt(-1)).toBeNull();
    expect(model.positionAt(model.text.length + 1)).toBeNull();
    const end = model.positionAt(model.text.length)!;
    expect([end.node.data, end.offset]).toEqual(['three', 5]);
    const scriptText = container.querySelector('script')!.firstChild!;
    expect(model.text.slice(model.offsetOf(scriptText, 2)!)).toBe('\nthree');
  });

  it('the model of a subtree counts from its own first character', () => {
    const { document } = parsePage(readFixture('seed-page.html'));
    const article = document.querySelector('.news-text')!;
    const model = buildTextModel(article);
    expect(model.text.startsWith('Касым-Жомарт Токаев указал')).toBe(true);
    expect(model.toRange(0, 19)!.toString()).toBe('Касым-Жомарт Токаев');
  });
});

// Random trees of blocks, inlines and odd white space: the model must stay consistent with the DOM.
const word = fc.constantFrom('a', 'Bb', 'слово', 'сөз', '42', '😀', '—', 'x.y');
const space = fc.constantFrom(' ', '  ', '\n', '\u00a0', '\t', '');
const leaf = fc.tuple(space, word, space).map(([a, w, b]) => `${a}${w}${b}`);
const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom('p', 'div', 'li', 'span', 'b', 'a', 'h2', 'blockquote'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    fc.constant('<br>'),
  ),
})).node;

describe('text model: properties on random markup', () => {
  it('has no leading, trailing or doubled separators', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (parts) => {
        const { text } = parseFragment(parts.join('')).model;
        expect(text).not.toMatch(/^[ \n]|[ \n]$|[ \n]{2}/);
      }),
      { numRuns: 150 },
    );
  });

  it('toRange(s, e) holds the same non-space characters as the model slice', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const { model } = parseFragment(parts.join(''));
        if (model.text.length < 1) return;
        const s = a % model.text.length;
        const e = s + 1 + (b % (model.text.length - s));
        const slice = model.text.slice(s, e);
        const range = model.toRange(s, e);
        if (squeeze(slice) === '') return;
        expect(squeeze(range!.toString())).toBe(squeeze(slice));
      }),
      { numRuns: 200 },
    );
  });

  it('offsetOf of every element boundary point stands before exactly the text that follows it', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (parts) => {
        const { container, document, model } = parseFragment(parts.join(''));
        const elements = [container, ...Array.from(container.querySelectorAll('*'))];
        for (const element of elements) {
          for (let k = 0; k <= element.childNodes.length; k++) {
            const offset = model.offsetOf(element, k)!;
            const rest = document.createRange();
            rest.setStart(element, k);
            rest.setEnd(container, container.childNodes.length);
            expect(squeeze(model.text.slice(offset))).toBe(squeeze(rest.toString()));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('describe → anchor → toRange → describe is stable for any span of any markup', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const { model } = parseFragment(parts.join(''));
        fc.pre(model.text.replace(/[ \n]/g, '').length > 0);
        const s = a % model.text.length;
        const e = s + 1 + (b % (model.text.length - s));
        fc.pre(model.text.slice(s, e).trim() !== '');
        const anchor = describeOffsets(model, s, e);
        const r = anchorText(model, anchor);
        expect(r).toMatchObject({ start: anchor.position.start, end: anchor.position.end });
        const range = model.toRange(anchor.position.start, anchor.position.end)!;
        const again = describeOffsets(model, model.offsetOf(range.startContainer, range.startOffset)!, model.offsetOf(range.endContainer, range.endOffset)!);
        expect(again).toEqual(anchor);
      }),
      { numRuns: 200 },
    );
  });

  it('offsetOf(positionAt(o)) === o for every character that is not a separator', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (parts) => {
        const { model } = parseFragment(parts.join(''));
        for (let o = 0; o < model.text.length; o++) {
          if (model.text[o] === ' ' || model.text[o] === '\n') continue;
          const pos = model.positionAt(o)!;
          expect(model.offsetOf(pos.node, pos.offset)).toBe(o);
        }
      }),
      { numRuns: 150 },
    );
  });
});
