import pg from 'pg';
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
  // BIGINT arrives as a string: pg will not guess whether it fits in a JS number.
  created_at: string;
  updated_at: string;
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
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

// Arbitrary constant: serializes migration runs when several instances start at once.
const MIGRATION_LOCK = 7_451_283_001;

export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        Date.now(),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Connects a pool (a connection string, or full pool settings such as a search_path for tests) and migrates. */
export async function openPostgresRepository(config: string | pg.PoolConfig): Promise<Repository> {
  const pool = new pg.Pool(typeof config === 'string' ? { connectionString: config } : config);
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const findComment = async (id: string): Promise<StoredComment | null> => {
    const { rows } = await pool.query<CommentRow>(
      `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN accounts a ON a.id = c.author_id WHERE c.id = $1`,
      [id],
    );
    return rows[0] ? toComment(rows[0]) : null;
  };

  return {
    async createAccount(account: NewAccount): Promise<Account | null> {
      const { rowCount } = await pool.query(
        `INSERT INTO accounts (id, email, email_key, display_name, password_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email_key) DO NOTHING`,
        [account.id, account.email, emailKey(account.email), account.displayName, account.passwordHash, account.createdAt],
      );
      if (rowCount !== 1) return null;
      return { id: account.id, email: account.email, displayName: account.displayName };
    },

    async findAccountByEmail(email: string): Promise<AccountWithPassword | null> {
      const { rows } = await pool.query<{ id: string; email: string; display_name: string; password_hash: string }>(
        'SELECT id, email, display_name, password_hash FROM accounts WHERE email_key = $1',
        [emailKey(email)],
      );
      const row = rows[0];
      return row
        ? { id: row.id, email: row.email, displayName: row.display_name, passwordHash: row.password_hash }
        : null;
    },

    async createSession(session: NewSession): Promise<void> {
      await pool.query(
        'INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
        [session.tokenHash, session.accountId, session.createdAt, session.expiresAt],
      );
    },

    async findSession(tokenHash: string): Promise<Session | null> {
      const { rows } = await pool.query<{ account_id: string; expires_at: string; display_name: string }>(
        `SELECT s.account_id, s.expires_at, a.display_name
         FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1`,
        [tokenHash],
      );
      const row = rows[0];
      return row
        ? { accountId: row.account_id, displayName: row.display_name, expiresAt: Number(row.expires_at) }
        : null;
    },

    async deleteSession(tokenHash: string): Promise<void> {
      await pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },

    async deleteExpiredSessions(now: number): Promise<number> {
      const { rowCount } = await pool.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
      return rowCount ?? 0;
    },

    async insertComment(comment: NewComment): Promise<InsertCommentResult> {
      // ON CONFLICT DO NOTHING makes concurrent retries of one id safe without a transaction: exactly one
      // insert wins, and every caller then reads the winner's row.
      const { rowCount } = await pool.query(
        `INSERT INTO comments (id, url, quote_exact, quote_prefix, quote_suffix, text, author_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (id) DO NOTHING`,
        [
          comment.id,
          comment.url,
          comment.quote.exact,
          comment.quote.prefix,
          comment.quote.suffix,
          comment.text,
          comment.authorId,
          comment.createdAt,
        ],
      );
      const stored = await findComment(comment.id);
      if (!stored) throw new Error(`comment ${comment.id} vanished during insert`);
      return { status: rowCount === 1 ? 'created' : 'exists', comment: stored };
    },

    findComment,

    async listComments(url: string, limit: number, after: CommentPosition | null): Promise<StoredComment[]> {
      const { rows } = after
        ? await pool.query<CommentRow>(
            `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN accounts a ON a.id = c.author_id
             WHERE c.url = $1 AND (c.created_at, c.id) < ($2, $3)
             ORDER BY c.created_at DESC, c.id DESC LIMIT $4`,
            [url, after.createdAt, after.id, limit],
          )
        : await pool.query<CommentRow>(
            `SELECT ${COMMENT_COLUMNS} FROM comments c JOIN accounts a ON a.id = c.author_id
             WHERE c.url = $1 ORDER BY c.created_at DESC, c.id DESC LIMIT $2`,
            [url, limit],
          );
      return rows.map(toComment);
    },

    async updateCommentText(id: string, text: string, updatedAt: number): Promise<StoredComment | null> {
      const { rowCount } = await pool.query('UPDATE comments SET text = $1, updated_at = $2 WHERE id = $3', [
        text,
        updatedAt,
        id,
      ]);
      return rowCount === 1 ? findComment(id) : null;
    },

    async deleteComment(id: string): Promise<boolean> {
      const { rowCount } = await pool.query('DELETE FROM comments WHERE id = $1', [id]);
      return rowCount === 1;
    },

    async close(): Promise<void> {
      await pool.end();
    },
  };
}
