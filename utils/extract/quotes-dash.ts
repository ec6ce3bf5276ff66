import { DASHES, isCueToken, mentionsIn, newAttribution, parseAttribution, pickMention, tokenAt, type Attribution } from './attribution';
import { newCandidate, type Candidate } from './candidate';
import type { DocContext, ParagraphInfo } from './context';
import { grammarFor, isInfinitive } from './grammar';
import type { SpeakerRegistry } from './speakers';
import { namesSpeakerBefore } from './named-after';
import { inWebAddress } from './quote-spans';
import { isAbbreviation } from './sentences';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const LETTER = /\p{L}/u;
const SPACE_OR_CLAUSE_MARK = /[\s,;:]/;

/**
 * Russian and Kazakh dialogue quotes: a paragraph that opens with a dash, ends at ", - сказал X." and may
 * resume after the cue (", - добавил он, - …") or run on over paragraphs without a new dash until the cue.
 */

const BEFORE_SEPARATOR = new Set([',', '.', '!', '?', '…', '»', '"', '”', ';']);
const CLAUSE_END = new Set(['.', '!', '?', ':', '…']);
const LOOKAHEAD = 3;
const MAX_CLAUSE = 240;

export function opensWithDash(ctx: DocContext, p: ParagraphInfo): boolean {
  const t = ctx.view.text;
  const i = p.para.start - ctx.view.base;
  return DASHES.has(t[i]!) && (t[i + 1] === ' ' || LETTER.test(t[i + 1] ?? ''));
}

/** The paragraph's first word is a verb of speech: "– сказал он", "– говорится в сообщении". */
export function opensWithCue(ctx: DocContext, p: ParagraphInfo): boolean {
  // "– Говорить о дефиците некорректно": an infinitive opens the words, not a cue.
  return p.tokens.length > 0 && isCueToken(ctx, p, 0) && !isInfinitive(grammarFor(ctx.lex.language), p.tokens[0]!.lower);
}

interface Separator {
  /** Where the quote text before the cue ends (before its comma). */
  readonly textEnd: number;
  readonly attribution: Attribution;
  /** "– …? – спросил журналист. – …": the words before were a question someone else asked. */
  readonly asked?: boolean;
  /** Where quote text resumes after the cue clause, or null when the quote ends with it. */
  readonly resume: number | null;
  readonly clauseEnd: number;
}

/** The first ", - cue …" in [from, to) of a paragraph, read as an attribution; null if there is none. */
export function findSeparator(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, from: number, to: number): Separator | null {
  const { text, base } = ctx.view;
  // Searched in the range only: a search over the whole text would run past `to` on every call.
  const lo = Math.max(from + 1, base);
  const local = text.slice(lo - base, to - base);
  // "…, – сказал он" and, as Kommersant sets it, "…,— сказал он.— …" with no space before the dash.
  const dashes = /(?<=[ ,.!?…])[-–—‒―] /g;
  for (let m = dashes.exec(local); m; m = dashes.exec(local)) {
    const i = m.index + lo;
    if (i < from + 2 || i >= to - 1) continue;
    let k = i - 1;
    while (k >= from && i - k < 8 && text[k - base] === ' ') k--;
    if (k < from || !BEFORE_SEPARATOR.has(text[k - base]!)) continue;
    // The cue clause runs to the end of its sentence, or to the dash that resumes the quote.
    let end = i + 2;
    let resume: number | null = null;
    // A cue clause is short; bounding the walk keeps a paragraph full of dashes linear.
    const limit = Math.min(to, i + 2 + MAX_CLAUSE);
    while (end < limit) {
      const ch = text[end - base]!;
      if ((ch === ',' || CLAUSE_END.has(ch)) && text[end + 1 - base] === ' ' && DASHES.has(text[end + 2 - base]!) && text[end + 3 - base] === ' ') {
        resume = end + 4;
        break;
      }
      if ((ch === ',' || CLAUSE_END.has(ch)) && DASHES.has(text[end + 1 - base]!) && text[end + 2 - base] === ' ') {
        resume = end + 3;
        break;
      }
      // "– сказал Е.Сейтказин. – …": an initial's point is inside the clause.
      if (CLAUSE_END.has(ch) && !inWebAddress(text, base, end) && !(ch === '.' && isAbbreviation(text, base, i + 2, end, ctx.lex))) break;
      end++;
    }
    const asked = text[k - base] === '?' && resume !== null && grammarFor(ctx.lex.language).askingVerbs.has(p.tokens[tokenAt(p, i + 2)]?.lower ?? '');
    const attribution = asked ? newAttribution({ cue: null, cueStart: i + 2, mention: null }) : (parseAttribution(ctx, registry, p, i + 2, end, 5, 14, true) ?? unlistedCue(ctx, registry, p, i + 2, end));
    if (!attribution) continue;
    let textEnd = k + 1;
    while (textEnd > from && (text[textEnd - 1 - base] === ',' || text[textEnd - 1 - base] === ';' || text[textEnd - 1 - base] === ' ')) textEnd--;
    return { textEnd, attribution, resume, clauseEnd: end, ...(asked ? { asked } : {}) };
  }
  return null;
}

