import { parseHTML } from 'linkedom';
import { anchorText, isOrphan } from '../../utils/anchor/anchor-text';
import { describeOffsets } from '../../utils/anchor/describe';
import { buildTextModel } from '../../utils/anchor/text-model';
import type { TextAnchor } from '../../utils/schemas';
import { figure, median, time, type Figure } from './measure';
import { longArticle } from './pages';

const NOTES = 500;

/** Notes on sentence-sized spans spread over the original page, to find again on a changed copy of it. */
function notesOn(text: string): TextAnchor[] {
  const anchors: TextAnchor[] = [];
  const model = { text } as Parameters<typeof describeOffsets>[0];
  for (let i = 0; i < NOTES; i++) {
    const start = Math.floor(((i + 0.5) / NOTES) * (text.length - 200));
    anchors.push(describeOffsets(model, start, start + 60 + (i % 5) * 30));
  }
  return anchors;
}

export async function anchorFigures(runs = 7): Promise<Figure[]> {
  const original = buildTextModel(parseHTML(longArticle(1_000_000)).document.body);
  const anchors = notesOn(original.text);
  const changedDoc = parseHTML(longArticle(1_000_000, true)).document;

  const subject: number[] = [];
  const baseline: number[] = [];
  let orphans = 0;
  for (let r = 0; r < runs; r++) {
    baseline.push(await time(() => buildTextModel(changedDoc.body)));
    subject.push(
      await time(() => {
        const model = buildTextModel(changedDoc.body);
        orphans = anchors.filter((a) => isOrphan(anchorText(model, a))).length;
      }),
    );
  }
  const value = median(subject);
  return [
    figure('anchor_500', value, median(baseline), 'ms', 20, `500 notes re-anchored on a changed 1 MB page (ad inserted, a word changed in every tenth paragraph); ${orphans} orphans; absolute median ${value.toFixed(1)} ms`),
  ];
}
