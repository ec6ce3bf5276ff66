import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '@/utils/background/handlers';
import { StatementLensDb } from '@/utils/db/database';
import { extractStatements } from '@/utils/extract';
import { parseMessage, type Message } from '@/utils/messages';

export default defineBackground(() => {
  const db = new StatementLensDb();
  const action = browser.action ?? browser.browserAction;

  const background = createBackground({
    db,
    extract: (snapshot) => extractStatements(snapshot),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    setBadge: async (tabId, text) => {
      await action.setBadgeText({ tabId, text }).catch(() => undefined);
    },
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    broadcast: (message: Message) => {
      // No panel open is the common case, not an error.
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const msg = parseMessage(raw);
    if (!msg || msg.type === 'tabStateChanged') return undefined;
    const from = { tabId: sender.tab?.id ?? null, url: sender.url ?? null };
    return background.handle(msg, from).catch((error: unknown) => {
      console.error(`[statement-lens] "${msg.type}" failed:`, error);
      return { error: error instanceof Error ? error.message : String(error) };
    });
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) background.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => background.forgetTab(tabId));

  // Chrome opens the side panel from the toolbar button; Firefox's sidebar is opened by the user.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => console.error(error));
  void action.setBadgeBackgroundColor({ color: '#1d4ed8' });
});
