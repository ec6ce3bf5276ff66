import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithPanel, useExtensionHarness } from './harness';
import { highlightSizes, overlayState } from './overlay';
import { pointOf } from './page-points';

const { server, ext } = useExtensionHarness();
const SEED = readFileSync(resolve(import.meta.dirname, '../../../shared/fixtures/seed-page.html'), 'utf8');
const LAST_QUOTE_START = 'От ваших слов и действий';


/** The user's own highlights and notes drawn in the page: in our closed overlay, never in CSS.highlights. */
const notesDrawn = (page: Page) => overlayState(page).then((s) => s.drawn.note ?? 0);

describe('highlights in the page', () => {
  it('paints every quote in its speaker colour and underlines claims, without touching the article DOM', async () => {
    const { page, panel, tabId } = await openWithPanel(ext, server.url('/shared/seed-page.html'));
    const quotes = Number(await ext.badgeText(tabId));
    await expect.poll(() => highlightSizes(page), { timeout: 10_000 }).toHaveProperty('statement-lens-claim');
    const sizes = await highlightSizes(page);
    const speakerRanges = Object.entries(sizes).filter(([n]) => n.startsWith('statement-lens-speaker-')).reduce((sum, [, n]) => sum + n, 0);
    expect(speakerRanges).toBe(quotes);
    expect(sizes['statement-lens-claim']).toBeGreaterThan(0);
    // The article itself is untouched: no wrapper elements were inserted into it.
    expect(await page.locator('.news-text mark, .news-text [class*="statement-lens"]').count()).toBe(0);
    expect(await page.locator('.news-text > p').count()).toBe(9);

    // Hovering a quote shows who said it, on a claim inside it too; moving off it hides that again.
    await page.bringToFront();
    const onQuote = await pointOf(page, 'Работа полиции должна быть прозрачной');
    await page.mouse.move(onQuote.x, onQuote.y);
    await expect.poll(async () => (await overlayState(page)).tooltip, { timeout: 5_000 }).toMatch(/^Касым-Жомарт Токаев/);
    const { x, y } = await pointOf(page, 'На вас лежит особая ответственность');
    await page.mouse.move(x, y);
    await expect.poll(async () => (await overlayState(page)).tooltip, { timeout: 5_000 }).toBe('Касым-Жомарт Токаев · opinion');
    await page.mouse.move(2, 2);
    await expect.poll(async () => (await overlayState(page)).tooltip, { timeout: 5_000 }).toBeNull();

    // Clicking highlighted text in the page selects its quote in the panel.
    await page.mouse.click(x, y);
    const card = panel.locator('li.quote.focused');
    await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(1);
    expect(await card.locator('.quote-text').textContent()).toContain(LAST_QUOTE_START);
    await page.close();
    await panel.close();
  });

  it('keeps a hand-made highlight made with the button next to a selection', async () => {
    const { page, panel } = await openWithPanel(ext, server.url('/shared/seed-page.html'));
    // A triple click selects the paragraph (it holds a no-break space, as the site wrote it). Scrolled there first:
    // the button hides when the page scrolls, as it should for a user.
    const paragraph = page.locator('.news-text p', { hasText: 'Акорды' });
    // The panel opened in a tab of its own; a background tab's timers are throttled, as for a user's hidden tab.
    await page.bringToFront();
    await paragraph.scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await paragraph.click({ clickCount: 3 });
    const rect = await page.evaluate(() => {
      const r = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { right: r.right, bottom: r.bottom };
    });
    // The button lives in a closed shadow root: the page sees only its host at the point where it is drawn.
    const at = { x: Math.max(4, rect.right - 70) + 12, y: rect.bottom + 6 + 10 };
    await expect
      .poll(() => page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), at), { timeout: 5_000 })
      .toBe('statement-lens-overlay');
    await page.mouse.click(at.x, at.y);
    const highlights = panel.locator('section.highlights');
    await highlights.waitFor({ timeout: 10_000 });
    expect((await highlights.locator('.quote-text').first().textContent())?.replace(/\s+/g, ' ')).toContain('Об этом передает сайт Акорды');
    await expect.poll(() => notesDrawn(page), { timeout: 5_000 }).toBe(1);
    await page.close();
    await panel.close();
  });
});

describe('notes when the article changes', () => {
  it('re-attach after the site inserts an ad and edits another paragraph, and become orphans when their text is removed', async () => {
    const url = server.setLivePage('policiya.html', SEED);
    const first = await openWithPanel(ext, url);
    const card = first.panel.locator('.quote').filter({ hasText: LAST_QUOTE_START });
    await card.getByRole('button', { name: /Note on: От ваших/ }).click();
    await card.getByRole('textbox', { name: /Note on: От ваших/ }).fill('Сверить с данными МВД');
    await card.getByRole('button', { name: 'Save note' }).click();
    await card.getByText('Сверить с данными МВД').waitFor();
    await first.page.close();
    await first.panel.close();

    // Next day: an ad block and a "read also" box appear, a word elsewhere is edited.
    const changed = SEED.replace('<p>Об этом передает сайт Акорды.</p>', '<p>Об этом сообщает сайт Акорды.</p><div class="ad"><p>Реклама. Подпишитесь на наш канал!</p></div>')
      .replace('<p>- От ваших', '<aside class="read-also"><p>Читайте также: Токаев провел заседание Совбеза</p></aside><p>- От ваших');
    server.setLivePage('policiya.html', changed);
    const second = await openWithPanel(ext, url);
    const again = second.panel.locator('.quote').filter({ hasText: LAST_QUOTE_START });
    await again.getByText('Сверить с данными МВД').waitFor({ timeout: 10_000 });
    expect(await second.panel.locator('section.orphans').count()).toBe(0);
    await second.page.close();
    await second.panel.close();

    // The paragraph the note was written on is gone: the note is an orphan, attached to nothing else.
    const removed = changed.replace(/<p>- От ваших[\s\S]*?<\/p>/, '');
    server.setLivePage('policiya.html', removed);
    const third = await openWithPanel(ext, url);
    const orphans = third.panel.locator('section.orphans');
    await orphans.waitFor({ timeout: 10_000 });
    expect(await orphans.textContent()).toContain('Сверить с данными МВД');
    expect(await orphans.textContent()).toContain(LAST_QUOTE_START);
    expect(await third.panel.locator('.quote:not(.orphan) .note').count()).toBe(0);
    await expect.poll(() => notesDrawn(third.page), { timeout: 5_000 }).toBe(0);
    await third.page.close();
    await third.panel.close();
  });
});

