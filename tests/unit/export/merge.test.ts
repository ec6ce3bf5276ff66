import { describe, expect, it } from 'vitest';
import { mergeBundles } from '../../../utils/export/merge';
import { exportJson, importJson } from '../../../utils/export/json-format';
import { exportW3C } from '../../../utils/export/w3c-export';
import { importW3C } from '../../../utils/export/w3c-import';
import type { AnnotationBundle } from '../../../utils/export/bundle';
import { bundle, note, page, quote } from './fixtures';
import { generateBundle } from './generate';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function merged(existing: AnnotationBundle, incoming: AnnotationBundle) {
  const result = mergeBundles(existing, incoming);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('mergeBundles', () => {
  const base = generateBundle({ pages: 10, notes: 200, seed: 11 });

  it('importing the same file twice doubles nothing', () => {
    const imported = importJson(exportJson(base));
    if (!imported.ok) throw new Error('import failed');
    const once = merged(base, imported.value);
    expect(once.added).toEqual({ pages: 0, notes: 0 });
    expect(once.updated).toEqual({ pages: 0, notes: 0 });
    expect(once.skipped).toEqual({ pages: 10, notes: 200 });
    const twice = merged(once.bundle, imported.value);
    expect(twice.bundle.notes).toHaveLength(200);
    expect(twice.bundle).toEqual(base);
  });

  it('importing our own W3C export doubles nothing either: its UTC times are the same instants', () => {
    const imported = importW3C(exportW3C(base));
    if (!imported.ok) throw new Error('import failed');
    const result = merged(base, imported.value);
    expect(result.added).toEqual({ pages: 0, notes: 0 });
    expect(result.updated).toEqual({ pages: 0, notes: 0 });
    expect(result.bundle).toEqual(base);
  });

  it('adds new notes and pages, and lets the newer edit of a note win', () => {
    const first = note({ text: 'старый текст', updatedAt: '2025-03-01T12:00:00+05:00' });
    const existing = bundle([page([quote('q1', 'Цитата.', 0)])], [first]);
    const edited = { ...first, text: 'новый текст', updatedAt: '2025-03-01T08:00:00Z' }; // 13:00 in Almaty: newer
    const stale = { ...first, text: 'устаревший', updatedAt: '2025-03-01T06:00:00Z' }; // 11:00 in Almaty: older
    const other = page([], { url: 'https://other.example/a', title: 'Другая' });
    const extra = note({ url: other.url });

    const result = merged(existing, bundle([existing.pages[0]!, other], [edited, extra]));
    expect(result.added).toEqual({ pages: 1, notes: 1 });
    expect(result.updated).toEqual({ pages: 0, notes: 1 });
    expect(result.skipped).toEqual({ pages: 1, notes: 0 });
    expect(result.bundle.notes.map((n) => n.text)).toEqual(['новый текст', extra.text]);

    const again = merged(result.bundle, bundle([existing.pages[0]!], [stale]));
    expect(again.skipped.notes).toBe(1);
    expect(again.bundle.notes[0]!.text).toBe('новый текст');
  });

  it('keeps a page with quotes when a notes-only import brings the same url', () => {
    const existing = bundle([page([quote('q1', 'Цитата.', 0)])]);
    const stub = page([], { savedAt: '2026-01-01T00:00:00Z' });
    const result = merged(existing, bundle([stub]));
    expect(result.bundle.pages[0]!.extraction.quotes).toHaveLength(1);
    expect(result.skipped.pages).toBe(1);
  });

  it('replaces a page by a later save of it', () => {
    const existing = bundle([page([quote('q1', 'Старая.', 0)])]);
    const later = page([quote('q1', 'Новая.', 0)], { savedAt: '2025-04-01T00:00:00Z' });
    const result = merged(existing, bundle([later]));
    expect(result.updated.pages).toBe(1);
    expect(result.bundle.pages[0]!.extraction.quotes[0]!.text).toBe('Новая.');
  });

  it('changes nothing when the incoming bundle fails validation', () => {
    const existing = deepFreeze(structuredClone(base));
    const snapshot = structuredClone(existing);
    const incoming = structuredClone(base);
    incoming.notes.push({ ...incoming.notes[0]!, id: 'not-a-uuid' });
    incoming.notes[1]!.url = 'https://nowhere.example/';
    const result = mergeBundles(existing, incoming);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.error.message).toMatch(/notes\[1\]\.url/);
    expect(existing).toEqual(snapshot);
  });

  it('does not modify its inputs when it succeeds', () => {
    const existing = deepFreeze(structuredClone(base));
    const incoming = deepFreeze(generateBundle({ pages: 5, notes: 50, seed: 12 }));
    const result = merged(existing, incoming);
    expect(result.bundle.notes).toHaveLength(250);
    expect(result.added.notes).toBe(50);
  });
});
