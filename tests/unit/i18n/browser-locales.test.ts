import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

/** What the browser shows in its own language (_locales, made by @wxt-dev/i18n from utils/i18n/browser). */
const DIR = fileURLToPath(new URL('../../../utils/i18n/browser/', import.meta.url));
const locales = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace('.json', ''), JSON.parse(readFileSync(DIR + f, 'utf8')) as Record<string, string>]),
);

describe('the browser-facing translations', () => {
  it('exist in English, Russian and Kazakh, each with every key and a non-empty text', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'kk', 'ru']);
    for (const [locale, table] of Object.entries(locales)) {
      expect(Object.keys(table).sort(), locale).toEqual(Object.keys(locales.en!).sort());
      for (const [key, text] of Object.entries(table)) expect(text.trim(), `${locale}.${key}`).not.toBe('');
    }
  });

  it('fit the stores: a name of at most 75 characters, a description of at most 132', () => {
    for (const [locale, table] of Object.entries(locales)) {
      expect(table.extName!.length, locale).toBeLessThanOrEqual(75);
      expect(table.extDescription!.length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('are what the manifest names: every __MSG_key__ it uses exists, with English as the default', () => {
    const manifest = JSON.stringify((config as { manifest: object }).manifest);
    const used = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const key of used) expect(Object.keys(locales.en!), key).toContain(key);
    expect(manifest).toContain('"default_locale":"en"');
  });
});
