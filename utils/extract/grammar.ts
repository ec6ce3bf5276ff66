import type { Language } from '../schemas';
import en from './lexicon/en.json';
import kk from './lexicon/kk.json';
import other from './lexicon/other.json';
import ru from './lexicon/ru.json';
import { foldWord, roleStem } from './morphology';

/**
 * The `grammar` section of the lexicons, compiled once per language: word shapes and function words the rules
 * read (infinitive endings, clause joiners, the words that tie a role to a name, verb endings of claims), so
 * that the rules themselves hold no language's words. lexicon/index.ts compiles the word lists beside it.
 */
export interface Grammar {
  /** Words that mark an infinitive before it ("to"), for languages that have them. */
  readonly infinitiveMarkers: ReadonlySet<string>;
  /** An infinitive by its ending (построить, провести, помочь). */
  readonly infinitiveEnding: RegExp | null;
  /** Kazakh: the ending that makes a clause the object of a verb of speech (…екенін, …қарауды). */
  readonly clauseObjectEnding: RegExp | null;
  /** Where one sentence holds two claims (", а ", "; ", ", but "). */
  readonly clauseJoiners: readonly string[];
  /**
   * Words after which a Russian name stands in the genitive (по словам Алмаса Чукина), and nouns whose owner a
   * name right after them is (заявление Алмаса Чукина), tested on the text before the name.
   */
  readonly genitiveBefore: RegExp | null;
  /** Phrases after which the source of what follows is named, a body as often as a person (по данным фонда). */
  readonly bodyAfter: readonly (readonly string[])[];
  /**
   * Words that open a body's name written before its noun ("the national statistics bureau"): the words between
   * one of them and the noun belong to the name. Empty where a name follows its noun (министерство энергетики).
   */
  readonly bodyDeterminers: ReadonlySet<string>;
  /** What may stand between a name and its role: ", the", ", бывший", " is the", " has been". */
  readonly nameRoleLink: RegExp;
  /** Endings that make a name a possessive ("Okafor's deputy"): its owner is named, not the speaker. */
  readonly possessiveEndings: readonly string[];
  /** Prepositions that place a statement in a body: "сообщили в пресс-службе" — the body speaks. */
  readonly inBody: ReadonlySet<string>;
  /** Words that continue a body's name after its noun: пресс-служба министерства энергетики. */
  readonly bodyComplement: BodyComplement;
  /** Role nouns as the lexicon writes them (the nominative), by the key a role mention carries. */
  readonly roleNominative: ReadonlyMap<string, string>;
  /** Words that join two verbs of one subject ("указал на A и подчеркнул B"). */
  readonly coordinators: ReadonlySet<string>;
  /** Verbs of speech whose listener comes before what was said ("told reporters the …"). */
  readonly takesListener: ReadonlySet<string>;
  /** Whom a statement is made to, in the case a cue takes them in ("заявил агентству …", "сказал журналистам"): never its speaker. */
  readonly listenerNouns: ReadonlySet<string>;
  /** "not", "не": before an infinitive after "asked" they make a request for oneself ("asked not to be named"). */
  readonly negations: ReadonlySet<string>;
  /** Verbs of plain telling that, negated, report nothing said ("did not say", "не уточнил"). */
  readonly withheldCues: ReadonlySet<string>;
  /** "which", "который": a clause set off by commas after a sentence's subject ("CPC, which …, said"). */
  readonly relativePronouns: ReadonlySet<string>;
  /** Relative pronouns a verb follows at once ("who chairs the committee"): a role word after one is that verb. */
  readonly subjectRelatives: ReadonlySet<string>;
  /** What links a name to the post named after it ("X на посту главного тренера"), or null. */
  readonly postLink: RegExp | null;
  /** How a deputy's role opens ("первый заместитель", "зампред", "deputy"): a head's role ("глава") never means it. */
  readonly deputyRole: RegExp | null;
  /** A capitalised adjective before a body's noun is part of its name ("Счетный комитет"): its endings, or null. */
  readonly bodyAdjective: RegExp | null;
  /** A compound before a body's noun that describes it rather than names it ("the London-listed company", "the state-owned bank"). */
  readonly describingCompound: RegExp | null;
  /**
   * The head of a ministry is its minister: a head noun ("глава") before a ministry's name ("Минздрава", "МЧС") puts
   * the person in the minister's class, so "– сказал министр" is "глава МЧС России Глеб Рожков". Null: no such rule.
   */
  readonly ministryHead: { readonly heads: ReadonlySet<string>; readonly body: RegExp; readonly acronym: RegExp; readonly role: string } | null;
  /** Pronouns that name a woman or a man ("ее", "он"); "его", also "its", is left out. */
  readonly pronounGenders: { readonly female: ReadonlySet<string>; readonly male: ReadonlySet<string> };
  /**
   * What tells a person's gender where the name does not decline (English): first names, titles before the name,
   * role words ("spokeswoman") and surname endings ("-ova", "-uly"). Null where names are read by lvovich.
   */
  readonly personGenders: { readonly female: GenderCues; readonly male: GenderCues } | null;
  /** A noun for any public body ("ведомство"): the body named last, whatever its kind. */
  readonly genericBodies: ReadonlySet<string>;
  /**
   * Bodies a role belongs to ("the ministry" of the agriculture minister): the body's nouns and the role's head
   * nouns, by their role stems, and the title the body's name is written with ("Ministry of", "Министерство").
   */
  readonly bodiesOfRoles: ReadonlyArray<{ readonly bodies: ReadonlySet<string>; readonly roles: ReadonlySet<string>; readonly title: string }>;
  /**
   * Roles every member of a body holds whatever office the text gives them: "– подчеркнул депутат" after "первый
   * зампред комитета Госдумы X" is X. The role's stem, and how the bodies' nouns begin in a holder's role.
   */
  readonly membersOf: ReadonlyArray<{ readonly role: string; readonly bodies: readonly string[] }>;
  /** "— приводит его слова телеканал", "цитирует министра издание": an outlet quoting; the speaker is whose words they are. */
  readonly quoting: { readonly verbs: ReadonlySet<string>; readonly words: ReadonlySet<string> };
  /** Kazakh "деп": closes a quoted or reported clause before its verb of speech. */
  readonly quotative: ReadonlySet<string>;
  /** "Как пояснили в комитете, …": the word that, with any verb of speech after it, opens an attribution. */
  readonly asCue: ReadonlySet<string>;
  /** Words between a person and the body they work for ("Serik Akhmetov of Halyk Finance", "Иванов из МВД"). */
  readonly workplaceLink: RegExp | null;
  /** An English body's "of" complement: the words that open it and those that may stand inside it. */
  readonly ofStarts: ReadonlySet<string>;
  readonly ofJoiners: ReadonlySet<string>;
  /** Patronymics end a name of three words (Иван Петрович Сидоров, Нұрлан Серікұлы). */
  readonly patronymicEnding: RegExp | null;
  /** A verb of speech in its impersonal form (ожидается, считается): no one's statement opens with it. */
  readonly impersonalCue: RegExp | null;
  /**
   * A word shaped as a verb in the third person or the past, taken as the cue of a dialogue line's author's words
   * the lexicon does not list ("– …, – вздыхает пенсионерка Галина."), with no lexicon entry needed.
   */
  readonly unlistedCueVerb: RegExp | null;
  /**
   * An adjective's dative ending: a title in quotation marks that declines so ("«Деловому курсу»") names whom a
   * body told, not the body's own name, which stays as registered («КазТрансОйл», «Самрук-Энерго»).
   */
  readonly dativeAdjective: RegExp | null;
  /** "a", "an": a role after one names someone new to the text ("said a diplomat"). */
  readonly indefiniteArticles: ReadonlySet<string>;
  /** Determiners that deny the noun after them is anyone ("neither party", "no official"). */
  readonly negativeDeterminers: ReadonlySet<string>;
  /** Relative pronouns only a thing or a body takes ("which"): a name they follow is no person's. */
  readonly bodyRelatives: ReadonlySet<string>;
  /** Surnames' endings, for languages where they tell a surname from a place ("Аким Алматы пообещал"). */
  readonly surnameEnding: RegExp | null;
  /** Words that join a sentence to the one before ("Вместе с тем", "However"): no part of what is reported after them. */
  readonly connectives: ReadonlySet<string>;
  /** Patronymics a Kazakh name may end with, as a surname ends another (Ержан Нұрланұлы). */
  readonly patronymicAsSurname: RegExp | null;
  /** Past-tense endings that agree with a woman or a man (сказала, сказал), where the language marks gender. */
  readonly pastGender: { readonly female: RegExp | null; readonly male: RegExp | null };
  /**
   * A cue written after the statement precedes its subject ("…, заявил министр"): "…, министр заявил" is then a
   * circumstance and its subject ("Выступая на брифинге, министр заявил:"), not a statement.
   */
  readonly cueBeforeSubject: boolean;
  /**
   * A circumstance written between a verb of speech and the clause it reports, which is no part of that clause:
   * "said on Tuesday …", "said in a statement …" (a preposition, then a day or a determiner and its noun). The
   * clause after it opens with a name, a number or one of `clauseOpeners` ("said at a news conference in the
   * capital" has none: the noun runs on).
   */
  readonly circumstanceAfterCue: {
    readonly prepositions: ReadonlySet<string>;
    readonly determiners: ReadonlySet<string>;
    readonly clauseOpeners: ReadonlySet<string>;
  };
  /**
   * Lower-case words that may stand right before a verb of speech whose subject is further back ("has said",
   * "would say"). Empty where word order says nothing of it. Any other lower-case word there that ends no
   * mention makes the verb a participle inside a noun ("value added tax"), not a cue.
   */
  readonly beforeCue: ReadonlySet<string>;
  /** A pronoun that stands for a body, never a person ("it said"): the body named last. */
  readonly bodyPronouns: ReadonlySet<string>;
  /** Words by which an outlet names whom it cites ("со ссылкой на пресс-службу …", "citing the ministry"). */
  readonly citing: readonly (readonly string[])[];
  /**
   * Nouns for a text that says something ("a joint statement said …", "the decree says …"): its words are
   * reported with no speaker, as no person or body is named.
   */
  readonly documents: ReadonlySet<string>;
  /** Prepositions that tie a group to the body its members work for ("analysts at Jefferies", "experts from …"). */
  readonly groupMemberOf: ReadonlySet<string>;
  /** Pronouns for people spoken of before as a group ("…, they said"): a group's words, with no speaker named. */
  readonly groupPronouns: ReadonlySet<string>;
  /** Nouns for figures ("according to data compiled by …"): with no one named beside them, no one speaks. */
  readonly dataNouns: ReadonlySet<string>;
  /** Nouns for records ("according to court documents", "meeting minutes"): whoever keeps them says nothing. */
  readonly recordNouns: ReadonlySet<string>;
  /** Participles after a document's noun that make it one someone saw, not wrote ("a document seen by …"). */
  readonly seenBy: ReadonlySet<string>;
  /** Lower-case kinds of place after a place's name in a role's complement ("Akim of Almaty region X"). */
  readonly placeKinds: ReadonlySet<string>;
  /** Prepositions that open what a body in a role's complement deals with ("комитета … по международным делам"). */
  readonly fieldPrepositions: ReadonlySet<string>;
  /**
   * Modal verbs. After a verb of promising with no "that", a clause has one ("promised the bridge would open"); a
   * noun it took has none ("promises new jobs as mines wind down").
   */
  readonly modals: ReadonlySet<string>;
  /**
   * Verbs of speech that also take a noun for their object ("confirmed the closure of the plant", "accepted the
   * proposal"): with no "that", what follows them is a clause only when a verb stands in it.
   */
  readonly nounTakingVerbs: ReadonlySet<string>;
  /** Finite verbs a clause after such a verb may hold: auxiliaries and common irregular past forms. */
  readonly finiteVerbs: ReadonlySet<string>;
  /** Verbs that ask ("спросил журналист"): in a dialogue their clause closes a question, no statement. */
  readonly askingVerbs: ReadonlySet<string>;
  /** Who asks the questions a text quotes ("– …? – спросили министра журналисты"): no one's statement. */
  readonly askers: ReadonlySet<string>;
  /** Words right after a verb of speech that make its subject a fact, not a speaker ("Обращает на себя внимание"). */
  readonly selfAfterCue: readonly (readonly string[])[];
  /**
   * Phrases that open a sentence naming who made the statement before it, with a noun for the statement rather
   * than a verb of speech ("Такое заявление сделал министр …", "С таким заявлением выступил аким …").
   */
  readonly statementPhrases: readonly (readonly string[])[];
  readonly claims: ClaimGrammar;
}

