import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './extension';
import { startFixtureServer, type FixtureServer } from './fixture-server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: FixtureServer;
let ext: LoadedExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

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
});
