import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { tagOf } from '../../../utils/anchor/tag-name';

const elementsOf = (html: string): Element[] => [...(parseHTML(html).document as unknown as Document).querySelectorAll('*')];

describe('tagOf', () => {
  it('names every element as tagName.toUpperCase() does, custom and SVG elements included', () => {
    const els = elementsOf('<html><body><article><p>a<br><b>b</b></p><my-widget>c</my-widget><svg><foreignObject/></svg><FIGCAPTION>d</FIGCAPTION></article></body></html>');
    expect(els.length).toBeGreaterThan(8);
    for (const el of els) expect(tagOf(el)).toBe(el.tagName.toUpperCase());
  });

  it('stays right on a page of more invented tag names than it keeps', () => {
    const names = Array.from({ length: 3_000 }, (_, i) => `x-tag-${i}`);
    const els = elementsOf(`<body>${names.map((n) => `<${n}>t</${n}>`).join('')}</body>`).filter((el) => el.localName.startsWith('x-'));
    expect(els.map(tagOf)).toEqual(names.map((n) => n.toUpperCase()));
  });
});
