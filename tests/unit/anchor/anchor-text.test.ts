import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorText, isOrphan, type AnchorResult } from '../../../utils/anchor/anchor-text';
import { describeOffsets } from '../../../utils/anchor/describe';
import { MIN_SCORE } from '../../../utils/anchor/match-score';
import { buildTextModel, type TextModel } from '../../../utils/anchor/text-model';
import type { TextAnchor } from '../../../utils/schemas';
import { mutate, parsePage, readFixture } from './load-page';

const seed = readFixture('seed-page.html');
const en = readFixture('en-council-budget.html');
const kk = readFixture('kk-akimat-roads.html');

/** Describes the n-th occurrence (0-based) of `exact` in a page. */
function anchorFor(model: TextModel, exact: string, occurrence = 0): TextAnchor {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = model.text.indexOf(exact, at + 1);
    if (at < 0) throw new Error(`not in page: ${exact}`);
  }
  return describeOffsets(model, at, at + exact.length);
}

const modelOf = (html: string): TextModel => parsePage(html).model;
const slice = (model: TextModel, r: AnchorResult): string => (isOrphan(r) ? '<orphan>' : model.text.slice(r.start, r.end));

function expectAnchored(model: TextModel, r: AnchorResult, method: 'position' | 'quote' | 'fuzzy', text: string, minScore = MIN_SCORE): void {
  expect(isOrphan(r), `expected ${method} match, got ${JSON.stringify(r)}`).toBe(false);
  if (isOrphan(r)) return;
  expect(r.method).toBe(method);
  expect(slice(model, r)).toBe(text);
  expect(r.score).toBeGreaterThanOrEqual(minScore);
}

function expectOrphan(r: AnchorResult): void {
  expect(isOrphan(r), `expected an orphan, got ${JSON.stringify(r)}`).toBe(true);
  if (isOrphan(r)) expect(r.bestScore).toBeLessThan(MIN_SCORE);
}

describe('anchorText on the unchanged page', () => {
  it('anchors by position with a full score', () => {
    const model = modelOf(seed);
    const anchor = anchorFor(model, 'Давно пора избавиться от бюрократии.');
    expect(anchorText(model, anchor)).toEqual({ start: anchor.position.start, end: anchor.position.end, method: 'position', score: 1 });
  });

  it('describe → anchor returns the same offsets for any span (property)', () => {
    for (const html of [seed, en, kk]) {
      const model = modelOf(html);
      const length = model.text.length;
      fc.assert(
        fc.property(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: 400 }), (start, size) => {
          const end = Math.min(length, start + size);
          const span = model.text.slice(start, end);
          fc.pre(span.trim() !== '');
          const anchor = describeOffsets(model, start, end);
          const r = anchorText(model, anchor);
          expect(r).toMatchObject({ start: anchor.position.start, end: anchor.position.end, method: 'position' });
        }),
        { numRuns: 300 },
      );
    }
  });

  it('a short quote at its saved position still needs its context', () => {
    const model = modelOf(seed);
    const anchor = anchorFor(model, 'Токаев', 3);
    const r = anchorText(model, anchor);
    expect(r).toMatchObject({ start: anchor.position.start, method: 'position' });
    const wrongContext = { ...anchor, quote: { ...anchor.quote, prefix: 'совсем другой текст до цитаты ..', suffix: '.. и совсем другой текст после' } };
    expectOrphan(anchorText(model, wrongContext));
  });
});

