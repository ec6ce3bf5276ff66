import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importJson } from '../../../utils/export';
import { checkCollection } from '../export/w3c-model';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEED = resolve(ROOT, '../shared/fixtures/seed-page.html');
const run = promisify(execFile);

/** The CLI as a user runs it (without npm in between, whose notices go to stderr anyway). */
const extract = (...args: string[]) =>
  run(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT, maxBuffer: 20e6 });

describe('npm run extract --format', () => {
  it('writes our JSON bundle, which imports back with the page and every quote', async () => {
    const { stdout } = await extract(SEED, '--url', 'https://news.example.kz/politics/a?utm_source=x', '--format', 'json');
    const imported = importJson(stdout);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.value.pages[0]!.url).toBe('https://news.example.kz/politics/a?utm_source=x');
    const { stdout: plain } = await extract(SEED, '--json');
    expect(imported.value.pages[0]!.extraction.quotes).toHaveLength((JSON.parse(plain) as { quotes: unknown[] }).quotes.length);
  });

  it('writes W3C Web Annotations whose targets are the page, and a CSV that opens in a spreadsheet', async () => {
    const w3c = JSON.parse((await extract(SEED, '--url', 'https://news.example.kz/a', '--format', 'w3c')).stdout) as {
      type: string;
      first: { items: Array<{ target: { source: string } | string }> };
    };
    expect(checkCollection(w3c as Parameters<typeof checkCollection>[0])).toEqual([]);
    expect(w3c.type).toBe('AnnotationCollection');
    const sources = w3c.first.items.map((a) => (typeof a.target === 'string' ? a.target : a.target.source));
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources)).toEqual(new Set(['https://news.example.kz/a']));

    const csv = (await extract(SEED, '--format', 'csv')).stdout;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('file://');
    expect(csv).toContain('Касым-Жомарт Токаев');
  });

  it('meets every W3C MUST without --url too, where the source is the file\u2019s own file: URL', async () => {
    const local = JSON.parse((await extract(SEED, '--format', 'w3c')).stdout) as Parameters<typeof checkCollection>[0] & { first: { items: Array<{ target: unknown }> } };
    expect(local.first.items.length).toBeGreaterThan(0);
    expect(checkCollection(local)).toEqual([]);
    expect(JSON.stringify(local.first.items[0]!.target)).toContain('file://');
  });

  it('writes Markdown with the quotes as block quotes, and refuses an unknown format clearly', async () => {
    const md = (await extract(SEED, '--url', 'https://news.example.kz/a', '--format', 'md')).stdout;
    expect(md).toMatch(/^> .*Работа полиции/m);
    await expect(extract(SEED, '--format', 'xml')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('unknown --format xml') });
  });
});
