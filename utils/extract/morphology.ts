import { newStemmer, type Stemmer } from 'snowball-stemmers';
import type { Language } from '../schemas';
import kk from './lexicon/kk.json';
import ru from './lexicon/ru.json';
import { factsOf, type Token } from './tokens';

/**
 * Word normalisation per language. Russian and English use Snowball stemmers; Kazakh has no stemmer library
 * for JavaScript, so it strips the endings listed in lexicon/kk.json (longest first, repeatedly).
 */

const stemmers = new Map<string, Stemmer>();
// Keyed by hint, then by the word as written: a hot path (every token of every page), so no key concatenation.
const cache = new Map<Language, Map<string, string>>();
const byLanguage = new Map<string, string>();

function mapFor<K, V>(maps: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let m = maps.get(key);
  if (!m) {
    m = new Map();
    maps.set(key, m);
  }
  return m;
}

function snowball(name: 'russian' | 'english'): Stemmer {
  let s = stemmers.get(name);
  if (!s) {
    s = newStemmer(name);
    stemmers.set(name, s);
  }
  return s;
}

const KK_SUFFIXES = [...new Set(kk.suffixes)].sort((a, b) => b.length - a.length);

function stripKazakh(word: string): string {
  let w = word;
  // Agglutination stacks a few endings (plural + possessive + case); three passes cover common words.
  for (let pass = 0; pass < 3; pass++) {
    const suffix = KK_SUFFIXES.find((s) => w.length - s.length >= 3 && w.endsWith(s));
    if (!suffix) break;
    w = w.slice(0, w.length - suffix.length);
  }
  return w;
}

const YO = /ё/g;

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ё') ? lower.replace(YO, 'е') : lower;
}

/** Letters a name's case ending takes at most (Марата, Ерболовича, Омаровтан less its stem: -а, -а, -тан). */
export const MAX_NAME_CASE_ENDING = 2;

/** `written` is `base` with a case ending of its own ("Бостандыку" of "Бостандык", "Ерлана" of "Ерлан"). */
export function inflectedFrom(written: string, base: string): boolean {
  return written !== base && written.startsWith(base) && written.length - base.length <= MAX_NAME_CASE_ENDING;
}

/** The word, or the word less a case ending, passes the test ("Жумабаеву" → Жумабаев); three letters stay at least. */
export function someCaseStem(word: string, test: (stem: string) => boolean): boolean {
  for (let cut = 0; cut <= MAX_NAME_CASE_ENDING && word.length - cut > 2; cut++) if (test(word.slice(0, word.length - cut))) return true;
  return false;
}

/** Language of a single word by its script: Cyrillic words go to the Russian stemmer unless Kazakh letters show. */
function wordLanguage(word: string, hint: Language): Language {
  if (/[a-z]/i.test(word)) return 'en';
  if (/[әғқңөұүһі]/i.test(word)) return 'kk';
  return hint === 'kk' ? 'kk' : 'ru';
}

export function stem(word: string, hint: Language): string {
  const seen = mapFor(cache, hint);
  const hit = seen.get(word);
  if (hit !== undefined) return hit;
  const folded = foldWord(word);
  const lang = wordLanguage(folded, hint);
  const key = lang + ':' + folded;
  let out = byLanguage.get(key);
  if (out === undefined) {
    if (lang === 'en') out = snowball('english').stem(folded);
    else if (lang === 'kk') out = stripKazakh(folded);
    else out = snowball('russian').stem(folded);
    if (byLanguage.size > 50_000) byLanguage.clear();
    byLanguage.set(key, out);
  }
  if (seen.size > 50_000) seen.clear();
  seen.set(word, out);
  return out;
}

/** A token's stem, kept on its word's shape: the same as `stem(t.text, language)`. */
export function stemOf(t: Token, language: Language): string {
  const facts = factsOf(t, language);
  return (facts.stem ??= stem(t.text, language));
}

/** A token's role key, kept on its word's shape: the same as `roleStem(t.text, language, endings)`. */
export function roleStemOf(t: Token, language: Language, endings: readonly string[]): string {
  const facts = factsOf(t, language);
  return (facts.roleStem ??= roleStem(t.text, language, endings));
}

/**
 * A key under which the inflected forms of one proper name meet (Токаев, Токаева, Токаевым; Тоқаевтың).
 * Snowball over-cuts surnames (Токаев → тока but Токаева → токаев), so names strip only case endings from a
 * short list, and only while at least four letters stay.
 */
const NO_PARTICLES: ReadonlySet<string> = new Set();

export function nameKey(word: string, endings: readonly string[], particles: ReadonlySet<string> = NO_PARTICLES): string {
  let w = foldWord(word).replace(/['’]s$/, '');
  // "al-Jubouri" is "Jubouri" the second time: a particle written onto the name is no part of its key.
  const hyphen = w.indexOf('-');
  if (hyphen > 0 && particles.has(w.slice(0, hyphen))) w = w.slice(hyphen + 1);
  for (const e of endings) {
    if (w.length - e.length >= 4 && w.endsWith(e)) {
      w = w.slice(0, w.length - e.length);
      break;
    }
  }
  return w;
}

/**
 * The key a role word is matched by. Snowball over-cuts short Russian nouns (аким → ак, акима → аким), so
 * Russian roles strip case endings from a list instead, like names do; other languages use their stemmer.
 */
const roleCache = new Map<Language, Map<string, string>>();

export function roleStem(word: string, hint: Language, endings: readonly string[]): string {
  const seen = mapFor(roleCache, hint);
  let out = seen.get(word);
  if (out === undefined) {
    out = roleStemUncached(word, hint, endings);
    if (seen.size > 50_000) seen.clear();
    seen.set(word, out);
  }
  return out;
}

/** "экс-руководителя", "ex-minister": a former holder's role is matched as the role's own word. */
const FORMER = /^(?:экс|ex)-(?=\p{L}{3})/u;

/** Stems of Russian roles whose nominative has a vowel the other cases drop, to the nominative's stem. */
const FLEETING_VOWEL_STEMS: ReadonlyMap<string, string> = new Map(Object.entries(ru.fleetingVowelStems));

function roleStemUncached(word: string, hint: Language, endings: readonly string[]): string {
  const folded = foldWord(word).replace(FORMER, '');
  if (hint === 'ru' && /^[а-яё-]+$/.test(folded)) {
    for (const e of endings) {
      if (folded.length - e.length < 3 || !folded.endsWith(e)) continue;
      const cut = folded.slice(0, folded.length - e.length);
      // "посла", "истца": the vowel the nominative has before its last consonant drops in the other cases. Not
      // after "-е", whose "после" is a preposition far more often than a case of "посол".
      return e === 'е' ? cut : (FLEETING_VOWEL_STEMS.get(cut) ?? cut);
    }
    return folded;
  }
  // English roles: Snowball makes "officers" and "office" one stem; a plural -s is all a role needs to lose.
  if (/^[a-z'’.-]+$/.test(folded)) return folded.replace(/['’]s$/, '').replace(/(?<=[a-z]{3})s$/, '');
  return stem(word, hint);
}
