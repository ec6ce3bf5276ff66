/**
 * Storage for the comment service. Two implementations (sqlite.ts, postgres.ts) pass the same contract
 * tests; routes see only this interface. Times are milliseconds since the epoch; ids are lower-case.
 */

export interface Account {
  id: string;
  email: string;
  displayName: string;
}

export interface AccountWithPassword extends Account {
  passwordHash: string;
}

export interface NewAccount extends AccountWithPassword {
  createdAt: number;
}

export interface Session {
  accountId: string;
  displayName: string;
  expiresAt: number;
}

export interface NewSession {
  tokenHash: string;
  accountId: string;
  createdAt: number;
  expiresAt: number;
}

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface StoredComment {
  id: string;
  /** Normalized (server/url.ts). */
  url: string;
  quote: QuoteSelector;
  text: string;
  author: { id: string; displayName: string };
  createdAt: number;
  updatedAt: number;
}

export interface NewComment {
  id: string;
  url: string;
  quote: QuoteSelector;
  text: string;
  authorId: string;
  createdAt: number;
}

/** Where a page of comments ends: the last (createdAt, id) seen, newest first. */
export interface CommentPosition {
  createdAt: number;
  id: string;
}

export type InsertCommentResult =
  | { status: 'created'; comment: StoredComment }
  /** A comment with this id already exists (possibly by another author); it is returned unchanged. */
  | { status: 'exists'; comment: StoredComment };

export interface Repository {
  /** Null when the email is taken, compared case-insensitively. */
  createAccount(account: NewAccount): Promise<Account | null>;
  findAccountByEmail(email: string): Promise<AccountWithPassword | null>;

  createSession(session: NewSession): Promise<void>;
  /** The session for this token hash, expired or not: the caller decides with its own clock. */
  findSession(tokenHash: string): Promise<Session | null>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteExpiredSessions(now: number): Promise<number>;

  /** Inserts unless the id exists; never overwrites. */
  insertComment(comment: NewComment): Promise<InsertCommentResult>;
  findComment(id: string): Promise<StoredComment | null>;
  /** Newest first, strictly after `after` when given. */
  listComments(url: string, limit: number, after: CommentPosition | null): Promise<StoredComment[]>;
  updateCommentText(id: string, text: string, updatedAt: number): Promise<StoredComment | null>;
  deleteComment(id: string): Promise<boolean>;

  close(): Promise<void>;
}

/** The key that makes two emails the same account. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
