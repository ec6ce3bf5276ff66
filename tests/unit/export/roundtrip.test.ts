import { describe, expect, it } from 'vitest';
import type { AnnotationBundle } from '../../../utils/export/bundle';
import { exportJson, exportJsonAsync, importJson } from '../../../utils/export/json-format';
import { exportW3C, exportW3CAsync } from '../../../utils/export/w3c-export';
import { importW3C } from '../../../utils/export/w3c-import';
import { exportCsv, exportCsvAsync } from '../../../utils/export/csv-format';
import { exportMarkdown, exportMarkdownAsync } from '../../../utils/export/markdown-format';
import { generateBundle } from './generate';

const big = generateBundle({ pages: 500, notes: 10_000 });

/** W3C requires UTC "Z" times; the instant survives, the writer's zone does not. */
function withInstants(bundle: AnnotationBundle): AnnotationBundle {
  const at = (iso: string): string => new Date(iso).toISOString();
  return {
    ...bundle,
    exportedAt: at(bundle.exportedAt),
    notes: bundle.notes.map((n) => ({ ...n, createdAt: at(n.createdAt), updatedAt: at(n.updatedAt) })),
  };
}

describe('round trip of 10,000 notes over 500 articles', () => {
  it('JSON gives back a deep-equal bundle', () => {
    const started = performance.now();
    const text = exportJson(big);
    const exported = performance.now();
    const result = importJson(text);
    const finished = performance.now();
    console.info(
      `JSON: export ${(exported - started).toFixed(0)} ms, import ${(finished - exported).toFixed(0)} ms, ` +
        `${(text.length / 1e6).toFixed(1)} M chars`,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(big);
    expect(result.warnings).toEqual([]);
  });

  it('W3C gives back everything it carries: all fields, times as the same instants', () => {
    const started = performance.now();
    const text = exportW3C(big);
    const exported = performance.now();
    const result = importW3C(text);
    const finished = performance.now();
    console.info(
      `W3C: export ${(exported - started).toFixed(0)} ms, import ${(finished - exported).toFixed(0)} ms, ` +
        `${(text.length / 1e6).toFixed(1)} M chars`,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(withInstants(result.value)).toEqual(withInstants(big));
  });

  it('keeps fractional seconds beyond milliseconds in W3C times', () => {
    const bundle = generateBundle({ pages: 1, notes: 1 });
    bundle.notes[0]!.createdAt = '2025-03-01T10:00:00.123456+05:00';
    const text = exportW3C(bundle);
    expect(text).toContain('"created":"2025-03-01T05:00:00.123456Z"');
  });
});

describe('the asynchronous exporters', () => {
  const small = generateBundle({ pages: 20, notes: 300, seed: 7 });
  const pairs = [
    ['json', exportJson, exportJsonAsync],
    ['w3c', exportW3C, exportW3CAsync],
    ['csv', exportCsv, exportCsvAsync],
    ['md', exportMarkdown, exportMarkdownAsync],
  ] as const;

  it.each(pairs)('%s: produces the same text as the synchronous one and reports progress up to the total', async (_name, sync, async) => {
    const progress: Array<{ done: number; total: number }> = [];
    const text = await async(small, { onProgress: (p) => progress.push(p), sliceSize: 10 });
    expect(text).toBe(sync(small));
    expect(progress.length).toBeGreaterThan(2);
    const last = progress.at(-1)!;
    expect(last.done).toBe(last.total);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.done).toBeGreaterThanOrEqual(progress[i - 1]!.done);
  });

  it.each(pairs)('%s: rejects with an AbortError when cancelled midway, handing over nothing', async (_name, _sync, async) => {
    const controller = new AbortController();
    let calls = 0;
    const promise = async(small, {
      sliceSize: 5,
      signal: controller.signal,
      onProgress: () => {
        if (++calls === 3) controller.abort();
      },
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects at once when the signal is already aborted, with an AbortError whatever the reason given', async () => {
    await expect(exportJsonAsync(small, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(exportJsonAsync(small, { signal: AbortSignal.abort(new Error('user left')) })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('exports 10,000 notes as W3C without blocking longer than a slice', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await exportW3CAsync(big, { sliceSize: 500 });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(5);
  });
});
