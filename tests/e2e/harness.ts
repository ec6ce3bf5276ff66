import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startCommentServerProcess } from './comment-server';
import { launchWithExtension, type LaunchOptions, type LoadedExtension } from './extension';
import { startFixtureServer, type FixtureServer } from './fixture-server';

type CommentServer = Awaited<ReturnType<typeof startCommentServerProcess>>;

export interface HarnessOptions<Browsers extends readonly LaunchOptions[]> {
  /** One entry a browser to start, each in a fresh profile (two readers of one comment thread); none for a file that starts its own. */
  browsers?: Browsers;
  /** Also the real comment server, behind the proxy that counts requests on the extension's default port (8787). */
  commentServer?: boolean;
}

export interface Harness<Browsers extends readonly LaunchOptions[]> {
  /** The fixture pages, over http on loopback. */
  server: FixtureServer;
  /** The first browser. */
  ext: LoadedExtension;
  browsers: { [K in keyof Browsers]: LoadedExtension };
  comments: CommentServer;
}

/**
 * Stands for something the file's hooks start, so that tests and a file's own helpers can name it as a plain
 * value: a browser cannot start while vitest collects the file, only in beforeAll, where hookTimeout covers it.
 */
function startedInHook<T extends object>(what: string): { value: T; set(started: T): void } {
  let current: T | undefined;
  const value = new Proxy({} as T, {
    get(_, key) {
      if (current === undefined) throw new Error(`${what} is used before the file's beforeAll started it`);
      const member: unknown = Reflect.get(current, key);
      return typeof member === 'function' ? member.bind(current) : member;
    },
  });
  return { value, set: (started) => (current = started) };
}

/**
 * Starts what a file's browser tests need before its first test and closes it after its last: the fixture
 * server, then the comment server if asked, then the browsers with the built extension (one by default).
 */
export function useExtensionHarness<const Browsers extends readonly LaunchOptions[] = [LaunchOptions]>(
  options: HarnessOptions<Browsers> = {},
): Harness<Browsers> {
  const launches: readonly LaunchOptions[] = options.browsers ?? [{}];
  const server = startedInHook<FixtureServer>('the fixture server');
  const comments = startedInHook<CommentServer>('the comment server (ask for it with commentServer: true)');
  const browsers = launches.map((_, i) => startedInHook<LoadedExtension>(`browser ${i + 1} of ${launches.length}`));
  let fixtures: FixtureServer | undefined;
  let commentServer: CommentServer | undefined;
  const running: LoadedExtension[] = [];

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    server.set(fixtures);
    if (options.commentServer) {
      commentServer = await startCommentServerProcess();
      comments.set(commentServer);
    }
    for (const [i, launch] of launches.entries()) {
      const ext = await launchWithExtension(launch);
      running.push(ext);
      browsers[i]!.set(ext);
    }
  });

  // Also after a failed beforeAll: what it did start must not outlive the file (a browser, port 8787).
  afterAll(async () => {
    for (const ext of running) await ext.close();
    await commentServer?.close();
    await fixtures?.close();
  });

  return {
    server: server.value,
    ext: (browsers[0] ?? startedInHook<LoadedExtension>('a browser (this file starts none)')).value,
    browsers: browsers.map((b) => b.value) as Harness<Browsers>['browsers'],
    comments: comments.value,
  };
}

/**
 * Opens `url` in a tab, waits until the extension has read it (its badge counts the quotes), and opens the side
 * panel on that tab with the quotes listed.
 */
export async function openWithPanel(ext: LoadedExtension, url: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await ext.tabIdOf(page);
  await expect.poll(() => ext.badgeText(tabId), { timeout: 15_000 }).not.toBe('');
  const panel = await ext.context.newPage();
  await panel.goto(ext.panelUrl(tabId));
  await panel.locator('.quote-text').first().waitFor();
  return { page, panel, tabId };
}
