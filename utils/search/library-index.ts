import type { LibraryEntry } from '../protocol/library';
import type { ClaimType, Extraction, Language, Note, QuoteKind } from '../schemas';
import { addTextKeys } from './terms';
import { statementTerms, type StatementTerms } from './variants';

/** A saved article as the library needs it (a database page record or a bundle page both fit). */
export interface LibraryPage {
  url: string;
  title: string;
  language: Language;
  savedAt: string;
  /** When the stored page last changed (database records have it): lets a rebuild reuse the page's entries. */
  updatedAt?: string;
  extraction: Pick<Extraction, 'speakers' | 'quotes' | 'claims'>;
}

/** One library entry with what filtering, sorting and variant search need, computed once per index. */
export interface IndexedEntry {
  entry: LibraryEntry;
  keys: ReadonlySet<string>;
  /** UTC day (YYYY-MM-DD) of `savedAt`: the date filter compares days. */
  day: string;
  time: number;
  kinds: ReadonlySet<QuoteKind>;
  claimTypes: ReadonlySet<ClaimType>;
  tags: ReadonlySet<string>;
  /** Position within its article, so entries of one article keep the article's order. */
  rank: number;
  /** Only for extracted quotes with a speaker: what variant search compares. */
  terms: StatementTerms | null;
}

export interface LibraryIndex {
  entries: IndexedEntry[];
  /** Quote entries by speaker: variants are only looked for among the same speaker's quotes. */
  bySpeaker: ReadonlyMap<string, IndexedEntry[]>;
  facets: { speakers: string[]; outlets: string[]; tags: string[] };
  /** Variants found so far, by entry key (found when a result page first shows the entry). */
  variantCache: Map<string, LibraryEntry['variants']>;
  /** Each article's entries with the fingerprint they were built from, for the next rebuild to reuse. */
  byArticle: ReadonlyMap<string, { fingerprint: string; entries: IndexedEntry[] }>;
}

/** The site an article is from, as people name it: the host without "www.". */
export function outletOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Every saved quote of every article, with the notes written on it, and every other note (on the article, a
 * hand-made highlight, a quote the extraction no longer has) as an entry of its own. Notes of pages that were
 * never saved as articles (not-article pages keep only notes) get an entry each, dated by their first note.
 */
export function buildLibraryIndex(pages: readonly LibraryPage[], notes: readonly Note[], previous?: LibraryIndex): LibraryIndex {
  const notesByUrl = new Map<string, Note[]>();
  for (const note of notes) {
    const list = notesByUrl.get(note.url);
    if (list) list.push(note);
    else notesByUrl.set(note.url, [note]);
  }
  const byArticle = new Map<string, { fingerprint: string; entries: IndexedEntry[] }>();
  // Stemming is the costly part: an article whose record and notes are unchanged keeps the entries built last time.
  const article = (page: LibraryPage, list: readonly Note[]) => {
    const fingerprint = fingerprintOf(page, list);
    const kept = previous?.byArticle.get(page.url);
    byArticle.set(page.url, kept && kept.fingerprint === fingerprint ? kept : { fingerprint, entries: pageEntries(page, list) });
  };
  for (const page of pages) article(page, notesByUrl.get(page.url) ?? []);
  for (const [url, list] of notesByUrl) {
    if (byArticle.has(url)) continue;
    const first = list.reduce((a, b) => (Date.parse(b.createdAt) < Date.parse(a.createdAt) ? b : a));
    const title = list.find((n) => n.pageTitle)?.pageTitle ?? '';
    article({ url, title, language: 'other', savedAt: first.createdAt, extraction: { speakers: [], quotes: [], claims: [] } }, list);
  }
  const entries = [...byArticle.values()].flatMap((a) => a.entries);

  const bySpeaker = new Map<string, IndexedEntry[]>();
  for (const e of entries) {
    if (!e.terms || !e.entry.speaker) continue;
    const list = bySpeaker.get(e.entry.speaker);
    if (list) list.push(e);
    else bySpeaker.set(e.entry.speaker, [e]);
  }
  const sorted = (values: Iterable<string>) => [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));
  return {
    entries,
    bySpeaker,
    facets: {
      speakers: sorted(entries.map((e) => e.entry.speaker ?? '')),
      outlets: sorted(entries.map((e) => e.entry.outlet)),
      tags: sorted(entries.flatMap((e) => [...e.tags])),
    },
    variantCache: new Map(),
    byArticle,
  };
}

