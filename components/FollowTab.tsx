import { useEffect, useState } from 'preact/hooks';
import { PanelView } from './PanelView';
import type { PanelClient } from './panel-client';
import { StatusNotice } from './StatusNotice';
import { useT } from './i18n';

/** Which tab the panel shows, and when the user moves to another one. */
export interface TabSource {
  /** The tab to show now: the one the panel was opened for, or the active tab; null when there is none. */
  current(): Promise<number | null>;
  /** Calls back when the user switches tabs; returns the unsubscribe function. Absent for a panel opened for one tab. */
  onSwitch?: (listener: () => void) => () => void;
}

/** The side panel: the page of the tab the user is on, following them from tab to tab. */
export function FollowTab({ client, tabs }: { client: PanelClient; tabs: TabSource }) {
  const t = useT();
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    // Two quick switches may answer out of order: only the latest question's answer is shown.
    let asked = 0;
    const follow = () => {
      const question = ++asked;
      void tabs.current().then((id) => {
        if (question === asked) setTabId(id);
      });
    };
    follow();
    return tabs.onSwitch?.(follow);
  }, [tabs]);
  if (tabId === undefined) return <StatusNotice title={t('loading')} />;
  if (tabId === null) return <StatusNotice title={t('noTab')} />;
  return <PanelView key={tabId} client={client} tabId={tabId} />;
}
