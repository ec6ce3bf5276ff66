import { appositionHead, DASHES, isCueToken, mentionsIn, newAttribution, parseAttribution, pickMention, tokenAt, type Attribution } from './attribution';
import { newCandidate, type Candidate } from './candidate';
import { sentenceAt, type DocContext, type ParagraphInfo } from './context';
import { grammarFor } from './grammar';
import { CLOSERS_OF, findQuoteSpans, inWebAddress, quotedEnd, quotedNameEnd, type QuoteSpan } from './quote-spans';
import { findSeparator, opensWithCue, opensWithDash } from './quotes-dash';
import { isAbbreviation } from './sentences';
import type { SpeakerRegistry } from './speakers';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const COLON_OR_DOT = /[:.]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_COMMA_COLON_DOT = /[\s,:.]/;
const SPACE_OR_STOP_MARK = /[\s,.!?;]/;
const STOP_MARK = /[.!?:;]/;
/** A point outside the closing mark: «…». */
const SENTENCE_END = /\./;
/** What ends a quotation's words before its cue: inside its last mark ("…," she said) or after it («…», – сказал). */
const QUOTE_END_INSIDE = /[,.!?…]/;
const QUOTE_END_AFTER = /[,.!?;:\-–—]/;

/**
 * Quotes in quotation marks with their attribution: after the marks (`«…», - сказал X`, `"…," X said`,
 * `«…» деп атап өтті X`), before them (`X заявил: «…»`, `X said: "…"`, `Токаев: «…»`), interrupted by the
 * cue (`"A," he said, "B."`, `«A, - сказал он, - B»`), and over paragraphs (`"A` ¶ `"B," she said`).
 * Quoted names and titles («Самрук-Казына») have no attribution and too few words, and are left alone.
 */

const OPENERS = new Set(['«', '„', '“', '"', '‘']);
const MIN_WORDS = 3;
/** A cue clause is short; the bound keeps a paragraph of many quotes linear. */
const MAX_CLAUSE = 300;

function wordsIn(p: ParagraphInfo, from: number, to: number, max: number): number {
  let n = 0;
  for (let i = tokenAt(p, from); i < p.tokens.length && p.tokens[i]!.end <= to && n <= max; i++) n++;
  return n;
}

