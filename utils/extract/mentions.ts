import { isSpeechWord } from './attribution';
import type { DocContext, ParagraphInfo } from './context';
import { grammarFor, type Grammar } from './grammar';
import { classesOf, WORD_CLASS } from './lexicon';
import { foldWord, inflectedFrom, nameKey, someCaseStem } from './morphology';
import { isRussianNameWord, surnameForms } from './russian-names';
import { adjacent, factsOf, type Token } from './tokens';
import { quotedNameEnd } from './quote-spans';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const BREAK_OR_QUOTE_MARK = /[.!?,;:«\n]/;
const SENTENCE_STOP = /[.!?;\n]/;
/** Words a role's "of" complement may take before the name ("of the Agency for Regulation and Development of the Financial Market"). */
const MAX_BODY_NAME_WORDS = 14;

/** A place in the text that may name a speaker: a person's name, a role ("глава государства") or a pronoun. */
export interface Mention {
  readonly kind: 'name' | 'role' | 'pronoun';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** name: its surname key; role: the lexicon role's stems; pronoun: the word. */
  readonly key: string;
  /** name: the word its key was taken from, as written (the surname; a body's noun). */
  readonly surname?: string;
  /** A role written next to the name ("Аким Алматы Бауыржан Касенов"): its text and lexicon key. */
  readonly apposedRole?: ApposedRole;
  readonly firstToken: number;
  readonly lastToken: number;
  /** A role that names a body (министерство, police): a person's role outranks it as a speaker. */
  readonly organization?: boolean;
  /** "Okafor's deputy", "the ministry's spokesman": it names whose the next words are, never the speaker. */
  readonly possessive?: boolean;
  /** A body's words before its noun, as written ("regional emergency" of "the regional emergency department"). */
  readonly premodifiers?: string;
}

/**
 * A mention with every field in the same order, those left out set to undefined: the speaker registry reads
 * mentions of every kind at the same places, and mentions built by different literals had some thirty hidden
 * classes there, read by V8's slow generic lookup (see `newCandidate`).
 */
export function newMention(f: Mention): Mention {
  return {
    kind: f.kind,
    start: f.start,
    end: f.end,
    text: f.text,
    key: f.key,
    surname: f.surname,
    apposedRole: f.apposedRole,
    firstToken: f.firstToken,
    lastToken: f.lastToken,
    organization: f.organization,
    possessive: f.possessive,
    premodifiers: f.premodifiers,
  };
}

export interface ApposedRole {
  readonly text: string;
  readonly key: string;
  /** The role is in the genitive (министра, экономиста) and stands beside the name alone: so is the name. */
  readonly genitive?: boolean;
  /** The role's first word: the role, its complement and the name are one noun phrase. */
  readonly firstToken: number;
}

/**
 * Whether a name word of this text declines as a Russian name: Cyrillic words in a Russian text, Kazakh names
 * included (Әбдіқадырова is Әбдіқадыров's genitive there). Other words meet by their nameKey.
 */
export function declinesInRussian(ctx: DocContext, word: string): boolean {
  return ctx.language === 'ru' && isRussianNameWord(word);
}

/**
 * The surnames of a text's multi-word names, so that a lone capitalised word can be known for one of them:
 * a Russian surname by every case form of every nominative it may be a case of (Игоря Ковальского, then
 * Ковальский alone), other words by their nameKey.
 */
export class KnownSurnames {
  private readonly keys = new Set<string>();
  private readonly forms = new Set<string>();
  private readonly added = new Set<string>();

  constructor(private readonly ctx: DocContext) {}

  add(word: string): void {
    if (this.added.has(word)) return;
    this.added.add(word);
    if (declinesInRussian(this.ctx, word)) for (const form of surnameForms(word)) this.forms.add(form);
    else this.keys.add(nameKey(word, this.ctx.lex.nameEndings, this.ctx.lex.nameParticles));
  }

  has(word: string): boolean {
    return declinesInRussian(this.ctx, word) ? this.forms.has(foldWord(word)) : this.keys.has(nameKey(word, this.ctx.lex.nameEndings, this.ctx.lex.nameParticles));
  }

  /** First names of the text's full names, as written: "Жительница … Айгерим" before "Айгерим Сапарова". */
  readonly given = new Set<string>();

  /** Short names the text gives a body in parentheses: "Казахстанская федерация футбола (КФФ)". */
  readonly shortNames = new Set<string>();
}

/** Surnames of every multi-word name in the text: a lone capitalised word that is a form of one is that person. */
export function collectSurnames(ctx: DocContext): KnownSurnames {
  const known = new KnownSurnames(ctx);
  const all = ctx.headline ? [ctx.headline, ...ctx.paragraphs] : ctx.paragraphs;
  for (const p of all) {
    let i = 0;
    while (i < p.tokens.length) {
      if (p.tokens[i]!.acronym && inParentheses(ctx, p.tokens[i]!) && bodyNounBefore(ctx, p, i)) known.shortNames.add(p.tokens[i]!.text);
      if (!isRunStart(ctx, p, i)) {
        i++;
        continue;
      }
      const run = capRun(ctx, p, i);
      // "the Syr Darya", "its Karatas mine": a person's name takes no determiner, so no surname is learnt there (a
      // body's name may run on into its official's: "the National Bank Binur Zhalenov").
      const determined = i > 0 && grammarFor(ctx.lex.language).bodyDeterminers.has(p.tokens[i - 1]!.lower) && !bodyNounWithin(ctx, p, i, run);
      if (run >= 2 && !determined) {
        const last = i + Math.min(run, 4) - 1;
        known.add(p.tokens[last]!.text);
        // A first name and a surname alone: in a longer run, or after a role or a preposition, the first word may
        // be a body's or a place's ("председатель Сената Бакытжан Сейтказиев", "в Алматы Ерлан …").
        const before = p.tokens[i - 1];
        if (run === 2 && !isOrganization(ctx, p, last) && (before === undefined || (roleAt(ctx, p, i - 1) === 0 && !ctx.lex.prepositions.has(before.lower)))) known.given.add(p.tokens[i]!.text);
      }
      i += Math.max(1, run);
    }
  }
  return known;
}

function roleAt(ctx: DocContext, p: ParagraphInfo, i: number): number {
  const { tokens, roleStems: stems } = p;
  let starts: ReadonlyArray<readonly string[]> | null | undefined;
  if (p.language === ctx.lex.language) {
    // Null (no role opens with the word, nearly every word) is an answer too: `??=` would ask the map again.
    const facts = factsOf(tokens[i]!, p.language);
    starts = facts.roleStarts;
    if (starts === undefined) starts = facts.roleStarts = ctx.lex.rolesByFirst.get(stems[i]!) ?? null;
  } else starts = ctx.lex.rolesByFirst.get(stems[i]!);
  if (!starts) return 0;
  for (const role of starts) {
    if (i + role.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < role.length && ok; k++) {
      if (stems[i + k] !== role[k]) ok = false;
      else if (k > 0 && !adjacent(ctx.view.text, ctx.view.base, tokens[i + k - 1]!, tokens[i + k]!)) ok = false;
    }
    if (ok) return role.length;
  }
  return 0;
}

const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

