import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR } from '../../tests/e2e/extension';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import { figure, median, type Figure } from './measure';
import { ROOT } from './pages';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

/** A headless Chromium with or without the built extension, in a fresh profile. */
export async function browser(withExtension: boolean): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'sl-bench-'));
  const args = withExtension ? [...FLAGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : [...FLAGS, '--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args, viewport: { width: 1200, height: 800 } });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const page = await context.newPage();
  return { context, page, close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); } };
}

interface LoadCost {
  /**
   * Time until the page has settled, as the issue defines page load: to the load event, then one second of
   * idle main thread (so the main thread's work after load delays it, and the idle second itself counts).
   */
  settled: number;
  /** The same without the idle second: navigation to load, plus the main thread's work after it (ms). */
  loadTime: number;
  /** Main-thread work (TaskDuration: script, style, layout, paint) from navigation to one second after load (ms). */
  work: number;
}

/** One page load, measured within one origin so that the renderer and its counters carry over from `blank`. */
async function costOfLoad(ctx: { context: BrowserContext; page: Page }, blank: string, url: string): Promise<LoadCost> {
  await ctx.page.goto(blank);
  const cdp = await ctx.context.newCDPSession(ctx.page);
  await cdp.send('Performance.enable');
  const read = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
  const before = await read();
  await ctx.page.goto(url, { waitUntil: 'load' });
  const atLoad = await read();
  const loadEnd = await ctx.page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await ctx.page.waitForTimeout(1_000);
  const after = await read();
  await cdp.detach();
  const loadTime = loadEnd + (after - atLoad);
  return { settled: loadTime + 1_000, loadTime, work: after - before };
}

function goldPages(isArticle: boolean, count: number): string[] {
  const dir = join(ROOT, 'tests/fixtures/pages');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { page: string; isArticle?: boolean })
    .filter((g) => Boolean(g.isArticle) === isArticle)
    .map((g) => g.page)
    .sort()
    .slice(0, count);
}

export async function contentOverheadFigures(runs = 5): Promise<Figure[]> {
  const server = await startFixtureServer();
  const withExt = await browser(true);
  const without = await browser(false);
  const blank = server.url('/e2e/blank.html');
  try {
    const measure = async (pages: string[]) => {
      const settled: [number[], number[]] = [[], []];
      const load: [number[], number[]] = [[], []];
      const work: [number[], number[]] = [[], []];
      for (let r = 0; r < runs; r++) {
        const sums = [0, 0, 0, 0, 0, 0];
        for (const p of pages) {
          // Alternate which browser goes first, so neither always meets a warmer machine.
          const order = r % 2 ? [without, withExt] : [withExt, without];
          const costs = new Map<unknown, LoadCost>();
          for (const b of order) costs.set(b, await costOfLoad(b, blank, server.url(`/pages/${p}`)));
          sums[0]! += costs.get(withExt)!.loadTime;
          sums[1]! += costs.get(without)!.loadTime;
          sums[2]! += costs.get(withExt)!.work;
          sums[3]! += costs.get(without)!.work;
          sums[4]! += costs.get(withExt)!.settled;
          sums[5]! += costs.get(without)!.settled;
        }
        settled[0].push(sums[4]!);
        settled[1].push(sums[5]!);
        load[0].push(sums[0]!);
        load[1].push(sums[1]!);
        work[0].push(sums[2]!);
        work[1].push(sums[3]!);
      }
      return {
        settled: [median(settled[0]), median(settled[1])],
        load: [median(load[0]), median(load[1])],
        work: [median(work[0]), median(work[1])],
      };
    };
    const nonNews = await measure(goldPages(false, 5));
    const news = await measure(goldPages(true, 5));
    return [
      figure('content_overhead_nonnews', nonNews.settled[0]!, nonNews.settled[1]!, 'ms', 1.02, '5 non-article pages, load + 1 s idle (the issue\'s measure), with vs without the extension'),
      figure('content_overhead_news', news.settled[0]!, news.settled[1]!, 'ms', 1.1, '5 article pages, load + 1 s idle'),
      figure('content_load_nonnews', nonNews.load[0]!, nonNews.load[1]!, 'ms', null, 'stricter: without the idle second (tiny local pages load in ~40 ms, so any fixed cost shows large)'),
      figure('content_load_news', news.load[0]!, news.load[1]!, 'ms', null, 'stricter, article pages'),
      figure('content_work_nonnews', nonNews.work[0]!, nonNews.work[1]!, 'ms main-thread work', null, 'CPU view of the same loads (TaskDuration): includes the isolated world every content script costs'),
      figure('content_work_news', news.work[0]!, news.work[1]!, 'ms main-thread work', null, 'CPU view: extraction runs in the background, drawing and the snapshot here'),
    ];
  } finally {
    await withExt.close();
    await without.close();
    await server.close();
  }
}
