import { Dexie, type EntityTable } from 'dexie';
import type { Extraction, Language, Note } from '../schemas';

/** A page the user annotated: its extraction is kept so the library can show quotes without the page. */
export interface PageRecord {
  url: string;
  title: string;
  language: Language;
  extraction: Pick<Extraction, 'speakers' | 'quotes' | 'claims'>;
  savedAt: string;
  updatedAt: string;
}

export type NoteRecord = Note;

/** The signed-in account. Held here, in the extension's own IndexedDB, which no content script or page can read. */
export interface AccountRecord {
  key: 'current';
  serverUrl: string;
  accountId: string;
  email: string;
  displayName: string;
  token: string;
  expiresAt: string;
}

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

/** A public comment on its way to the server. Its id is the comment's UUID: the server's idempotency key. */
export interface OutboxRecord {
  id: string;
  /** Only this account may send it: a signed-out user's comments never leave under someone else's name. */
  accountId: string;
  serverUrl: string;
  url: string;
  quote: { exact: string; prefix: string; suffix: string };
  text: string;
  authorName: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export const DATABASE_NAME = 'statement-lens';

/**
 * The extension's database. Only the background opens it: IndexedDB in a content script belongs to the web
 * page's origin, where the page itself could read it.
 *
 * Versions are never edited once released; a change is a new version with its upgrade, tested from every
 * earlier one (tests/unit/db/migrations.test.ts).
 */
export class StatementLensDb extends Dexie {
  pages!: EntityTable<PageRecord, 'url'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  account!: EntityTable<AccountRecord, 'key'>;
  outbox!: EntityTable<OutboxRecord, 'id'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      pages: 'url',
      notes: 'id, url',
    });
    // v2: indexes for the panel's queries (a page's notes in order, by tag, by speaker) and defaults for
    // fields that v1 records may lack.
    this.version(2)
      .stores({
        pages: 'url, updatedAt',
        notes: 'id, url, [url+createdAt], updatedAt, speaker, *tags',
      })
      .upgrade(async (tx) => {
        await tx
          .table('notes')
          .toCollection()
          .modify((note: Partial<Note>) => {
            note.tags ??= [];
            note.updatedAt ??= note.createdAt;
            note.speaker ??= null;
            note.quoteKind ??= null;
            note.claimType ??= null;
            note.pageTitle ??= '';
          });
      });
    // v3: public comments — the signed-in account and the outbox of comments not yet delivered.
    this.version(3).stores({
      account: 'key',
      outbox: 'id, [accountId+state], url, nextAttemptAt',
    });
  }
}
