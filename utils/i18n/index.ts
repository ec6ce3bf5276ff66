import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';

/**
 * The interface's own translations. Not browser.i18n: that follows the browser's language only, and users
 * pick the panel's language in the options (a Kazakh journalist may run an English browser).
 */
export type Locale = 'en' | 'ru' | 'kk';
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const LOCALES: Record<Locale, Record<MessageKey, string>> = { en, ru, kk };
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };
export const LOCALE_PREFERENCE_KEY = 'statement-lens:locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'ru' || value === 'kk';
}

/** The user's choice if any, else the first browser language we have, else English. */
export function pickLocale(preference: string | null, browserLanguages: readonly string[]): Locale {
  if (isLocale(preference)) return preference;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function translator(locale: Locale): Translate {
  const table = LOCALES[locale];
  return (key, params) => {
    const template = table[key] ?? LOCALES.en[key] ?? key;
    return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;
  };
}
