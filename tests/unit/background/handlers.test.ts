import { describe, expect, it } from 'vitest';
import { createBackground, ForbiddenSender, type BackgroundDeps } from '../../../utils/background/handlers';
import { createCommentsService } from '../../../utils/background/comments';
import { StatementLensDb } from '../../../utils/db/database';
import type { Message } from '../../../utils/messages';
import { SCHEMA_VERSION, type ArticleSnapshot, type Extraction } from '../../../utils/schemas';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const PANEL = { tabId: null, url: `${ORIGIN}/sidepanel.html` };
let counter = 0;

const anchor = {
  quote: { type: 'TextQuoteSelector' as const, exact: 'Давно пора избавиться от бюрократии', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 100, end: 135 },
};

function snapshot(url: string): ArticleSnapshot {
  return {
    schemaVersion: SCHEMA_VERSION,
    url,
    title: 'Токаев о полиции',
    declaredLanguage: 'ru',
    meta: { siteName: null, publishedTime: null, byline: null, canonicalUrl: null },
    blocks: [{ kind: 'paragraph', text: '- Давно пора избавиться от бюрократии, - сказал Токаев.', start: 0 }],
  };
}

/** A stand-in for the extractor: the background's job here is routing and storage, not extraction. */
function oneQuote(s: ArticleSnapshot): Extraction {
  return {
    schemaVersion: SCHEMA_VERSION,
    url: s.url,
    isArticle: true,
    language: 'ru',
    title: s.title,
    speakers: [{ id: 's1', name: 'Касым-Жомарт Токаев', role: null, mentions: ['Токаев'] }],
    quotes: [{ id: 'q1', kind: 'direct', text: 'Давно пора избавиться от бюрократии', speaker: 'Касым-Жомарт Токаев', speakerId: 's1', cue: 'сказал', anchor, variantOf: null }],
    claims: [],
  };
}

function setup(overrides: Partial<BackgroundDeps> = {}) {
  const badges = new Map<number, string>();
  const broadcasts: Message[] = [];
  const sentToTabs: Array<[number, Message]> = [];
  const db = new StatementLensDb(`bg-test-${Date.now()}-${counter++}`);
  const fetched: string[] = [];
  const recordingFetch = (async (input: RequestInfo | URL) => {
    fetched.push(String(input));
    throw new Error('no network in this test');
  }) as typeof fetch;
  const deps: BackgroundDeps = {
    db,
    comments: createCommentsService({ db, fetch: recordingFetch, now: () => new Date('2026-11-25T10:00:00Z'), newId: () => crypto.randomUUID(), scheduleFlush: async () => undefined }),
    extract: oneQuote,
    now: () => new Date('2026-11-25T10:00:00Z'),
    newId: () => crypto.randomUUID(),
    extensionOrigin: ORIGIN,
    setBadge: async (tabId, text) => void badges.set(tabId, text),
    sendToTab: async (tabId, message) => void sentToTabs.push([tabId, message]),
    broadcast: (message) => void broadcasts.push(message),
    openTab: async () => 99,
    ...overrides,
  };
  return { bg: createBackground(deps), deps, badges, broadcasts, sentToTabs, fetched };
}

const PAGE_URL = 'https://news.example.kz/politics/a?utm_source=tg#comments';
const fromTab = (tabId: number) => ({ tabId, url: PAGE_URL });

