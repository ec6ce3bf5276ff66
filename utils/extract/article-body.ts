import type { Census } from './page-census';
import { isFurniture } from './page-signals';
import { textWeights, type TextWeight } from './text-weights';
import { tagOf } from '../anchor/tag-name';

/**
 * Finds the element holding the article's text, Readability-style but lighter: each paragraph of real prose
 * scores its parent and grandparent; the best container wins, widened to its <article> when it has one.
 */

const INLINE = new Set(['SPAN', 'FONT', 'B', 'I', 'STRONG', 'EM', 'A', 'U', 'SMALL', 'BIG', 'SUB', 'SUP', 'MARK']);

function linkDensity(weight: TextWeight | undefined): number {
  return weight && weight.chars > 0 ? weight.linked / weight.chars : 1;
}

type Furniture = (el: Element) => boolean;

/** `isFurniture`, asked once per element: the paragraphs of one container climb through the same ancestors. */
function furnitureMemo(): Furniture {
  const seen = new Map<Element, boolean>();
  return (el) => {
    let furniture = seen.get(el);
    if (furniture === undefined) {
      furniture = isFurniture(el);
      seen.set(el, furniture);
    }
    return furniture;
  };
}

function inFurniture(el: Element, stop: Element, furniture: Furniture): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (furniture(e)) return true;
  return false;
}

/** A sibling of the best container that scores this share of it, and at least this much, joins it. */
const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 3;

export interface BodyGuess {
  readonly root: Element;
  /** Characters of prose paragraphs under the root. */
  readonly proseChars: number;
  readonly paragraphs: number;
}

/** <article> siblings of `entry` that hold scored prose (a live blog's other entries). */
function proseEntriesIn(box: Element, entry: Element, scores: ReadonlyMap<Element, number>): number {
  let n = 0;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling) {
    if (c !== entry && tagOf(c) === 'ARTICLE' && (scores.get(c) ?? 0) > 0) n++;
  }
  return n;
}

export function findArticleBody(doc: Document, census: Census): BodyGuess | null {
  const body = doc.body;
  if (!body) return null;
  const marked = census.articleBody;
  const furniture = furnitureMemo();
  const scores = new Map<Element, number>();
  // Kept for the count of the chosen root's prose below: reading a paragraph's text is the costly part here.
  const proseLengths = new Map<Element, number>();
  for (const p of census.prose) {
    const text = (p.textContent ?? '').trim();
    proseLengths.set(p, text.length);
    if (text.length < 25 || inFurniture(p, body, furniture)) continue;
    const commas = (text.match(/[,،，]/g) ?? []).length;
    const score = 1 + commas + Math.min(3, Math.floor(text.length / 100));
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  // Sites that write paragraphs as text between <br>s: score the block that holds the breaks.
  const brBlocks = new Set<Element>();
  for (const br of census.breaks) {
    let e = br.parentElement;
    while (e && INLINE.has(tagOf(e))) e = e.parentElement;
    if (e && !brBlocks.has(e) && !inFurniture(e, body, furniture)) brBlocks.add(e);
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
  const weights = scores.size > 0 ? textWeights(body, new Set(scores.keys())) : null;
  for (const [el, s] of scores) {
    const adjusted = s * (1 - Math.min(0.9, linkDensity(weights?.get(el))));
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  // A live blog or a story in parts: posts in one box, background in the next. A sibling that scores a good share
  // of the best one is part of the same text, so their parent is (as Readability joins related siblings).
  const parent = best?.parentElement;
  if (best && parent && parent !== body) {
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const s = c === best ? 0 : (scores.get(c) ?? 0) * (1 - Math.min(0.9, linkDensity(weights?.get(c))));
      if (s >= Math.max(MIN_SIBLING_SCORE, bestScore * SIBLING_SHARE)) {
        best = parent;
        break;
      }
    }
  }
  let root: Element | null = marked ?? best;
  if (!root) root = census.firstArticle ?? census.firstMain;
  if (!root) return null;
  // Unclosed <font> or <p> tags nest the rest of the text inside one paragraph: climb to a real container.
  while (root.parentElement && root.parentElement !== body && (INLINE.has(tagOf(root)) || tagOf(root) === 'P')) {
    root = root.parentElement;
  }
  // The text's own container often sits inside an <article> that also holds the headline and lead.
  let article: Element | null = root;
  while (article && tagOf(article) !== 'ARTICLE') article = article.parentElement;
  if (article && article !== root && article.getElementsByTagName('article').length === 0) root = article;
  // A live blog writes each entry as an <article> of its own: entries beside it with prose of their own are the
  // same text, so their box is.
  const box = root.parentElement;
  if (tagOf(root) === 'ARTICLE' && box && box !== body && proseEntriesIn(box, root, scores) > 0) root = box;
  let proseChars = 0;
  let count = 0;
  const ps = root.getElementsByTagName('p');
  for (let i = 0; i < ps.length && i < 5_000; i++) {
    const length = proseLengths.get(ps[i]!) ?? (ps[i]!.textContent ?? '').trim().length;
    if (length >= 40 && !inFurniture(ps[i]!, root, furniture)) {
      proseChars += length;
      count++;
    }
  }
  if (count === 0) {
    proseChars = (root.textContent ?? '').trim().length;
  }
  return { root, proseChars, paragraphs: count };
}
