import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithPanel, useExtensionHarness } from './harness';
import { overlayState } from './overlay';

const { server, ext } = useExtensionHarness();

/** Opens an article with its side panel and writes a note on the quote that starts with `quoteStart`. */
async function noteOnQuote(url: string, quoteStart: string, text: string): Promise<void> {
  const { page, panel } = await openWithPanel(ext, url);
  const card = panel.locator('li.quote').filter({ hasText: quoteStart }).first();
  await card.getByRole('button', { name: /^Add note: Note on: / }).click();
  await card.getByRole('textbox', { name: /^Note on: / }).fill(text);
  await card.getByRole('button', { name: 'Save note' }).click();
  await card.getByText(text).waitFor();
  await page.close();
  await panel.close();
}

const search = async (library: Page, text: string) => {
  await library.getByRole('searchbox', { name: 'Search quotes and notes' }).fill(text);
};

describe('statement library', () => {
  it('finds notes from two articles, exports them as JSON and imports a file', async () => {
    const seed = server.url('/shared/seed-page.html');
    const wire = server.url('/pages/en-wire-central-bank.html');
    await noteOnQuote(seed, 'От ваших слов и действий', 'Сверить с данными МВД, lens-check');
    await noteOnQuote(wire, 'We see the disinflation trend', 'Check the March forecast, lens-check');

    const library = await ext.context.newPage();
    await library.goto(`chrome-extension://${ext.id}/library.html`);
    await library.getByText(/entries from 2 articles/).waitFor();

    // One word of both notes finds both entries, each under its speaker with its article.
    await search(library, 'lens-check');
    await library.getByText('2 entries from 2 articles').waitFor();
    expect(await library.locator('.library-entry').count()).toBe(2);
    await library.getByText('Сверить с данными МВД, lens-check').waitFor();
    await library.getByText('Check the March forecast, lens-check').waitFor();

    // An inflected surname finds the president's quotes; the note's quote is among them.
    await search(library, 'Токаева');
    const speakers = () => library.locator('.library-group h2').allTextContents();
    await expect.poll(speakers, { timeout: 5_000 }).toEqual([expect.stringMatching(/^Касым-Жомарт Токаев \(\d+\)$/)]);
    await library.locator('.library-entry', { hasText: 'Сверить с данными МВД' }).waitFor();

    // Everything, as JSON, downloaded through a Blob URL.
    await library.getByRole('radio', { name: 'Everything' }).check();
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^statement-lens-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      format: string;
      pages: Array<{ url: string; extraction: { quotes: unknown[] } }>;
      notes: Array<{ id: string; url: string; text: string; updatedAt: string; createdAt: string }>;
    };
    expect(exported.format).toBe('statement-lens');
    expect(exported.pages.map((p) => p.url).sort()).toEqual([seed, wire].sort());
    expect(exported.pages.every((p) => p.extraction.quotes.length > 0)).toBe(true);
    expect(exported.notes.map((n) => n.text).sort()).toEqual(['Check the March forecast, lens-check', 'Сверить с данными МВД, lens-check']);
    await library.getByText(/Saved statement-lens-.*\.json: 2 articles, 2 notes\./).waitFor();

    // A colleague's copy of the file with one more note: only that note is new.
    const first = exported.notes[0]!;
    const colleague = { ...exported, notes: [...exported.notes, { ...first, id: '11111111-2222-4333-8444-555555555555', text: 'Imported from a colleague' }] };
    await library.getByLabel('Import a file').setInputFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(colleague)) });
    await library.getByText('Imported: 0 new articles, 1 new notes; updated 0 articles and 0 notes; 2 notes were already up to date.').waitFor();
    await search(library, 'colleague');
    await library.getByText('1 entries from 1 articles').waitFor();
    await library.locator('.library-entry', { hasText: 'Imported from a colleague' }).waitFor();

    // A broken file is refused with the importer's message, naming where the problem is.
    const broken = { ...exported, notes: [{ ...first, createdAt: 'yesterday' }] };
    await library.getByLabel('Import a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    expect(await library.getByRole('alert').textContent()).toContain('notes[0].createdAt');

    // A click on a quote opens its article in a new tab.
    await search(library, 'disinflation');
    const quoteLink = library.locator('.library-quote a', { hasText: 'We see the disinflation trend' });
    const [opened] = await Promise.all([ext.context.waitForEvent('page'), quoteLink.click()]);
    // Once the page has been read, the quote is revealed: scrolled to and flashed for a moment.
    const flashed = () => overlayState(opened).then((s) => s.drawn.flash ?? 0).catch(() => 0);
    await expect.poll(flashed, { timeout: 10_000, interval: 50 }).toBeGreaterThan(0);
    expect(opened.url()).toBe(wire);
    await library.close();
  });
});
