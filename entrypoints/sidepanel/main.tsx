import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { FollowTab } from '@/components/FollowTab';
import { useLocale } from '../shared/locale';
import { browserPanelClient, browserTabSource } from './client';
import './style.css';

const tabs = browserTabSource(location.search);

function App() {
  const [locale] = useLocale();
  return (
    <I18nProvider locale={locale}>
      <FollowTab client={browserPanelClient} tabs={tabs} />
    </I18nProvider>
  );
}

render(<App />, document.getElementById('app')!);
