import { appositionHead, citedSource, citingPhraseAt, cueText, isCueToken, isSpeechWord, mentionsIn, ofLink, pickMention, subjectOf, withoutListener } from './attribution';
import { changed, newCandidate, type Candidate } from './candidate';
import { grammarFor, isInfinitive } from './grammar';
import { classesOf, WORD_CLASS } from './lexicon';
import type { DocContext, ParagraphInfo } from './context';
import { worksFor, type Mention } from './mentions';
import type { SpeakerRegistry } from './speakers';
import { CLOSERS_OF, quotedEnd, quotedNameEnd, quoteMarkOutsideNames } from './quote-spans';
import { afterDateline } from './sentences';
import { adjacent, type Token } from './tokens';
import { foldWord } from './morphology';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const COMMA_OR_SPACE = /[,\s]/;
const SPACES = /\s+/g;
const ADDRESS_POINT = /\.(?=\p{Ll})/gu;
/** Words a listener or circumstance between a trailing cue and its subject takes at most ("на пресс-конференции"). */
const MAX_CIRCUMSTANCE_WORDS = 6;
const QUOTE_MARK = /[«»"“”‘]/;
const PUNCTUATION = /[,.;:!?()"“”«»]/;
const SPACE_COMMA_OR_DASH = /[\s,;:—–-]/;
const SPACE_OR_STOP = /[\s.!?…;,:]/;
const STOP_COMMA_OR_QUOTE_MARK = /[.!?;:,«»"“”‘]/;
/** Words an instruction's addressee, partners and deadline take before its infinitive, at most. */
const MAX_WORDS_BEFORE_INFINITIVE = 16;
const STOP_MARK = /[.!?;:]/;
const CLOSING_MARK = /[”"»]/;
const QUOTE_CLOSED_BY_PUNCTUATION = /[,.!?…][”"»]/;

/**
 * Reported speech, kind `indirect`: `X подчеркнул, что …` (the что-clause), `X указал на важность …`,
 * `По словам X, …`, `Как сообщили в акимате, …`, `X said (that) …`, `…, according to X`, `…, X said.`,
 * Kazakh `X … екенін атап өтті` and `X-тың айтуынша, …`. Only verbs of the lexicon count as cues.
 */


interface Sentence {
  readonly from: number;
  readonly to: number;
  /** Token indexes of the paragraph inside the sentence. */
  readonly first: number;
  readonly last: number;
}

function sentencesOf(p: ParagraphInfo): Sentence[] {
  const out: Sentence[] = [];
  let t = 0;
  for (const [from, to] of p.sentences) {
    while (t < p.tokens.length && p.tokens[t]!.start < from) t++;
    const first = t;
    while (t < p.tokens.length && p.tokens[t]!.end <= to) t++;
    if (t > first) out.push({ from, to, first, last: t - 1 });
  }
  return out;
}

function clauseEnd(ctx: DocContext, s: Sentence): number {
  let e = s.to;
  while (e > s.from && SPACE_OR_STOP.test(ctx.view.text[e - 1 - ctx.view.base]!)) e--;
  return e;
}

function subjectBefore(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, s: Sentence, cue: Token): Mention | null {
  const before = mentionsIn(registry, p.para.index, s.from, cue.start);
  const { text, base } = ctx.view;
  // "В пресс-службе ведомства «Новому Меридиану» сообщили": a name in quotation marks right before the verb is
  // the outlet told, when someone else is named before it.
  const told = (m: Mention) => m.kind === 'name' && QUOTE_MARK.test(text[m.start - 1 - base] ?? '') && QUOTE_MARK.test(text[m.end - base] ?? '') && skipSpace(text, base, m.end + 1) === cue.start;
  // "В пресс-службе АЗИМ агентству сообщили": the outlet told, in the dative, is no subject either.
  const listeners = grammarFor(ctx.lex.language).listenerNouns;
  const all = before.filter((m) => m.kind !== 'pronoun' && !(m.kind === 'role' && listeners.has(foldWord(m.text.toLowerCase()))));
  const named = all.length > 1 ? all.filter((m) => !told(m)) : all;
  // "Liberal Democrat group leader Tom Hartigan said": in English a name right before the verb is its subject.
  // Not a workplace after "of" or "at" ("Maxim Orlov of Steppe Global Markets said").
  const afterPreposition = (m: Mention) => {
    let k = m.firstToken - 1;
    while (k >= 0 && (p.tokens[k]!.capitalized || p.tokens[k]!.acronym)) k--;
    return k >= 0 && ctx.lex.prepositions.has(p.tokens[k]!.lower);
  };
  const beside = ctx.language === 'en' ? named.find((m) => m.kind === 'name' && !m.possessive && m.end <= cue.start && skipSpace(text, base, m.end) === cue.start && !afterPreposition(m)) : undefined;
  if (beside) return beside;
  // "Заслушав доклад акима Марата Жумабаева, Глава государства отметил": a role or name right before the verb, after
  // a comma that closes the clause before it, is the subject.
  const afterClause = ctx.language === 'ru' ? named.find((m) => !m.possessive && !m.organization && skipSpace(text, base, m.end) === cue.start && ctx.view.slice(p.tokens[m.firstToken - 1]?.end ?? m.start, m.start).includes(',') && !afterPreposition(m)) : undefined;
  if (afterClause) return afterClause;
  // "Priya Raman, a senior fellow at the institute whose book came out this spring, told Playbook …".
  const head = ctx.language === 'en' ? appositionHead(ctx, p, named, cue.start) : null;
  if (head) return head;
  // The sentence's subject usually opens it ("Aigerim Sultanbekova, who heads …, said"): a mention there wins.
  // "Gov. Elena Marsh took the stage at the Arizona Biltmore … and said that": in English a name after a preposition
  // and its article is a place or a workplace, never the subject, when one outside such a phrase is named.
  const inPhrase = (m: Mention) => {
    const k = m.firstToken - 1;
    if (k < 1 || m.kind !== 'name' || !adjacent(text, base, p.tokens[k]!, p.tokens[m.firstToken]!)) return false;
    const article = grammarFor(ctx.lex.language).bodyDeterminers.has(p.tokens[k]!.lower);
    return article && ctx.lex.prepositions.has(p.tokens[k - 1]!.lower) && adjacent(text, base, p.tokens[k - 1]!, p.tokens[k]!);
  };
  const outside = ctx.language === 'en' ? named.filter((m) => !inPhrase(m)) : named;
  if (named.length > 0) return subjectOf(outside.length > 0 ? outside : named, -2, s.first - 1, cue.start, ofLink(ctx, p));
  return before.length > 0 ? before[before.length - 1]! : null;
}

export function findReported(ctx: DocContext, registry: SpeakerRegistry): Candidate[] {
  const out: Candidate[] = [];
  ctx.paragraphs.forEach((p) => {
    if (ctx.late()) return;
    for (const s of sentencesOf(p)) {
      const found = ctx.language === 'kk' ? kazakh(ctx, registry, p, s) : reportedIn(ctx, registry, p, s);
      out.push(...found);
    }
  });
  return out.map((c) => quotedStatement(ctx, withoutDateline(ctx, c))).filter((c) => c.parts.every(([a, b]) => b > a) && !byOutlet(ctx, registry, c) && !deniedSubject(ctx, c));
}

/** "neither party expects …", "no official said that …": a subject that denies anyone said it reports no statement. */
function deniedSubject(ctx: DocContext, c: Candidate): boolean {
  const m = c.mention;
  const p = ctx.paragraphs[c.paragraph];
  if (!m || !p || m.firstToken === 0 || p.tokens[m.firstToken]?.start !== m.start) return false;
  return grammarFor(ctx.lex.language).negativeDeterminers.has(p.tokens[m.firstToken - 1]!.lower);
}

/** A question word opens the words after the cue, or follows a comma among them, before `to`. */
function asksAfter(ctx: DocContext, p: ParagraphInfo, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (ctx.lex.notClauseStart.has(p.tokens[k]!.lower) && (k === from || ctx.view.slice(p.tokens[k - 1]!.end, p.tokens[k]!.start).includes(','))) return true;
  }
  return false;
}

/**
 * "according to a document seen by Steppe Wire": a document someone saw, not its author, follows the phrase
 * ("according to a statement from the company" is the company's).
 */
function citesSeenDocument(ctx: DocContext, p: ParagraphInfo, phraseEnd: number): boolean {
  const g = grammarFor(ctx.lex.language);
  for (let k = phraseEnd + 1; k <= phraseEnd + 2 && k < p.tokens.length; k++) {
    if (g.documents.has(p.tokens[k]!.lower)) return g.seenBy.has(p.tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/**
 * "Как сообщало агентство, …": the outlet's own earlier reporting, named by a bare noun, is nobody's statement;
 * unless the page names a body with that noun ("Агентство по защите и развитию конкуренции … агентство уже
 * предупреждало, что …").
 */
function byOutlet(ctx: DocContext, registry: SpeakerRegistry, c: Candidate): boolean {
  if (c.mention === null || c.mention.kind !== 'role' || !ctx.lex.outletNouns.has(foldWord(c.mention.text.toLowerCase()))) return false;
  const named = registry.bodyNamedWith(c.mention.text);
  return named === null || !named.name.includes(' ');
}

/** "По словам министра, «ситуация под контролем»": reported words that are all in quotation marks are quoted. */
function quotedStatement(ctx: DocContext, c: Candidate): Candidate {
  if (c.kind !== 'indirect' || c.parts.length !== 1) return c;
  const quoted = quotedWhole(ctx.view.text, ctx.view.base, c.parts[0]![0], c.parts[0]![1]);
  return quoted ? changed(c, { kind: 'direct', parts: [quoted] }) : c;
}

/** Words between the determiner opening an apposition and its "that" at most (", a step that", ", a move widely seen as … that"). */
const MAX_APPOSED_NOUN_WORDS = 3;

/** Right before token `to`, a comma and a determiner open a noun phrase: ", a step that …", ", a rare move that …". */
function appositionBefore(ctx: DocContext, p: ParagraphInfo, from: number, to: number): boolean {
  const determiners = grammarFor(ctx.lex.language).circumstanceAfterCue.determiners;
  for (let k = Math.max(from, 1, to - MAX_APPOSED_NOUN_WORDS); k < to; k++) {
    if (determiners.has(p.tokens[k]!.lower) && ctx.view.slice(p.tokens[k - 1]!.end, p.tokens[k]!.start).includes(',')) return true;
  }
  return false;
}

/** One of the language's citing phrases ("со ссылкой на") stands among the words from token `first` to offset `to`. */
function citesSomeone(ctx: DocContext, p: ParagraphInfo, first: number, to: number): boolean {
  for (let i = first; i < p.tokens.length && p.tokens[i]!.end <= to; i++) {
    const length = citingPhraseAt(ctx, p, i);
    if (length > 0 && p.tokens[i + length - 1]!.end <= to) return true;
  }
  return false;
}

/** A sentence that opens its paragraph may carry the wire's dateline; it is no part of what was said. */
function withoutDateline(ctx: DocContext, c: Candidate): Candidate {
  const [a, b] = c.parts[0]!;
  const p = ctx.paragraphs[ctx.paragraphAt(a)];
  if (!p || a - p.para.start > 80) return c;
  const from = afterDateline(ctx.view.text, ctx.view.base, p.para.start, p.para.end);
  return from <= a || from >= b ? c : changed(c, { parts: [[from, b], ...c.parts.slice(1)] });
}

function candidate(p: ParagraphInfo, from: number, to: number, cue: string | null, mention: Mention | null): Candidate {
  return newCandidate({ kind: 'indirect', parts: [[from, to]], cue, mention, paragraph: p.para.index, inherits: mention === null, source: 'reported' });
}

/**
 * A statement whose speaker the text says is no one named: a document's, a group's (its noun kept as the
 * speaker), or words "seen by" an outlet. It takes no speaker from the paragraphs around it either.
 */
function speakerless(c: Candidate, group?: Group | null): Candidate {
  return changed(c, { mention: null, inherits: false, group: group?.noun ? group.noun : c.group });
}

function reportedIn(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, s: Sentence): Candidate[] {
  const { tokens, stems } = p;
  const { text, base } = ctx.view;
  const lex = ctx.lex;
  const grammar = grammarFor(lex.language);
  const out: Candidate[] = [];
  const end = clauseEnd(ctx, s);
  // "An earlier version of this story misquoted X as saying that …": a correction reports what was not said.
  for (let k = s.first; k <= s.last; k++) if (lex.retractions.has(tokens[k]!.lower)) return out;

  // По словам X, … / Как сообщили в акимате, … / According to X, … (at the start of the sentence).
  /** What follows the comma after an opening attribution ("По словам X, …"), or nothing when no comma comes. */
  const afterOpening = (phraseEnd: number): Candidate | null => {
    const comma = text.indexOf(',', tokens[phraseEnd]!.end - base) + base;
    if (comma < base || comma >= end) return null;
    const mention = pickMention(mentionsIn(registry, p.para.index, tokens[s.first]!.start, comma), comma);
    return candidate(p, skipSpace(text, base, comma + 1), end, ctx.view.slice(tokens[s.first]!.start, tokens[phraseEnd]!.end), mention);
  };
  // "Как пояснили в комитете, …", "Как рассказал аким, …": any form of any verb of speech, not only those listed,
  // when it names who spoke ("Как сказано в документе" names nobody).
  if (grammar.asCue.has(tokens[s.first]!.lower) && s.first < s.last && isCueToken(ctx, p, s.first + 1)) {
    const c = afterOpening(cueText(ctx, p, s.first + 1).last);
    if (c?.mention) return [c];
  }
  // "Как сообщает пресс-служба акимата, …": a present-tense source verb names a speaker when a body or an official
  // is its subject (an outlet's name, "Как сообщает Tengrinews.kz", names where the news came from).
  if (grammar.asCue.has(tokens[s.first]!.lower) && s.first < s.last && lex.sourceForms.has(tokens[s.first + 1]!.lower)) {
    const c = afterOpening(s.first + 1);
    if (c?.mention?.kind === 'role') return [c];
    // "Как пишет Bloomberg со ссылкой на источники в правительстве, …": whom the outlet cites speaks; a source it
    // does not name is no one named.
    if (c && citesSomeone(ctx, p, s.first + 2, c.parts[0]![0])) {
      const cited = citedSource(ctx, registry, p, tokens[s.first]!.start, c.parts[0]![0]);
      return [cited ? changed(c, { mention: cited.mention }) : speakerless(c)];
    }
  }
  // Most sentences hold no first word of any phrase: one pass over the words spares a scan per phrase.
  let hasOpening = false;
  for (let i = s.first; i <= s.last && !hasOpening; i++) hasOpening = (classesOf(tokens[i]!, lex) & WORD_CLASS.opensAccordingTo) !== 0;
  for (const phrase of hasOpening ? lex.accordingTo : []) {
    const at = matchPhrase(p, s, phrase);
    if (at < 0) continue;
    const phraseEnd = at + phrase.length - 1;
    const cue = ctx.view.slice(tokens[at]!.start, tokens[phraseEnd]!.end);
    if (at === s.first) {
      const c = afterOpening(phraseEnd);
      if (!c) continue;
      // "По данным мониторинга, охват составил …": figures no one named gave are the writer's own reporting.
      if (!c.mention && grammar.dataNouns.has(tokens[phraseEnd]!.lower)) continue;
      out.push(c);
    } else {
      const before = trimBack(text, base, s.from, tokens[at]!.start);
      // "…, according to a document seen by Steppe Wire": the document says it; whoever saw it does not.
      const cites = citesSeenDocument(ctx, p, phraseEnd);
      // "Вместе с тем, по его словам, в ряде регионов …", "The plant, according to X, will close": set off by
      // commas inside the sentence, the phrase leaves the rest of it reported; a connective before it is not.
      const close = text.indexOf(',', tokens[phraseEnd]!.end - base) + base;
      if (close >= base && close < end && before > s.from && text[tokens[at]!.start - 1 - base] === ' ' && text[before - base] === ',') {
        const mention = pickMention(mentionsIn(registry, p.para.index, tokens[at]!.start, close), tokens[at]!.start);
        const from = skipSpace(text, base, close + 1);
        if (mention && end > from) {
          const opener = grammar.connectives.has(foldWord(ctx.view.slice(s.from, before)).replace(SPACES, ' '));
          const c = changed(candidate(p, from, end, cue, mention), { parts: opener ? [[from, end] as const] : [[s.from, before] as const, [from, end] as const] });
          out.push(cites ? speakerless(c) : c);
          return out;
        }
      }
      // "Tokayev told Putin that …, according to a readout": what comes before reports a speaker of its own, who
      // is the one speaking; the source only relays it.
      if (at > s.first + 1) {
        const inner = reportedIn(ctx, registry, p, { from: s.from, to: before, first: s.first, last: at - 1 });
        // A body's expectation relayed by a person ("The central bank expects …, according to Governor X") is
        // still the person's.
        if (inner.length > 0 && inner.every((c) => c.mention !== null && c.mention.organization !== true)) return inner;
      }
      // "…, according to X." — the reported part is what comes before.
      const mention = pickMention(mentionsIn(registry, p.para.index, tokens[at]!.start, s.to), tokens[at]!.start);
      // "…, according to data compiled by Marketline": figures nobody named stated are the writer's own reporting.
      if (!mention && grammar.dataNouns.has(tokens[phraseEnd + 1]?.lower ?? '')) return out;
      // "according to meeting minutes", "according to court documents": records say it, not whoever keeps them.
      if ([phraseEnd + 1, phraseEnd + 2].some((k) => grammar.recordNouns.has(tokens[k]?.lower ?? ''))) return out;

      const quoted = quotedWhole(text, base, s.from, before);
      // "“…,” according to a statement from the company": words in quotation marks are quoted, not reported.
      const c = quoted ? changed(candidate(p, quoted[0], quoted[1], cue, mention), { kind: 'direct' }) : before > s.from ? candidate(p, s.from, before, cue, mention) : null;
      if (c) out.push(cites ? speakerless(c) : c);
    }
    return out;
  }

  let afterTail = false;
  // Who the cue that ended a statement named: "…, he said, adding that …" goes on with the same speaker.
  let tailMention: Mention | null = null;
  for (let i = s.first; i <= s.last; i++) {
    if (!isCueToken(ctx, p, i) || lex.notSpeechForms.has(tokens[i]!.lower)) continue;
    // "Журналисты обратили внимание, что …", "Reporters found that …": the writers' own finding, no one's statement.
    if (i > s.first && grammar.askers.has(tokens[i - 1]!.lower)) continue;
    // "for a reported £14m", "the announced cuts": after a determiner the word qualifies a noun, it is no verb.
    if (ctx.language === 'en' && i > s.first && grammar.circumstanceAfterCue.determiners.has(tokens[i - 1]!.lower)) continue;
    // "…?” Senator X asked, turning to …", "спросил журналист": a question is asked, nothing stated ("asked the
    // ministry to …" is an instruction, found below).
    const asking = grammar.askingVerbs.has(tokens[i]!.lower);
    // "It is said that …", "the said properties": passive or adjective, nobody speaks.
    const before = tokens[i - 1]?.lower;
    if (before !== undefined && lex.impersonalBefore.has(before)) continue;
    // "he will not say who", "did not say that", "не уточнили, когда": words withheld are no statement ("did not rule
    // out that …" still is one: only the lexicon's verbs of plain telling count).
    if (before !== undefined && grammar.negations.has(before) && grammar.withheldCues.has(tokens[i]!.lower)) continue;
    const cueTok = tokens[i]!;
    const cue = cueText(ctx, p, i);
    // "…, which critics say is often refused": the reporter's clause, with a group's view set inside it.
    const group = groupSubject(ctx, p, s, i);
    if (group?.aside) continue;
    // "Ожидается, что …", "Считается, что …": the writer's own words, with no one said to speak.
    if (i === s.first && grammar.impersonalCue?.test(cueTok.lower)) continue;
    // "who asked not to be named", "попросил не называть его имени": a request for oneself, no statement.
    const next = tokens[cue.last + 1];
    if (next && grammar.negations.has(next.lower) && cue.last + 2 <= s.last && isInfinitive(grammar, tokens[cue.last + 2]!.lower)) continue;
    // "Министр отметила: зарплата вырастет …": a colon after the cue (and its subject) and no quotation mark or dash.
    const colon = colonClause(ctx, p, s, cue.last, end);
    if (colon !== null) {
      const mention = subjectBefore(ctx, registry, p, s, cueTok) ?? pickMention(mentionsIn(registry, p.para.index, cueTok.end, colon), cueTok.end);
      if (mention) {
        out.push(candidate(p, colon, end, cue.text, mention));
        return out;
      }
    }
    // X подчеркнул, что … / X told supporters at the rally that …
    for (let j = cue.last + 1; j <= Math.min(s.last, cue.last + MAX_WORDS_BEFORE_THAT); j++) {
      if ((classesOf(tokens[j]!, lex) & WORD_CLASS.complementizer) === 0) {
        if (isSpeechWord(ctx, p, j)) break;
        // "says there is no single number that should …": a verb before "that" means the clause began at the cue,
        // and "that" is a relative pronoun inside it.
        if (ctx.language === 'en' && !tokens[j]!.capitalized && grammar.finiteVerbs.has(tokens[j]!.lower)) break;
        // "ordered … to review the contract, ruling that …": a participle after a comma takes its own "that".
        if (ctx.language === 'en' && tokens[j]!.lower.endsWith('ing') && ctx.view.slice(tokens[j - 1]!.end, tokens[j]!.start).includes(',')) break;
        continue;
      }
      if (ctx.language !== 'en' && text[tokens[j]!.start - 1 - base] !== ' ') break;
      // "video from that night": after a preposition "that" points at a noun, it opens no clause.
      if (ctx.language === 'en' && lex.prepositions.has(tokens[j - 1]!.lower)) continue;
      // "сообщил Степь.kz, что": a point inside a web address ends nothing.
      const between = ctx.view.slice(cueTok.end, tokens[j]!.start).replace(ADDRESS_POINT, '');
      // "declared a disaster emergency on Tuesday, a step that frees up …": "that" after a noun set off by a comma
      // opens a relative clause about the act, not what was said.
      if (ctx.language === 'en' && appositionBefore(ctx, p, cue.last + 1, j)) break;
      // "заявил в эфире телеканала «Шаңырақ 24», что": a name in quotation marks may stand in the circumstance.
      if (STOP_MARK.test(between) || quoteMarkOutsideNames(text, base, cueTok.end, tokens[j]!.start)) break;
      const participle = ctx.language === 'en' && i > s.first && cueTok.lower.endsWith('ing') && ctx.view.slice(tokens[i - 1]!.end, cueTok.start).includes(',');
      const found = tailMention ?? (participle ? participleSubject(ctx, registry, p, s, i) : subjectBefore(ctx, registry, p, s, cueTok) ?? pickMention(mentionsIn(registry, p.para.index, cueTok.end, tokens[j]!.start), cueTok.end));
      const mention = group && !tailMention ? groupsBody(ctx, p, s, i, found) : found;
      if (participle && !mention) break;
      // English drops its subject only in a narrator's aside; "Operators … claimed that" is no official speaking.
      // "A joint statement said that …" and "Critics say that …" name no one and are reported all the same.
      const document = !mention && (group !== null || documentSays(ctx, p, s, i));
      if (!mention && !document && ctx.language !== 'ru' && ctx.language !== 'kk') break;
      // "said it would appeal and that …": a clause without "that" comes first, joined to the next by "and".
      const joined = j > cue.last + 2 && grammar.coordinators.has(tokens[j - 1]!.lower);
      // "объяснил, какие проекты банк готов кредитовать, … и что будет со ставками", "рассказал «…», почему …":
      // questions, a topic, no statement.
      if (joined && asksAfter(ctx, p, cue.last + 1, j)) break;
      const from = joined ? tokens[cue.last + 1]!.start : skipSpace(text, base, tokens[j]!.end);
      // "said that …, arguing that …": the participle takes up a statement of its own, by the same speaker.
      const k = ctx.language === 'en' && mention ? participleAt(ctx, p, j + 1 + MIN_CLAUSE_WORDS, s.last - 2) : -1;
      const second = k >= 0 ? clauseAfter(ctx, p, k) : -1;
      if (second >= 0 && second <= s.last) {
        out.push(candidate(p, from, trimBack(text, base, from, tokens[k]!.start), cue.text, mention), candidate(p, tokens[second]!.start, end, tokens[k]!.text, mention));
        return out;
      }
      if (end > from) out.push(document ? documentStatement(ctx, p, s, i, candidate(p, from, end, cue.text, null), group) : candidate(p, from, end, cue.text, mention));
      return out;
    }
    // After a cue that ended a statement only a second one with its own clause reports more ("…, — сказал он,
    // добавив, что …", "…, he said, adding that …").
    if (afterTail) continue;
    // X поручил управлению представить план … / X instructed the heads … to publish …
    // Not after a comma: "asked, turning to the officials" goes on with a participle, not with whom it asked.
    if (lex.instructStems.has(stems[i]!) && i < s.last && !ctx.view.slice(tokens[cue.last]!.end, tokens[cue.last + 1]!.start).includes(',')) {
      const mention = subjectBefore(ctx, registry, p, s, cueTok);
      let k = cue.last + 1;
      let infinitive = -1;
      // "поручил Министерству торговли и интеграции совместно с акиматами до 1 июня завершить …": whom, with whom
      // and by when may stand before the infinitive.
      for (; k <= s.last && k <= cue.last + MAX_WORDS_BEFORE_INFINITIVE; k++) {
        // "told reporters that … to 2%": a clause of its own comes first, so no instruction follows.
        if ((classesOf(tokens[k]!, lex) & WORD_CLASS.complementizer) !== 0) break;
        // "told LBC the government had broken its promise to the county": a finite verb opens a clause, no order.
        if (ctx.language === 'en' && grammar.finiteVerbs.has(tokens[k]!.lower)) break;
        if (isInfinitive(grammar, tokens[k]!.lower)) {
          infinitive = k;
          break;
        }
        // "asked whether the plant would be sold to …": a question, not an instruction.
        if (k === cue.last + 1 && lex.notClauseStart.has(tokens[k]!.lower)) break;
      }
      const between = infinitive > 0 ? ctx.view.slice(cueTok.end, tokens[infinitive]!.start) : '';
      // A body named in quotation marks ("совместно с РГП «Казводхоз»") is no quotation.
      const quoted = infinitive > 0 && quoteMarkOutsideNames(text, base, cueTok.end, tokens[infinitive]!.start);
      if (mention && infinitive > 0 && !STOP_MARK.test(between) && !quoted) {
        // "ordered the government to review tariffs, saying the increases were unjustified": the participle's
        // clause is a statement of its own, and the instruction ends before it.
        const k = participleAt(ctx, p, infinitive + 1, s.last - 1);
        const from = k < 0 ? -1 : clauseAfter(ctx, p, k);
        if (k < 0 || from > s.last) out.push(changed(candidate(p, tokens[cue.last + 1]!.start, end, cue.text, mention), { instruction: true }));
        else {
          out.push(changed(candidate(p, tokens[cue.last + 1]!.start, trimBack(text, base, tokens[cue.last + 1]!.start, tokens[k]!.start), cue.text, mention), { instruction: true }));
          out.push(candidate(p, tokens[from]!.start, end, tokens[k]!.text, mention));
        }
        return out;
      }
    }
    // X пообещал пустить … / X promised to send …: the promise is the infinitive clause.
    if (lex.promiseStems.has(stems[i]!) && i < s.last) {
      const next = tokens[cue.last + 1];
      const mention = subjectBefore(ctx, registry, p, s, cueTok);
      if (next && isInfinitive(grammar, next.lower) && mention) {
        out.push(candidate(p, next.start, end, cue.text, mention));
        return out;
      }
    }
    // X указал на важность … / X подчеркнул необходимость …
    if (lex.objectVerbStems.has(stems[i]!)) {
      let j = cue.last + 1;
      if (j <= s.last && lex.objectPrepositions.has(tokens[j]!.lower)) j++;
      if (j <= s.last && lex.abstractObjectStems.has(stems[j]!)) {
        const from = tokens[cue.last + 1]!.start;
        // "… указал на A и подчеркнул B": the object ends where a second cue is coordinated.
        let to = end;
        for (let k = j + 1; k < s.last; k++) {
          if (grammar.coordinators.has(tokens[k]!.lower) && isSpeechWord(ctx, p, k + 1)) {
            to = trimBack(text, base, from, tokens[k]!.start);
            break;
          }
        }
        out.push(candidate(p, from, to, cue.text, subjectBefore(ctx, registry, p, s, cueTok)));
        continue;
      }
    }
    if (asking) continue;
    // "…, X said." / "…, сообщил аким." with no marks: the sentence before the comma is reported.
    const tail = sentenceFinalCue(ctx, registry, p, s, i);
    if (tail) {
      out.push(tail);
      afterTail = true;
      tailMention = tail.mention;
      continue;
    }
    if (ctx.language === 'en' || ctx.language === 'other') {
      const c = englishBare(ctx, registry, p, s, i, cue.last, end, group);
      if (c) {
        out.push(...c);
        return out;
      }
    }
  }
  return out;
}

function englishBare(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, s: Sentence, cueAt: number, cueLast: number, end: number, group: Group | null): Candidate[] | null {
  const { tokens } = p;
  // "ordered a 30% cut in irrigation water": an order's bare object is the act ordered, not words; what it says
  // follows "that" or an infinitive ("ordered the ministry to …"), found elsewhere.
  // ("told reporters she …" tells its listener words, not an order.)
  if (ctx.lex.instructStems.has(p.stems[cueAt]!) && !grammarFor(ctx.lex.language).takesListener.has(tokens[cueAt]!.lower)) return null;
  const { text, base } = ctx.view;
  let j = cueLast + 1;
  if (grammarFor(ctx.lex.language).takesListener.has(tokens[cueAt]!.lower)) {
    const after = afterListener(ctx, p, cueLast, s.last);
    if (after === null) return null;
    j = after;
  }
  const { prepositions, determiners, clauseOpeners } = grammarFor(ctx.lex.language).circumstanceAfterCue;
  let skipped = false;
  for (let guard = 0; guard < 3 && j <= s.last; guard++) {
    while (j <= s.last && ctx.lex.adverbsAfterCue.has(tokens[j]!.lower) && j - cueLast < 6) j++;
    // "said on Tuesday the …", "said in a statement the …": the clause starts after the circumstance.
    if (j + 1 > s.last || !prepositions.has(tokens[j]!.lower)) break;
    if (ctx.lex.adverbsAfterCue.has(tokens[j + 1]!.lower)) j += 2;
    else if (determiners.has(tokens[j + 1]!.lower) && j + 2 < s.last && !ctx.view.slice(tokens[j + 1]!.end, tokens[j + 3]!.start).includes(',')) {
      // "said in a statement after a brief online meeting they would …": the noun may take adjectives before it;
      // it ends where a clause or another circumstance begins.
      let k = j + 2;
      while (k < j + 5 && k + 1 < s.last && !prepositions.has(tokens[k + 1]!.lower) && !clauseOpeners.has(tokens[k + 1]!.lower) && !ctx.view.slice(tokens[k]!.end, tokens[k + 1]!.start).includes(',')) k++;
      j = clauseOpeners.has(tokens[k + 1]?.lower ?? '') || prepositions.has(tokens[k + 1]?.lower ?? '') ? k + 1 : j + 3;
    } else break;
    skipped = true;
  }
  if (j > s.last || s.last - j < 2) return null;
  if (skipped && !tokens[j]!.capitalized && !tokens[j]!.shape.number && !clauseOpeners.has(tokens[j]!.lower)) return null;
  const between = ctx.view.slice(tokens[cueLast]!.end, tokens[j]!.start);
  // "she said, all of them …": after a comma the words are no longer what was said.
  if (STOP_COMMA_OR_QUOTE_MARK.test(between)) return null;
  const t = tokens[j]!;
  if (ctx.lex.notClauseStart.has(t.lower)) return null;
  // "the five Central Asian states have agreed …": a finite verb right after the word makes it a noun, the subject;
  // unless someone stands right before it, as in "which he said had risen …".
  if (j === cueLast + 1 && grammarFor(ctx.lex.language).finiteVerbs.has(t.lower) && !mentionsIn(registry, p.para.index, tokens[cueAt - 1]?.start ?? 0, tokens[cueAt]!.start).some((m) => m.lastToken === cueAt - 1)) return null;
  if (grammarFor(ctx.lex.language).nounTakingVerbs.has(tokens[cueAt]!.lower) && !finiteWithin(ctx, p, j, s.last)) return null;
  // "“…,” he said outside the courtroom": the cue of a quotation just closed; the words after it are its circumstance.
  if (closesQuoteBefore(ctx, p, s, cueAt)) return null;
  const subject = subjectBefore(ctx, registry, p, s, tokens[cueAt]!);
  const s0 = group ? groupsBody(ctx, p, s, cueAt, subject) : subject;
  if (!s0) return group || documentSays(ctx, p, s, cueAt) ? [documentStatement(ctx, p, s, cueAt, candidate(p, skipSpace(text, base, t.start), end, ctx.view.slice(tokens[cueAt]!.start, tokens[cueLast]!.end), null), group)] : null;
  if (!inVerbPlace(ctx, registry, p, s, cueAt) || (ctx.lex.promiseStems.has(p.stems[cueAt]!) && !modalWithin(ctx, p, j, s.last))) return null;
  const cue = ctx.view.slice(tokens[cueAt]!.start, tokens[cueLast]!.end);
  // "…, saying …" / "…, adding that …": a participle after a comma takes up a statement of its own. What comes
  // before it is one too when it is a clause ("said talks were going well"), not when it is the noun the verb
  // took ("denied the report").
  const k = participleAt(ctx, p, j + 1, s.last - 2);
  if (k >= 0) {
    const from = clauseAfter(ctx, p, k);
    if (from <= s.last) {
      const second = candidate(p, tokens[from]!.start, end, tokens[k]!.text, s0);
      return k - j >= MIN_CLAUSE_WORDS ? [candidate(p, skipSpace(text, base, t.start), trimBack(text, base, t.start, tokens[k]!.start), cue, s0), second] : [second];
    }
  }
  return [candidate(p, skipSpace(text, base, t.start), end, cue, s0)];
}

/**
 * The subject of a participle after a comma ("…, arguing that …"): the mention opening the sentence, or else the
 * subject of the cue before it ("“…,” Lebedeva said, adding that …"); never a name in the sentence's object
 * ("Senators criticised the draft Water Code, arguing that …" gives the Water Code nothing).
 */
function participleSubject(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, s: Sentence, cueAt: number): Mention | null {
  const before = mentionsIn(registry, p.para.index, s.from, p.tokens[cueAt]!.start).filter((m) => !m.possessive && (m.kind !== 'pronoun' || m.lastToken + 1 < cueAt));
  const opening = before.find((m) => m.firstToken <= s.first + MAX_SUBJECT_OPENING);
  if (opening) return opening;
  const besideCue = (m: Mention) => (m.lastToken + 1 < cueAt && isSpeechWord(ctx, p, m.lastToken + 1)) || (m.firstToken > s.first && isSpeechWord(ctx, p, m.firstToken - 1));
  return before.filter(besideCue).pop() ?? null;
}

/** A modal verb among the first words of a clause starting at token `from`. */
function modalWithin(ctx: DocContext, p: ParagraphInfo, from: number, last: number): boolean {
  const modals = grammarFor(ctx.lex.language).modals;
  for (let k = from; k <= last && k < from + MAX_WORDS_BEFORE_MODAL; k++) if (modals.has(p.tokens[k]!.lower)) return true;
  return false;
}

/** Words a direct quotation's cue clause holds before its verb at most ("“…,” the deputy mayor’s lawyer said"). */
const MAX_CUE_SUBJECT_WORDS = 4;

/** A quotation closes right before the cue's subject: the cue is the quotation's. */
function closesQuoteBefore(ctx: DocContext, p: ParagraphInfo, s: Sentence, cueAt: number): boolean {
  const { text, base } = ctx.view;
  const from = p.tokens[Math.max(s.first, cueAt - MAX_CUE_SUBJECT_WORDS)]!.start;
  // From the cue itself: "“…,” said Dmitri Lapin, an economist at …" puts the verb right after the mark.
  for (let k = cueAt; k >= s.first && cueAt - k <= MAX_CUE_SUBJECT_WORDS; k--) {
    const gap = text.slice((k > s.first ? p.tokens[k - 1]!.end : s.from) - base, p.tokens[k]!.start - base);
    if (!CLOSING_MARK.test(gap)) continue;
    // The quotation's own sentence ends inside its marks ("…,” he said); "called the offer “a mockery” and said"
    // quotes a phrase, and a cue of its own follows.
    return p.tokens[k]!.start >= from && QUOTE_CLOSED_BY_PUNCTUATION.test(gap) && !PUNCTUATION.test(ctx.view.slice(p.tokens[k]!.start, p.tokens[cueAt]!.start));
  }
  return false;
}

/**
 * A finite verb among tokens [from, last]: an auxiliary, a modal, a listed irregular past, or a past form in -ed
 * after the first word ("confirmed the plant had closed", "accepted he owed the money"). A noun a verb took has none.
 */
function finiteWithin(ctx: DocContext, p: ParagraphInfo, from: number, last: number): boolean {
  const finite = grammarFor(ctx.lex.language).finiteVerbs;
  for (let k = from; k <= last; k++) {
    // "declared a day of mourning, and flags were lowered": a clause after a comma is another one.
    if (k > from && ctx.view.slice(p.tokens[k - 1]!.end, p.tokens[k]!.start).includes(',')) return false;
    const w = p.tokens[k]!.lower;
    if (finite.has(w) || (k > from && w.length > 4 && w.endsWith('ed'))) {
      // "declared a state of emergency … and asked the White House for …": a verb after "and" is the subject's
      // second act, not the verb of a clause the first one reports.
      return !grammarFor(ctx.lex.language).coordinators.has(p.tokens[k - 1]?.lower ?? '');
    }
  }
  return false;
}

/** Words a promised clause's subject may have before its modal ("promised the new bridge over the Ural would …"). */
const MAX_WORDS_BEFORE_MODAL = 8;

/**
 * A document's noun is the cue's subject: right before it, or heading the words that open the sentence ("A joint
 * statement issued after the meeting said"), with no comma between.
 */
function documentSays(ctx: DocContext, p: ParagraphInfo, s: Sentence, cueAt: number): boolean {
  const documents = grammarFor(ctx.lex.language).documents;
  if (documents.size === 0) return false;
  for (let k = cueAt - 1; k >= s.first && cueAt - k <= MAX_DOCUMENT_SUBJECT_WORDS; k--) {
    if (ctx.view.slice(p.tokens[k]!.end, p.tokens[k + 1]!.start) !== ' ') return false;
    if (documents.has(p.tokens[k]!.lower)) return k === cueAt - 1 || k - s.first <= MAX_SUBJECT_OPENING;
  }
  return false;
}

/**
 * A document's statement, no one's named; when the sentence opens with the document the paragraph before quoted
 * ("“…,” Kairat said in a statement. ¶ The statement added that …"), its words are that quote's speaker's.
 */
function documentStatement(ctx: DocContext, p: ParagraphInfo, s: Sentence, cueAt: number, c: Candidate, group: Group | null): Candidate {
  const speakerlessOne = speakerless(c, group);
  if (group || cueAt !== s.first + 2 || !grammarFor(ctx.lex.language).circumstanceAfterCue.determiners.has(p.tokens[s.first]!.lower)) return speakerlessOne;
  const noun = p.tokens[s.first + 1]!.lower;
  const before = ctx.paragraphs[ctx.paragraphAt(p.para.start) - 1];
  const named = grammarFor(ctx.lex.language).documents.has(noun) && before !== undefined && before.tokens.some((t) => t.lower === noun);
  return named ? changed(speakerlessOne, { previousStatement: true }) : speakerlessOne;
}

/** Words a document's subject may run to before its verb ("A joint statement issued after the meeting said"). */
const MAX_DOCUMENT_SUBJECT_WORDS = 8;

/**
 * The cue stands where a verb does: right after its subject, a name, a comma or an auxiliary ("has said"). After
 * any other lower-case word it is a participle inside a noun: "raise value added tax from 12% to 16%".
 */
function inVerbPlace(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, s: Sentence, cueAt: number): boolean {
  const before = p.tokens[cueAt - 1];
  if (!before || before.capitalized || before.acronym) return true;
  if (ctx.view.slice(before.end, p.tokens[cueAt]!.start).trim() !== '') return true;
  if (grammarFor(ctx.lex.language).beforeCue.has(before.lower) || ctx.lex.adverbsAfterCue.has(before.lower)) return true;
  const mentions = mentionsIn(registry, p.para.index, s.from, p.tokens[cueAt]!.start);
  const last = mentions[mentions.length - 1];
  if (!last) return false;
  if (last.lastToken === cueAt - 1) return true;
  // "the chairman of the board said", "the Atameken chamber of entrepreneurs says": the subject's own complement.
  const gap = ctx.view.slice(p.tokens[last.lastToken]!.end, before.end);
  return cueAt - 1 - last.lastToken <= MAX_SUBJECT_COMPLEMENT_WORDS && ctx.lex.prepositions.has(p.tokens[last.lastToken + 1]!.lower) && !PUNCTUATION.test(gap);
}

/** Words a subject's complement ("of the board") may have between its noun and the verb. */
const MAX_SUBJECT_COMPLEMENT_WORDS = 4;

/** The first "…, saying", "…, adding" in tokens [from, last]: a verb of speech in -ing after a comma; else -1. */
function participleAt(ctx: DocContext, p: ParagraphInfo, from: number, last: number): number {
  const { tokens } = p;
  for (let k = Math.max(from, 1); k <= last; k++) {
    if (tokens[k]!.lower.endsWith('ing') && ctx.view.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',') && isSpeechWord(ctx, p, k)) return k;
  }
  return -1;
}

/** Where the statement a participle takes up starts: after it, and after "that" ("adding that …"). */
function clauseAfter(ctx: DocContext, p: ParagraphInfo, k: number): number {
  return k + 1 + ((classesOf(p.tokens[k + 1]!, ctx.lex) & WORD_CLASS.complementizer) !== 0 ? 1 : 0);
}

/**
 * Where the words "told" reports may start, after its listener ("told reporters the plan …"), or null when the
 * listener is a determiner and its noun with no clause after them: "told a government meeting on Tuesday",
 * "told a briefing in Astana, adding …" end at a circumstance, a comma or the sentence's end.
 */
function afterListener(ctx: DocContext, p: ParagraphInfo, cueLast: number, last: number): number | null {
  const { tokens } = p;
  const listener = cueLast + 1;
  // "told This Week in Asia.": a title to the sentence's end is the listener's name, with no clause after it.
  if (tokens.slice(listener, last + 1).every((t) => t.capitalized || t.acronym || ctx.lex.titleSmallWords.has(t.lower))) return null;
  if (!grammarFor(ctx.lex.language).circumstanceAfterCue.determiners.has(tokens[listener]?.lower ?? '')) {
    // "told BBC Radio 4 the plan …": a listener's name runs over its capitalised words and numbers.
    const named = (t: Token | undefined) => t !== undefined && (t.capitalized || t.acronym || t.shape.number);
    let k = listener + 1;
    if (named(tokens[listener])) while (k <= last && named(tokens[k]) && adjacent(ctx.view.text, ctx.view.base, tokens[k - 1]!, tokens[k]!)) k++;
    return k;
  }
  const stop = (k: number) =>
    k > last ||
    ctx.lex.notClauseStart.has(tokens[k]!.lower) ||
    ctx.lex.adverbsAfterCue.has(tokens[k]!.lower) ||
    ctx.view.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',');
  let k = listener + 1;
  while (k <= listener + 3 && !stop(k)) k++;
  return stop(k) ? null : listener + 1;
}

/** Where a sentence's subject may start: after a possessive and a field ("Kazakhstan’s energy minister"). */
const MAX_SUBJECT_OPENING = 3;

/** Words a clause before "…, saying" has at least; fewer are the noun a verb took ("denied the report"). */
const MIN_CLAUSE_WORDS = 3;

/** Words a cue's subject after it may have before a colon ("сказал министр финансов Мади Такиев:"). */
const MAX_WORDS_BEFORE_COLON = 6;

/**
 * Where the words after "X отметила:" start, when a colon follows the cue (or the subject written after it) and
 * at least three words follow it, in no quotation marks and after no dash.
 */
function colonClause(ctx: DocContext, p: ParagraphInfo, s: Sentence, cueLast: number, end: number): number | null {
  const { tokens } = p;
  for (let k = cueLast; k <= s.last && k - cueLast < MAX_WORDS_BEFORE_COLON; k++) {
    const gap = ctx.view.slice(tokens[k]!.end, k < s.last ? tokens[k + 1]!.start : end);
    if (!gap.includes(':')) {
      if (STOP_COMMA_OR_QUOTE_MARK.test(gap)) return null;
      continue;
    }
    // A mark or a dash after the colon opens a quote, which the quote detectors find. A colon between digits is
    // a time or a score ("at 7:15 p.m."), not one that introduces words.
    if (gap.trim() !== ':' || gap === ':' || k >= s.last - 2) return null;
    // "…с честного ответа на простой вопрос: сколько получит человек …?": a question after the colon states nothing.
    if (ctx.lex.notClauseStart.has(tokens[k + 1]!.lower)) return null;
    return tokens[k + 1]!.start;
  }
  return null;
}

/**
 * "…, but his deputy Arman Sultan said the plan was still under review": in English, words after "said" that are
 * neither its speaker ("said police spokeswoman X", "said the ministry") nor a circumstance ("said on Monday",
 * "said in a statement") are what was said, and the words before the comma are not.
 */
function opensClause(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, cueAt: number, last: number): boolean {
  if (ctx.language !== 'en') return false;
  // "told reporters on Thursday": the listener comes first, and may be a determiner and its noun ("told a
  // government meeting on Tuesday").
  let at = cueAt + 1;
  if (grammarFor(ctx.lex.language).takesListener.has(p.tokens[cueAt]!.lower)) {
    const after = afterListener(ctx, p, cueAt, last);
    if (after === null) return false;
    at = after;
  }
  if (last - at + 1 < MIN_CLAUSE_WORDS) return false;
  const next = p.tokens[at]!;
  if (ctx.lex.notClauseStart.has(next.lower) || ctx.lex.adverbsAfterCue.has(next.lower)) return false;
  const nearby = mentionsIn(registry, p.para.index, p.tokens[cueAt + 1]!.start, p.tokens[last]!.end);
  const speaker = nearby.find((m) => m.firstToken <= at + 1 && m.kind !== 'pronoun');
  if (!speaker) return true;
  // "said the ministry would hire …", "said Kazakhstan had not …": words that go on after the name, with no
  // comma and no circumstance between, make it the subject of what was said, not the speaker.
  let end = speaker.lastToken;
  for (const m of nearby) if (m.firstToken === end + 1) end = m.lastToken;
  const after = p.tokens[end + 1];
  if (!after || end + 1 > last || ctx.view.slice(p.tokens[end]!.end, after.start).trim() !== '') return false;
  return !after.capitalized && !ctx.lex.notClauseStart.has(after.lower) && !ctx.lex.adverbsAfterCue.has(after.lower);
}

/** Words before a cue set off by commas that may be the subject of the words after it ("The law, he said, …"). */
const MAX_SUBJECT_WORDS = 5;

/** A statement reported without marks is longer than this ("Yes, he said" is no claim). */
const MIN_REPORTED_CHARS = 15;

/**
 * Attribution without marks, at the end of a sentence or between commas inside it: "…, X said." /
 * "…, сообщил аким." / "Another version, the source said, is arson." The rest of the sentence is reported.
 */
/** Words an outlet's name told before "в" and the body may run to ("РИА Меридиан", "РБК-Степь"). */
const MAX_OUTLET_WORDS = 3;

function sentenceFinalCue(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, s: Sentence, cueAt: number): Candidate | null {
  const { tokens } = p;
  const { text, base } = ctx.view;
  const grammar = grammarFor(ctx.lex.language);
  // "…, и еженедельно информировать Правительство о ходе работ": an infinitive is no cue with its subject after it.
  if (isInfinitive(grammar, tokens[cueAt]!.lower)) return null;
  const gapHasComma = (a: number, b: number) => ctx.view.slice(tokens[a]?.end ?? s.from, tokens[b]!.start).includes(',');
  // The clause runs back to the comma before it (its subject may be long: "Minister of Water … Aitkulov") …
  let first = cueAt;
  while (first > s.first && cueAt - first < 10 && !gapHasComma(first - 1, first)) first--;
  if (first === s.first || !gapHasComma(first - 1, first)) return null;
  // "…, and the government responded with a ban": a clause joined by "and" goes on with the story; no attribution.
  if (grammar.coordinators.has(tokens[first]!.lower)) return null;
  // … and on to the next comma or the end of the sentence ("said on Monday", "said police spokeswoman X").
  let last = cueAt;
  while (last < s.last && last - cueAt < MAX_CUE_CLAUSE_AFTER && !gapHasComma(last, last + 1)) last++;
  const atEnd = last === s.last;
  // Where the subject comes first (English), a cue clause that runs long ends the sentence, or it is no cue clause
  // ("…, Kazakh Foreign Minister X told a joint news conference with his South Korean counterpart on Tuesday.").
  if (!grammar.cueBeforeSubject && !atEnd && last - cueAt > MAX_CUE_CLAUSE_AFTER_SUBJECT) return null;
  if (!atEnd && !gapHasComma(last, last + 1)) return null;
  // "…, told Playbook the bigger problem is processing, not mining": a clause after the verb is what was said.
  if ((atEnd || ctx.language === 'en') && opensClause(ctx, registry, p, cueAt, last)) return null;
  // "…, Okafor's deputy, Sam Reyes, warned.": a name set off by commas before the cue is its subject; the clause
  // reaches back over it and the short phrase it stands in apposition to.
  // "…, сообщили в пресс-службе министерства": a body named after "в" is where the statement came from.
  // "…, сообщили РБК-Степь в пресс-службе Минэнерго": an outlet told may stand before the "в".
  // "…, сообщили РИА Меридиан в пресс-службе": the outlet's name may run to a few capitalised words.
  let told = 0;
  while (grammar.cueBeforeSubject && told < MAX_OUTLET_WORDS && (tokens[cueAt + 1 + told]?.capitalized === true || tokens[cueAt + 1 + told]?.acronym === true)) told++;
  if (!grammar.inBody.has(tokens[cueAt + 1 + told]?.lower ?? '')) told = 0;
  const inBody = grammar.inBody.has(tokens[cueAt + 1 + told]?.lower ?? '');
  // "…, заявил на пресс-конференции председатель X", "…, сказал журналистам министр": where the subject follows
  // the cue, a listener or a short circumstance may come first.
  const afterCircumstance = (m: Mention): boolean => {
    if (!grammar.cueBeforeSubject || m.kind === 'pronoun' || m.firstToken <= cueAt + 1) return false;
    // "рассказал «Деловой Неделе» заместитель председателя X": the outlet told, in quotation marks, is a listener.
    const listener = quotedNameEnd(text, base, skipSpace(text, base, tokens[cueAt]!.end), tokens[m.firstToken]!.start);
    if (listener >= 0 && tokens[m.firstToken]!.start === skipSpace(text, base, listener)) return true;
    if (m.firstToken > cueAt + MAX_CIRCUMSTANCE_WORDS + 1) return false;
    const opener = tokens[cueAt + 1]!.lower;
    if (!grammar.listenerNouns.has(opener) && !ctx.lex.prepositions.has(opener)) return false;
    // A capitalised word there is a place after its preposition ("на пресс-конференции в Астане"), else a name.
    for (let k = cueAt + 1; k < m.firstToken; k++) if ((tokens[k]!.capitalized && !ctx.lex.prepositions.has(tokens[k - 1]!.lower)) || tokens[k]!.shape.number) return false;
    return true;
  };
  const touches = (m: Mention) => !m.possessive && (m.lastToken === cueAt - 1 || m.firstToken === cueAt + 1 || (inBody && m.organization === true && m.firstToken === cueAt + 2 + told) || afterCircumstance(m));
  /** Start of the comma-bounded phrase of at most five words before token `first`, when it names someone. */
  const phraseBefore = (to: number, named: (m: Mention) => boolean): number => {
    let k = to - 1;
    while (k > s.first && to - k < 5 && !gapHasComma(k - 1, k)) k--;
    if (k <= s.first || !gapHasComma(k - 1, k)) return -1;
    return mentionsIn(registry, p.para.index, tokens[k]!.start, tokens[to - 1]!.end).some(named) ? k : -1;
  };
  if (!mentionsIn(registry, p.para.index, tokens[first]!.start, tokens[last]!.end).some(touches)) {
    const apposed = phraseBefore(first, (m) => m.kind === 'name' && !m.possessive && m.lastToken === first - 1);
    if (apposed >= 0) {
      const head = phraseBefore(apposed, (m) => m.kind !== 'pronoun');
      first = head >= 0 ? head : apposed;
    }
  }
  // The speaker stands right next to the cue ("…, the ministry said", "…, said Smith"); "accused him of breaking
  // promises" has a noun where the cue would be, with nobody beside it.
  const around = mentionsIn(registry, p.para.index, tokens[first]!.start, tokens[last]!.end).filter((m) => !(told && m.firstToken === cueAt + 1));
  // "…, organizers said on Thursday": a group nobody names speaks; the statement is reported with no speaker.
  // A group's cue takes no subject after it: "…, two sources told Steppe Wire" names the listener there.
  const group = groupSubject(ctx, p, s, cueAt);
  const groupOnly = group !== null && !group.aside && !around.some((m) => !m.possessive && m.lastToken === cueAt - 1);
  const subject = subjectOf(withoutListener(ctx, p, cueAt, around), cueAt, cueAt, tokens[cueAt]!.start, ofLink(ctx, p));
  if (!groupOnly && (!subject || !around.some(touches))) return null;
  const mention = groupOnly ? null : subject;
  if (mention && grammar.cueBeforeSubject && mention.lastToken < cueAt) return null;
  // "Speaking at a briefing, the minister said:" introduces what follows; the words before it are a circumstance.
  if (atEnd && ctx.view.slice(tokens[last]!.end, s.to).includes(':')) return null;
  const comma = text.lastIndexOf(',', tokens[first]!.start - base) + base;
  const to = trimBack(text, base, s.from, comma);
  // Words in quotation marks are a direct quote's, found elsewhere; a company named in them in the statement or the
  // cue clause ("заявил председатель правления АО «КазМунайГаз» X") is not.
  if (quoteMarkOutsideNames(text, base, s.from, comma) || quoteMarkOutsideNames(text, base, comma, clauseEnd(ctx, s))) return null;
  const cue = ctx.view.slice(tokens[cueAt]!.start, tokens[cueAt]!.end);
  // "The law, he said, will protect …": the words before the cue may be only the subject; the two parts together
  // make the statement. A whole clause before the cue is the statement alone: "… will open in 2027, the mayor
  // said on Monday, a year later than promised" goes on in the reporter's words.
  const subjectOnly = first - s.first <= MAX_SUBJECT_WORDS;
  const said = (c: Candidate) => (groupOnly ? speakerless(c, group) : c);
  if (atEnd || !subjectOnly) return to - s.from < MIN_REPORTED_CHARS ? null : said(candidate(p, s.from, to, cue, mention));
  const resume = skipSpace(text, base, text.indexOf(',', tokens[last]!.end - base) + base + 1);
  const end = clauseEnd(ctx, s);
  if (end <= resume || to <= s.from || to - s.from + end - resume < MIN_REPORTED_CHARS) return null;
  return said(changed(candidate(p, s.from, to, cue, mention), { parts: [[s.from, to], [resume, end]] }));
}

/**
 * Words a cue clause may run on after its verb: a listener and a long role before the name ("рассказал «Деловой
 * Неделе» заместитель председателя правления компании по экономике и финансам Талгат Жаксыбеков").
 */
const MAX_CUE_CLAUSE_AFTER = 14;
/** The same inside a sentence where the subject comes before the verb (English): "…, X said on Monday, …". */
const MAX_CUE_CLAUSE_AFTER_SUBJECT = 10;

/**
 * Words between a cue and its "that" at most: a listener, a place and a time ("told a hearing in the Mazhilis, the
 * lower house of parliament, last month that …").
 */
const MAX_WORDS_BEFORE_THAT = 15;

/** Words a group's phrase may have before its verb ("two sources familiar with the matter said"). */
const MAX_GROUP_PHRASE_WORDS = 8;

/** A group of people a cue's subject names: its noun ('' for a pronoun), and whether a relative clause sets its words aside. */
interface Group {
  readonly noun: string;
  readonly aside: boolean;
}

/**
 * Whether a cue's subject is a group no one names singly ("Critics say", "…, organizers said on Thursday", "two
 * sources familiar with the matter said", "Эксперты считают"): the words before the cue, back to a comma or the
 * sentence's start, hold a collective noun, which then speaks for them. `aside` when a relative pronoun opens those
 * words ("…, which critics say is often refused"): that clause is the reporter's, with the group's view set inside.
 */
function groupSubject(ctx: DocContext, p: ParagraphInfo, s: Sentence, cueAt: number): Group | null {
  if (ctx.language !== 'en' && ctx.language !== 'ru') return null;
  const { tokens } = p;
  // "…, they said": people the text spoke of before, as a group; who they are the pronoun does not say.
  const before = tokens[cueAt - 1];
  if (before && grammarFor(ctx.lex.language).groupPronouns.has(before.lower) && (cueAt - 1 === s.first || PUNCTUATION.test(ctx.view.slice(tokens[cueAt - 2]!.end, before.start)))) return { noun: '', aside: false };
  let noun: string | null = null;
  for (let k = cueAt - 1; k >= s.first && cueAt - k <= MAX_GROUP_PHRASE_WORDS; k--) {
    if (ctx.lex.collectiveRoles.has(tokens[k]!.lower)) noun = tokens[k]!.lower;
    if (k > s.first && !PUNCTUATION.test(ctx.view.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
    if (noun === null) return null;
    return { noun, aside: grammarFor(ctx.lex.language).relativePronouns.has(tokens[k]!.lower) };
  }
  return null;
}

/**
 * The speaker of a group's words: the body its members work for ("analysts at Jefferies", "economists from Halyk
 * Bank"), named right after the group's noun; nobody otherwise, whoever else the sentence names.
 */
function groupsBody(ctx: DocContext, p: ParagraphInfo, s: Sentence, cueAt: number, found: Mention | null): Mention | null {
  if (!found || found.kind === 'pronoun' || found.lastToken >= cueAt || found.firstToken <= s.first || cueAt - found.firstToken >= MAX_GROUP_PHRASE_WORDS) return null;
  return worksFor(ctx, p, found.firstToken) ? found : null;
}

function kazakh(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, s: Sentence): Candidate[] {
  const { tokens } = p;
  const { text, base } = ctx.view;
  const lex = ctx.lex;
  const grammar = grammarFor(lex.language);
  // X-тың айтуынша, … — the speaker stands before the phrase.
  for (let i = s.first; i <= s.last; i++) {
    if ((classesOf(tokens[i]!, lex) & WORD_CLASS.opensAccordingTo) === 0) continue;
    if (!lex.accordingTo.some((ph) => ph.length === 1 && ph[0] === tokens[i]!.lower)) continue;
    const comma = text.indexOf(',', tokens[i]!.end - base) + base;
    const end = clauseEnd(ctx, s);
    if (comma < base || comma >= end) return [];
    const mention = pickMention(mentionsIn(registry, p.para.index, s.from, tokens[i]!.start), tokens[i]!.start);
    return [candidate(p, skipSpace(text, base, comma + 1), end, tokens[i]!.text, mention)];
  }
  // X … екенін / жоспарланғанын / қажеттігін атап өтті. — the clause before the cue, after the subject: its last
  // word is a verb form in the accusative (-ын/-ін), which Kazakh uses where Russian says "что".
  for (let i = s.first + 1; i <= s.last; i++) {
    if (!isCueToken(ctx, p, i) || i < s.last - 2) continue;
    const objectEnd = tokens[i - 1]!;
    const viaDep = grammar.quotative.has(objectEnd.lower);
    // -ын/-ін: a clause made a noun (…екенін, …жоспарланғанын); -уды/-уді: an action asked for (…қарауды тапсырды).
    if (!viaDep && !(grammar.clauseObjectEnding?.test(objectEnd.lower) ?? false)) continue;
    if (quotesWords(text, base, s.from, objectEnd.start)) return [];
    const mentions = mentionsIn(registry, p.para.index, s.from, objectEnd.start);
    // The subject is in the nominative: a name without a case ending ("Омаровқа" is whom it was told to).
    const nominative = (m: Mention) => m.kind === 'name' && m.key === m.text.split(/\s+/).pop()!.toLowerCase().replace(/ё/g, 'е');
    const subject = mentions.find(nominative) ?? mentions.find((m) => m.kind === 'name') ?? mentions.find((m) => m.kind !== 'pronoun') ?? mentions[0] ?? null;
    // "Айта кетейік, … айтқан": with nobody named, the narrator speaks.
    if (!subject) return [];
    let from = subject && subject.start - s.from < 60 ? subject.end : s.from;
    from = skipSpace(text, base, from);
    while (from < objectEnd.start && COMMA_OR_SPACE.test(text[from - base]!)) from++;
    const to = viaDep ? trimBack(text, base, from, objectEnd.start) : objectEnd.end;
    if (to <= from || tokens.filter((t) => t.start >= from && t.end <= to).length < 2) return [];
    return [candidate(p, from, to, cueText(ctx, p, i).text, subject)];
  }
  return [];
}

/** Quotation marks in the span, other than those around a name («ҚазАвтоЖол» ұлттық компаниясының өкілі …). */
function quotesWords(text: string, base: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!QUOTE_MARK.test(text[i - base]!)) continue;
    const after = CLOSERS_OF[text[i - base]!] === undefined ? -1 : quotedNameEnd(text, base, i, to);
    if (after < 0) return true;
    i = after - 1;
  }
  return false;
}

function matchPhrase(p: ParagraphInfo, s: Sentence, phrase: readonly string[]): number {
  for (let i = s.first; i + phrase.length - 1 <= s.last; i++) {
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) if (p.tokens[i + k]!.lower !== phrase[k]) ok = false;
    if (ok) return i;
  }
  return -1;
}

function skipSpace(text: string, base: number, i: number): number {
  while (text[i - base] === ' ') i++;
  return i;
}


/** The inside of [from, to) when quotation marks open and close it whole (a comma or stop inside the close kept out). */
function quotedWhole(text: string, base: number, from: number, to: number): [number, number] | null {
  const closers = CLOSERS_OF[text[from - base]!];
  if (!closers || to - from < 3 || !closers.includes(text[to - 1 - base]!)) return null;
  for (let i = from + 1; i < to - 1; i++) if (closers.includes(text[i - base]!)) return null;
  const e = quotedEnd(text, base, from + 1, to - 1);
  return e > from + 1 ? [from + 1, e] : null;
}

function trimBack(text: string, base: number, from: number, to: number): number {
  let e = to;
  while (e > from && SPACE_COMMA_OR_DASH.test(text[e - 1 - base]!)) e--;
  return e;
}
