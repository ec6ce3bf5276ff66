import { isFurniture } from './page-signals';

/**
 * Finds the element holding the article's text, Readability-style but lighter: each paragraph of real prose
 * scores its parent and grandparent; the best container wins, widened to its <article> when it has one.
 */

const INLINE = new Set(['SPAN', 'FONT', 'B', 'I', 'STRONG', 'EM', 'A', 'U', 'SMALL', 'BIG', 'SUB', 'SUP', 'MARK']);

function linkDensity(el: Element, textLength: number): number {
  if (textLength === 0) return 1;
  let linked = 0;
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) linked += (links[i]!.textContent ?? '').length;
  return linked / textLength;
}

function inFurniture(el: Element, stop: Element): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}

export interface BodyGuess {
  readonly root: Element;
  /** Characters of prose paragraphs under the root. */
  readonly proseChars: number;
  readonly paragraphs: number;
}

export function findArticleBody(doc: Document): BodyGuess | null {
  const body = doc.body;
  if (!body) return null;
  const marked = doc.querySelector('[itemprop="articleBody"]');
  const scores = new Map<Element, number>();
  const paragraphs = body.querySelectorAll('p, pre, blockquote > div');
  for (let i = 0; i < paragraphs.length && i < 5_000; i++) {
    const p = paragraphs[i]!;
    const text = (p.textContent ?? '').trim();
    if (text.length < 25 || inFurniture(p, body)) continue;
    const commas = (text.match(/[,،，]/g) ?? []).length;
    const score = 1 + commas + Math.min(3, Math.floor(text.length / 100));
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  // Sites that write paragraphs as text between <br>s: score the block that holds the breaks.
  const breaks = body.querySelectorAll('br');
  const brBlocks = new Set<Element>();
  for (let i = 0; i < breaks.length && i < 5_000; i++) {
    let e = breaks[i]!.parentElement;
    while (e && INLINE.has(e.tagName.toUpperCase())) e = e.parentElement;
    if (e && !brBlocks.has(e) && !inFurniture(e, body)) brBlocks.add(e);
  }
  for (const el of brBlocks) {
    const text = (el.textContent ?? '').trim();
    if (text.length < 200) continue;
    const commas = (text.match(/[,،，]/g) ?? []).length;
    const score = commas + Math.floor(text.length / 100);
    scores.set(el, (scores.get(el) ?? 0) + score);
    const parent = el.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    const len = (el.textContent ?? '').length;
    const adjusted = s * (1 - Math.min(0.9, linkDensity(el, len)));
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  let root: Element | null = marked ?? best;
  if (!root) root = doc.querySelector('article') ?? doc.querySelector('main');
  if (!root) return null;
  // Unclosed <font> or <p> tags nest the rest of the text inside one paragraph: climb to a real container.
  while (root.parentElement && root.parentElement !== body && (INLINE.has(root.tagName.toUpperCase()) || root.tagName.toUpperCase() === 'P')) {
    root = root.parentElement;
  }
  // The text's own container often sits inside an <article> that also holds the headline and lead.
  const article = root.closest('article');
  if (article && article !== root && article.querySelectorAll('article').length === 0) root = article;
  let proseChars = 0;
  let count = 0;
  const ps = root.querySelectorAll('p');
  for (let i = 0; i < ps.length && i < 5_000; i++) {
    const t = (ps[i]!.textContent ?? '').trim();
    if (t.length >= 40 && !inFurniture(ps[i]!, root)) {
      proseChars += t.length;
      count++;
    }
  }
  if (count === 0) {
    proseChars = (root.textContent ?? '').trim().length;
  }
  return { root, proseChars, paragraphs: count };
}
