import { browser } from 'wxt/browser';
import type { TabSource } from '@/components/FollowTab';
import type { PanelClient } from '@/components/panel-client';
import { parseMessage, parseResponse, type Message, type RequestType, type ResponseOf } from '@/utils/messages';

async function ask<T extends RequestType>(message: Message & { type: T }): Promise<ResponseOf<T>> {
  return parseResponse(message.type, await browser.runtime.sendMessage(message));
}

export const browserPanelClient: PanelClient = {
  getTabState: (tabId) => ask({ type: 'getTabState', tabId }),
  listNotes: async (url) => (await ask({ type: 'listNotes', url })).notes,
  saveNote: async (request) => (await ask({ type: 'saveNote', ...request })).note,
  deleteNote: async (id) => (await ask({ type: 'deleteNote', id })).deleted,
  restoreNote: async (note) => void (await ask({ type: 'restoreNote', note })),
  reveal: async (tabId, anchor) =>
    parseResponse('revealAnchor', await browser.tabs.sendMessage(tabId, { type: 'revealAnchor', anchor })).found,
  listComments: (tabId) => ask({ type: 'listComments', tabId }),
  postComment: async (tabId, anchor, text) => void (await ask({ type: 'postComment', tabId, anchor, text })),
  exportPage: async (tabId) => (await ask({ type: 'exportPage', tabId })).bundle,
  retryComments: async () => void (await ask({ type: 'retryOutbox' })),
  openOptions: () => void browser.runtime.openOptionsPage(),
  onFocusItem(listener) {
    const onMessage = (raw: unknown) => {
      const msg = parseMessage(raw);
      if (msg?.type === 'focusItem') listener(msg.tabId, msg.id);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
  onTabChanged(listener) {
    const onMessage = (raw: unknown) => {
      const msg = parseMessage(raw);
      if (msg?.type === 'tabStateChanged') listener(msg.tabId);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
};

/** The tab the panel shows: `?tabId=` when given (tests, a panel opened as a tab), else the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The panel follows the user from tab to tab, unless it was opened for one tab (`?tabId=`). */
export function browserTabSource(search: string): TabSource {
  const pinned = new URLSearchParams(search).has('tabId');
  return {
    current: () => resolveTabId(search),
    onSwitch: pinned
      ? undefined
      : (listener) => {
          browser.tabs.onActivated.addListener(listener);
          return () => browser.tabs.onActivated.removeListener(listener);
        },
  };
}