function isNameWord(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const t = p.tokens[i]!;
  if (!t.capitalized || t.shape.number) return false;
  // "Tengrinews.kz", "Kazinform.kz": a web address names an outlet, which reports and never speaks.
  if (isWebAddress(ctx, p, i)) return false;
  // "… Shakkaliyev said Wednesday": a day or a time word after the verb is when, never who.
  if (ctx.lex.adverbsAfterCue.has(t.lower)) return false;
  // "Корреспонденту Sarynews.kz она рассказала": the one told opens the sentence, no one's name.
  if (grammarFor(ctx.lex.language).listenerNouns.has(t.lower)) return false;
  // "MPs", "NGOs": a plural acronym is a group, no one's name.
  if (PLURAL_ACRONYM.test(t.text)) return false;
  // "a Korean reporter", "his South Korean counterpart": a people's adjective, no one's name (it may open a body's
  // name: "Kazakh Wealth Fund Samruk-Kazyna").
  if (demonymAlone(ctx, p, i)) return false;
  // "Вице-премьер Казахстана:", "Minister of Energy of Kazakhstan": a country standing alone is a place, no one's
  // name (it may open a body's: "Kazakhstan Temir Zholy").
  // In Russian and Kazakh a country in the genitive before a name ends a role ("врач Казахстана Марат Шарипов").
  if (ctx.lex.countryStems.has(p.stems[i]!) && (ctx.language !== 'en' || !nextCapitalized(ctx, p, i))) return false;
  // "Telegram-канале", "IT-компании": a word whose last part is a lower-case noun is no one's name.
  // "Telegram-канале" in Russian, "Almaty-based" in English: a word ending in a lower-case part is no name's.
  if (t.text.includes('-') && LOWER_AFTER_HYPHEN.test(t.text)) return false;
  // "the River Calder", "Lake Balkhash", "Улица Абая", "the Caspian Sea": a capitalised place noun and the word next
  // to it name a place.
  if (ctx.lex.placeNouns.has(t.lower) || besidePlaceNoun(ctx, p, i, i - 1) || besidePlaceNoun(ctx, p, i, i + 1)) return false;
  // "Отстаёт Каркаралинский район", "аким Каркаралинского района": an adjective before the kind of place it names is
  // the place, no one's name.
  if (beforePlaceKind(ctx, p, i)) return false;
  // "Слова Алмаса Чукина подтвердили": a noun that asks for the name's genitive opens the sentence, not the name.
  // "Residents say …", "Эксперты считают …": a group opening the sentence is no one's name.
  if (p.sentenceInitial.has(i) && ((classesOf(t, ctx.lex) & (WORD_CLASS.sentenceStarter | WORD_CLASS.asksGenitive)) !== 0 || ctx.lowerWords.has(t.lower) || ctx.lex.collectiveRoles.has(t.lower))) return false;
  return true;
}

const LOWER_AFTER_HYPHEN = /-\p{Ll}[^-]*$/u;

function besidePlaceNoun(ctx: DocContext, p: ParagraphInfo, i: number, k: number): boolean {
  const other = p.tokens[k];
  if (other === undefined || !other.capitalized || !ctx.lex.placeNouns.has(other.lower)) return false;
  return adjacent(ctx.view.text, ctx.view.base, p.tokens[Math.min(i, k)]!, p.tokens[Math.max(i, k)]!);
}

function beforePlaceKind(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const g = grammarFor(ctx.lex.language);
  const next = p.tokens[i + 1];
  // Kazakh names a place by its name before the kind, whatever the name's shape ("Абай облысының", "Қайнар ауылында",
  // "Абай атындағы театрда").
  const named = g.bodyAdjective === null ? ctx.lex.language === 'kk' : g.bodyAdjective.test(p.tokens[i]!.lower);
  return named && next !== undefined && !next.capitalized && g.placeKinds.has(next.lower) && adjacent(ctx.view.text, ctx.view.base, p.tokens[i]!, next);
}

function nextCapitalized(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const next = p.tokens[i + 1];
  return next !== undefined && next.capitalized && adjacent(ctx.view.text, ctx.view.base, p.tokens[i]!, next);
}

/** A people's adjective with no capitalised word after it ("Korean reporter", not "Kazakh Wealth Fund"). */
function demonymAlone(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const next = p.tokens[i + 1];
  return ctx.lex.demonyms.has(p.tokens[i]!.lower) && !(next && next.capitalized && adjacent(ctx.view.text, ctx.view.base, p.tokens[i]!, next));
}

/** The word runs on into a domain: a point, then the next token, with no space between. */
function isWebAddress(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const t = p.tokens[i]!;
  const next = p.tokens[i + 1];
  return next !== undefined && next.start === t.end + 1 && ctx.view.slice(t.end, next.start) === '.' && !next.capitalized;
}

/**
 * Every mention in a paragraph, in order. `surnames` lets a lone surname count as a name; without it only
 * multi-word names and lone words next to a verb of speech are found.
 */
