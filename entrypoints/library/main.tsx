import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { I18nProvider } from '@/components/i18n';
import { LibraryView } from '@/components/library/LibraryView';
import { translator } from '@/utils/i18n';
import { useLocale } from '../shared/locale';
import { browserLibraryClient } from './client';
import '../sidepanel/style.css';
import './style.css';

function App() {
  const [locale] = useLocale();
  // The tab's title is what a user finds among many open tabs: in their language too.
  useEffect(() => {
    document.title = `${translator(locale)('library.title')} — Statement Lens`;
  }, [locale]);
  return (
    <I18nProvider locale={locale}>
      <LibraryView client={browserLibraryClient} />
    </I18nProvider>
  );
}

render(<App />, document.getElementById('app')!);