/** Words of an author's clause whose verb the lexicon does not list, at most. */
const MAX_UNLISTED_CLAUSE_WORDS = 6;

/**
 * "– …, – вздыхает пенсионерка Галина.": a short clause after the dash that ends a line of dialogue, opening with a
 * word shaped as a verb and naming someone, is the author's words, though the lexicon does not list that verb.
 */
function unlistedCue(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, from: number, to: number): Attribution | null {
  const verbShape = grammarFor(ctx.lex.language).unlistedCueVerb;
  if (!verbShape) return null;
  const first = tokenAt(p, from);
  const verb = p.tokens[first];
  if (!verb || verb.start !== from || verb.capitalized || !verbShape.test(verb.lower)) return null;
  // "– …? – спросили министра журналисты": the journalists' question, no one's statement.
  const g = grammarFor(ctx.lex.language);
  if (g.askingVerbs.has(verb.lower)) {
    let k = first + 1;
    while (k < p.tokens.length && p.tokens[k]!.end <= to && !g.askers.has(p.tokens[k]!.lower)) k++;
    return k < p.tokens.length && p.tokens[k]!.end <= to ? newAttribution({ cue: verb.text, cueStart: verb.start, mention: null, unnamed: true, anonymous: true }) : null;
  }
  let last = first;
  while (last + 1 < p.tokens.length && p.tokens[last + 1]!.end <= to) last++;
  if (last - first + 1 > MAX_UNLISTED_CLAUSE_WORDS) return null;
  const mention = pickMention(mentionsIn(registry, p.para.index, verb.end, to), verb.start);
  return mention ? newAttribution({ cue: verb.text, cueStart: verb.start, mention }) : null;
}

export function startAfterDash(ctx: DocContext, p: ParagraphInfo): number {
  let s = p.para.start + 1;
  while (s < p.para.end && ctx.view.text[s - ctx.view.base] === ' ') s++;
  return s;
}