export function findMentions(ctx: DocContext, p: ParagraphInfo, surnames: KnownSurnames): Mention[] {
  const { tokens } = p;
  const { text, base } = ctx.view;
  const out: Mention[] = [];
  const slice = (a: number, b: number) => ctx.view.slice(tokens[a]!.start, tokens[b]!.end);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const roleLen = roleAt(ctx, p, i);
    // "главы" is heads, a group, save after a word that asks for the genitive: "По словам главы государства".
    // "who chairs the committee": a role word right after "who" is its verb.
    const verbOfRelative = roleLen > 0 && i > 0 && grammarFor(ctx.lex.language).subjectRelatives.has(tokens[i - 1]!.lower);
    if (roleLen > 0 && !verbOfRelative && (!ctx.lex.collectiveRoles.has(t.lower) || (i > 0 && (ctx.lex.genitiveAskers.has(tokens[i - 1]!.lower) || ctx.lex.genitivePhraseEnds.has(tokens[i - 1]!.lower))))) {
      const roleEnd = i + roleLen; // exclusive
      // A name may follow the role after a short complement ("аким Алматы", "министр внутренних дел").
      let j = roleEnd;
      let nameStart = -1;
      // "Minister of …": the complement names a body, whose name may run on ("of Culture and Sport").
      const inOf = roleEnd < tokens.length && grammarFor(ctx.lex.language).ofStarts.has(tokens[roleEnd]!.lower);
      const roleKey = p.roleStems.slice(i, roleEnd).join(' ');
      // "the Bureau of National Statistics": a body's "of" complement is its own name, never a person after it.
      const bodyOf = inOf && ctx.lex.organizations.has(roleKey);
      let quotedBefore = -1;
      // English writes a role's complement after "of" or "for"; otherwise the name, if any, follows the role at once
      // ("police chief asks for tips after … Holloway Street" names no chief).
      let reach = inOf ? MAX_BODY_NAME_WORDS : ctx.language === 'en' ? 1 : 8;
      while (!bodyOf && j < tokens.length && j < roleEnd + reach) {
        // "председателя правления АО «КазМунайГаз» Даурен Карабаев": a company named in quotation marks is part of
        // the complement, and the name may follow it.
        // "Пресс-секретарь «Дала Логистикс» Алия Ермекова": right after the role, only with a whole name after it.
        const quotedAfter = afterQuotedName(ctx, p, j);
        const afterQuoted = j > roleEnd || (quotedAfter > j && capRun(ctx, p, quotedAfter) >= 2) ? quotedAfter : -1;
        if (afterQuoted > j) {
          // A name in quotation marks counts as one word of the complement, however long.
          reach += afterQuoted - j - 1;
          j = afterQuoted;
          quotedBefore = j;
          continue;
        }
        // "Заместитель председателя Агентства … рынка (АРРФР) Олжас Бекмуханов": the body's short name stands aside.
        if (j > roleEnd && inParentheses(ctx, tokens[j]!) && tokens[j]!.acronym) {
          j++;
          continue;
        }
        const afterShortName = j > roleEnd + 1 && inParentheses(ctx, tokens[j - 1]!) && tokens[j - 1]!.acronym && ctx.view.slice(tokens[j - 1]!.end, tokens[j]!.start) === ') ';
        if (j !== quotedBefore && !afterShortName && !adjacent(text, base, tokens[j - 1]!, tokens[j]!) && !numbered(ctx, p, j) && !abbreviatedRole(ctx, p, j, roleEnd) && !genitiveSeries(ctx, p, j, roleEnd)) break;
        // A verb or, outside Kazakh, another role ends the complement: "Правительства сообщил министр X" is not
        // the government's X. (Kazakh puts the head role last; the apposed role is updated below.)
        // "руководитель Администрации Президента X": a role in the genitive right after a body's noun is that body's
        // complement, not a role of its own.
        const ofBody = j > roleEnd && isOrganization(ctx, p, j - 1) && p.tokens[j - 1]!.capitalized;
        if (isSpeechWord(ctx, p, j) || (ctx.language !== 'kk' && roleAt(ctx, p, j) > 0 && !isOrganization(ctx, p, j) && !ofBody)) break;
        // "комитет федерации решил сохранить Мирослава Коваржика": a verb ends a body's phrase; "и" before a word no
        // genitive ending joins to the complement ends any role's ("тренера и капитан сборной X" are two people).
        const g = grammarFor(ctx.lex.language);
        if (j > roleEnd && ctx.lex.organizations.has(roleKey) && (g.claims.done?.test(tokens[j]!.lower) ?? false) && !tokens[j]!.capitalized) break;
        const joined = tokens[j + 1];
        if (g.bodyComplement.genitive && joined && g.coordinators.has(tokens[j]!.lower) && !joined.capitalized && !joined.acronym && !g.bodyComplement.genitive.test(joined.lower)) break;
        if (isRunStart(ctx, p, j)) {
          const run = capRun(ctx, p, j);
          // "Minister of Water Resources and Irrigation Nurzhan Aitkulov": a run joined to the next one is the
          // body's name, still the role's complement.
          // "chief executive of Almaty International Airport": a run ending in a body's noun is the body.
          if (run >= 2 && inOf && (continuesBodyName(ctx, p, j + run) || isOrganization(ctx, p, j + run - 1))) {
            j += run;
            continue;
          }
          // "director of the migration service at the Interior Ministry": a run ending in a body's noun names no holder.
          if (isOrganization(ctx, p, j + run - 1)) break;
          // "special representative for Central Asia": two words right after "for" or "of" are what the role is
          // of (a place, a field); its holder's name, if any, follows them.
          if (inOf && run === 2 && j === roleEnd + 1) {
            j += run;
            continue;
          }
          // "заместитель председателя комитета Совета Федерации по международным делам Виктор Ладыгин": a body's
          // name, then what it deals with, then the holder's name.
          const later = run >= 2 && j > roleEnd ? nameAfterField(ctx, p, j + run) : -1;
          if (later > 0) {
            j = later;
            continue;
          }
          const lone = run === 1 && (surnames.has(tokens[j]!.text) || (speechNear(ctx, p, j, j) && surnameShaped(ctx, tokens[j]!.text) && !afterPreposition(ctx, p, j)));
          if (run >= 2 || lone) {
            nameStart = j;
            // "Аким Алматы Бауыржан Касенов", "Chief Sanitary Doctor Aigerim Nurpeisova": in a longer run the
            // name is the last two words (three with a patronymic); the words before complete the role. A run
            // whose second word is a surname and whose third is none is a name and the place after it
            // ("өкілі Мейрамбек Тоқтаров Астана – Қарағанды тас жолы …").
            // "аким района Ахметов Серик Болатович": an official document's order, surname first and patronymic last.
            const patronymic = grammarFor(ctx.lex.language).patronymicEnding;
            if (run >= 3 && !placeAfterName(ctx, p, j, run)) nameStart = j + run - (patronymic?.test(tokens[j + run - 2]!.lower) || patronymic?.test(tokens[j + run - 1]!.lower) ? 3 : 2);
            // "Judge Caroline M. Haugland": a middle initial goes with the given name before it; a name with a
            // particle ("Minister Muhannad Sabri al-Jubouri") is the whole run.
            if (nameStart > j && middleInitial(ctx, p, nameStart)) nameStart--;
            if (nameStart > j && tokens.slice(j, j + run).some((_, k) => nameParticle(ctx, p, j + k))) nameStart = j;
            break;
          }
        }
        // "Akim of Almaty region X": a place and its lower-case kind ("region", "district") complete the role.
        const kindOfPlace = tokens[j + 1];
        if (inOf && tokens[j]!.capitalized && kindOfPlace !== undefined && grammarFor(ctx.lex.language).placeKinds.has(kindOfPlace.lower) && adjacent(text, base, tokens[j]!, kindOfPlace)) {
          j += 2;
          continue;
        }
        // "Главный тренер сборной Казахстана по футболу Марат Сейтказиев": a country stays inside the complement.
        if (tokens[j]!.capitalized && capRun(ctx, p, j) === 1 && j > roleEnd && !placeAdjective(ctx, p, j) && !(inOf && continuesBodyName(ctx, p, j + 1)) && !ctx.lex.countryStems.has(p.stems[j]!)) break;
        j++;
      }
      const roleText = slice(i, roleEnd - 1);
      if (nameStart >= 0) {
        // Kazakh puts the head last: in "қала әкімінің орынбасары Гүлнар Тәжібаева" she is the deputy.
        let apposedKey = roleKey;
        for (let k = roleEnd; k < nameStart; k++) {
          const len = roleAt(ctx, p, k);
          if (len > 0 && ctx.language === 'kk') apposedKey = p.roleStems.slice(k, k + len).join(' ');
        }
        const last = nameStart + nameLength(ctx, p, nameStart) - 1;
        // "… АО «КазМунайГаз» Даурен Карабаев": the company's closing mark ends the role.
        // "… рынка (АРРФР) Олжас Бекмуханов": the short name in parentheses stays out of the role.
        const shortBefore = nameStart - 1 > roleEnd && inParentheses(ctx, tokens[nameStart - 1]!) ? tokens[nameStart - 2]!.end : -1;
        const roleTo = quotedBefore === nameStart ? text.lastIndexOf(' ', tokens[nameStart]!.start - 1 - base) + base : shortBefore >= 0 ? shortBefore : tokens[nameStart - 1]!.end;
        const apposed: ApposedRole = {
          text: ctx.view.slice(tokens[roleFieldStart(ctx, p, i, out[out.length - 1])]!.start, roleTo),
          key: apposedKey,
          genitive: roleInGenitive(ctx, p, i, roleEnd, nameStart, out[out.length - 1], quotedBefore === nameStart) ? true : undefined,
          firstToken: i,
        };
        out.push(newMention({ kind: 'role', start: t.start, end: tokens[roleEnd - 1]!.end, text: roleText, key: roleKey, firstToken: i, lastToken: roleEnd - 1 }));
        out.push(nameMention(ctx, p, nameStart, last, apposed));
        i = last + 1;
        continue;
      }
      // "Ministry of Healthcare", "spokesperson for the Department of Health", "пресс-служба министерства
      // энергетики": the body's name is part of it.
      const organization = ctx.lex.organizations.has(roleKey);
      // "spokesperson for the Treasury": a role phrase ending in "for" takes the body named after it.
      // Not when lower-case words run on from the name ("for the Shymkent city health department" is that body's).
      const endsInOf = roleEnd - 1 > i && grammarFor(ctx.lex.language).ofStarts.has(tokens[roleEnd - 1]!.lower);
      const named = endsInOf ? ofComplement(ctx, p, roleEnd - 1) : null;
      const runsOn = named !== null && tokens[named + 1] !== undefined && !tokens[named + 1]!.capitalized && adjacent(text, base, tokens[named]!, tokens[named + 1]!) && !isSpeechWord(ctx, p, named + 1);
      let last = (runsOn ? null : named) ?? ofComplement(ctx, p, roleEnd) ?? (organization ? genitiveComplement(ctx, p, roleEnd) : null) ?? roleEnd - 1;
      const cut = possessiveCut(ctx, p, last);
      let end = tokens[last]!.end - cut;
      // "В компании «КазТрансОйл» сообщили": the body's own name in quotation marks is part of it.
      const dative = grammarFor(ctx.lex.language).dativeAdjective;
      const told = roleEnd < tokens.length && (dative?.test(tokens[roleEnd]!.lower) ?? false);
      const afterName = organization && last === roleEnd - 1 && roleEnd < tokens.length && !told ? afterQuotedName(ctx, p, roleEnd) : -1;
      if (afterName > roleEnd) {
        last = afterName - 1;
        end = tokens[afterName]!.start - 1;
      }
      let first = organization ? bodyStart(ctx, p, i, out[out.length - 1]) : i;
      // "the General Prosecutor’s Office": a capitalised role word right before a body's name is part of it.
      const held = out[out.length - 1];
      // Not in Russian, where the body after a role is its genitive complement ("Глава Банка развития").
      if (organization && ctx.lex.language === 'en' && first === i && held?.kind === 'role' && !held.organization && held.lastToken === i - 1 && tokens[i - 1]!.capitalized && t.capitalized && adjacent(text, base, tokens[i - 1]!, t)) {
        out.pop();
        first = held.firstToken;
      }
      const start = tokens[first]!.start;
      out.push(
        newMention({
          kind: 'role',
          start,
          end,
          text: ctx.view.slice(start, end),
          key: roleKey,
          premodifiers: first < i ? ctx.view.slice(start, tokens[i - 1]!.end) : undefined,
          firstToken: first,
          lastToken: last,
          organization,
          possessive: cut > 0 ? true : undefined,
        }),
      );
      i = last + 1;
      continue;
    }
    const classes = classesOf(t, ctx.lex);
    if ((classes & WORD_CLASS.opensBodyAfter) !== 0) {
      const body = bodyAfter(ctx, p, i);
      if (body) {
        out.push(body);
        i = body.lastToken + 1;
        continue;
      }
    }
    // "Mrs Justice Harrow": a role after the honorific is the role's, read next with the name after it.
    if ((classes & WORD_CLASS.honorific) !== 0 && i + 1 < tokens.length && tokens[i + 1]!.capitalized && roleAt(ctx, p, i + 1) === 0) {
      const run = capRun(ctx, p, i + 1);
      const last = i + Math.min(run, 3);
      out.push(nameMention(ctx, p, i + 1, last));
      i = last + 1;
      continue;
    }
    if (placeBeforeName(ctx, p, i)) {
      i++;
      continue;
    }
    if (isRunStart(ctx, p, i)) {
      const run = capRun(ctx, p, i);
      // "в интервью турецкому телеканалу Ufuk Haber заявил": the channel told is named, never who speaks ("сказал
      // журналистам Байжанов" names who speaks after the people told).
      if (i > 0 && outletTold(ctx, p, i - 1) && adjacent(text, base, tokens[i - 1]!, t)) {
        i += run;
        continue;
      }
      // "– рассказывает Бостандыку жена активиста", "на запрос Бостандыка сообщили": the page's own outlet in an
      // oblique case is told or asks; it is not who speaks.
      if (toldOutlet(ctx, p, i, run)) {
        i += run;
        continue;
      }
      // "Kyrgyz Energy Minister Taalaibek Osmonov": capitalised words right before a role are its field, not a name.
      const roleAfter = tokens[i + run];
      if (run >= 2 && roleAfter !== undefined && roleAt(ctx, p, i + run) > 0 && !isOrganization(ctx, p, i + run) && adjacent(text, base, tokens[i + run - 1]!, roleAfter)) {
        i += run;
        continue;
      }
      // "copper miner Tengri Copper", "lender Halyk": a name after its trade is a company's, whatever its words.
      if (i > 0 && ctx.lex.tradeNouns.has(tokens[i - 1]!.lower) && !tokens[i - 1]!.capitalized && adjacent(text, base, tokens[i - 1]!, t)) {
        const last = i + Math.min(run, 4) - 1;
        out.push(newMention({ ...nameMention(ctx, p, i, last), organization: true }));
        i = last + 1;
        continue;
      }
      // "ZhemOil JSC", "Steppe Gold Ltd": a name its legal form follows is a company's (a capitalised form is the
      // run's last word).
      const formAt = run >= 2 && ctx.lex.legalForms.has(tokens[i + run - 1]!.lower) ? i + run - 1 : i + run;
      const form = tokens[formAt];
      if (formAt - i <= 4 && form !== undefined && ctx.lex.legalForms.has(form.lower) && adjacent(text, base, tokens[formAt - 1]!, form)) {
        out.push(newMention({ ...nameMention(ctx, p, i, formAt - 1), organization: true }));
        i = formAt + 1;
        continue;
      }
      if (run >= 2) {
        const place = placeAfterName(ctx, p, i, run);
        const head = i + (place ? 2 : Math.min(run, 4)) - 1;
        // "the National Bank of Kazakhstan said": the body's "of" complement is part of its name, keyed by its noun.
        const last = isOrganization(ctx, p, head) ? (ofComplement(ctx, p, head + 1) ?? head) : head;
        const named = nameMention(ctx, p, i, last, undefined, head);
        // "Atyrau Caspian Petroleum (ACP)": a name its initials shorten, in parentheses after it, is a body's.
        // "Caledonian Grid Networks, which supplies homes …": a name that "which" follows is a body's.
        out.push(initialsAfter(ctx, p, i, last) || bodyRelativeAfter(ctx, p, last) ? newMention({ ...named, organization: true }) : named);
        // The place's words ("Семейдегі Абай атындағы театрда") name no one.
        i = place ? i + run : last + 1;
        continue;
      }
      // "said Transport Minister X": a word right before a role is its field, not a name.
      const field = i + 1 < tokens.length && roleAt(ctx, p, i + 1) > 0 && adjacent(text, base, t, tokens[i + 1]!);
      // A first name alone, not where a body's or a place's name stands (after a role or a preposition) and not in
      // the headline, which names people in full or by surname.
      // Nor the second word of a capitalised pair that names no one ("the Syr Darya", "the Amu Darya").
      const afterCapital = i > 0 && tokens[i - 1]!.capitalized && adjacent(text, base, tokens[i - 1]!, t);
      const givenName = (surnames.given.has(t.text) || lonePersonName(ctx, p, i)) && !p.sentenceInitial.has(i) && p !== ctx.headline && i > 0 && roleAt(ctx, p, i - 1) === 0 && !ctx.lex.prepositions.has(tokens[i - 1]!.lower) && !afterCapital;
      // "аким Экибастуза ответил": a word right after a role that no surname's shape has is the role's place.
      const placeOfRole = i > 0 && roleAt(ctx, p, i - 1) > 0 && !surnameShaped(ctx, t.text);
      // "Ситуацию прокомментировал адвокат X": a noun opening its sentence, shaped as no surname, is its object.
      // A known given name opening it is a person's ("Ерлан рассказывает, что …" after "фермера Ерлана Муканова").
      const openingNoun = p.sentenceInitial.has(i) && !surnameShaped(ctx, t.text) && !isGivenName(ctx, t.lower);
      if (run === 1 && !field && (surnames.has(t.text) || givenName || ((speechNear(ctx, p, i, i) || relativeSubject(ctx, p, i)) && !afterPreposition(ctx, p, i) && !placeOfRole && !openingNoun))) {
        out.push(nameMention(ctx, p, i, i));
        i++;
        continue;
      }
    }
    // "CPC said", "CPC, which handles …, said": an English acronym next to a verb of speech, or opening a sentence
    // before a relative clause, names a body. (Not before a role: "ТЖМ ресми өкілі X" is the ministry's spokesman;
    // Russian and Kazakh bodies' short names are the lexicon's.)
    if (t.acronym && ctx.language === 'en' && !t.shape.number && (i + 1 === tokens.length || roleAt(ctx, p, i + 1) === 0) && (((speechNear(ctx, p, i, i) || relativeSubject(ctx, p, i)) && !afterPreposition(ctx, p, i)) || afterAccordingTo(ctx, p, i))) {
      out.push(nameMention(ctx, p, i, i));
      i++;
      continue;
    }
    // "В АЗРК заявили": outside English, a short name after a sentence's opening "в", right before a verb of speech,
    // is the body speaking (not "министр на брифинге в СЦК рассказала", where she speaks at the place).
    // So is one right after the verb: "– сообщили в ДП города". A lower-case genitive may follow the short name
    // ("В ДЧС города уточнили"); the short name is the body's.
    if (t.acronym && ctx.language !== 'en' && !t.shape.number && i > 0 && grammarFor(ctx.lex.language).inBody.has(tokens[i - 1]!.lower)) {
      const of = tokens[i + 1] !== undefined && !tokens[i + 1]!.capitalized && adjacent(text, base, t, tokens[i + 1]!) && grammarFor(ctx.lex.language).bodyComplement.genitive?.test(tokens[i + 1]!.lower) && !isSpeechWord(ctx, p, i + 1) ? i + 1 : i;
      const before = p.sentenceInitial.has(i - 1) && speechVerbAfter(ctx, p, of);
      const after = i > 1 && isSpeechWord(ctx, p, i - 2) && adjacent(text, base, tokens[i - 2]!, tokens[i - 1]!);
      if (before || after) {
        out.push(newMention({ ...nameMention(ctx, p, i, i), organization: true }));
        i = of + 1;
        continue;
      }
    }
    // "Вечером КФФ опубликовала заявление": a short name the text gave a body in parentheses names it anywhere.
    if (t.acronym && !t.shape.number && surnames.shortNames.has(t.text) && !inParentheses(ctx, t)) {
      out.push(newMention({ ...nameMention(ctx, p, i, i), organization: true }));
      i++;
      continue;
    }
    // "– говорится в ответе АЗРК на запрос редакции": the short name after a document a cue names is its author.
    if (t.acronym && ctx.language !== 'en' && !t.shape.number && i >= 3 && ctx.lex.documentCues.has(tokens[i - 3]!.lower) && grammarFor(ctx.lex.language).inBody.has(tokens[i - 2]!.lower)) {
      out.push(newMention({ ...nameMention(ctx, p, i, i), organization: true }));
      i++;
      continue;
    }
    // "В АО «ЖарыкТранзит» не согласны": a company's legal form and its name in quotation marks name a body.
    if (t.acronym && ctx.lex.legalForms.has(t.lower)) {
      const company = legalFormName(ctx, p, i);
      if (company) {
        out.push(company);
        i = company.lastToken + 1;
        continue;
      }
    }
    // "it said", "it added": a body's pronoun, only as the subject right before a verb of speech (everywhere else
    // "it" is no one).
    const bodyPronoun = grammarFor(ctx.lex.language).bodyPronouns.has(t.lower) && speechVerbAfter(ctx, p, i);
    if ((classes & WORD_CLASS.pronoun) !== 0 || bodyPronoun) {
      out.push(newMention({ kind: 'pronoun', start: t.start, end: t.end, text: t.text, key: t.lower, firstToken: i, lastToken: i }));
    }
    i++;
  }
  return bodiesBySaying(ctx, p, out);
}

