import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { anchorText, isOrphan } from '../../../utils/anchor/anchor-text';
import { describeOffsets } from '../../../utils/anchor/describe';
import { buildTextModel } from '../../../utils/anchor/text-model';
import type { TextAnchor } from '../../../utils/schemas';

/**
 * Notes made on saved news pages, re-anchored on changed copies of each page (issue 5's suite): text inserted
 * before the note, its paragraph wrapped in new elements, white space changed inside it, its paragraph removed,
 * and its sentence repeated verbatim higher up (a lead box quoting it). Counts re-attached, orphaned and
 * mis-attached notes. Judged by where the passage really is in the changed page, not by the words found: the
 * same words somewhere else are the wrong place. Every note must re-attach to its own passage, or be an orphan
 * when its paragraph is gone; none may attach anywhere else.
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

interface PageNote {
  paragraph: number;
  /** Where the note starts within its paragraph's text: the same in every copy that keeps the paragraph. */
  offsetInParagraph: number;
  anchor: TextAnchor;
}

/** One note per paragraph: its first sentence, as a reader would select it. */
function notesOn(doc: Document): PageNote[] {
  const model = buildTextModel(doc.body);
  const notes: PageNote[] = [];
  paragraphsOf(doc).forEach((p, index) => {
    if (notes.length >= NOTES_PER_PAGE) return;
    const span = model.rangeOf(p);
    if (!span) return;
    const text = model.text.slice(...span);
    const sentence = /[^.!?]{20,}[.!?]?/.exec(text);
    if (!sentence) return;
    const start = span[0] + sentence.index + (sentence[0].length - sentence[0].trimStart().length);
    notes.push({ paragraph: index, offsetInParagraph: start - span[0], anchor: describeOffsets(model, start, start + sentence[0].trim().length) });
  });
  return notes;
}

type Mutation = 'inserted-before' | 'wrapped' | 'whitespace' | 'removed' | 'copied-above';
const KEPT: readonly Mutation[] = ['inserted-before', 'wrapped', 'whitespace', 'copied-above'];

const MUTATIONS: Record<Mutation, (doc: Document, target: Element, exact: string) => void> = {
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
  'copied-above': (doc, _target, exact) => {
    const lead = doc.createElement('aside');
    lead.innerHTML = '<p>Главное за день</p><p></p>';
    lead.lastElementChild!.textContent = exact;
    doc.body.prepend(lead);
  },
};

interface Tally {
  reattached: number;
  orphaned: number;
  misattached: number;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('notes on saved pages across five kinds of page change', () => {
  it('re-attach to their own passage (the same start offset) or become orphans, and never attach anywhere else', () => {
    const tally = Object.fromEntries(Object.keys(MUTATIONS).map((m) => [m, { reattached: 0, orphaned: 0, misattached: 0 }])) as Record<Mutation, Tally>;
    const misattached: string[] = [];
    const list = pages();
    let total = 0;
    for (const { name, html } of list) {
      const notes = notesOn(load(html));
      total += notes.length;
      for (const note of notes) {
        const { exact } = note.anchor.quote;
        for (const mutation of Object.keys(MUTATIONS) as Mutation[]) {
          const doc = load(html);
          const target = paragraphsOf(doc)[note.paragraph]!;
          MUTATIONS[mutation](doc, target, exact);
          const model = buildTextModel(doc.body);
          // Where the passage really is now: its own paragraph's start in the changed page, plus its offset there.
          const span = mutation === 'removed' ? null : model.rangeOf(target);
          const expected = span ? span[0] + note.offsetInParagraph : null;
          if (expected !== null && collapse(model.text.slice(expected, expected + exact.length)) !== collapse(exact)) {
            throw new Error(`${name}: the suite lost track of its own passage under "${mutation}"`);
          }
          const result = anchorText(model, note.anchor);
          const t = tally[mutation];
          if (isOrphan(result)) t.orphaned++;
          else if (result.start === expected && result.end === expected + exact.length) t.reattached++;
          else {
            t.misattached++;
            misattached.push(`${name} ${mutation}: at ${result.start} (${result.method}), passage at ${expected ?? 'gone'}: "${exact.slice(0, 40)}"`);
          }
        }
      }
    }
    console.table(tally);
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect(total).toBeGreaterThanOrEqual(80);
    expect(misattached).toEqual([]);
    for (const mutation of KEPT) expect(tally[mutation], mutation).toEqual({ reattached: total, orphaned: 0, misattached: 0 });
    expect(tally.removed).toEqual({ reattached: 0, orphaned: total, misattached: 0 });
  });
});
