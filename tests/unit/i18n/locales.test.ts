import { describe, expect, it } from 'vitest';
import { LOCALES, pickLocale, translator, type Locale } from '../../../utils/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface translations', () => {
  const english = LOCALES.en;
  for (const locale of Object.keys(LOCALES) as Locale[]) {
    it(`${locale} has every key, with a non-empty text and the same placeholders as English`, () => {
      const table = LOCALES[locale];
      expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(table)) {
        expect(text.trim(), `${locale}.${key}`).not.toBe('');
        expect(placeholders(text), `${locale}.${key}`).toEqual(placeholders(english[key as keyof typeof english]));
      }
    });
  }

  it('follows the user choice, then the browser languages, then English', () => {
    expect(pickLocale('kk', ['ru-RU'])).toBe('kk');
    expect(pickLocale(null, ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(pickLocale('xx', ['kk-KZ'])).toBe('kk');
    expect(pickLocale(null, ['de'])).toBe('en');
  });

  it('fills placeholders', () => {
    expect(translator('ru')('summary', { quotes: 9, speakers: 1, claims: 5 })).toBe('Цитат: 9 · Спикеров: 1 · Утверждений: 5');
  });
});
