import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Locale, type Translate } from '../utils/i18n';

const I18nContext = createContext<Translate>(translator('en'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  return <I18nContext.Provider value={translator(locale)}>{children}</I18nContext.Provider>;
}

/** The translate function of the nearest provider (English when there is none, as in isolated tests). */
export function useT(): Translate {
  return useContext(I18nContext);
}
