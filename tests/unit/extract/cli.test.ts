import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../../../utils/schemas';
import { ROOT, SEED } from './helpers';

const tsx = join(ROOT, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, [join(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run extract', () => {
  it('prints one JSON object with the seed page statements', () => {
    const out = execFileSync(tsx, [join(ROOT, 'scripts/extract.ts'), SEED, '--json', '--url', 'https://news.example.kz/a'], { cwd: ROOT, encoding: 'utf8' });
    const result = JSON.parse(out) as { isArticle: boolean; url: string; title: string; quotes: Array<{ kind: string; speaker: string | null; cue: string | null }> };
    expect(result.isArticle).toBe(true);
    expect(result.url).toBe('https://news.example.kz/a');
    expect(result.title).toContain('Работа полиции');
    const dash = result.quotes.filter((q) => q.kind === 'direct');
    expect(dash.map((q) => q.speaker)).toEqual(['Касым-Жомарт Токаев', 'Касым-Жомарт Токаев', 'Касым-Жомарт Токаев']);
  });

  it('keeps the contract DEVELOPERS.md gives: the JSON passes the extraction schema, ids are stable', () => {
    const first = run(SEED, '--json', '--url', 'https://news.example.kz/a');
    expect(first.status).toBe(0);
    const parsed = extractionSchema.safeParse(JSON.parse(first.stdout));
    expect(parsed.success).toBe(true);
    expect(run(SEED, '--json', '--url', 'https://news.example.kz/a').stdout).toBe(first.stdout);
  });

  it('answers a page that is not an article with exit status 0 and empty lists', () => {
    const r = run(join(ROOT, 'tests/fixtures/pages/non-en-search-results.html'), '--json');
    expect(r.status).toBe(0);
    const result = extractionSchema.parse(JSON.parse(r.stdout));
    expect(result.isArticle).toBe(false);
    expect([result.speakers, result.quotes, result.claims]).toEqual([[], [], []]);
  });

  it('uses the file URL when no --url is given', () => {
    const r = run(SEED, '--json');
    expect(JSON.parse(r.stdout).url).toMatch(/^file:\/\/.*seed-page\.html$/);
  });

  it('fails clearly on a missing file', () => {
    const r = run('/no/such/page.html', '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot read /no/such/page.html');
    expect(r.stdout).toBe('');
  });

  it('rejects an unknown format with a clear message', () => {
    const r = run(SEED, '--format', 'pdf');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--format pdf');
    expect(run(SEED, '--format', 'json').status).toBe(0);
  });
});
