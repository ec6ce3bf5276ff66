import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useExtensionHarness } from './harness';

const { server, ext } = useExtensionHarness();

describe('export from the side panel', () => {
  it('downloads the page quotes and notes as JSON that reads back, and as CSV that spreadsheets read safely', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/shared/seed-page.html'));
    const tabId = await ext.tabIdOf(page);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 15_000 }).not.toBe('');
    const quotes = Number(await ext.badgeText(tabId));
    const panel = await ext.context.newPage();
    await panel.goto(ext.panelUrl(tabId));
    const card = panel.locator('.quote').filter({ hasText: 'Особенно нельзя допускать' });
    await card.getByRole('button', { name: /Note on: Особенно/ }).click();
    await card.getByRole('textbox', { name: /Note on: Особенно/ }).fill('=HYPERLINK("http://evil.example") проверить');
    await card.getByRole('button', { name: 'Save note' }).click();
    await card.getByText('проверить').waitFor();

    const exportAs = async (format: string) => {
      await panel.getByRole('combobox', { name: 'Format' }).selectOption(format);
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export this page' }).click()]);
      return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
    };

    const json = await exportAs('json');
    expect(json.name).toMatch(/^statement-lens-127-0-0-1-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle = JSON.parse(json.text) as { pages: Array<{ url: string; extraction: { quotes: unknown[] } }>; notes: Array<{ text: string }> };
    expect(bundle.pages[0]!.extraction.quotes).toHaveLength(quotes);
    expect(bundle.notes.map((n) => n.text)).toEqual(['=HYPERLINK("http://evil.example") проверить']);

    const csv = await exportAs('csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain('Касым-Жомарт Токаев');
    // The note starts with "=": its cell is escaped, so a spreadsheet shows it as text instead of running it.
    expect(csv.text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv.text).toContain("'=HYPERLINK");
    await page.close();
    await panel.close();
  });
});