export function findDashQuotes(ctx: DocContext, registry: SpeakerRegistry): Candidate[] {
  const out: Candidate[] = [];
  const paras = ctx.paragraphs;
  let i = 0;
  while (i < paras.length && !ctx.late()) {
    const p = paras[i]!;
    // "– говорится в ответе ведомства." under a quotation: a dash before a cue opens its attribution, not speech.
    const prev = paras[i - 1];
    // A list's lines, and the last one after them (it ends with a point): "– …; ¶ – …; ¶ – …."
    const listed = isListLine(ctx, p) || (prev !== undefined && opensWithDash(ctx, prev) && isListLine(ctx, prev));
    if (!opensWithDash(ctx, p) || opensWithCue(ctx, p) || listed) {
      i++;
      continue;
    }
    const parts: Array<[number, number]> = [];
    let cursor = startAfterDash(ctx, p);
    let attribution: Attribution | null = null;
    let attributionParagraph = i;
    let closed = false;
    // Within the opening paragraph: pieces between cue clauses.
    for (;;) {
      const sep = findSeparator(ctx, registry, p, cursor, p.para.end);
      if (!sep) break;
      // The question someone asked is dropped; the answer after it is the quote (after a statement already
      // attributed, the question ends that quote).
      if (sep.asked) {
        if (attribution) {
          closed = true;
          break;
        }
        parts.length = 0;
        cursor = sep.resume!;
        continue;
      }
      if (sep.textEnd > cursor) parts.push([cursor, sep.textEnd]);
      attribution ??= sep.attribution;
      if (sep.resume === null) {
        closed = true;
        break;
      }
      cursor = sep.resume;
    }
    let next = i + 1;
    if (!closed) {
      const tail: [number, number] = [cursor, trimEnd(ctx, cursor, p.para.end)];
      let found = false;
      if (attribution === null) {
        // No cue yet: the quote may run on through paragraphs that open without a dash until one ends with a cue.
        const carried: Array<[number, number]> = [tail];
        for (let k = i + 1; k < paras.length && k <= i + LOOKAHEAD; k++) {
          const q = paras[k]!;
          if (q.para.start - paras[k - 1]!.para.end > 1) break;
          if (opensWithDash(ctx, q)) {
            // "– Деньги … не будет. ¶ – Это касается и частных школ, – добавил он.": a dash paragraph with no cue
            // runs on into the dash paragraph right after it when that one names who speaks; one statement. Not
            // after a question, which is someone else's turn that the next paragraph answers, nor across a
            // paragraph of narration.
            const from = startAfterDash(ctx, q);
            const sep = k > i + 1 || opensWithCue(ctx, q) || endsWithQuestion(ctx, carried) ? null : findSeparator(ctx, registry, q, from, q.para.end);
            if (sep) {
              parts.push(...carried.filter(([a, b]) => b > a), [from, sep.textEnd]);
              if (sep.resume !== null) parts.push([sep.resume, trimEnd(ctx, sep.resume, q.para.end)]);
              attribution = sep.attribution;
              attributionParagraph = k;
              next = k + 1;
              found = true;
            }
            break;
          }
          // "Так закончил свое последнее слово X." names who spoke: narration, where the quote has ended.
          if (namesSpeakerBefore(ctx, q)) break;
          const sep = findSeparator(ctx, registry, q, q.para.start, q.para.end);
          // "«…», – сказал журналистам Y": a quotation of its own, not the end of this one (words quoted inside it,
          // "сказали «все в норме» и уехали, – говорит X", do not make it one).
          if (sep && OPENS_QUOTATION.test(ctx.view.slice(q.para.start, sep.textEnd))) break;
          if (sep) {
            parts.push(...carried.filter(([a, b]) => b > a), [q.para.start, sep.textEnd]);
            attribution = sep.attribution;
            attributionParagraph = k;
            next = k + 1;
            found = true;
            break;
          }
          carried.push([q.para.start, q.para.end]);
        }
      }
      if (!found && tail[1] > tail[0]) parts.push(tail);
    }
    // English writes no dialogue with dashes: a line opening with one and naming no speaker is a credit or a
    // list ("— With assistance from …"), no one's words.
    // "– Не получится ли так, что …? ¶ – Платить будут все, – ответил X.": a question no cue attributes, answered by
    // the next dash line, is the interviewer's turn, no statement (unless a colon paragraph before names who asks:
    // "Сенатор X задал вопрос министру:").
    const after = paras[next];
    const introduced = prev !== undefined && ctx.view.slice(prev.para.start, prev.para.end).trimEnd().endsWith(':');
    const asked = attribution === null && !introduced && endsWithQuestion(ctx, parts) && after !== undefined && after.para.start - paras[next - 1]!.para.end <= 1 && opensWithDash(ctx, after);
    if (parts.length > 0 && !asked && !attribution?.anonymous && !(attribution === null && ctx.language === 'en')) {
      out.push(
        newCandidate({
          kind: 'direct',
          parts,
          cue: attribution?.cue ?? null,
          mention: attribution?.mention ?? null,
          paragraph: attribution ? attributionParagraph : i,
          inherits: attribution === null || (attribution.mention === null && !attribution.unnamed),
          unnamed: attribution?.unnamed ? true : undefined,
          source: 'dash',
        }),
      );
    }
    i = next;
  }
  return out;
}

const ENDS_WITH_QUESTION = /[?？]\s*$/;
const OPENS_QUOTATION = /^\s*[«“„"]/;

const ENDS_WITH_SEMICOLON = /;\s*$/;

/** "– подключат еще 1 214 сел;": a dash line ending with a semicolon is an item of a list, not a turn of dialogue. */
export function isListLine(ctx: DocContext, p: ParagraphInfo): boolean {
  return ENDS_WITH_SEMICOLON.test(ctx.view.slice(Math.max(p.para.start, p.para.end - 3), p.para.end));
}

function endsWithQuestion(ctx: DocContext, pieces: ReadonlyArray<readonly [number, number]>): boolean {
  const last = pieces[pieces.length - 1];
  return last !== undefined && ENDS_WITH_QUESTION.test(ctx.view.slice(last[0], last[1]));
}

function trimEnd(ctx: DocContext, from: number, to: number): number {
  let e = to;
  while (e > from && SPACE_OR_CLAUSE_MARK.test(ctx.view.text[e - 1 - ctx.view.base]!)) e--;
  return e;
}
