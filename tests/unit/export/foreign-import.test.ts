import { describe, expect, it } from 'vitest';
import { importW3C } from '../../../utils/export/w3c-import';
import { mergeBundles } from '../../../utils/export/merge';
import { formats, isFormatId } from '../../../utils/export/index';
import { bundleFromExtraction } from '../../../utils/export/from-extraction';
import { quote } from './fixtures';

/** Written for this test in the shape of Hypothesis' search API response (`GET /api/search`), not copied from it. */
const ARTICLE = 'https://www.inform.example.kz/ru/budget?utm_source=telegram#comments';
const hypothesisSearch = {
  total: 5,
  rows: [
    {
      id: 'Xy12AbCdEfGhIjKlMnOpQr',
      created: '2025-02-10T08:15:30.123456+00:00',
      updated: '2025-02-11T09:00:00.000001+00:00',
      user: 'acct:reporter@hypothes.is',
      uri: ARTICLE,
      text: 'Это обещание уже звучало в 2023 году.',
      tags: ['обещание', '', 'тексеру'],
      group: '__world__',
      permissions: { read: ['group:__world__'] },
      target: [
        {
          source: ARTICLE,
          selector: [
            { type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 0, endContainer: '/div[1]/p[2]', endOffset: 27 },
            { type: 'TextPositionSelector', start: 512, end: 539 },
            { type: 'TextQuoteSelector', exact: 'Дефицит сократится вдвое.', prefix: 'Министр сказал: ', suffix: ' Эксперты' },
          ],
        },
      ],
      document: { title: ['Бюджет на 2025 год утверждён'] },
      links: { html: 'https://hypothes.is/a/Xy12AbCdEfGhIjKlMnOpQr' },
      hidden: false,
      flagged: false,
      user_info: { display_name: 'Reporter' },
    },
    {
      id: 'PageNote000000000000001',
      created: '2025-02-09T10:00:00+00:00',
      updated: '2025-02-09T10:00:00+00:00',
      user: 'acct:reporter@hypothes.is',
      uri: ARTICLE,
      text: 'Page note: сверить с законом о бюджете.',
      tags: [],
      group: '__world__',
      permissions: {},
      target: [{ source: ARTICLE }],
      document: { title: ['Бюджет на 2025 год утверждён'] },
      links: {},
      hidden: false,
      flagged: false,
    },
    {
      id: 'Reply000000000000000001',
      created: '2025-02-12T10:00:00+00:00',
      updated: '2025-02-12T10:00:00+00:00',
      user: 'acct:editor@hypothes.is',
      uri: ARTICLE,
      text: 'Согласна',
      tags: [],
      group: '__world__',
      permissions: {},
      target: [{ source: ARTICLE }],
      references: ['Xy12AbCdEfGhIjKlMnOpQr'],
      document: {},
      links: {},
      hidden: false,
      flagged: false,
    },
    {
      id: 'Pdf00000000000000000001',
      created: '2025-02-12T10:00:00+00:00',
      updated: '2025-02-12T10:00:00+00:00',
      user: 'acct:editor@hypothes.is',
      uri: 'urn:x-pdf:6d2b4c1c0c6f4a1f8e0a',
      text: 'on a PDF',
      tags: [],
      group: '__world__',
      permissions: {},
      target: [{ source: 'urn:x-pdf:6d2b4c1c0c6f4a1f8e0a' }],
      document: {},
      links: {},
      hidden: false,
      flagged: false,
    },
    {
      id: 'QuoteOnly00000000000001',
      created: '2025-02-13T10:00:00+00:00',
      updated: '2025-02-13T10:00:00+00:00',
      user: 'acct:editor@hypothes.is',
      uri: 'https://other.example.kz/news/1',
      text: '',
      tags: [],
      group: '__world__',
      permissions: {},
      target: [{ source: 'https://other.example.kz/news/1', selector: [{ type: 'TextQuoteSelector', exact: 'только цитата' }] }],
      document: { title: ['Другая новость'] },
      links: {},
      hidden: false,
      flagged: false,
    },
  ],
};

describe('importing Hypothesis API results', () => {
  const result = importW3C(JSON.stringify(hypothesisSearch), { now: '2025-03-01T00:00:00Z' });
  if (!result.ok) throw new Error(result.error.message);
  const { value: imported, warnings } = result;

  it('turns annotations into notes on normalized page urls', () => {
    expect(imported.notes).toHaveLength(3);
    const highlight = imported.notes[0]!;
    expect(highlight).toMatchObject({
      url: 'https://www.inform.example.kz/ru/budget',
      pageTitle: 'Бюджет на 2025 год утверждён',
      targetKind: 'highlight',
      text: 'Это обещание уже звучало в 2023 году.',
      tags: ['обещание', 'тексеру'],
      createdAt: '2025-02-10T08:15:30.123456+00:00',
      updatedAt: '2025-02-11T09:00:00.000001+00:00',
      anchor: {
        quote: { type: 'TextQuoteSelector', exact: 'Дефицит сократится вдвое.', prefix: 'Министр сказал: ', suffix: ' Эксперты' },
        position: { type: 'TextPositionSelector', start: 512, end: 539 },
      },
    });
    expect(imported.notes[1]).toMatchObject({ targetKind: 'article', anchor: null, text: 'Page note: сверить с законом о бюджете.' });
  });

  it('keeps a quote without a position on the article, in the note text, and says so', () => {
    expect(imported.notes[2]).toMatchObject({ targetKind: 'article', anchor: null, text: '> только цитата\n\n' });
    expect(warnings.map((w) => w.path)).toEqual(['rows[2]', 'rows[3]', 'rows[4]']);
    expect(warnings[0]!.message).toMatch(/reply/);
    expect(warnings[1]!.message).toMatch(/not a URL/);
    expect(warnings[2]!.message).toMatch(/no text position/);
  });

  it('creates a page for each article, titled from the document, with no extracted quotes', () => {
    expect(imported.pages.map((p) => [p.url, p.title, p.savedAt, p.extraction.quotes.length])).toEqual([
      ['https://www.inform.example.kz/ru/budget', 'Бюджет на 2025 год утверждён', '2025-02-09T10:00:00+00:00', 0],
      ['https://other.example.kz/news/1', 'Другая новость', '2025-02-13T10:00:00+00:00', 0],
    ]);
  });

  it('gives the same note ids on every import, so importing twice doubles nothing', () => {
    const again = importW3C(JSON.stringify(hypothesisSearch), { now: '2025-03-02T00:00:00Z' });
    if (!again.ok) throw new Error('second import failed');
    expect(again.value.notes.map((n) => n.id)).toEqual(imported.notes.map((n) => n.id));
    const merged = mergeBundles(imported, again.value);
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.added).toEqual({ pages: 0, notes: 0 });
    expect(merged.value.bundle.notes).toHaveLength(3);
  });

  it('reads a bare list of rows as well', () => {
    const list = importW3C(JSON.stringify(hypothesisSearch.rows.slice(0, 2)));
    expect(list.ok && list.value.notes.length).toBe(2);
  });

  it('reports a row that is not an annotation with its path', () => {
    const broken = importW3C(JSON.stringify({ rows: [{ id: 'x', uri: ARTICLE, created: 'yesterday', updated: 'today' }] }));
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.error.path).toBe('rows[0].created');
  });
});

