import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractStatements, snapshotArticle } from '../../../utils/extract';
import { MAX_SNAPSHOT_CHARS } from '../../../utils/extract/snapshot';
import { pageRequests } from '../../../utils/protocol/page';
import { articleSnapshotSchema, type ArticleSnapshot } from '../../../utils/schemas';
import { bulkParagraphs, hugeTextPage, KNOWN_QUOTES } from '../../fixtures/hostile/generate';
import { documentOf, expectSoundExtraction, snapshotOfParagraphs, timed, URL } from './helpers';

/**
 * 20 MB of article text. The content script snapshots it in the page and the background extracts from it with a
 * time budget; neither may hang, and what comes back must still be sound. Bounds are generous multiples (a CI
 * machine has two cores and other suites running); the numbers they guard against were seconds to minutes.
 */
const TWENTY_MB = 20_000_000;

let direct: ArticleSnapshot;
/** The page text model of `direct`: its blocks, one "\n" apart. */
let directText: string;

beforeAll(() => {
  const paragraphs = bulkParagraphs(TWENTY_MB);
  direct = snapshotOfParagraphs(paragraphs);
  directText = paragraphs.join('\n');
});

afterAll(() => {
  // 60 MB of strings should not outlive the file for the suites after it.
  direct = undefined as unknown as ArticleSnapshot;
  directText = '';
});

describe('a 20 MB article', () => {
  it('extractStatements with a 50 ms budget gives up within a bounded multiple and returns a sound, partial result', () => {
    // The first run pays for compilation; the budget is about the steady state the background runs in.
    extractStatements(direct, { budgetMs: 50 });
    const { value, ms } = timed(() => extractStatements(direct, { budgetMs: 50 }));
    // Linear work before the first deadline check (laying 20 MB of blocks out) is allowed; analysing them is not.
    expect(ms).toBeLessThan(2_000);
    expect(value.isArticle).toBe(true);
    expectSoundExtraction(value, directText);
  });

  it('with a 1 s budget returns the quotes of the beginning it had time for, not nothing, and stops near the budget', () => {
    const { value, ms } = timed(() => extractStatements(direct, { budgetMs: 1_000 }));
    expect(ms).toBeLessThan(3_000);
    // Partial: quotes were found, each anchored to its real text, all in the article's first part.
    expectSoundExtraction(value, directText);
    expect(value.quotes.length).toBeGreaterThan(0);
    expect(value.quotes.some((q) => q.text.includes(KNOWN_QUOTES.first))).toBe(true);
    const lastBlock = direct.blocks[direct.blocks.length - 1]!;
    expect(Math.max(...value.quotes.map((q) => q.anchor.position.end))).toBeLessThan(lastBlock.start);
  });

  it('with the background\'s 3 s budget, finds no more quotes and claims than the page\'s paint message and the panel take', () => {
    const { value, ms } = timed(() => extractStatements(direct, { budgetMs: 3_000 }));
    expect(ms).toBeLessThan(8_000);
    expectSoundExtraction(value, directText);
    // 35,000 quotes came back before the cap: the content script rejected the paint list, the panel hung.
    expect(value.quotes.length).toBeGreaterThan(100);
    expect(value.quotes.length).toBeLessThanOrEqual(1_000);
    expect(value.claims.length).toBeLessThanOrEqual(5_000);
    const paint = pageRequests.paintHighlights.safeParse({
      quotes: value.quotes.map((q) => ({ id: q.id, anchor: q.anchor, label: q.speaker ?? '', colour: 0 })),
      claims: value.claims.map((c) => ({ id: c.id, anchor: c.anchor, label: c.type, colour: 0 })),
      notes: [],
    });
    expect(paint.success).toBe(true);
  });

  it('snapshotArticle on the page itself keeps within the message schema limits and extraction of it stays sound', () => {
    const doc = documentOf(hugeTextPage(20));
    const { value: snapshot, ms } = timed(() => snapshotArticle(doc, URL));
    expect(ms).toBeLessThan(20_000);
    expect(snapshot.blocks.length).toBeGreaterThan(0);
    expect(snapshot.blocks.length).toBeLessThanOrEqual(50_000);
    const extraction = extractStatements(snapshot, { budgetMs: 500 });
    expectSoundExtraction(extraction);
    const first = snapshot.blocks.find((b) => b.text.includes(KNOWN_QUOTES.first));
    expect(first).toBeDefined();
  });
});

describe('the snapshot of a page beyond any article', () => {
  it('carries the article\'s first MAX_SNAPSHOT_CHARS characters and no more, beginning included', () => {
    const doc = documentOf(hugeTextPage(20));
    const snapshot = snapshotArticle(doc, URL);
    const chars = snapshot.blocks.reduce((n, b) => n + b.text.length, 0);
    // Whole blocks are cut: the last one may cross the line by its own length.
    const longest = Math.max(...snapshot.blocks.map((b) => b.text.length));
    expect(chars).toBeGreaterThanOrEqual(MAX_SNAPSHOT_CHARS);
    expect(chars).toBeLessThan(MAX_SNAPSHOT_CHARS + longest + 1);
    expect(snapshot.blocks.some((b) => b.text.includes(KNOWN_QUOTES.first))).toBe(true);
    // In page order from the start: what is left out is the end of the page.
    for (let i = 1; i < snapshot.blocks.length; i++) expect(snapshot.blocks[i]!.start).toBeGreaterThan(snapshot.blocks[i - 1]!.start);
  });

  it('cuts one paragraph longer than a message block takes instead of losing the page', () => {
    const doc = documentOf(`<!DOCTYPE html><html lang="ru"><head><meta property="og:type" content="article"><title>t</title></head><body><article><h1>Заголовок статьи</h1><p>${'Аким сообщил, что работы завершат. '.repeat(80_000)}</p></article></body></html>`);
    const snapshot = snapshotArticle(doc, URL);
    expect(snapshot.blocks.length).toBeGreaterThan(0);
    expect(Math.max(...snapshot.blocks.map((b) => b.text.length))).toBeLessThanOrEqual(2_000_000);
    expect(articleSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });
});
