import type { Language } from '../../schemas';
import { foldWord, roleStem, stem } from '../morphology';
import { factsOf, type Token } from '../tokens';
import en from './en.json';
import kk from './kk.json';
import other from './other.json';
import ru from './ru.json';

/** A per-language lexicon, compiled once: words turned into stems so lookups match any inflected form. */
export interface Lexicon {
  readonly language: Language;
  readonly speechStems: ReadonlySet<string>;
  /** Word endings that make a speech verb's stem an adjective or participle ("указанный", "говорящий"), no cue. */
  readonly notSpeechEnding: RegExp | null;
  /** Cues a document speaks by, no one named ("говорится", "отмечается"): the body named before wrote it. */
  readonly documentCues: ReadonlySet<string>;
  /** The speech verbs as written, for English, whose stems collide with nouns. */
  readonly speechForms: ReadonlySet<string>;
  /** Cue words that take the next word into the cue ("атап өтті", "обратил внимание", "pointed out"). */
  readonly cueHeads: ReadonlySet<string>;
  /** The words a cue head must have after it to be a cue, when listed ("pointed out"; "pointed to the spot" is none). */
  readonly cueHeadParticles: ReadonlySet<string>;
  readonly reportOnlyStems: ReadonlySet<string>;
  /** Verbs whose object is a promise in the infinitive (пообещал пустить, promised to send). */
  readonly promiseStems: ReadonlySet<string>;
  /** Verbs whose object is an instruction to someone (поручил управлению представить, instructed X to). */
  readonly instructStems: ReadonlySet<string>;
  /** Verbs that introduce a quoted phrase inside a sentence (назвал «…», called it "…"). */
  readonly namingStems: ReadonlySet<string>;
  /** The naming verbs' listed forms (past tense): another form of the same stem ("call", "calls") is habitual. */
  readonly namingForms: ReadonlySet<string>;
  /**
   * Common first names, folded: one standing alone after the words that name a private person is that person
   * ("– …, – рассказала жительница дома Алия"), where the words could also name a place ("жительница поселка Алгабас").
   */
  readonly givenNames: ReadonlySet<string>;
  /** Lower-case words inside a name ("Mohammed bin Salman", "Ursula von der Leyen"), and prefixes ("al-Jubouri"). */
  readonly nameParticles: ReadonlySet<string>;
  /** A naming verb's object opening the clause before it ("what meteorologists call a “bow echo”"): a term defined. */
  readonly namingObjects: ReadonlySet<string>;
  /** Words before a verb of speech that make it passive or an adjective (it is said, the said). */
  readonly impersonalBefore: ReadonlySet<string>;
  /** Labels of a transcript's turns that never answer: the host's and the audience's (Moderator:, Вопрос:). */
  readonly hostLabels: ReadonlySet<string>;
  /** Nouns a place's name follows ("улице Найманбаева", "селе Акжар"): that capitalised word names no person. */
  readonly placeNouns: ReadonlySet<string>;
  /** Nouns that announce what someone said ("Основные заявления акима:", "the minister's key points:"). */
  readonly statementNouns: ReadonlySet<string>;
  /** The outlet itself, named bare as a cue's subject ("Как сообщало агентство, …"): its own earlier reporting. */
  readonly outletNouns: ReadonlySet<string>;
  /** The outlet nouns as role keys ("агентства", "телеканалу" → their stems), to compare with `roleStems`. */
  readonly outletKeys: ReadonlySet<string>;
  /** Words for a people or a region's inhabitants, capitalised in English ("Korean", "Central Asian"): no one's name. */
  /** Countries' names, by stem: never a person's name on their own ("Вице-премьер Казахстана"). */
  readonly countryStems: ReadonlySet<string>;
  readonly demonyms: ReadonlySet<string>;
  /**
   * Words that look like verbs of speech but open no statement ("выяснилось, что", "говорят, что", "reportedly"),
   * as written: by stem they would take "говорит" and "reported" with them.
   */
  readonly notSpeechForms: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  /** Words that may stand between a cue and its clause without ending it ("said yesterday the …"). */
  readonly adverbsAfterCue: ReadonlySet<string>;
  /** Words after "said" that open no reported clause ("said to", "said in a statement"). */
  readonly notClauseStart: ReadonlySet<string>;
  /** Prepositions and articles: a capitalised word after one names a place or body, not a person. */
  readonly prepositions: ReadonlySet<string>;
  readonly objectPrepositions: ReadonlySet<string>;
  readonly objectVerbStems: ReadonlySet<string>;
  readonly abstractObjectStems: ReadonlySet<string>;
  readonly accordingTo: readonly (readonly string[])[];
  /** Each first word of those phrases: a sentence without one holds none of them. */
  readonly accordingToFirst: ReadonlySet<string>;
  /** "Об этом сообщил X": X said what the sentence before reports. */
  readonly aboutThis: readonly (readonly string[])[];
  /** Cues that say a voice was heard and name no one ("– раздалось из зала"). */
  readonly anonymousCues: ReadonlySet<string>;
  /** A company's legal form before its name in quotation marks (АО «…», ТОО «…»): the marks enclose a name. */
  readonly legalForms: ReadonlySet<string>;
  /** Nouns of a company's trade right before its name ("copper miner Tengri Copper", "lender Halyk"): the name is a body's. */
  readonly tradeNouns: ReadonlySet<string>;
  /** Words a title leaves in lower case ("Grid Under Strain", "The Fall of the Aral"). */
  readonly titleSmallWords: ReadonlySet<string>;
  /** Words of a correction ("An earlier version misquoted X as saying that …"): its sentence states nothing. */
  readonly retractions: ReadonlySet<string>;
  /** Openings of the paragraph after a quotation that name its speaker ("That was the verdict of X", "Так оценил …"). */
  readonly namedAfter: readonly (readonly string[])[];
  /** A word opening such a paragraph with any verb of speech soon after it ("Так о болезни сына рассказывает X"). */
  readonly namedAfterOpeners: ReadonlySet<string>;
  /** Present-tense verbs that name an outlet as a source (Об этом сообщает сайт), matched as written: their past tense (прокуратура сообщала) names a speaker. */
  readonly sourceForms: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  /** Role phrases as stem sequences, longest first. */
  readonly roles: readonly (readonly string[])[];
  /** The same phrases by their first stem, so a word is checked only against roles it can start. */
  readonly rolesByFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Role phrase (stems joined by space) → class id, so "глава государства" and "президент" meet. */
  readonly roleClass: ReadonlyMap<string, number>;
  /** Roles that say little ("глава ведомства", "the official"): they refer back to the last official named. */
  readonly genericRoles: ReadonlySet<string>;
  /** Bodies that speak ("the ministry said"): found like roles, never taken for a person. */
  readonly organizations: ReadonlySet<string>;
  /** Plural roles ("акимы") name a group, never one speaker; kept as written since they stem like the singular. */
  readonly collectiveRoles: ReadonlySet<string>;
  readonly sentenceStarters: ReadonlySet<string>;
  /** Single words that ask for a genitive after them (слова, заявление): never the first word of a name. */
  readonly genitiveAskers: ReadonlySet<string>;
  /** The last words of the phrases that ask for a genitive after them ("словам" of "по словам"). */
  readonly genitivePhraseEnds: ReadonlySet<string>;
  /** First words of the grammar's `bodyAfter` phrases (по данным …). */
  readonly bodyAfterFirst: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly boilerplatePrefixes: readonly string[];
  /** Words that mark a short line as a photo caption wherever they stand in it ("Photo courtesy of …"). */
  readonly captionMarkers: readonly string[];
  readonly nameEndings: readonly string[];
  /** Case endings stripped from role words (see roleStem). */
  readonly roleEndings: readonly string[];
  readonly abbreviations: ReadonlySet<string>;
  readonly claims: Readonly<Record<'directive' | 'commitment' | 'action' | 'factual' | 'opinion', ReadonlySet<string>>>;
}