/**
 * "Cascade Pacific Power said it had de-energized lines": a name whose verb of speech a body's pronoun follows
 * ("said it", "said its") names a body, whatever its words.
 */
function bodiesBySaying(ctx: DocContext, p: ParagraphInfo, mentions: Mention[]): Mention[] {
  const pronouns = grammarFor(ctx.lex.language).bodyPronouns;
  if (pronouns.size === 0) return mentions;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind !== 'name' || m.organization || m.lastToken === m.firstToken) continue;
    const verb = m.lastToken + 1;
    const after = p.tokens[verb + 1];
    if (after && pronouns.has(after.lower) && isSpeechWord(ctx, p, verb) && adjacent(ctx.view.text, ctx.view.base, p.tokens[m.lastToken]!, p.tokens[verb]!)) mentions[k] = newMention({ ...m, organization: true });
  }
  return mentions;
}

/**
 * "управления здравоохранения Карагандинской области Жанна Абдрахманова": a capitalised adjective and the
 * lower-case noun after it, both in the genitive, go on with a role's complement (a region, a district) where a
 * lone capitalised word would end it.
 */
function placeAdjective(ctx: DocContext, p: ParagraphInfo, j: number): boolean {
  const genitive = grammarFor(ctx.lex.language).bodyComplement.genitive;
  const next = p.tokens[j + 1];
  return genitive !== null && next !== undefined && !next.capitalized && genitive.test(p.tokens[j]!.lower) && genitive.test(next.lower) && adjacent(ctx.view.text, ctx.view.base, p.tokens[j]!, next);
}

