import { isSpeechWord, mentionsIn, tokenAt } from './attribution';
import { newCandidate, type Candidate } from './candidate';
import type { DocContext, ParagraphInfo } from './context';
import { isListLine, opensWithDash, startAfterDash } from './quotes-dash';
import type { SpeakerRegistry } from './speakers';

/** Items a list of someone's statements has at most, and the words an item has at least (a clause, not a topic). */
const MAX_ITEMS = 12;
const MIN_ITEM_WORDS = 4;
const ITEM_END = /[\s;,.]/;

/**
 * "Основные заявления акима: ¶ • субсидии увеличат на 20%; ¶ • …", "The Prime Minister gave a number of
 * instructions: ¶ 1. The Ministry of Energy is to …": the items of a list that a sentence naming a speaker and a
 * verb or noun of speech introduces with a colon are that speaker's statements, reported in the writer's words;
 * a block quotation so introduced is the speaker's own words.
 */
export function findListStatements(ctx: DocContext, registry: SpeakerRegistry): Candidate[] {
  const out: Candidate[] = [];
  const { paragraphs } = ctx;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const intro = paragraphs[i]!;
    const followed = paragraphs[i + 1]!.para.kind;
    const dashList = opensWithDash(ctx, paragraphs[i + 1]!) && isListLine(ctx, paragraphs[i + 1]!);
    if (!dashList && (intro.para.kind === followed || (followed !== 'list-item' && followed !== 'quote'))) continue;
    const line = ctx.view.slice(intro.para.start, intro.para.end).trimEnd();
    if (!line.endsWith(':')) continue;
    const from = intro.sentences[intro.sentences.length - 1]?.[0] ?? intro.para.start;
    if (!announcesSpeech(ctx, intro, from)) continue;
    const mention = mentionsIn(registry, intro.para.index, from, intro.para.end).find((m) => m.kind !== 'pronoun');
    if (!mention) continue;
    const cue = ctx.view.slice(from, intro.para.start + line.length - 1).trim();
    if (dashList) out.push(newCandidate({ kind: 'indirect', parts: dashLines(ctx, i + 1), cue, mention, paragraph: intro.para.index, inherits: false, source: 'reported' }));
    else if (followed === 'quote') {
      const post = quotedBlock(ctx, i + 1);
      if (post.length > 0) out.push(newCandidate({ kind: 'direct', parts: post, cue, mention, paragraph: intro.para.index, inherits: false, source: 'reported' }));
    } else {
      for (let k = i + 1; k < paragraphs.length && k - i <= MAX_ITEMS && paragraphs[k]!.para.kind === 'list-item'; k++) {
        const item = paragraphs[k]!;
        if (item.tokens.length < MIN_ITEM_WORDS) continue;
        out.push(newCandidate({ kind: 'indirect', parts: [[item.tokens[0]!.start, itemEnd(ctx, item)]], cue, mention, paragraph: intro.para.index, inherits: false, source: 'reported' }));
      }
    }
  }
  return out;
}

/** "Министр также отметил: ¶ – …; ¶ – …; ¶ – ….": lines set off by dashes, up to the one that ends the list. */
function dashLines(ctx: DocContext, first: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  for (let k = first; k < ctx.paragraphs.length && k - first < MAX_ITEMS && opensWithDash(ctx, ctx.paragraphs[k]!); k++) {
    const dashLine = ctx.paragraphs[k]!;
    parts.push([startAfterDash(ctx, dashLine), itemEnd(ctx, dashLine)]);
    if (!isListLine(ctx, dashLine)) break;
  }
  return parts;
}

/** Where an item's words end: before the semicolon, comma or point that closes it. */
function itemEnd(ctx: DocContext, item: ParagraphInfo): number {
  let end = item.para.end;
  while (end > item.para.start && ITEM_END.test(ctx.view.text[end - 1 - ctx.view.base]!)) end--;
  return end;
}

/**
 * "Депутат X написал в своем Telegram-канале: ¶ <blockquote>…</blockquote>": the block's paragraphs are the words
 * introduced, quoted whole, when no quotation mark or dash opens them (those the quotation rules read).
 */
function quotedBlock(ctx: DocContext, first: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  for (let k = first; k < ctx.paragraphs.length && k - first < MAX_ITEMS && ctx.paragraphs[k]!.para.kind === 'quote'; k++) {
    const q = ctx.paragraphs[k]!.para;
    if (OPENS_QUOTATION.test(ctx.view.text[q.start - ctx.view.base] ?? '')) return [];
    parts.push([q.start, q.end]);
  }
  return parts;
}

const OPENS_QUOTATION = /[«"“„‘\-–—]/;

/** A verb of speech or a noun for statements in the introducing sentence ("заявления", "instructions"). */
function announcesSpeech(ctx: DocContext, p: ParagraphInfo, from: number): boolean {
  for (let k = tokenAt(p, from); k < p.tokens.length; k++) {
    if (isSpeechWord(ctx, p, k) || ctx.lex.statementNouns.has(p.tokens[k]!.lower)) return true;
  }
  return false;
}