describe('background', () => {
  it('extracts a snapshot from a tab, shows the quote count on its badge and tells the panels', async () => {
    const { bg, badges, broadcasts } = setup();
    const answer = await bg.handle({ type: 'pageSnapshot', snapshot: snapshot(PAGE_URL) }, fromTab(7));
    expect(answer).toEqual({ quoteCount: 1 });
    expect(badges.get(7)).toBe('1');
    expect(broadcasts).toContainEqual({ type: 'tabStateChanged', tabId: 7 });
    const state = await bg.handle({ type: 'getTabState', tabId: 7 }, PANEL);
    expect(state).toMatchObject({ status: 'article', url: 'https://news.example.kz/politics/a' });
  });

  it('keys notes to the normalized URL, so the same article under tracking parameters shares them', async () => {
    const { bg } = setup();
    await bg.handle({ type: 'pageSnapshot', snapshot: snapshot(PAGE_URL) }, fromTab(1));
    await bg.handle({ type: 'pageSnapshot', snapshot: snapshot('https://news.example.kz/politics/a') }, { tabId: 2, url: 'https://news.example.kz/politics/a?fbclid=xyz' });
    const { note } = await bg.handle(
      { type: 'saveNote', tabId: 1, targetKind: 'quote', anchor, speaker: 'Касым-Жомарт Токаев', quoteKind: 'direct', claimType: null, text: 'проверить', tags: [] },
      PANEL,
    );
    expect(note.url).toBe('https://news.example.kz/politics/a');
    const { notes } = await bg.handle({ type: 'listNotes', url: 'https://news.example.kz/politics/a' }, PANEL);
    expect(notes.map((n) => n.text)).toEqual(['проверить']);
    const state = await bg.handle({ type: 'getTabState', tabId: 2 }, PANEL);
    expect(state.status === 'article' && state.url).toBe(note.url);
  });

  it('two panels editing one note at once: both tag changes kept, text rewritten in both refused with the draft kept', async () => {
    const { bg } = setup();
    await bg.handle({ type: 'pageSnapshot', snapshot: snapshot(PAGE_URL) }, fromTab(1));
    await bg.handle({ type: 'pageSnapshot', snapshot: snapshot(PAGE_URL) }, fromTab(2));
    const fields = { targetKind: 'quote', anchor, speaker: 'Касым-Жомарт Токаев', quoteKind: 'direct', claimType: null } as const;
    const { note } = await bg.handle({ type: 'saveNote', tabId: 1, ...fields, text: 'проверить', tags: ['мвд'] }, PANEL);
    const base = { text: note.text, tags: note.tags };
    // Each panel sends its whole note as it saw it, plus its change.
    await Promise.all([
      bg.handle({ type: 'saveNote', tabId: 1, id: note.id, ...fields, text: 'проверить', tags: ['мвд', 'статистика'], base }, PANEL),
      bg.handle({ type: 'saveNote', tabId: 2, id: note.id, ...fields, text: 'проверить цифры', tags: [], base }, PANEL),
    ]);
    const [merged] = (await bg.handle({ type: 'listNotes', url: note.url }, PANEL)).notes;
    expect(merged).toMatchObject({ id: note.id, text: 'проверить цифры', tags: ['статистика'], createdAt: note.createdAt });

    const seen = { text: merged!.text, tags: merged!.tags };
    const results = await Promise.allSettled([
      bg.handle({ type: 'saveNote', tabId: 1, id: note.id, ...fields, text: 'первая правка', tags: seen.tags, base: seen }, PANEL),
      bg.handle({ type: 'saveNote', tabId: 2, id: note.id, ...fields, text: 'вторая правка', tags: seen.tags, base: seen }, PANEL),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/changed in another tab/);
    const [after] = (await bg.handle({ type: 'listNotes', url: note.url }, PANEL)).notes;
    expect(after!.text).toBe('первая правка');
  });

  it("keys a single-page site's next article to its new address (same origin only), not the address the document loaded with", async () => {
    const { bg } = setup();
    // The browser's sender URL stays the first address after history.pushState; the snapshot has the current one.
    const loaded = { tabId: 4, url: 'https://news.example.kz/politics/a' };
    await bg.handle({ type: 'pageSnapshot', snapshot: snapshot('https://news.example.kz/economy/b?utm_source=x') }, loaded);
    expect(await bg.handle({ type: 'getTabState', tabId: 4 }, PANEL)).toMatchObject({ url: 'https://news.example.kz/economy/b' });
    await bg.handle({ type: 'pageVisited', isArticle: false, url: 'https://news.example.kz/search?q=1' }, loaded);
    expect(await bg.handle({ type: 'getTabState', tabId: 4 }, PANEL)).toMatchObject({ status: 'not-article', url: 'https://news.example.kz/search?q=1' });
    // No page can move its address to another origin: such a claim is not believed.
    await bg.handle({ type: 'pageSnapshot', snapshot: snapshot('https://victim.example/notes') }, loaded);
    expect(await bg.handle({ type: 'getTabState', tabId: 4 }, PANEL)).toMatchObject({ url: 'https://news.example.kz/politics/a' });
    await bg.handle({ type: 'pageVisited', isArticle: false, url: 'not a url' }, loaded);
    expect(await bg.handle({ type: 'getTabState', tabId: 4 }, PANEL)).toMatchObject({ url: 'https://news.example.kz/politics/a' });
  });

  it('refuses note and state requests from web pages, and page reports from extension pages', async () => {
    const { bg } = setup();
    await expect(bg.handle({ type: 'listNotes', url: 'https://news.example.kz/politics/a' }, fromTab(1))).rejects.toThrow(ForbiddenSender);
    await expect(bg.handle({ type: 'deleteNote', id: crypto.randomUUID() }, { tabId: 1, url: 'https://evil.example/' })).rejects.toThrow(ForbiddenSender);
    await expect(bg.handle({ type: 'pageVisited', isArticle: false }, PANEL)).rejects.toThrow(ForbiddenSender);
  });

  it('asks the tab again after a service-worker restart lost what it knew', async () => {
    const holder: { bg?: ReturnType<typeof createBackground> } = {};
    const { bg, sentToTabs } = setup({
      // The content script answers a resend request by reporting its page again.
      sendToTab: async (tabId, message) => {
        sentToTabs.push([tabId, message]);
        await holder.bg!.handle({ type: 'pageSnapshot', snapshot: snapshot(PAGE_URL) }, fromTab(tabId));
      },
    });
    holder.bg = bg;
    const state = await bg.handle({ type: 'getTabState', tabId: 5 }, PANEL);
    expect(sentToTabs).toEqual([[5, { type: 'resendSnapshot', reason: 'restart' }]]);
    expect(state.status).toBe('article');
  });

  it('says "unknown" for a tab where no content script runs, and refuses notes there', async () => {
    const { bg } = setup({ sendToTab: async () => Promise.reject(new Error('Could not establish connection')) });
    expect(await bg.handle({ type: 'getTabState', tabId: 9 }, PANEL)).toEqual({ status: 'unknown', tabId: 9 });
    await expect(
      bg.handle({ type: 'saveNote', tabId: 9, targetKind: 'article', anchor: null, speaker: null, quoteKind: null, claimType: null, text: 'x', tags: [] }, PANEL),
    ).rejects.toThrow(/no page/);
  });

  it('sends nothing over the network for a signed-out user: no comments fetched, none accepted', async () => {
    const { bg, fetched } = setup();
    await bg.handle({ type: 'pageSnapshot', snapshot: snapshot(PAGE_URL) }, fromTab(3));
    expect(await bg.handle({ type: 'getAccount' }, PANEL)).toEqual({ account: null });
    expect(await bg.handle({ type: 'listComments', tabId: 3 }, PANEL)).toEqual({ signedIn: false, comments: [], outbox: [], error: null });
    await expect(bg.handle({ type: 'postComment', tabId: 3, anchor, text: 'публично' }, PANEL)).rejects.toThrow(/sign in/);
    expect(fetched).toEqual([]);
  });
});
