import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorText, isOrphan } from '../../../utils/anchor/anchor-text';
import { describeOffsets } from '../../../utils/anchor/describe';
import { buildTextModel } from '../../../utils/anchor/text-model';
import type { TextAnchor } from '../../../utils/schemas';

/**
 * Notes made on saved news pages, re-anchored on four kinds of changed copy of each page (issue 5's suite):
 * text inserted before the note, its paragraph wrapped in new elements, white space changed inside it, and its
 * paragraph removed. Counts re-attached, orphaned and mis-attached notes; the last must be zero.
 */

const PAGES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');
const SEED = resolve(import.meta.dirname, '../../../../shared/fixtures/seed-page.html');
const NOTES_PER_PAGE = 8;

function pages(): Array<{ name: string; html: string }> {
  const gold = readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html') && !f.startsWith('non-'))
    .sort()
    .filter((_, i) => i % 2 === 0)
    .slice(0, 12);
  return [{ name: 'seed-page.html', html: readFileSync(SEED, 'utf8') }, ...gold.map((name) => ({ name, html: readFileSync(join(PAGES_DIR, name), 'utf8') }))];
}

const load = (html: string) => parseHTML(html).document as unknown as Document;
const paragraphsOf = (doc: Document) => Array.from(doc.body.querySelectorAll('p')).filter((p) => (p.textContent ?? '').trim().length >= 60);

/** One note per paragraph: its first sentence, as a reader would select it. */
function notesOn(doc: Document): Array<{ paragraph: number; anchor: TextAnchor }> {
  const model = buildTextModel(doc.body);
  const notes: Array<{ paragraph: number; anchor: TextAnchor }> = [];
  paragraphsOf(doc).forEach((p, index) => {
    if (notes.length >= NOTES_PER_PAGE) return;
    const span = model.rangeOf(p);
    if (!span) return;
    const text = model.text.slice(...span);
    const sentence = /[^.!?]{20,}[.!?]?/.exec(text);
    if (!sentence) return;
    const start = span[0] + sentence.index + (sentence[0].length - sentence[0].trimStart().length);
    notes.push({ paragraph: index, anchor: describeOffsets(model, start, start + sentence[0].trim().length) });
  });
  return notes;
}

type Mutation = 'inserted-before' | 'wrapped' | 'whitespace' | 'removed';

const MUTATIONS: Record<Mutation, (doc: Document, target: Element) => void> = {
  'inserted-before': (doc, target) => {
    const banner = doc.createElement('div');
    banner.innerHTML = '<p>Реклама. Подпишитесь на наш канал, чтобы первыми узнавать новости.</p>';
    doc.body.prepend(banner);
    const readAlso = doc.createElement('aside');
    readAlso.innerHTML = '<p>Читайте также: в Астане обсудили бюджет на следующий год.</p>';
    target.before(readAlso);
  },
  wrapped: (doc, target) => {
    const outer = doc.createElement('div');
    outer.className = 'article-body__block';
    const inner = doc.createElement('section');
    target.replaceWith(outer);
    inner.append(target);
    outer.append(inner);
  },
  whitespace: (doc, target) => {
    const walker = doc.createTreeWalker(target, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      node.nodeValue = (node.nodeValue ?? '').replace(/ /g, (space, at: number) => (at % 3 === 0 ? '\u00a0 ' : at % 3 === 1 ? '\n  ' : space));
    }
  },
  removed: (_doc, target) => target.remove(),
};

interface Tally {
  reattached: number;
  orphaned: number;
  misattached: number;
  /** Removed text found again as an identical copy elsewhere on the page (the same words, so not wrong). */
  copies: number;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('notes on saved pages across four kinds of page change', () => {
  it('re-attach to their own text or become orphans, and never attach to other text', () => {
    const tally: Record<Mutation, Tally> = {
      'inserted-before': { reattached: 0, orphaned: 0, misattached: 0, copies: 0 },
      wrapped: { reattached: 0, orphaned: 0, misattached: 0, copies: 0 },
      whitespace: { reattached: 0, orphaned: 0, misattached: 0, copies: 0 },
      removed: { reattached: 0, orphaned: 0, misattached: 0, copies: 0 },
    };
    const list = pages();
    for (const { html } of list) {
      const notes = notesOn(load(html));
      for (const note of notes) {
        for (const mutation of Object.keys(MUTATIONS) as Mutation[]) {
          const doc = load(html);
          MUTATIONS[mutation](doc, paragraphsOf(doc)[note.paragraph]!);
          const model = buildTextModel(doc.body);
          const result = anchorText(model, note.anchor);
          const t = tally[mutation];
          if (isOrphan(result)) {
            t.orphaned++;
            continue;
          }
          const found = collapse(model.text.slice(result.start, result.end));
          if (found !== collapse(note.anchor.quote.exact)) t.misattached++;
          else if (mutation === 'removed') t.copies++;
          else t.reattached++;
        }
      }
    }
    console.table(tally);
    expect(list.length).toBeGreaterThanOrEqual(10);
    for (const mutation of ['inserted-before', 'wrapped', 'whitespace'] as const) {
      expect(tally[mutation].misattached, mutation).toBe(0);
      expect(tally[mutation].orphaned, mutation).toBe(0);
      expect(tally[mutation].reattached, mutation).toBeGreaterThanOrEqual(80);
    }
    expect(tally.removed.misattached).toBe(0);
    expect(tally.removed.orphaned + tally.removed.copies).toBe(tally.wrapped.reattached);
    expect(tally.removed.orphaned).toBeGreaterThan(tally.removed.copies);
  });
});
