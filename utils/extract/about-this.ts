import { citedSource, newAttribution, parseAttribution, pickMention, tokenAt, type Attribution } from './attribution';
import { changed, newCandidate, type Candidate } from './candidate';
import { afterDateline } from './sentences';
import type { DocContext, ParagraphInfo } from './context';
import { grammarFor } from './grammar';
import type { SpeakerRegistry } from './speakers';

/**
 * "Министерство ожидает, что … . Об этом сообщил министр X." The second sentence names who said the first:
 * quotes in the sentence just before take X as their speaker. (A source line, "Об этом передает сайт", names
 * no speaker: its verb is not a cue.)
 */
export function reattributeAboutThis(ctx: DocContext, registry: SpeakerRegistry, found: Candidate[]): Candidate[] {
  const phrases = ctx.lex.aboutThis;
  const statements = grammarFor(ctx.lex.language).statementPhrases;
  if (phrases.length === 0 && statements.length === 0) return found;
  const out = [...found].sort((x, y) => x.parts[0]![0] - y.parts[0]![0]);
  const added: Candidate[] = [];
  for (const p of ctx.paragraphs) {
    for (let k = 1; k < p.sentences.length; k++) {
      const [from, to] = p.sentences[k]!;
      const first = tokenAt(p, from);
      const opens = (ph: readonly string[]) => ph.every((w, i) => p.tokens[first + i]?.lower === w);
      if (first >= p.tokens.length) continue;
      const statement = statements.find(opens);
      if (!statement && !phrases.some(opens)) continue;
      const attribution = statement ? namedAfter(ctx, registry, p, first, first + statement.length, to) : parseAttribution(ctx, registry, p, from, to, 10, 24) ?? citedSource(ctx, registry, p, from, to);
      if (!attribution?.mention) continue;
      const [sa, pb] = p.sentences[k - 1]!;
      // "АСТАНА. КАЗИНФОРМ – …": the wire's dateline, which the sentence split may leave in, is no part of it.
      const pa = sa - p.para.start < DATELINE_REACH ? Math.max(sa, afterDateline(ctx.view.text, ctx.view.base, p.para.start, p.para.end)) : sa;
      let lo = 0;
      let hi = out.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (out[mid]!.parts[0]![0] < pa) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < out.length && out[i]!.parts[0]![0] < pb; i++) {
        const c = out[i]!;
        const [a, b] = [c.parts[0]![0], c.parts[c.parts.length - 1]![1]];
        if (a >= pa && b <= pb) out[i] = changed(c, { mention: attribution.mention, cue: attribution.cue ?? c.cue, paragraph: p.para.index, inherits: false });
      }
      // "Стоимость проекта оценивается в 180 млрд тенге. Об этом сообщили в пресс-службе акимата.": with no quote
      // in it, the sentence before is what they reported. Not a question, nor words in quotation marks.
      const end = trimEnd(ctx.view.text, ctx.view.base, pa, pb);
      const sentence = ctx.view.slice(pa, end);
      if (!overlaps(out, pa, pb) && end > pa && !NOT_REPORTED.test(sentence) && !NOT_REPORTED.test(ctx.view.text[end - ctx.view.base] ?? '')) {
        added.push(newCandidate({ kind: 'indirect', parts: [[pa, end]], cue: attribution.cue, mention: attribution.mention, paragraph: p.para.index, inherits: false, source: 'reported' }));
      }
    }
  }
  return added.length === 0 ? out : [...out, ...added].sort((x, y) => x.parts[0]![0] - y.parts[0]![0]);
}

/**
 * "Такое заявление сделал министр энергетики X": the person or body named right after the phrase and its verb.
 * The verb itself says nothing (сделал, выступил): the cue is the phrase with it.
 */
function namedAfter(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, first: number, verb: number, to: number): Attribution | null {
  if (verb >= p.tokens.length) return null;
  const mentions = registry.mentionsIn(p.para.index, p.tokens[verb]!.start, to).filter((m) => m.kind !== 'pronoun' && m.firstToken <= verb + MAX_WORDS_TO_SUBJECT);
  const mention = pickMention(mentions, p.tokens[verb]!.start);
  return mention ? newAttribution({ cue: ctx.view.slice(p.tokens[first]!.start, p.tokens[verb]!.end), cueStart: p.tokens[first]!.start, mention }) : null;
}

/** Words between a statement phrase and its subject: the verb and a circumstance ("сделал на брифинге"). */
const MAX_WORDS_TO_SUBJECT = 6;

/** How far into its paragraph a sentence may start and still be the one a dateline opens. */
const DATELINE_REACH = 40;

/** A question, or words in quotation marks: no report of what was said. */
const NOT_REPORTED = /[?«»"“”„]/;
const STOP_OR_SPACE = /[\s.!…;]/;

function trimEnd(text: string, base: number, from: number, to: number): number {
  let e = to;
  while (e > from && STOP_OR_SPACE.test(text[e - 1 - base]!)) e--;
  return e;
}

/** Some candidate covers part of [from, to). */
function overlaps(found: readonly Candidate[], from: number, to: number): boolean {
  return found.some((c) => c.parts.some(([a, b]) => a < to && b > from));
}