function fingerprintOf(page: LibraryPage, notes: readonly Note[]): string {
  const head = [page.title, page.language, page.savedAt, page.updatedAt ?? '', page.extraction.quotes.length, page.extraction.claims.length].join('|');
  return `${head}|${notes.map((n) => `${n.id}@${n.updatedAt}`).join(',')}`;
}

function pageEntries(page: LibraryPage, notes: readonly Note[]): IndexedEntry[] {
  const { quotes, claims, speakers } = page.extraction;
  const outlet = outletOf(page.url);
  const time = Date.parse(page.savedAt);
  const day = Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
  const base = { url: page.url, title: page.title || page.url, outlet, language: page.language, savedAt: page.savedAt, variants: [] };

  // A note belongs to the quote whose text it was written on, or to the quote of the claim it was written on
  // (the side panel places notes the same way).
  const quoteByText = new Map(quotes.map((q) => [q.anchor.quote.exact, q.id]));
  const quoteOfClaim = new Map(claims.map((c) => [c.anchor.quote.exact, c.quoteId]));
  const onQuote = new Map<string, Note[]>();
  const loose: Note[] = [];
  for (const note of notes) {
    const exact = note.targetKind === 'article' ? undefined : note.anchor?.quote.exact;
    const quoteId = exact === undefined ? undefined : note.targetKind === 'claim' ? quoteOfClaim.get(exact) : note.targetKind === 'quote' ? quoteByText.get(exact) : undefined;
    if (quoteId) onQuote.set(quoteId, [...(onQuote.get(quoteId) ?? []), note]);
    else loose.push(note);
  }

  const out: IndexedEntry[] = [];
  quotes.forEach((quote, rank) => {
    const quoteNotes = onQuote.get(quote.id) ?? [];
    const quoteClaims = claims.filter((c) => c.quoteId === quote.id);
    const speaker = quote.speakerId ? speakers.find((s) => s.id === quote.speakerId) : undefined;
    const keys = new Set<string>();
    addTextKeys(quote.text, keys);
    for (const text of [quote.speaker, speaker?.name, speaker?.role, ...quoteNotes.flatMap((n) => [n.text, ...n.tags])]) if (text) addTextKeys(text, keys);
    const claimTypes = new Set(quoteClaims.map((c) => c.type));
    out.push({
      entry: { ...base, key: `${page.url}#${quote.id}`, speaker: quote.speaker, quote, claimTypes: [...claimTypes], notes: quoteNotes },
      keys,
      day,
      time,
      kinds: new Set([quote.kind]),
      claimTypes,
      tags: new Set(quoteNotes.flatMap((n) => n.tags)),
      rank,
      terms: quote.speaker ? statementTerms(quote.text) : null,
    });
  });
  loose
    .slice()
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
    .forEach((note, i) => {
      const keys = new Set<string>();
      for (const text of [note.text, note.speaker, note.anchor?.quote.exact, ...note.tags]) if (text) addTextKeys(text, keys);
      const claimTypes = new Set(note.claimType ? [note.claimType] : []);
      out.push({
        entry: { ...base, key: `${page.url}#${note.id}`, speaker: note.speaker, quote: null, claimTypes: [...claimTypes], notes: [note] },
        keys,
        day,
        time,
        kinds: new Set(note.quoteKind ? [note.quoteKind] : []),
        claimTypes,
        tags: new Set(note.tags),
        rank: quotes.length + i,
        terms: null,
      });
    });
  return out;
}
