// lvovich's modules one by one, not its index: the index also brings city names, which we never decline.
import { getFirstnameGender, getLastnameGender, getMiddlenameGender } from 'lvovich/lib/gender';
import { inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich/lib/incline';
import type { DeclensionRuleSetT } from 'lvovich/lib/inclineRules';
import * as firstnameRules from 'lvovich/lib/rules/inclineRulesFirstname';
import * as lastnameRules from 'lvovich/lib/rules/inclineRulesLastname';
import * as middlenameRules from 'lvovich/lib/rules/inclineRulesMiddlename';
import { foldWord } from './morphology';

/**
 * Russian personal names in their six cases, by lvovich (first names, patronymics and surnames, Russian and
 * Kazakh ones written in Cyrillic). Synthesis is lvovich's: the forms of a nominative. Analysis is by synthesis:
 * the nominatives a written form may come from are proposed by undoing lvovich's own rules (each rule turns a
 * nominative ending into a case ending), and a proposal is kept only when lvovich declines it back to the form
 * as written. Background only: the content script never imports this module.
 */

export type NamePart = 'first' | 'middle' | 'last';
export type Gender = 'male' | 'female';
export type GrammaticalCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';

/** lvovich's order: its rules list the five oblique cases' endings in this order. */
export const CASES: readonly GrammaticalCase[] = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'];
const DIMINUTIVE_IN_YA = /[бвгджзклмнпрстфхцчшщ]я$/i;
const GENDERS: readonly Gender[] = ['male', 'female'];

/** One way a written word can be read: the nominative it is a case of, for a person of one gender. */
export interface WordReading {
  readonly nominative: string;
  readonly case: GrammaticalCase;
  readonly gender: Gender;
  /** Letters of the nominative's ending the undone rule names (0: the word as written): Ольги is Ольга's (-га), not Ольгь's (-ь). */
  readonly specificity: number;
}

/** One way a written name can be read: every word in one case, for one person. */
export interface NameReading {
  readonly nominative: string;
  readonly case: GrammaticalCase;
  readonly gender: Gender;
  /** How well lvovich's gender rules (and the surname's shape) agree with this reading; higher is likelier. */
  readonly score: number;
}

export interface NameHints {
  /** The case the words before the name ask for ("по словам" → genitive). */
  readonly case?: GrammaticalCase;
  /** The genders the person's other mentions allow. */
  readonly genders?: ReadonlySet<Gender>;
  /** The ending of a typical surname in the nominative (the lexicon's), which makes a reading likelier. */
  readonly surnameShape?: RegExp | null;
}

const INCLINE: Record<NamePart, (word: string, c: GrammaticalCase, g: Gender) => string> = {
  first: inclineFirstname,
  middle: inclineMiddlename,
  last: inclineLastname,
};
const GENDER_OF: Record<NamePart, (word: string) => string | null> = {
  first: getFirstnameGender,
  middle: getMiddlenameGender,
  last: getLastnameGender,
};

// Bounded caches: one page names a few dozen people, a session many pages.
const MAX_CACHE = 20_000;
function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, value);
  return value;
}

/** A CommonJS module's default export: bundlers hand over `exports.default`, Node's ESM loader `exports`. */
function ruleTable(module: unknown): DeclensionRuleSetT {
  let table = (module as { default?: unknown }).default;
  if (table && typeof table === 'object' && 'default' in table) table = (table as { default: unknown }).default;
  return table as DeclensionRuleSetT;
}

/** A case ending and the nominative ending it comes from: "ой" ← "а" (Смаиловой ← Смаилова). */
interface Inverse {
  readonly nominativeEnding: string;
  readonly case: GrammaticalCase;
  readonly genders: readonly Gender[];
  /** An exception rule names whole words: the nominative is the ending itself. */
  readonly whole: boolean;
}

interface InverseIndex {
  readonly byEnding: Map<string, Inverse[]>;
  readonly longest: number;
}

function gendersOfRule(gender: unknown): readonly Gender[] {
  // lvovich turns the rules' gender names into numbers when it loads (1 male, 2 female, 4 either).
  if (gender === 'male' || gender === 1) return ['male'];
  if (gender === 'female' || gender === 2) return ['female'];
  return GENDERS;
}

