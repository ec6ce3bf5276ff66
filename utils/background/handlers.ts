import type { ArticleSnapshot, ClaimType, Extraction, Note, TextAnchor } from '../schemas';
import { SCHEMA_VERSION } from '../schemas';
import type { Message, RequestOf, ResponseOf, RequestType, TabState } from '../messages';
import { parseResponse } from '../messages';
import type { PageRecord, StatementLensDb } from '../db/database';
import { deleteNote, listNotesForUrl, saveNote, updateNote } from '../db/notes';
import { applyNoteEdit } from './note-edit';
import { canonicalUrl, normalizeUrl } from '../url';
import { TabStates } from './tab-states';
import type { CommentsService } from './comments';
import { paintListFor } from './paint';
import { pageBundle } from './page-bundle';
import { queryLibrary } from '../db/library';
import { exportBundleFromDb, importBundleIntoDb } from '../db/library-transfer';
import { LibraryImports } from './library-imports';

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
  /** Opens a URL in a new tab; resolves with the tab's id. */
  openTab: (url: string) => Promise<number>;
  /** A claim type in the browser's language, for the page's hover labels; English words without it. */
  claimTypeName?: (type: ClaimType) => string;
}

export class ForbiddenSender extends Error {
  constructor(type: string) {
    super(`"${type}" is not accepted from this sender`);
    this.name = 'ForbiddenSender';
  }
}

/** Messages a content script may send: they act only on the sender's own tab and page. */
const FROM_PAGE: ReadonlySet<RequestType> = new Set(['pageVisited', 'pageSnapshot', 'notesAnchored', 'highlightClicked', 'createHighlight']);
const FROM_EXTENSION: ReadonlySet<RequestType> = new Set([
  'getTabState', 'listNotes', 'saveNote', 'deleteNote', 'restoreNote',
  'getAccount', 'createAccount', 'signIn', 'signOut', 'listComments', 'postComment', 'retryOutbox', 'exportPage',
  'libraryQuery', 'libraryExport', 'libraryImport', 'libraryImportCancel', 'openAt',
]);

type NoteInput = Omit<RequestOf<'saveNote'>, 'tabId'>;

