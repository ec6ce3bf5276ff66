import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseMessage, type Message } from '@/utils/messages';
import { reportPage } from '@/utils/page/report-page';
import { revealAnchor } from '@/utils/page/reveal';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const send = (message: Message) => browser.runtime.sendMessage(message);
    const report = () => reportPage(document, location.href, send).catch((error: unknown) => console.debug('[statement-lens]', error));

    void report();
    // Single-page news sites change the article without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => void report());

    const onMessage = (raw: unknown) => {
      if (ctx.isInvalid) return undefined;
      const msg = parseMessage(raw);
      if (msg?.type === 'revealAnchor') return Promise.resolve({ found: revealAnchor(document, msg.anchor) });
      if (msg?.type === 'resendSnapshot') return report().then(() => ({ ok: true }));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