/** Every rule of a table undone: which written endings a case form can have, and the nominative ending behind it. */
function invert(table: DeclensionRuleSetT): InverseIndex {
  const byEnding = new Map<string, Inverse[]>();
  let longest = 0;
  const add = (rules: DeclensionRuleSetT['suffixes'], whole: boolean) => {
    for (const rule of rules ?? []) {
      const genders = gendersOfRule(rule.gender);
      for (const test of rule.test) {
        rule.mods.forEach((mod, i) => {
          if (mod === '.') return;
          const cut = /^-*/.exec(mod)![0].length;
          if (cut > test.length) return;
          const ending = foldWord(test.slice(0, test.length - cut) + mod.slice(cut));
          const list = byEnding.get(ending) ?? [];
          const inverse = { nominativeEnding: test, case: CASES[i + 1]!, genders, whole };
          if (!list.some((x) => x.nominativeEnding === test && x.case === inverse.case && x.whole === whole && x.genders.length === genders.length && x.genders[0] === genders[0])) list.push(inverse);
          byEnding.set(ending, list);
          longest = Math.max(longest, ending.length);
        });
      }
    }
  };
  add(table.exceptions, true);
  add(table.suffixes, false);
  return { byEnding, longest };
}

const inverses = new Map<NamePart, InverseIndex>();
function inverseFor(part: NamePart): InverseIndex {
  let index = inverses.get(part);
  if (!index) {
    const module = part === 'first' ? firstnameRules : part === 'middle' ? middlenameRules : lastnameRules;
    index = invert(ruleTable(module));
    inverses.set(part, index);
  }
  return index;
}

const genderCache = new Map<string, Gender | null>();

/** lvovich's gender for a word in one part of a name; null when its rules disagree or do not know. */
export function genderOf(word: string, part: NamePart): Gender | null {
  const key = part + ':' + word;
  const hit = genderCache.get(key);
  if (hit !== undefined) return hit;
  const g = GENDER_OF[part](word);
  return remember(genderCache, key, g === 'male' || g === 'female' ? g : null);
}

/** The six case forms of a nominative, as lvovich declines them (nominative first). */
export function declensions(nominative: string, part: NamePart, gender: Gender): string[] {
  return CASES.map((c) => (c === 'nominative' ? nominative : INCLINE[part](nominative, c, gender)));
}

/** A word lvovich can say something about: Cyrillic letters (and hyphens), longer than an initial. */
export function isRussianNameWord(word: string): boolean {
  return word.length > 2 && /^\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)*$/u.test(word);
}

const wordCache = new Map<string, readonly WordReading[]>();

/**
 * Every reading lvovich confirms for a written word as one part of a name: the word itself as a nominative (in
 * either gender: the name's other words and its context decide), the word unchanged in an oblique case (an
 * indeclinable Шевченко, a woman's Мельник), and each nominative that undoing a rule proposes and declining it
 * gives back (Токаеву ← Токаев, dative; Смаиловой ← Смаилова, genitive and three more).
 */
export function wordReadings(written: string, part: NamePart): readonly WordReading[] {
  const key = part + ':' + written;
  const hit = wordCache.get(key);
  if (hit) return hit;
  if (!isRussianNameWord(written)) return remember(wordCache, key, GENDERS.flatMap((g) => CASES.map((c) => ({ nominative: written, case: c, gender: g, specificity: 0 }))));
  const pieces = written.split('-');
  let out: WordReading[];
  if (pieces.length === 1) out = pieceReadings(written, part, false);
  else {
    // lvovich declines each piece of a hyphenated name on its own (Касыма-Жомарта ← Касым-Жомарт), the first
    // by rules of its own: readings of the pieces that agree in case and gender, checked on the whole word.
    const each = pieces.map((p) => pieceReadings(p, part, true));
    out = [];
    for (const g of GENDERS) {
      for (const c of CASES) {
        const options = each.map((rs) => rs.filter((r) => r.gender === g && r.case === c));
        if (options.some((o) => o.length === 0)) continue;
        for (const pieces of product(options, 8)) {
          const nominative = pieces.map((r) => r.nominative).join('-');
          if (c === 'nominative' ? nominative === written : sameWord(INCLINE[part](nominative, c, g), written)) {
            out.push({ nominative, case: c, gender: g, specificity: pieces.reduce((n, r) => n + r.specificity, 0) });
          }
        }
      }
    }
    // "Касым-Жомарта Токаева": Kazakh compound names are mostly written with the last piece alone declined.
    const head = pieces.slice(0, -1).join('-') + '-';
    for (const r of pieceReadings(pieces[pieces.length - 1]!, part, false)) {
      if (r.case === 'nominative') continue;
      const nominative = head + r.nominative;
      if (!out.some((o) => o.case === r.case && o.gender === r.gender && o.nominative === nominative)) out.push({ ...r, nominative });
    }
  }
  return remember(wordCache, key, out);
}

