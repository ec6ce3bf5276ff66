import type { Speaker } from '../schemas';
import { tokenAt } from './attribution';
import { newCandidate, type Candidate } from './candidate';
import { sentenceAt, type DocContext, type ParagraphInfo } from './context';
import { hashId } from './ids';
import { foldWord } from './morphology';
import { findQuoteSpans } from './quote-spans';
import type { Entity } from './speakers';
import type { Token } from './tokens';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const ANY_QUOTE_MARK = /[«»„“”"‘]/;
const ENDS_WITH_STOP = /[.!?…]$/;
const HYPHEN_OR_DASH = /[-–—]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ONLY_SPACES = /^ +$/;
const OPENING_MARK = /[«„“"]/;
const PUNCTUATION_AFTER_QUOTE = /[,.!?;:\-–—]/;
const SPACE = /\s/;
const SPACE_OR_CLAUSE_MARK = /[\s,;:]/;
const SPACE_OR_STOP = /[\s.!?…;,:]/;
const STOP_OR_OPENING_MARK = /[.!?;:«„“"]/;

/**
 * Quotes in a language with no lexicon (German, French, Spanish …): what stands in quotation marks and reads
 * as speech, and nothing else. Without the language's verbs no cue can be recognised, so none is guessed from
 * another language's; a speaker is given only where the text names one in a way any of these languages
 * shares: a full name right after the quote's comma („…“, sagte Katrin Vogel; « … », a déclaré Jean Dupont),
 * a surname whose full name stands elsewhere in the text („…“, so Brandtner), or a name before a colon that
 * opens the quote (Brandtner: „…“). Everything else is a quote with no speaker.
 *
 * Reported speech needs the language's verbs of speech, and the page itself gives them: the words between a
 * quote's comma and the name of its speaker („…“, sagte Brandtner) are a cue in this text. With such a cue a
 * sentence without marks is reported speech when it has the same shape: a name, the cue and a comma, then what
 * was said (Brandtner sagte, die Stadt spare), or what was said, a comma, the cue and a name (…, so Brandtner).
 * The name must be one a quote of the page was given to: German capitalises every noun, so "Ein Sprecher" looks
 * like a name to rules without the language. A verb the page never uses for a quote is no cue: "kündigte an"
 * and "laut" need a lexicon of the language.
 */

const MIN_WORDS = 3;
/** Lower-case words that may stand between a quote and the name after it: a verb and an article or two. */
const MAX_WORDS_BEFORE_NAME = 3;
const MAX_NAME_WORDS = 3;

/** People named in text of an unknown language, kept apart from the registries of the known ones. */
export class NamedSpeakers {
  private readonly byKey = new Map<string, Entity>();

  entity(name: string, form: string): Entity {
    const key = 'named:' + name.toLowerCase();
    let e = this.byKey.get(key);
    if (!e) {
      e = { id: hashId('speaker', key), key, name, role: null, roleClasses: new Set(), forms: new Map(), named: true, quotes: 0 };
      this.byKey.set(key, e);
    }
    e.forms.set(form.toLowerCase(), form);
    return e;
  }

  speakers(): Speaker[] {
    return [...this.byKey.values()]
      .filter((e) => e.quotes > 0)
      .sort((a, b) => b.quotes - a.quotes)
      .map((e) => ({ id: e.id, name: e.name, role: e.role, mentions: [...e.forms.values()] }));
  }
}

export function findUnknownLanguageQuotes(ctx: DocContext, people: NamedSpeakers): Candidate[] {
  const out: Candidate[] = [];
  const names = fullNames(ctx);
  /** The page's own cues, as lower-case words joined by a space ("sagte", "a déclaré"), and whom they named. */
  const cues = new Set<string>();
  const quoted = new Set<string>();
  const { text, base } = ctx.view;
  const isWord = (ch: string | undefined) => ch !== undefined && LETTER_OR_DIGIT.test(ch);
  for (let pi = 0; pi < ctx.paragraphs.length && !ctx.late(); pi++) {
    const p = ctx.paragraphs[pi]!;
    const spans = findQuoteSpans(text, base, p.para.start, p.para.end);
    for (let si = 0; si < spans.length; si++) {
      const span = spans[si]!;
      const close = span.close ?? p.para.end;
      const before = previousChar(text, base, p.para.start, span.open);
      // „Eltern für gute Schulen“ after a noun is a name, not something said.
      if (isWord(before)) continue;
      const [from, to] = content(text, base, span.open + 1, close);
      if (countTokens(p, from, to) < MIN_WORDS) continue;
      const after = span.close === null ? undefined : nextChar(text, base, span.close + 1, p.para.end);
      // Speech ends its sentence or hands over to its attribution; a title runs on into the sentence.
      const speechLike = after === undefined || PUNCTUATION_AFTER_QUOTE.test(after) || ENDS_WITH_STOP.test(text.slice(from - base, to - base));
      if (!speechLike) continue;
      const parts: Array<[number, number]> = [[from, to]];
      let speaker: { name: string; form: string; cue: string | null } | null = null;
      if (span.close !== null && (after === ',' || (after !== undefined && HYPHEN_OR_DASH.test(after)))) {
        const clause = clauseAfter(ctx, p, span.close + 1);
        speaker = nameIn(ctx, p, clause.first, clause.last, names);
        // „A“, sagte X, „B“: one statement, broken by its attribution.
        const next = spans[si + 1];
        if (clause.resumes && next && next.open === clause.resumeAt) {
          const [a, b] = content(text, base, next.open + 1, next.close ?? p.para.end);
          if (b > a) parts.push([a, b]);
          si++;
        }
      } else if (before === ':') {
        const sentence = sentenceAt(p, span.open);
        if (sentence) speaker = nameBefore(ctx, p, sentence[0], span.open, names);
      }
      const entity = speaker ? people.entity(speaker.name, speaker.form) : undefined;
      if (speaker?.cue) {
        cues.add(cueKey(speaker.cue));
        quoted.add(speaker.name);
      }
      out.push(
        newCandidate({
          kind: 'direct',
          parts,
          cue: speaker?.cue ?? null,
          mention: null,
          paragraph: pi,
          // No guessing from the quotes around it: a quote nobody is named for has no speaker.
          inherits: false,
          source: 'marks',
          entity: entity ?? undefined,
        }),
      );
    }
  }
  if (cues.size > 0) {
    for (let pi = 0; pi < ctx.paragraphs.length && !ctx.late(); pi++) out.push(...reportedWithCues(ctx, pi, cues, quoted, names, people));
  }
  return out;
}

/** A cue as its tokens' lower-case words (ё read as е, as tokens hold them), to be found again word by word. */
function cueKey(cue: string): string {
  return foldWord(cue).split(/\s+/).join(' ');
}

/** Whether the page's cue starts at token k and ends before token `limit`: its last token, or -1. */
function cueAt(p: ParagraphInfo, k: number, limit: number, cues: ReadonlySet<string>): number {
  let words = '';
  for (let n = k; n < limit && n < k + MAX_WORDS_BEFORE_NAME; n++) {
    words = n === k ? p.tokens[n]!.lower : `${words} ${p.tokens[n]!.lower}`;
    if (cues.has(words)) return n;
  }
  return -1;
}

/** Sentences of a paragraph that report, without marks, what a named person said with one of the page's cues. */
function reportedWithCues(
  ctx: DocContext,
  pi: number,
  cues: ReadonlySet<string>,
  quoted: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
  people: NamedSpeakers,
): Candidate[] {
  const p = ctx.paragraphs[pi]!;
  const { text, base } = ctx.view;
  const out: Candidate[] = [];
  for (const [from, to] of p.sentences) {
    const sentence = text.slice(from - base, to - base);
    if (ANY_QUOTE_MARK.test(sentence)) continue;
    const first = tokenAt(p, from);
    let last = first - 1;
    while (last + 1 < p.tokens.length && p.tokens[last + 1]!.end <= to) last++;
    if (last - first < MIN_WORDS) continue;
    const found = nameThenCue(ctx, p, first, last, cues, names) ?? cueThenName(ctx, p, first, last, cues, names);
    if (!found || !quoted.has(found.speaker.name)) continue;
    const [a, b] = content(text, base, found.from, found.to);
    if (countTokens(p, a, b) < MIN_WORDS) continue;
    const entity = people.entity(found.speaker.name, found.speaker.form);
    out.push(newCandidate({ kind: 'indirect', parts: [[a, trimEnd(text, base, a, b)]], cue: found.cue, mention: null, paragraph: pi, inherits: false, source: 'reported', entity }));
  }
  return out;
}

interface Reported {
  readonly from: number;
  readonly to: number;
  readonly cue: string;
  readonly speaker: { name: string; form: string };
}

/** "Oberbürgermeister Jonas Wehrle sagte, die Preise blieben stabil.": a name opens the sentence, the cue and a comma follow. */
function nameThenCue(ctx: DocContext, p: ParagraphInfo, first: number, last: number, cues: ReadonlySet<string>, names: ReadonlyMap<string, string>): Reported | null {
  const { text, base } = ctx.view;
  for (let i = first; i <= last && i - first < MAX_WORDS_BEFORE_NAME; i++) {
    const run = runFrom(ctx, p, i, last);
    if (run === 0) continue;
    const t = p.tokens[i]!;
    const end = i + run - 1;
    const name = run >= 2 ? personOf(ctx, p, i, run) : names.get(t.lower);
    if (!name || end + 1 > last) return null;
    const cueLast = cueAt(p, end + 1, last, cues);
    if (cueLast < 0 || !onlySpaces(ctx, p.tokens[end]!, p.tokens[end + 1]!) || text[p.tokens[cueLast]!.end - base] !== ',') return null;
    const form = ctx.view.slice(p.tokens[i + Math.max(0, run - MAX_NAME_WORDS)]!.start, p.tokens[end]!.end);
    return { from: p.tokens[cueLast]!.end + 1, to: p.tokens[last]!.end, cue: ctx.view.slice(p.tokens[end + 1]!.start, p.tokens[cueLast]!.end), speaker: { name, form } };
  }
  return null;
}

/** "Die Preise blieben stabil, sagte Wehrle am Abend.": what was said, a comma, the cue and a name. */
function cueThenName(ctx: DocContext, p: ParagraphInfo, first: number, last: number, cues: ReadonlySet<string>, names: ReadonlyMap<string, string>): Reported | null {
  const { text, base } = ctx.view;
  for (let k = last; k > first + MIN_WORDS - 1; k--) {
    if (text[p.tokens[k - 1]!.end - base] !== ',') continue;
    const cueLast = cueAt(p, k, last + 1, cues);
    if (cueLast < 0) return null;
    const speaker = nameIn(ctx, p, cueLast + 1, last, names);
    // The cue must stand right before the name, as in the quotes it was learned from.
    if (!speaker || speaker.cue !== null) return null;
    return { from: p.tokens[first]!.start, to: p.tokens[k - 1]!.end, cue: ctx.view.slice(p.tokens[k]!.start, p.tokens[cueLast]!.end), speaker };
  }
  return null;
}

function trimEnd(text: string, base: number, from: number, to: number): number {
  let e = to;
  while (e > from && SPACE_OR_STOP.test(text[e - 1 - base]!)) e--;
  return e;
}

function previousChar(text: string, base: number, from: number, at: number): string | undefined {
  let i = at - 1;
  while (i >= from && text[i - base] === ' ') i--;
  return i >= from ? text[i - base] : undefined;
}

function nextChar(text: string, base: number, at: number, to: number): string | undefined {
  let i = at;
  while (i < to && text[i - base] === ' ') i++;
  return i < to ? text[i - base] : undefined;
}

/** The quoted words without the spaces inside the marks and a trailing comma. */
function content(text: string, base: number, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && SPACE.test(text[a - base]!)) a++;
  while (b > a && SPACE_OR_CLAUSE_MARK.test(text[b - 1 - base]!)) b--;
  return [a, b];
}

function countTokens(p: ParagraphInfo, from: number, to: number): number {
  let n = 0;
  for (let i = tokenAt(p, from); i < p.tokens.length && p.tokens[i]!.end <= to && n < MIN_WORDS; i++) n++;
  return n;
}

/** The attribution clause after a closing mark: its tokens up to the sentence's end or the next quote. */
function clauseAfter(ctx: DocContext, p: ParagraphInfo, from: number): { first: number; last: number; resumes: boolean; resumeAt: number } {
  const { text, base } = ctx.view;
  let e = from;
  const limit = Math.min(p.para.end, from + 200);
  while (e < limit && !STOP_OR_OPENING_MARK.test(text[e - base]!)) e++;
  let k = e;
  while (k > from && text[k - 1 - base] === ' ') k--;
  const resumes = text[k - 1 - base] === ',' && OPENING_MARK.test(text[e - base] ?? '');
  const first = tokenAt(p, from);
  let last = first - 1;
  while (last + 1 < p.tokens.length && p.tokens[last + 1]!.end <= e) last++;
  return { first, last, resumes, resumeAt: e };
}

/** A word that may be part of a name: capitalised, and never seen in lower case (sentence-initial "Die"). */
function nameWord(ctx: DocContext, t: Token): boolean {
  return t.capitalized && !t.shape.number && !ctx.lowerWords.has(t.lower);
}

function runFrom(ctx: DocContext, p: ParagraphInfo, i: number, last: number): number {
  let n = 0;
  while (i + n <= last && n < 5 && nameWord(ctx, p.tokens[i + n]!) && (n === 0 || onlySpaces(ctx, p.tokens[i + n - 1]!, p.tokens[i + n]!))) n++;
  return n;
}

function onlySpaces(ctx: DocContext, a: Token, b: Token): boolean {
  return ONLY_SPACES.test(ctx.view.slice(a.end, b.start));
}

/** The last words of a run of capitalised words: "Stadtrat Peter Müller" is Peter Müller. */
function personOf(ctx: DocContext, p: ParagraphInfo, i: number, run: number): string {
  const from = i + Math.max(0, run - 2);
  return ctx.view.slice(p.tokens[from]!.start, p.tokens[i + run - 1]!.end);
}

/** Surnames of the full names written anywhere in the text, with the name they stand for. */
function fullNames(ctx: DocContext): Map<string, string> {
  const out = new Map<string, string>();
  const all = ctx.headline ? [ctx.headline, ...ctx.paragraphs] : ctx.paragraphs;
  for (const p of all) {
    for (let i = 0; i < p.tokens.length; ) {
      const run = runFrom(ctx, p, i, p.tokens.length - 1);
      if (run >= 2) {
        const key = p.tokens[i + run - 1]!.lower;
        if (!out.has(key)) out.set(key, personOf(ctx, p, i, run));
      }
      i += Math.max(1, run);
    }
  }
  return out;
}

/** The person a short clause names: a full name, or a surname the text gives in full elsewhere. */
function nameIn(ctx: DocContext, p: ParagraphInfo, first: number, last: number, names: ReadonlyMap<string, string>): { name: string; form: string; cue: string | null } | null {
  for (let i = first; i <= last && i - first <= MAX_WORDS_BEFORE_NAME; i++) {
    const t = p.tokens[i]!;
    if (!nameWord(ctx, t)) {
      if (t.capitalized) return null;
      continue;
    }
    const run = Math.min(runFrom(ctx, p, i, last), MAX_NAME_WORDS);
    const cue = i > first ? ctx.view.slice(p.tokens[first]!.start, p.tokens[i - 1]!.end) : null;
    const form = ctx.view.slice(t.start, p.tokens[i + run - 1]!.end);
    if (run >= 2) return { name: personOf(ctx, p, i, run), form, cue };
    // A lone capitalised word names someone only as the surname of a full name the text gives.
    const full = i - first < MAX_WORDS_BEFORE_NAME ? names.get(t.lower) : undefined;
    return full ? { name: full, form, cue } : null;
  }
  return null;
}

/** "Helga Brandtner:", "Brandtner sagte:" before a quote: a name among the few words before the colon. */
function nameBefore(ctx: DocContext, p: ParagraphInfo, from: number, open: number, names: ReadonlyMap<string, string>): { name: string; form: string; cue: null } | null {
  const first = tokenAt(p, from);
  let last = first - 1;
  while (last + 1 < p.tokens.length && p.tokens[last + 1]!.end <= open) last++;
  if (last < first || last - first > 4) return null;
  const found = nameIn(ctx, p, first, last, names);
  return found ? { ...found, cue: null } : null;
}
