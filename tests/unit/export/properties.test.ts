import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJson, importJson } from '../../../utils/export/json-format';
import { exportW3C } from '../../../utils/export/w3c-export';
import { importW3C } from '../../../utils/export/w3c-import';
import { escapeMarkdown } from '../../../utils/export/markdown-escape';
import { csvCell } from '../../../utils/export/csv-cell';
import { bundle, note, page, quote } from './fixtures';

/** Any UTF-16 string, lone surrogates included: what a careless copy-paste can put into a note. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });
const tag = anyText.filter((t) => t.trim() !== '' && t.trim() === t && t.length <= 100);

describe('properties over arbitrary text', () => {
  it('JSON and W3C give back any note text and tags unchanged', () => {
    fc.assert(
      fc.property(anyText, fc.uniqueArray(tag, { maxLength: 5 }), (text, tags) => {
        const original = bundle([page([quote('q1', 'Цитата.', 0)])], [note({ text, tags })]);
        const json = importJson(exportJson(original));
        expect(json.ok && json.value).toEqual(original);
        const w3c = importW3C(exportW3C(original));
        expect(w3c.ok && w3c.value.notes[0]).toMatchObject({ text, tags });
      }),
      { numRuns: 300 },
    );
  });

  it('escaped Markdown never opens a link, an image, HTML or code', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[[<`]/);
      }),
      { numRuns: 1_000 },
    );
  });

  it('a CSV cell never starts a formula and reads back as the text, apart from the guard quote', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cell = csvCell(text);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(unquoted).not.toMatch(/^[=+\-@\t\r]/);
        expect(unquoted === text || unquoted === `'${text}`).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
