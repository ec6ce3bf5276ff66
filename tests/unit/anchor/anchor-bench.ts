/**
 * Timing of anchoring on a ~1 MB page; not a test (numbers depend on the machine). Run:
 *   npx tsx tests/unit/anchor/anchor-bench.ts
 * The page is the three fixtures' bodies repeated with every lower-case letter replaced at random, so
 * each quote is unique as on a real page and the markup stays realistic.
 */
import { anchorAll, isOrphan, type AnchorResult } from '../../../utils/anchor/anchor-text';
import { describeOffsets } from '../../../utils/anchor/describe';
import { buildTextModel, type TextModel } from '../../../utils/anchor/text-model';
import type { TextAnchor } from '../../../utils/schemas';
import { parsePage, readFixture } from './load-page';

let seed = 1;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return (seed >>> 8) / 0x800000;
};
const letter = (latin: boolean): string => String.fromCharCode(latin ? 97 + Math.floor(random() * 26) : 1072 + Math.floor(random() * 32));
const scramble = (html: string): string =>
  html.replace(/>([^<]+)</g, (_m, text: string) => `>${text.replace(/&[a-z]+;|\p{Ll}/gu, (c) => (c.length > 1 ? c : letter(c <= 'z')))}<`);

const bodies = ['seed-page.html', 'en-council-budget.html', 'kk-akimat-roads.html'].map((f) => readFixture(f).match(/<body[^>]*>([^]*)<\/body>/)![1]!);
let html = '<!DOCTYPE html><html><body>';
for (let i = 0; html.length < 1_700_000; i++) html += `<section><h2>Part ${i}</h2>${scramble(bodies[i % 3]!)}</section>`;
const page = parsePage(`${html}</body></html>`);
const body = page.document.body;

const anchors: TextAnchor[] = [];
while (anchors.length < 500) {
  const start = Math.floor(random() * (page.model.text.length - 300));
  const end = start + 20 + Math.floor(random() * 200);
  if (page.model.text.slice(start, end).trim()) anchors.push(describeOffsets(page.model, start, end));
}

function run(label: string, model: TextModel): AnchorResult[] {
  const started = performance.now();
  const results = anchorAll(model, anchors);
  const counts: Record<string, number> = {};
  for (const r of results) counts[isOrphan(r) ? `orphan:${r.reason}` : r.method] = (counts[isOrphan(r) ? `orphan:${r.reason}` : r.method] ?? 0) + 1;
  console.log(`${label}: 500 anchors in ${(performance.now() - started).toFixed(0)} ms ${JSON.stringify(counts)}`);
  return results;
}

/** Applies `edit` to the text node at a point inside each anchored span, last offsets first. */
function editAt(model: TextModel, results: AnchorResult[], pick: (i: number) => boolean, edit: (t: Text, offset: number) => void): void {
  const points = results.flatMap((r, i) => (isOrphan(r) || !pick(i) ? [] : [model.positionAt(r.start + Math.floor((r.end - r.start) / 2))!]));
  const seen = new Set<Text>();
  for (const p of points.sort((a, b) => b.offset - a.offset)) {
    if (!seen.has(p.node)) edit(p.node, p.offset);
    seen.add(p.node);
  }
}

console.log(`page text: ${page.model.text.length} chars`);
run('unchanged', page.model);
const banner = page.document.createElement('div');
banner.textContent = 'Breaking: subscribe now for one dollar a week, cancel any time.';
body.insertBefore(banner, body.firstChild);
let model = buildTextModel(body);
let results = run('banner at the top (every offset moved)', model);
editAt(model, results, (i) => i < 50, (t, o) => (t.data = `${t.data.slice(0, o)}Жq${t.data.slice(o + 1)}`));
model = buildTextModel(body);
results = run('banner + 50 quotes with a word edited', model);
editAt(model, results, (i) => i >= 100 && i < 200, (t) => (t.data = 'Материал удален.'));
run('banner + edits + text of 100 quotes removed', buildTextModel(body));