interface RawLexicon {
  speechVerbs: string[];
  notSpeechEnding?: string;
  documentCues?: string[];
  cueHeads: string[];
  cueHeadParticles: string[];
  reportOnlyVerbs: string[];
  promiseVerbs: string[];
  instructVerbs: string[];
  namingVerbs: string[];
  namingObjects: string[];
  givenNames: string[];
  nameParticles: string[];
  impersonalBefore: string[];
  hostLabels: string[];
  placeNouns: string[];
  statementNouns: string[];
  outletNouns: string[];
  countries: string[];
  demonyms: string[];
  notSpeechAfterThat: string[];
  complementizers: string[];
  adverbsAfterCue: string[];
  notClauseStart: string[];
  prepositions: string[];
  objectPrepositions: string[];
  objectVerbs: string[];
  abstractObjects: string[];
  accordingTo: string[][];
  aboutThis: string[][];
  anonymousCues: string[];
  legalForms: string[];
  tradeNouns: string[];
  titleSmallWords: string[];
  retractions: string[];
  namedAfter: string[][];
  namedAfterOpeners: string[];
  sourceNotSpeaker: string[];
  pronouns: string[];
  roles: string[];
  roleClasses: string[][];
  genericRoles: string[];
  organizations: string[];
  collectiveRoles: string[];
  sentenceStarters: string[];
  honorifics?: string[];
  boilerplatePrefixes: string[];
  captionMarkers: string[];
  nameEndings: string[];
  roleEndings: string[];
  abbreviations: string[];
  claims: Record<'directive' | 'commitment' | 'action' | 'factual' | 'opinion', string[]>;
  grammar: { genitiveBefore: string[]; genitiveOwners: string[]; bodyAfter: string[] };
}

