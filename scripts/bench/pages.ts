import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEED_PAGE = resolve(ROOT, '../shared/fixtures/seed-page.html');

const seedHtml = () => readFileSync(SEED_PAGE, 'utf8');

/** The seed article's paragraphs, to grow realistic long articles from. */
function seedParagraphs(): string[] {
  return [...seedHtml().matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!).filter((p) => p.length > 80);
}

/**
 * A news page whose body holds about `bytes` of article text: the seed's paragraphs again and again, each copy
 * numbered so that no two paragraphs are identical (as in a real long read or a live blog).
 */
export function longArticle(bytes: number, mutate = false): string {
  const paragraphs = seedParagraphs();
  const body: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    let p = `${paragraphs[i % paragraphs.length]!} (${i})`;
    if (mutate && i % 10 === 3) p = p.replace('граждан', 'людей');
    body.push(`<p>${p}</p>`);
    size += Buffer.byteLength(p);
  }
  const ad = mutate ? '<div class="ad"><p>Реклама: подпишитесь на наш канал, чтобы не пропустить новости дня.</p></div>' : '';
  return seedHtml().replace(/<div class="news-text">[\s\S]*?<\/div>/, `<div class="news-text">${ad}${body.join('\n')}</div>`);
}