/** The cue clause right after a closing mark: `, - сказал X.` / `," X said.` / `» деп атап өтті X.` */
function attributionAfter(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, close: number, onNextLine = false): { attribution: Attribution; end: number; continues: boolean } | null {
  const { text, base } = ctx.view;
  const end = p.para.end;
  const source = sourceInParentheses(ctx, registry, p, close);
  if (source) return source;
  // «Капитал Риск Консалтинг» Ольга Ремезова … заявила: a name in marks runs straight on into its sentence. Kazakh
  // quotes run straight on into their cue ("«…» деп атап өтті", "«…» деді ол"), and a name into the noun it names
  // ("«Таза су – 2030» ұлттық жобасына тоқталды").
  let after = close + 1;
  while (after < end && text[after - base] === ' ') after++;
  if (!onNextLine && after < end && !QUOTE_END_INSIDE.test(text[close - 1 - base]!) && !QUOTE_END_AFTER.test(text[after - base]!)) {
    const next = ctx.lex.language === 'kk' ? tokenAt(p, after) : -1;
    if (next < 0 || next >= p.tokens.length || p.tokens[next]!.start !== after || !isCueToken(ctx, p, next)) return null;
  }
  let s = close + 1;
  let stopped = false;
  for (; s < end && SPACE_OR_STOP_MARK.test(text[s - base]!); s++) if (SENTENCE_END.test(text[s - base]!)) stopped = true;
  if (s < end && DASHES.has(text[s - base]!)) s++;
  // "… в «торговлю на бирже». Пострадавшими признаны …": a point after the closing mark ends the sentence; what
  // follows is the next one, not the quote's cue clause (which a dash would open: «…». – сказал он).
  else if (stopped) return null;
  while (s < end && text[s - base] === ' ') s++;
  let e = s;
  const limit = Math.min(end, s + MAX_CLAUSE);
  // "(R-Ind.)": a point closing an abbreviation in parentheses ends nothing.
  for (; e < limit && (!STOP_MARK.test(text[e - base]!) || inWebAddress(text, base, e) || (text[e - base] === '.' && (isAbbreviation(text, base, s, e, ctx.lex) || text[e + 1 - base] === ')'))); e++) {
    if (!OPENERS.has(text[e - base]!)) continue;
    // "— сообщил «Интерфаксу» министр": a name in quotation marks inside the cue clause does not end it.
    const after = quotedNameEnd(text, base, e, limit);
    if (after < 0) break;
    e = after - 1;
  }
  let attribution = parseAttribution(ctx, registry, p, s, e, 10, 22, true) ?? appositionAttribution(ctx, registry, p, s, e);
  // "…,” said a senior official in the prime minister’s office, who spoke on condition of anonymity because …":
  // a long clause is the cue up to the comma after its verb, and a relative clause after that.
  if (!attribution) {
    const cut = commaAfterCue(ctx, p, s, e);
    if (cut > 0) attribution = parseAttribution(ctx, registry, p, s, cut, 10, 22, true);
  }
  // "…,” Chief Executive Officer Laura Brennan of Caspian Meridian Petroleum Plc said on a call with analysts after
  // …": a long name phrase, then the verb and a long circumstance. The clause is the cue up to its verb.
  if (!attribution) {
    const verbEnd = verbAfterNamePhrase(ctx, p, s, e);
    if (verbEnd > 0) attribution = parseAttribution(ctx, registry, p, s, verbEnd, MAX_NAME_PHRASE_WORDS + 1, MAX_NAME_PHRASE_WORDS + 1, true);
  }
  if (!attribution) return null;
  // `"A," he said, "B."`: a comma and an opening mark after the cue carry the quote on.
  let k = e;
  while (k > s && text[k - 1 - base] === ' ') k--;
  // `"A," X said. "B."` carries on too: the same speaker, the next sentence.
  const continues = (text[k - 1 - base] === ',' || COLON_OR_DOT.test(text[e - base] ?? '')) && OPENERS.has(text[nextNonSpace(text, base, e, end) - base] ?? '');
  return { attribution, end: e, continues };
}

/** Words a phrase set off by commas after the speaker's name may take ("the top Democrat on the … Committee"). */
const MAX_APPOSED_WORDS = 12;

/**
 * "…,” state Rep. Nadia Farouk, the top Democrat on the House Appropriations Committee, told The Associated Press.":
 * a cue past a long phrase set off after the name is read with the phrase left out of the count.
 */
function appositionAttribution(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, s: number, e: number): Attribution | null {
  const { text, base } = ctx.view;
  const open = text.indexOf(',', s - base) + base;
  if (open < s || open >= e) return null;
  const shut = text.indexOf(',', open + 1 - base) + base;
  if (shut <= open || shut >= e || wordsIn(p, open, shut, MAX_APPOSED_WORDS) > MAX_APPOSED_WORDS) return null;
  const head = parseAttribution(ctx, registry, p, s, open, 6, 8, true);
  if (head) return null;
  // The cue opens what follows the phrase; a name after it is the one told ("told The Associated Press").
  const cue = parseAttribution(ctx, registry, p, shut + 1, e, 2, 10, true);
  if (!cue || (cue.mention !== null && cue.mention.start < cue.cueStart)) return null;
  const named = mentionsIn(registry, p.para.index, s, open).filter((m) => m.kind === 'name' && !m.possessive);
  const mention = named[named.length - 1];
  return mention ? newAttribution({ ...cue, mention }) : null;
}

/** Words an English title in quotation marks has at most ("The Steppe Dividend", "Grid Under Strain"). */
const MAX_TITLE_WORDS = 6;