/**
 * "министр цифрового развития, инноваций и аэрокосмической промышленности X": a ministry's fields listed with
 * commas and closed by "и" are one complement. A comma goes on only inside the complement, before a lower-case
 * word, with the list's "и" among the next words.
 */
function genitiveSeries(ctx: DocContext, p: ParagraphInfo, j: number, roleEnd: number): boolean {
  if (ctx.language === 'en' || j <= roleEnd || p.tokens[j]!.capitalized) return false;
  if (ctx.view.slice(p.tokens[j - 1]!.end, p.tokens[j]!.start) !== ', ') return false;
  const coordinators = grammarFor(ctx.lex.language).coordinators;
  for (let k = j + 1; k < p.tokens.length && k <= j + MAX_SERIES_ITEM_WORDS; k++) if (coordinators.has(p.tokens[k]!.lower)) return true;
  return false;
}

/** Words an item of such a list has before its "и" at most ("инноваций и …", "промышленности и строительства"). */
const MAX_SERIES_ITEM_WORDS = 3;

/** Words a body's name takes before its noun at most ("the regional emergency situations department"). */
const MAX_BODY_PREMODIFIERS = 3;

/**
 * The first token of a body's name written before its noun: "according to the national statistics bureau" names
 * the national statistics bureau, not a bureau. The words count only when a determiner opens them, none of them
 * is a verb of speech or a number, and no mention found before claims them.
 */
function bodyStart(ctx: DocContext, p: ParagraphInfo, i: number, before: Mention | undefined): number {
  const g = grammarFor(ctx.lex.language);
  const determiners = g.bodyDeterminers;
  const { tokens } = p;
  const { text, base } = ctx.view;
  // "в Счетном комитете", "Верховный суд": a capitalised adjective before the noun names the body.
  const adjective = tokens[i - 1];
  if (g.bodyAdjective && adjective && adjective.capitalized && !p.sentenceInitial.has(i - 1) && g.bodyAdjective.test(adjective.lower) && adjacent(text, base, adjective, tokens[i]!) && (before === undefined || before.lastToken < i - 1)) return i - 1;
  if (determiners.size === 0) return i;
  for (let k = i - 1; k >= 0 && k >= i - MAX_BODY_PREMODIFIERS - 1; k--) {
    if (!adjacent(text, base, tokens[k]!, tokens[k + 1]!) || (before !== undefined && before.lastToken >= k)) return i;
    if (determiners.has(tokens[k]!.lower)) return k + 1;
    if (tokens[k]!.shape.number || isSpeechWord(ctx, p, k)) return i;
    // "The London-listed company said" is the company named before, not a company called "London-listed".
    if (g.describingCompound?.test(tokens[k]!.lower)) return i;
  }
  return i;
}

/**
 * "По данным Сейсмологической опытно-методической экспедиции, …": the body named after a phrase of the grammar's
 * `bodyAfter` is the source even when the lexicon has no word for it. Its name must hold a capital (a proper
 * name: not "по данным опроса") and be a genitive complement; a role or a person's name there is found as usual.
 */
function bodyAfter(ctx: DocContext, p: ParagraphInfo, i: number): Mention | null {
  const { tokens } = p;
  const { text, base } = ctx.view;
  for (const phrase of grammarFor(ctx.lex.language).bodyAfter) {
    const k = i + phrase.length;
    if (k >= tokens.length) continue;
    let ok = true;
    for (let n = 0; n < phrase.length && ok; n++) ok = tokens[i + n]!.lower === phrase[n] && (n === 0 || adjacent(text, base, tokens[i + n - 1]!, tokens[i + n]!));
    if (!ok || !adjacent(text, base, tokens[k - 1]!, tokens[k]!)) continue;
    if (roleAt(ctx, p, k) > 0 || (isRunStart(ctx, p, k) && capRun(ctx, p, k) >= 2)) return null;
    const last = genitiveComplement(ctx, p, k);
    if (last === null) return null;
    let named = false;
    for (let n = k; n <= last && !named; n++) named = tokens[n]!.capitalized || tokens[n]!.acronym;
    if (!named) return null;
    // "РГП «Казгидромет»", "АО «Казпочта»": a proper name in guillemets ends the body's name.
    let end = tokens[last]!.end;
    let lastToken = last;
    if (text.startsWith(' «', end - base)) {
      const close = text.indexOf('»', end - base + 2);
      if (close >= 0 && close - (end - base) < 60 && !BREAK_OR_QUOTE_MARK.test(text.slice(end - base + 2, close))) {
        while (lastToken + 1 < tokens.length && tokens[lastToken + 1]!.end <= close + base) lastToken++;
        end = close + base + 1;
      }
    }
    const key = p.roleStems.slice(k, last + 1).join(' ');
    return newMention({ kind: 'role', start: tokens[k]!.start, end, text: ctx.view.slice(tokens[k]!.start, end), key, firstToken: k, lastToken, organization: true });
  }
  return null;
}

/**
 * Whether a person's role at token i, with the name at `nameStart` beside it, is written in the genitive
 * (заявление министра финансов Алмаса Чукина). Not when it follows another role: in "советник президента Анна
 * Иванова" the name may stand beside the adviser, in the nominative; nor when more than its genitive complement
 * stands between ("Позицию ведомства поддержала Анна Иванова").
 */
function roleInGenitive(ctx: DocContext, p: ParagraphInfo, i: number, roleEnd: number, nameStart: number, previous: Mention | undefined, afterQuoted = false): boolean {
  const g = grammarFor(ctx.lex.language);
  const genitive = g.bodyComplement.genitive;
  const t = p.tokens[i]!;
  const nominative = genitive ? g.roleNominative.get(p.roleStems[i]!) : undefined;
  if (nominative === undefined || foldWord(nominative) === t.lower || !genitive!.test(t.lower)) return false;
  if (ctx.lex.organizations.has(p.roleStems.slice(i, roleEnd).join(' '))) return false;
  if (previous?.kind === 'role' && previous.lastToken === i - 1 && adjacent(ctx.view.text, ctx.view.base, p.tokens[i - 1]!, t)) return false;
  // "председателя правления АО «Самрук-Казына» Нурлана Жакупова": a company in quotation marks ends the complement.
  return nameStart === roleEnd || afterQuoted || genitiveComplement(ctx, p, roleEnd) === nameStart - 1;
}

/**
 * A short name in quotation marks whose mark opens right before token j, after a space: the offset after its
 * closing mark, and the first token from there on. Null when no name in quotation marks stands there.
 */
