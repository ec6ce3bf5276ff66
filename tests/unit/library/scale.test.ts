import { describe, expect, it } from 'vitest';
import { buildLibraryIndex, type LibraryPage } from '../../../utils/search/library-index';
import { MAX_VARIANTS, runLibraryQuery } from '../../../utils/search/library-query';
import type { Note } from '../../../utils/schemas';
import { note, noteOn, q, quote } from './fixtures';

// 500 articles, 20 quotes and 20 notes each: the size the library must stay responsive at. Timings are measured
// outside the tests (see the report); here the answers at that size must be whole and consistent.
const WORDS = 'реформа бюджет налог школа больница дорога закон экономика инфляция рост цены тариф вода газ пенсия суд выборы reform budget tax school road law growth prices'.split(' ');
let seed = 7;
const next = () => (seed = (seed * 16807) % 2147483647);
const sentence = (n: number) => Array.from({ length: n }, () => WORDS[next() % WORDS.length]).join(' ');

const pages: LibraryPage[] = [];
const notes: Note[] = [];
for (let p = 0; p < 500; p++) {
  const url = `https://outlet${p % 12}.kz/news/${p}`;
  const savedAt = new Date(Date.UTC(2026, 0, 1) + p * 43_200_000).toISOString();
  const quotes = Array.from({ length: 20 }, (_, i) => quote(`q${i}`, sentence(10 + (i % 8)), `Спикер ${next() % 40}`));
  pages.push({ url, title: `Статья ${p}`, language: 'ru', savedAt, extraction: { speakers: [], quotes, claims: [] } });
  quotes.forEach((qq, i) => notes.push(i % 4 === 0 ? note(url, sentence(12)) : noteOn(qq, url, sentence(12), [WORDS[i]!])));
}

describe('the library at 10,000 notes over 500 articles', () => {
  const index = buildLibraryIndex(pages, notes);

  it('reuses the entries of unchanged articles when rebuilt after a change', () => {
    const changed = notes.map((n, i) => (i === 0 ? { ...n, text: 'правка', updatedAt: '2027-01-01T00:00:00.000Z' } : n));
    const again = buildLibraryIndex(pages, changed, index);
    expect(again.byArticle.get(pages[1]!.url)).toBe(index.byArticle.get(pages[1]!.url));
    expect(again.byArticle.get(pages[0]!.url)).not.toBe(index.byArticle.get(pages[0]!.url));
    expect(runLibraryQuery(again, q({ text: 'правка' })).total).toBe(1);
  });

  it('holds every quote and every note not on a quote', () => {
    expect(index.entries).toHaveLength(10_000 + 2_500);
    expect(index.entries.reduce((sum, e) => sum + e.entry.notes.length, 0)).toBe(10_000);
  });

  it('pages through a search without losing or repeating an entry', () => {
    const first = runLibraryQuery(index, q({ text: 'реформы', limit: 500 }));
    const seen = new Set<string>();
    for (let offset = 0; offset < first.total; offset += 500) {
      const page = runLibraryQuery(index, q({ text: 'реформы', limit: 500, offset }));
      for (const e of page.entries) {
        expect(seen.has(e.key)).toBe(false);
        seen.add(e.key);
        expect(e.variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
      }
    }
    expect(seen.size).toBe(first.total);
    expect(first.total).toBeGreaterThan(1_000);
    expect(first.urls.length).toBeLessThanOrEqual(500);
  });
});
