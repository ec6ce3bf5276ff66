import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { LibraryView } from '@/components/library/LibraryView';
import { useLocale } from '../shared/locale';
import { browserLibraryClient } from './client';
import '../sidepanel/style.css';
import './style.css';

function App() {
  const [locale] = useLocale();
  return (
    <I18nProvider locale={locale}>
      <LibraryView client={browserLibraryClient} />
    </I18nProvider>
  );
}

render(<App />, document.getElementById('app')!);
