import { DASHES } from './attribution';
import { newCandidate, type Candidate } from './candidate';
import type { DocContext, ParagraphInfo } from './context';
import type { Token } from './tokens';
import type { Entity, SpeakerRegistry } from './speakers';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const ENDS_WITH_QUESTION = /\?[»"”)]?\s*$/;
const SPACE = /\s/;
const OPENS_WITH_MARK = /[«"“„—–-]/;
const SPEAKER_LABEL = /^\p{L}+[.:]\s/u;
const INITIAL_LABEL = /^(\p{Lu})\.\s*(\S+)$/u;
const SPACES = /\s+/;

/**
 * Interviews: turns that open with a dash ("— Вопрос? ¶ — Ответ.") or a speaker label ("YZ: …",
 * "Yermek Zhakenov: …") and carry no cue. Questions are the journalist's and are no quotes; answers are the
 * interviewee's, who is the person the headline or the lead names. A paragraph between an answer and the
 * next turn continues the answer.
 */

interface Turn {
  readonly index: number;
  readonly textStart: number;
  /** The label's speaker, when the turn has a label. */
  readonly label: string | null;
}

const MIN_TURNS = 4;
const MAX_LABEL_WORDS = 4;

function labelOf(ctx: DocContext, p: ParagraphInfo): { label: string; textStart: number } | null {
  const { text, base } = ctx.view;
  // "Корр.:", "А. Ержанқызы:": an abbreviation's point may stand before the colon.
  const colonAfter = (t: Token) => (text[t.end - base] === ':' ? 1 : text[t.end - base] === '.' && text[t.end + 1 - base] === ':' ? 2 : 0);
  const k = p.tokens.slice(0, MAX_LABEL_WORDS).findIndex((t) => colonAfter(t) > 0);
  if (k < 0) return null;
  // Capitalised words, acronyms, or an initial ("А.").
  const initial = (t: Token) => t.text.length === 1 && t.text !== t.text.toLowerCase() && text[t.end - base] === '.';
  for (let i = 0; i <= k; i++) if (!p.tokens[i]!.capitalized && !p.tokens[i]!.acronym && !initial(p.tokens[i]!)) return null;
  if (p.tokens[0]!.start !== p.para.start) return null;
  let s = p.tokens[k]!.end + colonAfter(p.tokens[k]!);
  while (s < p.para.end && text[s - base] === ' ') s++;
  return { label: ctx.view.slice(p.para.start, p.tokens[k]!.end), textStart: s };
}

function turnOf(ctx: DocContext, p: ParagraphInfo, i: number): Turn | null {
  const { text, base } = ctx.view;
  const first = text[p.para.start - base]!;
  if (DASHES.has(first) && text[p.para.start + 1 - base] === ' ') {
    let s = p.para.start + 1;
    while (s < p.para.end && text[s - base] === ' ') s++;
    return { index: i, textStart: s, label: null };
  }
  const l = labelOf(ctx, p);
  return l ? { index: i, textStart: l.textStart, label: l.label } : null;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/**
 * The interviewee: the named person the headline and the first paragraphs mention most. A bank or a ministry
 * ("глава «Сарыарка Инвест Банка» о …") answers only when no person is named there.
 */
function interviewee(ctx: DocContext, registry: SpeakerRegistry): Entity | null {
  const counts = new Map<Entity, number>();
  for (const pm of registry.placed) {
    if (!pm.entity || !pm.entity.named || pm.paragraph > 2) continue;
    counts.set(pm.entity, (counts.get(pm.entity) ?? 0) + 1);
  }
  const persons = [...counts.keys()].filter((e) => registry.isPerson(e));
  if (persons.length > 0) for (const e of counts.keys()) if (!persons.includes(e)) counts.delete(e);
  let best: Entity | null = null;
  let n = 0;
  for (const [e, c] of counts) {
    if (c > n) {
      best = e;
      n = c;
    }
  }
  return best;
}

/** The person an answering label names: their name ("Yermek Zhakenov") or initials ("YZ"). */
function labelledPerson(registry: SpeakerRegistry, labels: string[]): Entity | null {
  for (const label of labels) {
    for (const e of registry.namedPersons()) {
      if (e.name === label || initials(e.name) === label || [...e.forms.values()].includes(label) || byInitial(e.name, label) || byCapitals(e.name, label)) return e;
    }
  }
  return null;
}

/** Letters a label in capitals has at least to be a name, not initials ("SW:"). */
const MIN_NAME_LABEL = 4;

/**
 * A broadcast's transcript: its turns are labelled in capitals, the host's or reporter's with their role after a
 * comma ("MAYA ORTEGA, HOST:"). Its soundbites are statements though no one asks a question.
 */
function isBroadcastTranscript(turns: readonly Turn[]): boolean {
  const labels = turns.flatMap((t) => (t.label === null ? [] : [t.label]));
  return labels.length >= MIN_TURNS && labels.every(isCapitals) && labels.some((l) => l.includes(','));
}

/** Characters a transcript's note on how words were said takes at most ("(Through interpreter)"). */
const MAX_STAGE_NOTE = 40;

/** Where a soundbite's words begin after a note in parentheses that opens it, which is no part of them. */
function afterStageNote(ctx: DocContext, from: number, to: number): number {
  const { text, base } = ctx.view;
  if (text[from - base] !== '(') return from;
  const close = text.indexOf(')', from - base) + base;
  if (close < from || close - from > MAX_STAGE_NOTE || close + 1 >= to) return from;
  let s = close + 1;
  while (s < to && text[s - base] === ' ') s++;
  return s;
}

/** A label written in capitals ("ASKAR ZHUMABEKOV", "ZHANNA ORLOVA, BYLINE"). */
function isCapitals(label: string): boolean {
  return label === label.toUpperCase() && label !== label.toLowerCase();
}

/** The family name of a label, before any role after a comma ("ZHANNA ORLOVA, BYLINE" → orlova). */
function surnameOf(label: string): string {
  const name = label.split(',')[0]!.trim().split(SPACES);
  return name[name.length - 1]!.toLowerCase();
}

/** "ASKAR ZHUMABEKOV" or "ZHUMABEKOV" for Askar Zhumabekov: a label in capitals naming the person or their family name. */
function byCapitals(name: string, label: string): boolean {
  if (!isCapitals(label)) return false;
  const words = name.toLowerCase().split(SPACES);
  const own = label.split(',')[0]!.trim().toLowerCase();
  return own === words.join(' ') || own === words[words.length - 1];
}

/** "А. Ержанқызы" for Айгерим Ержанқызы: the first name's initial and the family name. */
function byInitial(name: string, label: string): boolean {
  const m = INITIAL_LABEL.exec(label);
  if (!m) return false;
  const words = name.split(SPACES);
  return words.length >= 2 && words[0]![0] === m[1] && words[words.length - 1] === m[2];
}

function endsWithQuestion(ctx: DocContext, p: ParagraphInfo): boolean {
  return ENDS_WITH_QUESTION.test(ctx.view.slice(Math.max(p.para.start, p.para.end - 4), p.para.end));
}

/** Questions an interview with unmarked turns has at least, and the words one has at most. */
const MIN_UNMARKED_QUESTIONS = 3;
const MAX_QUESTION_WORDS = 40;

/**
 * Turns written with no dash or label, the questions set in bold (which the text does not keep): short paragraphs
 * that end in a question mark, each followed by its answer. Nothing in them may carry a cue or open with a
 * quotation mark, and the article's first paragraph is never a question.
 */
function unmarkedTurns(ctx: DocContext, hasCue: (p: ParagraphInfo) => boolean): Turn[] {
  const out: Turn[] = [];
  let questions = 0;
  ctx.paragraphs.forEach((p, i) => {
    const next = ctx.paragraphs[i + 1];
    if (i === 0 || !next || p.para.kind !== 'paragraph' || !endsWithQuestion(ctx, p) || p.tokens.length > MAX_QUESTION_WORDS) return;
    // An answer may quote someone inside it ("«…», – говорю я им"); one opening with a mark or a dash is dialogue.
    if (endsWithQuestion(ctx, next) || hasCue(p) || OPENS_WITH_MARK.test(ctx.view.text[next.para.start - ctx.view.base] ?? '')) return;
    questions++;
    out.push({ index: i, textStart: p.para.start, label: null }, { index: i + 1, textStart: next.para.start, label: null });
  });
  return questions >= MIN_UNMARKED_QUESTIONS ? out : [];
}

/** Interview answers as quotes, questions as blockers (both outrank the dash rule, which would read them too). */
export function findInterview(ctx: DocContext, registry: SpeakerRegistry, hasCue: (p: ParagraphInfo) => boolean): Candidate[] {
  const none: Candidate[] = [];
  const turns: Turn[] = [];
  ctx.paragraphs.forEach((p, i) => {
    const t = turnOf(ctx, p, i);
    if (t && !hasCue(p)) turns.push(t);
  });
  // A transcript with speaker labels ("Корр.:", "А. Ержанқызы:") is read by them: a dash line elsewhere on the page
  // is someone's quotation, no turn of it.
  if (turns.filter((t) => t.label !== null).length >= MIN_TURNS) turns.splice(0, turns.length, ...turns.filter((t) => t.label !== null));
  if (turns.length < MIN_TURNS) turns.splice(0, turns.length, ...unmarkedTurns(ctx, hasCue));
  if (turns.length < MIN_TURNS || (!turns.some((t) => endsWithQuestion(ctx, ctx.paragraphs[t.index]!)) && !isBroadcastTranscript(turns))) return none;
  // With labels, the interviewer is the label whose turns ask the most; every other label answers.
  // A label and its initials are one voice ("Steppe Weekly:" then "SW:").
  // A transcript's capitals ("MARA LINDQVIST, HOST:" then "LINDQVIST:") are one voice by the family name.
  const voice = (label: string) => (isCapitals(label) && surnameOf(label).length >= MIN_NAME_LABEL ? surnameOf(label) : SPACE.test(label) ? initials(label) : label);
  const asks = new Map<string, [number, number]>();
  const labelsOf = new Map<string, string[]>();
  for (const t of turns) {
    if (t.label === null) continue;
    const v = voice(t.label);
    const [q, n] = asks.get(v) ?? [0, 0];
    asks.set(v, [q + Number(endsWithQuestion(ctx, ctx.paragraphs[t.index]!)), n + 1]);
    labelsOf.set(v, [...(labelsOf.get(v) ?? []), t.label]);
  }
  // (A transcript's soundbite from someone the story names may end in a question and still be theirs.)
  const namedVoice = (v: string) => {
    const label = labelsOf.get(v)![0]!;
    return isCapitals(label) && !label.includes(',') && labelledPerson(registry, [label]) !== null;
  };
  let interviewer: string | null = null;
  let most = -1;
  for (const [label, [q, n]] of asks) {
    if (namedVoice(label)) continue;
    if (q / n > most) {
      most = q / n;
      interviewer = label;
    }
  }
  // A press conference has many who ask: the moderator, reporters labelled with their outlet ("Dana Mukhamedzhanova,
  // Kapital Today:"), any voice that only asks.
  const asking = new Set<string>();
  for (const [v, [q, n]] of asks) {
    const label = labelsOf.get(v)![0]!;
    if (v === interviewer || (q === n && !namedVoice(v)) || label.includes(',') || ctx.lex.hostLabels.has(label.toLowerCase())) asking.add(v);
  }
  const answering = [...labelsOf].filter(([v]) => !asking.has(v)).flatMap(([, labels]) => labels);
  const person = labelledPerson(registry, answering) ?? interviewee(ctx, registry);
  if (!person) return none;
  const isTurn = new Set(turns.map((t) => t.index));
  const quotes: Candidate[] = [];
  let previousWasAnswer = false;
  turns.forEach((turn, k) => {
    const p = ctx.paragraphs[turn.index]!;
    let answer: boolean;
    if (turn.label !== null && asks.size > 1) {
      answer = !asking.has(voice(turn.label));
    } else {
      answer = !endsWithQuestion(ctx, p) && !previousWasAnswer;
    }
    previousWasAnswer = answer;
    if (!answer) {
      // A question is no one's statement; a reporter's narration in a transcript ("ORLOVA: … He told lawmakers that
      // …") reports others, which the other detectors read.
      if (endsWithQuestion(ctx, p) || turn.label === null || !isCapitals(turn.label) || surnameOf(turn.label).length < MIN_NAME_LABEL) quotes.push(newCandidate({ kind: 'direct', parts: [[turn.textStart, p.para.end]], cue: null, mention: null, paragraph: turn.index, inherits: false, source: 'interview', blocker: true }));
      return;
    }
    const parts: Array<[number, number]> = [[afterStageNote(ctx, turn.textStart, p.para.end), p.para.end]];
    // Paragraphs up to the next turn continue the answer; not after the last turn (editor's notes live there).
    const next = turns[k + 1];
    if (next) {
      for (let j = turn.index + 1; j < next.index && !isTurn.has(j); j++) {
        const q = ctx.paragraphs[j]!;
        if (SPEAKER_LABEL.test(ctx.view.slice(q.para.start, Math.min(q.para.end, q.para.start + 30)))) break;
        parts.push([q.para.start, q.para.end]);
      }
    }
    // Each answering label speaks for the person it names ("Omarov:" for the vice minister the lead introduced).
    const speaker = (turn.label !== null ? labelledPerson(registry, [turn.label]) : null) ?? person;
    quotes.push(newCandidate({ kind: 'direct', parts, cue: null, mention: null, paragraph: turn.index, inherits: false, source: 'interview', entity: speaker }));
  });
  return quotes;
}
