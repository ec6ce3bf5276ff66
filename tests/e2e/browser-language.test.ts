import { describe, expect, it } from 'vitest';
import { launchWithExtension } from './extension';
import { useExtensionHarness } from './harness';
import { overlayState } from './overlay';
import { pointOf } from './page-points';

/** The real `chrome` object of the service worker. */
declare const chrome: { i18n: { getMessage(name: string): string } };

// Each test starts its own browser, in its language.
const { server } = useExtensionHarness({ browsers: [] });

const EXPECTED = {
  ru: { menu: 'Выделить в Statement Lens', button: 'Выделить', opinion: 'мнение' },
  kk: { menu: 'Statement Lens арқылы белгілеу', button: 'Белгілеу', opinion: 'пікір' },
  en: { menu: 'Highlight with Statement Lens', button: 'Highlight', opinion: 'opinion' },
} as const;

describe("what the browser shows speaks the browser's language (_locales from @wxt-dev/i18n)", () => {
  for (const lang of Object.keys(EXPECTED) as Array<keyof typeof EXPECTED>) {
    it(`${lang}: the context menu item, the button next to a selection, and a claim's type on hover`, async () => {
      const ext = await launchWithExtension({ lang });
      try {
        expect(await ext.worker.evaluate(() => chrome.i18n.getMessage('highlightMenu'))).toBe(EXPECTED[lang].menu);
        expect(await ext.worker.evaluate(() => chrome.i18n.getMessage('extName'))).toBe('Statement Lens');
        const page = await ext.context.newPage();
        await page.goto(server.url('/shared/seed-page.html'));
        const tabId = await ext.tabIdOf(page);
        await expect.poll(() => ext.badgeText(tabId), { timeout: 15_000 }).not.toBe('');
        await page.locator('.news-text p', { hasText: 'Акорды' }).click({ clickCount: 3 });
        await expect.poll(async () => (await overlayState(page)).button, { timeout: 5_000 }).toBe(EXPECTED[lang].button);
        const claim = await pointOf(page, 'На вас лежит особая ответственность');
        await page.mouse.move(claim.x, claim.y);
        await expect.poll(async () => (await overlayState(page)).tooltip, { timeout: 5_000 }).toBe(`Касым-Жомарт Токаев · ${EXPECTED[lang].opinion}`);
      } finally {
        await ext.close();
      }
    });
  }
});