export interface BodyComplement {
  /** A genitive word (министерства, энергетики); capitalised words (Алматы, РК) continue a name anyway. */
  readonly genitive: RegExp | null;
  /** After a genitive plural adjective any noun follows (внутренних дел, чрезвычайных ситуаций). */
  readonly afterAdjective: RegExp | null;
  /** Prepositions inside a body's name and the endings of the words they take (по чрезвычайным ситуациям). */
  readonly prepositions: ReadonlySet<string>;
  readonly afterPreposition: RegExp | null;
  /** Adverbs and short adjectives with a genitive's ending (пока, долго, готова): a name never runs on into them. */
  readonly stops: ReadonlySet<string>;
}

export interface ClaimGrammar {
  /** Past-tense and passive-participle forms: something done. */
  readonly done: RegExp | null;
  /** First-person future forms: something promised (закупим, построим). */
  readonly promised: RegExp | null;
  /**
   * The future of reported speech ("said it would raise pensions"): an auxiliary that promises when a verb of
   * action follows it, not one of `notBefore` ("would be a mistake", "would like"); or its `passive` auxiliary and a
   * participle of action ("would be made").
   */
  readonly futureInPast: { readonly auxiliaries: ReadonlySet<string>; readonly passive: string; readonly notBefore: ReadonlySet<string> };
  /** Numbers written in words ("three times", "вдвое", "он есе"): a claim with one counts as holding a number. */
  readonly numberWords: ReadonlySet<string>;
  /** Words shaped like those forms that are not verbs of action (правила, недели; needed, hundred). */
  readonly notVerbs: ReadonlySet<string>;
  /** Endings of whole classes of such words (руководители, жители: nouns in -тели). */
  readonly notVerbEnding: RegExp | null;
  /** Verbs of being, ability and wanting: their past tense tells of a state, not an action (был, мог, wanted). */
  readonly statives: ReadonlySet<string>;
  /** Auxiliaries of a continuous tense ("are building"): the action is under way. */
  readonly progressive: ReadonlySet<string>;
  /** The ending a continuous tense takes (building). */
  readonly progressiveEnding: RegExp | null;
}