/** Every word in [from, to) is capitalised, small function words aside, and at least two are. */
function isTitle(ctx: DocContext, p: ParagraphInfo, from: number, to: number): boolean {
  let capitals = 0;
  for (let i = tokenAt(p, from); i < p.tokens.length && p.tokens[i]!.end <= to; i++) {
    const t = p.tokens[i]!;
    if (t.capitalized || t.acronym) capitals++;
    else if (!ctx.lex.titleSmallWords.has(t.lower)) return false;
  }
  return capitals >= 2;
}

/** The first comma after a verb of speech opening [from, to) ("said a senior official …, who"), or -1. */
function commaAfterCue(ctx: DocContext, p: ParagraphInfo, from: number, to: number): number {
  const first = tokenAt(p, from);
  for (let i = first; i < p.tokens.length && p.tokens[i]!.end <= to && i <= first + 1; i++) {
    if (!isCueToken(ctx, p, i)) continue;
    const comma = ctx.view.text.indexOf(',', p.tokens[i]!.end - ctx.view.base) + ctx.view.base;
    return comma >= ctx.view.base && comma < to ? comma : -1;
  }
  return -1;
}

/** Words of a capitalised name phrase before its verb of speech, at most (a title, the name, "of" and a company). */
const MAX_NAME_PHRASE_WORDS = 12;

/**
 * The end of a verb of speech after a phrase of capitalised words (and the small words of titles: "of", "the")
 * opening [from, to), or -1: the phrase names who speaks, however long its title and workplace are.
 */
function verbAfterNamePhrase(ctx: DocContext, p: ParagraphInfo, from: number, to: number): number {
  const first = tokenAt(p, from);
  for (let i = first; i < p.tokens.length && p.tokens[i]!.end <= to && i <= first + MAX_NAME_PHRASE_WORDS; i++) {
    const t = p.tokens[i]!;
    if (i > first + 1 && isCueToken(ctx, p, i)) return t.end;
    if (!t.capitalized && !t.acronym && !ctx.lex.titleSmallWords.has(t.lower)) return -1;
  }
  return -1;
}

/** Characters a source in parentheses after a quotation takes at most ("(Б. Сейдахметов, заседание правительства, 10 февраля)"). */
const MAX_SOURCE_CHARS = 100;

/**
 * «…» (Б. Сейдахметов, заседание правительства, 10 февраля): a column or an analysis names whose words it quotes in
 * parentheses after them, the name first (after its initial, if any), then where and when.
 */
function sourceInParentheses(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, close: number): { attribution: Attribution; end: number; continues: boolean } | null {
  const { text, base } = ctx.view;
  let s = close + 1;
  while (s < p.para.end && text[s - base] === ' ') s++;
  if (text[s - base] !== '(') return null;
  const shut = text.indexOf(')', s - base) + base;
  if (shut < base || shut > p.para.end || shut - s > MAX_SOURCE_CHARS) return null;
  const first = p.tokens[tokenAt(p, s)];
  if (!first || first.start >= shut) return null;
  // The name opens the parentheses; an initial ("Б.") may stand before it.
  const opening = first.end < shut && text[first.end - base] === '.' && first.text.length === 1 ? p.tokens[tokenAt(p, s) + 1] : first;
  const mention = mentionsIn(registry, p.para.index, s, shut).find((m) => m.kind === 'name' && opening !== undefined && m.start === opening.start);
  if (!mention) return null;
  return { attribution: newAttribution({ cue: null, cueStart: s, mention }), end: shut + 1, continues: false };
}

function nextNonSpace(text: string, base: number, from: number, end: number): number {
  let i = from;
  while (i < end && SPACE_COMMA_COLON_DOT.test(text[i - base]!)) i++;
  return i;
}

