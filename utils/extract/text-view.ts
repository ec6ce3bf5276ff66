import type { ArticleSnapshot, BlockKind } from '../schemas';

/**
 * The extractor never sees the page, only the snapshot's blocks. A text view lays those blocks back at their
 * model offsets so every offset the extractor reports is a page-model offset. Text between blocks that the
 * snapshot did not send is unknown; it is filled with NUL, which no rule matches, so nothing spans it.
 */
export const GAP = '\u0000';

export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly kind: BlockKind;
}

export interface TextView {
  readonly base: number;
  readonly end: number;
  /** Model text from `base` to `end` (gaps as NUL). Index it with `offset - base`. */
  readonly text: string;
  slice(start: number, end: number): string;
  /** Lines of the blocks the extractor reads for speech, in page order. */
  readonly paragraphs: readonly Paragraph[];
  readonly headline: Paragraph | null;
}

/** Kinds whose lines can hold what an official said. Captions, bylines and page furniture cannot. */
const SPEECH_KINDS = new Set<BlockKind>(['paragraph', 'lead', 'quote', 'list-item', 'subheadline']);

export function buildTextView(snapshot: ArticleSnapshot): TextView {
  const blocks = [...snapshot.blocks].filter((b) => b.text.length > 0).sort((a, b) => a.start - b.start);
  const base = blocks.length > 0 ? blocks[0]!.start : 0;
  const parts: string[] = [];
  let cursor = base;
  const lines: Array<{ start: number; end: number; kind: BlockKind }> = [];
  for (const block of blocks) {
    if (block.start < cursor) continue; // overlapping blocks: keep the first
    const gap = block.start - cursor;
    // One unseen character between two blocks is the model's block separator.
    if (gap === 1 && parts.length > 0) parts.push('\n');
    else if (gap > 0) parts.push(GAP.repeat(gap));
    parts.push(block.text);
    for (let from = 0; from <= block.text.length; ) {
      const br = block.text.indexOf('\n', from);
      const to = br < 0 ? block.text.length : br;
      if (to > from) lines.push({ start: block.start + from, end: block.start + to, kind: block.kind });
      from = to + 1;
    }
    cursor = block.start + block.text.length;
  }
  const text = parts.join('');
  let headline: Paragraph | null = null;
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    if (line.kind === 'headline') {
      if (!headline) headline = { index: -1, ...line };
      continue;
    }
    if (SPEECH_KINDS.has(line.kind)) paragraphs.push({ index: paragraphs.length, ...line });
  }
  return {
    base,
    end: cursor,
    text,
    slice: (start, end) => text.slice(Math.max(0, start - base), Math.max(0, end - base)),
    paragraphs,
    headline,
  };
}
