import type { Speaker } from '../schemas';
import { isSpeechWord, tokenAt } from './attribution';
import type { DocContext, ParagraphInfo } from './context';
import { collectSurnames, declinesInRussian, findMentions, isGivenName, newMention, type Mention } from './mentions';
import { grammarFor, type GenderCues } from './grammar';
import { hashId } from './ids';
import { adjacent } from './tokens';
import { afterDateline } from './sentences';
import { foldWord, inflectedFrom, MAX_NAME_CASE_ENDING, roleStem, someCaseStem } from './morphology';
import { caseDecides, likelyGenders, readName, surnameForms, type Gender, type GrammaticalCase, type NameHints } from './russian-names';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const ONLY_COMMA = /^,\s*$/;
const SPACES = /\s+/;
/** The same runs, for a walk along a text (its lastIndex is set before each walk). */
const SPACE_RUNS = /\s+/g;
const SPACE = /\s/;
const ROLE_WORD_BREAK = /[\s-]+/;

/** Words that may stand between an indefinite article and the role it opens ("a No 10 spokesperson"). */
const MAX_ROLE_PREMODIFIERS = 2;

const FEMALE: ReadonlySet<Gender> = new Set(['female']);
const MALE: ReadonlySet<Gender> = new Set(['male']);

/** A name's words in lower case, without the article and the "of" a body's name may carry. */
function nameWords(name: string): string[] {
  return name.toLowerCase().split(SPACES).filter((w) => w !== 'the' && w !== 'of');
}

/**
 * Who is who in one article: names grouped by surname (a Russian one by any of its case forms, as lvovich
 * declines it; others by their nameKey), roles tied to the name they stand next to, and the mentions that
 * point to each person. Quotes ask it to resolve the mention their cue names.
 */
export interface Entity {
  readonly id: string;
  readonly key: string;
  name: string;
  role: string | null;
  readonly roleClasses: Set<string>;
  readonly forms: Map<string, string>;
  /** A named person, not a role standing alone ("министр" with no name anywhere). */
  readonly named: boolean;
  quotes: number;
  /** The role came from a bare role mention, not from one written beside the name. */
  roleFromMention?: boolean;
}

export interface PlacedMention {
  readonly mention: Mention;
  /** Paragraph index; -1 for the headline. */
  readonly paragraph: number;
  /** Position in `placed`, so look-backs start where the mention stands instead of scanning from the top. */
  readonly order: number;
  entity: Entity | null;
}

/** How far back a role or pronoun looks for its person: enough for any article, bounded on hostile pages. */
/** Words of rank before an English role's field ("Vice Minister", "First Deputy Minister"), no part of the body. */
const RANK_WORDS = new Set(['vice', 'deputy', 'first', 'former', 'acting', 'the']);

const LOOK_BACK = 400;