export function createBackground(deps: BackgroundDeps) {
  const tabs = new TabStates();
  /** Passages to reveal once a tab opened from the library has reported its page. */
  const pendingReveals = new Map<number, TextAnchor>();
  const imports = new LibraryImports();

  const isExtensionPage = (sender: Sender) => sender.url !== null && sender.url.startsWith(deps.extensionOrigin);

  function setState(state: TabState): void {
    tabs.set(state);
    deps.broadcast({ type: 'tabStateChanged', tabId: state.tabId });
  }

  /**
   * The address a page's report is about. The browser's sender URL is the one the document loaded with: a
   * single-page site's pushState leaves it behind, so every article read there would be keyed to the first. The
   * content script's location.href is current, and a page can move it only within its own origin (pushState
   * refuses any other), so it is taken when its origin is the sender's; anything else is the sender's URL.
   */
  function reportedUrl(sender: Sender, claimed: string | undefined): string {
    const frameUrl = sender.url!;
    if (!claimed) return frameUrl;
    try {
      return new URL(claimed).origin === new URL(frameUrl).origin ? claimed : frameUrl;
    } catch {
      return frameUrl;
    }
  }

  function pageKey(frameUrl: string, snapshot?: ArticleSnapshot): string {
    const canonical = snapshot?.meta.canonicalUrl;
    return canonical ? canonicalUrl(frameUrl, canonical) : normalizeUrl(frameUrl);
  }

  /** Sends a tab what to highlight and records which notes could not be found on its page. */
  async function paint(tabId: number): Promise<void> {
    const state = tabs.get(tabId);
    if (!state || (state.status !== 'article' && state.status !== 'not-article')) return;
    const notes = await listNotesForUrl(deps.db, state.url);
    if (state.status === 'not-article' && !notes.some((n) => n.anchor)) return;
    try {
      const raw = await deps.sendToTab(tabId, { type: 'paintHighlights', ...paintListFor(state, notes, deps.claimTypeName) });
      const { orphanNoteIds } = parseResponse('paintHighlights', raw);
      recordOrphans(tabId, orphanNoteIds);
    } catch {
      // The tab navigated away or closed meanwhile; its next report paints again.
    }
  }

  function recordOrphans(tabId: number, orphanNoteIds: string[]): void {
    const state = tabs.get(tabId);
    if (!state || (state.status !== 'article' && state.status !== 'not-article')) return;
    setState({ ...state, orphanNoteIds });
  }

  /** Every tab that shows `url` re-paints: a note saved in one tab appears in the others. */
  async function repaintUrl(url: string): Promise<void> {
    const showing = tabs.all().filter((s) => (s.status === 'article' || s.status === 'not-article') && s.url === url);
    await Promise.all(showing.map((s) => paint(s.tabId)));
  }

  async function onSnapshot(tabId: number, frameUrl: string, snapshot: ArticleSnapshot): Promise<number> {
    const extraction = deps.extract(snapshot);
    const url = pageKey(frameUrl, snapshot);
    if (!extraction.isArticle) {
      setState({ status: 'not-article', tabId, url, title: snapshot.title, orphanNoteIds: [] });
      await deps.setBadge(tabId, '');
      void paint(tabId);
      return 0;
    }
    setState({ status: 'article', tabId, url, title: snapshot.title, extraction: { ...extraction, url }, orphanNoteIds: [] });
    await deps.setBadge(tabId, extraction.quotes.length > 0 ? String(extraction.quotes.length) : '');
    void paint(tabId).then(() => revealPending(tabId));
    return extraction.quotes.length;
  }

  async function revealPending(tabId: number): Promise<void> {
    const anchor = pendingReveals.get(tabId);
    if (!anchor) return;
    pendingReveals.delete(tabId);
    await deps.sendToTab(tabId, { type: 'revealAnchor', anchor }).catch(() => undefined);
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

  async function storeNote(tabId: number, input: NoteInput & { id?: string }): Promise<Note> {
    const state = await tabState(tabId);
    if (state.status !== 'article' && state.status !== 'not-article') {
      throw new Error('the tab has no page that notes can be attached to');
    }
    const now = deps.now().toISOString();
    const freshId = deps.newId();
    const { base, ...fields } = input;
    // Read, merged and written in one transaction: another tab's save of the same note lands before or after.
    const note = await updateNote(
      deps.db,
      input.id ?? freshId,
      (existing) => {
        if (existing && existing.url !== state.url) throw new Error('that note belongs to another page');
        const { text, tags } = existing && base ? applyNoteEdit(existing, base, fields) : fields;
        return {
          schemaVersion: SCHEMA_VERSION,
          id: existing?.id ?? freshId,
          url: state.url,
          pageTitle: state.title,
          targetKind: fields.targetKind,
          anchor: fields.anchor,
          speaker: fields.speaker,
          quoteKind: fields.quoteKind,
          claimType: fields.claimType,
          text,
          tags: [...new Set(tags)],
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
      },
      pageRecord(state, now),
    );
    deps.broadcast({ type: 'tabStateChanged', tabId });
    void repaintUrl(state.url);
    return note;
  }

  function pageRecord(state: TabState, now: string): PageRecord | null {
    if (state.status !== 'article') return null;
    const { language, speakers, quotes, claims } = state.extraction;
    return { url: state.url, title: state.title, language, extraction: { speakers, quotes, claims }, savedAt: now, updatedAt: now };
  }

  async function createHighlight(tabId: number, anchor: TextAnchor, text: string): Promise<Note> {
    return storeNote(tabId, { targetKind: 'highlight', anchor, speaker: null, quoteKind: null, claimType: null, text, tags: [] });
  }

  async function handle<T extends RequestType>(msg: Message & { type: T }, sender: Sender): Promise<ResponseOf<T>> {
    if (FROM_PAGE.has(msg.type) && (sender.tabId === null || sender.url === null || isExtensionPage(sender))) {
      throw new ForbiddenSender(msg.type);
    }
    if (FROM_EXTENSION.has(msg.type) && !isExtensionPage(sender)) throw new ForbiddenSender(msg.type);
    const answer = (value: unknown) => value as ResponseOf<T>;

    const m = msg as Message;
    switch (m.type) {
      case 'pageVisited': {
        const url = normalizeUrl(reportedUrl(sender, m.url));
        setState({ status: 'not-article', tabId: sender.tabId!, url, title: '', orphanNoteIds: [] });
        await deps.setBadge(sender.tabId!, '');
        void paint(sender.tabId!);
        return answer({ ok: true });
      }
      case 'pageSnapshot':
        return answer({ quoteCount: await onSnapshot(sender.tabId!, reportedUrl(sender, m.snapshot.url), m.snapshot) });
      case 'notesAnchored':
        recordOrphans(sender.tabId!, m.orphanNoteIds);
        return answer({ ok: true });
      case 'highlightClicked':
        deps.broadcast({ type: 'focusItem', tabId: sender.tabId!, id: m.id });
        return answer({ ok: true });
      case 'createHighlight':
        return answer({ note: await createHighlight(sender.tabId!, m.anchor, m.text) });
      case 'getTabState':
        return answer(await tabState(m.tabId));
      case 'listNotes':
        return answer({ notes: await listNotesForUrl(deps.db, m.url) });
      case 'saveNote': {
        const { tabId, ...input } = m;
        return answer({ note: await storeNote(tabId, input) });
      }
      case 'deleteNote': {
        const note = await deps.db.notes.get(m.id);
        const deleted = await deleteNote(deps.db, m.id);
        if (note) {
          for (const s of tabs.all()) if ('url' in s && s.url === note.url) deps.broadcast({ type: 'tabStateChanged', tabId: s.tabId });
          void repaintUrl(note.url);
        }
        return answer({ deleted });
      }
      case 'restoreNote': {
        await saveNote(deps.db, m.note, null);
        for (const s of tabs.all()) if ('url' in s && s.url === m.note.url) deps.broadcast({ type: 'tabStateChanged', tabId: s.tabId });
        void repaintUrl(m.note.url);
        return answer({ note: m.note });
      }
      case 'getAccount':
        return answer({ account: await deps.comments.account() });
      case 'createAccount':
        return answer({ account: await deps.comments.createAccount(m.serverUrl, m) });
      case 'signIn':
        return answer({ account: await deps.comments.signIn(m.serverUrl, m) });
      case 'signOut':
        await deps.comments.signOut();
        return answer({ ok: true });
      case 'listComments': {
        const state = await tabState(m.tabId);
        if (state.status !== 'article') return answer({ signedIn: (await deps.comments.account()) !== null, comments: [], outbox: [], error: null });
        return answer(await deps.comments.list(state.url));
      }
      case 'postComment': {
        const state = await tabState(m.tabId);
        if (state.status !== 'article') throw new Error('comments are posted on quotes of an article');
        const item = await deps.comments.post(state.url, m.anchor, m.text);
        deps.broadcast({ type: 'tabStateChanged', tabId: m.tabId });
        return answer({ item });
      }
      case 'exportPage': {
        const state = await tabState(m.tabId);
        if (state.status !== 'article' && state.status !== 'not-article') throw new Error('this tab shows no page to export');
        const notes = await listNotesForUrl(deps.db, state.url);
        const saved = await deps.db.pages.get(state.url);
        return answer({ bundle: pageBundle(state, notes, saved?.savedAt ?? null, deps.now()) });
      }
      case 'retryOutbox': {
        const { sent, failed } = await deps.comments.retryNow();
        return answer({ sent, failed });
      }
      case 'libraryQuery':
        return answer(await queryLibrary(deps.db, m));
      case 'libraryExport':
        return answer({ bundle: await exportBundleFromDb(deps.db, m.urls, deps.now()) });
      case 'libraryImport':
        return answer(await imports.run(m.importId, (signal) => importBundleIntoDb(deps.db, m.bundle, deps.now(), { signal })));
      case 'libraryImportCancel':
        return answer({ cancelling: imports.cancel(m.importId) });
      case 'openAt': {
        const tabId = await deps.openTab(m.url);
        if (m.anchor) pendingReveals.set(tabId, m.anchor);
        return answer({ tabId });
      }
      default:
        throw new ForbiddenSender(m.type);
    }
  }

  return {
    handle,
    /** Something that every panel shows changed (comments delivered): panels re-query. */
    refreshAllTabs(): void {
      for (const s of tabs.all()) deps.broadcast({ type: 'tabStateChanged', tabId: s.tabId });
    },
    /** From the context menu or the keyboard shortcut: ask the tab for its selection and keep it as a highlight. */
    async highlightSelectionIn(tabId: number, source: 'menu' | 'shortcut'): Promise<void> {
      await deps.sendToTab(tabId, { type: 'highlightSelection', source });
    },
    /** A tab started loading another page or closed: what we knew of it no longer holds. */
    forgetTab(tabId: number, closed = false): void {
      tabs.forget(tabId);
      if (closed) pendingReveals.delete(tabId);
      deps.broadcast({ type: 'tabStateChanged', tabId });
    },
  };
}

export type Background = ReturnType<typeof createBackground>;
