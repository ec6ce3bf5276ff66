import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionHarness } from './harness';
import { overlayState } from './overlay';

const { server, ext } = useExtensionHarness();

const FIRST = { quote: 'Мы завершим ремонт моста до конца сентября', title: 'Аким: мост через Ишим отремонтируют к осени' };
const SECOND = { quote: 'Тарифы на воду в этом году не вырастут', title: 'Министр: тарифы на воду не вырастут' };

/** The text of every quote range we drew, as the page's CSS.highlights holds them. */
const drawnQuotes = (page: Page) =>
  page.evaluate(() => {
    const texts: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('statement-lens-speaker-')) highlight.forEach((range) => texts.push((range as Range).toString()));
    });
    return texts;
  });

const panelQuotes = (panel: Page) => panel.locator('.quote-text').allTextContents();

describe('a single-page news site', () => {
  it('changes article with history.pushState: the panel and the highlights follow by themselves, and back again', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/e2e/spa.html'));
    const tabId = await ext.tabIdOf(page);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 15_000 }).toMatch(/^[1-9]/);
    const panel = await ext.context.newPage();
    await panel.goto(ext.panelUrl(tabId));
    await panel.locator('.quote-text', { hasText: FIRST.quote }).waitFor();
    const card = panel.locator('.quote').filter({ hasText: FIRST.quote });
    await card.getByRole('button', { name: /Note on: Мы завершим/ }).click();
    await card.getByRole('textbox', { name: /Note on: Мы завершим/ }).fill('Сроки уже переносили');
    await card.getByRole('button', { name: 'Save note' }).click();
    await card.getByText('Сроки уже переносили').waitFor();
    await expect.poll(async () => (await overlayState(page)).drawn.note ?? 0, { timeout: 10_000 }).toBe(1);

    // The site's own link: the address changes at once, the new article's text 400 ms later.
    await page.bringToFront();
    await page.locator('#next').click();
    expect(page.url()).toContain('?article=2');
    await panel.locator('h1', { hasText: SECOND.title }).waitFor({ timeout: 15_000 });
    await expect.poll(() => panelQuotes(panel), { timeout: 15_000 }).toContainEqual(expect.stringContaining(SECOND.quote));
    expect((await panelQuotes(panel)).join(' ')).not.toContain(FIRST.quote);
    expect(await panel.getByText('Сроки уже переносили').count()).toBe(0);
    await expect.poll(() => drawnQuotes(page), { timeout: 10_000 }).toContainEqual(expect.stringContaining(SECOND.quote));
    const drawn = await drawnQuotes(page);
    expect(drawn.join(' ')).not.toContain(FIRST.quote);
    expect(String(drawn.length)).toBe(await ext.badgeText(tabId));
    expect((await overlayState(page)).drawn.note ?? 0).toBe(0);

    // Back: the first article, its quotes and its note return.
    await page.goBack();
    await panel.locator('h1', { hasText: FIRST.title }).waitFor({ timeout: 15_000 });
    await panel.getByText('Сроки уже переносили').waitFor({ timeout: 10_000 });
    await expect.poll(() => drawnQuotes(page), { timeout: 10_000 }).toContainEqual(expect.stringContaining(FIRST.quote));
    expect((await drawnQuotes(page)).join(' ')).not.toContain(SECOND.quote);
    await expect.poll(async () => (await overlayState(page)).drawn.note ?? 0, { timeout: 10_000 }).toBe(1);
    await page.close();
    await panel.close();
  });

  it('follows an article that arrives long after the address changed, as long as the last one', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/e2e/spa.html?delay=2500'));
    const tabId = await ext.tabIdOf(page);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 15_000 }).toMatch(/^[1-9]/);
    const panel = await ext.context.newPage();
    await panel.goto(ext.panelUrl(tabId));
    await panel.locator('.quote-text', { hasText: FIRST.quote }).waitFor();
    await page.bringToFront();
    await page.locator('#next').click();
    // The new text replaces the old one at about the same length: it is a change all the same.
    await panel.locator('h1', { hasText: SECOND.title }).waitFor({ timeout: 15_000 });
    await expect.poll(() => panelQuotes(panel), { timeout: 15_000 }).toContainEqual(expect.stringContaining(SECOND.quote));
    expect((await panelQuotes(panel)).join(' ')).not.toContain(FIRST.quote);
    await expect.poll(() => drawnQuotes(page), { timeout: 10_000 }).toContainEqual(expect.stringContaining(SECOND.quote));
    await page.close();
    await panel.close();
  });
});
