import { useEffect, useState } from 'preact/hooks';
import { LOCALE_PREFERENCE_KEY, isLocale, pickLocale, type Locale } from '@/utils/i18n';

/**
 * The interface language. Kept in the extension origin's localStorage: shared by the panel and options pages,
 * unreadable by web pages and content scripts, and the `storage` event switches open panels at once.
 */
export function readLocalePreference(): Locale | null {
  const value = localStorage.getItem(LOCALE_PREFERENCE_KEY);
  return isLocale(value) ? value : null;
}

export function writeLocalePreference(locale: Locale | null): void {
  if (locale) localStorage.setItem(LOCALE_PREFERENCE_KEY, locale);
  else localStorage.removeItem(LOCALE_PREFERENCE_KEY);
}

export function useLocale(): [Locale, Locale | null, (next: Locale | null) => void] {
  const [preference, setPreference] = useState<Locale | null>(readLocalePreference);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === LOCALE_PREFERENCE_KEY) setPreference(readLocalePreference());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const locale = pickLocale(preference, navigator.languages);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const change = (next: Locale | null) => {
    writeLocalePreference(next);
    setPreference(next);
  };
  return [locale, preference, change];
}
