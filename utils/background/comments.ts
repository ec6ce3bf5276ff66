import { createCommentsApi, type CommentsApi, type PublicComment } from '../api/comments-api';
import type { AccountRecord, OutboxRecord, StatementLensDb } from '../db/database';
import { enqueueComment, flushOutbox, type FlushResult } from '../comments/outbox';
import type { TextAnchor } from '../schemas';

export interface CommentsDeps {
  db: StatementLensDb;
  fetch: typeof fetch;
  now: () => Date;
  newId: () => string;
  /** Asks the browser to wake the worker at `when` to flush again (browser.alarms in the extension). */
  scheduleFlush: (when: Date | null) => Promise<void>;
  /** Called after a flush, so open panels can show what was sent or why not. */
  onFlushed?: () => void;
}

export interface AccountView {
  serverUrl: string;
  email: string;
  displayName: string;
}

export { DEFAULT_SERVER_URL } from '../settings';

/** Public comments. Every network call below starts from a signed-in account: signed out, nothing is sent. */
export function createCommentsService(deps: CommentsDeps) {
  let flushing: Promise<FlushResult> | null = null;

  const currentAccount = async (): Promise<AccountRecord | null> => {
    const account = await deps.db.account.get('current');
    if (!account) return null;
    if (account.expiresAt <= deps.now().toISOString()) return null;
    return account;
  };

  const apiFor = (account: AccountRecord | null): CommentsApi | null =>
    account ? createCommentsApi({ baseUrl: account.serverUrl, fetch: deps.fetch, token: account.token }) : null;

  const view = (account: AccountRecord): AccountView => ({
    serverUrl: account.serverUrl,
    email: account.email,
    displayName: account.displayName,
  });

  let again = false;

  /**
   * One flush at a time: an alarm and a new comment arriving together must not send an item twice. A request
   * made while a flush runs is not lost: that flush may have read the outbox before the new item was written,
   * so another pass follows it.
   */
  function flush(): Promise<FlushResult> {
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = (async () => {
      try {
        let result: FlushResult;
        do {
          again = false;
          const account = await currentAccount();
          result = await flushOutbox(deps.db, account, apiFor(account), deps.now);
          if (result.sessionRejected) await deps.db.account.delete('current');
        } while (again);
        await deps.scheduleFlush(result.nextAttemptAt ? new Date(result.nextAttemptAt) : null);
        deps.onFlushed?.();
        return result;
      } finally {
        flushing = null;
      }
    })();
    return flushing;
  }

  return {
    flush,

    /** The user asked to send now: waiting and refused comments of the signed-in account become due at once. */
    async retryNow(): Promise<FlushResult> {
      const account = await currentAccount();
      if (!account) return { sent: 0, failed: 0, nextAttemptAt: null, sessionRejected: false };
      const now = deps.now().toISOString();
      await deps.db.outbox
        .where('[accountId+state]')
        .anyOf([account.accountId, 'pending'], [account.accountId, 'failed'])
        .modify({ state: 'pending', nextAttemptAt: now });
      return flush();
    },

    async account(): Promise<AccountView | null> {
      const account = await currentAccount();
      return account ? view(account) : null;
    },

    async createAccount(serverUrl: string, input: { email: string; password: string; displayName: string }): Promise<AccountView> {
      const api = createCommentsApi({ baseUrl: serverUrl, fetch: deps.fetch });
      await api.createAccount(input);
      return this.signIn(serverUrl, input);
    },

    async signIn(serverUrl: string, input: { email: string; password: string }): Promise<AccountView> {
      const api = createCommentsApi({ baseUrl: serverUrl, fetch: deps.fetch });
      const session = await api.signIn(input);
      const email = input.email.trim().toLowerCase();
      const base = serverUrl.replace(/\/+$/, '');
      const record: AccountRecord = {
        key: 'current',
        serverUrl: base,
        // Outbox items are bound to this id: the server's own when it tells us, else one derived from server and email.
        accountId: session.account ? `${base}|${session.account.id}` : `${base}|${email}`,
        email,
        displayName: session.account?.displayName ?? email.split('@')[0]!,
        token: session.token,
        expiresAt: session.expiresAt,
      };
      await deps.db.account.put(record);
      void flush();
      return view(record);
    },

    async signOut(): Promise<void> {
      // A send under way finishes first: after sign-out returns, nothing more leaves under this account.
      await flushing?.catch(() => undefined);
      const account = await deps.db.account.get('current');
      await deps.db.account.delete('current');
      // Best effort: the token is forgotten locally whether or not the server hears about it.
      if (account) await apiFor(account)?.signOut().catch(() => undefined);
      await deps.scheduleFlush(null);
    },

    async post(url: string, anchor: TextAnchor, text: string): Promise<OutboxRecord> {
      const account = await currentAccount();
      if (!account) throw new Error('sign in to post public comments');
      const record = await enqueueComment(
        deps.db,
        account,
        { id: deps.newId(), url, quote: { exact: anchor.quote.exact, prefix: anchor.quote.prefix, suffix: anchor.quote.suffix }, text },
        deps.now(),
      );
      void flush();
      return record;
    },

    /** The page's public comments and this browser's not-yet-delivered ones. Signed out: nothing is fetched. */
    async list(url: string): Promise<{ signedIn: boolean; comments: PublicComment[]; outbox: OutboxRecord[]; error: string | null }> {
      const account = await currentAccount();
      if (!account) return { signedIn: false, comments: [], outbox: [], error: null };
      const outbox = (await deps.db.outbox.where('url').equals(url).toArray()).filter((o) => o.accountId === account.accountId);
      try {
        const { comments } = await apiFor(account)!.listComments(url);
        return { signedIn: true, comments, outbox, error: null };
      } catch (error) {
        return { signedIn: true, comments: [], outbox, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

export type CommentsService = ReturnType<typeof createCommentsService>;
