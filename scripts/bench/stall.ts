import { hugeTextPage } from '../../tests/fixtures/hostile/generate';
import { startFixtureServer } from '../../tests/e2e/fixture-server';
import { browser } from './content-overhead';
import { figure, median, type Figure } from './measure';

/** Long enough after load for the snapshot, the background's 3 s extraction and the drawing that follows. */
const SETTLE_MS = 15_000;

/**
 * The longest the page's own 50 ms timer had to wait after load (the hostile pages' probe records it): how long
 * anything held the page's main thread. On a 20 MB page that is our snapshot of its text; without the extension
 * it is the page alone.
 */
export async function stallFigures(runs = 2): Promise<Figure[]> {
  const server = await startFixtureServer();
  const url = server.setLivePage('bench-huge', hugeTextPage(20));
  const stalls: [number[], number[]] = [[], []];
  try {
    for (let r = 0; r < runs; r++) {
      for (const [i, withExtension] of [true, false].entries()) {
        const b = await browser(withExtension);
        try {
          await b.page.goto(url, { timeout: 120_000 });
          await b.page.waitForTimeout(SETTLE_MS);
          stalls[i]!.push(await b.page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap));
        } finally {
          await b.close();
        }
      }
    }
  } finally {
    await server.close();
  }
  return [
    figure('hostile_20mb_stall', median(stalls[0]), median(stalls[1]), 'ms longest main-thread stall', null,
      '20 MB article: the page\'s own timer after load, with vs without the extension (the snapshot is one task)'),
  ];
}
