import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommentServerProcess } from './comment-server';
import { launchWithExtension, type LoadedExtension } from './extension';
import { startFixtureServer, type FixtureServer } from './fixture-server';

let pages: FixtureServer;
let comments: Awaited<ReturnType<typeof startCommentServerProcess>>;
let ext: LoadedExtension;

beforeAll(async () => {
  pages = await startFixtureServer();
  comments = await startCommentServerProcess();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await comments?.close();
  await pages?.close();
});

/** Sends a message to the background as an extension page does (the options page's own calls). */
const ask = (panel: Page, message: Record<string, unknown>) =>
  panel.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Record<string, unknown>>;
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const LAST_QUOTE = 'От ваших слов и действий';

describe('public comments', () => {
  it('go out only when signed in, wait in the outbox while the server is down, arrive once, and stop at sign-out', async () => {
    const page = await ext.context.newPage();
    await page.goto(pages.url('/shared/seed-page.html'));
    const tabId = await ext.tabIdOf(page);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 15_000 }).not.toBe('');
    const panel = await ext.context.newPage();
    await panel.goto(ext.panelUrl(tabId));
    const card = () => panel.locator('.quote').filter({ hasText: LAST_QUOTE });
    await card().getByRole('button', { name: 'Sign in' }).waitFor();

    const account = await ask(panel, { type: 'createAccount', serverUrl: comments.url, email: 'dana@example.kz', password: 'long enough password', displayName: 'Дана' });
    expect(account).toMatchObject({ account: { email: 'dana@example.kz' } });
    await panel.reload();
    await card().getByRole('textbox', { name: 'Public comment' }).waitFor();

    // Written while the server is down: it waits, and the panel says so.
    comments.setDown(true);
    await card().getByRole('textbox', { name: 'Public comment' }).fill('Какие именно меры МВД предприняло?');
    await card().getByRole('button', { name: 'Post comment' }).click();
    await card().getByText(/waiting to send/).waitFor({ timeout: 10_000 });
    const pageUrl = pages.url('/shared/seed-page.html');
    comments.setDown(false);
    expect(await comments.comments(pageUrl)).toEqual([]);

    // Back up: sent once, shown as delivered under the author's name.
    await card().getByRole('button', { name: 'Retry now' }).click();
    await card().locator('.comment', { hasText: 'Какие именно меры МВД предприняло?' }).filter({ hasNotText: 'waiting' }).waitFor({ timeout: 10_000 });
    await ask(panel, { type: 'retryOutbox' });
    const stored = await comments.comments(pageUrl);
    expect(stored.map((c) => c.text)).toEqual(['Какие именно меры МВД предприняло?']);

    // Signed out: the panel invites sign-in and nothing more reaches the server, whatever the user does.
    await ask(panel, { type: 'signOut' });
    const after = comments.requests;
    await page.reload();
    await expect.poll(() => ext.badgeText(tabId), { timeout: 15_000 }).not.toBe('');
    await panel.reload();
    await card().getByRole('button', { name: 'Sign in' }).waitFor();
    await ask(panel, { type: 'retryOutbox' });
    await panel.waitForTimeout(1_000);
    expect(comments.requests).toBe(after);
    await page.close();
    await panel.close();
  });
});