describe('anchorText on changed pages (seed page, Russian)', () => {
  const original = modelOf(seed);
  const sentence = 'Акимы также несут ответственность за стабильность и спокойствие в своих регионах.';
  const anchor = anchorFor(original, sentence);

  it('re-attaches by fuzzy match when a word inside the quote changed', () => {
    const edited = sentence.replace('стабильность', 'порядок');
    const model = modelOf(mutate(seed, sentence, edited));
    expectAnchored(model, anchorText(model, anchor), 'fuzzy', edited);
  });

  it('re-attaches by quote when a "read also" box is inserted before the paragraph', () => {
    const box = '<aside class="read-also"><b>Читайте также:</b> <a href="/n/9">Глава МВД отчитался о реформе полиции</a></aside>';
    const model = modelOf(mutate(seed, '<p>- Особенно нельзя', `${box}<p>- Особенно нельзя`));
    const opening = anchorFor(original, 'Особенно нельзя допускать нарушения законодательства.');
    expectAnchored(model, anchorText(model, opening), 'quote', 'Особенно нельзя допускать нарушения законодательства.');
    expectAnchored(model, anchorText(model, anchor), 'quote', sentence);
  });

  it('re-attaches by quote when an ad block pushes a paragraph-opening quote away from its context', () => {
    const ad = '<div class="adv"><span>Реклама</span><p>Кредит онлайн без справок — решение за 5 минут. Ставка от 19,5% годовых.</p></div>';
    const opening = 'Глава государства подчеркнул, что необходимо искоренять факторы и ситуации';
    const model = modelOf(mutate(seed, `<p>${opening}`, `${ad}<p>${opening}`));
    expectAnchored(model, anchorText(model, anchorFor(original, opening)), 'quote', opening);
  });

  it('leaves an orphan when the paragraph is removed, and the others still anchor', () => {
    const paragraph = seed.match(/<p>- Особенно нельзя[^]*?<\/p>/)![0];
    const model = modelOf(mutate(seed, paragraph, ''));
    expectOrphan(anchorText(model, anchor));
    const other = anchorFor(original, 'Давно пора избавиться от бюрократии.');
    expectAnchored(model, anchorText(model, other), 'position', 'Давно пора избавиться от бюрократии.');
    const after = anchorFor(original, 'Для изменения ситуации мы начали масштабную реформу казахстанской полиции');
    expectAnchored(model, anchorText(model, after), 'quote', 'Для изменения ситуации мы начали масштабную реформу казахстанской полиции');
  });

  it('does not move a short quote to another occurrence of the same word when its paragraph is gone', () => {
    const paragraph = seed.match(/<p>Касым-Жомарт Токаев отметил, что чуждые[^]*?<\/p>/)![0];
    const short = anchorFor(original, 'чуждые идеологии');
    const name = anchorFor(original, 'Касым-Жомарт Токаев', 2);
    const model = modelOf(mutate(seed, paragraph, '<p>Текст обновлен редакцией.</p>'));
    expectOrphan(anchorText(model, short));
    expectOrphan(anchorText(model, name));
  });

  it('ignores NBSP, indentation and line-wrapping changes in the markup', () => {
    const html = mutate(seed, sentence, sentence.replace(/ /g, (_m, i: number) => (i % 3 === 0 ? '&nbsp;' : '\n            ')));
    const model = modelOf(html);
    expectAnchored(model, anchorText(model, anchor), 'position', sentence);
  });
});

describe('anchorText on changed pages (English page)', () => {
  const original = modelOf(en);
  const mayor = 'We will not raise bus fares this year';

  it('an edited quote is found in place even when an exact copy of the old wording stands elsewhere', () => {
    const words = 'will not balance this budget on the backs of people who ride the bus to work';
    const body = anchorFor(original, words, 0);
    const model = modelOf(mutate(en, 'we will not balance this budget on the backs', 'we will not balance the budget on the backs'));
    expect(model.text.indexOf(words)).toBeGreaterThan(body.position.start);
    expectAnchored(model, anchorText(model, body), 'fuzzy', words.replace('this', 'the'));
  });

  it('the quote appears twice: context picks the occurrence the note was written on', () => {
    const repeated = 'we will not balance this budget on the backs of people who ride the bus to work';
    const pull = anchorFor(original, 'We will not balance this budget on the backs of people who ride the bus to work');
    const body = anchorFor(original, repeated);
    // A banner at the top moves everything, so neither saved position holds.
    const model = modelOf(mutate(en, '<main id="content">', '<main id="content"><div class="banner">Subscribe for $1 a week. Cancel anytime.</div>'));
    const rPull = anchorText(model, pull);
    const rBody = anchorText(model, body);
    expect(rPull).toMatchObject({ method: 'quote' });
    expect(rBody).toMatchObject({ method: 'quote' });
    expect(model.text.slice(Math.max(0, (rPull as { start: number }).start - 10), (rPull as { start: number }).start)).toContain('"');
    expect(slice(model, rBody)).toBe(repeated);
    expect((rBody as { start: number }).start).toBeLessThan((rPull as { start: number }).start);
  });

  it('picks the right one of two identical quotes by context even when the positions are swapped', () => {
    const exact = 'We will not raise';
    const first = anchorFor(original, exact, 0);
    const second = anchorFor(original, exact, 2);
    const swapped = { quote: second.quote, position: first.position };
    const r = anchorText(original, swapped);
    expect(r).toMatchObject({ start: second.position.start, method: 'quote' });
  });

  it('leaves an orphan when the quote is rewritten, and never takes the similar sentence elsewhere', () => {
    const anchor = anchorFor(original, mayor);
    expect(original.text).toContain('We will not raise bus fares next year');
    const model = modelOf(mutate(en, `"${mayor}, and`, '"Bus fares stay frozen through 2027, and'));
    const r = anchorText(model, anchor);
    expectOrphan(r);
    expect(r).toMatchObject({ orphan: true });
  });

  it('comments reordered: the comment re-attaches by quote, the article by position', () => {
    const comment = anchorFor(original, 'Saturday is the only day my kids can go to the library.');
    const article = anchorFor(original, 'Closing a library on Saturdays is a cut to the one day working families can actually use it');
    const list = en.match(/<li class="comment" id="c-101">[^]*?<\/ol>/)![0];
    const items = list.replace('</ol>', '').trim().split(/\n\s*/);
    const model = modelOf(mutate(en, list, `${items.reverse().join('\n        ')}\n      </ol>`));
    expect(model.text).not.toBe(original.text);
    expectAnchored(model, anchorText(model, comment), 'quote', 'Saturday is the only day my kids can go to the library.');
    expectAnchored(model, anchorText(model, article), 'position', article.quote.exact);
  });

  it('a line break added inside the quote re-attaches by fuzzy match', () => {
    const exact = 'The reserve fund is not a bottomless well.';
    const anchor = anchorFor(original, exact);
    const model = modelOf(mutate(en, 'is not a bottomless well.', 'is not a<br>bottomless well.'));
    expectAnchored(model, anchorText(model, anchor), 'fuzzy', 'The reserve fund is not a\nbottomless well.');
  });

  it('a unique long quote survives a full change of its surroundings', () => {
    const exact = 'Our forecasts are conservative, and we have never missed one by more than half a percent';
    const anchor = anchorFor(original, exact);
    const moved = `<p class="box">Key quote</p><p>${exact}</p>`;
    const html = mutate(mutate(en, `"${exact},"`, '"We stand by it,"'), '<section class="comments"', `${moved}<section class="comments"`);
    const model = modelOf(html);
    // Accepted by the unique-long-quote rule: the score stays honest about the lost context.
    expectAnchored(model, anchorText(model, anchor), 'quote', exact, 0.5);
  });
});

