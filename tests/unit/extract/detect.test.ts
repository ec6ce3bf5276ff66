import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractPage, quickArticleCheck, snapshotArticle } from '../../../utils/extract';
import { loadPage, ROOT, SEED } from './helpers';

const page = (body: string, head = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Абзац ${i}: правительство обсудило бюджет, тарифы, дороги и школы, а депутаты задали вопросы о сроках, ценах и подрядчиках.</p>`).join('');

describe('article detection', () => {
  it('lets the seed page through both checks', () => {
    const doc = loadPage(SEED);
    expect(quickArticleCheck(doc)).toBe(true);
    expect(detectArticle(doc).isArticle).toBe(true);
  });

  it('rejects a page with nothing article-like at the first, cheap check', () => {
    expect(quickArticleCheck(page('<div id="app"><button>Войти</button></div>'))).toBe(false);
  });

  it('tells a list of stories from a story', () => {
    const teasers = Array.from({ length: 8 }, (_, i) => `<article><h2><a href="/n/${i}">Новость ${i}</a></h2><p>Короткий анонс новости номер ${i}.</p></article>`).join('');
    const home = page(`<header><nav><a href="/">Главная</a></nav></header><main>${teasers}</main>`, '<meta property="og:type" content="website">');
    expect(detectArticle(home).isArticle).toBe(false);
    const story = page(`<main><article><h1>Бюджет принят</h1><time datetime="2026-01-01">1 января 2026</time>${prose(6)}</article></main>`, '<meta property="og:type" content="article">');
    expect(detectArticle(story).isArticle).toBe(true);
  });

  it('reads a metered story whose every paragraph is marked "paywall", with its publisher typed Organization, as an article', () => {
    const paras = Array.from({ length: 8 }, (_, i) => `<p class="paywall">Paragraph ${i}: the central bank kept its rate at 16.5%, and the governor said inflation would peak in the first quarter before easing.</p>`).join('');
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rate held","publisher":{"@type":"Organization","name":"Caspian Wire"}}</script>';
    const story = page(`<main class="story"><h1>Rate held</h1><div class="chart"><div>Running hot</div><div>Source: statistics bureau</div></div><div class="body">${paras}</div></main>`, `<meta property="og:type" content="article">${ld}`);
    const detection = detectArticle(story);
    expect(detection.isArticle).toBe(true);
    expect(detection.reasons).not.toContain('-3 JSON-LD non-article');
    // A prompt to subscribe is still no part of the article.
    const prompt = page(`<main><h1>Rate held</h1>${prose(6)}<p class="paywall">Subscribe to keep reading.</p></main>`, '<meta property="og:type" content="article">');
    const blocks = snapshotArticle(prompt, 'https://news.example/a').blocks;
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).not.toContain('Subscribe to keep reading.');
    expect(blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThanOrEqual(6);
  });

  it('reads a date written in Russian or Kazakh words beside the headline ("5 марта 2026", "5 наурыз 2026")', () => {
    for (const date of ['5 марта 2026', '5 наурыз 2026', '5 March 2026']) {
      const story = page(`<div class="story"><h1>Бюджет принят</h1><div class="date">${date}</div><div class="text">${prose(2)}</div></div>`, '<meta property="og:type" content="article">');
      expect(detectArticle(story).reasons, date).toContain('+1 date');
    }
  });

  it('rejects a shop page and a documentation page with long text', () => {
    const shop = page(`<h1>Чайник</h1><div itemscope itemtype="https://schema.org/Product">${prose(5)}<button name="add-to-cart">В корзину</button></div>`, '<meta property="og:type" content="product">');
    expect(detectArticle(shop).isArticle).toBe(false);
    const docs = page(`<nav class="sidebar"><a href="/a">API</a></nav><main class="documentation"><h1>Install</h1>${prose(5)}<pre>npm i x</pre><pre>x()</pre><pre>y()</pre></main>`, '<meta property="og:type" content="website">');
    expect(detectArticle(docs).isArticle).toBe(false);
  });

  it('agrees with every saved page of the gold set on whether it is an article', () => {
    const dir = join(ROOT, 'tests/fixtures/pages');
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));
    } catch {
      files = [];
    }
    for (const f of files) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { page: string; isArticle?: boolean };
      if (gold.isArticle === undefined) continue;
      const result = extractPage(loadPage(join(dir, gold.page)), 'https://example.test/' + gold.page);
      expect(result.isArticle, f).toBe(gold.isArticle);
      if (!gold.isArticle) expect(result.quotes, f).toEqual([]);
    }
  });
});
