import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * How the small content script hands a page over to the annotator (entrypoints/annotator.ts), which it loads
 * only on pages that may be articles or that the user annotates: a non-article page never parses the
 * annotator's code. The annotator publishes `start` on the content script's own global (the isolated world:
 * the page's scripts cannot see it).
 */
export const ANNOTATOR_GLOBAL = '__statementLensAnnotator';
export const ANNOTATOR_PATH = '/annotator.js' as const;

export interface Annotator {
  /** Reads the page and reports it to the background (again, after an in-page navigation). */
  report(): Promise<void>;
  /** Handles a message addressed to the page; undefined for messages it does not take. */
  handle(raw: unknown): Promise<unknown> | undefined;
}

export type StartAnnotator = (ctx: ContentScriptContext) => Annotator;
