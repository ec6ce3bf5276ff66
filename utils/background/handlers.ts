import type { ArticleSnapshot, Extraction, Note } from '../schemas';
import { SCHEMA_VERSION } from '../schemas';
import type { Message, RequestOf, ResponseOf, RequestType, TabState } from '../messages';
import type { StatementLensDb } from '../db/database';
import { deleteNote, listNotesForUrl, saveNote } from '../db/notes';
import { canonicalUrl, normalizeUrl } from '../url';
import { TabStates } from './tab-states';
import type { CommentsService } from './comments';

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface Sender {
  tabId: number | null;
  /** URL of the sending frame: a web page for content scripts, an extension page for the panel. */
  url: string | null;
}

/** Everything the background's logic touches, injected so tests run it with fakes or an in-memory database. */
export interface BackgroundDeps {
  db: StatementLensDb;
  extract: (snapshot: ArticleSnapshot) => Extraction;
  now: () => Date;
  newId: () => string;
  extensionOrigin: string;
  setBadge: (tabId: number, text: string) => Promise<void>;
  /** Sends a message to a tab's content script; rejects when no content script listens there. */
  sendToTab: (tabId: number, message: Message) => Promise<unknown>;
  /** Tells open panels that a tab changed. */
  broadcast: (message: Message) => void;
  comments: CommentsService;
}

export class ForbiddenSender extends Error {
  constructor(type: string) {
    super(`"${type}" is not accepted from this sender`);
    this.name = 'ForbiddenSender';
  }
}

const FROM_PAGE: ReadonlySet<RequestType> = new Set(['pageVisited', 'pageSnapshot']);
const FROM_EXTENSION: ReadonlySet<RequestType> = new Set([
  'getTabState', 'listNotes', 'saveNote', 'deleteNote',
  'getAccount', 'createAccount', 'signIn', 'signOut', 'listComments', 'postComment',
]);

export function createBackground(deps: BackgroundDeps) {
  const tabs = new TabStates();

  const isExtensionPage = (sender: Sender) => sender.url !== null && sender.url.startsWith(deps.extensionOrigin);

  function setState(state: TabState): void {
    tabs.set(state);
    deps.broadcast({ type: 'tabStateChanged', tabId: state.tabId });
  }

  function pageKey(frameUrl: string, snapshot?: ArticleSnapshot): string {
    const canonical = snapshot?.meta.canonicalUrl;
    return canonical ? canonicalUrl(frameUrl, canonical) : normalizeUrl(frameUrl);
  }

  async function onSnapshot(tabId: number, frameUrl: string, snapshot: ArticleSnapshot): Promise<number> {
    const extraction = deps.extract(snapshot);
    const url = pageKey(frameUrl, snapshot);
    if (!extraction.isArticle) {
      setState({ status: 'not-article', tabId, url, title: snapshot.title });
      await deps.setBadge(tabId, '');
      return 0;
    }
    setState({ status: 'article', tabId, url, title: snapshot.title, extraction: { ...extraction, url } });
    await deps.setBadge(tabId, extraction.quotes.length > 0 ? String(extraction.quotes.length) : '');
    return extraction.quotes.length;
  }

  async function tabState(tabId: number): Promise<TabState> {
    const known = tabs.get(tabId);
    if (known) return known;
    // The service worker may have restarted since the page was checked: ask the page again.
    try {
      await deps.sendToTab(tabId, { type: 'resendSnapshot', reason: 'restart' });
    } catch {
      return { status: 'unknown', tabId };
    }
    return tabs.get(tabId) ?? { status: 'unknown', tabId };
  }

  async function onSaveNote(request: RequestOf<'saveNote'>): Promise<Note> {
    const state = await tabState(request.tabId);
    if (state.status !== 'article' && state.status !== 'not-article') {
      throw new Error('the tab has no page that notes can be attached to');
    }
    const now = deps.now().toISOString();
    const existing = request.id ? await deps.db.notes.get(request.id) : undefined;
    if (existing && existing.url !== state.url) throw new Error('that note belongs to another page');
    const note: Note = {
      schemaVersion: SCHEMA_VERSION,
      id: existing?.id ?? deps.newId(),
      url: state.url,
      pageTitle: state.title,
      targetKind: request.targetKind,
      anchor: request.anchor,
      speaker: request.speaker,
      quoteKind: request.quoteKind,
      claimType: request.claimType,
      text: request.text,
      tags: request.tags,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    const page =
      state.status === 'article'
        ? {
            url: state.url,
            title: state.title,
            language: state.extraction.language,
            extraction: {
              speakers: state.extraction.speakers,
              quotes: state.extraction.quotes,
              claims: state.extraction.claims,
            },
            savedAt: now,
            updatedAt: now,
          }
        : null;
    await saveNote(deps.db, note, page);
    deps.broadcast({ type: 'tabStateChanged', tabId: request.tabId });
    return note;
  }

  async function handle<T extends RequestType>(msg: Message & { type: T }, sender: Sender): Promise<ResponseOf<T>> {
    if (FROM_PAGE.has(msg.type) && (sender.tabId === null || sender.url === null || isExtensionPage(sender))) {
      throw new ForbiddenSender(msg.type);
    }
    if (FROM_EXTENSION.has(msg.type) && !isExtensionPage(sender)) throw new ForbiddenSender(msg.type);

    const m = msg as Message;
    switch (m.type) {
      case 'pageVisited': {
        const url = normalizeUrl(sender.url!);
        setState({ status: 'not-article', tabId: sender.tabId!, url, title: '' });
        await deps.setBadge(sender.tabId!, '');
        return { ok: true } as ResponseOf<T>;
      }
      case 'pageSnapshot':
        return { quoteCount: await onSnapshot(sender.tabId!, sender.url!, m.snapshot) } as ResponseOf<T>;
      case 'getTabState':
        return (await tabState(m.tabId)) as ResponseOf<T>;
      case 'listNotes':
        return { notes: await listNotesForUrl(deps.db, m.url) } as ResponseOf<T>;
      case 'saveNote':
        return { note: await onSaveNote(m) } as ResponseOf<T>;
      case 'deleteNote':
        return { deleted: await deleteNote(deps.db, m.id) } as ResponseOf<T>;
      case 'getAccount':
        return { account: await deps.comments.account() } as ResponseOf<T>;
      case 'createAccount':
        return { account: await deps.comments.createAccount(m.serverUrl, m) } as ResponseOf<T>;
      case 'signIn':
        return { account: await deps.comments.signIn(m.serverUrl, m) } as ResponseOf<T>;
      case 'signOut':
        await deps.comments.signOut();
        return { ok: true } as ResponseOf<T>;
      case 'listComments': {
        const state = await tabState(m.tabId);
        if (state.status !== 'article') return { signedIn: (await deps.comments.account()) !== null, comments: [], outbox: [], error: null } as ResponseOf<T>;
        return (await deps.comments.list(state.url)) as ResponseOf<T>;
      }
      case 'postComment': {
        const state = await tabState(m.tabId);
        if (state.status !== 'article') throw new Error('comments are posted on quotes of an article');
        const item = await deps.comments.post(state.url, m.anchor, m.text);
        deps.broadcast({ type: 'tabStateChanged', tabId: m.tabId });
        return { item } as ResponseOf<T>;
      }
      default:
        throw new ForbiddenSender(m.type);
    }
  }

  return {
    handle,
    /** A tab started loading another page or closed: what we knew of it no longer holds. */
    forgetTab(tabId: number): void {
      tabs.forget(tabId);
      deps.broadcast({ type: 'tabStateChanged', tabId });
    },
  };
}

export type Background = ReturnType<typeof createBackground>;
