import { z } from 'zod';
import { itemId, pageRequests } from './protocol/page';
import { libraryRequests, libraryResponses } from './protocol/library';
import { messageParser } from './protocol/parse';
import {
  articleSnapshotSchema,
  extractionSchema,
  noteSchema,
  noteTargetKindSchema,
  textAnchorSchema,
  quoteKindSchema,
  claimTypeSchema,
} from './schemas';

/**
 * Every message between the extension's contexts, declared once. A receiver parses what it gets with
 * `parseMessage`; anything that does not match is logged and dropped, never acted on. A new message is one
 * entry in `requests` (its payload) and one in `responses` (what the handler answers).
 */

const tabId = z.number().int().nonnegative();
/** A message that carries nothing but its type. */
const empty = z.looseObject({});
const serverUrl = z.url({ protocol: /^https?$/ }).max(2_000);
const email = z.email().max(320);

const outboxItemSchema = z.object({
  id: z.string(),
  url: z.string(),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  text: z.string(),
  authorName: z.string(),
  state: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.number(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
const publicCommentSchema = z.object({
  id: z.string(),
  url: z.string(),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  text: z.string(),
  author: z.object({ id: z.string(), displayName: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const orphanIds = z.array(itemId).max(100_000);
const accountViewSchema = z.object({ serverUrl: z.string(), email: z.string(), displayName: z.string() });

export const requests = {
  ...pageRequests,
  ...libraryRequests,
  /** content → background: what the cheap check and the snapshot found on the page. */
  /** `url`: the page's address now (a single-page site may have moved it since the document loaded). */
  pageVisited: z.object({ isArticle: z.literal(false), url: z.string().max(8_192).optional() }),
  pageSnapshot: z.object({ snapshot: articleSnapshotSchema }),
  /** panel → background: the state of a tab (extraction and whether the page is an article). */
  getTabState: z.object({ tabId }),
  /** panel → background: notes for the page open in a tab. */
  listNotes: z.object({ url: z.string().max(8_192) }),
  saveNote: z.object({
    id: z.string().uuid().optional(),
    tabId,
    targetKind: noteTargetKindSchema,
    anchor: textAnchorSchema.nullable(),
    speaker: z.string().nullable(),
    quoteKind: quoteKindSchema.nullable(),
    claimType: claimTypeSchema.nullable(),
    /** May be empty only for a hand-made highlight, whose note is optional. */
    text: z.string().max(100_000),
    tags: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
    /** For an edit: the note's text and tags as the editor showed them, so only what this edit changed is applied. */
    base: z.object({ text: z.string().max(100_000), tags: z.array(z.string().max(100)).max(100) }).optional(),
  }).refine((m) => m.targetKind === 'highlight' || m.text.trim().length > 0, { message: 'a note needs text', path: ['text'] }),
  deleteNote: z.object({ id: z.string().uuid() }),
  /** options page → background: the comment-server account. */
  getAccount: empty,
  createAccount: z.object({ serverUrl, email, password: z.string().min(10).max(1_000), displayName: z.string().trim().min(1).max(100) }),
  signIn: z.object({ serverUrl, email, password: z.string().min(1).max(1_000) }),
  signOut: empty,
  /** panel → background: public comments on the tab's page (nothing is fetched while signed out). */
  listComments: z.object({ tabId }),
  postComment: z.object({ tabId, anchor: textAnchorSchema, text: z.string().trim().min(1).max(10_000) }),
  /** panel → background: the annotation bundle (utils/export) of the tab's article and its notes. */
  exportPage: z.object({ tabId }),
  /** panel → background: send waiting comments now instead of at the next retry. */
  retryOutbox: empty,
  /** content script → background: notes whose text left (or came back to) the page since the last paint. */
  notesAnchored: z.object({ orphanNoteIds: orphanIds }),
  /** content script → background → panels: the user clicked a highlight in the page. */
  highlightClicked: z.object({ id: itemId }),
  focusItem: z.object({ tabId, id: itemId }),
  /** content script → background: the user highlighted a selection by hand. */
  createHighlight: z.object({ anchor: textAnchorSchema, text: z.string().max(100_000).default('') }),
  /** panel → background: put back a deleted note (undo). */
  restoreNote: z.object({ note: noteSchema }),
  /** background → panels: a tab's state or notes changed; listeners re-query. */
  tabStateChanged: z.object({ tabId }),
} as const;

export type RequestType = keyof typeof requests;

const tabStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unknown'), tabId }),
  z.object({ status: z.literal('unsupported'), tabId, url: z.string() }),
  z.object({ status: z.literal('not-article'), tabId, url: z.string(), title: z.string(), orphanNoteIds: orphanIds.default([]) }),
  z.object({
    status: z.literal('article'),
    tabId,
    url: z.string(),
    title: z.string(),
    extraction: extractionSchema,
    orphanNoteIds: orphanIds.default([]),
  }),
]);
export type TabState = z.infer<typeof tabStateSchema>;

export const responses = {
  ...libraryResponses,
  pageVisited: z.object({ ok: z.literal(true) }),
  pageSnapshot: z.object({ quoteCount: z.number().int().nonnegative() }),
  getTabState: tabStateSchema,
  listNotes: z.object({ notes: z.array(noteSchema) }),
  saveNote: z.object({ note: noteSchema }),
  deleteNote: z.object({ deleted: z.boolean() }),
  resendSnapshot: z.object({ ok: z.boolean() }),
  revealAnchor: z.object({ found: z.boolean() }),
  tabStateChanged: z.object({ ok: z.literal(true) }),
  getAccount: z.object({ account: accountViewSchema.nullable() }),
  createAccount: z.object({ account: accountViewSchema }),
  signIn: z.object({ account: accountViewSchema }),
  signOut: z.object({ ok: z.literal(true) }),
  listComments: z.object({
    signedIn: z.boolean(),
    comments: z.array(publicCommentSchema),
    outbox: z.array(outboxItemSchema),
    error: z.string().nullable(),
  }),
  postComment: z.object({ item: outboxItemSchema }),
  retryOutbox: z.object({ sent: z.number().int(), failed: z.number().int() }),
  exportPage: z.object({ bundle: z.unknown() }),
  paintHighlights: z.object({ orphanNoteIds: orphanIds, missingQuoteIds: orphanIds }),
  notesAnchored: z.object({ ok: z.literal(true) }),
  highlightClicked: z.object({ ok: z.literal(true) }),
  focusItem: z.object({ ok: z.literal(true) }),
  createHighlight: z.object({ note: noteSchema }),
  highlightSelection: z.object({ created: z.boolean() }),
  restoreNote: z.object({ note: noteSchema }),
} satisfies Record<RequestType, z.ZodType>;

export type RequestOf<T extends RequestType> = z.infer<(typeof requests)[T]>;
export type ResponseOf<T extends RequestType> = z.infer<(typeof responses)[T]>;
export type Message = { [T in RequestType]: { type: T } & RequestOf<T> }[RequestType];

/**
 * The key of the answer a receiver gives when its handler failed. Named so that no real answer (which may well
 * have an `error` field of its own) can be mistaken for a failure.
 */
export const FAILURE_KEY = 'statementLensFailure';

export function failureAnswer(error: unknown): Record<string, string> {
  return { [FAILURE_KEY]: error instanceof Error ? error.message : String(error) };
}

export class MessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Validates an incoming message. Returns null (and logs) for anything not declared above. */
export const parseMessage: (raw: unknown) => Message | null = messageParser(requests) as (raw: unknown) => Message | null;

/** Builds a message of a declared type; the type checker keeps payloads in line with the schema. */
export function message<T extends RequestType>(type: T, payload: z.input<(typeof requests)[T]>): { type: T } & z.input<(typeof requests)[T]> {
  return { type, ...payload };
}

/** Validates a response, so a caller never works on a shape it did not ask for. */
export function parseResponse<T extends RequestType>(type: T, raw: unknown): ResponseOf<T> {
  const failure = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[FAILURE_KEY] : undefined;
  if (typeof failure === 'string') throw new MessageError(failure);
  const parsed = responses[type].safeParse(raw);
  if (!parsed.success) throw new MessageError(`unexpected answer to "${type}": ${z.prettifyError(parsed.error)}`);
  return parsed.data as ResponseOf<T>;
}