function quotedNameFrom(ctx: DocContext, p: ParagraphInfo, j: number): { close: number; next: number } | null {
  const { text, base } = ctx.view;
  const { tokens } = p;
  const open = tokens[j]!.start - 1;
  if (open <= tokens[j - 1]!.end || text[open - 1 - base] !== ' ') return null;
  const close = quotedNameEnd(text, base, open, p.para.end, ctx.lex.legalForms.has(tokens[j - 1]!.lower));
  if (close < 0) return null;
  let next = j + 1;
  while (next < tokens.length && tokens[next]!.start < close) next++;
  return { close, next };
}

/** The index of the first token after a name in quotation marks at token j that a space follows («КазМунайГаз» Даурен), or -1. */
function afterQuotedName(ctx: DocContext, p: ParagraphInfo, j: number): number {
  const quoted = quotedNameFrom(ctx, p, j);
  if (!quoted) return -1;
  const { close, next } = quoted;
  return next < p.tokens.length && p.tokens[next]!.start === close + 1 && ctx.view.text[close - ctx.view.base] === ' ' ? next : -1;
}

/** "АО «ЖарыкТранзит»": the legal form at token i and the name in quotation marks after it, as a body's name. */
function legalFormName(ctx: DocContext, p: ParagraphInfo, i: number): Mention | null {
  const quoted = i + 1 < p.tokens.length ? quotedNameFrom(ctx, p, i + 1) : null;
  if (!quoted) return null;
  const t = p.tokens[i]!;
  const name = ctx.view.slice(p.tokens[i + 1]!.start, quoted.close - 1);
  return newMention({ kind: 'name', start: t.start, end: quoted.close, text: ctx.view.slice(t.start, quoted.close), key: foldWord(name.toLowerCase()), surname: name, firstToken: i, lastToken: quoted.next - 1, organization: true });
}

/** Capitalised words an English role may take before it for its field at most ("Kazakh Energy Minister"). */
const MAX_ROLE_FIELD_WORDS = 3;

/**
 * Where an English role's written form starts: capitalised words right before it name its field ("Transport
 * Minister X", "Water Resources Minister X"). Not a word an earlier mention holds, a number, or a function word.
 */
function roleFieldStart(ctx: DocContext, p: ParagraphInfo, i: number, before: Mention | undefined): number {
  if (ctx.language !== 'en') return i;
  let k = i;
  while (k > 0 && i - k < MAX_ROLE_FIELD_WORDS) {
    // "Trade and Integration Minister": a field of two names joined by "and" is one premodifier.
    const joins = p.tokens[k - 1]!.lower === 'and' && k >= 2 && k < i;
    const w = joins ? k - 2 : k - 1;
    const t = p.tokens[w]!;
    // "Kremlin spokesman": a one-word body right before the role is its field too.
    const ownBody = before !== undefined && before.organization === true && before.firstToken === w && before.lastToken === w && before.possessive !== true;
    if (!t.capitalized || t.shape.number || (before !== undefined && before.lastToken >= w && !ownBody)) break;
    if ((classesOf(t, ctx.lex) & WORD_CLASS.sentenceStarter) !== 0 || !adjacent(ctx.view.text, ctx.view.base, t, p.tokens[w + 1]!)) break;
    if (joins && !adjacent(ctx.view.text, ctx.view.base, p.tokens[k - 1]!, p.tokens[k]!)) break;
    k = w;
  }
  return k;
}

/** "рассказала жительница дома Алия", "говорит пенсионерка Галина": a common first name after lower-case words. */
function lonePersonName(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const before = p.tokens[i - 1];
  if (before === undefined || before.acronym) return false;
  // "жительница Кетово Ольга": a place's name between the words that describe her and her name.
  if (before.capitalized && !(i >= 2 && ctx.lex.placeNouns.has(p.tokens[i - 2]!.lower))) return false;
  return isGivenName(ctx, p.tokens[i]!.lower);
}

/**
 * The capitalised word at i names a place that stands before a person's name, no part of it: after a place's noun
 * when a whole name follows ("жительница дома по улице Найманбаева Гульнар Есентаева"; "жительница поселка Айгуль
 * Нурланова" names the woman, not the village) or her first name alone ("жительница Кетово Ольга"), and after a
 * preposition when a given name follows it ("пенсионерка из Караганды Гульнара Ибраева"; "от Гульнары Ибраевой" is
 * hers, the given name first).
 */
function placeBeforeName(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const t = p.tokens[i]!;
  const before = p.tokens[i - 1];
  if (before === undefined || !t.capitalized || !adjacent(ctx.view.text, ctx.view.base, before, t)) return false;
  const givenNext = !isGivenName(ctx, t.lower) && isGivenName(ctx, p.tokens[i + 1]?.lower ?? '');
  if (!ctx.lex.placeNouns.has(before.lower) && !(givenNext && ctx.lex.prepositions.has(before.lower))) return false;
  const run = capRun(ctx, p, i);
  return run >= 3 || (run === 2 && givenNext);
}

/** A common first name, by the lexicon's given names and the first-name lists of the language's name genders. */
export function isGivenName(ctx: DocContext, lower: string): boolean {
  const genders = grammarFor(ctx.lex.language).personGenders;
  return ctx.lex.givenNames.has(lower) || (genders !== null && (genders.female.firstNames.has(lower) || genders.male.firstNames.has(lower)));
}

/**
 * The word opens its sentence and a relative clause or an apposition set off by a comma follows it, which a later
 * verb of speech closes: "KazMunayGas, which handles most of the exports, said …".
 */
function relativeSubject(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const next = p.tokens[i + 1];
  if (!p.sentenceInitial.has(i) || !next) return false;
  const g = grammarFor(ctx.lex.language);
  // "KazMunayGas, the state oil and gas company, said …": an apposition with a role or a body's noun, too.
  const apposition = g.circumstanceAfterCue.determiners.has(next.lower);
  if (!g.relativePronouns.has(next.lower) && !apposition) return false;
  if (ctx.view.slice(p.tokens[i]!.end, next.start) !== ', ') return false;
  let noun = !apposition;
  for (let k = i + 2; k < p.tokens.length && k < i + 25; k++) {
    const gap = ctx.view.slice(p.tokens[k - 1]!.end, p.tokens[k]!.start);
    if (SENTENCE_STOP.test(gap)) return false;
    if (gap.includes(',')) {
      if (!noun) return false;
      if (isSpeechWord(ctx, p, k)) return true;
    }
    noun ||= roleAt(ctx, p, k) > 0;
  }
  return false;
}

/**
 * Token k joins a body's name to more of it ("… Resources and Irrigation", "… Culture and Sport"): "and" or an
 * "of" before a capitalised word. Not "on" or "the", which a name is followed by as often ("… on Wednesday").
 */
function continuesBodyName(ctx: DocContext, p: ParagraphInfo, k: number): boolean {
  const joiner = p.tokens[k];
  const g = grammarFor(ctx.lex.language);
  // "… Development of the Financial Market": a determiner may stand after the joiner.
  const skip = p.tokens[k + 1] !== undefined && g.bodyDeterminers.has(p.tokens[k + 1]!.lower) ? 1 : 0;
  const next = p.tokens[k + 1 + skip];
  return joiner !== undefined && next !== undefined && next.capitalized && (g.ofStarts.has(joiner.lower) || g.coordinators.has(joiner.lower)) &&
    adjacent(ctx.view.text, ctx.view.base, p.tokens[k - 1]!, joiner) && adjacent(ctx.view.text, ctx.view.base, p.tokens[k + skip]!, next);
}

/**
 * A run of three or more capitalised words that opens with a name of two and a place ("Дәурен Әбілқасымов Ақордада
 * Су ресурстары … министрі"): the second word ends like a surname (or a Kazakh patronymic, which ends names too),
 * the third like none. Only where the grammar knows surnames' endings.
 */
function placeAfterName(ctx: DocContext, p: ParagraphInfo, start: number, run: number): boolean {
  const g = grammarFor(ctx.lex.language);
  if (run < 3 || !g.surnameEnding) return false;
  const second = p.tokens[start + 1]!.text;
  // "Сейтказиева Нурлана Ерболовича", "Предшественник Жаксылыкова Серик Жумабаев": a fourth word shaped as a name's
  // goes on naming people.
  if (run > 3 && inflectedNameWord(g, p.tokens[start + 3]!.text)) return false;
  return (g.surnameEnding.test(second) || (g.patronymicAsSurname?.test(second) ?? false)) && !g.surnameEnding.test(p.tokens[start + 2]!.text);
}