describe('anchorText on a Kazakh page', () => {
  const original = modelOf(kk);
  const exact = 'Биыл қалада 40 шақырым жол жөнделеді.';

  it('the headline repeats the quote: the body quote stays in the body', () => {
    const anchor = anchorFor(original, exact);
    const model = modelOf(mutate(kk, '<div class="text">', '<div class="text"><p class="lead">Жаңа маусым.</p>'));
    const r = anchorText(model, anchor);
    expect(r).toMatchObject({ method: 'quote' });
    expect(model.text.slice((r as { start: number }).start - 2, (r as { start: number }).start)).toBe('– ');
  });

  it('a number changed in the quote re-attaches by fuzzy match', () => {
    const anchor = anchorFor(original, 'Жұмыстар мамыр айында басталып, қазан айына дейін аяқталады');
    const model = modelOf(mutate(kk, 'мамыр айында басталып', 'сәуір айында басталып'));
    expectAnchored(model, anchorText(model, anchor), 'fuzzy', 'Жұмыстар сәуір айында басталып, қазан айына дейін аяқталады');
  });

  it('an orphan when the paragraph is removed', () => {
    const anchor = anchorFor(original, 'Сапасыз жұмыс үшін мердігер өз есебінен қайта жөндейді');
    const paragraph = kk.match(/<p>– Мердігерлердің[^]*?<\/p>/)![0];
    expectOrphan(anchorText(modelOf(mutate(kk, paragraph, '')), anchor));
  });
});

