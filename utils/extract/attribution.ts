import type { DocContext, ParagraphInfo } from './context';
import { grammarFor } from './grammar';
import type { Lexicon } from './lexicon';
import { adjacent, factsOf } from './tokens';
import { foldWord } from './morphology';
import type { Mention } from './mentions';
import type { SpeakerRegistry } from './speakers';

/** The clause that says who spoke: its cue (сказал, said, деді) and the mention of the speaker, if any. */
export interface Attribution {
  readonly cue: string | null;
  readonly cueStart: number;
  readonly mention: Mention | null;
  /** The cue calls something by the quoted words (назвал «…»): a short phrase is enough. */
  readonly naming?: boolean;
  /** The clause names the speaker only by whose they are ("said Okafor's deputy"): nobody to inherit. */
  readonly unnamed?: boolean;
  /** The cue says only that a voice was heard ("раздалось из зала"): words of no one a reader can hold to them. */
  readonly anonymous?: boolean;
}

/**
 * An attribution with every field in the same order, those left out undefined: the detectors read attributions of
 * every rule at the same places (see `newCandidate`).
 */
export function newAttribution(f: Attribution): Attribution {
  return { cue: f.cue, cueStart: f.cueStart, mention: f.mention, naming: f.naming, unnamed: f.unnamed, anonymous: f.anonymous };
}

export const DASHES = new Set(['-', '–', '—', '‒', '―']);

