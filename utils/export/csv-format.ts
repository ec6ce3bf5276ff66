import type { AnnotationBundle, BundleNote, BundlePage } from './bundle';
import { joinPieces, runPieces, type ExportOptions, type ExportPieces } from './chunked';
import { csvRow } from './csv-cell';

/**
 * One row per quote, per claim and per note, for spreadsheets. UTF-8 with a byte-order mark: without it Excel reads
 * the file in the system code page and Cyrillic turns into mojibake.
 */
export const CSV_COLUMNS = [
  'type',
  'url',
  'title',
  'speaker',
  'kind',
  'claim_type',
  'text',
  'note',
  'tags',
  'created',
  'updated',
  'note_target',
  'quote_id',
  'position_start',
  'position_end',
  'id',
] as const;

const BOM = '\uFEFF';

export function csvPieces(bundle: AnnotationBundle): ExportPieces {
  let total = bundle.notes.length;
  for (const page of bundle.pages) total += page.extraction.quotes.length + page.extraction.claims.length;
  return { total, pieces: generateCsv(bundle) };
}

function* generateCsv(bundle: AnnotationBundle): Generator<string> {
  yield BOM + csvRow(CSV_COLUMNS);
  const titles = new Map<string, string>();
  for (const page of bundle.pages) {
    titles.set(page.url, page.title);
    yield* pageRows(page);
  }
  for (const note of bundle.notes) yield noteRow(note, note.pageTitle || titles.get(note.url) || '');
}

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

function row(values: Partial<Row>): string {
  return csvRow(CSV_COLUMNS.map((column) => values[column] ?? ''));
}

function* pageRows(page: BundlePage): Generator<string> {
  const base = { url: page.url, title: page.title, created: page.savedAt };
  for (const quote of page.extraction.quotes) {
    yield row({
      ...base,
      type: 'quote',
      speaker: quote.speaker ?? '',
      kind: quote.kind,
      text: quote.text,
      position_start: String(quote.anchor.position.start),
      position_end: String(quote.anchor.position.end),
      quote_id: quote.id,
      id: quote.id,
    });
  }
  for (const claim of page.extraction.claims) {
    yield row({
      ...base,
      type: 'claim',
      speaker: claim.speaker ?? '',
      claim_type: claim.type,
      text: claim.text,
      quote_id: claim.quoteId,
      position_start: String(claim.anchor.position.start),
      position_end: String(claim.anchor.position.end),
      id: claim.id,
    });
  }
}

function noteRow(note: BundleNote, title: string): string {
  return row({
    type: 'note',
    url: note.url,
    title,
    speaker: note.speaker ?? '',
    kind: note.quoteKind ?? '',
    claim_type: note.claimType ?? '',
    text: note.anchor?.quote.exact ?? '',
    note: note.text,
    tags: note.tags.join('; '),
    created: note.createdAt,
    updated: note.updatedAt,
    note_target: note.targetKind,
    position_start: note.anchor ? String(note.anchor.position.start) : '',
    position_end: note.anchor ? String(note.anchor.position.end) : '',
    id: note.id,
  });
}

export function exportCsv(bundle: AnnotationBundle): string {
  return joinPieces(csvPieces(bundle));
}

export function exportCsvAsync(bundle: AnnotationBundle, options?: ExportOptions): Promise<string> {
  return runPieces(csvPieces(bundle), options);
}
