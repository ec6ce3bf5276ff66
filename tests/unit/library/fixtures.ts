import type { PageRecord } from '../../../utils/db/database';
import { libraryQuerySchema, type LibraryQuery } from '../../../utils/protocol/library';
import type { Claim, Language, Note, Quote, TextAnchor } from '../../../utils/schemas';

/** Small builders for saved articles and notes, shared by the library's unit tests. */

export const anchorOf = (exact: string, start = 0): TextAnchor => ({
  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start, end: start + exact.length },
});

export function quote(id: string, text: string, speaker: string | null, kind: Quote['kind'] = 'direct'): Quote {
  return { id, kind, text, speaker, speakerId: speaker ? `s-${speaker}` : null, cue: null, anchor: anchorOf(text, Number(id.replace(/\D/g, '') || 0) * 100), variantOf: null };
}

export function claim(id: string, of: Quote, type: Claim['type']): Claim {
  return { id, quoteId: of.id, text: of.text, type, speaker: of.speaker, checkworthiness: 0.8, anchor: of.anchor };
}

export function page(url: string, savedAt: string, quotes: Quote[], claims: Claim[] = [], language: Language = 'ru'): PageRecord {
  const names = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null))];
  return {
    url,
    title: `Article ${url.split('/').pop()}`,
    language,
    extraction: { speakers: names.map((name) => ({ id: `s-${name}`, name, role: null, mentions: [name] })), quotes, claims },
    savedAt,
    updatedAt: savedAt,
  };
}

let seq = 0;
export function note(url: string, text: string, options: Partial<Note> = {}): Note {
  seq++;
  const at = options.createdAt ?? new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString();
  return {
    schemaVersion: 1,
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    url,
    pageTitle: 'Page',
    targetKind: 'article',
    anchor: null,
    speaker: null,
    quoteKind: null,
    claimType: null,
    text,
    tags: [],
    createdAt: at,
    updatedAt: at,
    ...options,
  };
}

export const noteOn = (q: Quote, url: string, text: string, tags: string[] = []): Note =>
  note(url, text, { targetKind: 'quote', anchor: q.anchor, speaker: q.speaker, quoteKind: q.kind, tags });

export const q = (partial: Partial<LibraryQuery> = {}): LibraryQuery => libraryQuerySchema.parse(partial);

let dbSeq = 0;
export const freshName = (prefix: string) => `${prefix}-${Date.now()}-${dbSeq++}`;