describe('importing annotations from other W3C clients', () => {
  const page = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example.org/page/1',
    type: 'AnnotationPage',
    items: [
      {
        id: 'urn:uuid:3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69',
        type: 'Annotation',
        motivation: 'commenting',
        created: '2025-01-05T10:00:00Z',
        body: [
          { type: 'TextualBody', value: 'Source is a press release', purpose: 'commenting', language: 'en' },
          { type: 'TextualBody', value: 'pr', purpose: 'tagging' },
        ],
        target: {
          source: 'https://news.example.org/story?fbclid=abc',
          selector: [
            { type: 'TextPositionSelector', start: 10, end: 20 },
            { type: 'TextQuoteSelector', exact: 'ten chars!' },
          ],
        },
      },
      { id: 'https://annotations.example.org/anno/2', type: 'Annotation', bodyValue: 'Whole page', target: 'https://news.example.org/story' },
      { id: 'https://annotations.example.org/anno/3', type: 'Annotation', target: { id: 'https://img.example.org/photo.jpg', type: 'Image' } },
    ],
  };

  it('reads comments, tags, both selectors and page-level annotations', () => {
    const result = importW3C(JSON.stringify(page), { now: '2025-03-01T00:00:00Z' });
    if (!result.ok) throw new Error(result.error.message);
    const [first, second, third] = result.value.notes;
    expect(first).toMatchObject({
      id: '3f1c2b9a-8d7e-4c6b-9a5f-1e2d3c4b5a69',
      url: 'https://news.example.org/story',
      targetKind: 'highlight',
      text: 'Source is a press release',
      tags: ['pr'],
      createdAt: '2025-01-05T10:00:00Z',
    });
    expect(second).toMatchObject({ url: 'https://news.example.org/story', targetKind: 'article', text: 'Whole page', createdAt: '2025-03-01T00:00:00Z' });
    expect(third).toMatchObject({ url: 'https://img.example.org/photo.jpg', targetKind: 'article' });
    expect(result.value.pages).toHaveLength(2);
  });

  it('refuses a collection that only links to its pages', () => {
    const linked = importW3C(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://a.example/c', type: 'AnnotationCollection', total: 3, first: 'https://a.example/c/1' }));
    expect(linked.ok).toBe(false);
    if (!linked.ok) expect(linked.error.path).toBe('first');
  });

  it('reports damage to our own annotations with the path in the file', () => {
    const ours = { type: 'AnnotationPage', items: [{ id: 'urn:uuid:x', type: 'Annotation', 'sl:kind': 'quote', 'sl:quoteId': 'q1', 'sl:quoteKind': 'shouted', 'sl:text': 't', target: { source: 'https://a.example/' } }] };
    const result = importW3C(JSON.stringify(ours));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path).toBe("items[0].sl:quoteKind");
  });
});

describe('the formats table', () => {
  const extraction = {
    schemaVersion: 1 as const,
    url: 'https://news.example.kz/a',
    isArticle: true,
    language: 'ru' as const,
    title: 'Статья',
    speakers: [],
    quotes: [quote('q1', 'Мы справимся.', 0)],
    claims: [],
  };
  const single = bundleFromExtraction(extraction, { savedAt: '2025-03-01T10:00:00+05:00' });

  it('lists json, w3c, md and csv with extension, MIME type and exporter', () => {
    expect(Object.keys(formats)).toEqual(['json', 'w3c', 'md', 'csv']);
    for (const id of Object.keys(formats)) {
      expect(isFormatId(id)).toBe(true);
      const format = formats[id as keyof typeof formats];
      expect(format.extension).toMatch(/^[a-z]+$/);
      expect(format.mimeType).toMatch(/^[a-z]+\/[a-z+.-]+/);
      expect(format.export(single).length).toBeGreaterThan(50);
    }
    expect(isFormatId('xml')).toBe(false);
    expect(isFormatId('__proto__')).toBe(false);
  });

  it('reads back what json and w3c write from a CLI extraction', () => {
    for (const format of [formats.json, formats.w3c]) {
      const back = format.import(format.export(single));
      expect(back.ok && back.value.pages[0]!.extraction.quotes[0]!.text).toBe('Мы справимся.');
    }
  });
});
