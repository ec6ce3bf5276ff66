import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { quickArticleCheck } from '../../../utils/extract/quick-check';

const PAGES = resolve(import.meta.dirname, '../../fixtures/pages');
const golds = readdirSync(PAGES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => JSON.parse(readFileSync(join(PAGES, f), 'utf8')) as { page: string; isArticle: boolean });
const check = (file: string) => quickArticleCheck(parseHTML(readFileSync(file, 'utf8')).document as unknown as Document);

describe('the check the content script runs on every page', () => {
  it('lets every article of the gold set through (a page it turns away is never read again)', () => {
    const missed = golds.filter((g) => g.isArticle && !check(join(PAGES, g.page))).map((g) => g.page);
    expect(missed).toEqual([]);
    expect(check(resolve(import.meta.dirname, '../../../../shared/fixtures/seed-page.html'))).toBe(true);
  });

  it('turns away most pages that are not articles, so the annotator is not even loaded there', () => {
    const others = golds.filter((g) => !g.isArticle);
    const passed = others.filter((g) => check(join(PAGES, g.page)));
    expect(others.length).toBeGreaterThanOrEqual(8);
    expect(passed.length / others.length).toBeLessThanOrEqual(0.4);
    expect(check(resolve(import.meta.dirname, '../../fixtures/e2e/search-results.html'))).toBe(false);
  });

  it('reads only the first paragraphs of a huge page', () => {
    const huge = `<html><body>${'<p>ok</p>'.repeat(200_000)}<p>${'x'.repeat(500)}</p><p>${'x'.repeat(500)}</p><p>${'x'.repeat(500)}</p></body></html>`;
    expect(quickArticleCheck(parseHTML(huge).document as unknown as Document)).toBe(false);
  });
});