function compile(language: Language, raw: RawLexicon): Lexicon {
  const stems = (words: string[]) => new Set(words.map((w) => stem(w, language)));
  const roleEndings = [...raw.roleEndings].sort((a, b) => b.length - a.length);
  const phrase = (p: string) => p.split(/\s+/).filter(Boolean).map((w) => roleStem(w, language, roleEndings));
  const roles = [...raw.roles, ...raw.organizations].map(phrase).sort((a, b) => b.length - a.length);
  const rolesByFirst = new Map<string, string[][]>();
  for (const r of roles) {
    const list = rolesByFirst.get(r[0]!) ?? [];
    list.push(r);
    rolesByFirst.set(r[0]!, list);
  }
  const roleClass = new Map<string, number>();
  raw.roleClasses.forEach((members, i) => members.forEach((m) => roleClass.set(phrase(m).join(' '), i)));
  // Claim markers are matched as written: they are modal and tense forms, whose stems collide with other
  // words (призываю → призыва… as in призывающих).
  const forms = (words: string[]) => new Set(words.map(foldWord));
  const claims = {
    directive: forms(raw.claims.directive),
    commitment: forms(raw.claims.commitment),
    action: forms(raw.claims.action),
    factual: forms(raw.claims.factual),
    opinion: forms(raw.claims.opinion),
  };
  return {
    language,
    speechStems: stems(raw.speechVerbs),
    notSpeechEnding: raw.notSpeechEnding ? new RegExp(raw.notSpeechEnding) : null,
    documentCues: new Set(raw.documentCues ?? []),
    speechForms: new Set(raw.speechVerbs.map(foldWord)),
    cueHeads: stems(raw.cueHeads),
    cueHeadParticles: new Set(raw.cueHeadParticles),
    reportOnlyStems: stems(raw.reportOnlyVerbs),
    promiseStems: stems(raw.promiseVerbs),
    instructStems: stems(raw.instructVerbs),
    namingStems: stems(raw.namingVerbs),
    namingForms: new Set(raw.namingVerbs.map(foldWord)),
    namingObjects: new Set(raw.namingObjects),
    givenNames: new Set(raw.givenNames.map(foldWord)),
    nameParticles: new Set(raw.nameParticles),
    impersonalBefore: new Set(raw.impersonalBefore.map(foldWord)),
    hostLabels: new Set(raw.hostLabels.map(foldWord)),
    placeNouns: new Set(raw.placeNouns.map(foldWord)),
    statementNouns: new Set(raw.statementNouns.map(foldWord)),
    outletNouns: new Set(raw.outletNouns.map(foldWord)),
    outletKeys: new Set(raw.outletNouns.map((w) => roleStem(foldWord(w), language, roleEndings))),
    countryStems: stems(raw.countries.map(foldWord)),
    demonyms: new Set(raw.demonyms.map(foldWord)),
    notSpeechForms: forms(raw.notSpeechAfterThat),
    complementizers: new Set(raw.complementizers.map(foldWord)),
    adverbsAfterCue: new Set(raw.adverbsAfterCue.map(foldWord)),
    notClauseStart: new Set(raw.notClauseStart.map(foldWord)),
    prepositions: new Set(raw.prepositions.map(foldWord)),
    objectPrepositions: new Set(raw.objectPrepositions.map(foldWord)),
    objectVerbStems: stems(raw.objectVerbs),
    abstractObjectStems: stems(raw.abstractObjects),
    accordingTo: raw.accordingTo.map((p) => p.map(foldWord)),
    accordingToFirst: new Set(raw.accordingTo.map((p) => foldWord(p[0] ?? ''))),
    aboutThis: raw.aboutThis.map((p) => p.map(foldWord)),
    anonymousCues: new Set(raw.anonymousCues.map(foldWord)),
    legalForms: new Set(raw.legalForms.map(foldWord)),
    tradeNouns: new Set(raw.tradeNouns.map(foldWord)),
    titleSmallWords: new Set(raw.titleSmallWords.map(foldWord)),
    retractions: new Set(raw.retractions.map(foldWord)),
    namedAfter: raw.namedAfter.map((p) => p.map(foldWord)),
    namedAfterOpeners: new Set(raw.namedAfterOpeners.map(foldWord)),
    sourceForms: new Set(raw.sourceNotSpeaker.map(foldWord)),
    pronouns: new Set(raw.pronouns.map(foldWord)),
    roles,
    rolesByFirst,
    roleClass,
    genericRoles: new Set(raw.genericRoles.map((r) => phrase(r).join(' '))),
    organizations: new Set(raw.organizations.map((r) => phrase(r).join(' '))),
    collectiveRoles: new Set(raw.collectiveRoles.map(foldWord)),
    sentenceStarters: new Set(raw.sentenceStarters.map(foldWord)),
    genitiveAskers: new Set([...raw.grammar.genitiveBefore, ...raw.grammar.genitiveOwners].filter((w) => !/\s/.test(w)).map(foldWord)),
    genitivePhraseEnds: new Set(raw.grammar.genitiveBefore.map((w) => foldWord(w.split(/\s+/).pop()!))),
    bodyAfterFirst: new Set(raw.grammar.bodyAfter.map((p) => foldWord(p.split(/\s+/)[0] ?? ''))),
    honorifics: new Set((raw.honorifics ?? []).map(foldWord)),
    boilerplatePrefixes: raw.boilerplatePrefixes.map(foldWord),
    captionMarkers: raw.captionMarkers.map(foldWord),
    nameEndings: [...raw.nameEndings].sort((a, b) => b.length - a.length),
    roleEndings,
    abbreviations: new Set(raw.abbreviations.map(foldWord)),
    claims,
  };
}