interface RawGrammar {
  infinitiveMarkers: string[];
  infinitiveEnding: string;
  clauseObjectEnding: string;
  clauseJoiners: string[];
  genitiveBefore: string[];
  genitiveOwners: string[];
  bodyAfter: string[];
  bodyDeterminers: string[];
  nameRole: { determiners: string[]; modifiers: string[]; copulas: string[] };
  possessiveEndings: string[];
  inBody: string[];
  bodyComplement: { genitive: string; afterAdjective: string; prepositions: string[]; afterPreposition: string; stops: string[] };
  coordinators: string[];
  takesListener: string[];
  listenerNouns: string[];
  negations: string[];
  withheldCues: string[];
  relativePronouns: string[];
  subjectRelatives: string[];
  postLink: string | null;
  deputyRole: string | null;
  bodyAdjective: string | null;
  describingCompound: string | null;
  ministryHead: { heads: string[]; body: string; acronym: string; role: string } | null;
  pronounGenders: { female: string[]; male: string[] };
  personGenders: { female: RawGenderCues; male: RawGenderCues } | null;
  genericBodies: string[];
  bodiesOfRoles: Array<{ bodies: string[]; roles: string[]; title: string }>;
  membersOf: Array<{ role: string; bodies: string[] }>;
  quoting: { verbs: string[]; words: string[] };
  quotative: string[];
  asCue: string[];
  workplaceLinks: string[];
  ofComplement: { starts: string[]; joiners: string[] };
  patronymicEnding: string;
  impersonalCue: string;
  unlistedCueVerb: string;
  dativeAdjective: string;
  indefiniteArticles: string[];
  negativeDeterminers: string[];
  bodyRelatives: string[];
  surnameEnding: string;
  patronymicAsSurname: string;
  connectives: string[];
  pastGender: { female: string; male: string };
  cueBeforeSubject: boolean;
  circumstanceAfterCue: { prepositions: string[]; determiners: string[]; clauseOpeners: string[] };
  beforeCue: string[];
  bodyPronouns: string[];
  citing: string[];
  documents: string[];
  groupMemberOf: string[];
  groupPronouns: string[];
  dataNouns: string[];
  recordNouns: string[];
  seenBy: string[];
  placeKinds: string[];
  fieldPrepositions: string[];
  modals: string[];
  nounTakingVerbs: string[];
  finiteVerbs: string[];
  askingVerbs: string[];
  askers: string[];
  selfAfterCue: string[][];
  statementPhrases: string[];
  claims: {
    done: string;
    promised: string;
    futureInPast: { auxiliaries: string[]; passive: string; notBefore: string[] };
    numberWords: string[];
    notVerbs: string[];
    notVerbEnding: string;
    statives: string[];
    progressive: string[];
    progressiveEnding: string;
  };
}

