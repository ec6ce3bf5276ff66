import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithPanel, useExtensionHarness } from './harness';
import { overlayState } from './overlay';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SEED = readFileSync(resolve(import.meta.dirname, '../../../shared/fixtures/seed-page.html'), 'utf8');

const { server, ext } = useExtensionHarness();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's WCAG 2.1 A/AA rules on the page as it is shown; returns the violations, readable in a failure. */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const run = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe.run;
    return (await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  })) as Violation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('accessibility of the extension pages (axe-core, WCAG 2.1 AA)', () => {
  it('the side panel on an article, with notes and comments sections', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/shared/seed-page.html'));
    const tabId = await ext.tabIdOf(page);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 15_000 }).not.toBe('');
    const panel = await ext.context.newPage();
    await panel.goto(ext.panelUrl(tabId));
    await panel.locator('.quote-text').first().waitFor();
    await panel.getByRole('button', { name: /Note on: Работа полиции/ }).first().click();
    expect(await axe(panel)).toEqual([]);
    await page.close();
    await panel.close();
  });

  it('the side panel on a page that is not an article', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/e2e/search-results.html'));
    const tabId = await ext.tabIdOf(page);
    const panel = await ext.context.newPage();
    await panel.goto(ext.panelUrl(tabId));
    await panel.getByRole('heading', { name: 'This page does not look like a news article' }).waitFor({ timeout: 15_000 });
    expect(await axe(panel)).toEqual([]);
    await page.close();
    await panel.close();
  });

  it('the options page and the statement library', async () => {
    for (const path of ['options.html', 'library.html']) {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.id}/${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(300);
      expect(await axe(page), path).toEqual([]);
      await page.close();
    }
  });

  it('the side panel with saved notes, a highlight, an orphan and the undo bar, in English and in Russian', async () => {
    const url = server.setLivePage('a11y-notes.html', SEED);
    const { page, panel } = await openWithPanel(ext, url);
    await addNote(panel, 'Особенно нельзя допускать', 'Какие нарушения?', 'мвд, законность');
    await addNote(panel, 'От ваших слов и действий', 'Этот абзац сайт уберет');
    const article = panel.locator('section.article-notes');
    await article.getByRole('button', { name: /Add note/ }).click();
    await article.getByRole('textbox').first().fill('Сверить с видео заседания');
    await article.getByRole('button', { name: 'Save note' }).click();
    await article.getByText('Сверить с видео заседания').waitFor();
    await page.bringToFront();
    await page.locator('.news-text p', { hasText: 'Акорды' }).click({ clickCount: 3 });
    await page.keyboard.press('Alt+Shift+H');
    await panel.locator('section.highlights').waitFor({ timeout: 10_000 });
    await page.close();
    await panel.close();

    // The site removed the paragraph of one note: it is an orphan now. Then a note is deleted: the undo bar shows.
    server.setLivePage('a11y-notes.html', SEED.replace(/<p>- От ваших[\s\S]*?<\/p>/, ''));
    const again = await openWithPanel(ext, url);
    await again.panel.locator('section.orphans').waitFor({ timeout: 10_000 });
    await again.panel.locator('.quote:not(.orphan)').filter({ hasText: 'Какие нарушения?' }).getByRole('button', { name: 'Delete' }).click();
    await again.panel.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await axe(again.panel)).toEqual([]);

    // The same panel in Russian, chosen in the options as a user would.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.id}/options.html`);
    await options.getByRole('combobox', { name: /Language of the interface/ }).selectOption('ru');
    await options.close();
    await again.panel.reload();
    await again.panel.getByRole('heading', { name: 'Заметки к статье' }).waitFor({ timeout: 10_000 });
    await again.panel.locator('section.orphans').waitFor({ timeout: 10_000 });
    await again.panel.locator('.quote:not(.orphan) .note').first().getByRole('button').last().click();
    await again.panel.locator('.undo-bar').waitFor();
    expect(await again.panel.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await axe(again.panel)).toEqual([]);
    const back = await ext.context.newPage();
    await back.goto(`chrome-extension://${ext.id}/options.html`);
    await back.getByRole('combobox', { name: /Язык интерфейса/ }).selectOption('');
    await back.close();
    await again.page.close();
    await again.panel.close();
  });

  it('by keyboard alone: Tab reaches a quote, Enter shows it in the page, a note is opened, written and saved', async () => {
    const { page, panel } = await openWithPanel(ext, server.setLivePage('a11y-keyboard.html', SEED));
    const focused = () =>
      panel.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName ?? '', className: el?.className ?? '', name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '' };
      });
    /** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
    const tabTo = async (matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60) => {
      for (let i = 0; i < limit; i++) {
        await panel.keyboard.press('Tab');
        const now = await focused();
        if (matches(now)) return now;
      }
      throw new Error(`Tab never reached it; last focused: ${JSON.stringify(await focused())}`);
    };

    // The page's last quote, far down the article: reaching it takes the panel's whole tab order.
    const quote = await tabTo((f) => f.tag === 'BUTTON' && f.className.includes('quote-text') && f.name.startsWith('От ваших слов'), 150);
    // The page's tab in front, as it is beside a side panel (a hidden tab would not scroll smoothly).
    await page.bringToFront();
    await panel.keyboard.press('Enter');
    await expect.poll(async () => (await overlayState(page)).drawn.flash ?? 0, { timeout: 5_000, interval: 50 }).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(0);

    await panel.bringToFront();
    const add = await tabTo((f) => f.name.startsWith('Add note: Note on:'), 20);
    expect(add.name).toContain(quote.name.slice(0, 20));
    await panel.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ tag: 'TEXTAREA', name: add.name.replace('Add note: ', '') });
    await panel.keyboard.type('Записано с клавиатуры');
    await tabTo((f) => f.className.includes('tags-input'), 3);
    await panel.keyboard.type('клавиатура');
    await tabTo((f) => f.tag === 'BUTTON' && f.name === 'Save note', 3);
    await panel.keyboard.press('Enter');
    const card = panel.locator('.quote').filter({ hasText: 'Записано с клавиатуры' });
    await card.waitFor({ timeout: 10_000 });
    expect(await card.locator('.quote-text').textContent()).toBe(quote.name);
    expect(await card.textContent()).toContain('#клавиатура');
    // The keyboard is back where it was, on the card's Add note.
    await expect.poll(async () => (await focused()).name).toBe(add.name);
    await page.close();
    await panel.close();
  });
});

async function addNote(panel: Page, quoteStart: string, text: string, tags = ''): Promise<void> {
  const card = panel.locator('.quote').filter({ hasText: quoteStart });
  const name = new RegExp(`Note on: ${quoteStart}`);
  await card.getByRole('button', { name }).click();
  await card.getByRole('textbox', { name }).fill(text);
  if (tags) await card.getByRole('textbox', { name: 'Tags, separated by commas' }).fill(tags);
  await card.getByRole('button', { name: 'Save note' }).click();
  await card.getByText(text).waitFor();
}
