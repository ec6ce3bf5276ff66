import { createBackground, type Sender } from '../../../utils/background/handlers';
import { createCommentsService } from '../../../utils/background/comments';
import type { StatementLensDb } from '../../../utils/db/database';
import { failureAnswer, parseMessage, type Message } from '../../../utils/messages';
import type { ArticleSnapshot, Extraction } from '../../../utils/schemas';

export const ORIGIN = 'chrome-extension://abcdefghijklmnop';
export const LIBRARY: Sender = { tabId: null, url: `${ORIGIN}/library.html` };

const notAnArticle = (s: ArticleSnapshot): Extraction => ({
  schemaVersion: 1, url: s.url, isArticle: false, language: 'other', title: s.title, speakers: [], quotes: [], claims: [],
});

/**
 * The real background over a real database, with a transport that does what the worker's onMessage listener and
 * the browser do: the message crosses as JSON, is parsed on arrival, and a failure comes back as a failure answer.
 * The comment server is never reached: library messages do not touch it.
 */
export function libraryBackground(db: StatementLensDb, options: { extract?: (s: ArticleSnapshot) => Extraction } = {}) {
  const opened: string[] = [];
  const bg = createBackground({
    db,
    comments: createCommentsService({ db, fetch: (async () => { throw new Error('offline'); }) as typeof fetch, now: () => new Date(), newId: () => crypto.randomUUID(), scheduleFlush: async () => undefined }),
    extract: options.extract ?? notAnArticle,
    now: () => new Date('2026-11-25T10:00:00Z'),
    newId: () => crypto.randomUUID(),
    extensionOrigin: ORIGIN,
    setBadge: async () => undefined,
    sendToTab: async () => ({ orphanNoteIds: [], missingQuoteIds: [] }),
    broadcast: () => undefined,
    openTab: async (url) => (opened.push(url), 7),
  });
  const handle = bg.handle as (msg: Message, sender: Sender) => Promise<unknown>;
  const send = async (raw: unknown, sender: Sender = LIBRARY): Promise<unknown> => {
    const msg = parseMessage(JSON.parse(JSON.stringify(raw)));
    if (!msg) return undefined;
    const answer = await handle(msg, sender).catch((error: unknown) => failureAnswer(error));
    return JSON.parse(JSON.stringify(answer)) as unknown;
  };
  return { bg, send, opened };
}