/** The cue clause before an opening mark in its sentence: `X заявил: «…»`, `X said, "…"`, `Токаев: «…»`. */
function attributionBefore(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, open: number): Attribution | null {
  const { text, base } = ctx.view;
  let k = open;
  while (k > p.para.start && text[k - 1 - base] === ' ') k--;
  const mark = text[k - 1 - base];
  const sentence = sentenceAt(p, open) ?? [p.para.start, open];
  const from = Math.max(sentence[0], p.para.start);
  if (mark !== ':' && mark !== ',') return namedPhrase(ctx, registry, p, from, open);
  const parsed = parseAttribution(ctx, registry, p, from, k - 1, 40, 40);
  if (parsed) return parsed;
  // "Токаев: «…»" — a speaker and a colon, no verb.
  if (mark === ':' && wordsIn(p, from, k, 5) <= 4) {
    const mention = pickMention(mentionsIn(registry, p.para.index, from, k), k);
    if (mention && mention.kind !== 'pronoun') return newAttribution({ cue: null, cueStart: k, mention });
  }
  // "Deputy Nurlan Abenov was blunt: “…”", "Министр ответил коротко: «…»": a short sentence about its subject,
  // who opens it, introduces the quotation with a colon.
  // "Devin Okafor, a White House spokesperson, fired back in a statement to Playbook: “…”": a statement named
  // before the colon is the quotation, and the one the sentence names is who made it.
  if (mark === ':' && statementBefore(ctx, p, from, k)) {
    const inSentence = mentionsIn(registry, p.para.index, from, k).filter((m) => m.kind !== 'pronoun' && !m.possessive);
    const subject = inSentence.find((m) => m.kind === 'name' && m.organization !== true && !ctx.lex.organizations.has(m.key)) ?? inSentence[0];
    if (subject) return newAttribution({ cue: null, cueStart: k, mention: subject });
  }
  if (mark === ':') {
    const subject = mentionsIn(registry, p.para.index, from, k).find((m) => m.kind !== 'pronoun' && !m.possessive && m.organization !== true);
    // "Kyrgyz Energy Minister Taalaibek Osmonov was blunter:": capitalised words before the subject are its role's
    // field, not words of the sentence.
    const opening = tokenAt(p, from);
    const opens = subject && (subject.firstToken <= opening + 1 || p.tokens.slice(opening, subject.firstToken).every((t) => t.capitalized));
    const start = opens && subject.firstToken > opening + 1 ? subject.start : from;
    if (opens && wordsIn(p, start, k, MAX_INTRODUCING_WORDS + 1) <= MAX_INTRODUCING_WORDS) return newAttribution({ cue: null, cueStart: k, mention: subject });
  }
  return null;
}

/** The word right before the opening mark is a company's legal form ("АО", "ТОО"). */
function afterLegalForm(ctx: DocContext, p: ParagraphInfo, open: number): boolean {
  const i = tokenAt(p, open) - 1;
  const t = p.tokens[i];
  return t !== undefined && t.end >= open - 1 && ctx.lex.legalForms.has(t.lower);
}

/** A noun of statement among the words before the colon ("in a statement to Playbook:", "в заявлении:"). */
function statementBefore(ctx: DocContext, p: ParagraphInfo, from: number, to: number): boolean {
  for (let i = tokenAt(p, from); i < p.tokens.length && p.tokens[i]!.end <= to; i++) if (ctx.lex.statementNouns.has(p.tokens[i]!.lower)) return true;
  return false;
}

/** Words a sentence that introduces a quotation with a colon, and names no verb of speech, has at most. */
const MAX_INTRODUCING_WORDS = 7;

/** Words of the subject between a naming verb's object opening the clause and the verb, at most. */
const MAX_NAMING_SUBJECT_WORDS = 3;

