import { isSpeechWord, mentionsIn, tokenAt } from './attribution';
import type { Candidate } from './candidate';
import type { DocContext, ParagraphInfo } from './context';
import type { SpeakerRegistry } from './speakers';

/** Items a list of someone's statements has at most, and the words an item has at least (a clause, not a topic). */
const MAX_ITEMS = 12;
const MIN_ITEM_WORDS = 4;
const ITEM_END = /[\s;,.]/;

/**
 * "Основные заявления акима: ¶ • субсидии увеличат на 20%; ¶ • …", "The Prime Minister gave a number of
 * instructions: ¶ 1. The Ministry of Energy is to …": the items of a list that a sentence naming a speaker and a
 * verb or noun of speech introduces with a colon are that speaker's statements, reported in the writer's words.
 */
export function findListStatements(ctx: DocContext, registry: SpeakerRegistry): Candidate[] {
  const out: Candidate[] = [];
  const { paragraphs } = ctx;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const intro = paragraphs[i]!;
    if (intro.para.kind === 'list-item' || paragraphs[i + 1]!.para.kind !== 'list-item') continue;
    const line = ctx.view.slice(intro.para.start, intro.para.end).trimEnd();
    if (!line.endsWith(':')) continue;
    const from = intro.sentences[intro.sentences.length - 1]?.[0] ?? intro.para.start;
    if (!announcesSpeech(ctx, intro, from)) continue;
    const mention = mentionsIn(registry, intro.para.index, from, intro.para.end).find((m) => m.kind !== 'pronoun');
    if (!mention) continue;
    const cue = ctx.view.slice(from, intro.para.start + line.length - 1).trim();
    for (let k = i + 1; k < paragraphs.length && k - i <= MAX_ITEMS && paragraphs[k]!.para.kind === 'list-item'; k++) {
      const item = paragraphs[k]!;
      if (item.tokens.length < MIN_ITEM_WORDS) continue;
      let end = item.para.end;
      while (end > item.para.start && ITEM_END.test(ctx.view.text[end - 1 - ctx.view.base]!)) end--;
      out.push({ kind: 'indirect', parts: [[item.tokens[0]!.start, end]], cue, mention, paragraph: intro.para.index, inherits: false, source: 'reported' });
    }
  }
  return out;
}

/** A verb of speech or a noun for statements in the introducing sentence ("заявления", "instructions"). */
function announcesSpeech(ctx: DocContext, p: ParagraphInfo, from: number): boolean {
  for (let k = tokenAt(p, from); k < p.tokens.length; k++) {
    if (isSpeechWord(ctx, p, k) || ctx.lex.statementNouns.has(p.tokens[k]!.lower)) return true;
  }
  return false;
}