interface RawLexiconPart {
  grammar: RawGrammar;
  roles: string[];
  organizations: string[];
  roleEndings: string[];
  prepositions: string[];
}

const RAW: Record<Language, RawLexiconPart> = { ru, en, kk, other };
export interface GenderCues {
  readonly firstNames: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly roleWords: ReadonlySet<string>;
  readonly surnameEndings: readonly string[];
}

interface RawGenderCues {
  firstNames: string[];
  honorifics: string[];
  roleWords: string[];
  surnameEndings: string[];
}

function genderCues(raw: RawGenderCues): GenderCues {
  return { firstNames: new Set(raw.firstNames), honorifics: new Set(raw.honorifics), roleWords: new Set(raw.roleWords), surnameEndings: raw.surnameEndings };
}

const compiled = new Map<Language, Grammar>();

const pattern = (source: string, flags = 'u') => (source ? new RegExp(source, flags) : null);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]) => words.map((w) => escape(w).replace(/ /g, '\\s+')).join('|');

function compile(language: Language, raw: RawLexiconPart): Grammar {
  const g = raw.grammar;
  const { determiners, modifiers, copulas } = g.nameRole;
  const det = determiners.length > 0 ? `((${alternatives(determiners)})\\s+)?` : '';
  const mod = modifiers.length > 0 ? `((${alternatives(modifiers)})\\s+)?` : '';
  const cop = copulas.length > 0 ? `|\\s+(${alternatives(copulas)})\\s+${det}` : '';
  const roleEndings = [...raw.roleEndings].sort((a, b) => b.length - a.length);
  const roleNominative = new Map<string, string>();
  for (const written of [...raw.roles, ...raw.organizations]) {
    if (/\s/.test(written)) continue;
    const key = roleStem(written, language, roleEndings);
    if (!roleNominative.has(key)) roleNominative.set(key, written);
  }
  return {
    infinitiveMarkers: new Set(g.infinitiveMarkers.map(foldWord)),
    infinitiveEnding: pattern(g.infinitiveEnding),
    clauseObjectEnding: pattern(g.clauseObjectEnding),
    clauseJoiners: g.clauseJoiners,
    genitiveBefore: genitiveContext(g.genitiveBefore, g.genitiveOwners, raw.prepositions),
    bodyAfter: g.bodyAfter.map((p) => p.split(/\s+/).map(foldWord)),
    bodyDeterminers: new Set(g.bodyDeterminers.map(foldWord)),
    nameRoleLink: new RegExp(`^(,\\s*${det}${mod}${cop})$`, 'iu'),
    possessiveEndings: g.possessiveEndings,
    inBody: new Set(g.inBody.map(foldWord)),
    bodyComplement: {
      genitive: pattern(g.bodyComplement.genitive),
      afterAdjective: pattern(g.bodyComplement.afterAdjective),
      prepositions: new Set(g.bodyComplement.prepositions.map(foldWord)),
      afterPreposition: pattern(g.bodyComplement.afterPreposition),
      stops: new Set(g.bodyComplement.stops.map(foldWord)),
    },
    roleNominative,
    coordinators: new Set(g.coordinators.map(foldWord)),
    takesListener: new Set(g.takesListener.map(foldWord)),
    listenerNouns: new Set(g.listenerNouns.map(foldWord)),
    negations: new Set(g.negations.map(foldWord)),
    withheldCues: new Set(g.withheldCues.map(foldWord)),
    relativePronouns: new Set(g.relativePronouns.map(foldWord)),
    subjectRelatives: new Set(g.subjectRelatives),
    postLink: g.postLink ? new RegExp(g.postLink, 'u') : null,
    deputyRole: g.deputyRole ? new RegExp(g.deputyRole, 'iu') : null,
    bodyAdjective: g.bodyAdjective ? new RegExp(g.bodyAdjective) : null,
    describingCompound: g.describingCompound ? new RegExp(g.describingCompound, 'u') : null,
    ministryHead: g.ministryHead && {
      heads: new Set(g.ministryHead.heads.map((w) => roleStem(w, language, roleEndings))),
      body: new RegExp(g.ministryHead.body),
      acronym: new RegExp(g.ministryHead.acronym),
      role: roleStem(g.ministryHead.role, language, roleEndings),
    },
    pronounGenders: { female: new Set(g.pronounGenders.female.map(foldWord)), male: new Set(g.pronounGenders.male.map(foldWord)) },
    personGenders: g.personGenders && { female: genderCues(g.personGenders.female), male: genderCues(g.personGenders.male) },
    genericBodies: new Set(g.genericBodies.map((w) => roleStem(w, language, roleEndings))),
    bodiesOfRoles: g.bodiesOfRoles.map((b) => ({
      bodies: new Set(b.bodies.map((w) => roleStem(w, language, roleEndings))),
      roles: new Set(b.roles.map((w) => roleStem(w, language, roleEndings))),
      title: b.title,
    })),
    membersOf: g.membersOf.map((m) => ({ role: roleStem(m.role, language, roleEndings), bodies: m.bodies.map(foldWord) })),
    quoting: { verbs: new Set(g.quoting.verbs.map(foldWord)), words: new Set(g.quoting.words.map(foldWord)) },
    quotative: new Set(g.quotative.map(foldWord)),
    asCue: new Set(g.asCue.map(foldWord)),
    workplaceLink: g.workplaceLinks.length > 0 ? new RegExp(`^ (?:${alternatives(g.workplaceLinks)}) $`, 'iu') : null,
    ofStarts: new Set(g.ofComplement.starts.map(foldWord)),
    ofJoiners: new Set(g.ofComplement.joiners.map(foldWord)),
    patronymicEnding: pattern(g.patronymicEnding),
    impersonalCue: pattern(g.impersonalCue),
    unlistedCueVerb: pattern(g.unlistedCueVerb),
    dativeAdjective: pattern(g.dativeAdjective),
    indefiniteArticles: new Set(g.indefiniteArticles.map(foldWord)),
    negativeDeterminers: new Set(g.negativeDeterminers.map(foldWord)),
    bodyRelatives: new Set(g.bodyRelatives.map(foldWord)),
    surnameEnding: pattern(g.surnameEnding, 'iu'),
    patronymicAsSurname: pattern(g.patronymicAsSurname, 'iu'),
    connectives: new Set(g.connectives.map(foldWord)),
    pastGender: { female: pattern(g.pastGender.female), male: pattern(g.pastGender.male) },
    cueBeforeSubject: g.cueBeforeSubject,
    circumstanceAfterCue: {
      prepositions: new Set(g.circumstanceAfterCue.prepositions.map(foldWord)),
      determiners: new Set(g.circumstanceAfterCue.determiners.map(foldWord)),
      clauseOpeners: new Set(g.circumstanceAfterCue.clauseOpeners.map(foldWord)),
    },
    beforeCue: new Set(g.beforeCue.map(foldWord)),
    bodyPronouns: new Set(g.bodyPronouns.map(foldWord)),
    citing: g.citing.map((phrase) => phrase.split(' ').map(foldWord)),
    documents: new Set(g.documents.map(foldWord)),
    groupMemberOf: new Set(g.groupMemberOf.map(foldWord)),
    groupPronouns: new Set(g.groupPronouns.map(foldWord)),
    dataNouns: new Set(g.dataNouns.map(foldWord)),
    recordNouns: new Set(g.recordNouns.map(foldWord)),
    seenBy: new Set(g.seenBy.map(foldWord)),
    placeKinds: new Set(g.placeKinds.map(foldWord)),
    fieldPrepositions: new Set(g.fieldPrepositions.map(foldWord)),
    modals: new Set(g.modals.map(foldWord)),
    nounTakingVerbs: new Set(g.nounTakingVerbs.map(foldWord)),
    finiteVerbs: new Set(g.finiteVerbs.map(foldWord)),
    askingVerbs: new Set(g.askingVerbs.map(foldWord)),
    askers: new Set(g.askers.map(foldWord)),
    selfAfterCue: g.selfAfterCue.map((phrase) => phrase.map(foldWord)),
    statementPhrases: g.statementPhrases.map((phrase) => phrase.split(' ').map(foldWord)),
    claims: {
      done: pattern(g.claims.done),
      promised: pattern(g.claims.promised),
      futureInPast: { auxiliaries: new Set(g.claims.futureInPast.auxiliaries.map(foldWord)), passive: g.claims.futureInPast.passive, notBefore: new Set(g.claims.futureInPast.notBefore.map(foldWord)) },
      numberWords: new Set(g.claims.numberWords.map(foldWord)),
      notVerbs: new Set(g.claims.notVerbs.map(foldWord)),
      notVerbEnding: pattern(g.claims.notVerbEnding),
      statives: new Set(g.claims.statives.map(foldWord)),
      progressive: new Set(g.claims.progressive.map(foldWord)),
      progressiveEnding: pattern(g.claims.progressiveEnding),
    },
  };
}

