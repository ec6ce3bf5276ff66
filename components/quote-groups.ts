import type { Extraction, Note, Quote } from '../utils/schemas';

export interface QuoteGroup {
  /** The speaker's id; '' for quotes nobody is credited with. */
  key: string;
  name: string;
  role: string | null;
  quotes: Quote[];
}

/** Quotes grouped by speaker, in the order speakers first speak; quotes nobody is credited with come last. */
export function groupBySpeaker(extraction: Pick<Extraction, 'speakers' | 'quotes'>): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  for (const quote of extraction.quotes) {
    const speaker = quote.speakerId ? extraction.speakers.find((s) => s.id === quote.speakerId) : undefined;
    const key = speaker?.id ?? quote.speaker ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { key, name: speaker?.name ?? quote.speaker ?? '', role: speaker?.role ?? null, quotes: [] };
      groups.set(key, group);
    }
    group.quotes.push(quote);
  }
  const list = [...groups.values()];
  return [...list.filter((g) => g.key !== ''), ...list.filter((g) => g.key === '')];
}

export interface SortedNotes {
  article: Note[];
  highlights: Note[];
  orphans: Note[];
  byQuote: Map<string, Note[]>;
  byClaim: Map<string, Note[]>;
}

/**
 * Where each note shows in the panel. A note belongs to the quote or claim whose text it was written on (the
 * anchor's exact text); a note whose text the page no longer holds is an orphan, whatever it was attached to.
 */
export function sortNotes(notes: readonly Note[], extraction: Pick<Extraction, 'quotes' | 'claims'> | null, orphanIds: readonly string[]): SortedNotes {
  const orphanSet = new Set(orphanIds);
  const quoteByText = new Map(extraction?.quotes.map((q) => [q.anchor.quote.exact, q.id]) ?? []);
  const claimByText = new Map(extraction?.claims.map((c) => [c.anchor.quote.exact, c.id]) ?? []);
  const sorted: SortedNotes = { article: [], highlights: [], orphans: [], byQuote: new Map(), byClaim: new Map() };
  const push = (map: Map<string, Note[]>, key: string, note: Note) => map.set(key, [...(map.get(key) ?? []), note]);
  for (const note of notes) {
    if (!note.anchor || note.targetKind === 'article') {
      sorted.article.push(note);
      continue;
    }
    if (orphanSet.has(note.id)) {
      sorted.orphans.push(note);
      continue;
    }
    const exact = note.anchor.quote.exact;
    const claimId = note.targetKind === 'claim' ? claimByText.get(exact) : undefined;
    const quoteId = note.targetKind === 'quote' ? quoteByText.get(exact) : undefined;
    if (claimId) push(sorted.byClaim, claimId, note);
    else if (quoteId) push(sorted.byQuote, quoteId, note);
    // A highlight, or a note whose quote the extractor no longer finds (a newer extractor): kept with highlights.
    else sorted.highlights.push(note);
  }
  return sorted;
}
