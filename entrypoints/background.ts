import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createCommentsService } from '@/utils/background/comments';
import { createBackground } from '@/utils/background/handlers';
import { registerHighlightMenu } from '@/utils/background/highlight-menu';
import { StatementLensDb } from '@/utils/db/database';
import { extractStatements } from '@/utils/extract';
import { failureAnswer, parseMessage, type Message } from '@/utils/messages';
import type { ClaimType } from '@/utils/schemas';
import { i18n } from '#i18n';

const OUTBOX_ALARM = 'statement-lens-outbox';
/** An article extracts in tens of milliseconds; a 20 MB page held the worker (every tab, the panel) for over 14 s. */
const EXTRACT_BUDGET_MS = 3_000;
const CLAIM_TYPE_KEYS = {
  factual: 'claimFactual',
  action: 'claimAction',
  commitment: 'claimCommitment',
  directive: 'claimDirective',
  opinion: 'claimOpinion',
} as const satisfies Record<ClaimType, string>;

export default defineBackground(() => {
  const db = new StatementLensDb();
  const action = browser.action ?? browser.browserAction;
  const now = () => new Date();
  const newId = () => crypto.randomUUID();

  // Filled in below: the comments service tells panels about deliveries through the background's broadcast.
  let afterFlush = () => {};
  const comments = createCommentsService({
    onFlushed: () => afterFlush(),
    db,
    fetch: (input, init) => fetch(input, init),
    now,
    newId,
    scheduleFlush: async (when) => {
      await browser.alarms.clear(OUTBOX_ALARM);
      if (when) await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(when.getTime(), Date.now() + 1_000) });
    },
  });

  const background = createBackground({
    db,
    comments,
    extract: (snapshot) => extractStatements(snapshot, { budgetMs: EXTRACT_BUDGET_MS }),
    now,
    newId,
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    setBadge: async (tabId, text) => {
      await action.setBadgeText({ tabId, text }).catch(() => undefined);
    },
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    openTab: async (url) => (await browser.tabs.create({ url })).id ?? -1,
    claimTypeName: (type) => i18n.t(CLAIM_TYPE_KEYS[type]),
    broadcast: (message: Message) => {
      // No panel open is the common case, not an error.
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
  });

  afterFlush = () => background.refreshAllTabs();

  browser.runtime.onMessage.addListener((raw, sender) => {
    const msg = parseMessage(raw);
    // Broadcasts to panels come back to the worker too; they are not requests.
    if (!msg || msg.type === 'tabStateChanged' || msg.type === 'focusItem') return undefined;
    const from = { tabId: sender.tab?.id ?? null, url: sender.url ?? null };
    return background.handle(msg, from).catch((error: unknown) => {
      console.error(`[statement-lens] "${msg.type}" failed:`, error);
      return failureAnswer(error);
    });
  });

  // A tab that starts loading shows another page (or the same one anew): its content script will report again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') background.forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => background.forgetTab(tabId, true));

  // Comments written offline wait in the outbox; an alarm wakes the worker (even after a browser restart) to retry.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void comments.flush();
  });
  // A browser start is a new chance (the network or the server may be back): waiting comments are due at once.
  browser.runtime.onStartup.addListener(() => void comments.retryNow());
  void comments.flush();

  registerHighlightMenu(browser, () => i18n.t('highlightMenu'), (tabId) => background.highlightSelectionIn(tabId, 'menu'));

  // Chrome opens the side panel from the toolbar button; Firefox's sidebar is opened by the user.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => console.error(error));
  void action.setBadgeBackgroundColor({ color: '#1d4ed8' });
});