/** "X назвал ситуацию «долгожданным событием»", "Sadykov called the figure \"a good sign\"": a quoted phrase. */
function namedPhrase(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, from: number, open: number): Attribution | null {
  const first = tokenAt(p, from);
  const last = tokenAt(p, open) - 1;
  for (let i = last; i >= first && i >= last - 6; i--) {
    if (!ctx.lex.namingStems.has(p.stems[i]!)) continue;
    // "forming what meteorologists call a “bow echo”": the clause defines a term; no one assesses anything.
    if (p.tokens.slice(Math.max(first, i - MAX_NAMING_SUBJECT_WORDS - 1), i).some((t) => ctx.lex.namingObjects.has(t.lower))) return null;
    // "Akims call her “the plumber”": what people habitually call someone is a nickname, not anyone's statement.
    if (!ctx.lex.namingForms.has(p.tokens[i]!.lower) && i + 1 <= last && ctx.lex.pronouns.has(p.tokens[i + 1]!.lower)) return null;
    // "which critics have taken to calling a “ratepayer tax”": a name people have come to use, no one's statement.
    if (ctx.lex.language === 'en' && !ctx.lex.namingForms.has(p.tokens[i]!.lower) && (p.tokens[i]!.lower.endsWith('ing') || grammarFor(ctx.lex.language).infinitiveMarkers.has(p.tokens[i - 1]?.lower ?? ''))) return null;
    const all = mentionsIn(registry, p.para.index, from, p.tokens[i]!.start);
    const mentions = all.filter((m) => m.kind !== 'pronoun');
    // "He calls the transfers “a bridge, not a habit”": the pronoun right before the verb, when no one is named.
    const pronoun = all.find((m) => m.kind === 'pronoun' && m.lastToken === i - 1);
    const mention = appositionHead(ctx, p, mentions, p.tokens[i]!.start) ?? pickMention(mentions, p.tokens[i]!.start) ?? pronoun ?? null;
    if (mention) return newAttribution({ cue: p.tokens[i]!.text, cueStart: p.tokens[i]!.start, mention, naming: true });
  }
  return null;
}

/**
 * The openers a quotation is followed from over paragraphs. Straight quotes open and close alike, and the closing
 * single mark is also the apostrophe: neither is followed (English reopens each paragraph's quote anyway).
 */
const RUN_OPENERS = new Set(['«', '„', '“']);
/** Paragraphs an unclosed quote may run over before its closing mark (a long answer, a statement read out). */
const MAX_RUN = 6;

interface Run {
  /** The text of the paragraphs after the first, up to the closing mark. */
  parts: Array<[number, number]>;
  /** The paragraph holding the closing mark, and the mark's offset. */
  last: number;
  close: number;
}

/**
 * `«A ¶ B»`: Russian and Kazakh typesetting opens a quote over several paragraphs once and closes it once, at
 * the end of its last paragraph, with no mark at the start of the paragraphs between. The run is the
 * paragraphs up to the first closing mark that no opening mark in its paragraph claims; paragraphs between
 * hold no quotation marks at all. Without such a mark within a few paragraphs the opener was a typo, not a run.
 */
function closingRun(ctx: DocContext, pi: number, opener: string): Run | null {
  if (!RUN_OPENERS.has(opener)) return null;
  const closers = CLOSERS_OF[opener]!;
  const { text, base } = ctx.view;
  const parts: Array<[number, number]> = [];
  for (let k = pi + 1; k < ctx.paragraphs.length && k <= pi + MAX_RUN; k++) {
    const q = ctx.paragraphs[k]!.para;
    if (q.start - ctx.paragraphs[k - 1]!.para.end !== 1) return null;
    let depth = 0;
    // «… „дырой“ …»: the inner quotation marks of a Russian quote, opened and closed within the paragraph.
    let inner = 0;
    let marks = false;
    for (let i = q.start; i < q.end; i++) {
      const ch = text[i - base]!;
      if (ch === opener) depth++;
      else if (opener === '«' && ch === '„') inner++;
      else if (opener === '«' && ch === '“' && inner > 0) inner--;
      else if (closers.includes(ch)) {
        if (depth === 0) {
          const e = quotedEnd(text, base, q.start, i);
          if (e > q.start) parts.push([q.start, e]);
          return { parts, last: k, close: i };
        }
        depth--;
      } else if (OPENERS.has(ch) || ch === '»' || ch === '”') marks = true;
    }
    if (marks || depth > 0 || inner > 0) return null;
    parts.push([q.start, q.end]);
  }
  return null;
}

