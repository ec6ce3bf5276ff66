import { describe, expect, it } from 'vitest';
import { createBackground, type Sender } from '../../../utils/background/handlers';
import { createCommentsService } from '../../../utils/background/comments';
import { StatementLensDb } from '../../../utils/db/database';
import { parseMessage, parseResponse, type Message, type RequestType } from '../../../utils/messages';
import { SCHEMA_VERSION, type ArticleSnapshot, type Extraction } from '../../../utils/schemas';
import { freshName } from './fixtures';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const LIBRARY: Sender = { tabId: null, url: `${ORIGIN}/library.html` };
const PAGE = 'https://news.example.kz/politics/a';
const TEXT = 'Давно пора избавиться от бюрократии';
const anchor = {
  quote: { type: 'TextQuoteSelector' as const, exact: TEXT, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector' as const, start: 2, end: 2 + TEXT.length },
};

const snapshot: ArticleSnapshot = {
  schemaVersion: SCHEMA_VERSION, url: PAGE, title: 'Токаев о полиции', declaredLanguage: 'ru',
  meta: { siteName: null, publishedTime: null, byline: null, canonicalUrl: null },
  blocks: [{ kind: 'paragraph', text: `- ${TEXT}, - сказал Токаев.`, start: 0 }],
};
const extraction = (s: ArticleSnapshot): Extraction => ({
  schemaVersion: SCHEMA_VERSION, url: s.url, isArticle: true, language: 'ru', title: s.title,
  speakers: [{ id: 's1', name: 'Касым-Жомарт Токаев', role: 'Президент', mentions: ['Токаев'] }],
  quotes: [{ id: 'q1', kind: 'direct', text: TEXT, speaker: 'Касым-Жомарт Токаев', speakerId: 's1', cue: 'сказал', anchor, variantOf: null }],
  claims: [],
});

function background() {
  const db = new StatementLensDb(freshName('library-messages'));
  const opened: string[] = [];
  const bg = createBackground({
    db,
    comments: createCommentsService({ db, fetch: (async () => { throw new Error('offline'); }) as typeof fetch, now: () => new Date(), newId: () => crypto.randomUUID(), scheduleFlush: async () => undefined }),
    extract: extraction,
    now: () => new Date('2026-11-25T10:00:00Z'),
    newId: () => crypto.randomUUID(),
    extensionOrigin: ORIGIN,
    setBadge: async () => undefined,
    sendToTab: async () => ({ orphanNoteIds: [], missingQuoteIds: [] }),
    broadcast: () => undefined,
    openTab: async (url) => (opened.push(url), 7),
  });
  /** As the worker does it: the raw message parsed on arrival, the answer parsed by the page. */
  const handle = bg.handle as (msg: Message, sender: Sender) => Promise<unknown>;
  const ask = async <T extends RequestType>(type: T, payload: object, sender: Sender = LIBRARY) => {
    const msg = parseMessage(JSON.parse(JSON.stringify({ type, ...payload })));
    if (!msg) throw new Error(`"${type}" did not parse`);
    return parseResponse(type, JSON.parse(JSON.stringify(await handle(msg, sender))));
  };
  return { db, bg, ask, opened };
}

describe('library messages through the background', () => {
  it('query, export and import answer in the declared shapes', async () => {
    const { db, ask } = background();
    await ask('pageSnapshot', { snapshot }, { tabId: 3, url: PAGE });
    await ask('saveNote', { tabId: 3, targetKind: 'quote', anchor, speaker: 'Касым-Жомарт Токаев', quoteKind: 'direct', claimType: null, text: 'Сверить с посланием', tags: ['МВД'] }, { tabId: null, url: `${ORIGIN}/sidepanel.html` });

    const found = await ask('libraryQuery', { text: 'бюрократию Токаева' });
    expect(found.total).toBe(1);
    expect(found.entries[0]).toMatchObject({ url: PAGE, outlet: 'news.example.kz', quote: { id: 'q1' }, notes: [{ text: 'Сверить с посланием' }] });
    expect(found.urls).toEqual([PAGE]);

    const { bundle } = await ask('libraryExport', { urls: found.urls });
    await db.notes.clear();
    expect(await ask('libraryImport', { bundle })).toEqual({ added: { pages: 0, notes: 1 }, updated: { pages: 0, notes: 0 }, skipped: { pages: 1, notes: 0 } });
    expect((await ask('libraryQuery', { text: 'послание' })).total).toBe(1);
    await expect(ask('libraryImport', { bundle: { format: 'statement-lens', schemaVersion: 1 } })).rejects.toThrow(/cannot be imported/);
  });

  it('opens an article from the library, and refuses library messages from web pages', async () => {
    const { ask, opened } = background();
    expect(await ask('openAt', { url: PAGE, anchor })).toEqual({ tabId: 7 });
    expect(opened).toEqual([PAGE]);
    await expect(ask('libraryQuery', {}, { tabId: 3, url: PAGE })).rejects.toThrow(/not accepted/);
  });
});
