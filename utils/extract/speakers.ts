import type { Speaker } from '../schemas';
import type { DocContext } from './context';
import { collectSurnames, findMentions, type Mention } from './mentions';
import { grammarFor } from './grammar';
import { hashId } from './ids';
import { foldWord, roleStem } from './morphology';

/**
 * Who is who in one article: names grouped by surname key, roles tied to the name they stand next to, and
 * the mentions that point to each person. Quotes ask it to resolve the mention their cue names.
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
const LOOK_BACK = 400;

export class SpeakerRegistry {
  private readonly entities = new Map<string, Entity>();
  /** Every mention of the text, headline first, then in page order. */
  readonly placed: PlacedMention[] = [];
  private readonly byParagraph = new Map<number, PlacedMention[]>();
  private readonly byStart = new Map<number, PlacedMention>();
  private persons: Entity[] = [];
  /** Bodies by name (class and complement), and those already known by a full name. */
  private readonly bodies = new Map<string, Entity>();
  private readonly namedBodies = new Set<Entity>();

  constructor(private readonly ctx: DocContext) {
    const surnames = collectSurnames(ctx);
    const all = ctx.headline ? [ctx.headline, ...ctx.paragraphs] : ctx.paragraphs;
    for (const p of all) {
      const list: PlacedMention[] = [];
      for (const m of findMentions(ctx, p, surnames)) {
        const pm = { mention: m, paragraph: p.para.index, order: this.placed.length, entity: null };
        this.placed.push(pm);
        list.push(pm);
        this.byStart.set(m.start, pm);
      }
      this.byParagraph.set(p.para.index, list);
    }
    // Names first, so a role can find the person it was written next to anywhere in the text.
    for (const pm of this.placed) if (pm.mention.kind === 'name') pm.entity = this.named(pm.mention);
    // "Dina Karimova, a former head …", "Yermek Zhakenov has been mayor …": the role after the name is theirs.
    for (let i = 0; i + 1 < this.placed.length; i++) {
      const a = this.placed[i]!;
      const b = this.placed[i + 1]!;
      if (a.paragraph !== b.paragraph) continue;
      // "The opposition leader, Kemi Badenoch, …": the role before the name, set off by a comma.
      if (a.mention.kind === 'role' && b.mention.kind === 'name' && b.entity && /^,\s*$/.test(ctx.view.slice(a.mention.end, b.mention.start))) {
        b.entity.roleClasses.add(this.classOf(a.mention.key));
        b.entity.role ??= a.mention.text;
        continue;
      }
      if (a.mention.kind !== 'name' || b.mention.kind !== 'role' || !a.entity) continue;
      const gap = ctx.view.slice(a.mention.end, b.mention.start);
      if (!grammarFor(ctx.lex.language).nameRoleLink.test(gap)) continue;
      const e = a.entity;
      e.roleClasses.add(this.classOf(b.mention.key));
      e.role ??= b.mention.text;
    }
    this.persons = [...this.entities.values()].filter((e) => e.named);
    for (const pm of this.placed) if (pm.mention.kind === 'role') pm.entity = this.resolveRole(pm.mention, pm.order);
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

  private classOf(roleKey: string): string {
    const c = this.ctx.lex.roleClass.get(roleKey);
    return c === undefined ? roleKey : 'class:' + c;
  }

  private named(m: Mention): Entity {
    let e = this.entities.get(m.key);
    if (!e) {
      e = { id: hashId('speaker', m.key), key: m.key, name: m.text, role: null, roleClasses: new Set(), forms: new Map(), named: true, quotes: 0 };
      this.entities.set(m.key, e);
    }
    const multi = m.lastToken > m.firstToken;
    const currentMulti = /\s/.test(e.name);
    // The canonical name: the fullest form, and among full forms the one with the shortest surname (nominative).
    if ((multi && !currentMulti) || (multi === currentMulti && lastWord(m.text).length < lastWord(e.name).length)) e.name = m.text;
    // Kazakh case endings are unambiguous: "Бақытжан Омаровқа" is Бақытжан Омаров.
    if (this.ctx.language === 'kk') e.name = uninflect(e.name, m.key);
    // "По словам Алмаса Чукина": a name seen only after a word that takes the genitive is given back its nominative.
    if (this.ctx.language === 'ru' && e.name === m.text && multi) {
      const before = this.ctx.view.slice(Math.max(this.ctx.view.base, m.start - 60), m.start);
      if (grammarFor(this.ctx.lex.language).genitiveBefore?.test(before)) e.name = nominativeRu(m.text);
    }
    if (m.apposedRole) {
      if (!e.role) e.role = m.apposedRole.text;
      e.roleClasses.add(this.classOf(m.apposedRole.key));
    }
    addForm(e, m.text);
    return e;
  }

  private resolveRole(m: Mention, order: number): Entity {
    const cls = this.classOf(m.key);
    const persons = this.persons;
    const holders = persons.filter((e) => e.roleClasses.has(cls));
    let e: Entity | undefined;
    if (this.ctx.lex.organizations.has(m.key) && !this.ctx.lex.roleClass.has(m.key)) {
      // "the bank" after "the National Bank": the body named in full before.
      e = this.lastMentioned(this.persons.filter((p) => roleStem(headWord(p.name), this.ctx.language, this.ctx.lex.roleEndings) === m.key), order, false);
    }
    else if (holders.length === 1) e = holders[0];
    else if (holders.length > 1) e = this.lastMentioned(holders, order);
    // With one named person in the whole text, a role with no name beside it can only be that person.
    else if (persons.length === 1) e = persons[0];
    // "глава ведомства", "the official": the last official named before it.
    else if (this.ctx.lex.genericRoles.has(m.key)) e = this.lastMentioned(persons.filter((p) => p.role !== null), order, false);
    if (!e) e = m.organization ? this.body(m, cls, order) : this.roleEntity('role:' + cls, cls, m.text);
    return e;
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
    const complement = foldWord(m.text.split(/\s+/).slice(m.key.split(' ').length).join(' '));
    if (!complement) {
      const kin = [...this.bodies.values()].filter((b) => b.roleClasses.has(cls));
      return this.lastMentioned(kin, order, false) ?? this.remember(bareKey, this.roleEntity(bareKey, cls, this.bodyName(m)));
    }
    const key = `${bareKey} ${complement}`;
    const known = this.bodies.get(key);
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

  private remember(key: string, e: Entity): Entity {
    this.bodies.set(key, e);
    return e;
  }

  /**
   * A body's name as a speaker: its noun in the nominative, as the lexicon writes it, with the rest as written
   * ("сообщили в пресс-службе министерства" → "пресс-служба министерства"); a genitive complement stays one.
   */
  private bodyName(m: Mention): string {
    const g = grammarFor(this.ctx.lex.language);
    const nominative = g.bodyComplement.genitive ? g.roleNominative.get(m.key) : undefined;
    if (!nominative) return m.text;
    const head = m.text.split(' ')[0] ?? m.text;
    const upper = head[0] !== undefined && head[0] !== head[0].toLowerCase();
    return (upper ? nominative[0]!.toUpperCase() + nominative.slice(1) : nominative) + m.text.slice(head.length);
  }

  /** A mention that attributes a quote: its wording joins the speaker's mentions (and names a missing role). */
  noteSpeaking(e: Entity, m: Mention): void {
    if (m.kind === 'pronoun') return;
    if (m.kind === 'role' && (!e.role || (e.roleFromMention && m.text.length < e.role.length))) {
      e.role = m.text;
      e.roleFromMention = true;
    }
    addForm(e, m.text);
  }

  private lastMentioned(candidates: Entity[], order: number, orFirst = true): Entity | undefined {
    const wanted = new Set(candidates);
    for (let i = order - 1; i >= 0 && i >= order - LOOK_BACK; i--) {
      const e = this.placed[i]!.entity;
      if (e && wanted.has(e)) return e;
    }
    return orFirst ? candidates[0] : undefined;
  }

  /** The person a mention refers to; pronouns only when one person is in view (or the last speaker is). */
  resolve(m: Mention, paragraph: number, lastSpeaker: Entity | null): Entity | null {
    const placed = this.byStart.get(m.start);
    if (placed?.entity) return placed.entity;
    if (m.kind === 'name') return this.named(m);
    const order = placed?.order ?? this.placed.length;
    if (m.kind === 'role') return this.resolveRole(m, order);
    const inView = new Set<Entity>();
    const sameParagraph = new Set<Entity>();
    for (let i = order - 1; i >= 0 && i >= order - LOOK_BACK; i--) {
      const pm = this.placed[i]!;
      if (pm.paragraph < paragraph - 1 || pm.paragraph < 0) break;
      // A pronoun points to a person, never to a ministry or a government.
      if (!pm.entity || (!pm.entity.named && this.ctx.lex.organizations.has(pm.mention.key))) continue;
      inView.add(pm.entity);
      if (pm.paragraph === paragraph) sameParagraph.add(pm.entity);
    }
    // "Zhaksygulov promised … He also said …": one person named earlier in the paragraph is "he".
    if (sameParagraph.size === 1) return [...sameParagraph][0]!;
    // A named person beats a bare role ("met union leaders"): one name in view is unambiguous.
    const namedInView = [...inView].filter((e) => e.named);
    if (namedInView.length === 1 && (!lastSpeaker || lastSpeaker === namedInView[0])) return namedInView[0]!;
    if (inView.size === 1) return [...inView][0]!;
    if (lastSpeaker && (inView.size === 0 || inView.has(lastSpeaker))) return lastSpeaker;
    return null;
  }

  /** Speakers of at least one quote, most quoted first. */
  speakers(): Speaker[] {
    return [...this.entities.values()]
      .filter((e) => e.quotes > 0)
      .sort((a, b) => b.quotes - a.quotes)
      .map((e) => ({ id: e.id, name: e.name, role: e.role, mentions: [...e.forms.values()] }));
  }
}

/** Russian names from the genitive: Алмаса Чукина → Алмас Чукин, Ирины Ивановой → Ирина Иванова. */
export function nominativeRu(name: string): string {
  const words = name.split(' ');
  const feminine = /(овой|евой|иной|ыной|ской|цкой)$/i.test(words[words.length - 1] ?? '');
  return words
    .map((w, i) => {
      const last = i === words.length - 1;
      if (feminine) {
        if (last) return w.replace(/(ов|ев|ин|ын)ой$/i, '$1а').replace(/(ск|цк)ой$/i, '$1ая');
        return w.replace(/ии$/i, 'ия').replace(/([^аеёиоуыэюя])ы$/i, '$1а').replace(/([гкхжчшщ])и$/i, '$1а');
      }
      if (last) return w.replace(/(ов|ев|ёв|ин|ын)а$/i, '$1').replace(/(ск|цк)ого$/i, '$1ий');
      if (/[бвгджзклмнпрстфхцчшщ]а$/i.test(w)) return w.slice(0, -1);
      return w.replace(/ия$/i, 'ий').replace(/([аеуо])я$/i, '$1й').replace(/([^аеёиоуыэюя])я$/i, '$1ь');
    })
    .join(' ');
}

function uninflect(name: string, key: string): string {
  const last = lastWord(name);
  if (last.length <= key.length || !last.toLowerCase().startsWith(key)) return name;
  return name.slice(0, name.length - last.length) + last.slice(0, key.length);
}

/** The noun a body's name hangs on: "Bank" in "National Bank of Kazakhstan". */
function headWord(name: string): string {
  return lastWord(name.split(/\s+(?:of|for)\s+/)[0] ?? name);
}

function lastWord(s: string): string {
  const parts = s.split(/\s+/);
  return parts[parts.length - 1] ?? s;
}

/** Keeps one written form per word shape: "Токаев" stands for "Токаева" too. */
function addForm(e: Entity, text: string): void {
  const key = text.toLowerCase().replace(/ё/g, 'е');
  const folded = key.replace(/(а|у|ом|ым|ой|е|ы)$/u, '');
  const existing = e.forms.get(folded);
  if (existing === undefined || text.length < existing.length) e.forms.set(folded, text);
}
