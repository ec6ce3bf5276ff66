import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { DATABASE_NAME, StatementLensDb } from '../../../utils/db/database';
import { FAILURE_KEY, type Message } from '../../../utils/messages';
import { SCHEMA_VERSION, type ArticleSnapshot } from '../../../utils/schemas';
import { startCommentServer } from '../comments/live-server';

/**
 * The real background entrypoint (its listeners, its alarm, its sender checks) on wxt's fake browser, with the
 * real comment server on loopback and the global fetch: only the browser is fake.
 */

const OUTBOX_ALARM = 'statement-lens-outbox';
const EXTENSION = `chrome-extension://${fakeBrowser.runtime.id}`;
const OPTIONS_PAGE = { id: fakeBrowser.runtime.id, url: `${EXTENSION}/options.html` };
const SIDE_PANEL = { id: fakeBrowser.runtime.id, url: `${EXTENSION}/sidepanel.html?tabId=3` };
const PAGE_URL = 'https://news.example.kz/politics/reforma';
/** How Chrome describes a content script's message: the tab it runs in and that tab's page. */
const CONTENT_SCRIPT = { id: fakeBrowser.runtime.id, tab: { id: 3, index: 0, url: PAGE_URL }, frameId: 0, url: PAGE_URL, origin: 'https://news.example.kz' };
const ACCOUNT = { email: 'aigerim@example.kz', password: 'correct horse battery', displayName: 'Айгерим' };

const QUOTE = 'Давно пора избавиться от бюрократии';
const SAID = `- ${QUOTE}, - сказал Токаев.`;
const snapshot: ArticleSnapshot = {
  schemaVersion: SCHEMA_VERSION,
  url: PAGE_URL,
  title: 'Токаев о полиции',
  declaredLanguage: 'ru',
  meta: { siteName: null, publishedTime: null, byline: null, canonicalUrl: null },
  blocks: [
    { kind: 'paragraph', text: SAID, start: 0 },
    // Long enough to be taken for an article.
    { kind: 'paragraph', text: 'Заседание продолжалось несколько часов, на нем обсуждались и другие вопросы повестки дня. '.repeat(4).trim(), start: SAID.length + 1 },
  ],
};

let server: Awaited<ReturnType<typeof startCommentServer>>;

/** What the browser would do with a runtime message: hand it to every onMessage listener with its sender. */
async function send(message: Message | Record<string, unknown>, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return answers.find((answer) => answer !== undefined);
}

function failure(answer: unknown): string | undefined {
  return (answer as Record<string, string> | undefined)?.[FAILURE_KEY];
}

beforeEach(async () => {
  server = await startCommentServer();
  // The fake browser has no context menus; the background only registers one, which these tests do not use.
  const noop = { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false, hasListeners: () => false };
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
  vi.spyOn(fakeBrowser.contextMenus, 'onClicked', 'get').mockReturnValue(noop as unknown as typeof fakeBrowser.contextMenus.onClicked);
  background.main();
});

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  // Sends started by the background finish before its database goes away under them.
  await new Promise((settle) => setTimeout(settle, 100));
  fakeBrowser.reset();
  await Dexie.delete(DATABASE_NAME);
  await server.close();
});

async function signInFromOptions(): Promise<void> {
  const answer = await send({ type: 'createAccount', serverUrl: server.url, ...ACCOUNT }, OPTIONS_PAGE);
  expect(failure(answer)).toBeUndefined();
}

async function storedToken(): Promise<string> {
  const db = new StatementLensDb();
  try {
    const account = await db.account.get('current');
    if (!account) throw new Error('not signed in');
    return account.token;
  } finally {
    db.close();
  }
}