/**
 * The words before a name that put it in the genitive. A phrase or preposition asks for it across a few words
 * (по мнению экономиста Алмаса Чукина); a noun only right before the name, and not after a preposition: "Позицию
 * поддержала Анна Иванова" and "В ответ Анна Иванова" have the name as their subject.
 */
function genitiveContext(before: readonly string[], owners: readonly string[], prepositions: readonly string[]): RegExp | null {
  const parts: string[] = [];
  if (before.length > 0) parts.push(`(?:${alternatives(before)})(?:\\s+[\\p{L}-]+){0,4}`);
  if (owners.length > 0) {
    const notAfter = prepositions.length > 0 ? `(?<!(?:^|\\s)(?:${alternatives(prepositions)})\\s+)` : '';
    parts.push(`${notAfter}(?:${alternatives(owners)})`);
  }
  return parts.length > 0 ? new RegExp(`(?:^|\\s)(?:${parts.join('|')})\\s+$`, 'iu') : null;
}

/** The grammar of the language a lexicon was compiled for (`lex.language`). */
// The last language asked for: nearly every call asks for the page's own, many times per word, and comparing
// the name is cheaper than a map lookup.
let lastLanguage: Language | undefined;
let lastGrammar: Grammar | undefined;

export function grammarFor(language: Language): Grammar {
  if (language === lastLanguage) return lastGrammar!;
  let g = compiled.get(language);
  if (!g) {
    g = compile(language, RAW[language]);
    compiled.set(language, g);
  }
  lastLanguage = language;
  lastGrammar = g;
  return g;
}

/** An infinitive: after its marker ("to") or by its ending (представить, провести). */
export function isInfinitive(g: Grammar, word: string): boolean {
  return g.infinitiveMarkers.has(word) || (g.infinitiveEnding?.test(word) ?? false);
}
