import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_URL } from '../../utils/settings';
import { launchWithExtension, type LoadedExtension } from './extension';
import { openWithPanel, useExtensionHarness } from './harness';

// Two readers, each in a browser profile of their own: one writes a comment, the other must see it.
const { server: pages, comments: server, browsers: [alice, bob] } = useExtensionHarness({ browsers: [{}, {}], commentServer: true });

const LAST_QUOTE = 'От ваших слов и действий';
const SEED = '/shared/seed-page.html';

const openSeed = (ext: LoadedExtension) => openWithPanel(ext, pages.url(SEED));

/**
 * Signs up or in through the options page. The host-permission prompt is browser UI that headless Chromium
 * cannot show, so only `permissions.request` is answered "yes" on that page; everything else is the real path.
 */
async function signInFromOptions(ext: LoadedExtension, mode: 'create' | 'sign-in', user: { email: string; password: string; name: string }): Promise<Page> {
  const options = await ext.context.newPage();
  await options.addInitScript(() => {
    const permissions = (globalThis as unknown as { chrome: { permissions: { request: (p: unknown, cb?: (granted: boolean) => void) => unknown } } }).chrome.permissions;
    permissions.request = (_p, cb) => (cb ? cb(true) : Promise.resolve(true));
  });
  await options.goto(`chrome-extension://${ext.id}/options.html`);
  if (mode === 'create') await options.getByRole('tab', { name: 'Create account' }).click();
  await options.getByLabel('Comment server').fill(server.url);
  await options.getByLabel('Email').fill(user.email);
  await options.getByLabel('Password').fill(user.password);
  if (mode === 'create') await options.getByLabel('Display name').fill(user.name);
  await options.getByRole('button', { name: mode === 'create' ? 'Create account' : 'Sign in' }).click();
  await options.getByText(`Signed in as ${user.name} (${user.email})`).waitFor({ timeout: 10_000 });
  return options;
}