/** The run at i is the page's own outlet in an oblique case ("Бостандыку" on Бостандык's page). */
function toldOutlet(ctx: DocContext, p: ParagraphInfo, i: number, run: number): boolean {
  if (!ctx.outlet) return false;
  return inflectedFrom(ctx.view.slice(p.tokens[i]!.start, p.tokens[i + run - 1]!.end).toLowerCase(), ctx.outlet);
}

/** ", which" follows token i. */
function bodyRelativeAfter(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const next = p.tokens[i + 1];
  return next !== undefined && grammarFor(ctx.lex.language).bodyRelatives.has(next.lower) && ctx.view.slice(p.tokens[i]!.end, next.start) === ', ';
}

/** Letters a surname has at least, so a short given name ending alike ("Абай", after "Семейдегі") is not one. */
const MIN_SURNAME_LETTERS = 6;

/** Ends like a surname or a patronymic, in any case ("Ерболовича", "Жумабаеву"). */
function inflectedNameWord(g: Grammar, word: string): boolean {
  return word.length >= MIN_SURNAME_LETTERS && someCaseStem(word, (stem) => g.surnameEnding!.test(stem) || (g.patronymicEnding?.test(stem) ?? false));
}

/** Words of the name a run starts with: three at most, two when a place follows a name of two (see placeAfterName). */
function nameLength(ctx: DocContext, p: ParagraphInfo, start: number): number {
  const run = Math.min(capRun(ctx, p, start), 3);
  return placeAfterName(ctx, p, start, run) ? 2 : run;
}

/** Russian and Kazakh surnames have telling endings; "Аким Алматы пообещал" names a city, not a person. */
function surnameShaped(ctx: DocContext, word: string): boolean {
  return grammarFor(ctx.lex.language).surnameEnding?.test(word) ?? true;
}

/** "the Department of Health said": a capitalised word after of/for/the names no person. */
function afterPreposition(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  // "analysts at Jefferies said": the body a group works for is named after its preposition.
  return i > 0 && ctx.lex.prepositions.has(p.tokens[i - 1]!.lower) && !worksFor(ctx, p, i);
}

/** Last token of an English "of Capitalised Words" complement starting at `k`, or null. */
function ofComplement(ctx: DocContext, p: ParagraphInfo, k: number): number | null {
  const g = grammarFor(ctx.lex.language);
  const t = p.tokens[k];
  if (!t || !g.ofStarts.has(t.lower) || !adjacent(ctx.view.text, ctx.view.base, p.tokens[k - 1]!, t)) return null;
  let last: number | null = null;
  for (let j = k + 1; j < p.tokens.length && j < k + 8; j++) {
    const w = p.tokens[j]!;
    if (!adjacent(ctx.view.text, ctx.view.base, p.tokens[j - 1]!, w)) break;
    if (w.capitalized || w.acronym) last = j;
    else if (!g.ofJoiners.has(w.lower)) break;
  }
  return last;
}

/**
 * Last token of a genitive complement starting at `k` (министерства энергетики, акимата Алматы, внутренних дел,
 * по чрезвычайным ситуациям), for languages whose grammar describes one; null when none follows.
 */
/** Words a body's genitive complement runs to ("Комитет по регулированию естественных монополий Министерства национальной экономики"). */
const MAX_GENITIVE_WORDS = 9;

function genitiveComplement(ctx: DocContext, p: ParagraphInfo, k: number): number | null {
  const g = grammarFor(ctx.lex.language);
  const { genitive, afterAdjective, prepositions, afterPreposition, stops } = g.bodyComplement;
  if (!genitive) return null;
  const lex = ctx.lex;
  // Function words and the words claims are typed by are predicates, never part of a name ("полиция должна").
  const predicate = (w: string) =>
    stops.has(w) || lex.sentenceStarters.has(w) || lex.claims.directive.has(w) || lex.claims.commitment.has(w) || lex.claims.action.has(w) || lex.claims.factual.has(w) || lex.claims.opinion.has(w);
  const { tokens } = p;
  let last: number | null = null;
  let anyNoun = false;
  for (let j = k; j < tokens.length && j < k + MAX_GENITIVE_WORDS; j++) {
    const w = tokens[j]!;
    if (!adjacent(ctx.view.text, ctx.view.base, tokens[j - 1]!, w)) break;
    // A verb ends the name: "полиция задержала", "министерство сообщило", "линий компании эксплуатируются".
    if (isSpeechWord(ctx, p, j) || (g.claims.done?.test(w.lower) ?? false) || (g.impersonalCue?.test(w.lower) ?? false)) break;
    if (roleAt(ctx, p, j) > 0 && !isOrganization(ctx, p, j)) break;
    if (w.capitalized || w.acronym) {
      // A person's name after the body ("акимата Алматы Ерлан Серик") is no part of it.
      if (capRun(ctx, p, j) >= 2 && !isOrganization(ctx, p, j)) break;
      last = j;
      anyNoun = false;
      // "Минсельхоз России": the country ends the body's name ("… России заявления стороны" goes on without it).
      if (ctx.lex.countryStems.has(p.stems[j]!)) break;
      continue;
    }
    // "по итогам года", "по данным": the words a stop list names open a circumstance, not the body's field.
    if (prepositions.has(w.lower) && afterPreposition && tokens[j + 1] && afterPreposition.test(tokens[j + 1]!.lower) && !stops.has(tokens[j + 1]!.lower)) {
      let e = j + 1;
      for (;;) {
        const next = tokens[e + 1];
        // A verb ends the name ("Министерстве по чрезвычайным ситуациям заявили").
        const verb = next !== undefined && (isSpeechWord(ctx, p, e + 1) || (g.claims.done?.test(next.lower) ?? false));
        if (next && !verb && e < j + 3 && afterPreposition.test(next.lower) && adjacent(ctx.view.text, ctx.view.base, tokens[e]!, next)) e++;
        // "по защите и развитию конкуренции": two nouns after the preposition, joined.
        else if (next && g.coordinators.has(next.lower) && tokens[e + 2] && afterPreposition.test(tokens[e + 2]!.lower) && adjacent(ctx.view.text, ctx.view.base, next, tokens[e + 2]!)) e += 2;
        else break;
      }
      last = e;
      j = e;
      continue;
    }
    // "управление энергетики и коммунального хозяйства": a conjunction joins two genitives of one name.
    const nextWord = tokens[j + 1]?.lower;
    if (g.coordinators.has(w.lower) && last === j - 1 && nextWord !== undefined && genitive.test(nextWord) && !predicate(nextWord)) continue;
    if (w.lower.length < 3 || predicate(w.lower)) break;
    if (anyNoun || genitive.test(w.lower)) {
      last = j;
      anyNoun = afterAdjective?.test(w.lower) ?? false;
      continue;
    }
    break;
  }
  return last;
}

/** Lower-case words of a body's field ("по международным делам"), at most. */
const MAX_FIELD_WORDS = 4;

/** Where a whole name starts after a body's field that opens at token k ("по международным делам Виктор Ладыгин"), or -1. */
function nameAfterField(ctx: DocContext, p: ParagraphInfo, k: number): number {
  const { tokens } = p;
  if (tokens[k] === undefined || !grammarFor(ctx.lex.language).fieldPrepositions.has(tokens[k]!.lower)) return -1;
  for (let m = k + 1; m < tokens.length && m <= k + MAX_FIELD_WORDS + 1; m++) {
    if (!adjacent(ctx.view.text, ctx.view.base, tokens[m - 1]!, tokens[m]!)) return -1;
    if (tokens[m]!.capitalized) return m > k + 1 && isRunStart(ctx, p, m) && capRun(ctx, p, m) >= 2 ? m : -1;
  }
  return -1;
}

function isOrganization(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const len = roleAt(ctx, p, i);
  return len > 0 && ctx.lex.organizations.has(p.roleStems.slice(i, i + len).join(' '));
}

function isRunStart(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  return isNameWord(ctx, p, i) && roleAt(ctx, p, i) === 0;
}

const NUMBER_SIGN = /^ ?№ ?$/;

/** "Gov. Ellen Marsh", "Sen. Raymond Kessler": the point of a role written short does not part it from the name. */
function abbreviatedRole(ctx: DocContext, p: ParagraphInfo, j: number, roleEnd: number): boolean {
  return j === roleEnd && ctx.lex.abbreviations.has(p.tokens[j - 1]!.lower) && ctx.view.slice(p.tokens[j - 1]!.end, p.tokens[j]!.start) === '. ';
}

