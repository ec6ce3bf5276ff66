import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage, snapshotArticle } from '../../../utils/extract';

const PARAGRAPH = 'Аким области сообщил, что отопительный сезон в районах начнется по графику, а котельные уже прошли проверку.';

/** An article with a related story's card set in the body between two paragraphs, as CMSs insert them. */
function page(card: string): Document {
  const html = `<!DOCTYPE html><html lang="ru"><head><title>Отопительный сезон</title><meta property="og:type" content="article"><meta property="article:published_time" content="2026-10-01T10:00:00+05:00"></head><body>
    <header><nav><a href="/">Главная</a></nav></header>
    <article><h1>Отопительный сезон начнется по графику</h1>
      <div class="story-text">${Array.from({ length: 3 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('')}
      ${card}
      <p>В акимате добавили, что жалобы жителей <a href="/heating">принимает горячая линия</a> круглосуточно.</p>
      ${Array.from({ length: 3 }, (_, i) => `<p>${PARAGRAPH} (${i + 3})</p>`).join('')}</div>
    </article></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

const CARD = '<div class="story-card"><span class="story-card__rubric">Общество</span><a class="story-card__link" href="/society/2026/09/30/tarify"><span>Министр энергетики: «Тарифы на тепло повышать не будем»</span></a></div>';

describe('a related story\'s card inside the body', () => {
  it('is sent as furniture, and its quoted headline is no quote of the article', () => {
    const s = snapshotArticle(page(CARD), 'https://news.example.kz/a');
    const card = s.blocks.find((b) => b.text.includes('Тарифы на тепло'));
    expect(card?.kind).toBe('other');
    const r = extractPage(page(CARD), 'https://news.example.kz/a');
    expect(r.quotes.some((q) => q.text.includes('Тарифы на тепло'))).toBe(false);
  });

  it('leaves a paragraph of the article with a link in it a paragraph', () => {
    const s = snapshotArticle(page(CARD), 'https://news.example.kz/a');
    expect(s.blocks.find((b) => b.text.includes('горячая линия'))?.kind).toBe('paragraph');
  });

  it('is furniture also when the whole line is the link ("Читайте также: …")', () => {
    const s = snapshotArticle(page('<p><a href="/society/2026/09/30/tarify">Читайте также: Министр энергетики пообещал не повышать тарифы</a></p>'), 'https://news.example.kz/a');
    expect(s.blocks.find((b) => b.text.includes('Читайте также'))?.kind).toBe('other');
  });
});

describe('a list of related stories inside the body', () => {
  it('sends its linked headlines as furniture, and quotes none of them, while a list of statements stays', () => {
    const related = '<div class="inline-links"><p><b>По теме</b></p><ul><li><a href="/a/1">Аким: «Котельные готовы к зиме»</a></li><li><a href="/a/2">Цены на уголь вырастут на 10%, заявили в Минэнерго</a></li></ul></div>';
    const own = '<ul><li>Аким поручил проверить все котельные района до 15 октября.</li><li>Горячая линия <a href="/hot">работает круглосуточно</a> до конца сезона.</li></ul>';
    const s = snapshotArticle(page(related + own), 'https://news.example.kz/a');
    expect(s.blocks.find((b) => b.text.includes('Котельные готовы'))?.kind).toBe('other');
    expect(s.blocks.find((b) => b.text.includes('Цены на уголь'))?.kind).toBe('other');
    expect(s.blocks.find((b) => b.text.includes('Горячая линия'))?.kind).toBe('list-item');
    const r = extractPage(page(related + own), 'https://news.example.kz/a');
    expect(r.quotes.some((q) => q.text.includes('Котельные готовы') || q.text.includes('Цены на уголь'))).toBe(false);
  });
});

describe('a paywall box', () => {
  it('is the article when it wraps the body\'s paragraphs, and furniture when it is the prompt to subscribe', () => {
    const paras = Array.from({ length: 5 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('');
    const html = `<!DOCTYPE html><html lang="ru"><head><title>Отопление</title><meta property="og:type" content="article"></head><body>
      <article><h1>Отопительный сезон начнется по графику</h1><div class="entry-content"><div class="paywall">${paras}</div>
      <div class="paywall-prompt"><p>Осталось 2 бесплатные статьи в этом месяце. Оформите подписку, чтобы читать дальше.</p></div></div></article></body></html>`;
    const s = snapshotArticle(parseHTML(html).document as unknown as Document, 'https://news.example.kz/a');
    expect(s.blocks.filter((b) => b.kind === 'paragraph' && b.text.startsWith('Аким области')).length).toBe(5);
    expect(s.blocks.find((b) => b.text.includes('подписку'))?.kind).toBe('other');
  });
});