describe('public comments', () => {
  it('send nothing while signed out, whatever the user does: browse, highlight, write notes, open the panel', async () => {
    const before = server.requests;
    const { page, panel } = await openSeed(alice);
    await page.bringToFront();
    await page.locator('.news-text p', { hasText: 'Глава государства подчеркнул, что необходимо' }).click({ clickCount: 3 });
    await page.keyboard.press('Alt+Shift+H');
    await panel.locator('section.highlights').waitFor({ timeout: 10_000 });
    const card = panel.locator('.quote').filter({ hasText: LAST_QUOTE });
    await card.getByRole('button', { name: /Note on: От ваших/ }).click();
    await card.getByRole('textbox', { name: /Note on: От ваших/ }).fill('личная заметка');
    await card.getByRole('button', { name: 'Save note' }).click();
    await card.getByText('личная заметка').waitFor();
    await card.getByRole('button', { name: 'Sign in' }).waitFor();
    await panel.reload();
    await panel.locator('.quote-text').first().waitFor();
    await panel.waitForTimeout(1_000);
    expect(server.requests - before).toBe(0);

    // The log is not deaf: a request from this extension to its default server would have been counted.
    await alice.worker.evaluate(async (url: string) => {
      await fetch(url).catch(() => undefined);
    }, `${DEFAULT_SERVER_URL}/api/health`);
    expect(server.requests - before).toBe(1);
    await page.close();
    await panel.close();
  });

  it('go out once signed in from the options page, are seen by another user signed in to an existing account, wait while the server is stopped, arrive once after it restarts, stop at sign-out and come back at sign-in', async () => {
    const options = await signInFromOptions(alice, 'create', { email: 'alice@example.kz', password: 'long enough password', name: 'Алиса' });
    const { page, panel } = await openSeed(alice);
    const card = () => panel.locator('.quote').filter({ hasText: LAST_QUOTE });
    await card().getByRole('textbox', { name: 'Public comment' }).fill('Какие меры приняло МВД?');
    await card().getByRole('button', { name: 'Post comment' }).click();
    await card().locator('.comment', { hasText: 'Какие меры приняло МВД?' }).filter({ hasNotText: 'waiting' }).waitFor({ timeout: 10_000 });

    // Another reader, in another browser profile, whose account was made elsewhere (here: straight through the API),
    // signs in to it from the options page and sees the comment on the same quote.
    const bobUser = { email: 'bob@example.kz', password: 'another long password', name: 'Боб' };
    const created = await fetch(`${server.url}/api/accounts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: bobUser.email, password: bobUser.password, displayName: bobUser.name }),
    });
    expect(created.status).toBe(201);
    const bobOptions = await signInFromOptions(bob, 'sign-in', bobUser);
    const other = await openSeed(bob);
    const bobCard = other.panel.locator('.quote').filter({ hasText: LAST_QUOTE });
    await bobCard.locator('.comment', { hasText: 'Какие меры приняло МВД?' }).waitFor({ timeout: 10_000 });
    expect(await bobCard.locator('.comment').first().textContent()).toContain('Алиса');

    // The server stops: the comment waits in the outbox, and the panel says so.
    await server.stop();
    await card().getByRole('textbox', { name: 'Public comment' }).fill('А сроки?');
    await card().getByRole('button', { name: 'Post comment' }).click();
    await card().getByText(/waiting to send/).waitFor({ timeout: 10_000 });

    // It restarts: the comment is delivered, once, however often it is retried.
    await server.start();
    await card().getByRole('button', { name: 'Retry now' }).click();
    await card().locator('.comment', { hasText: 'А сроки?' }).filter({ hasNotText: 'waiting' }).waitFor({ timeout: 10_000 });
    await panel.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'retryOutbox' }));
    const stored = await server.comments(pages.url(SEED));
    expect(stored.map((c) => c.text).sort()).toEqual(['А сроки?', 'Какие меры приняло МВД?']);

    // Signed out from the options page: from now on nothing reaches the server.
    await options.bringToFront();
    await options.getByRole('button', { name: 'Sign out' }).click();
    await options.getByRole('tab', { name: 'Sign in' }).waitFor();
    const after = server.requests;
    await page.reload();
    await panel.reload();
    await card().getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 10_000 });
    await panel.waitForTimeout(1_000);
    expect(server.requests).toBe(after);

    // Signing in again to the same account brings her comments and the comment box back.
    const again = await signInFromOptions(alice, 'sign-in', { email: 'alice@example.kz', password: 'long enough password', name: 'Алиса' });
    await panel.reload();
    await card().locator('.comment', { hasText: 'А сроки?' }).waitFor({ timeout: 10_000 });
    await card().getByRole('textbox', { name: 'Public comment' }).waitFor();

    for (const p of [page, panel, options, again, other.page, other.panel, bobOptions]) await p.close();
  });

  it('keep a comment written while the server is down across a browser restart, and deliver it once after it', async () => {
    let browser = await launchWithExtension();
    const options = await signInFromOptions(browser, 'create', { email: 'carol@example.kz', password: 'carol long password', name: 'Кэрол' });
    await options.close();
    await server.stop();
    const { page, panel } = await openSeed(browser);
    const card = panel.locator('.quote').filter({ hasText: LAST_QUOTE });
    await card.getByRole('textbox', { name: 'Public comment' }).fill('Написано без сети');
    await card.getByRole('button', { name: 'Post comment' }).click();
    await card.getByText(/waiting to send/).waitFor({ timeout: 10_000 });
    await page.close();
    await panel.close();
    await browser.close({ keepProfile: true });

    // The server is back; the browser starts again on the same profile and sends the outbox without being asked.
    // Chromium drops an unpacked extension's alarms at a restart and does not always fire runtime.onStartup, so
    // this waits out the first backoff (30 s): the worker's own start must find the comment and plan its retry.
    await server.start();
    browser = await launchWithExtension({ profile: browser.profile });
    try {
      await expect
        .poll(async () => (await server.comments(pages.url(SEED))).filter((c) => c.text === 'Написано без сети').length, { timeout: 60_000, interval: 1_000 })
        .toBe(1);
      await new Promise((settle) => setTimeout(settle, 1_000));
      expect((await server.comments(pages.url(SEED))).filter((c) => c.text === 'Написано без сети')).toHaveLength(1);
    } finally {
      await browser.close();
    }
  });
});
