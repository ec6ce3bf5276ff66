import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle, quickArticleCheck, snapshotArticle } from '../../../utils/extract';
import { metaContent } from '../../../utils/extract/page-signals';

const PARAGRAPH = 'Аким города сообщил журналистам, что ремонт моста на проспекте Республики закончат до конца сентября, а движение откроют в октябре.';

/** An article that states its date, author and address only in its markup, not in meta tags. */
function page(head: string, byline: string): Document {
  const html = `<!DOCTYPE html><html lang="ru"><head><title>Ремонт моста | Новости</title>${head}</head><body>
    <header><nav><a href="/">Главная</a></nav></header>
    <article><h1>Ремонт моста закончат к осени</h1>
      <div class="meta"><time datetime="2026-05-04T10:00:00+05:00">4 мая</time> ${byline}</div>
      <div class="text">${Array.from({ length: 6 }, (_, i) => `<p>${PARAGRAPH} (${i})</p>`).join('')}</div>
    </article></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('the snapshot reads the article metadata the page gives only in its markup', () => {
  it('date from <time datetime>, author from <a rel=author>, address from <link rel=canonical>, title from the h1', () => {
    const doc = page('<link rel="alternate canonical" href="https://news.example.kz/most">', '<a rel="author" href="/a/1">Айгерим Сапарова</a>');
    const s = snapshotArticle(doc, 'https://news.example.kz/most?utm_source=x');
    expect(s.blocks.length).toBeGreaterThan(0);
    expect(s.meta).toEqual({
      siteName: null,
      publishedTime: '2026-05-04T10:00:00+05:00',
      byline: 'Айгерим Сапарова',
      canonicalUrl: 'https://news.example.kz/most',
    });
    expect(s.title).toBe('Ремонт моста закончат к осени');
  });

  it('an author given only as <link rel=author> in the head, and meta tags before markup', () => {
    const doc = page(
      '<link rel="author" href="/a/2"><meta property="og:title" content="Мост откроют в октябре"><meta property="article:published_time" content="2026-05-05">',
      '',
    );
    const s = snapshotArticle(doc, 'https://news.example.kz/most');
    expect(s.title).toBe('Мост откроют в октябре');
    expect(s.meta.publishedTime).toBe('2026-05-05');
    // A <link> has no text: the byline stays empty rather than a made-up name.
    expect(s.meta.byline).toBe('');
    expect(s.meta.canonicalUrl).toBeNull();
  });
});

describe('meta tags are read from <head> first and from the body when a key is missing there', () => {
  it('a key written only in the body (itemprop) is found, and wins over a later key the head has', () => {
    const doc = page('<meta property="og:site_name" content="Новости">', '<meta itemprop="datePublished" content="2026-05-06"><meta itemprop="author" content="Данияр Омаров">');
    expect(metaContent(doc, 'og:site_name')).toBe('Новости');
    // datePublished sits in the body; the head's date (none here) must not hide it.
    expect(metaContent(doc, 'datePublished', 'og:site_name')).toBe('2026-05-06');
    expect(snapshotArticle(doc, 'https://news.example.kz/most').meta.byline).toBe('Данияр Омаров');
  });

  it('the first meta of a key in document order wins, before and after detection walked the page', () => {
    const head = '<meta name="author" content="Редакция">';
    const fresh = page(head, '<meta name="author" content="Из текста">');
    expect(metaContent(fresh, 'author')).toBe('Редакция');
    const walked = page(head, '<meta name="author" content="Из текста">');
    expect(detectArticle(walked).isArticle).toBe(true);
    expect(metaContent(walked, 'author')).toBe('Редакция');
    expect(metaContent(walked, 'missing', 'author')).toBe('Редакция');
  });
});

describe('a single-page site rewrites its meta tags for the next article', () => {
  it('each look reads them afresh: the quick check, detection and the snapshot see the new ones', () => {
    const doc = page('<meta property="og:type" content="website"><meta property="og:title" content="Главная">', '');
    expect(metaContent(doc, 'og:type')).toBe('website');
    snapshotArticle(doc, 'https://news.example.kz/');
    // The site shows an article in place, as single-page sites do after history.pushState.
    doc.querySelector('meta[property="og:type"]')!.setAttribute('content', 'article');
    doc.querySelector('meta[property="og:title"]')!.setAttribute('content', 'Мост откроют в октябре');
    expect(quickArticleCheck(doc)).toBe(true);
    expect(detectArticle(doc).reasons).toContain('+2 og:type article');
    expect(snapshotArticle(doc, 'https://news.example.kz/most').title).toBe('Мост откроют в октябре');
  });
});