/** Readings of a word without hyphens; a piece of a hyphenated word proposes itself in every case, unchecked. */
function pieceReadings(written: string, part: NamePart, piece: boolean): WordReading[] {
  const byKey = new Map<string, WordReading>();
  const push = (nominative: string, c: GrammaticalCase, g: Gender, specificity: number) => {
    // Пугачевой is a case of Пугачева and of Пугачёва: one reading, the first rule's. Юлии is Юлия's by the
    // rule for -я and by the one for -ия: the reading counts the longer ending.
    const k = `${foldWord(nominative)}|${c}|${g}`;
    const known = byKey.get(k);
    if (!known || specificity > known.specificity) byKey.set(k, { nominative: known?.nominative ?? nominative, case: c, gender: g, specificity });
  };
  const incline = INCLINE[part];
  for (const g of GENDERS) {
    push(written, 'nominative', g, 0);
    for (const c of CASES) if (c !== 'nominative' && (piece || sameWord(incline(written, c, g), written))) push(written, c, g, 0);
  }
  const folded = foldWord(written);
  const { byEnding, longest } = inverseFor(part);
  for (let length = 1; length <= Math.min(longest, folded.length); length++) {
    for (const inv of byEnding.get(folded.slice(folded.length - length)) ?? []) {
      if (inv.whole && length !== folded.length) continue;
      const stem = written.slice(0, written.length - length);
      // "Павла" is Павел's, with a vowel that falls out between consonants; "Ербола" is Ербол's, never "Ербоёл".
      if (FLEETING_VOWEL_ENDING.test(inv.nominativeEnding) && VOWEL_LAST.test(stem)) continue;
      // No given name ends in "-ёл": the fallen vowel of Павла is an е.
      let nominative = stem + (inv.nominativeEnding === 'ёл' ? 'ел' : inv.nominativeEnding);
      // "Серикбаем" is Серикбай's, never "Серикбаь": Russian spelling puts no soft sign after a vowel.
      if (nominative.length < 2 || nominative === written || SOFT_SIGN_AFTER_VOWEL.test(nominative)) continue;
      if (written[0] !== written[0]!.toLowerCase()) nominative = nominative[0]!.toUpperCase() + nominative.slice(1);
      for (const g of inv.genders) {
        // "Мади", "Али": a man's given name in -и after a consonant is written so in every case; a nominative
        // in consonant + я (Мадя) would be a diminutive, which news about officials does not use. Nor is "Андрей"
        // the instrumental of an "Андря".
        if (part === 'first' && DIMINUTIVE_IN_YA.test(nominative)) continue;
        if (piece || sameWord(incline(nominative, inv.case, g), written)) push(nominative, inv.case, g, inv.nominativeEnding.length);
      }
    }
  }
  return [...byKey.values()];
}

const SOFT_SIGN_AFTER_VOWEL = /[аеёиоуыэюя]ь$/i;
const FLEETING_VOWEL_ENDING = /^[её]\p{L}$/iu;
const VOWEL_LAST = /[аеёиоуыэюя]$/i;

function sameWord(a: string, b: string): boolean {
  return a === b || foldWord(a) === foldWord(b);
}

/** One option from each list, every way; at most `limit` combinations. */
function product<T>(options: readonly T[][], limit: number): T[][] {
  let out: T[][] = [[]];
  for (const o of options) out = out.flatMap((prefix) => o.map((x) => [...prefix, x])).slice(0, limit);
  return out;
}

/**
 * The parts a name's words play: a lone word is a surname; two are first name and surname; of three the middle
 * one is a patronymic when lvovich takes it for one (Сергей Викторович Лавров), else another given name.
 */
export function partsOf(words: readonly string[]): NamePart[] {
  return words.map((w, i) => {
    if (i === words.length - 1) return 'last';
    if (words.length === 3 && i === 1 && GENDER_OF.middle(w) !== null) return 'middle';
    return 'first';
  });
}

const nameCache = new Map<string, readonly NameReading[]>();

/**
 * Readings of a whole written name, best first: every word in one case for one person, each scored by how well
 * lvovich's gender rules agree and by a surname of a typical shape in the nominative (Смаилова, not
 * Смаиловой). Ties keep the nominative, then the earlier case.
 */