/** Word classes of a lexicon that the rules ask about word by word (see `classesOf`). */
export const WORD_CLASS = {
  honorific: 1,
  pronoun: 2,
  sentenceStarter: 4,
  complementizer: 8,
  opensAccordingTo: 16,
  asksGenitive: 32,
  opensBodyAfter: 64,
} as const;

function wordClasses(lex: Lexicon, lower: string): number {
  return (
    (lex.honorifics.has(lower) ? WORD_CLASS.honorific : 0) |
    (lex.pronouns.has(lower) ? WORD_CLASS.pronoun : 0) |
    (lex.sentenceStarters.has(lower) ? WORD_CLASS.sentenceStarter : 0) |
    (lex.complementizers.has(lower) ? WORD_CLASS.complementizer : 0) |
    (lex.accordingToFirst.has(lower) ? WORD_CLASS.opensAccordingTo : 0) |
    (lex.genitiveAskers.has(lower) ? WORD_CLASS.asksGenitive : 0) |
    (lex.bodyAfterFirst.has(lower) ? WORD_CLASS.opensBodyAfter : 0)
  );
}

/** The word classes a token's word belongs to in a lexicon: looked up once per word, then kept on its shape. */
export function classesOf(t: Token, lex: Lexicon): number {
  const facts = factsOf(t, lex.language);
  return (facts.classes ??= wordClasses(lex, t.lower));
}

const compiled = new Map<Language, Lexicon>();
const RAW: Record<Language, RawLexicon> = { ru, en, kk, other };

/**
 * The lexicon for a language. 'other' (a language we have no lexicon for) gets one without cues, roles or
 * pronouns: another language's cue words would find speech in stray words and miss the real cues.
 */
// The last language asked for: nearly every call asks for the page's own, and comparing the name is cheaper than
// a map lookup.
let lastLanguage: Language | undefined;
let lastLexicon: Lexicon | undefined;

export function lexiconFor(language: Language): Lexicon {
  if (language === lastLanguage) return lastLexicon!;
  let lex = compiled.get(language);
  if (!lex) {
    lex = compile(language, RAW[language]);
    compiled.set(language, lex);
  }
  lastLanguage = language;
  lastLexicon = lex;
  return lex;
}