describe('the background entrypoint', () => {
  it('sends a comment that waited for the server when the outbox alarm fires, and only then', async () => {
    await signInFromOptions();
    expect(await send({ type: 'pageSnapshot', snapshot }, CONTENT_SCRIPT)).toEqual({ quoteCount: 1 });
    const state = (await send({ type: 'getTabState', tabId: 3 }, SIDE_PANEL)) as { extraction: { quotes: Array<{ text: string; anchor: unknown }> } };
    const { anchor } = state.extraction.quotes.find((q) => q.text === QUOTE)!;

    server.setDown(true);
    const posted = (await send({ type: 'postComment', tabId: 3, anchor, text: 'Где данные о реформе?' }, SIDE_PANEL)) as { item: { id: string } };
    // The first attempt fails; the background plans the next one with an alarm, 30 s on.
    await expect.poll(() => fakeBrowser.alarms.get(OUTBOX_ALARM), { timeout: 5_000 }).toBeDefined();
    const alarm = (await fakeBrowser.alarms.get(OUTBOX_ALARM))!;
    expect(alarm.scheduledTime).toBeGreaterThan(Date.now() + 20_000);
    server.setDown(false);

    // The retry is due; nothing but the alarm wakes the worker, and another extension alarm does not send.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(alarm.scheduledTime + 1);
    const before = server.requests;
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'some-other-alarm', scheduledTime: alarm.scheduledTime });
    await new Promise((settle) => setTimeout(settle, 300));
    expect(server.requests).toBe(before);
    expect(await server.comments(PAGE_URL)).toEqual([]);

    await fakeBrowser.alarms.onAlarm.trigger({ name: OUTBOX_ALARM, scheduledTime: alarm.scheduledTime });
    await expect.poll(async () => (await server.comments(PAGE_URL)).map((c) => [c.id, c.text]), { timeout: 5_000 }).toEqual([
      [posted.item.id, 'Где данные о реформе?'],
    ]);
    const listed = (await send({ type: 'listComments', tabId: 3 }, SIDE_PANEL)) as { outbox: Array<{ id: string; state: string }> };
    expect(listed.outbox).toEqual([expect.objectContaining({ id: posted.item.id, state: 'sent' })]);
    // Nothing waits any more, so no alarm is left to wake the worker for nothing.
    await expect.poll(() => fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeUndefined();
  });

  it('refuses account messages from a content script, answering without the token and changing nothing', async () => {
    await signInFromOptions();
    const token = await storedToken();
    const before = server.requests;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const fromPage: Array<Record<string, unknown>> = [
      { type: 'getAccount' },
      { type: 'signIn', serverUrl: server.url, email: ACCOUNT.email, password: ACCOUNT.password },
      { type: 'createAccount', serverUrl: server.url, email: 'page@example.kz', password: 'page password 1', displayName: 'Page' },
      { type: 'signOut' },
      { type: 'retryOutbox' },
    ];
    for (const message of fromPage) {
      for (const sender of [CONTENT_SCRIPT, { id: fakeBrowser.runtime.id, tab: { id: 3, index: 0 } }]) {
        const answer = await send(message, sender);
        expect(failure(answer), `${String(message.type)} from ${JSON.stringify(sender)}`).toBe(`"${String(message.type)}" is not accepted from this sender`);
        expect(JSON.stringify(answer)).not.toContain(token);
      }
    }
    // Each refusal is logged, and the log does not carry the token either.
    expect(logged).toHaveBeenCalledTimes(fromPage.length * 2);
    expect(JSON.stringify(logged.mock.calls.map((call) => call.map(String)))).not.toContain(token);
    // Not forwarded to the server (no sign-in, no account made with a page's password), and still signed in.
    expect(server.requests).toBe(before);
    expect(await storedToken()).toBe(token);

    // The options page is told who is signed in, never with what token.
    const own = await send({ type: 'getAccount' }, OPTIONS_PAGE);
    expect(own).toEqual({ account: { serverUrl: server.url, email: ACCOUNT.email, displayName: ACCOUNT.displayName } });
    expect(JSON.stringify(own)).not.toContain(token);
  });
});
