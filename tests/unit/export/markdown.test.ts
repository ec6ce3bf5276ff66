import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../../utils/export/markdown-format';
import { escapeMarkdown } from '../../../utils/export/markdown-escape';
import { anchor, bundle, note, page, quote } from './fixtures';

describe('Markdown export', () => {
  const q1 = quote('q1', 'Мы повысим зарплаты учителям на 20%.', 0);
  const q2 = quote('q2', 'Тарифы не вырастут.', 40, null);
  const onQuote = note({ targetKind: 'quote', anchor: q1.anchor, text: 'Проверить: в 2024 обещали то же.', tags: ['обещание'] });
  const inside = note({ targetKind: 'highlight', anchor: anchor('зарплаты', 12), text: 'Какие именно?' });
  const onArticle = note({ text: 'Статья перепечатана с сайта правительства.' });
  const elsewhere = note({ targetKind: 'highlight', anchor: anchor('где-то ещё', 200), text: '' });
  const md = exportMarkdown(bundle([page([q1, q2])], [onQuote, inside, onArticle, elsewhere]));

  it('has one section per article, its title linked to the url, with the date', () => {
    expect(md).toContain('## [Бюджет-2025: что сказал премьер](<https://tengrinews.example.kz/news/budget-2025>)');
    expect(md).toContain('Saved 2025-03-01 10:00');
  });

  it('puts article notes at the top of the section, before the quotes', () => {
    expect(md.indexOf('Статья перепечатана')).toBeLessThan(md.indexOf('Мы повысим'));
  });

  it('shows quotes as blockquotes with speaker and kind, and the notes on them underneath', () => {
    expect(md).toContain('> Мы повысим зарплаты учителям на 20%.\n>\n> — **Олжас Бектенов**, сказал (direct quote)');
    const quoteAt = md.indexOf('Мы повысим');
    const nextQuoteAt = md.indexOf('Тарифы не вырастут');
    for (const text of ['Проверить: в 2024', 'Какие именно?']) {
      const at = md.indexOf(text);
      expect(at).toBeGreaterThan(quoteAt);
      expect(at).toBeLessThan(nextQuoteAt);
    }
    expect(md).toContain('— tags: обещание');
    expect(md).toContain('> Тарифы не вырастут.\n>\n> — Unattributed (direct quote)');
  });

  it('lists notes that match no quote under other highlights, with the highlighted text', () => {
    expect(md).toMatch(/\*\*Other highlights\*\*\n\n> где-то ещё/);
  });

  it('lists claims with their type', () => {
    const p = page([q1]);
    p.extraction.claims.push({ id: 'c1', quoteId: 'q1', text: 'зарплаты учителям вырастут на 20%', type: 'commitment', speaker: null, checkworthiness: 0.9, anchor: q1.anchor });
    expect(exportMarkdown(bundle([p]))).toContain('- *commitment*: зарплаты учителям вырастут на 20%');
  });

  it('escapes a quote that tries to inject a link or HTML', () => {
    const evil = 'Нажмите [link](javascript:alert(1)) или <img src=x onerror=alert(1)> сюда';
    const out = exportMarkdown(bundle([page([quote('q1', evil, 0)])], [note({ text: '<script>alert(1)</script> ![x](http://evil/x.png)' })]));
    expect(out).toContain('\\[link\\](javascript:alert(1))');
    expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(out).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(out).toContain('\\!\\[x\\](http:\\/\\/evil/x.png)');
    expect(out).not.toMatch(/(^|[^\\])\[link\]/);
    expect(out).not.toMatch(/(^|[^\\])<img/);
  });

  it('escapes lines that would become headings, lists, quotes or code', () => {
    expect(escapeMarkdown('# заголовок')).toBe('\\# заголовок');
    expect(escapeMarkdown('- пункт\n+ ещё\n> цитата\n1. номер')).toBe('\\- пункт\n\\+ ещё\n\\> цитата\n1\\. номер');
    expect(escapeMarkdown('    код')).toBe('код');
    expect(escapeMarkdown('*жирный* _курсив_ `код` ~зачёркнуто~ | таблица')).toBe('\\*жирный\\* \\_курсив\\_ \\`код\\` \\~зачёркнуто\\~ \\| таблица');
    expect(escapeMarkdown('see www.evil.example or https://evil.example')).toBe('see www\\.evil.example or https:\\/\\/evil.example');
  });

  it('keeps a title from breaking out of its link, and a url from breaking out of its <>', () => {
    const out = exportMarkdown(bundle([page([], { url: 'https://ok.example/a b>c', title: 'T](javascript:alert(1))' })]));
    expect(out).toContain('## [T\\](javascript:alert(1))](<https://ok.example/a%20b%3Ec>)');
  });
});
