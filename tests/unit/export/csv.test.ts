import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv } from '../../../utils/export/csv-format';
import { bundle, note, page, quote } from './fixtures';

/** RFC 4180 as a reader sees it: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}

const DANGEROUS = ['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)', '\tindented', '\rcarriage'];

function exportWith(texts: string[], notes = [] as ReturnType<typeof note>[]): string[][] {
  let start = 0;
  const quotes = texts.map((text, i) => {
    const q = quote(`q${i}`, text, start);
    start += text.length + 1;
    return q;
  });
  const csv = exportCsv(bundle([page(quotes)], notes));
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parseCsv(csv.slice(1));
}

describe('CSV export', () => {
  it('starts with a byte-order mark and the header row', () => {
    const rows = exportWith([]);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
  });

  it.each(DANGEROUS)('exports %j as a cell spreadsheets show as text', (text) => {
    const rows = exportWith([text]);
    const cell = rows[1]![CSV_COLUMNS.indexOf('text')]!;
    expect(cell).toBe(`'${text}`);
    expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('escapes notes, tags and speakers too, not only quotes', () => {
    const rows = exportWith([], [note({ text: '=1+1', tags: ['-tag'], speaker: '@someone' })]);
    const row = rows[1]!;
    expect(row[CSV_COLUMNS.indexOf('note')]).toBe("'=1+1");
    expect(row[CSV_COLUMNS.indexOf('tags')]).toBe("'-tag");
    expect(row[CSV_COLUMNS.indexOf('speaker')]).toBe("'@someone");
  });

  it('escapes Russian dialogue quotes that start with a hyphen-minus, and leaves the em dash alone', () => {
    const rows = exportWith(['- Мы не согласны, — заявил он.', '— Это окончательно.']);
    expect(rows[1]![CSV_COLUMNS.indexOf('text')]).toBe("'- Мы не согласны, — заявил он.");
    expect(rows[2]![CSV_COLUMNS.indexOf('text')]).toBe('— Это окончательно.');
  });

  it('keeps Cyrillic, Kazakh letters and emoji intact', () => {
    const text = 'Мемлекет басшысы: «Әділетті Қазақстан» 🇰🇿👍🏽';
    const rows = exportWith([text]);
    expect(rows[1]![CSV_COLUMNS.indexOf('text')]).toBe(text);
    expect(rows[1]![CSV_COLUMNS.indexOf('speaker')]).toBe('Олжас Бектенов');
  });

  it('round-trips a quote with quotes, commas and line breaks through an RFC 4180 reader', () => {
    const text = 'Он сказал: "нет, никогда",\nа потом\r\nдобавил ""ещё"" раз, и всё';
    const rows = exportWith([text]);
    expect(rows).toHaveLength(2);
    expect(rows[1]![CSV_COLUMNS.indexOf('text')]).toBe(text);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('writes one row per quote, claim and note', () => {
    const p = page([quote('q1', 'Бюджет вырастет.', 0)]);
    p.extraction.claims.push({ id: 'c1', quoteId: 'q1', text: 'Бюджет вырастет', type: 'factual', speaker: 'Олжас Бектенов', checkworthiness: 0.8, anchor: p.extraction.quotes[0]!.anchor });
    const rows = parseCsv(exportCsv(bundle([p], [note(), note()])).slice(1));
    expect(rows.slice(1).map((r) => r[0])).toEqual(['quote', 'claim', 'note', 'note']);
    expect(rows[2]![CSV_COLUMNS.indexOf('claim_type')]).toBe('factual');
  });
});
