import type { AccountRecord, OutboxRecord, StatementLensDb } from '../db/database';
import { ApiError, type CommentsApi, type NewComment } from '../api/comments-api';

const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 30 * 60_000;
/** Sent comments stay a week so the panel can show "sent" beside them; the server has them for good. */
const KEEP_SENT_MS = 7 * 24 * 3600_000;

export function backoffMs(attempts: number): number {
  return Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/** Puts a comment in the outbox, bound to the account that wrote it. Sending is flushOutbox's job. */
export async function enqueueComment(
  db: StatementLensDb,
  account: AccountRecord,
  comment: NewComment,
  now: Date,
): Promise<OutboxRecord> {
  const record: OutboxRecord = {
    ...comment,
    accountId: account.accountId,
    serverUrl: account.serverUrl,
    authorName: account.displayName,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now.toISOString(),
    lastError: null,
    createdAt: now.toISOString(),
    sentAt: null,
  };
  await db.outbox.add(record);
  return record;
}

export interface FlushResult {
  sent: number;
  failed: number;
  /** Still waiting (server unreachable or busy): when the next attempt is due, or null if nothing waits. */
  nextAttemptAt: string | null;
  /** The server no longer accepts the session: the user must sign in again. */
  sessionRejected: boolean;
}

/**
 * Sends the due comments of the signed-in account, once each: the comment's UUID makes a repeated POST (after
 * a crash between sending and recording) return the stored comment instead of a second one. Without an
 * account nothing is sent at all.
 */
export async function flushOutbox(db: StatementLensDb, account: AccountRecord | null, api: CommentsApi | null, now: () => Date): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, failed: 0, nextAttemptAt: null, sessionRejected: false };
  if (!account || !api) return result;

  // A worker that died mid-request left items "sending"; the server deduplicates, so sending again is safe.
  await db.outbox.where('[accountId+state]').equals([account.accountId, 'sending']).modify({ state: 'pending' });

  const due = (await db.outbox.where('[accountId+state]').equals([account.accountId, 'pending']).toArray())
    .filter((item) => item.serverUrl === account.serverUrl)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  for (const item of due) {
    if (item.nextAttemptAt > now().toISOString()) {
      result.nextAttemptAt = minIso(result.nextAttemptAt, item.nextAttemptAt);
      continue;
    }
    if (result.sessionRejected) break;
    await db.outbox.update(item.id, { state: 'sending' });
    try {
      await api.postComment({ id: item.id, url: item.url, quote: item.quote, text: item.text });
      await db.outbox.update(item.id, { state: 'sent', sentAt: now().toISOString(), lastError: null });
      result.sent++;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        await db.outbox.update(item.id, { state: 'pending', lastError: 'waiting for sign-in' });
        result.sessionRejected = true;
      } else if (error instanceof ApiError && !error.retryable) {
        await db.outbox.update(item.id, { state: 'failed', lastError: error.message });
        result.failed++;
      } else {
        const attempts = item.attempts + 1;
        const next = new Date(now().getTime() + backoffMs(attempts)).toISOString();
        await db.outbox.update(item.id, {
          state: 'pending',
          attempts,
          nextAttemptAt: next,
          lastError: error instanceof Error ? error.message : String(error),
        });
        result.nextAttemptAt = minIso(result.nextAttemptAt, next);
      }
    }
  }
  const cutoff = new Date(now().getTime() - KEEP_SENT_MS).toISOString();
  await db.outbox.filter((item) => item.state === 'sent' && item.sentAt !== null && item.sentAt < cutoff).delete();
  return result;
}

function minIso(a: string | null, b: string): string {
  return a === null || b < a ? b : a;
}
