import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractStatements, type ExtractOptions } from '../../../utils/extract';
import { SCHEMA_VERSION, type ArticleSnapshot, type BlockKind, type Extraction } from '../../../utils/schemas';

export const ROOT = resolve(__dirname, '../../..');
export const SEED = resolve(ROOT, '../shared/fixtures/seed-page.html');

/** A snapshot of consecutive blocks, laid out as the text model would (one "\n" between blocks). */
export function snapshotOf(paragraphs: Array<string | { kind: BlockKind; text: string }>, declaredLanguage: string | null = null): ArticleSnapshot {
  let start = 0;
  const blocks = paragraphs.map((p) => {
    const b = typeof p === 'string' ? { kind: 'paragraph' as const, text: p } : p;
    const block = { ...b, start };
    start += b.text.length + 1;
    return block;
  });
  return { schemaVersion: SCHEMA_VERSION, url: 'https://news.example/a', title: '', declaredLanguage, meta: { siteName: null, publishedTime: null, byline: null, canonicalUrl: null }, blocks };
}

/**
 * Extraction of short texts: padded with a neutral paragraph so the text is long enough to be an article. The
 * padding is in the texts' language (Kazakh where Kazakh letters show in lower-case words), so it does not
 * outvote the texts when the page's language is decided.
 */
export function extractTexts(paragraphs: Array<string | { kind: BlockKind; text: string }>, options: ExtractOptions = {}): Extraction {
  const texts = paragraphs.map((p) => (typeof p === 'string' ? p : p.text));
  const filler = texts.some((t) => /(^|[\s«(–-])[а-яёәғқңөұүһі]*[әғқңөұүһі]/.test(t))
    ? 'Жиын бірнеше сағатқа созылды, онда күн тәртібіндегі басқа да мәселелер талқыланды. '.repeat(4)
    : texts.some((t) => /[а-яё]/i.test(t))
      ? 'Заседание продолжалось несколько часов, на нем обсуждались и другие вопросы повестки дня. '.repeat(4)
      : 'The meeting lasted several hours and other items on the agenda were also discussed there. '.repeat(4);
  return extractStatements(snapshotOf([...paragraphs, filler.trim()]), options);
}

export function loadPage(path: string): Document {
  return parseHTML(readFileSync(path, 'utf8')).document;
}
