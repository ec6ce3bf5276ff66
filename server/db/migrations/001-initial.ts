import type { Migration } from './migration';

// Times are integer milliseconds in both databases so that ordering and cursors behave identically.
export const initial: Migration = {
  version: 1,
  name: 'accounts, sessions, comments',
  sqlite: `
    CREATE TABLE accounts (
      id TEXT PRIMARY KEY,
      email TEXT NOT NULL,
      email_key TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE INDEX sessions_by_expiry ON sessions(expires_at);
    CREATE TABLE comments (
      id TEXT PRIMARY KEY,
      url TEXT NOT NULL,
      quote_exact TEXT NOT NULL,
      quote_prefix TEXT NOT NULL,
      quote_suffix TEXT NOT NULL,
      text TEXT NOT NULL,
      author_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX comments_by_url ON comments(url, created_at DESC, id DESC);
  `,
  // COLLATE "C" on ids: keyset pagination compares ids, and a locale collation may order them differently
  // from SQLite's byte order.
  postgres: `
    CREATE TABLE accounts (
      id TEXT PRIMARY KEY,
      email TEXT NOT NULL,
      email_key TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      password_hash TEXT NOT NULL,
      created_at BIGINT NOT NULL
    );
    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      created_at BIGINT NOT NULL,
      expires_at BIGINT NOT NULL
    );
    CREATE INDEX sessions_by_expiry ON sessions(expires_at);
    CREATE TABLE comments (
      id TEXT COLLATE "C" PRIMARY KEY,
      url TEXT NOT NULL,
      quote_exact TEXT NOT NULL,
      quote_prefix TEXT NOT NULL,
      quote_suffix TEXT NOT NULL,
      text TEXT NOT NULL,
      author_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
      created_at BIGINT NOT NULL,
      updated_at BIGINT NOT NULL
    );
    CREATE INDEX comments_by_url ON comments(url, created_at DESC, id DESC);
  `,
};
