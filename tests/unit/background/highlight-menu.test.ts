import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, type BackgroundDeps } from '../../../utils/background/handlers';
import { createCommentsService } from '../../../utils/background/comments';
import { HIGHLIGHT_MENU_ID, registerHighlightMenu, type HighlightMenuBrowser } from '../../../utils/background/highlight-menu';
import { StatementLensDb } from '../../../utils/db/database';
import type { Message } from '../../../utils/messages';
import { SCHEMA_VERSION, type ArticleSnapshot, type Extraction, type TextAnchor } from '../../../utils/schemas';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const PAGE = 'https://news.example.kz/politics/a';
const SENTENCE = 'Заседание продолжалось несколько часов.';
const anchor: TextAnchor = {
  quote: { type: 'TextQuoteSelector', exact: SENTENCE, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: SENTENCE.length },
};
const snapshot: ArticleSnapshot = {
  schemaVersion: SCHEMA_VERSION,
  url: PAGE,
  title: 'Заседание',
  declaredLanguage: 'ru',
  meta: { siteName: null, publishedTime: null, byline: null, canonicalUrl: null },
  blocks: [{ kind: 'paragraph', text: SENTENCE, start: 0 }],
};
const noQuotes = (s: ArticleSnapshot): Extraction => ({ schemaVersion: SCHEMA_VERSION, url: s.url, isArticle: true, language: 'ru', title: s.title, speakers: [], quotes: [], claims: [] });

/** wxt's fake browser for runtime events, plus the context menus it lacks. */
function menuBrowser() {
  const created: unknown[] = [];
  const clicks: Array<(info: { menuItemId: string | number }, tab?: { id?: number }) => void> = [];
  const browser: HighlightMenuBrowser = {
    runtime: fakeBrowser.runtime,
    contextMenus: {
      create: (properties) => created.push(properties),
      onClicked: { addListener: (callback) => void clicks.push(callback) },
    },
  };
  const click = (menuItemId: string, tab?: { id?: number }) => clicks.forEach((callback) => callback({ menuItemId }, tab));
  return { browser, created, click };
}

describe('the context menu item "Highlight with Statement Lens"', () => {
  it('is created at install on selections, in the browser language, and a click keeps the tab selection as a highlight', async () => {
    const db = new StatementLensDb(`menu-test-${Date.now()}`);
    const sent: Array<[number, Message]> = [];
    const holder: { bg?: ReturnType<typeof createBackground> } = {};
    const deps: BackgroundDeps = {
      db,
      comments: createCommentsService({ db, fetch: (async () => Promise.reject(new Error('offline'))) as typeof fetch, now: () => new Date(), newId: () => crypto.randomUUID(), scheduleFlush: async () => undefined }),
      extract: noQuotes,
      now: () => new Date('2026-12-01T10:00:00Z'),
      newId: () => crypto.randomUUID(),
      extensionOrigin: ORIGIN,
      setBadge: async () => undefined,
      // The content script answers "highlightSelection" by describing the selection and sending createHighlight.
      sendToTab: async (tabId, message) => {
        sent.push([tabId, message]);
        if (message.type === 'highlightSelection') await holder.bg!.handle({ type: 'createHighlight', anchor, text: '' }, { tabId, url: PAGE });
      },
      broadcast: () => undefined,
      openTab: async () => 1,
    };
    const bg = (holder.bg = createBackground(deps));
    await bg.handle({ type: 'pageSnapshot', snapshot }, { tabId: 5, url: PAGE });
    const { browser, created, click } = menuBrowser();
    registerHighlightMenu(browser, () => 'Выделить в Statement Lens', (tabId) => bg.highlightSelectionIn(tabId, 'menu'));

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(created).toEqual([{ id: HIGHLIGHT_MENU_ID, title: 'Выделить в Statement Lens', contexts: ['selection'] }]);

    // Other menus' items, and a click outside any tab (the browser's own UI), do nothing.
    click('someone-elses-item', { id: 5 });
    click(HIGHLIGHT_MENU_ID, undefined);
    const asked = () => sent.filter(([, m]) => m.type === 'highlightSelection');
    expect(asked()).toEqual([]);

    click(HIGHLIGHT_MENU_ID, { id: 5 });
    await expect.poll(async () => (await bg.handle({ type: 'listNotes', url: PAGE }, { tabId: null, url: `${ORIGIN}/sidepanel.html` })).notes).toHaveLength(1);
    expect(asked()).toEqual([[5, { type: 'highlightSelection', source: 'menu' }]]);
    const { notes } = await bg.handle({ type: 'listNotes', url: PAGE }, { tabId: null, url: `${ORIGIN}/sidepanel.html` });
    expect(notes[0]).toMatchObject({ targetKind: 'highlight', anchor, url: PAGE });
    db.close();
  });

  it('a tab where no content script answers (a browser page) loses nothing and throws nothing', async () => {
    const { browser, click } = menuBrowser();
    const asked: number[] = [];
    registerHighlightMenu(browser, () => 'x', async (tabId) => {
      asked.push(tabId);
      throw new Error('Could not establish connection');
    });
    click(HIGHLIGHT_MENU_ID, { id: 9 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual([9]);
  });
});
