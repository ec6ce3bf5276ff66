import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../utils/schemas';
import { compareWordings, variantLinks } from '../../../utils/wording/variants';

const HEADLINE = 'Работа полиции должна быть прозрачной, открытой, а сами они - должны быть ближе к народу';
const BODY = 'Работа полиции должна быть прозрачной, открытой, а сами они - быть ближе к народу. Давно пора избавиться от бюрократии. Это болезнь.';

const quote = (id: string, kind: Quote['kind'], text: string, variantOf: string | null = null): Quote => ({
  id,
  kind,
  text,
  speaker: null,
  speakerId: null,
  cue: null,
  anchor: { quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: text.length } },
  variantOf,
});

describe('variantLinks', () => {
  it('points each of the two wordings to the other, though the extractor marks only the headline', () => {
    const headline = quote('h', 'headline', HEADLINE, 'b');
    const body = quote('b', 'direct', BODY);
    const alone = quote('c', 'direct', 'Это болезнь.');
    const links = variantLinks([headline, body, alone]);
    expect(links.get('h')).toBe(body);
    expect(links.get('b')).toBe(headline);
    expect(links.has('c')).toBe(false);
  });

  it('ignores a link to a quote that is not on the page, or to itself', () => {
    expect(variantLinks([quote('h', 'headline', HEADLINE, 'gone'), quote('s', 'direct', BODY, 's')]).size).toBe(0);
  });
});

describe('compareWordings', () => {
  it('shows the headline against the one body sentence it words, and says the rest was left out', () => {
    expect(compareWordings(HEADLINE, BODY)).toEqual({
      parts: [
        { kind: 'same', text: 'Работа полиции должна быть прозрачной, открытой, а сами они -' },
        { kind: 'removed', text: 'должны' },
        { kind: 'same', text: 'быть ближе к народу.' },
      ],
      elidedBefore: false,
      elidedAfter: true,
    });
  });

  it('the other way round: the body quote sees the word the headline added', () => {
    const { parts, elidedAfter } = compareWordings(BODY, HEADLINE);
    expect(parts).toEqual([
      { kind: 'same', text: 'Работа полиции должна быть прозрачной, открытой, а сами они -' },
      { kind: 'added', text: 'должны' },
      { kind: 'same', text: 'быть ближе к народу' },
    ]);
    expect(elidedAfter).toBe(true);
  });

  it('leaves out whole sentences before the shared passage but keeps a changed start of its own sentence', () => {
    const body = 'Первое предложение. Второе тоже. Мы построим десять школ в этом году.';
    expect(compareWordings('Построим 12 школ в этом году', body)).toEqual({
      parts: [
        { kind: 'added', text: 'Мы' },
        { kind: 'same', text: 'построим' },
        { kind: 'removed', text: '12' },
        { kind: 'added', text: 'десять' },
        { kind: 'same', text: 'школ в этом году.' },
      ],
      elidedBefore: true,
      elidedAfter: false,
    });
  });

  it('keeps a changed end of the last shared sentence', () => {
    const { parts, elidedAfter } = compareWordings('We will cut taxes', 'We will cut taxes next year. Other things follow.');
    expect(parts).toEqual([
      { kind: 'same', text: 'We will cut taxes' },
      { kind: 'added', text: 'next year.' },
    ]);
    expect(elidedAfter).toBe(true);
  });

  it('shows two wordings with nothing in common whole', () => {
    expect(compareWordings('Да. Нет.', 'Yes. No.')).toEqual({
      parts: [
        { kind: 'removed', text: 'Да. Нет.' },
        { kind: 'added', text: 'Yes. No.' },
      ],
      elidedBefore: false,
      elidedAfter: false,
    });
  });
});
