import type { Extraction, Note, Quote } from '../utils/schemas';

export interface QuoteGroup {
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

/** The identity a note shares with the quote it was written on: the quoted text itself. */
export function anchorKey(anchor: { quote: { exact: string } } | null): string | null {
  return anchor ? anchor.quote.exact : null;
}

export function notesByQuote(notes: Note[]): Map<string, Note[]> {
  const map = new Map<string, Note[]>();
  for (const note of notes) {
    const key = anchorKey(note.anchor);
    if (key === null) continue;
    map.set(key, [...(map.get(key) ?? []), note]);
  }
  return map;
}