/** Mentions of one paragraph, by its index (-1: headline). */
export function mentionsIn(registry: SpeakerRegistry, paragraph: number, from: number, to: number): Mention[] {
  return registry.mentionsIn(paragraph, from, to);
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(p: ParagraphInfo, offset: number): number {
  let lo = 0;
  let hi = p.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Reads [from, to) of a paragraph as an attribution clause. A cue must come within `maxCueTokens` words,
 * and the whole clause must be short: a long clause with a verb of speech is narration, not attribution.
 * `sourcesSpeak`: the clause follows a quotation, where a source verb with a person or body for its subject
 * names the speaker ("«…», — пишет министр в своем Telegram-канале", "— сообщает пресс-служба МЧС"); an outlet
 * ("— пишет издание") or no one gives none.
 */
export function parseAttribution(
  ctx: DocContext,
  registry: SpeakerRegistry,
  p: ParagraphInfo,
  from: number,
  to: number,
  maxCueTokens = 5,
  maxTokens = 14,
  sourcesSpeak = false,
): Attribution | null {
  const idx: number[] = [];
  const { text, base } = ctx.view;
  // "Majority Leader Gavin Ashcombe (R-Ind.) said": words in parentheses stand aside from the clause.
  let aside = false;
  for (let i = tokenAt(p, from); i < p.tokens.length && p.tokens[i]!.end <= to; i++) {
    // Asked per token of every cue clause: the characters between two words are read in place, not cut out.
    for (let k = (i > 0 ? p.tokens[i - 1]!.end : p.tokens[i]!.start) - base; k < p.tokens[i]!.start - base; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x29) aside = false;
      else if (c === 0x28) aside = true;
    }
    if (aside) continue;
    idx.push(i);
    if (idx.length > maxTokens) return null;
  }
  if (idx.length === 0) return null;
  let cueAt = -1;
  let source = false;
  for (let k = 0; k < Math.min(idx.length, maxCueTokens); k++) {
    if (isCueToken(ctx, p, idx[k]!)) {
      cueAt = idx[k]!;
      break;
    }
    if (sourcesSpeak && isSourceVerb(ctx, p, idx[k]!)) {
      cueAt = idx[k]!;
      source = true;
      break;
    }
  }
  if (cueAt < 0) return sourcesSpeak ? quotingAttribution(ctx, registry, p, idx, from, to) : null;
  // "Asked about the talks on Tuesday, X said:": a question put to the speaker opens the clause; the verb of the
  // answer is the cue.
  if (!source && grammarFor(ctx.lex.language).askingVerbs.has(p.tokens[cueAt]!.lower)) {
    const g = grammarFor(ctx.lex.language);
    const answer = idx.find((i) => i > cueAt && isCueToken(ctx, p, i) && !g.askingVerbs.has(p.tokens[i]!.lower));
    if (answer !== undefined) cueAt = answer;
    // "– …? – спросили министра журналисты": reporters' question is no one's statement (a deputy's is his).
    else if (idx.some((i) => i > cueAt && g.askers.has(p.tokens[i]!.lower))) {
      return newAttribution({ cue: cueText(ctx, p, cueAt).text, cueStart: p.tokens[cueAt]!.start, mention: null, unnamed: true, anonymous: true });
    }
  }
  const cue = cueText(ctx, p, cueAt);
  // "– А кто за это заплатит? – раздалось из зала": a voice from the floor, no one named and no one before.
  if (ctx.lex.anonymousCues.has(p.tokens[cueAt]!.lower)) return newAttribution({ cue: cue.text, cueStart: p.tokens[cueAt]!.start, mention: null, unnamed: true, anonymous: true });
  // "– сообщает пресс-служба акима со ссылкой на руководителя управления X": whom a source cites speaks.
  if (source) {
    const cited = citedSource(ctx, registry, p, from, to);
    if (cited) return newAttribution({ ...cited, cue: cue.text, cueStart: p.tokens[cueAt]!.start });
  }
  const found = mentionsIn(registry, p.para.index, from, to);
  // "Министр в ответ на предложение Байжанова заявил:": a name a noun owns ("предложение Байжанова") is no subject.
  // "пояснил собеседник агентства": a body right after a pronoun noun is whose interlocutor, not the subject.
  const afterPronoun = (m: Mention) => found.some((o) => o.kind === 'pronoun' && o.lastToken === m.firstToken - 1);
  const owned = (m: Mention) => m.kind === 'name' && m.firstToken > 0 && ctx.lex.genitiveAskers.has(p.tokens[m.firstToken - 1]!.lower);
  // "the UN said in a statement issued in New York": in English a name after the cue and a preposition is where
  // or to whom it was said, never who said it.
  const cueAtFirst = p.tokens[cueAt]!.start;
  const placed = (m: Mention) => ctx.lex.language === 'en' && m.kind === 'name' && m.start > cueAtFirst && m.firstToken > 0 && ctx.lex.prepositions.has(p.tokens[m.firstToken - 1]!.lower);
  // "Адвокат Ерлан Касымов в суде заявил:", "Raymond J. Tellez of the FBI's Omaha Field Office said:": after a person's
  // name, a body after a preposition is where it was said or where they serve ("a spokesperson for the ministry",
  // a role alone, speaks for it).
  const afterPreposition = (m: Mention) => m.firstToken > 0 && ctx.lex.prepositions.has(p.tokens[m.firstToken - 1]!.lower);
  const whereSaid = (m: Mention) => m.start < cueAtFirst && afterPreposition(m) && found.some((o) => o.kind === 'name' && !o.organization && o.end <= m.start && !afterPreposition(o));
  const unowned = found.filter((m) => !(m.kind === 'role' && afterPronoun(m)) && !placed(m) && !whereSaid(m));
  const mentions = unowned.some((m) => m.kind !== 'pronoun' && !owned(m)) ? unowned.filter((m) => !owned(m)) : unowned;
  const cueTok = p.tokens[cueAt]!;
  // "Ashworth thanked Mallory for her work … and wrote:": a verb joined by "and" shares its clause's subject, the first
  // one named, not the object nearest to it.
  const joined = cueAt > 0 && grammarFor(ctx.lex.language).coordinators.has(p.tokens[cueAt - 1]!.lower);
  const before = joined ? mentions.filter((m) => m.kind !== 'pronoun' && m.end <= cueTok.start) : [];
  const shared = before.length >= 2 && !afterPreposition(before[0]!) ? before[0]! : null;
  const subject = shared ?? subjectOf(withoutListener(ctx, p, cueAt, mentions), cueAt, cue.last, cueTok.start, ofLink(ctx, p));
  const headed = subject !== null ? (appositionHead(ctx, p, mentions, cueTok.start) ?? subject) : subject;
  // "said a 31-year-old nurse, who asked that her name not be used": the pronoun after the unnamed subject is hers.
  const mention = headed?.kind === 'pronoun' && headed.firstToken > cue.last && subjectNoOneNamed(ctx, p, cue.last, to) ? null : headed;
  const opensAfterCue = mention !== null && (mention.firstToken === cue.last + 1 || mention.apposedRole?.firstToken === cue.last + 1);
  if (source && (!mention || mention.kind === 'pronoun' || (mention.lastToken !== cueAt - 1 && !opensAfterCue))) return null;
  const unnamed = mention === null && (mentions.some((m) => m.possessive) || subjectNoOneNamed(ctx, p, cue.last, to));
  return newAttribution({ cue: cue.text, cueStart: cueTok.start, mention, unnamed: unnamed ? true : undefined });
}

/**
 * Russian names whoever speaks in the nominative ("– сказал министр", "«…»: министр о …"). A role in another case is
 * whom the sentence is about or whom the words were put to ("– спросили министра журналисты", "«…»: министра
 * энергетики отправили в отставку").
 */
export function roleInObliqueCase(ctx: DocContext, p: ParagraphInfo, m: Mention): boolean {
  const g = grammarFor(ctx.lex.language);
  const oblique = g.bodyComplement.genitive;
  // A name takes the case of the role written before it ("водителя Camry").
  const roleAt = m.kind === 'role' ? m.firstToken : m.apposedRole?.firstToken;
  if (!oblique || roleAt === undefined) return false;
  const t = p.tokens[roleAt]!;
  const nominative = g.roleNominative.get(p.roleStems[roleAt]!);
  return nominative !== undefined && foldWord(nominative) !== t.lower && oblique.test(t.lower);
}

/** Words a subject after the cue that names no one ("one mother") has at most. */
const MAX_UNNAMED_SUBJECT_WORDS = 3;

/**
 * "“…,” said one mother.", "said a diplomat": an indefinite subject after the cue is someone new, so the words are
 * not the last speaker's. (A bare noun there in Russian, "– сказал фермер", most often means one named before.)
 */
function subjectNoOneNamed(ctx: DocContext, p: ParagraphInfo, cueLast: number, to: number): boolean {
  const next = p.tokens[cueLast + 1];
  if (!next || next.end > to) return false;
  // The subject runs to the comma that sets off what is said of it ("a nurse, who asked …").
  let rest = 0;
  for (let k = cueLast + 1; k < p.tokens.length && p.tokens[k]!.end <= to; k++) {
    rest++;
    if (ctx.view.text[p.tokens[k]!.end - ctx.view.base] === ',') break;
  }
  return rest <= MAX_UNNAMED_SUBJECT_WORDS + 1 && (grammarFor(ctx.lex.language).indefiniteArticles.has(next.lower) || (ctx.lex.language === 'en' && (next.lower === 'one' || next.lower === 'another')));
}

/**
 * A phrase set off by commas between a name and the verb: "Miriam Castell, a spokeswoman for the company, said"
 * (commas may stand inside it: "a portfolio manager at X, which oversees about $900 million,").
 */
const APPOSED_PHRASE = /^,[^.;:!?]+,\s*$/;
const TITLE_OPENERS = new Set(['“', '"', '«', '‘', "'"]);

/** The name a cue's subject phrase opens with, when the rest of it is set off by commas as its apposition. */
/** Lower-case words between a preposition and the workplace it names ("of the unregistered"), at most. */
const MAX_WORKPLACE_MODIFIERS = 2;

export function appositionHead(ctx: DocContext, p: ParagraphInfo, mentions: readonly Mention[], cueStart: number): Mention | null {
  // The phrase set off describes the name; a person named in it is the subject ("The head of …, Viktor Lozinsky,
  // said"). A title in quotation marks names no one ("whose book “The Steppe Dividend” came out"), nor does a body
  // or a workplace after a preposition ("a portfolio manager at Almaty-based Altyn Orda Asset Management").
  // "a co-founder of the unregistered El Tiregi party": a determiner and modifiers may stand between them.
  const workplace = (o: Mention) => {
    let k = o.firstToken - 1;
    let modifiers = 0;
    for (; k >= 0; k--) {
      const t = p.tokens[k]!;
      if (!adjacent(ctx.view.text, ctx.view.base, t, p.tokens[k + 1]!)) return false;
      if (t.text.includes('-') && t.capitalized) continue;
      if (!t.capitalized && !t.acronym && !ctx.lex.prepositions.has(t.lower) && modifiers++ < MAX_WORKPLACE_MODIFIERS) continue;
      break;
    }
    return k >= 0 && ctx.lex.prepositions.has(p.tokens[k]!.lower);
  };
  // ("Alasdair Brodie, Scotland's transport minister, told": an owner in the phrase is not its person.)
  const person = (o: Mention) => o.kind === 'name' && !o.possessive && !ctx.lex.organizations.has(o.key) && !workplace(o) && !TITLE_OPENERS.has(ctx.view.text[o.start - 1 - ctx.view.base] ?? '');
  const relatives = grammarFor(ctx.lex.language).relativePronouns;
  for (const m of mentions) {
    if (m.kind !== 'name' || m.possessive || !APPOSED_PHRASE.test(ctx.view.slice(m.end, cueStart))) continue;
    // "X, who served as minister and now sits on the council of the Uluu Jol party, called …": what a relative
    // clause names is not the subject.
    const relative = relatives.has(p.tokens[m.lastToken + 1]?.lower ?? '');
    if (!relative && mentions.some((o) => o.start > m.end && o.start < cueStart && person(o))) continue;
    // "Gov. Teresa Alcaraz of New Mexico, a Democrat, said": the place after "of" is where the person is from.
    const head = mentions.find((o) => o.kind === 'name' && o.lastToken === m.firstToken - 2);
    if (head && ofLink(ctx, p)(head, m)) return head;
    return m;
  }
  return null;
}

/**
 * "— приводит его слова телеканал", "— цитирует министра издание", "— приводятся в сообщении слова директора": after a
 * quotation, an outlet or a text that quotes names the speaker by whose words they are, right before "слова" or
 * right after it (or after the verb).
 */
function quotingAttribution(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, idx: readonly number[], from: number, to: number): Attribution | null {
  const { verbs, words } = grammarFor(ctx.lex.language).quoting;
  const at = idx.slice(0, 3).find((i) => verbs.has(p.tokens[i]!.lower));
  if (at === undefined) return null;
  // "— приводятся в сообщении слова директора": where the words are quoted may stand between.
  const said = [at + 1, at + 2, at + 3].find((j) => j < p.tokens.length && words.has(p.tokens[j]!.lower)) ?? at;
  const mentions = mentionsIn(registry, p.para.index, from, to);
  const before = mentions.find((m) => m.firstToken > at && m.lastToken === said - 1);
  const after = mentions.filter((m) => m.firstToken > said && m.firstToken <= said + MAX_QUOTED_SPEAKER_WORDS);
  const mention = before ?? pickMention(after, p.tokens[said]!.end);
  if (!mention) return null;
  return newAttribution({ cue: ctx.view.slice(p.tokens[at]!.start, p.tokens[said]!.end), cueStart: p.tokens[at]!.start, mention });
}

/** Words between "слова" and the end of whose they are ("слова министра энергетики Алмасадама Саткалиева"). */
const MAX_QUOTED_SPEAKER_WORDS = 6;

/**
 * "Об этом сообщает Kazinform со ссылкой на пресс-службу Минфина", "…, the agency reported, citing the ministry":
 * an outlet that cites someone names the speaker after the citing words.
 */
export function citedSource(ctx: DocContext, registry: SpeakerRegistry, p: ParagraphInfo, from: number, to: number): Attribution | null {
  for (let i = tokenAt(p, from); i < p.tokens.length && p.tokens[i]!.end <= to; i++) {
    const length = citingPhraseAt(ctx, p, i);
    if (length === 0) continue;
    const after = p.tokens[i + length - 1]!.end;
    // A bare "источник", "a source" names no one: only a name or a role or body with more words does.
    const near = (m: Mention) => Math.min(m.firstToken, m.apposedRole?.firstToken ?? m.firstToken) <= i + length + 1;
    const mention = mentionsIn(registry, p.para.index, after, to).find((m) => m.kind !== 'pronoun' && near(m) && (m.kind === 'name' || m.lastToken > m.firstToken));
    if (mention) return newAttribution({ cue: ctx.view.slice(p.tokens[i]!.start, after), cueStart: p.tokens[i]!.start, mention });
  }
  return null;
}

/** The length in words of the citing phrase ("со ссылкой на", "citing") that opens at token i, or 0. */
export function citingPhraseAt(ctx: DocContext, p: ParagraphInfo, i: number): number {
  for (const phrase of grammarFor(ctx.lex.language).citing) {
    if (i + phrase.length <= p.tokens.length && phrase.every((w, k) => p.tokens[i + k]!.lower === w)) return phrase.length;
  }
  return 0;
}

/**
 * "Suleimenov told Reuters": a verb that takes its listener after it ("told", "tells") has its speaker before it;
 * with a mention right before the cue, those after it are the listener's.
 */
export function withoutListener(ctx: DocContext, p: ParagraphInfo, cueAt: number, mentions: readonly Mention[]): readonly Mention[] {
  const g = grammarFor(ctx.lex.language);
  // "— заявил агентству «Интерфакс» вице-министр X": the outlet told is a listener wherever it stands.
  const listened = g.listenerNouns.size > 0 ? mentions.filter((m) => !g.listenerNouns.has(p.tokens[m.firstToken]!.lower)) : mentions;
  const heard = outsideRelativeClauses(ctx, p, cueAt, toldInMarks(ctx, p, cueAt, listened));
  if (!g.takesListener.has(p.tokens[cueAt]!.lower) || !heard.some((m) => m.lastToken === cueAt - 1)) return heard;
  return heard.filter((m) => m.firstToken < cueAt);
}

/**
 * "рассказал «Деловой Неделе» заместитель председателя X", "рассказал он «Деловому Меридиану»": an outlet in quotation
 * marks right after the cue, or after the pronoun that follows it, was told.
 */
function toldInMarks(ctx: DocContext, p: ParagraphInfo, cueAt: number, mentions: readonly Mention[]): readonly Mention[] {
  const pronounAfter = mentions.some((m) => m.kind === 'pronoun' && m.firstToken === cueAt + 1);
  const before = pronounAfter ? cueAt + 1 : cueAt;
  const next = p.tokens[before + 1];
  if (!next || !ctx.view.slice(p.tokens[before]!.end, next.start).includes('«')) return mentions;
  const kept = mentions.filter((m) => m.firstToken !== before + 1);
  return kept.some((m) => m.firstToken > cueAt && m.firstToken !== before + 1) ? kept : mentions;
}

/**
 * "X, whose company Kokzhal Komir owns the mine, told reporters": a name inside a relative clause set off by commas
 * before the cue is no subject, when someone is named before the clause.
 */
function outsideRelativeClauses(ctx: DocContext, p: ParagraphInfo, cueAt: number, mentions: readonly Mention[]): readonly Mention[] {
  const relatives = grammarFor(ctx.lex.language).relativePronouns;
  if (relatives.size === 0 || mentions.length < 2) return mentions;
  const { tokens } = p;
  let kept = mentions;
  for (let k = 1; k < cueAt; k++) {
    if (!relatives.has(tokens[k]!.lower) || !ctx.view.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) continue;
    let end = k + 1;
    while (end < cueAt && !ctx.view.slice(tokens[end - 1]!.end, tokens[end]!.start).includes(',')) end++;
    if (end >= cueAt && !ctx.view.slice(tokens[cueAt - 1]!.end, tokens[cueAt]!.start).includes(',')) continue;
    const outside = kept.filter((m) => m.firstToken < k || m.firstToken >= end);
    if (outside.some((m) => m.lastToken < k)) kept = outside;
  }
  return kept;
}

/** The cue as written, with the word a cue head takes ("атап өтті", "обратил внимание"). */
export function cueText(ctx: DocContext, p: ParagraphInfo, at: number): { text: string; last: number } {
  let last = at;
  while (last + 1 < p.tokens.length && last - at < 2 && ctx.lex.cueHeads.has(p.stems[last]!)) last++;
  return { text: ctx.view.slice(p.tokens[at]!.start, p.tokens[last]!.end), last };
}

/**
 * The speaker of a cue clause: a mention right next to the cue ("he told reporters in Downing Street",
 * "said Smith"), else the best of the others.
 */
export function subjectOf(
  mentions: readonly Mention[],
  cueFirst: number,
  cueLast: number,
  cueStart: number,
  ofBetween?: (head: Mention, body: Mention) => boolean,
): Mention | null {
  // "Okafor's deputy, Sam Reyes, warned": the possessive names whose deputy speaks; so does a role that is the
  // possessive's ("President Kassym-Jomart Tokayev's spokesman, Berik Uali, said").
  const owners = mentions.filter((m) => m.possessive && m.apposedRole !== undefined).map((m) => m.apposedRole!.firstToken);
  const speakers = mentions.filter((m) => !m.possessive && !(m.kind === 'role' && owners.includes(m.firstToken)));
  const touching = new Set(speakers.filter((m) => m.lastToken === cueFirst - 1 || m.firstToken === cueLast + 1));
  // A chain of mentions is one noun phrase: "police spokeswoman Zarina Akhmetova", "министр … Айдарбек Нургалиев".
  // So is a role that opens the subject with its complement and the name after it ("Министр финансов Мадина
  // Абылкасымова"); a role reached through the chain is not ("X, director of … at the Interior Ministry").
  for (const m of speakers) {
    if (m.apposedRole && speakers.some((t) => touching.has(t) && t.kind === 'role' && t.firstToken === m.apposedRole!.firstToken)) touching.add(m);
  }
  for (const m of speakers) {
    for (const t of touching) {
      if (m.firstToken === t.lastToken + 1 || m.lastToken === t.firstToken - 1) touching.add(m);
    }
  }
  const best = pickMention(touching.size > 0 ? [...touching] : speakers, cueStart);
  // "Serik Akhmetov of Halyk Finance said": the person before "of" is the speaker, the body is where they work.
  if (best && best.kind === 'name') {
    const head = speakers.find((m) => m.kind === 'name' && m.lastToken === best.firstToken - 2);
    if (head && ofBetween?.(head, best)) return head;
  }
  return best;
}

/** Names beat roles beat pronouns; among equals the one closest to the cue. */
export function pickMention(mentions: readonly Mention[], cueStart: number): Mention | null {
  const rank = (m: Mention) => (m.kind === 'name' ? 0 : m.kind === 'role' ? (m.organization ? 2 : 1) : 3);
  let best: Mention | null = null;
  for (const m of mentions) {
    if (!best || rank(m) < rank(best) || (rank(m) === rank(best) && Math.abs(m.start - cueStart) < Math.abs(best.start - cueStart))) best = m;
  }
  return best;
}

/**
 * Token i is a verb of speech or cognition. English verbs share stems with nouns (reporters, points, claims):
 * there only the forms the lexicon lists count; Russian and Kazakh inflect too much for lists of forms.
 */
export function isSpeechWord(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  // "he pointed to the spot": a cue head is a cue only with its particle after it ("pointed out").
  if (ctx.lex.cueHeadParticles.size > 0 && ctx.lex.cueHeads.has(p.stems[i]!) && !ctx.lex.cueHeadParticles.has(p.tokens[i + 1]?.lower ?? '')) return false;
  // Kept on the word's shape when the paragraph was read in the context's language (its stems are that language's).
  if (p.language === ctx.lex.language) {
    const facts = factsOf(p.tokens[i]!, p.language);
    return (facts.speech ??= speechWord(ctx.lex, p.tokens[i]!.lower, p.stems[i]!));
  }
  return speechWord(ctx.lex, p.tokens[i]!.lower, p.stems[i]!);
}

function speechWord(lex: Lexicon, lower: string, stem: string): boolean {
  if (lex.language === 'en' && !lex.speechForms.has(lower)) return false;
  return lex.speechStems.has(stem) && !(lex.notSpeechEnding?.test(lower) ?? false);
}

/** Token i is a cue: a verb of speech that names a speaker, not a capitalised word inside a sentence (the surname Said). */
export function isCueToken(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const t = p.tokens[i]!;
  if (t.capitalized && !p.sentenceInitial.has(i)) return false;
  // "Об этом сообщает сайт" names a source, not a speaker.
  if (!isSpeechWord(ctx, p, i) || ctx.lex.sourceForms.has(t.lower)) return false;
  // "Айта кетейік, …", "Обращает на себя внимание": the writer's aside, no one speaking.
  return !grammarFor(ctx.lex.language).selfAfterCue.some((ph) => ph.every((w, k) => p.tokens[i + 1 + k]?.lower === w));
}

/** A present-tense verb that names where news came from (сообщает, пишет), not a capitalised word inside a sentence. */
function isSourceVerb(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const t = p.tokens[i]!;
  return (!t.capitalized || p.sentenceInitial.has(i)) && ctx.lex.sourceForms.has(t.lower);
}

/** Whether only "of", "at" or "from" stands between two mentions of a paragraph. */
export function ofLink(ctx: DocContext, p: ParagraphInfo): (head: Mention, body: Mention) => boolean {
  const link = grammarFor(ctx.lex.language).workplaceLink;
  return (head, body) => link !== null && link.test(ctx.view.slice(head.end, body.start)) && p.tokens[head.lastToken + 1] !== undefined;
}