/** ", Kazakhstan’s " between a name and its role: a place's possessive, which no mention holds. */
const OWNER_BEFORE_ROLE = /^,\s*\p{Lu}[\p{L}\p{M}-]*[’']s\s+$/u;

/** "минздрав", "минфин": a ministry's short name, and the full name's field ("министерство здравоохранения"). */
const SHORT_MINISTRY = /^мин(\p{L}{3,})$/u;
const FULL_MINISTRY = /^министерств\p{L}* (\p{L}+)/u;

/** A short name in parentheses right after a body's name: "(АЗРК)", "(ASP)", "(КЭСК, входит в …)". */
const MAX_SHORT_NAME = 10;
const SHORT_NAME_AFTER = /^((?: \p{Ll}+){0,2}) ?\((\p{Lu}[\p{Lu}\p{N}-]{1,9})(?:\)|[,;] )/u;
/** Lower-case words of a body's name a mention leaves out before its short name ("федерацией футбола (КФФ)"). */
const MAX_TAIL_WORDS_CHARS = 30;

/** A Russian name as one mention wrote it, with the case the words before it ask for ("по словам" → genitive). */
interface WrittenName {
  readonly text: string;
  readonly multi: boolean;
  readonly case: GrammaticalCase | undefined;
}

/** What a person's Russian mentions say: each wording, and the genders all of them allow (null: any). */
interface RussianNaming {
  readonly written: Map<string, WrittenName>;
  genders: ReadonlySet<Gender> | null;
  /** Wordings disagreed on the gender (Смаилов and Смаилова: two people under one surname): it settles nothing. */
  conflict: boolean;
}

/** A name this far into its paragraph still opens it ("Opposition politician Zhanbolat Mamay called …"). */
const MAX_OPENER_TOKEN = 3;

/** Paragraphs a story's opening spans, where a role may be named a paragraph apart from its holder. */
const OPENING_PARAGRAPHS = 3;
/** Words after a headline's role that the lead repeats after a name: a verb and its object ("принял акима"). */
const SAME_PREDICATE_WORDS = 2;
/** Paragraphs a lead may take: a caption or a dateline paragraph may come before it. */
const LEAD_PARAGRAPHS = 2;

/** Wordings of one name read for its nominative: any real article has a few; a hostile page gets no more. */
const MAX_WORDINGS = 32;

export class SpeakerRegistry {
  private readonly entities = new Map<string, Entity>();
  /** Every mention of the text, headline first, then in page order. */
  readonly placed: PlacedMention[] = [];
  private readonly byParagraph = new Map<number, PlacedMention[]>();
  private readonly byStart = new Map<number, PlacedMention>();
  private persons: Entity[] = [];
  private organizationNames: ReadonlySet<Entity> | undefined;
  /** The values of `bodies`, for asking whether a speaker is a body. */
  private readonly bodySpeakers = new Set<Entity>();
  /** Bodies by name (class and complement), and those already known by a full name. */
  private readonly bodies = new Map<string, Entity>();
  private readonly namedBodies = new Set<Entity>();
  /** Russian names: every case form of a person's surname (folded) → the person, and how each is named. */
  private readonly byForm = new Map<string, Entity>();
  private readonly formsKnown = new Set<string>();
  private readonly russian = new Map<Entity, RussianNaming>();
  /** Starts and ends of the direct quotations found, in order: the words someone said name no one who speaks next. */
  private quoted: ReadonlyArray<readonly [number, number]> = [];
  /** Genders told by a person's name, titles and roles where names do not decline, with the name they were read from. */
  private readonly writtenGenders = new Map<Entity, { name: string; genders: ReadonlySet<Gender> | null }>();

  constructor(private readonly ctx: DocContext) {
    const surnames = collectSurnames(ctx);
    const all = ctx.headline ? [ctx.headline, ...ctx.paragraphs] : ctx.paragraphs;
    for (const p of all) {
      const list: PlacedMention[] = [];
      // "ASTANA, Oct 10 (Caspian Wire) - …": the wire's dateline names where and who reports, never a speaker.
      const dateline = afterDateline(ctx.view.text, ctx.view.base, p.para.start, p.para.end);
      for (const m of findMentions(ctx, p, surnames)) {
        if (m.end <= dateline) continue;
        const pm = { mention: m, paragraph: p.para.index, order: this.placed.length, entity: null };
        this.placed.push(pm);
        list.push(pm);
        this.byStart.set(m.start, pm);
      }
      this.byParagraph.set(p.para.index, list);
    }
    // Names first, so a role can find the person it was written next to anywhere in the text.
    // Full names before lone words: "Жительница … Айгерим" is the Айгерим Сапарова named a paragraph later.
    for (const pm of this.placed) if (pm.mention.kind === 'name' && pm.mention.lastToken > pm.mention.firstToken) pm.entity = this.named(pm.mention);
    for (const pm of this.placed) if (pm.mention.kind === 'name' && pm.mention.lastToken === pm.mention.firstToken) pm.entity = this.named(pm.mention);
    // "Dina Karimova, a former head …", "Yermek Zhakenov has been mayor …": the role after the name is theirs.
    for (let i = 0; i + 1 < this.placed.length; i++) {
      const a = this.placed[i]!;
      const b = this.placed[i + 1]!;
      if (a.paragraph !== b.paragraph) continue;
      // "The opposition leader, Kemi Badenoch, …": the role before the name, set off by a comma. A body named in
      // the role's complement stands between them ("The chairman of the residents association, Bolat Nurlanov").
      if (a.mention.kind === 'role' && !a.mention.organization) {
        let k = i + 1;
        while (k < this.placed.length && this.placed[k]!.paragraph === a.paragraph && this.placed[k]!.mention.organization === true) k++;
        const holder = this.placed[k];
        if (holder && holder.paragraph === a.paragraph && holder.mention.kind === 'name' && holder.entity && !ctx.lex.organizations.has(holder.mention.key) && apposedAfterRole(ctx, ctx.view.slice(a.mention.end, holder.mention.start))) {
          this.addRoleClasses(holder.entity, a.mention.key);
          holder.entity.role ??= a.mention.text;
          // The role is the person it is set off before, not whoever else holds one like it.
          a.entity = holder.entity;
          continue;
        }
      }
      // "Galymzhan Abenov, the bank’s governor, said": a body's possessive opens the role set off after the name.
      const c = this.placed[i + 2];
      if (a.mention.kind === 'name' && a.entity && b.mention.possessive === true && c?.paragraph === a.paragraph && c.mention.kind === 'role' && !c.mention.organization && c.mention.firstToken === b.mention.lastToken + 1 && !ctx.lex.organizations.has(a.mention.key) && grammarFor(ctx.lex.language).nameRoleLink.test(ctx.view.slice(a.mention.end, b.mention.start))) {
        c.entity = a.entity;
        this.addRoleClasses(a.entity, c.mention.key);
        a.entity.role ??= ctx.view.slice(b.mention.start, c.mention.end);
        continue;
      }
      if (a.mention.kind !== 'name' || b.mention.kind !== 'role' || !a.entity) continue;
      const gap = ctx.view.slice(a.mention.end, b.mention.start);
      // "Nurlan Tokhtarov, Kazakhstan’s minister of energy,": a country's possessive stands where "the" would.
      const link = grammarFor(ctx.lex.language).nameRoleLink;
      // "сохранить Мирослава Коваржика на посту главного тренера": the post named after the name is theirs.
      const post = grammarFor(ctx.lex.language).postLink?.test(gap) ?? false;
      if (!post && !link.test(gap) && !link.test(gap.replace(OWNER_BEFORE_ROLE, ', the '))) continue;
      // "Заслушав доклад акима Марата Жумабаева, Глава государства отметил": a role its verb follows at once is the
      // next clause's subject, not set off after the name.
      if (this.verbFollows(b)) continue;
      // "KazMunayGas, the state oil and gas company, said": the body is the one just named.
      if (b.mention.organization === true && !ctx.lex.organizations.has(a.mention.key)) {
        b.entity = a.entity;
        continue;
      }
      // A body named by a name of its own holds no role ("Almaty International Airport is the largest airport").
      if (b.mention.organization === true || ctx.lex.organizations.has(a.mention.key)) continue;
      const e = a.entity;
      this.addRoleClasses(e, b.mention.key);
      e.role ??= b.mention.text;
    }
    this.headlineRoleInLead();
    this.identifyLater();
    this.persons = [...this.entities.values()].filter((e) => e.named);
    this.placed.forEach((pm, i) => {
      if (pm.mention.kind !== 'role' || pm.entity) return;
      // "депутат Ирина Смирнова": a role with its name after it is that person, whoever held the role before.
      const next = this.placed[i + 1];
      const holder = next && next.paragraph === pm.paragraph && next.mention.apposedRole?.firstToken === pm.mention.firstToken ? next.entity : null;
      pm.entity = holder ?? this.resolveRole(pm.mention, pm.order);
    });
    this.joinShortNames();
  }

  /**
   * "Агентство по защите и развитию конкуренции (АЗРК)", "the Agency for Strategic Planning (ASP)": a short name
   * in parentheses right after a body's full one names that body wherever it stands alone ("В АЗРК заявили").
   */
  private joinShortNames(): void {
    const { text, base } = this.ctx.view;
    const short = new Map<string, Entity>();
    for (const pm of this.placed) {
      if (!pm.entity || !(this.namesBody(pm.mention) || pm.mention.organization === true)) continue;
      // "региональные электросетевые компании (РЭК)": a body's bare noun is not the name the short one stands for.
      if (pm.mention.kind === 'role' && !SPACE.test(pm.mention.text)) continue;
      const m = SHORT_NAME_AFTER.exec(text.slice(pm.mention.end - base, pm.mention.end - base + MAX_SHORT_NAME + MAX_TAIL_WORDS_CHARS + 4));
      if (!m) continue;
      // "Казахстанской федерацией футбола (КФФ)": the genitive the mention left out belongs to the body's name.
      const tail = m[1]!.trim();
      if (tail && (!pm.mention.organization || !grammarFor(this.ctx.lex.language).bodyComplement.genitive?.test(tail.split(' ').pop()!))) continue;
      if (tail && !pm.entity.name.endsWith(tail)) pm.entity.name = `${pm.entity.name} ${tail}`;
      short.set(foldWord(m[2]!), pm.entity);
    }
    if (short.size === 0) return;
    // The reader sees both: "Caspian Pipeline Consortium (CPC)".
    for (const [name, body] of short) if (!foldWord(body.name).includes(name)) body.name = `${body.name} (${name.toUpperCase()})`;
    for (const pm of this.placed) {
      const body = pm.mention.kind === 'name' ? short.get(foldWord(pm.mention.text)) : undefined;
      if (body) pm.entity = body;
    }
  }

  /**
   * "Kazakhstan's finance minister has defended … ¶ “…,” Madi Takiyev told …": a story's opening names a role in a
   * paragraph with no name in it, and the one person it names around it, given no role anywhere, holds it (a
   * wire's lead identifies its speaker a paragraph later; a standfirst may name him a paragraph before).
   */
  private identifyLater(): void {
    const body = this.placed.filter((pm) => pm.paragraph >= 0);
    const lead = body[0]?.paragraph;
    if (lead === undefined) return;
    const opening = body.filter((pm) => pm.paragraph <= lead + OPENING_PARAGRAPHS - 1);
    const named = (paragraph: number) => opening.some((pm) => pm.paragraph === paragraph && pm.mention.kind === 'name');
    const roles = opening.filter((pm) => pm.mention.kind === 'role' && !pm.mention.organization && !named(pm.paragraph));
    const persons = new Set(opening.filter((pm) => pm.mention.kind === 'name' && pm.entity?.named).map((pm) => pm.entity!));
    if (roles.length === 0 || persons.size !== 1) return;
    const role = roles[0]!;
    if (roles.some((pm) => pm.mention.key !== role.mention.key)) return;
    const person = [...persons][0]!;
    if (person.role !== null || person.roleClasses.size > 0) return;
    this.addRoleClasses(person, role.mention.key);
    person.role = role.mention.text;
  }

  /** Mentions of one paragraph (-1: the headline) inside [from, to), by binary search. */
  mentionsIn(paragraph: number, from: number, to: number): Mention[] {
    const list = this.byParagraph.get(paragraph) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.mention.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < list.length && list[i]!.mention.start < to; i++) if (list[i]!.mention.end <= to) out.push(list[i]!.mention);
    return out;
  }

  /** A speaker known only by an account or body name ("ДЧС Актюбинской области"). */
  account(name: string): Entity {
    const key = 'account:' + name.toLowerCase();
    let e = this.entities.get(key);
    if (!e) {
      e = { id: hashId('speaker', key), key, name, role: null, roleClasses: new Set(), forms: new Map([[name.toLowerCase(), name]]), named: false, quotes: 0 };
      this.entities.set(key, e);
    }
    return e;
  }

  /** Every named person of the text. */
  namedPersons(): readonly Entity[] {
    return this.persons;
  }

  /** Resolved mentions of one paragraph. */
  entitiesIn(paragraph: number): Entity[] {
    const out: Entity[] = [];
    for (const pm of this.byParagraph.get(paragraph) ?? []) if (pm.entity) out.push(pm.entity);
    return out;
  }

  /** The mentions of a paragraph that name someone, in order. */
  resolvedIn(paragraph: number): readonly PlacedMention[] {
    return (this.byParagraph.get(paragraph) ?? []).filter((pm) => pm.entity !== null);
  }

  private classOf(roleKey: string): string {
    const c = this.ctx.lex.roleClass.get(roleKey);
    return c === undefined ? roleKey : 'class:' + c;
  }

  /**
   * A person's role puts them in its class and, when the lexicon gives the whole role no class of its own, in its
   * head noun's: "Finance Minister Ruslan Ospanov" is "the minister" further on, "министр финансов" is "министр".
   * The head is the last word in English and Kazakh, the first in Russian (a genitive follows it). A role the
   * lexicon classes as a whole ("prime minister") keeps to that class.
   */
  /**
   * "Глава государства принял акима области" over a lead "Ерлан Кожабергенов принял акима области": the role that
   * opens the headline and a name in the lead, each followed by the same words, are one person, who holds the role.
   */
  private headlineRoleInLead(): void {
    const h = this.ctx.headline;
    const role = this.byParagraph.get(-1)?.[0];
    if (!h || !role || role.mention.kind !== 'role' || role.mention.organization === true || role.mention.firstToken !== 0) return;
    const said = h.tokens.slice(role.mention.lastToken + 1, role.mention.lastToken + 1 + SAME_PREDICATE_WORDS);
    if (said.length < SAME_PREDICATE_WORDS) return;
    for (const lead of this.ctx.paragraphs.slice(0, LEAD_PARAGRAPHS)) {
      for (const pm of this.byParagraph.get(lead.para.index) ?? []) {
        if (pm.mention.kind !== 'name' || !pm.entity || pm.mention.organization === true) continue;
        const words = lead.tokens.slice(pm.mention.lastToken + 1, pm.mention.lastToken + 1 + SAME_PREDICATE_WORDS);
        if (words.length < SAME_PREDICATE_WORDS || !words.every((t, k) => t.lower === said[k]!.lower)) continue;
        this.addRoleClasses(pm.entity, role.mention.key);
        pm.entity.role ??= role.mention.text;
        return;
      }
    }
  }

  private addRoleClasses(e: Entity, roleKey: string): void {
    const own = this.classOf(roleKey);
    e.roleClasses.add(own);
    if (own.startsWith('class:')) return;
    const space = this.ctx.lex.language === 'ru' ? roleKey.indexOf(' ') : roleKey.lastIndexOf(' ');
    if (space < 0) return;
    e.roleClasses.add(this.classOf(this.ctx.lex.language === 'ru' ? roleKey.slice(0, space) : roleKey.slice(space + 1)));
  }

  private named(m: Mention): Entity {
    const surname = m.surname ?? lastWord(m.text);
    const russian = declinesInRussian(this.ctx, surname);
    // A Russian surname meets its person by any case form of it (Токаеву, Ковальского); other names by nameKey.
    let e = russian ? this.byForm.get(foldWord(surname)) : this.entities.get(m.key);
    // "Марата Жунусова" and his wife "Айгерим Жунусова": one surname's forms, two given names, two people.
    if (e && russian && m.lastToken > m.firstToken && otherGivenName(e, m.text, (w) => givenNameForm(this.ctx, w))) e = undefined;
    // "Абдрахманов" alone, with Ержан Абдрахманов and Дана Абдрахманова both named: the one whose surname it is as written.
    if (e && russian && m.lastToken === m.firstToken && lastWord(e.name) !== surname) e = this.bySurname(surname) ?? e;
    // "the National Bank of Kyzylstan" and "the Asian Development Bank": two bodies under one noun.
    if (e && !russian && this.namesBody(m)) e = this.bodyOfName(m);
    // "Han Ji-won … Han told the news conference": a single word that opens one known person's name and is no one's
    // surname is that person (a family name written first, or a given name).
    if (!e && m.lastToken === m.firstToken) e = this.openingOneName(m.text);
    if (!e) {
      let key = m.key;
      for (let n = 2; this.entities.has(key); n++) key = `${m.key}#${n}`;
      e = { id: hashId('speaker', key), key, name: m.text, role: null, roleClasses: new Set(), forms: new Map(), named: true, quotes: 0 };
      this.entities.set(key, e);
    }
    const multi = m.lastToken > m.firstToken;
    if (russian) {
      if (!this.formsKnown.has(surname)) {
        this.formsKnown.add(surname);
        for (const form of surnameForms(surname)) if (!this.byForm.has(form)) this.byForm.set(form, e);
      }
      this.nameInRussian(e, m, multi);
    } else {
      const currentMulti = SPACE.test(e.name);
      // The canonical name: the fullest form, and among full forms the one with the shortest surname (nominative).
      // A body's fullest name is the one with the most words ("National Bank of Kyzylstan" over "National Bank").
      if (this.namesBody(m)) {
        if (nameWords(m.text).length > nameWords(e.name).length) e.name = m.text;
      } else if ((multi && !currentMulti) || (multi === currentMulti && lastWord(m.text).length < lastWord(e.name).length)) e.name = m.text;
      // Kazakh case endings are unambiguous: "Бақытжан Омаровқа" is Бақытжан Омаров.
      if (this.ctx.language === 'kk') e.name = uninflect(e.name, m.key);
    }
    if (m.apposedRole) {
      // "под председательством Премьер-министра Олжаса Бектенова": the role is named in the nominative.
      if (!e.role) e.role = m.apposedRole.genitive ? this.bodyName(newMention({ ...m, key: m.apposedRole.key, text: m.apposedRole.text })) : m.apposedRole.text;
      this.addRoleClasses(e, m.apposedRole.key);
      this.addMinistryHead(e, m.apposedRole.text);
    }
    this.addForm(e, m);
    return e;
  }

  /** The named person whose name ends in exactly this surname, if one does. */
  private bySurname(surname: string): Entity | undefined {
    for (const e of this.entities.values()) if (e.named && lastWord(e.name) === surname) return e;
    return undefined;
  }

  /**
   * The named body under the mention's key whose name is this one or holds its words ("National Bank" for "the
   * National Bank of Kyzylstan"); undefined when the bodies under that key have other names.
   */
  private bodyOfName(m: Mention): Entity | undefined {
    const words = nameWords(m.text);
    for (let n = 1, e = this.entities.get(m.key); e; n++, e = this.entities.get(`${m.key}#${n + 1}`)) {
      const known = nameWords(e.name);
      const [shorter, longer] = words.length <= known.length ? [words, known] : [known, words];
      if (shorter.every((w) => longer.includes(w))) return e;
    }
    return undefined;
  }

  /** A verb of speech stands right after the mention, with nothing between them. */
  private verbFollows(pm: PlacedMention): boolean {
    const p = pm.paragraph < 0 ? this.ctx.headline : this.ctx.paragraphs[pm.paragraph];
    const next = p?.tokens[pm.mention.lastToken + 1];
    return p !== null && p !== undefined && next !== undefined && adjacent(this.ctx.view.text, this.ctx.view.base, p.tokens[pm.mention.lastToken]!, next) && isSpeechWord(this.ctx, p, pm.mention.lastToken + 1);
  }

  /** "глава МЧС России", "руководитель Минздрава": a ministry's head is its minister too. */
  private addMinistryHead(e: Entity, role: string): void {
    const rule = grammarFor(this.ctx.lex.language).ministryHead;
    if (!rule) return;
    const words = role.split(SPACES);
    if (words.length < 2 || !rule.heads.has(roleStem(words[0]!.toLowerCase(), this.ctx.language, this.ctx.lex.roleEndings))) return;
    if (rule.body.test(foldWord(words[1]!.toLowerCase())) || rule.acronym.test(words[1]!)) e.roleClasses.add(this.classOf(rule.role));
  }

  /** The one named person whose multi-word name opens with `word`, if exactly one does. */
  private openingOneName(word: string): Entity | undefined {
    let found: Entity | undefined;
    // Asked while names are being read: every named entity so far, not yet the finished list of persons.
    for (const e of this.entities.values()) {
      // "Ерлан" opens "Ерлана Муканова", read in the genitive.
      const first = e.name.slice(0, e.name.indexOf(' '));
      if (!e.named || !SPACE.test(e.name) || !(first === word || (word.length > 2 && inflectedFrom(first, word)))) continue;
      if (found && found !== e) return undefined;
      found = e;
    }
    return found;
  }

  /**
   * A Russian name in the nominative, read by lvovich from every way the text writes it. One person has one
   * gender: the genders each wording's likeliest readings allow, taken together, decide between readings that
   * tie ("Касыма-Жомарта Токаева" is a woman in the nominative or a man in the genitive; "Токаев" elsewhere
   * settles it). The name is the fullest wording's nominative, one written in the nominative first.
   */
  private nameInRussian(e: Entity, m: Mention, multi: boolean): void {
    let naming = this.russian.get(e);
    if (!naming) {
      naming = { written: new Map(), genders: null, conflict: false };
      this.russian.set(e, naming);
    }
    const g = grammarFor(this.ctx.lex.language);
    // The words before matter only to a wording a genitive would read otherwise (Алмаса Чукина, not Токаеву):
    // what asks for the genitive there, or a role in the genitive beside the name (министра Алмаса Чукина).
    const before = () => this.ctx.view.slice(Math.max(this.ctx.view.base, m.start - 60), m.start);
    const asked = () => m.apposedRole?.genitive === true || (g.genitiveBefore?.test(before()) ?? false);
    const c = caseDecides(m.text, 'genitive', g.surnameEnding) && asked() ? 'genitive' : undefined;
    const key = `${m.text}|${c ?? ''}`;
    if (naming.written.has(key) || naming.written.size >= MAX_WORDINGS) return;
    naming.written.set(key, { text: m.text, multi, case: c });
    if (!naming.conflict) {
      // A past-tense verb of speech beside the name agrees with it ("сказала Абдрахманова"): its gender outweighs
      // a case the words before seemed to ask for ("прокомментировала слова коллеги Абдрахманова").
      const verb = this.verbGender(m);
      let allowed = likelyGenders(m.text, { case: c, surnameShape: g.surnameEnding });
      if (verb !== null) allowed = allowed.has(verb) ? new Set([verb]) : new Set([...likelyGenders(m.text, { surnameShape: g.surnameEnding })].filter((x) => x === verb));
      const both = naming.genders ? new Set([...naming.genders].filter((x) => allowed.has(x))) : allowed;
      naming.conflict = both.size === 0;
      naming.genders = naming.conflict ? null : both;
    }
    let best: { name: string; rank: number } | null = null;
    for (const w of naming.written.values()) {
      const reading = readName(w.text, this.russianHints(naming, w));
      const rank = (w.multi ? 2 : 0) + (reading?.case === 'nominative' ? 1 : 0);
      if (!best || rank > best.rank) best = { name: reading?.nominative ?? w.text, rank };
    }
    e.name = best!.name;
  }

  /**
   * The gender a past-tense verb right before or after a mention gives it, if one stands there: a verb of speech
   * on either side, or, after a name, any word right after it with the ending of a verb in the past ("депутат … от
   * района Гульнара Абдрахманова приехала": the words before seemed to ask for a man's name in the genitive). Not
   * after a role, whose complement may end so ("глава водоканала").
   */
  private verbGender(m: Mention): Gender | null {
    const p = this.ctx.paragraphs[this.ctx.paragraphAt(m.start)];
    const g = grammarFor(this.ctx.lex.language);
    const { female, male } = g.pastGender;
    if (!p || !female || !male) return null;
    for (const k of [m.firstToken - 1, m.lastToken + 1]) {
      const t = p.tokens[k];
      if (!t) continue;
      const subjectsVerb = m.kind === 'name' && k > m.lastToken && !t.capitalized && (g.claims.done?.test(t.lower) ?? false) && adjacent(this.ctx.view.text, this.ctx.view.base, p.tokens[m.lastToken]!, t);
      if (!subjectsVerb && !isSpeechWord(this.ctx, p, k)) continue;
      if (female.test(t.lower)) return 'female';
      if (male.test(t.lower)) return 'male';
    }
    return null;
  }

  private russianHints(naming: RussianNaming, w: WrittenName | undefined): NameHints {
    return { case: w?.case, genders: naming.genders ?? undefined, surnameShape: grammarFor(this.ctx.lex.language).surnameEnding };
  }

  /** A wording joins the person's mentions, one per word shape: roles by their lexicon key (Президент, Президента). */
  private addForm(e: Entity, m: Mention): void {
    let key: string;
    if (m.kind === 'role') key = 'role:' + m.key + '|' + foldWord(complementOf(m));
    else if (this.russian.has(e) && declinesInRussian(this.ctx, m.surname ?? lastWord(m.text))) key = 'ru:' + foldWord(m.text);
    else key = 'name:' + foldWord(m.text.slice(0, m.text.length - lastWord(m.text).length)) + m.key;
    const existing = e.forms.get(key);
    if (existing === undefined || m.text.length < existing.length) e.forms.set(key, m.text);
  }

  /**
   * The wordings a person is mentioned by, one per word: a Russian name's inflected wordings meet under the
   * nominative they are read in (Токаева and Токаеву under Токаев), and the wording in the nominative stands
   * for them, else the shortest.
   */
  private mentionsOf(e: Entity): string[] {
    const naming = this.russian.get(e);
    if (!naming) return [...e.forms.values()];
    const byNominative = new Map<string, string>();
    for (const [key, text] of e.forms) {
      if (!key.startsWith('ru:')) {
        byNominative.set(key, text);
        continue;
      }
      const w = [...naming.written.values()].find((x) => x.text === text);
      const nominative = readName(text, this.russianHints(naming, w))?.nominative ?? text;
      const k = 'ru:' + foldWord(nominative);
      const existing = byNominative.get(k);
      const asNominative = (t: string) => foldWord(t) === foldWord(nominative);
      if (existing === undefined || (asNominative(text) && !asNominative(existing)) || (asNominative(text) === asNominative(existing) && text.length < existing.length)) byNominative.set(k, text);
    }
    return [...byNominative.values()];
  }

  private resolveRole(m: Mention, order: number): Entity {
    const cls = this.classOf(m.key);
    const persons = this.persons;
    const holders = persons.filter((e) => e.roleClasses.has(cls));
    const members = holders.length === 0 ? [...this.membersHolding(m.key), ...this.holdingRoleWords(m)] : [];
    let e: Entity | undefined;
    // A body (the lexicon's, or one named after "по данным") is never a person named elsewhere.
    if ((m.organization === true || this.ctx.lex.organizations.has(m.key)) && !this.ctx.lex.roleClass.has(m.key)) {
      // "the bank" after "the National Bank": the body named in full before.
      e = this.lastMentioned(this.persons.filter((p) => roleStem(headWord(p.name), this.ctx.language, this.ctx.lex.roleEndings) === m.key), order, false);
    }
    // "said a diplomat who asked not to be named": someone the text has not named before, whoever holds the role.
    else if (this.indefinite(m, order)) e = undefined;
    else if (holders.length === 1) e = holders[0];
    else if (holders.length > 1) e = this.lastMentioned(this.qualified(byRank(holders, m), m, order), order);
    // "– подчеркнул депутат" after "первый зампред комитета Госдумы X": a member of the body holds its members' role.
    else if (members.length > 0) e = this.lastMentioned(members, order, false) ?? (members.length === 1 ? members[0] : undefined);
    // With one named person in the whole text, a role with no name beside it can only be that person, unless they
    // are known to hold a different one ("глава Правительства" after "аким области X" is someone else).
    // A body named by a name of its own ("АО «ЖарыкТранзит»") holds no person's role.
    else if (persons.length === 1 && !this.namedOrganizations().has(persons[0]!) && (persons[0]!.roleClasses.size === 0 || this.ctx.lex.genericRoles.has(m.key))) e = persons[0];
    // "Timur Zhaksylykov keeps a map … ¶ Kazakhstan’s minister of water resources, who took up the post …, said":
    // a role opening a paragraph, which no one named holds, describes the person the paragraph before was about,
    // when the text has given them no role.
    else if (holders.length === 0 && this.opensParagraph(m, order) && this.roleless(this.placed[order]!.paragraph)) e = this.roleless(this.placed[order]!.paragraph)!;
    // "глава ведомства", "the official": the last official named before it; "the ministry’s spokesperson" is
    // someone else, the body's own.
    // Among several: "– сказала глава Нацбанка" after "председатель Нацбанка X" and "заместитель председателя Нацбанка
    // Y" is X, by the past verb's gender, by the body named, and as the head, not the deputy.
    else if (this.ctx.lex.genericRoles.has(m.key) && !this.ofBodyBefore(m, order)) {
      const gender = this.verbGender(m);
      const deputy = grammarFor(this.ctx.lex.language).deputyRole;
      const head = deputy !== null && !deputy.test(m.text);
      const officials = persons.filter((p) => p.role !== null && (gender === null || (this.gendersOf(p)?.has(gender) ?? true)) && !(head && deputy.test(p.role)));
      const stem = this.bodyOfRole(m, order);
      const ofBody = stem ? officials.filter((p) => foldWord(p.role!.toLowerCase()).includes(stem)) : [];
      e = this.lastMentioned(ofBody, order, false) ?? this.lastMentioned(officials, order, false);
      // "Steppe Copper chief says …": a headline comes before everyone; its role is the first official the body
      // names with that word in their role (the chief executive, named before the chief financial officer).
      if (!e && this.placed[order]?.paragraph === -1) e = this.firstHolding(officials, m.key);
    }
    if (!e && !m.organization && this.ofBodyBefore(m, order)) {
      // "the ministry’s spokesperson": the body's own official, one per body and role.
      const body = this.placed[order - 1]!.mention.text;
      e = this.roleEntity(`role:${cls} of ${foldWord(body.toLowerCase())}`, cls, `${body} ${m.text}`);
    }
    // "the largest share sale by a privately owned company": a body named as one of a kind, after a preposition, is
    // none that "the company" later refers back to ("A police source said … the source said" is one).
    if (!e && m.organization && this.indefinite(m, order) && this.afterPreposition(m, order)) e = this.roleEntity(`some ${cls} ${foldWord(m.text)}`, cls, this.bodyName(m));
    if (!e) e = m.organization ? this.body(m, cls, order) : this.roleEntity('role:' + cls, cls, this.bodyName(m));
    return e;
  }

  /**
   * The stem of the body a role is of: its complement ("глава комитета"), or the body named right after it ("глава
   * Нацбанка", found as a body of its own); empty when neither is there.
   */
  private bodyOfRole(m: Mention, order: number): string {
    const next = this.placed[order + 1];
    const after = next && next.paragraph === this.placed[order]?.paragraph && next.mention.firstToken === m.lastToken + 1 && this.namesBody(next.mention) ? next.mention.text : '';
    const body = foldWord((complementOf(m) || after).toLowerCase());
    // Without its case ending, so "Нацбанка" meets "Нацбанк" in the holder's role.
    return body.slice(0, Math.max(3, body.length - 2));
  }

  /** The paragraph (or the headline) the mention placed at `order` stands in. */
  private paragraphOf(order: number): ParagraphInfo | null | undefined {
    const placed = this.placed[order];
    return placed === undefined ? undefined : placed.paragraph < 0 ? this.ctx.headline : this.ctx.paragraphs[placed.paragraph];
  }

  /**
   * Holders told apart by the words around the mention: its complement ("аким района"), else the word after it
   * ("Аким области заявил"), else, in English, the word before it ("the council leader"). All of them when none
   * of these words is in any holder's role.
   */
  private qualified(holders: Entity[], m: Mention, order: number): Entity[] {
    for (const words of [complementOf(m), this.wordAfter(m, order), this.wordBefore(m, order)]) {
      const fits = byComplement(holders, words);
      if (fits !== holders) return fits;
    }
    return holders;
  }

  /**
   * The word right before an English role with no field of its own ("the council leader"): it may be the field,
   * which tells holders of one class apart. Empty when none stands there.
   */
  private wordBefore(m: Mention, order: number): string {
    if (this.ctx.lex.language !== 'en') return '';
    const p = this.paragraphOf(order);
    const before = p?.tokens[m.firstToken - 1];
    if (!p || !before || !adjacent(this.ctx.view.text, this.ctx.view.base, before, p.tokens[m.firstToken]!)) return '';
    return before.text;
  }

  /** A preposition right before the article of an indefinite mention ("by a company"). */
  private afterPreposition(m: Mention, order: number): boolean {
    const p = this.paragraphOf(order);
    if (!p) return false;
    const articles = grammarFor(this.ctx.lex.language).indefiniteArticles;
    let k = m.firstToken - 1;
    while (k >= 0 && !articles.has(p.tokens[k]!.lower)) k--;
    return k > 0 && this.ctx.lex.prepositions.has(p.tokens[k - 1]!.lower);
  }

  /** "a diplomat", "an official": the role opens with the indefinite article, a person new to the text. */
  private indefinite(m: Mention, order: number): boolean {
    const p = this.paragraphOf(order);
    if (!p) return false;
    const articles = grammarFor(this.ctx.lex.language).indefiniteArticles;
    // "a diplomat", and with words before the noun: "a ministry spokesperson", "a No 10 spokesperson".
    for (let k = m.firstToken - 1; k >= 0 && k >= m.firstToken - 1 - MAX_ROLE_PREMODIFIERS; k--) {
      const t = p.tokens[k]!;
      if (articles.has(t.lower)) return true;
      if (!adjacent(this.ctx.view.text, this.ctx.view.base, t, p.tokens[k + 1]!) || isSpeechWord(this.ctx, p, k)) return false;
    }
    return false;
  }

  /**
   * The lower-case word right after a role the text gives no complement of its own ("Аким области заявил"): it may
   * be the complement, which tells holders of one class apart. Empty when none follows.
   */
  private wordAfter(m: Mention, order: number): string {
    const p = this.paragraphOf(order);
    const next = p?.tokens[m.lastToken + 1];
    if (!p || !next || next.capitalized || !adjacent(this.ctx.view.text, this.ctx.view.base, p.tokens[m.lastToken]!, next)) return '';
    return next.text;
  }

  /** A body's possessive right before the role ("the ministry’s spokesperson", "Kazatomprom’s spokesman"). */
  private ofBodyBefore(m: Mention, order: number): boolean {
    const placed = this.placed[order - 1];
    const before = placed?.mention;
    return before !== undefined && placed!.paragraph === this.placed[order]?.paragraph && before.possessive === true && before.lastToken === m.firstToken - 1 && (this.namesBody(before) || before.kind === 'name');
  }

  private roleEntity(key: string, cls: string, name: string): Entity {
    let e = this.entities.get(key);
    if (!e) {
      e = { id: hashId('speaker', key), key, name, role: null, roleClasses: new Set([cls]), forms: new Map(), named: false, quotes: 0 };
      this.entities.set(key, e);
    }
    return e;
  }

  /**
   * A body: one speaker per name ("пресс-служба министерства" and "пресс-служба акимата" are two). A bare noun
   * ("министерство", "the ministry") is the body of its kind named last; the first body named in full takes
   * over an earlier bare noun's speaker, so the quotes before carry the full name too.
   */
  private body(m: Mention, cls: string, order: number): Entity {
    const bareKey = 'role:' + cls;
    // "Минздрав" on a page that names the Министерство здравоохранения: the short name of the ministry named.
    const full = this.ministryOfShortName(m.key);
    if (full) return full;
    const complement = foldWord(m.premodifiers === undefined ? complementOf(m) : premodifiedComplement(m, m.premodifiers));
    if (!complement) {
      const kin = [...this.bodies.values()].filter((b) => b.roleClasses.has(cls));
      // "В ведомстве напомнили" after "сообщение Министерства здравоохранения": any body named before, a ministry
      // first ("…, а не компания" in a quote between is no ведомство). "the company said" after "Almaty
      // International Airport": a body named by a name of its own counts too.
      const anyBody = () => {
        const grammar = grammarFor(this.ctx.lex.language);
        if (!grammar.genericBodies.has(m.key)) return undefined;
        const all = [...this.bodies.values(), ...this.namedOrganizations()];
        const kinds = grammar.bodiesOfRoles.find((b) => b.bodies.has(m.key))?.bodies;
        const ofKind = kinds ? all.filter((b) => [...kinds].some((k) => b.roleClasses.has(this.classOf(k)))) : [];
        // "ACP said: “… permits issued by the Ministry of Ecology …” ¶ The company added that …": a body named only
        // inside a quotation is not the one the text goes on about.
        return this.lastMentioned(ofKind, order, false, true) ?? this.lastMentioned(all, order, false, true);
      };
      // "…, police said" in a story that names the Durham Police Department: the one body a lone noun is part of.
      const namedWith = () => (SPACES.test(m.text) ? null : this.bodyNamedWith(m.text)) ?? undefined;
      return this.lastMentioned(kin, order, false) ?? anyBody() ?? namedWith() ?? this.remember(bareKey, this.roleEntity(bareKey, cls, this.bodyOfRoleHolder(m, order) ?? this.bodyName(m)));
    }
    // "пресс-служба ведомства", "пресс-служба департамента": a body's office speaking for the body of that kind
    // named last, which is the one quoted.
    const of = SPACES.test(complement) ? null : roleStem(complement, this.ctx.language, this.ctx.lex.roleEndings);
    if (of !== null && this.ctx.lex.organizations.has(of)) {
      const kin = grammarFor(this.ctx.lex.language).genericBodies.has(of) ? [...this.bodies.values(), ...this.namedOrganizations()] : [...this.bodies.values()].filter((b) => b.roleClasses.has(this.classOf(of)));
      const named = this.lastMentioned(kin.filter((b) => this.namedBodies.has(b) || this.namedOrganizations().has(b)), order, false);
      if (named) return named;
    }
    const key = `${bareKey} ${complement}`;
    const known = this.bodies.get(key) ?? (m.premodifiers === undefined ? undefined : this.fullerBody(bareKey, complement));
    if (known) return known;
    const bare = this.bodies.get(bareKey);
    if (bare && !this.namedBodies.has(bare)) {
      bare.name = this.bodyName(m);
      this.namedBodies.add(bare);
      return this.remember(key, bare);
    }
    const e = this.roleEntity(key, cls, this.bodyName(m));
    this.namedBodies.add(e);
    return this.remember(key, e);
  }

  /** The ministry named in full whose field the short name's tail opens ("минздрав" → Министерство здравоохранения). */
  private ministryOfShortName(key: string): Entity | undefined {
    const m = key.startsWith('мин') ? SHORT_MINISTRY.exec(key) : null;
    if (!m) return undefined;
    for (const e of this.bodies.values()) {
      const full = FULL_MINISTRY.exec(foldWord(e.name));
      if (full && full[1]!.startsWith(m[1]!)) return e;
    }
    return undefined;
  }

  /**
   * The full name of a body the text names only through a role in it: "the ministry said" after "Agriculture
   * Minister X" is the Ministry of Agriculture, "В министерстве" after "министр здравоохранения X" the Министерство
   * здравоохранения. The holder is the last such person named before; undefined when there is none.
   */
  private bodyOfRoleHolder(m: Mention, order: number): string | undefined {
    const kind = grammarFor(this.ctx.lex.language).bodiesOfRoles.find((b) => b.bodies.has(m.key));
    if (!kind) return undefined;
    const english = this.ctx.lex.language === 'en';
    const fieldOf = (role: string): string | null => {
      const words = role.split(' ').filter(Boolean);
      const h = words.findIndex((w) => kind.roles.has(roleStem(w.split('-').pop()!, this.ctx.language, this.ctx.lex.roleEndings)));
      if (h < 0) return null;
      const after = words.slice(h + 1);
      if (!english) return after.length > 0 ? after.join(' ') : null;
      // "Minister of Trade and Integration", "Agriculture Minister", "Vice Minister of Energy".
      if (after[0]?.toLowerCase() === 'of' && after.length > 1) return after.slice(1).join(' ');
      const field = words.slice(0, h).filter((w) => !RANK_WORDS.has(w.toLowerCase()));
      return field.length > 0 && after.length === 0 ? field.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') : null;
    };
    const holder = this.lastMentioned(this.persons.filter((p) => p.role !== null && fieldOf(p.role) !== null), order, false);
    return holder ? `${kind.title} ${fieldOf(holder.role!)}` : undefined;
  }

  /** "the emergency department" after "the regional emergency department": a body named before with more words. */
  private fullerBody(bareKey: string, complement: string): Entity | undefined {
    const tail = ' ' + complement;
    for (const [key, e] of this.bodies) if (key.startsWith(bareKey + ' ') && key.endsWith(tail)) return e;
    return undefined;
  }

  private remember(key: string, e: Entity): Entity {
    this.bodies.set(key, e);
    this.bodySpeakers.add(e);
    return e;
  }

  /**
   * A body's or a role's name as a speaker: its noun in the nominative, as the lexicon writes it, with the rest as
   * written ("сообщили в пресс-службе министерства" → "пресс-служба министерства", "по словам министра" →
   * "министр"); a genitive complement stays one.
   */
  private bodyName(m: Mention): string {
    const g = grammarFor(this.ctx.lex.language);
    const nominative = g.bodyComplement.genitive ? g.roleNominative.get(m.key) : undefined;
    if (!nominative) return m.text;
    // "в Счетном комитете" → "Счетный комитет": the adjective agrees with the noun's nominative.
    if (m.premodifiers !== undefined && g.bodyAdjective) {
      const rest = m.text.slice(m.premodifiers.length).trimStart();
      const noun = rest.split(' ')[0] ?? rest;
      return `${nominativeAdjective(m.premodifiers, nominative)} ${nominative}${rest.slice(noun.length)}`;
    }
    const head = m.text.split(' ')[0] ?? m.text;
    // An acronym (МИД, МВД) has no case ending to change.
    if (head.length > 1 && head === head.toUpperCase()) return m.text;
    const upper = head[0] !== undefined && head[0] !== head[0].toLowerCase();
    return (upper ? nominative[0]!.toUpperCase() + nominative.slice(1) : nominative) + m.text.slice(head.length);
  }

  /** A mention that attributes a quote: its wording joins the speaker's mentions (and names a missing role). */
  noteSpeaking(e: Entity, m: Mention): void {
    if (m.kind === 'pronoun') return;
    // A body's mention is its name, not a role it holds ("Министерстве просвещения" for the ministry).
    if (m.kind === 'role' && !m.organization && (!e.role || (e.roleFromMention && m.text.length < e.role.length))) {
      e.role = m.text;
      e.roleFromMention = true;
    }
    this.addForm(e, m);
  }

  /** The mention is a body's: a role noun for one ("the ministry") or a name ending in one ("National Bank"). */
  private namesBody(m: Mention): boolean {
    return m.organization === true || this.ctx.lex.organizations.has(m.key);
  }

  /** A named person, not a body named by a name of its own. */
  isPerson(e: Entity): boolean {
    return e.named && !this.isBody(e);
  }

  private isBody(e: Entity): boolean {
    return this.namedOrganizations().has(e) || this.bodySpeakers.has(e);
  }

  /**
   * The one body named on the page with the word in its name ("police" → "Durham Police Department"), or null
   * when none or several are.
   */
  bodyNamedWith(word: string): Entity | null {
    const w = foldWord(word);
    let found: Entity | null = null;
    const seen = new Set<Entity>();
    for (const e of [this.namedOrganizations(), this.bodySpeakers, this.bodies.values()].flatMap((list) => [...list])) {
      if (seen.has(e) || !foldWord(e.name).includes(w)) continue;
      seen.add(e);
      if (!e.name.split(SPACES).some((x) => foldWord(x) === w)) continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  /** Speakers named by a name ending in a body's noun ("Almaty International Airport", "National Bank"). */
  private namedOrganizations(): ReadonlySet<Entity> {
    // Asked per pronoun and per bare body noun: gathered once, as names are all resolved before any is asked.
    this.organizationNames ??= new Set(this.placed.filter((pm) => pm.mention.kind === 'name' && pm.entity && (this.ctx.lex.organizations.has(pm.mention.key) || pm.mention.organization === true)).map((pm) => pm.entity!));
    return this.organizationNames;
  }

  /**
   * "the deputy minister" after "Deputy Foreign Minister Daniyar Seitkali": persons whose role has every word of a
   * role of two words or more, which the lexicon gives a class of its own.
   */
  private holdingRoleWords(m: Mention): Entity[] {
    const words = foldWord(m.text.toLowerCase()).split(SPACES);
    if (words.length < 2) return [];
    // "The prime minister" is not the Deputy Prime Minister: a rank the holder's role adds is a different role.
    return this.persons.filter((p) => {
      const own = roleWords(p);
      return words.every((w) => own.includes(w)) && own.every((w) => !SECOND_RANKS.has(w) || words.includes(w));
    });
  }

  /** Persons whose role names a body every member of which holds the role `key` (a parliament's, for "депутат"). */
  private membersHolding(key: string): Entity[] {
    const bodies = grammarFor(this.ctx.lex.language).membersOf.find((x) => x.role === key)?.bodies;
    if (!bodies) return [];
    return this.persons.filter((p) => roleWords(p).some((w) => bodies.some((b) => w.startsWith(b))));
  }

  /** Of the candidates, the one the text names first whose role has the word. */
  private firstHolding(candidates: readonly Entity[], word: string): Entity | undefined {
    const holding = new Set(candidates.filter((p) => roleWords(p).includes(word)));
    return this.placed.find((pm) => pm.paragraph >= 0 && pm.entity && holding.has(pm.entity))?.entity ?? undefined;
  }

  private lastMentioned(candidates: Entity[], order: number, orFirst = true, outsideMarks = false): Entity | undefined {
    const wanted = new Set(candidates);
    for (let i = order - 1; i >= 0 && i >= order - LOOK_BACK; i--) {
      const e = this.placed[i]!.entity;
      if (e && wanted.has(e) && !(outsideMarks && this.withinMarks(this.placed[i]!))) return e;
    }
    return orFirst ? candidates[0] : undefined;
  }

  /**
   * The person a mention refers to; pronouns only when one person is in view (or the last speaker is).
   * `statement` is the span of the words the mention attributes: a pronoun never points into them ("Routes will
   * connect Almaty and Astana, he added" is not Astana speaking).
   */
  resolve(m: Mention, paragraph: number, lastSpeaker: Entity | null, statement?: readonly [number, number]): Entity | null {
    const placed = this.byStart.get(m.start);
    if (placed?.entity) return placed.entity;
    if (m.kind === 'name') return this.named(m);
    const order = placed?.order ?? this.placed.length;
    if (m.kind === 'role') return this.resolveRole(m, order);
    if (grammarFor(this.ctx.lex.language).bodyPronouns.has(m.key)) return this.lastBody(order, paragraph, statement);
    const inView = new Set<Entity>();
    const sameParagraph = new Set<Entity>();
    // "ее", "she": a person the text shows to be of the other gender is not meant.
    const gender = this.pronounGender(m.key);
    const fits = (e: Entity) => gender === null || (this.gendersOf(e)?.has(gender) ?? true);
    // "he", "она" never mean a ministry or an office that spoke last.
    if (lastSpeaker && (!fits(lastSpeaker) || this.isBody(lastSpeaker))) lastSpeaker = null;
    for (let i = order - 1; i >= 0 && i >= order - LOOK_BACK; i--) {
      const pm = this.placed[i]!;
      if (pm.paragraph < paragraph - 1 || pm.paragraph < 0) break;
      if (statement && pm.mention.start >= statement[0] && pm.mention.start < statement[1]) continue;
      // "«… директора подрядной организации …» ¶ По его словам": a quotation's words name no one who speaks after it.
      if (this.insideQuoted(pm.mention.start)) continue;
      if (pm.entity && !fits(pm.entity)) continue;
      // A pronoun points to a person, never to a ministry or a government.
      if (!pm.entity || (!pm.entity.named && this.namesBody(pm.mention)) || this.namedOrganizations().has(pm.entity)) continue;
      inView.add(pm.entity);
      if (pm.paragraph === paragraph) sameParagraph.add(pm.entity);
    }
    // "Zhaksygulov promised … He also said …": one person named earlier in the paragraph is "he".
    if (sameParagraph.size === 1) return [...sameParagraph][0]!;
    // "X called for the minister to step down. Here is what he wrote": the person the paragraph opens with, its
    // subject, over one named later as an object.
    if (sameParagraph.size > 1 && !lastSpeaker) {
      const opener = this.byParagraph.get(paragraph)?.[0];
      // "Министр Президентке … баяндады. Оның айтуынша, …": a person's role opening the paragraph is its subject too.
      const person = opener?.mention.kind === 'name' || (opener?.mention.kind === 'role' && !this.namesBody(opener.mention));
      if (opener && opener.order < order && person && opener.mention.firstToken <= MAX_OPENER_TOKEN && opener.entity && sameParagraph.has(opener.entity) && opener.entity.named && fits(opener.entity)) return opener.entity;
    }
    // "Аким Марат Жумабаев проинформировал Главу государства о … ¶ По его словам, …", "Среди них – оператор Данияр
    // Оспанов, который … ¶ «…», – поделился он": with no one named before it in its paragraph, the pronoun is the
    // subject of the sentence before, or the one person that sentence introduces.
    if (sameParagraph.size === 0) {
      const salient = this.salientBefore(paragraph, fits);
      if (salient) return salient;
    }
    // "Его поддержала депутат Ирина Смирнова. По ее мнению, …": the one known to be of the pronoun's gender.
    const surely = gender === null ? [] : [...sameParagraph].filter((e) => this.gendersOf(e)?.size === 1);
    if (surely.length === 1) return surely[0]!;
    // A named person beats a bare role ("met union leaders"): one name in view is unambiguous.
    const namedInView = [...inView].filter((e) => e.named);
    if (namedInView.length === 1 && (!lastSpeaker || lastSpeaker === namedInView[0])) return namedInView[0]!;
    // "“…,” she said. ¶ Income tax and National Insurance thresholds … ¶ She said that …": the last speaker, surely
    // of the pronoun's gender, over a name the text never shows to be anyone's.
    if (gender !== null && lastSpeaker && this.gendersOf(lastSpeaker)?.size === 1 && ![...inView].some((e) => this.gendersOf(e) !== null)) return lastSpeaker;
    if (inView.size === 1) return [...inView][0]!;
    if (lastSpeaker && (inView.size === 0 || inView.has(lastSpeaker))) return lastSpeaker;
    // "Senator Maria Delgado … ¶ Senator Robert Haines … ¶ “…,” she said": with no one of the pronoun's gender in
    // view, the last person named further back who is surely of it.
    if (gender !== null && inView.size === 0) return this.lastOfGender(gender, order, statement);
    return null;
  }

  /** The mention is the first one of its paragraph and stands within its first words (its subject). */
  private opensParagraph(m: Mention, order: number): boolean {
    const placed = this.placed[order];
    return placed !== undefined && placed.paragraph >= 0 && this.byParagraph.get(placed.paragraph)?.[0] === placed && m.firstToken <= MAX_OPENER_TOKEN;
  }

  /** The named person who opens the paragraph before `paragraph`, when the text has given them no role. */
  private roleless(paragraph: number): Entity | null {
    const opener = this.byParagraph.get(paragraph - 1)?.[0];
    const e = opener?.mention.kind === 'name' && opener.mention.firstToken <= MAX_OPENER_TOKEN ? opener.entity : undefined;
    return e && this.isPerson(e) && e.roleClasses.size === 0 && e.role === null ? e : null;
  }

  /**
   * The person the last sentence of the paragraph before is about: its subject, a name (or a role beside one) that
   * opens it, or the one named person in it whom the text names there first. Null when it tells no one.
   */
  private salientBefore(paragraph: number, fits: (e: Entity) => boolean): Entity | null {
    const p = this.ctx.paragraphs[paragraph - 1];
    const last = p?.sentences[p.sentences.length - 1];
    if (!p || !last) return null;
    const inLast = (this.byParagraph.get(paragraph - 1) ?? []).filter((pm) => pm.mention.start >= last[0] && pm.entity?.named && !this.isBody(pm.entity) && !this.insideQuoted(pm.mention.start));
    const first = tokenAt(p, last[0]);
    const opener = inLast.find((pm) => pm.mention.firstToken === first || pm.mention.apposedRole?.firstToken === first);
    if (opener && fits(opener.entity!)) return opener.entity;
    const people = new Set(inLast.map((pm) => pm.entity!));
    if (people.size !== 1) return null;
    const only = inLast[0]!;
    const namedFirstHere = !this.placed.slice(0, only.order).some((pm) => pm.entity === only.entity);
    return namedFirstHere && only.mention.kind === 'name' && fits(only.entity!) ? only.entity : null;
  }

  /** The last named person before `order` the text shows to be of the gender, within the look-back. */
  private lastOfGender(gender: Gender, order: number, statement?: readonly [number, number]): Entity | null {
    for (let i = order - 1; i >= 0 && i >= order - LOOK_BACK; i--) {
      const pm = this.placed[i]!;
      const e = pm.entity;
      if (!e?.named || this.isBody(e) || this.insideQuoted(pm.mention.start)) continue;
      if (statement && pm.mention.start >= statement[0] && pm.mention.start < statement[1]) continue;
      const genders = this.gendersOf(e);
      if (genders?.size === 1 && genders.has(gender)) return e;
    }
    return null;
  }

  /**
   * The genders a person may be of, from what the text says (null: any): lvovich's reading of a Russian name,
   * else a first name, a title before a mention ("Ms."), a role word ("spokeswoman") or a surname's ending.
   */
  private gendersOf(e: Entity): ReadonlySet<Gender> | null {
    const naming = this.russian.get(e);
    if (naming) return naming.genders;
    const cues = grammarFor(this.ctx.lex.language).personGenders;
    if (!cues || !e.named) return null;
    const known = this.writtenGenders.get(e);
    if (known && known.name === e.name) return known.genders;
    const female = this.showsGender(e, cues.female);
    const male = this.showsGender(e, cues.male);
    const genders = female === male ? null : female ? FEMALE : MALE;
    this.writtenGenders.set(e, { name: e.name, genders });
    return genders;
  }

  private showsGender(e: Entity, cues: GenderCues): boolean {
    const words = e.name.split(SPACES);
    const first = words[0]!.toLowerCase();
    const last = words[words.length - 1]!.toLowerCase();
    if (words.length > 1 && cues.firstNames.has(first)) return true;
    if (e.role !== null && e.role.toLowerCase().split(ROLE_WORD_BREAK).some((w) => cues.roleWords.has(w))) return true;
    for (const pm of this.placed) {
      if (pm.entity !== e) continue;
      const p = pm.paragraph < 0 ? this.ctx.headline : this.ctx.paragraphs[pm.paragraph];
      const before = p?.tokens[pm.mention.firstToken - 1];
      if (before && cues.honorifics.has(before.lower)) return true;
      if (pm.mention.apposedRole && pm.mention.apposedRole.text.toLowerCase().split(ROLE_WORD_BREAK).some((w) => cues.roleWords.has(w))) return true;
    }
    // A surname's ending tells only where the first name does not say otherwise ("Renata Vollmer" has none).
    return words.length > 1 && cues.surnameEndings.some((end) => last.endsWith(end) && last.length > end.length + 2);
  }

  /** The spans of the direct quotations found, before any pronoun is resolved. */
  noteQuoted(spans: ReadonlyArray<readonly [number, number]>): void {
    this.quoted = [...spans].sort((a, b) => a[0] - b[0]);
  }

  /** The mention stands between an opening and a closing “…” of its paragraph. */
  private withinMarks(pm: PlacedMention): boolean {
    const p = pm.paragraph >= 0 ? this.ctx.paragraphs[pm.paragraph] : this.ctx.headline;
    // Russian closes „…“ with “, and names companies in «…»: only English marks tell a quotation here.
    if (!p || this.ctx.lex.language !== 'en') return false;
    let depth = 0;
    for (let k = p.para.start; k < pm.mention.start; k++) {
      const ch = this.ctx.view.text[k - this.ctx.view.base];
      if (ch === '“') depth++;
      else if (ch === '”' && depth > 0) depth--;
    }
    return depth > 0;
  }

  private insideQuoted(offset: number): boolean {
    let lo = 0;
    let hi = this.quoted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quoted[mid]![1] <= offset) lo = mid + 1;
      else hi = mid;
    }
    const span = this.quoted[lo];
    return span !== undefined && span[0] <= offset;
  }

  /**
   * "В АО «ЖарыкТранзит» … не согласны. В заявлении говорится, что …": the body named last before `offset`, in its
   * paragraph or the one before, outside the words attributed; null when none is.
   */
  bodyBefore(offset: number, paragraph: number, statement: readonly [number, number]): Entity | null {
    let order = this.placed.length;
    for (let i = 0; i < this.placed.length; i++) {
      if (this.placed[i]!.mention.start >= offset) {
        order = i;
        break;
      }
    }
    // A body named in full ("АО «ЖарыкТранзит»") over a bare noun in the words before ("компания заменила …").
    const named = (e: Entity) => e.named || this.namedBodies.has(e);
    return this.lastBody(order, paragraph, statement, true, named) ?? this.lastBody(order, paragraph, statement, true);
  }

  /** "it said": the body named last, in this paragraph or the one before, outside the words it attributes. */
  private lastBody(order: number, paragraph: number, statement?: readonly [number, number], notOutlet = false, wanted: (e: Entity) => boolean = () => true): Entity | null {
    for (let i = order - 1; i >= 0 && i >= order - LOOK_BACK; i--) {
      const pm = this.placed[i]!;
      if (pm.paragraph < paragraph - 1 || pm.paragraph < 0) break;
      if (statement && pm.mention.start >= statement[0] && pm.mention.start < statement[1]) continue;
      // "его копия имеется в распоряжении агентства": the outlet that holds a document did not write it.
      if (notOutlet && pm.mention.kind === 'role' && this.ctx.lex.outletKeys.has(pm.mention.key)) continue;
      if (pm.entity && this.namesBody(pm.mention) && wanted(pm.entity)) return pm.entity;
    }
    return null;
  }

  private pronounGender(word: string): Gender | null {
    const g = grammarFor(this.ctx.lex.language).pronounGenders;
    const w = foldWord(word);
    return g.female.has(w) ? 'female' : g.male.has(w) ? 'male' : null;
  }

  /** Speakers of at least one quote, most quoted first. */
  speakers(): Speaker[] {
    return [...this.entities.values()]
      .filter((e) => e.quotes > 0)
      .sort((a, b) => b.quotes - a.quotes)
      .map((e) => ({ id: e.id, name: e.name, role: e.role, mentions: this.mentionsOf(e) }));
  }
}

