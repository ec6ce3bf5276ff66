import type { LibraryEntry, LibraryQuery } from '../protocol/library';
import type { IndexedEntry, LibraryIndex } from './library-index';
import { matchesQuery, parseQuery } from './terms';
import { isVariant, statementSimilarity } from './variants';

export interface LibraryResult {
  total: number;
  entries: LibraryEntry[];
  facets: LibraryIndex['facets'];
  /** Every article of the matching entries (not only of this page of results): what "export the selection" exports. */
  urls: string[];
}

/** At most this many variants per entry: the closest wordings, one per article. */
export const MAX_VARIANTS = 10;

/** Filters, sorts and cuts one page of results; variants are found only for the entries on that page. */
export function runLibraryQuery(index: LibraryIndex, query: LibraryQuery): LibraryResult {
  const terms = parseQuery(query.text);
  const from = query.from?.slice(0, 10) ?? null;
  const to = query.to?.slice(0, 10) ?? null;
  const matching = index.entries.filter(
    (e) =>
      (query.speaker === null || e.entry.speaker === query.speaker) &&
      (query.outlet === null || e.entry.outlet === query.outlet) &&
      (query.kind === null || e.kinds.has(query.kind)) &&
      (query.claimType === null || e.claimTypes.has(query.claimType)) &&
      (query.tag === null || e.tags.has(query.tag)) &&
      (from === null || e.day >= from) &&
      (to === null || e.day <= to) &&
      (terms.length === 0 || matchesQuery(e.keys, terms)),
  );
  const direction = query.sort === 'oldest' ? 1 : -1;
  matching.sort((a, b) => direction * (a.time - b.time) || (a.entry.url < b.entry.url ? -1 : a.entry.url > b.entry.url ? 1 : 0) || a.rank - b.rank);
  const page = matching.slice(query.offset, query.offset + query.limit);
  return {
    total: matching.length,
    entries: page.map((e) => ({ ...e.entry, variants: variantsOf(index, e) })),
    facets: index.facets,
    urls: [...new Set(matching.map((e) => e.entry.url))],
  };
}

function variantsOf(index: LibraryIndex, entry: IndexedEntry): LibraryEntry['variants'] {
  const cached = index.variantCache.get(entry.entry.key);
  if (cached) return cached;
  const found = new Map<string, { similarity: number; variant: LibraryEntry['variants'][number] }>();
  const own = entry.terms;
  if (own && entry.entry.speaker) {
    for (const other of index.bySpeaker.get(entry.entry.speaker) ?? []) {
      if (other.entry.url === entry.entry.url || !other.terms || !isVariant(own, other.terms)) continue;
      const similarity = statementSimilarity(own, other.terms);
      const best = found.get(other.entry.url);
      if (!best || similarity > best.similarity) {
        found.set(other.entry.url, { similarity, variant: { url: other.entry.url, title: other.entry.title, text: other.entry.quote?.text ?? '' } });
      }
    }
  }
  const variants = [...found.values()]
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, MAX_VARIANTS)
    .map((f) => f.variant);
  index.variantCache.set(entry.entry.key, variants);
  return variants;
}
