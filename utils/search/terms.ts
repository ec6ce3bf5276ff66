import { foldWord, nameKey, stem } from '../extract/morphology';
import { words } from '../extract/overlap';
import kk from '../extract/lexicon/kk.json';
import ru from '../extract/lexicon/ru.json';
import { STOPWORDS } from './stopwords';

/**
 * Search keys of words: every inflected form of a word shares at least one key with the others.
 *
 * A Cyrillic word gets three keys, because a short query rarely says its language and one rule is not enough:
 * - the Russian Snowball stem (реформы, реформа, реформами → реформ);
 * - the Kazakh form with common endings stripped (Тоқаевтың → тоқаев); Kazakh has no stemmer for JavaScript, so
 *   this is lowercasing plus the suffix list of utils/extract/lexicon/kk.json — approximate, it misses vowel
 *   harmony changes and rarer endings;
 * - the name key: Snowball over-cuts surnames (Токаев → тока, but Токаева → токаев), so names also strip only
 *   a case ending (Токаев, Токаева, Токаевым → токаев).
 * A Latin word gets its English Snowball stem (reforms, reforming → reform) and its folded form.
 * Two words match when their key sets intersect.
 */

const NAME_ENDINGS: readonly string[] = [...new Set([...ru.nameEndings, ...kk.nameEndings])].sort((a, b) => b.length - a.length);

// A library repeats the same words thousands of times; computing each word's keys once keeps indexing fast.
const keyCache = new Map<string, string[]>();

export function wordKeys(word: string): string[] {
  const folded = foldWord(word);
  const hit = keyCache.get(folded);
  if (hit) return hit;
  const keys = /[а-яёәғқңөұүһі]/i.test(folded)
    ? unique([stem(folded, 'ru'), stem(folded, 'kk'), nameKey(folded, NAME_ENDINGS)])
    : unique([stem(folded, 'en'), folded]);
  if (keyCache.size > 100_000) keyCache.clear();
  keyCache.set(folded, keys);
  return keys;
}

/** Adds the keys of every word of `text` to `into`. */
export function addTextKeys(text: string, into: Set<string>): Set<string> {
  for (const word of words(text)) for (const key of wordKeys(word)) into.add(key);
  return into;
}

/**
 * A query as a list of words, each with its alternative keys; an entry matches when every word matches. Common
 * words are dropped unless the query has nothing else.
 */
export function parseQuery(text: string): string[][] {
  const all = words(text);
  const meaningful = all.filter((w) => !STOPWORDS.has(foldWord(w)));
  return (meaningful.length > 0 ? meaningful : all).map(wordKeys);
}

export function matchesQuery(keys: ReadonlySet<string>, query: readonly (readonly string[])[]): boolean {
  return query.every((alternatives) => alternatives.some((key) => keys.has(key)));
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}