export function nameReadings(written: string, surnameShape: RegExp | null = null): readonly NameReading[] {
  const key = written + '\u0000' + (surnameShape?.source ?? '');
  const hit = nameCache.get(key);
  if (hit) return hit;
  const words = written.split(/\s+/).filter(Boolean);
  const parts = partsOf(words);
  // Each word's best reading for every case and gender: the likeliest, then the one naming the longer ending.
  const best = words.map((w, i) => {
    const byCaseAndGender = new Map<string, { nominative: string; score: number; specificity: number }>();
    const russian = isRussianNameWord(w);
    for (const r of wordReadings(w, parts[i]!)) {
      const score = wordScore(r, parts[i]!, russian, surnameShape);
      const k = r.case + r.gender;
      const known = byCaseAndGender.get(k);
      if (!known || score > known.score || (score === known.score && r.specificity > known.specificity)) byCaseAndGender.set(k, { nominative: r.nominative, score, specificity: r.specificity });
    }
    return byCaseAndGender;
  });
  const out: NameReading[] = [];
  for (const g of GENDERS) {
    for (const c of CASES) {
      const chosen = best.map((m) => m.get(c + g));
      if (chosen.some((x) => x === undefined)) continue;
      out.push({ nominative: chosen.map((x) => x!.nominative).join(' '), case: c, gender: g, score: chosen.reduce((n, x) => n + x!.score, 0) });
    }
  }
  out.sort((a, b) => b.score - a.score || CASES.indexOf(a.case) - CASES.indexOf(b.case));
  return remember(nameCache, key, out);
}

/**
 * A surname's gender by lvovich's rules is strong evidence (Иванова, Ковальский), a given name's is weak (its
 * rules guess by the last letter, and Kazakh names defeat them): it only counts against a reading.
 */
function wordScore(r: WordReading, part: NamePart, russian: boolean, surnameShape: RegExp | null): number {
  if (!russian) return 0;
  const detected = genderOf(r.nominative, part);
  if (part !== 'last') return detected !== null && detected !== r.gender ? -1 : 0;
  let score = detected === null ? 0 : detected === r.gender ? 2 : -2;
  if (surnameShape?.test(foldWord(r.nominative))) score += 2;
  return score;
}

/** The readings of a name scored with what the context and the person's other mentions say, best first. */
function hintedReadings(written: string, hints: NameHints): Array<{ reading: NameReading; score: number }> {
  const out: Array<{ reading: NameReading; score: number }> = [];
  for (const r of nameReadings(written, hints.surnameShape ?? null)) {
    if (hints.genders && hints.genders.size > 0 && !hints.genders.has(r.gender)) continue;
    out.push({ reading: r, score: r.score + (hints.case !== undefined && r.case === hints.case ? 3 : 0) });
  }
  // A stable sort: equal scores keep nameReadings' order (the nominative, then the earlier case).
  return out.sort((a, b) => b.score - a.score);
}

/** The reading a name is taken in, given what the context and the person's other mentions say. */
export function readName(written: string, hints: NameHints = {}): NameReading | null {
  return hintedReadings(written, hints)[0]?.reading ?? null;
}

/** A name given back its nominative: "по словам Алмаса Чукина" → Алмас Чукин, "с Айгуль Смаиловой" → Айгуль Смаилова. */
export function nominativeOf(written: string, hints: NameHints = {}): string {
  return readName(written, hints)?.nominative ?? written;
}

/** The genders of a written name's likeliest readings (both when its best readings tie across genders). */
export function likelyGenders(written: string, hints: NameHints = {}): Set<Gender> {
  const scored = hintedReadings(written, hints);
  const top = scored[0]?.score;
  return new Set(scored.filter((r) => r.score === top).map((r) => r.reading.gender));
}

const decidesCache = new Map<string, boolean>();

/** Whether a case the context asks for can change a name's nominative (Алмаса Чукина: yes; Токаеву: no). */
export function caseDecides(written: string, c: GrammaticalCase, surnameShape: RegExp | null = null): boolean {
  const key = c + '\u0000' + written + '\u0000' + (surnameShape?.source ?? '');
  const hit = decidesCache.get(key);
  if (hit !== undefined) return hit;
  const best = readName(written, { surnameShape });
  const decides = nameReadings(written, surnameShape).some((r) => r.case === c && r.nominative !== best?.nominative);
  return remember(decidesCache, key, decides);
}

const formsCache = new Map<string, readonly string[]>();

/**
 * Every case form (folded) of every nominative a written surname may be a case of: the forms a later mention
 * of the same person can take (Ковальского → Ковальский, Ковальскому, Ковальским …; Смаиловой → Смаилова,
 * Смаилову).
 */
export function surnameForms(written: string): readonly string[] {
  const hit = formsCache.get(written);
  if (hit) return hit;
  const out = new Set<string>([foldWord(written)]);
  if (isRussianNameWord(written)) {
    const nominatives = new Set(wordReadings(written, 'last').map((r) => `${r.gender}|${r.nominative}`));
    for (const k of nominatives) {
      const [g, nominative] = k.split('|') as [Gender, string];
      for (const form of declensions(nominative, 'last', g)) out.add(foldWord(form));
    }
  }
  return remember(formsCache, written, [...out]);
}