describe('anchorText limits', () => {
  it('an empty page or quote is an orphan', () => {
    const empty = buildTextModel(parsePage('<html><body></body></html>').document.body);
    const anchor: TextAnchor = {
      quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 1 },
    };
    expect(anchorText(empty, anchor)).toEqual({ orphan: true, bestScore: 0, reason: 'not-found' });
  });

  it('a saved position past the end of a shorter page still anchors by quote', () => {
    const model = modelOf(seed);
    const anchor = anchorFor(model, 'Давно пора избавиться от бюрократии.');
    const far = { ...anchor, position: { ...anchor.position, start: 10_000_000, end: 10_000_036 } };
    expect(anchorText(model, far)).toMatchObject({ start: anchor.position.start, method: 'quote' });
  });

  it('a saved position past the end still finds an edited quote near the end of the page', () => {
    const model = modelOf(en);
    const exact = 'All rights reserved.';
    const anchor = anchorFor(model, '© 2026 Riverside Courier. All rights reserved.');
    const far = { ...anchor, position: { ...anchor.position, start: 10_000_000, end: 10_000_046 } };
    const edited = modelOf(mutate(en, exact, 'All rights reserved!'));
    expect(anchorText(edited, far, { maxSearchCells: 0 })).toMatchObject({ method: 'fuzzy' });
  });

  it('gives up cleanly on a changed quote longer than the fuzzy limit', () => {
    const { document, model } = parsePage(seed);
    const paragraph = model.text.slice(...model.rangeOf(document.querySelectorAll('.news-text p')[6]!)!);
    const anchor = anchorFor(model, paragraph);
    const edited = modelOf(mutate(seed, 'В глазах общества', 'В глазах людей'));
    expect(anchorText(edited, anchor, { maxFuzzyQuoteLength: 200 })).toMatchObject({ orphan: true, reason: 'too-long' });
    expect(anchorText(edited, anchor)).toMatchObject({ method: 'fuzzy' });
  });

  it('a higher minScore turns a weak match into an orphan', () => {
    const model = modelOf(seed);
    const sentence = 'Акимы также несут ответственность за стабильность и спокойствие в своих регионах.';
    const anchor = anchorFor(model, sentence);
    const edited = modelOf(mutate(seed, 'стабильность и спокойствие', 'порядок и спокойствие'));
    expect(anchorText(edited, anchor)).toMatchObject({ method: 'fuzzy' });
    expect(anchorText(edited, anchor, { minScore: 0.99 })).toMatchObject({ orphan: true });
  });
});

describe('anchorAll', () => {
  it('gives the same spans as anchorText one by one, in the order given, using the shift it learns', () => {
    const original = modelOf(en);
    const exacts = ['Closing a library on Saturdays', 'The reserve fund is not a bottomless well.', 'Riverside City Council approved', 'Good. Fares went up twice'];
    const anchors = exacts.map((e) => anchorFor(original, e));
    const model = modelOf(mutate(en, '<main id="content">', '<main id="content"><div class="banner">Subscribe for $1 a week. Cancel anytime.</div>'));
    const together = anchorAll(model, anchors);
    const alone = anchors.map((a) => anchorText(model, a));
    expect(together.map((r) => slice(model, r))).toEqual(exacts);
    expect(together.map((r) => slice(model, r))).toEqual(alone.map((r) => slice(model, r)));
    expect(together.every((r) => !isOrphan(r) && r.method === 'quote')).toBe(true);
  });

  it('after a long insert, an edited quote is found near where the shift says it went, without a whole-page search', () => {
    const original = modelOf(en);
    const first = anchorFor(original, 'Riverside City Council approved a $412');
    const edited = anchorFor(original, 'The reserve fund is not a bottomless well.');
    const liveBlog = `<div class="live">${'<p>10:42 Live update: the council is still debating amendment number seven.</p>'.repeat(120)}</div>`;
    const html = mutate(mutate(en, '<div class="story-body">', `<div class="story-body">${liveBlog}`), 'not a bottomless well', 'not an endless well');
    const model = modelOf(html);
    const noWholePage = { maxSearchCells: 0, windowChars: 4096 };
    expect(anchorText(model, edited, noWholePage)).toMatchObject({ orphan: true, reason: 'budget' });
    const [, r] = anchorAll(model, [first, edited], noWholePage);
    expectAnchored(model, r!, 'fuzzy', 'The reserve fund is not an endless well.');
  });

  it('shares one whole-page search budget across a batch: lost notes cost bounded time', () => {
    const original = modelOf(seed);
    const sentences = ['Давно пора избавиться от бюрократии.', 'Это болезнь, которая препятствует работать напрямую с народом.'];
    const anchors = sentences.map((e) => anchorFor(original, e));
    const paragraph = seed.match(/<p>- Работа полиции[^]*?<\/p>/)![0];
    const model = modelOf(mutate(seed, paragraph, ''));
    const budget = { remaining: 1 };
    const results = anchorAll(model, anchors, { searchBudget: budget, windowChars: 100 });
    expect(results).toEqual([
      expect.objectContaining({ orphan: true, reason: 'budget' }),
      expect.objectContaining({ orphan: true, reason: 'budget' }),
    ]);
    expect(budget.remaining).toBe(1);
    expect(anchorAll(model, anchors, { windowChars: 100 }).map((r) => isOrphan(r) && r.reason)).toEqual(['not-found', 'not-found']);
  });

  it('a wrong shift hint is only a hint: a quote that did not move still anchors by position', () => {
    const model = modelOf(en);
    const anchor = anchorFor(model, 'The budget takes effect');
    expect(anchorText(model, anchor, { shiftHint: 57 })).toMatchObject({ start: anchor.position.start, method: 'position' });
  });
});
