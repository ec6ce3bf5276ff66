import { afterEach, describe, expect, it } from 'vitest';
import { exportJson, importJson } from '../../../utils/export/json-format';
import { exportW3C } from '../../../utils/export/w3c-export';
import { importW3C } from '../../../utils/export/w3c-import';
import { migrateBundle } from '../../../utils/export/bundle';
import { MAX_IMPORT_BYTES, checkImportSize } from '../../../utils/export/limits';
import { bundle, note, page, quote } from './fixtures';
import { generateBundle } from './generate';

const sample = bundle([page([quote('q1', 'Мы не допустим роста цен.', 0)])], [note(), note({ targetKind: 'quote', anchor: quote('q1', 'Мы не допустим роста цен.', 0).anchor })]);
const json = exportJson(sample);

function expectError(result: ReturnType<typeof importJson>, code: string): { message: string; path?: string } {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('imported');
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(10);
  return result.error;
}

describe('import safety', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a file cut short as truncated, wherever it was cut', () => {
    for (const cut of [json.length - 3, Math.floor(json.length / 2), 20, 1]) {
      const error = expectError(importJson(json.slice(0, cut)), 'truncated');
      expect(error.message).toMatch(/cut short/);
    }
    expectError(importW3C(exportW3C(sample).slice(0, 500)), 'truncated');
  });

  it('reports a syntax error with its line and column', () => {
    const broken = json.replace('"pages": [', '"pages": [}');
    const error = expectError(importJson(broken), 'invalid-json');
    expect(error.path).toMatch(/^line 2, column \d+$/);
  });

  it('says so when the file is empty', () => {
    expectError(importJson(''), 'empty');
    expectError(importJson('  \n'), 'empty');
  });

  it('refuses a file from a newer version, naming both versions', () => {
    const newer = json.replace('"schemaVersion":1', '"schemaVersion":2');
    const error = expectError(importJson(newer), 'unsupported-version');
    expect(error.message).toMatch(/version 2/);
    expect(error.message).toMatch(/up to version 1/);
    expectError(importJson(json.replace('"schemaVersion":1', '"schemaVersion":"1"')), 'unsupported-version');
    expectError(importJson(json.replace('"schemaVersion":1', '"schemaVersion":0')), 'unsupported-version');
  });

  it('refuses JSON that is not ours', () => {
    expectError(importJson('{"rows": []}'), 'wrong-format');
    expectError(importJson('[1, 2, 3]'), 'wrong-format');
    expectError(importJson(json.replace('"format":"statement-lens"', '"format":"other-tool"')), 'wrong-format');
    expectError(importW3C('{"hello": "world"}'), 'wrong-format');
  });

  it('names the path and the problem of invalid content', () => {
    const bad = structuredClone(generateBundle({ pages: 3, notes: 20 })) as unknown as { notes: Array<{ anchor: { position: { start: number } } | null }> };
    // A highlight's anchor is its own object; a quote note shares its quote's anchor in the generated data.
    const index = bad.notes.findIndex((n, i) => i > 10 && (n as { targetKind?: string }).targetKind === 'highlight');
    bad.notes[index]!.anchor!.position.start = -1;
    const error = expectError(migrateBundle(bad), 'invalid');
    expect(error.path).toBe(`notes[${index}].anchor.position.start`);
    expect(error.message).toContain(`notes[${index}].anchor.position.start: expected a non-negative integer, got -1`);
  });

  it('names missing fields, wrong enums, bad dates and unknown fields', () => {
    const raw = JSON.parse(json) as { notes: Array<Record<string, unknown>>; pages: Array<Record<string, unknown>> };
    delete raw.notes[0]!.text;
    raw.notes[1]!.targetKind = 'paragraph';
    raw.pages[0]!.savedAt = 'yesterday';
    raw.pages[0]!.extra = true;
    const { message } = expectError(migrateBundle(raw), 'invalid');
    expect(message).toContain('notes[0].text: is missing');
    expect(message).toContain('notes[1].targetKind: expected one of');
    expect(message).toContain('pages[0].savedAt: expected a date and time with time zone');
    expect(message).toContain('pages[0]: unexpected field "extra"');
  });

  it('refuses notes that point at no page in the file', () => {
    const raw = JSON.parse(json) as { notes: Array<Record<string, unknown>> };
    raw.notes[0]!.url = 'https://elsewhere.example/';
    const error = expectError(migrateBundle(raw), 'invalid');
    expect(error.path).toBe('notes[0].url');
  });

  it('refuses __proto__, constructor and prototype keys before they can reach Object.prototype', () => {
    const polluting = json.replace('{"format"', '{"__proto__": {"polluted": "yes"}, "format"');
    const error = expectError(importJson(polluting), 'forbidden-key');
    expect(error.path).toBe('__proto__');
    const nested = json.replace('"tags":[]', '"tags":[], "constructor": {"prototype": {"polluted": "yes"}}');
    expect(expectError(importJson(nested), 'forbidden-key').path).toMatch(/^notes\[0\]\.constructor/);
    expectError(importW3C('{"type": "Annotation", "prototype": {"polluted": 1}}'), 'forbidden-key');
    expectError(importW3C('{"rows": [{"__proto__": {"polluted": 1}}]}'), 'forbidden-key');
  });

  it('refuses absurdly deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expectError(importJson(deep), 'too-deep');
  });

  it('refuses a file above 50 MB before parsing it', () => {
    // Valid JSON just above the limit, built in memory: rejected for its size, not its content.
    const padding = 'а'.repeat(Math.ceil(MAX_IMPORT_BYTES / 2) + 10);
    const huge = `{"format":"statement-lens","pad":"${padding}"}`;
    const started = performance.now();
    const error = expectError(importJson(huge), 'too-large');
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error.message).toMatch(/50\.0 MB/);
    expectError(importW3C(huge), 'too-large');
  });

  it('accepts a file just under the limit as far as size goes', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES).ok).toBe(true);
    expect(checkImportSize(MAX_IMPORT_BYTES + 1).ok).toBe(false);
  });

  it('reads a file saved with a byte-order mark', () => {
    const result = importJson(`\uFEFF${json}`);
    expect(result.ok).toBe(true);
  });

  it('never throws, whatever the input', () => {
    const inputs = ['null', '"text"', '42', 'true', '{}', '[]', '{"format":"statement-lens","schemaVersion":1}', '\u0000', '{"a":'];
    for (const input of inputs) {
      expect(() => importJson(input)).not.toThrow();
      expect(() => importW3C(input)).not.toThrow();
      expect(importJson(input).ok).toBe(false);
    }
  });
});