describe('hand-made highlights and notes from the panel', () => {
  it('keeps a highlight made with Alt+Shift+H across a reload and a served variant with an inserted paragraph', async () => {
    const url = server.setLivePage('shortcut.html', SEED);
    const first = await openWithPanel(ext, url);
    await first.page.bringToFront();
    await first.page.locator('.news-text p', { hasText: 'Глава государства подчеркнул, что необходимо' }).click({ clickCount: 3 });
    await first.page.keyboard.press('Alt+Shift+H');
    const highlights = first.panel.locator('section.highlights');
    await highlights.waitFor({ timeout: 10_000 });
    expect(await highlights.textContent()).toContain('искоренять факторы и ситуации');

    await first.page.reload();
    await expect.poll(() => notesDrawn(first.page), { timeout: 10_000 }).toBe(1);
    await first.page.close();
    await first.panel.close();

    server.setLivePage('shortcut.html', SEED.replace('<p>Глава государства подчеркнул', '<p>Добавлено редакцией: брифинг прошел в Акорде.</p><p>Глава государства подчеркнул'));
    const second = await openWithPanel(ext, url);
    await expect.poll(() => notesDrawn(second.page), { timeout: 10_000 }).toBe(1);
    expect(await second.panel.locator('section.orphans').count()).toBe(0);
    expect(await second.panel.locator('section.highlights').textContent()).toContain('искоренять факторы и ситуации');
    await second.page.close();
    await second.panel.close();
  });

  it('creates, edits and deletes a note from the panel, with undo', async () => {
    const { page, panel } = await openWithPanel(ext, server.setLivePage('notes.html', SEED));
    const card = panel.locator('.quote').filter({ hasText: 'Особенно нельзя допускать' });
    await card.getByRole('button', { name: /Note on: Особенно/ }).click();
    await card.getByRole('textbox', { name: /Note on: Особенно/ }).fill('Какие нарушения?');
    await card.getByRole('textbox', { name: 'Tags, separated by commas' }).fill('мвд, законность');
    await card.getByRole('button', { name: 'Save note' }).click();
    const note = card.locator('.notes > .note').first();
    await note.getByText('Какие нарушения?').waitFor();
    expect(await note.textContent()).toContain('#законность');

    await note.getByRole('button', { name: 'Edit' }).click();
    await card.getByRole('textbox', { name: 'Edit' }).fill('Какие нарушения и где?');
    await card.getByRole('button', { name: 'Save note' }).click();
    await card.getByText('Какие нарушения и где?').waitFor();

    await card.getByRole('button', { name: 'Delete' }).click();
    await panel.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await card.getByText('Какие нарушения и где?').count()).toBe(0);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await card.getByText('Какие нарушения и где?').waitFor();

    await card.getByRole('button', { name: 'Delete' }).click();
    await panel.getByRole('button', { name: 'Undo' }).waitFor();
    await panel.reload();
    await panel.locator('.quote-text').first().waitFor();
    expect(await panel.getByText('Какие нарушения и где?').count()).toBe(0);
    await page.close();
    await panel.close();
  });
});

describe('pages that load their content late', () => {
  it('extracts and highlights a quote that a live page adds after it has loaded', async () => {
    const addLater = `<script>
      setTimeout(() => {
        const p = document.createElement('p');
        p.textContent = '- Мы откроем двадцать новых участковых пунктов до конца года в каждом районе столицы, - заявил Касым-Жомарт Токаев.';
        document.querySelector('.news-text').append(p);
      }, 1500);
    </script></body>`;
    const { page, panel } = await openWithPanel(ext, server.setLivePage('live.html', SEED.replace('</body>', addLater)));
    await panel.locator('.quote-text', { hasText: 'двадцать новых участковых пунктов' }).waitFor({ timeout: 15_000 });
    const texts = await panel.locator('.quote-text').allTextContents();
    expect(texts.filter((t) => t.includes('двадцать новых участковых пунктов'))).toHaveLength(1);
    await page.close();
    await panel.close();
  });

  it('reads an article whose body the site renders after the load event', async () => {
    const body = /<div class="news-text">([\s\S]*?)<\/div>/.exec(SEED)![1]!;
    const shell = SEED.replace(/<meta property="og:type"[^>]*>/, '')
      .replace(/<meta property="article:published_time"[^>]*>/, '')
      .replace(body, '')
      .replace('</body>', `<script>setTimeout(() => { document.querySelector('.news-text').innerHTML = ${JSON.stringify(body)}; }, 1000);</script></body>`);
    const page = await ext.context.newPage();
    await page.goto(server.setLivePage('late.html', shell));
    const tabId = await ext.tabIdOf(page);
    await expect.poll(() => ext.badgeText(tabId), { timeout: 20_000 }).toMatch(/^[1-9]/);
    await page.close();
  });
});