/** Words a role's complement may run to before a name set off by a comma ("the head of the losing consortium, X"). */
const MAX_COMPLEMENT_WORDS = 8;
const CLAUSE_MARK = /[.;:!?"“”«»‘’()]/;

/**
 * Whether the text between a role and a name sets the name off as the role's holder: a lone comma ("The opposition
 * leader, Kemi Badenoch"), or the role's complement and then a comma ("The head of the losing consortium, Timur
 * Baizhanov"), where the grammar opens complements with a word ("of", "for").
 */
function apposedAfterRole(ctx: DocContext, gap: string): boolean {
  if (ONLY_COMMA.test(gap)) return true;
  const starts = grammarFor(ctx.lex.language).ofStarts;
  if (starts.size === 0 || !gap.trimEnd().endsWith(',')) return false;
  const complement = gap.trim().slice(0, -1);
  const words = complement.split(' ');
  return words.length >= 2 && words.length <= MAX_COMPLEMENT_WORDS && starts.has(words[0]!.toLowerCase()) && !CLAUSE_MARK.test(gap) && !complement.includes(',');
}

function uninflect(name: string, key: string): string {
  const last = lastWord(name);
  if (last.length <= key.length || !last.toLowerCase().startsWith(key)) return name;
  return name.slice(0, name.length - last.length) + last.slice(0, key.length);
}

/** Case endings of a Russian adjective, longest first; a soft one opens with е, и, ю or я (-его, not -ого). */
const ADJECTIVE_ENDING = /(ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ое|ее|ый|ий)$/;
const SOFT_ENDING = /^[еиюя]/;
const VELAR_OR_SIBILANT = /[кгхжшщч]$/;

/**
 * A Russian adjective in any case, put in the nominative of the noun's gender ("Счетном" before "комитет" →
 * "Счетный"): masculine for a noun ending in a consonant, feminine in -а/-я, neuter in -о/-е.
 */
function nominativeAdjective(adjective: string, noun: string): string {
  const m = ADJECTIVE_ENDING.exec(adjective);
  if (!m) return adjective;
  const stem = adjective.slice(0, m.index);
  const soft = SOFT_ENDING.test(m[1]!) && !VELAR_OR_SIBILANT.test(stem);
  const last = noun[noun.length - 1] ?? '';
  if (last === 'а' || last === 'я') return stem + (soft ? 'яя' : 'ая');
  if (last === 'о' || last === 'е') return stem + (soft ? 'ее' : 'ое');
  return stem + (soft || VELAR_OR_SIBILANT.test(stem) ? 'ий' : 'ый');
}

/** A premodified body's words besides its noun: "regional emergency" of "regional emergency department", with any "of" complement after. */
function premodifiedComplement(m: Mention, premodifiers: string): string {
  const rest = complementOf(newMention({ ...m, text: m.text.slice(premodifiers.length).trimStart() }));
  return rest ? `${premodifiers} ${rest}` : premodifiers;
}

/** The noun a body's name hangs on: "Bank" in "National Bank of Kazakhstan". */
/** The noun a body's name ends in, outside the quotation marks of a company's name ("АО «… компания»"). */
function headWord(name: string): string {
  return lastWord(name.split(/\s+(?:of|for)\s+/)[0] ?? name).replace(CLOSING_MARKS, '');
}

const CLOSING_MARKS = /[»"”]+$/;

/**
 * The words of a role mention after the role's own ("министерства энергетики" of "пресс-служба министерства
 * энергетики"): `text.split(/\s+/).slice(words of the key).join(' ')`, without building the arrays.
 */
/** The words of a person's role, folded lower case; none when the text gives no role. */
function roleWords(e: Entity): string[] {
  return e.role === null ? [] : foldWord(e.role.toLowerCase()).split(SPACES);
}

/** Words that make a role's holder the second in rank: "the chief" is not the assistant chief. */
const SECOND_RANKS = new Set(['assistant', 'deputy', 'vice', 'acting', 'associate']);

function hasSecondRank(role: string): boolean {
  return role.split(SPACES).some((w) => SECOND_RANKS.has(w.toLowerCase()));
}

/** Holders of the rank the mention names: a bare "the chief" means the chief, when the page names one. */
function byRank(holders: Entity[], m: Mention): Entity[] {
  if (hasSecondRank(m.text)) return holders;
  const first = holders.filter((h) => h.role === null || !hasSecondRank(h.role));
  return first.length > 0 ? first : holders;
}

/** Letters two inflected forms of a word share at least ("области", "облысы" aside: one language's cases). */
const SAME_WORD_PREFIX = 5;

/**
 * "аким области" on a page with an oblast's and a district's akims: the holders whose role has the words of the
 * mention's complement (all holders when none has, or the mention has no complement).
 */
function byComplement(holders: Entity[], complement: string): Entity[] {
  const words = complement.split(' ').map(foldWord).filter((w) => w.length >= 4);
  if (words.length === 0) return holders;
  const fits = holders.filter((h) => {
    const role = h.role === null ? [] : h.role.split(SPACES).map(foldWord);
    return words.every((w) => role.some((r) => r.slice(0, SAME_WORD_PREFIX) === w.slice(0, SAME_WORD_PREFIX)));
  });
  return fits.length > 0 ? fits : holders;
}

function complementOf(m: Mention): string {
  let skip = 1;
  for (let i = m.key.indexOf(' '); i >= 0; i = m.key.indexOf(' ', i + 1)) skip++;
  SPACE_RUNS.lastIndex = 0;
  let at = 0;
  for (let k = 0; k < skip; k++) {
    if (!SPACE_RUNS.exec(m.text)) return '';
    at = SPACE_RUNS.lastIndex;
  }
  return m.text.slice(at).replace(SPACE_RUNS, ' ');
}

function lastWord(s: string): string {
  const parts = s.split(SPACES);
  return parts[parts.length - 1] ?? s;
}

/**
 * The entity was named in full with another given name than the full name written: the first words share no stem
 * once their case endings are set aside (Марата, Марату, Марат).
 */
function otherGivenName(e: Entity, written: string, isGiven: (word: string) => boolean): boolean {
  const known = [...e.forms.values()].map((f) => f.split(' ')).filter((w) => w.length > 1).map((w) => foldWord(w[0]!.toLowerCase())).filter(isGiven);
  const given = foldWord(written.split(' ')[0]!.toLowerCase());
  if (known.length === 0 || !isGiven(given)) return false;
  return !known.some((k) => {
    const stem = Math.max(2, Math.min(k.length, given.length) - MAX_NAME_CASE_ENDING);
    return k.slice(0, stem) === given.slice(0, stem);
  });
}

/** A given name in any case: the word, or the word less a case ending, is a known given name. */
function givenNameForm(ctx: DocContext, word: string): boolean {
  return someCaseStem(word, (stem) => isGivenName(ctx, stem));
}
