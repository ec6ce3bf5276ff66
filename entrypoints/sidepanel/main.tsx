import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PanelView } from '@/components/PanelView';
import { StatusNotice } from '@/components/StatusNotice';
import { browserPanelClient, resolveTabId } from './client';
import './style.css';

function App() {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    const follow = () => void resolveTabId(location.search).then(setTabId);
    follow();
    // The panel follows the user from tab to tab unless it was opened for one tab.
    if (new URLSearchParams(location.search).has('tabId')) return undefined;
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, []);
  if (tabId === undefined) return <StatusNotice title="Reading the page…" />;
  if (tabId === null) return <StatusNotice title="No tab to show" />;
  return <PanelView key={tabId} client={browserPanelClient} tabId={tabId} />;
}

render(<App />, document.getElementById('app')!);
