import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { quickArticleCheck } from '@/utils/extract/quick-check';
import { ANNOTATOR_GLOBAL, ANNOTATOR_PATH, type Annotator, type StartAnnotator } from './shared/annotator-handoff';

/** Messages the page side answers; anything else is not for us (the annotator validates what it gets). */
const LATE_CHECK_MS = 3_000;
/** Many single-page sites change the address first and render the next article after fetching it. */
const NAVIGATION_SETTLE_MS = 1_000;
const PAGE_MESSAGES = new Set(['paintHighlights', 'revealAnchor', 'highlightSelection', 'resendSnapshot']);

/**
 * Runs on every page, so it does as little as it can: a cheap look at the page's metadata and structure.
 * Only a page that may be an article (or one the background asks about: the user's highlights, a reveal) loads
 * the annotator, which extracts, snapshots and draws.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let annotator: Promise<Annotator> | null = null;
    const load = () =>
      (annotator ??= import(/* @vite-ignore */ browser.runtime.getURL(ANNOTATOR_PATH)).then(() => {
        const start = (globalThis as Record<string, unknown>)[ANNOTATOR_GLOBAL] as StartAnnotator;
        return start(ctx);
      }));

    /** Reports the page; resolves once the background has heard of it. */
    const check = (): Promise<unknown> =>
      annotator || quickArticleCheck(document)
        ? load().then((a) => a.report())
        : browser.runtime.sendMessage({ type: 'pageVisited', isArticle: false }).catch(() => undefined);
    // An article body that arrives after the page (or the next page of a single-page site) gets one more look.
    const look = () =>
      void check().then(() => {
        if (!annotator) ctx.setTimeout(() => void check(), LATE_CHECK_MS);
      });
    look();
    // Single-page news sites change the article without a page load. Reporting at once would send the old
    // article under the new address; text that arrives later still is caught by the annotator's watch.
    ctx.addEventListener(window, 'wxt:locationchange', () => void ctx.setTimeout(look, NAVIGATION_SETTLE_MS));

    // WXT switches an old copy of this script off when a newer copy announces itself with a DOM event. Its name
    // is public (the extension id), so any page could forge it and switch us off. While this extension is alive
    // there is no newer copy to make way for; after an update or reload our runtime is gone and it passes.
    const started = `${browser.runtime.id}:news:wxt:content-script-started`;
    const guard = (event: Event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    };
    window.addEventListener(started, guard, { capture: true, signal: ctx.signal });

    // Alt+Shift+H highlights the selection. Listened for here rather than through the commands API, so it works
    // the same in Chrome and Firefox and on pages where the annotator is not loaded yet.
    ctx.addEventListener(
      document,
      'keydown',
      (event) => {
        if (!event.isTrusted || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== 'KeyH') return;
        if (document.getSelection()?.isCollapsed ?? true) return;
        event.preventDefault();
        void load().then((a) => a.handle({ type: 'highlightSelection', source: 'shortcut' }));
      },
      { capture: true },
    );

    const onMessage = (raw: unknown) => {
      if (ctx.isInvalid || typeof raw !== 'object' || raw === null) return undefined;
      const type = (raw as { type?: unknown }).type;
      if (typeof type !== 'string' || !PAGE_MESSAGES.has(type)) return undefined;
      if (type === 'resendSnapshot') return check().then(() => ({ ok: true }));
      return load().then((a) => a.handle(raw));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
