import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './migrations/index';
import {
  emailKey,
  type Account,
  type AccountWithPassword,
  type CommentPosition,
  type InsertCommentResult,
  type NewAccount,
  type NewComment,
  type NewSession,
  type Repository,
  type Session,
  type StoredComment,
} from './repository';

interface CommentRow {
  id: string;
  url: string;
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
  text: string;
  author_id: string;
  display_name: string;
  created_at: number;
  updated_at: number;
}

const COMMENT_COLUMNS = `c.id, c.url, c.quote_exact, c.quote_prefix, c.quote_suffix, c.text, c.author_id,
  a.display_name, c.created_at, c.updated_at`;

function toComment(row: CommentRow): StoredComment {
  return {
    id: row.id,
    url: row.url,
    quote: { exact: row.quote_exact, prefix: row.quote_prefix, suffix: row.quote_suffix },
    text: row.text,
    author: { id: row.author_id, displayName: row.display_name },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Applies every migration newer than the recorded version, each in its own transaction. */
export function migrateSqlite(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').all().map((row) => (row as { version: number }).version),
  );
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        Date.now(),
      );
    }).immediate();
  }
}

/**
 * Opens (creating if needed) the database file, in WAL mode so readers never wait for the writer. The
 * driver is synchronous; the async interface keeps routes identical for both databases.
 */
export function openSqliteRepository(file: string): Repository {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrateSqlite(db);

  const statements = {
    insertAccount: db.prepare(`INSERT INTO accounts (id, email, email_key, display_name, password_hash, created_at)
      VALUES (@id, @email, @emailKey, @displayName, @passwordHash, @createdAt) ON CONFLICT (email_key) DO NOTHING`),
    accountByEmail: db.prepare(
      'SELECT id, email, display_name, password_hash FROM accounts WHERE email_key = ?',
    ),
    insertSession: db.prepare(`INSERT INTO sessions (token_hash, account_id, created_at, expires_at)
      VALUES (@tokenHash, @accountId, @createdAt, @expiresAt)`),
    sessionByHash: db.prepare(`SELECT s.account_id, s.expires_at, a.display_name
      FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = ?`),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    deleteExpiredSessions: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    insertComment: db.prepare(`INSERT INTO comments
      (id, url, quote_exact, quote_prefix, quote_suffix, text, author_id, created_at, updated_at)
      VALUES (@id, @url, @exact, @prefix, @suffix, @text, @authorId, @createdAt, @createdAt)
      ON CONFLICT (id) DO NOTHING`),
    commentById: db.prepare(
      `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN accounts a ON a.id = c.author_id WHERE c.id = ?`,
    ),
    firstPage: db.prepare(`SELECT ${COMMENT_COLUMNS} FROM comments c JOIN accounts a ON a.id = c.author_id
      WHERE c.url = ? ORDER BY c.created_at DESC, c.id DESC LIMIT ?`),
    nextPage: db.prepare(`SELECT ${COMMENT_COLUMNS} FROM comments c JOIN accounts a ON a.id = c.author_id
      WHERE c.url = ? AND (c.created_at, c.id) < (?, ?) ORDER BY c.created_at DESC, c.id DESC LIMIT ?`),
    updateText: db.prepare('UPDATE comments SET text = ?, updated_at = ? WHERE id = ?'),
    deleteComment: db.prepare('DELETE FROM comments WHERE id = ?'),
  };

  const findComment = (id: string): StoredComment | null => {
    const row = statements.commentById.get(id) as CommentRow | undefined;
    return row ? toComment(row) : null;
  };

  return {
    async createAccount(account: NewAccount): Promise<Account | null> {
      const result = statements.insertAccount.run({ ...account, emailKey: emailKey(account.email) });
      if (result.changes === 0) return null;
      return { id: account.id, email: account.email, displayName: account.displayName };
    },

    async findAccountByEmail(email: string): Promise<AccountWithPassword | null> {
      const row = statements.accountByEmail.get(emailKey(email)) as
        | { id: string; email: string; display_name: string; password_hash: string }
        | undefined;
      return row
        ? { id: row.id, email: row.email, displayName: row.display_name, passwordHash: row.password_hash }
        : null;
    },

    async createSession(session: NewSession): Promise<void> {
      statements.insertSession.run(session);
    },

    async findSession(tokenHash: string): Promise<Session | null> {
      const row = statements.sessionByHash.get(tokenHash) as
        | { account_id: string; expires_at: number; display_name: string }
        | undefined;
      return row ? { accountId: row.account_id, displayName: row.display_name, expiresAt: row.expires_at } : null;
    },

    async deleteSession(tokenHash: string): Promise<void> {
      statements.deleteSession.run(tokenHash);
    },

    async deleteExpiredSessions(now: number): Promise<number> {
      return statements.deleteExpiredSessions.run(now).changes;
    },

    async insertComment(comment: NewComment): Promise<InsertCommentResult> {
      // One transaction so the row read back is the one this insert did or did not create.
      return db.transaction((): InsertCommentResult => {
        const { changes } = statements.insertComment.run({ ...comment, ...comment.quote });
        const stored = findComment(comment.id);
        if (!stored) throw new Error(`comment ${comment.id} vanished during insert`);
        return { status: changes === 1 ? 'created' : 'exists', comment: stored };
      }).immediate();
    },

    async findComment(id: string): Promise<StoredComment | null> {
      return findComment(id);
    },

    async listComments(url: string, limit: number, after: CommentPosition | null): Promise<StoredComment[]> {
      const rows = after
        ? statements.nextPage.all(url, after.createdAt, after.id, limit)
        : statements.firstPage.all(url, limit);
      return (rows as CommentRow[]).map(toComment);
    },

    async updateCommentText(id: string, text: string, updatedAt: number): Promise<StoredComment | null> {
      const { changes } = statements.updateText.run(text, updatedAt, id);
      return changes === 0 ? null : findComment(id);
    },

    async deleteComment(id: string): Promise<boolean> {
      return statements.deleteComment.run(id).changes === 1;
    },

    async close(): Promise<void> {
      db.close();
    },
  };
}
