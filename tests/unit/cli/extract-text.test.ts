import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/extract';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEED = resolve(ROOT, '../shared/fixtures/seed-page.html');
const NOT_ARTICLE = resolve(ROOT, 'tests/fixtures/pages/non-en-docs-page.html');
const run = promisify(execFile);

/** The CLI as a user runs it (without npm in between, whose notices go to stderr anyway). */
const extract = (...args: string[]) =>
  run(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT, maxBuffer: 20e6 });

describe('npm run extract without --json: a report to read', () => {
  it('gives the verdict, language and title, the speakers, the quotes under their speaker with their claims, and the variant', async () => {
    const { stdout } = await extract(SEED);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Работа полиции должна быть прозрачной, открытой, а сами они - должны быть ближе к народу - Токаев');
    expect(lines[1]).toBe(pathToFileURL(SEED).href);
    expect(lines[2]).toBe('News article · language: ru');
    expect(stdout).toContain('Speakers (1)\n  Касым-Жомарт Токаев — Президент · 9 quotes · 4 mentions: ');
    for (const mention of ['Токаев', 'Глава государства', 'Президент']) expect(lines.find((l) => l.includes('4 mentions'))).toContain(mention);

    // Quotes under their speaker, numbered in page order, with kind and cue, and each claim with type and score.
    expect(stdout).toContain('\nКасым-Жомарт Токаев (Президент)\n  [1] headline · also worded as [');
    expect(stdout).toMatch(/\n {2}\[\d\] direct · cue: сказал · also worded as \[1\] \(see Variants\)\n {6}“Работа полиции должна быть прозрачной, открытой, а сами они - быть ближе к народу\. Давно пора/);
    expect(stdout).toMatch(/\n {2}\[\d\] indirect · cue: подчеркнул\n/);
    expect(stdout).toMatch(/\n {6}- factual, check-worthiness 0\.\d\d: У нас действуют комиссии по предотвращению нарушений прав\n/);
    expect(stdout).toMatch(/\n {6}- action, check-worthiness 0\.\d\d: По моему поручению МВД уже предпринят ряд серьезных мер в этом направлении\n/);

    // The headline's extra word, marked as git's word diff marks it, against the one body sentence it words.
    expect(stdout).toMatch(/\nVariants \(1\)\n {2}\[1\] headline \/ \[\d\] direct: /);
    expect(stdout).toContain('\n      Работа полиции должна быть прозрачной, открытой, а сами они - [-должны-] быть ближе к народу. …\n');
    // Not JSON, and none of its ids or anchors.
    expect(stdout.trimStart()[0]).not.toBe('{');
    expect(stdout).not.toContain('TextQuoteSelector');
  });

  it('prints the same with --text', async () => {
    const [explicit, plain] = await Promise.all([extract(SEED, '--text'), extract(SEED)]);
    expect(explicit.stdout).toBe(plain.stdout);
  });

  it('says plainly of a page that is not an article that it is not one', async () => {
    const { stdout } = await extract(NOT_ARTICLE, '--text', '--url', 'https://docs.example/api');
    expect(stdout).toBe('Quote extraction API · QuoteKit Docs\nhttps://docs.example/api\nNot a news article · language: other\n');
  });

  it('keeps --json exactly as it was: the extraction object, indented, one line feed after it', async () => {
    const { stdout } = await extract(SEED, '--json', '--url', 'https://news.example.kz/a');
    const extraction = extractPage(parseHTML(readFileSync(SEED, 'utf8')).document, 'https://news.example.kz/a');
    expect(stdout).toBe(JSON.stringify(extraction, null, 2) + '\n');
  });

  it('refuses --text with --json or --format instead of guessing which was meant', async () => {
    await Promise.all([
      expect(extract(SEED, '--text', '--json')).rejects.toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('--text') }),
      expect(extract(SEED, '--format', 'md', '--text')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--text') }),
    ]);
  });
});