/** "больницы № 1": a number sign between a body's noun and its number keeps them one phrase. */
function numbered(ctx: DocContext, p: ParagraphInfo, j: number): boolean {
  return p.tokens[j]!.shape.number && NUMBER_SIGN.test(ctx.view.slice(p.tokens[j - 1]!.end, p.tokens[j]!.start));
}

/** "according to the IMF": token i follows a phrase of the lexicon's `accordingTo`, past an article. */
function afterAccordingTo(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const { tokens } = p;
  const end = i > 0 && grammarFor(ctx.lex.language).bodyDeterminers.has(tokens[i - 1]!.lower) ? i - 1 : i;
  return ctx.lex.accordingTo.some((phrase) => end >= phrase.length && phrase.every((w, k) => tokens[end - phrase.length + k]!.lower === w));
}

/** Length of the run of adjacent name-like words from token i. */
/** A body's noun ("Ministry", "Agency") among the capitalised words from token `from`, at most `span` of them. */
function bodyNounWithin(ctx: DocContext, p: ParagraphInfo, from: number, span: number): boolean {
  for (let k = from; k < from + span && k < p.tokens.length && p.tokens[k]!.capitalized; k++) if (isOrganization(ctx, p, k)) return true;
  return false;
}

/** Words between a body's noun and the short name the text gives it, at most ("агентство по защите и развитию конкуренции (АЗРК)"). */
const MAX_WORDS_TO_SHORT_NAME = 6;

/** A body's noun stands a few words before token i: the short name in parentheses is a body's, not a programme's. */
function bodyNounBefore(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - MAX_WORDS_TO_SHORT_NAME; k--) if (isOrganization(ctx, p, k)) return true;
  return false;
}

/** Token k is an outlet in the dative, told something ("телеканалу", "газете"), not people ("журналистам"). */
function outletTold(ctx: DocContext, p: ParagraphInfo, k: number): boolean {
  return grammarFor(ctx.lex.language).listenerNouns.has(p.tokens[k]!.lower) && ctx.lex.outletKeys.has(p.roleStems[k]!);
}

/** The words from token `first` to `last` are followed by their initials in parentheses: "… Petroleum (ACP)". */
function initialsAfter(ctx: DocContext, p: ParagraphInfo, first: number, last: number): boolean {
  const next = p.tokens[last + 1];
  if (!next?.acronym || !inParentheses(ctx, next) || ctx.view.slice(p.tokens[last]!.end, next.start) !== ' (') return false;
  const initials = p.tokens.slice(first, last + 1).map((t) => t.text[0]!.toUpperCase()).join('');
  return initials === next.text.toUpperCase();
}

/** The token alone in parentheses: "(КФФ)". */
function inParentheses(ctx: DocContext, t: Token): boolean {
  const { text, base } = ctx.view;
  return text[t.start - 1 - base] === '(' && text[t.end - base] === ')';
}

function capRun(ctx: DocContext, p: ParagraphInfo, i: number): number {
  let n = 0;
  while (i + n < p.tokens.length && n < 5) {
    const t = p.tokens[i + n]!;
    // "Margaret L. Okafor": a middle initial and its point stand inside a name.
    if (n > 0 && middleInitial(ctx, p, i + n)) {
      n++;
      continue;
    }
    // "Muhannad Sabri al-Jubouri", "Mohammed bin Salman": a particle inside a name, before a capitalised word.
    if (n > 0 && nameParticle(ctx, p, i + n) && adjacent(ctx.view.text, ctx.view.base, p.tokens[i + n - 1]!, t)) {
      n++;
      continue;
    }
    if (!t.capitalized || t.shape.number) break;
    if (n > 0 && !adjacent(ctx.view.text, ctx.view.base, p.tokens[i + n - 1]!, t) && !middleInitial(ctx, p, i + n - 1)) break;
    // "South Korean counterpart", "Central Asian states": a people's adjective ends any name before it.
    if (demonymAlone(ctx, p, i + n)) break;
    // "Отстаёт Каркаралинский район": a place's adjective ends any name before it.
    if (beforePlaceKind(ctx, p, i + n)) break;
    // A person's role ends a name; a body's noun continues one ("National Bank", "Halyk Finance").
    if (n > 0 && roleAt(ctx, p, i + n) > 0 && !isOrganization(ctx, p, i + n)) break;
    n++;
    // "a Bronx Building’s Long, Cold Winter": a possessive ends the name it closes; what follows is the thing owned.
    // A body's name runs on over its country's ("Kazakhstan’s Energy Ministry").
    if (possessiveCut(ctx, p, i + n - 1) > 0 && !bodyNounWithin(ctx, p, i + n, 3)) break;
  }
  return n;
}

/** Token i is a name's particle: "al-Jubouri" written as one word, or "bin", "von" before a capitalised word. */
function nameParticle(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const t = p.tokens[i]!;
  const hyphen = t.text.indexOf('-');
  if (hyphen > 0 && ctx.lex.nameParticles.has(t.text.slice(0, hyphen)) && t.text[hyphen + 1] !== t.text[hyphen + 1]!.toLowerCase()) return true;
  const next = p.tokens[i + 1];
  return ctx.lex.nameParticles.has(t.text) && next !== undefined && (next.capitalized || nameParticle(ctx, p, i + 1)) && adjacent(ctx.view.text, ctx.view.base, t, next);
}

/** Token i is a capital letter and its point after a word of a name, with the name's next word right after it. */
function middleInitial(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const t = p.tokens[i]!;
  const next = p.tokens[i + 1];
  if (t.text.length !== 1 || t.text === t.lower || !next?.capitalized || i === 0 || !p.tokens[i - 1]!.capitalized) return false;
  const { text, base } = ctx.view;
  return adjacent(text, base, p.tokens[i - 1]!, t) && text.slice(t.end - base, next.start - base) === '. ';
}

function speechNear(ctx: DocContext, p: ParagraphInfo, first: number, last: number): boolean {
  const { tokens } = p;
  const before = first - 1;
  if (before >= 0 && isSpeechWord(ctx, p, before) && adjacent(ctx.view.text, ctx.view.base, tokens[before]!, tokens[first]!)) return true;
  return speechVerbAfter(ctx, p, last);
}

/**
 * A verb of speech right after token i, or after one adverb between ("Han also said", "Там также отметили").
 */
function speechVerbAfter(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  const { tokens } = p;
  const { text, base } = ctx.view;
  let verb = i + 1;
  if (verb >= tokens.length || !adjacent(text, base, tokens[i]!, tokens[verb]!)) return false;
  if (ctx.lex.adverbsAfterCue.has(tokens[verb]!.lower)) {
    verb++;
    if (verb >= tokens.length || !adjacent(text, base, tokens[verb - 1]!, tokens[verb]!)) return false;
  }
  return isSpeechWord(ctx, p, verb);
}

/** "analysts at Jefferies": token i names the body a group works for, after the group's noun and "at" or "from". */
export function worksFor(ctx: DocContext, p: ParagraphInfo, i: number): boolean {
  return i > 1 && grammarFor(ctx.lex.language).groupMemberOf.has(p.tokens[i - 1]!.lower) && ctx.lex.collectiveRoles.has(p.tokens[i - 2]!.lower);
}

/** Characters of a possessive ending on token i ("Okafor's deputy"), when a word follows it; else 0. */
function possessiveCut(ctx: DocContext, p: ParagraphInfo, i: number): number {
  const t = p.tokens[i]!;
  const next = p.tokens[i + 1];
  if (!next || !adjacent(ctx.view.text, ctx.view.base, t, next)) return 0;
  const ending = grammarFor(ctx.lex.language).possessiveEndings.find((e) => t.lower.endsWith(e) && t.lower.length > e.length);
  return ending ? ending.length : 0;
}

function nameMention(ctx: DocContext, p: ParagraphInfo, first: number, last: number, apposedRole?: ApposedRole, keyToken = last): Mention {
  const a = p.tokens[first]!;
  const cut = possessiveCut(ctx, p, last);
  const end = p.tokens[last]!.end - cut;
  return newMention({
    kind: 'name',
    start: a.start,
    end,
    text: ctx.view.slice(a.start, end),
    key: nameKey(p.tokens[keyToken]!.text, ctx.lex.nameEndings, ctx.lex.nameParticles),
    surname: p.tokens[keyToken]!.text,
    apposedRole,
    firstToken: first,
    lastToken: last,
    possessive: cut > 0 ? true : undefined,
  });
}
