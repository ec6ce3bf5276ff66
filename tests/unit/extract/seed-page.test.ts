import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../../utils/anchor/text-model';
import { extractPage, snapshotArticle } from '../../../utils/extract';
import { overlapF1 } from '../../../utils/extract/overlap';
import { extractionSchema } from '../../../utils/schemas';
import { loadPage, SEED } from './helpers';
import gold from '../../../../shared/fixtures/seed-gold.json';

describe('the seed page (Tokayev on the police)', () => {
  const doc = loadPage(SEED);
  const result = extractPage(doc, 'https://news.example.kz/politics/2021/03/17/rabota-policii');

  it('is an article in Russian, with the headline as title, and matches the schema', () => {
    expect(result.isArticle).toBe(true);
    expect(result.language).toBe('ru');
    expect(result.title).toBe(gold.title);
    expect(() => extractionSchema.parse(result)).not.toThrow();
  });

  it('finds every gold quote with its kind and speaker, and nothing else', () => {
    expect(result.quotes).toHaveLength(gold.quotes.length);
    for (const g of gold.quotes) {
      const family = (k: string) => (k === 'indirect' ? 'indirect' : 'direct');
      const match = result.quotes.find((q) => family(q.kind) === family(g.kind) && overlapF1(q.text, g.text) >= 0.9);
      expect(match, g.text).toBeDefined();
      expect(match!.kind).toBe(g.kind);
      expect(match!.speaker).toBe('Касым-Жомарт Токаев');
    }
  });

  it('takes the quote text without the dash and the cue, and names the cue', () => {
    const first = result.quotes.find((q) => q.kind === 'direct')!;
    expect(first.text.startsWith('Работа полиции')).toBe(true);
    expect(first.text.endsWith('изучать их замечания и предложения')).toBe(true);
    expect(first.cue).toBe('сказал');
  });

  it('never takes the caption, the source line, comments or sidebar headlines for quotes', () => {
    for (const nq of gold.notQuotes) {
      expect(result.quotes.some((q) => q.text.includes(nq) || nq.includes(q.text))).toBe(false);
    }
  });

  it('resolves Токаев, Президент and Глава государства to one speaker', () => {
    expect(result.speakers).toHaveLength(1);
    const [speaker] = result.speakers;
    expect(speaker!.name).toBe('Касым-Жомарт Токаев');
    expect(speaker!.mentions).toEqual(expect.arrayContaining(['Касым-Жомарт Токаев', 'Токаев', 'Президент', 'Глава государства']));
  });

  it('links the headline to the body quote it paraphrases', () => {
    const headline = result.quotes.find((q) => q.kind === 'headline')!;
    const body = result.quotes.find((q) => q.id === headline.variantOf);
    expect(body?.text).toContain('а сами они - быть ближе к народу');
  });

  it('finds the five check-worthy claims with their types, scored above the directives', () => {
    for (const c of gold.checkworthyClaims) {
      const found = result.claims.find((x) => x.text.includes(c.text) || overlapF1(x.text, c.text) >= 0.6);
      expect(found, c.text).toBeDefined();
      expect(found!.type).toBe(c.type);
      expect(found!.checkworthiness).toBeGreaterThanOrEqual(0.6);
    }
    for (const d of gold.directives) {
      const found = result.claims.find((x) => x.text.includes(d));
      expect(found, d).toBeDefined();
      expect(found!.type).toBe('directive');
      expect(found!.checkworthiness).toBeLessThan(0.5);
    }
  });

  it('anchors every quote in the page text model, a quote over two paragraphs included', () => {
    const model = buildTextModel(loadPage(SEED).body);
    for (const q of [...result.quotes, ...result.claims]) {
      const { start, end } = q.anchor.position;
      expect(model.text.slice(start, end)).toBe(q.anchor.quote.exact);
      expect(model.text.slice(Math.max(0, start - q.anchor.quote.prefix.length), start)).toBe(q.anchor.quote.prefix);
      expect(q.anchor.quote.prefix.length).toBeLessThanOrEqual(32);
    }
    const long = result.quotes.find((q) => q.text.startsWith('От ваших слов'))!;
    expect(long.anchor.quote.exact).toContain('\n');
    expect(long.text).not.toContain('\n');
  });

  it('gives the same ids to the same page', () => {
    const again = extractPage(loadPage(SEED), 'https://news.example.kz/politics/2021/03/17/rabota-policii');
    expect(again.quotes.map((q) => q.id)).toEqual(result.quotes.map((q) => q.id));
    expect(new Set(result.quotes.map((q) => q.id)).size).toBe(result.quotes.length);
  });

  it('sends blocks that are exact slices of the text model, without comments or sidebar', () => {
    const page = loadPage(SEED);
    const snapshot = snapshotArticle(page, 'https://x');
    const model = buildTextModel(page.body);
    for (const b of snapshot.blocks) expect(model.text.slice(b.start, b.start + b.text.length)).toBe(b.text);
    expect(snapshot.blocks.find((b) => b.kind === 'headline')?.text).toBe(page.querySelector('h1')!.textContent);
    expect(snapshot.blocks.find((b) => b.text.startsWith('Фото'))?.kind).toBe('caption');
    const all = snapshot.blocks.map((b) => b.text).join('\n');
    expect(all).not.toContain('Оставлять комментарии');
    expect(all).not.toContain('Совета безопасности');
  });
});
