import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { buildTextModel } from '../../../utils/anchor/text-model';
import { SCHEMA_VERSION, extractionSchema, type ArticleSnapshot, type Extraction } from '../../../utils/schemas';

export const URL = 'https://news.example/hostile';

/** A linkedom document: the DOM the CLI and the Node tests run the page-side code on. */
export function documentOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A snapshot laid out as the text model lays blocks out (one "\n" between them), without a DOM in between. */
export function snapshotOfParagraphs(paragraphs: readonly string[], declaredLanguage: string | null = 'ru'): ArticleSnapshot {
  let start = 0;
  const blocks = paragraphs.map((text) => {
    const block = { kind: 'paragraph' as const, text, start };
    start += text.length + 1;
    return block;
  });
  return { schemaVersion: SCHEMA_VERSION, url: URL, title: '', declaredLanguage, meta: { siteName: null, publishedTime: null, byline: null, canonicalUrl: null }, blocks };
}

/** Milliseconds `run` takes, with its result. */
export function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/**
 * What every extraction must be, whatever the input: valid by the schema the background and the panel parse with,
 * and every anchor naming text that is really at its position in the page text (`text` is the model text).
 */
export function expectSoundExtraction(extraction: Extraction, text?: string): void {
  expect(extractionSchema.safeParse(extraction).success).toBe(true);
  for (const item of [...extraction.quotes, ...extraction.claims]) {
    const { start, end } = item.anchor.position;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThanOrEqual(start);
    if (text !== undefined) expect(text.slice(start, end)).toBe(item.anchor.quote.exact);
  }
}

/** The page text model of a document's body, for checking anchors against. */
export function modelText(doc: Document): string {
  return buildTextModel(doc.body).text;
}
