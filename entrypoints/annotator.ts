import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Message } from '@/utils/messages';
import { TextModelCache } from '@/utils/anchor/text-model-cache';
import { PageAnnotations } from '@/utils/page/page-annotations';
import { reportPage } from '@/utils/page/report-page';
import { parsePageMessage } from '@/utils/protocol/page';
import { ANNOTATOR_GLOBAL, type Annotator, type StartAnnotator } from './shared/annotator-handoff';

const REPORT_INTERVAL_MS = 3_000;

const start: StartAnnotator = (ctx: ContentScriptContext): Annotator => {
  const send = (message: Message) => browser.runtime.sendMessage(message);

  const models = new TextModelCache(ctx.signal);
  const modelOf = (root: Node) => models.of(root);
  const report = () => reportPage(document, location.href, send, modelOf).catch((error: unknown) => console.debug('[statement-lens]', error));

  // New text (a live blog's entries, the next article of an infinite scroll) is extracted again, at most every
  // few seconds however fast the page grows.
  let lastReport = 0;
  let pendingReport: number | null = null;
  const reportSoon = () => {
    if (pendingReport !== null) return;
    const wait = Math.max(0, lastReport + REPORT_INTERVAL_MS - Date.now());
    pendingReport = ctx.setTimeout(() => {
      pendingReport = null;
      lastReport = Date.now();
      void report();
    }, wait);
  };

  // Drawn only where there is something to draw (an article, or a page with the user's highlights).
  let annotations: PageAnnotations | null = null;
  const annotate = () =>
    (annotations ??= new PageAnnotations(document, ctx.signal, {
      // The content script cannot read the panel's language choice: the button speaks the browser's language.
      buttonLabel: i18n.t('highlightButton'),
      onActivate: (id) => void send({ type: 'highlightClicked', id }).catch(() => undefined),
      onHighlightSelection: (anchor) => void send({ type: 'createHighlight', anchor, text: '' }).catch(() => undefined),
      onOrphansChanged: (orphanNoteIds) => void send({ type: 'notesAnchored', orphanNoteIds }).catch(() => undefined),
      onTextChanged: reportSoon,
      modelOf,
    }));

  return {
    report: () => {
      lastReport = Date.now();
      return report();
    },
    handle(raw) {
      if (ctx.isInvalid) return undefined;
      const msg = parsePageMessage(raw);
      switch (msg?.type) {
        case 'paintHighlights':
          return Promise.resolve(annotate().paint(msg));
        case 'revealAnchor':
          return Promise.resolve({ found: annotate().reveal(msg.anchor) });
        case 'highlightSelection': {
          const anchor = annotate().describeSelection();
          if (!anchor) return Promise.resolve({ created: false });
          return send({ type: 'createHighlight', anchor, text: '' }).then(() => ({ created: true }));
        }
        case 'resendSnapshot':
          return report().then(() => ({ ok: true }));
        default:
          return undefined;
      }
    },
  };
};

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ANNOTATOR_GLOBAL] = start;
});
