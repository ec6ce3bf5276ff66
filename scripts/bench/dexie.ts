import 'fake-indexeddb/auto';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import { browser } from './content-overhead';
import { panelQueryMedians } from './dexie-workload';
import { figure, type Figure } from './measure';

const NOTE = 'a page\'s notes + a tag filter (50), over 100,000 stored notes vs 1,000';

/** The same workload bundled into a page of headless Chromium, on the browser's real IndexedDB. */
async function inChromium(runs: number): Promise<{ large: number; small: number }> {
  const bundle = await build({
    stdin: {
      contents: "import { panelQueryMedians } from './dexie-workload'; (globalThis as any).panelQueryMedians = panelQueryMedians;",
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    alias: { '@': resolve(import.meta.dirname, '../..') },
  });
  const server = await startFixtureServer();
  const b = await browser(false);
  try {
    // An http origin of our own, as the extension's pages have one: IndexedDB is refused on about:blank.
    await b.page.goto(server.url('/e2e/blank.html'));
    await b.page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return await b.page.evaluate(
      (n) => (globalThis as unknown as { panelQueryMedians: (runs: number) => Promise<{ large: number; small: number }> }).panelQueryMedians(n),
      runs,
    );
  } finally {
    await b.close();
    await server.close();
  }
}

export async function dexieFigures(runs = 15): Promise<Figure[]> {
  const fake = await panelQueryMedians(runs);
  const real = await inChromium(runs);
  return [
    figure('dexie_100k', fake.large, fake.small, 'ms (fake-indexeddb)', 10, NOTE),
    figure('dexie_100k_chromium', real.large, real.small, 'ms (Chromium IndexedDB)', 10, NOTE),
  ];
}
