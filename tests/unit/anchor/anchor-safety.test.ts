import { describe, expect, it } from 'vitest';
import { anchorText, isOrphan } from '../../../utils/anchor/anchor-text';
import { describeOffsets } from '../../../utils/anchor/describe';
import { buildTextModel, type TextModel } from '../../../utils/anchor/text-model';
import type { TextAnchor } from '../../../utils/schemas';
import { parsePage, readFixture } from './load-page';

/**
 * Whole-page sweeps over every sentence of every fixture: the two promises of anchoring, checked on all
 * the text we have rather than on hand-picked quotes.
 */
const PAGES = ['seed-page.html', 'en-council-budget.html', 'kk-akimat-roads.html'];
const BLOCKS = 'p, li, h1, h2, blockquote, figcaption';

/** Anchors for each sentence of an element (12+ characters, as a reader would select). */
function sentenceAnchors(model: TextModel, element: Element): TextAnchor[] {
  const span = model.rangeOf(element);
  if (!span) return [];
  const text = model.text.slice(...span);
  const anchors: TextAnchor[] = [];
  for (const m of text.matchAll(/[^.!?]+[.!?]?/g)) {
    const sentence = m[0].trim();
    if (sentence.length < 12) continue;
    const at = span[0] + m.index + m[0].indexOf(sentence);
    anchors.push(describeOffsets(model, at, at + sentence.length));
  }
  return anchors;
}

describe('anchoring never attaches a note to other text', () => {
  it.each(PAGES)('%s: with a block removed, its sentences are orphans or find an identical copy', (page) => {
    const { document, model } = parsePage(readFixture(page));
    let checked = 0;
    for (const element of Array.from(document.body.querySelectorAll(BLOCKS))) {
      const anchors = sentenceAnchors(model, element);
      if (anchors.length === 0) continue;
      const parent = element.parentNode!;
      const next = element.nextSibling;
      element.remove();
      const changed = buildTextModel(document.body);
      for (const anchor of anchors) {
        const r = anchorText(changed, anchor);
        checked++;
        if (!isOrphan(r)) expect(changed.text.slice(r.start, r.end), JSON.stringify(anchor.quote)).toBe(anchor.quote.exact);
      }
      parent.insertBefore(element, next);
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('anchoring re-attaches edited quotes', () => {
  it.each(PAGES)('%s: one word of a sentence replaced: re-attached to the edited sentence, or an orphan when over a quarter changed', (page) => {
    const { document, model } = parsePage(readFixture(page));
    let reattached = 0;
    let total = 0;
    for (const element of Array.from(document.body.querySelectorAll('article p'))) {
      for (const anchor of sentenceAnchors(model, element)) {
        const { exact } = anchor.quote;
        if (exact.length < 30 || !element.innerHTML.includes(exact)) continue;
        const words = exact.split(' ');
        const longest = words.reduce((best, w, i) => (w.length > words[best]!.length ? i : best), 0);
        const edited = words.map((w, i) => (i === longest ? 'XYZW' : w)).join(' ');
        const before = element.innerHTML;
        element.innerHTML = before.replace(exact, edited);
        const r = anchorText(buildTextModel(document.body), anchor);
        const changedShare = words[longest]!.length / exact.length;
        total++;
        if (isOrphan(r)) {
          expect(changedShare, `orphaned though little changed: ${edited}`).toBeGreaterThan(0.2);
        } else {
          reattached++;
          expect(r.method).toBe('fuzzy');
          expect(buildTextModel(document.body).text.slice(r.start, r.end)).toBe(edited);
        }
        element.innerHTML = before;
      }
    }
    expect(total).toBeGreaterThan(2);
    expect(reattached / total).toBeGreaterThan(0.6);
  });
});
