import { DASHES, isSpeechWord, mentionsIn, pickMention, roleInObliqueCase } from './attribution';
import { newCandidate, type Candidate } from './candidate';
import type { DocContext, ParagraphInfo } from './context';
import type { Mention } from './mentions';
import type { SpeakerRegistry } from './speakers';
import { grammarFor } from './grammar';
import type { Token } from './tokens';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const STARTS_WITH_MARK = /^[«"“„]/;
/** Words and spaces only: no punctuation between a headline's speaker and its verb. */
const ONLY_SPACES = /^[\p{L}\p{N}\s-]*$/u;

/**
 * Headline quotes: `«Текст» – Токаев`, `"Text": mayor on …`, `Министр: текст`, `Mayor: "Text" after …`,
 * `Текст - Токаев`. The speaker may be a bare role ("– әкім"); the body tells who holds it.
 */
export interface HeadlineCandidate extends Candidate {
  readonly quoted: boolean;
  /** Its speaker is a word no lexicon knows: it is a quote only if the body quotes words close to it. */
  readonly unattributed?: boolean;
  /**
   * Words stand between the named speaker and the colon ("Senate adopts water law: ‘…’"): the one named may be the
   * story's subject rather than whoever said the words, which the body then tells.
   */
  readonly subjectOnly?: boolean;
  /** A name before an unquoted colon: the story's topic, unless that name speaks in the body or the body has the words. */
  readonly topical?: boolean;
}

const MAX_SPEAKER_WORDS = 5;
/** Words after a headline's closing mark before the one who said it ("«…» – министр", "‘…’: Durham police chief"). */
const MAX_WORDS_TO_SPEAKER = 2;
/** Capitalised words of a role's field before the speaker who opens a headline, at most. */
const MAX_FIELD_WORDS = 3;
/** A quotation after an unknown word reads as a statement, not a title («Оппенгеймер»), from this many words. */
const MIN_QUOTED_WORDS = 3;
const OPEN = new Set(['«', '"', '“', '„', "'", '‘']);
const CLOSE_FOR: Record<string, string> = { '«': '»', '"': '"', '“': '”', '„': '“', "'": "'", '‘': '’' };

/** Words a headline's speaker before its colon may have when no lexicon knows them ("Mine owner:"). */
const MAX_UNKNOWN_SPEAKER_WORDS = 3;

export function findHeadlineQuote(ctx: DocContext, registry: SpeakerRegistry): HeadlineCandidate | null {
  const h = ctx.headline;
  if (!h) return null;
  const { text, base } = ctx.view;
  const start = h.para.start;
  const end = h.para.end;
  // "Inside a Bronx Building’s Long, Cold Winter": a possessive names an owner, never the headline's speaker.
  const mentions = mentionsIn(registry, -1, start, end).filter((m) => m.kind !== 'pronoun' && !m.possessive);
  const wordsBetween = (a: number, b: number) => h.tokens.filter((t) => t.start >= a && t.end <= b).length;

  // Quoted first: «Текст» – Токаев / "Text": mayor on … / «Текст»: Смаилова о …
  const first = text[start - base]!;
  if (OPEN.has(first)) {
    const close = closing(text, base, start, end, first);
    if (close > start) {
      // "«Дышать уже нечем». Жители Талгара вышли …": a point after the mark ends the quotation's sentence; who
      // comes after it is the next sentence's subject.
      const ended = text.slice(close + 1 - base, close + 3 - base).includes('.');
      const speaker = ended ? null : pickMention(mentions.filter((m) => m.start > close && wordsBetween(close, m.start) <= MAX_WORDS_TO_SPEAKER && !quotedComplement(ctx, mentions, m)), close);
      if (speaker) {
        const c = make(ctx, start + 1, close, speaker, true);
        return c && roleInObliqueCase(ctx, h, speaker) ? withChanges(c, { subjectOnly: true }) : c;
      }
      // "‘Water must not become a weapon’: Kyrgyzstan, Uzbekistan seal deal": no speaker named; a quote when the
      // body quotes words close to it (extract.ts), and then theirs.
      // A name further on is the story's subject, not the speaker ("‘…’: Inside a Bronx Building’s Long, Cold Winter").
      // Two words are enough here: the body must then open a quotation with them (extract.ts).
      if ((ended || !mentions.some((m) => m.start > close && wordsBetween(close, m.start) <= MAX_WORDS_TO_SPEAKER)) && wordsBetween(start, close) >= MIN_QUOTED_WORDS - 1) {
        const c = make(ctx, start + 1, close, null, true);
        if (c) return withChanges(c, { unattributed: true });
      }
    }
  }
  // Speaker first: Министр: текст / Mayor: "Text" after …
  const colon = text.indexOf(':', start - base) + base;
  if (colon >= base && colon < end && wordsBetween(start, colon) <= MAX_SPEAKER_WORDS) {
    const speaker = pickMention(mentions.filter((m) => m.end <= colon && m.start - start <= 1), colon);
    let s = colon + 1;
    while (s < end && text[s - base] === ' ') s++;
    const mark = text[s - base]!;
    const close = OPEN.has(mark) ? closing(text, base, s, end, mark) : -1;
    // Unquoted, the words after the colon make a statement only when there are a few ("…: онлайн-трансляция" is a title).
    if (speaker && close > s) {
      const c = make(ctx, s + 1, close, speaker, true);
      return c && wordsBetween(speaker.end, colon) > 0 ? withChanges(c, { subjectOnly: true }) : c;
    }
    // Unquoted, the speaker stands alone before the colon, save its complement ("Министр внутренних дел:", "Minister
    // of Energy:"): "Yorkshire floods live: Two people missing …" is a story's title.
    const g = grammarFor(ctx.lex.language);
    const complement = (t: Token) => t.capitalized || t.acronym || g.ofStarts.has(t.lower) || (g.bodyComplement.genitive?.test(t.lower) ?? false);
    const speakerAlone = speaker !== null && h.tokens.every((t) => t.start < speaker.end || t.end > colon || complement(t));
    if (speaker && speakerAlone && wordsBetween(s, end) >= MIN_QUOTED_WORDS) {
      const c = make(ctx, s, end, speaker, false);
      // "Ashcombe Meadows: Judge quashes approval for 1,200 homes": a name before an unquoted colon may be the story's
      // topic; its words are a quote only when the body quotes words close to them.
      return c && speaker.kind === 'name' ? withChanges(c, { topical: true }) : c;
    }
    // "Минфин: «…»": one capitalised word no lexicon knows, then a quotation. It is a quote when the body quotes
    // words close to it, and that quote names the speaker (extract.ts); else it may be a title («Рецензия: …»).
    // "Mine owner: 'We could not reach them in time'": a speaker no lexicon knows, in up to three words, the same way.
    const before = h.tokens.filter((t) => t.end <= colon);
    if (before.length >= 1 && before.length <= MAX_UNKNOWN_SPEAKER_WORDS && (before[0]!.capitalized || before[0]!.acronym) && before[0]!.start === start && close > s && wordsBetween(s, close) >= MIN_QUOTED_WORDS) {
      const c = make(ctx, s + 1, close, null, true);
      if (c) return withChanges(c, { unattributed: true });
    }
  }
  // Speaker first, then a verb of speech: "Tokayev says Kazakhstan will build …", "Министр пообещал, что …".
  const said = leadingStatement(ctx, h, mentions, start);
  if (said) {
    const c = make(ctx, said.from, end, said.speaker, false);
    if (c) return c;
  }
  // English: "Measles cases double in a month, health officials warn" / "…, minister says".
  const comma = text.lastIndexOf(',', end - 1 - base) + base;
  if (comma > start && wordsBetween(comma, end) <= MAX_SPEAKER_WORDS) {
    const tail = h.tokens.filter((t) => t.start > comma);
    // The verb ends the headline, or its speaker or a circumstance follows it ("…, minister says", "…, says central
    // bank deputy chair", "…, officials said on Monday"); a verb with an object is an act ("…, as governor declares
    // emergency").
    const verbAt = tail.findIndex((t) => ctx.isSpeech(h.stems[h.tokens.indexOf(t)]!));
    const after = verbAt >= 0 ? tail[verbAt + 1] : undefined;
    const speakerAfter = after !== undefined && mentionsIn(registry, -1, after.start, end).some((m) => m.kind !== 'pronoun');
    if (verbAt >= 0 && (after === undefined || speakerAfter || ctx.lex.prepositions.has(after.lower) || ctx.lex.adverbsAfterCue.has(after.lower))) {
      const speaker = pickMention(mentionsIn(registry, -1, comma, end), end) ?? null;
      // Someone must speak there, named or a group: "…, чем обещают" compares, and no one is quoted.
      const group = tail.find((t) => ctx.lex.collectiveRoles.has(t.lower));
      const c = speaker || group ? make(ctx, start, comma, speaker, false) : null;
      if (c) return speaker || !group ? c : withChanges(c, { group: group.lower });
    }
  }
  // Speaker last: Текст - Токаев.
  for (let i = end - 3; i > start; i--) {
    if (!DASHES.has(text[i - base]!) || text[i - 1 - base] !== ' ' || text[i + 1 - base] !== ' ') continue;
    const tailWords = wordsBetween(i, end);
    if (tailWords === 0 || tailWords > MAX_SPEAKER_WORDS) break;
    const speaker = pickMention(mentions.filter((m) => m.start > i), i);
    if (!speaker) break;
    return make(ctx, start, i - 1, speaker, STARTS_WITH_MARK.test(ctx.view.slice(start, start + 1)));
  }
  return null;
}

/** "глава «Сарыарка Банка»": a body named in quotation marks right after a person's role is whose role it is. */
function quotedComplement(ctx: DocContext, mentions: readonly Mention[], m: Mention): boolean {
  if (m.kind !== 'name') return false;
  const { text, base } = ctx.view;
  return mentions.some((r) => r.kind === 'role' && !r.organization && r.end < m.start && text.slice(r.end - base, m.start - base).trim() === '«');
}

/**
 * A headline that opens with its speaker and a verb of speech: where the statement starts. English headlines
 * report without "that" ("Tokayev says Kazakhstan will …"); in other languages the complementizer must follow
 * (Министр пообещал, что …), as "Токаев заявил о …" names a topic, not a statement.
 */
function leadingStatement(ctx: DocContext, h: ParagraphInfo, mentions: readonly Mention[], start: number): { from: number; speaker: Mention } | null {
  // "Steppe Copper chief says …": the role's field, capitalised, may stand before it.
  const opens = (m: Mention) => {
    const before = h.tokens.filter((t) => t.start >= start && t.end <= m.start);
    return m.start - start <= 1 || (before.length <= MAX_FIELD_WORDS && before.every((t) => t.capitalized));
  };
  const speaker = pickMention(mentions.filter((m) => opens(m) && !m.possessive), start);
  if (!speaker) return null;
  // The role's complement may stand between them ("Министр энергетики заявил").
  let i = h.tokens.findIndex((t) => t.start >= speaker.end);
  // An order ("Court orders review of …") states no words of its own.
  const speech = (k: number) => isSpeechWord(ctx, h, k) && !ctx.lex.instructStems.has(h.stems[k]!);
  while (i >= 0 && i < h.tokens.length && i <= MAX_SPEAKER_WORDS && !speech(i)) i++;
  const verb = h.tokens[i];
  if (!verb || i > MAX_SPEAKER_WORDS || !ONLY_SPACES.test(ctx.view.slice(speaker.end, verb.start))) return null;
  let from = i + 1;
  const complementizer = from < h.tokens.length && ctx.lex.complementizers.has(h.tokens[from]!.lower);
  if (complementizer) from++;
  if (!complementizer && ctx.lex.language !== 'en') return null;
  if (h.tokens.length - from < MIN_QUOTED_WORDS) return null;
  return { from: h.tokens[from]!.start, speaker };
}

function closing(text: string, base: number, open: number, end: number, mark: string): number {
  const want = CLOSE_FOR[mark] ?? mark;
  for (let i = open + 1; i < end; i++) {
    const ch = text[i - base]!;
    // An apostrophe inside a word (city's) closes nothing.
    if ((ch === want || (want === '”' && ch === '"')) && !LETTER_OR_DIGIT.test(text[i + 1 - base] ?? '')) return i;
  }
  return -1;
}

function make(ctx: DocContext, from: number, to: number, speaker: Mention | null, quoted: boolean): HeadlineCandidate | null {
  const { text, base } = ctx.view;
  let a = from;
  let b = to;
  while (a < b && /[\s«»"“”„,‘’']/.test(text[a - base]!)) a++;
  while (b > a && /[\s«»"“”„,‘’'.]/.test(text[b - 1 - base]!)) b--;
  if (b <= a) return null;
  return newHeadline([[a, b]], speaker, quoted, {});
}

type HeadlineMarks = Partial<Pick<HeadlineCandidate, 'unattributed' | 'subjectOnly' | 'group' | 'topical'>>;

/** Every headline candidate with the same fields in the same order, as every candidate (see `newCandidate`). */
function newHeadline(parts: HeadlineCandidate['parts'], mention: Mention | null, quoted: boolean, marks: HeadlineMarks): HeadlineCandidate {
  const c = newCandidate({ kind: 'headline', parts, cue: null, mention, paragraph: -1, inherits: false, source: 'headline', group: marks.group });
  return { ...c, quoted, unattributed: marks.unattributed, subjectOnly: marks.subjectOnly, topical: marks.topical };
}

function withChanges(c: HeadlineCandidate, marks: HeadlineMarks): HeadlineCandidate {
  return newHeadline(c.parts, c.mention, c.quoted, { unattributed: c.unattributed, subjectOnly: c.subjectOnly, group: c.group, topical: c.topical, ...marks });
}
