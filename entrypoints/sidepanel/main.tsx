import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { I18nProvider, useT } from '@/components/i18n';
import { PanelView } from '@/components/PanelView';
import { StatusNotice } from '@/components/StatusNotice';
import { useLocale } from '../shared/locale';
import { browserPanelClient, resolveTabId } from './client';
import './style.css';

function FollowTab() {
  const t = useT();
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    const follow = () => void resolveTabId(location.search).then(setTabId);
    follow();
    // The panel follows the user from tab to tab unless it was opened for one tab.
    if (new URLSearchParams(location.search).has('tabId')) return undefined;
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, []);
  if (tabId === undefined) return <StatusNotice title={t('loading')} />;
  if (tabId === null) return <StatusNotice title={t('noTab')} />;
  return <PanelView key={tabId} client={browserPanelClient} tabId={tabId} />;
}

function App() {
  const [locale] = useLocale();
  return (
    <I18nProvider locale={locale}>
      <FollowTab />
    </I18nProvider>
  );
}

render(<App />, document.getElementById('app')!);
