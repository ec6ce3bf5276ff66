import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The few extension APIs the tests call inside the service worker (the real `chrome` object lives there). */
declare const chrome: {
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  panelUrl(tabId: number): string;
  /** The browser's id of the tab showing `page` (the extension has no "tabs" permission, so found as the active tab). */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** The profile folder: pass it to `launchWithExtension` again to restart the browser with the same data. */
  profile: string;
  /** Closes the browser; `keepProfile` leaves its data for a restart. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * The extension's service worker. It may have started before anyone listened for it, so the list is polled as
 * well as the event awaited.
 */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 30_000;
  const event = context.waitForEvent('serviceworker', { timeout: 30_000 }).catch(() => null);
  while (Date.now() < deadline) {
    const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (found) return found;
    const next = await Promise.race([event, new Promise<null>((tick) => setTimeout(() => tick(null), 250))]);
    if (next) return next;
  }
  throw new Error('the extension did not start: no service worker in 30 s');
}

export interface LaunchOptions {
  /** A profile folder to start on (a restart with the same data); a fresh one by default. */
  profile?: string;
  /** The browser's language (chrome.i18n follows it). */
  lang?: string;
}

/** Starts Debian's Chromium with the built extension, headless, in a fresh profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<LoadedExtension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension in ${EXTENSION_DIR}: run "npm run build" first`);
  }
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'statement-lens-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  const worker = await extensionWorker(context);
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    panelUrl: (tabId) => `chrome-extension://${id}/sidepanel.html?tabId=${tabId}`,
    async tabIdOf(page) {
      await page.bringToFront();
      const tabId = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (tabId === null) throw new Error(`no active tab for ${page.url()}`);
      return tabId;
    },
    badgeText: (tabId) => worker.evaluate((tab: number) => chrome.action.getBadgeText({ tabId: tab }), tabId),
    profile,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}