function endsWithColon(ctx: DocContext, p: ParagraphInfo): boolean {
  let e = p.para.end;
  while (e > p.para.start && ctx.view.text[e - 1 - ctx.view.base] === ' ') e--;
  return ctx.view.text[e - 1 - ctx.view.base] === ':';
}

export function findMarkQuotes(ctx: DocContext, registry: SpeakerRegistry): Candidate[] {
  const out: Candidate[] = [];
  const { text, base } = ctx.view;
  let carry: { parts: Array<[number, number]>; opened: { paragraph: ParagraphInfo; at: number }; attribution?: Attribution | null } | null = null;
  // Text up to here belongs to a quote that ran over paragraphs and is found already.
  let consumed = -1;
  ctx.paragraphs.forEach((p, pi) => {
    if (ctx.late()) return;
    const spans = findQuoteSpans(text, base, p.para.start, p.para.end);
    let skipNext = 0;
    spans.forEach((span: QuoteSpan, si) => {
      if (skipNext > 0) {
        skipNext--;
        return;
      }
      if (span.open < consumed) return;
      // АО «Жетысу Кредит Банк», ТОО «…»: a company's legal form, then its name in marks.
      if (afterLegalForm(ctx, p, span.open)) return;
      // «Национальная компания «Қазақстан темір жолы»: a company's name with its own name inside, not a quotation.
      if (span.close !== null && text[span.open - base] === '«' && text.slice(span.open + 1 - base, span.close - base).includes('«') && quotedNameEnd(text, base, span.open, p.para.end) === span.close + 1) return;
      const parts: Array<[number, number]> = [];
      const startsParagraph = span.open === p.para.start || (DASHES.has(text[p.para.start - base]!) && span.open <= p.para.start + 2);
      // Where the quotation opened: the paragraph it was carried from, if any, whose words before the mark may
      // name the speaker ("…ведомства сказал: «… ¶ «…»").
      let opened: { paragraph: ParagraphInfo; at: number } = { paragraph: p, at: span.open };
      let attribution: Attribution | null = null;
      if (carry && si === 0 && startsParagraph) {
        parts.push(...carry.parts);
        opened = carry.opened;
        attribution = carry.attribution ?? null;
      }
      carry = null;
      const addContent = (from: number, to: number) => {
        // «A, - сказал он, - B»: the cue inside the marks is cut out of the quote.
        let cursor = from;
        for (;;) {
          const sep = findSeparator(ctx, registry, p, cursor, to);
          if (!sep) break;
          if (sep.textEnd > cursor) parts.push([cursor, sep.textEnd]);
          attribution ??= sep.attribution;
          if (sep.resume === null) return;
          cursor = sep.resume;
        }
        const e = quotedEnd(text, base, cursor, to);
        if (e > cursor) parts.push([cursor, e]);
      };
      addContent(span.open + 1, span.close ?? p.para.end);
      let attributionParagraph = pi;
      if (span.close === null) {
        // An unclosed quote runs on when the next paragraph opens with a quotation mark.
        const next = ctx.paragraphs[pi + 1];
        if (next && OPENERS.has(text[next.para.start - base]!) && next.para.start - p.para.end === 1) {
          carry = { parts: [...parts], opened };
          return;
        }
        // Or, typeset the Russian way, when a later paragraph closes it.
        const run = closingRun(ctx, pi, text[span.open - base]!);
        if (run) {
          parts.push(...run.parts);
          consumed = run.close;
          const after = attributionAfter(ctx, registry, ctx.paragraphs[run.last]!, run.close);
          if (after && attribution === null) {
            attribution = after.attribution;
            attributionParagraph = run.last;
          }
        }
      } else {
        let after = attributionAfter(ctx, registry, p, span.close);
        let k = si;
        while (after?.continues && k + 1 < spans.length) {
          const nextSpan = spans[k + 1]!;
          addContent(nextSpan.open + 1, nextSpan.close ?? p.para.end);
          skipNext++;
          k++;
          const more = nextSpan.close === null ? null : attributionAfter(ctx, registry, p, nextSpan.close);
          attribution ??= after.attribution;
          after = more;
          // '"…," she said. "But we have a duty … ¶ "Every pound …"': the piece after the cue runs on into the next
          // paragraph, which opens with a quotation mark (the English way of quoting over paragraphs).
          const following = ctx.paragraphs[pi + 1];
          if (nextSpan.close === null && following && OPENERS.has(text[following.para.start - base]!) && following.para.start - p.para.end === 1) {
            carry = { parts: [...parts], opened, attribution };
            return;
          }
        }
        // «…» closing its paragraph, and "– говорится в ответе ведомства." as the next one (a blockquote's <cite>).
        const next = ctx.paragraphs[pi + 1];
        if (!after && attribution === null && span.close >= p.para.end - 2 && next && opensWithDash(ctx, next) && opensWithCue(ctx, next)) {
          after = attributionAfter(ctx, registry, next, next.para.start - 1);
          if (after) attributionParagraph = pi + 1;
        }
        // '“…,”<br>Helena Marchetti, the UN Resident Coordinator, told reporters …': a comma closing the quotation at
        // the end of its line hands it to the cue clause that opens the next.
        if (!after && attribution === null && span.close >= p.para.end - 1 && next && text[span.close - 1 - base] === ',' && next.para.start - p.para.end === 1) {
          after = attributionAfter(ctx, registry, next, next.para.start - 1, true);
          if (after) attributionParagraph = pi + 1;
        }
        if (after) attribution ??= after.attribution;
      }
      if (attribution && !attribution.mention) {
        // «…» деп атап өтті / «…», — сказал он: the speaker may stand before the marks, as the subject.
        const sentence = sentenceAt(p, span.open);
        const before = sentence ? mentionsIn(registry, p.para.index, sentence[0], span.open).filter((m) => m.kind !== 'pronoun') : [];
        if (before.length > 0) attribution = newAttribution({ ...attribution, mention: pickMention(before, span.open) });
      }
      if (!attribution && opened.paragraph !== p) {
        attribution = attributionBefore(ctx, registry, opened.paragraph, opened.at);
        if (attribution) attributionParagraph = opened.paragraph.para.index;
      }
      if (!attribution) attribution = attributionBefore(ctx, registry, p, parts.length > 0 && parts[0]![0] < p.para.start ? p.para.start : span.open);
      const words = parts.reduce((n, [a, b]) => n + countWords(text, base, a, b), 0);
      // “The Steppe Dividend”, “Grid Under Strain”: a few words all capitalised are a title, no one's words.
      if (ctx.language === 'en' && parts.length === 1 && words <= MAX_TITLE_WORDS && isTitle(ctx, p, parts[0]![0], parts[0]![1])) return;
      // A phrase someone was said to call something may be two words ("долгожданным событием").
      if (words < (attribution?.naming ? 2 : MIN_WORDS)) return;
      const wholeParagraph = startsParagraph && (span.close === null || span.close >= p.para.end - 2);
      const prev = ctx.paragraphs[pi - 1];
      const introduced = !attribution && wholeParagraph && prev !== undefined && endsWithColon(ctx, prev);
      // "На своей странице он написал:" ¶ «…»: the sentence before the colon is the quotation's cue clause.
      if (introduced) {
        const sentence = prev.sentences[prev.sentences.length - 1];
        if (sentence) attribution = parseAttribution(ctx, registry, prev, sentence[0], sentence[1], 10, 22);
      }
      if ((!attribution && !wholeParagraph) || attribution?.anonymous) return;
      out.push(
        newCandidate({
          kind: 'direct',
          parts,
          cue: attribution?.cue ?? null,
          mention: attribution?.mention ?? null,
          paragraph: introduced ? pi - 1 : attributionParagraph,
          inherits: !attribution || (attribution.mention === null && !attribution.unnamed),
          unnamed: attribution?.unnamed ? true : undefined,
          source: 'marks',
        }),
      );
    });
  });
  return out;
}


function countWords(text: string, base: number, a: number, b: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const w = LETTER_OR_DIGIT.test(text[i - base]!);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
