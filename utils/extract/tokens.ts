import type { Language } from '../schemas';
import type { WordVote } from './language';

/** Words with their model offsets, found in one pass over the characters. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** First letter upper case and some lower-case letter (a name-like word, not an acronym). */
  readonly capitalized: boolean;
  readonly acronym: boolean;
  /** The word's shape, shared by every token of the same word. */
  readonly shape: WordShape;
}

const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Letters and digits; the common Latin and Cyrillic ranges are decided without a regular expression. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x400 && c <= 0x4ff) return true;
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || c === 0xab || c === 0xbb) return false;
  return OTHER_WORD_CHAR.test(text[i]!);
}

const NUMBER_CHAR = /\p{N}/u;

/**
 * Whether a text holds a number character (\p{N}): ASCII digits and the Cyrillic block, nearly all of a
 * page, are decided without the regular expression, which is slow on long texts.
 */
export function hasNumber(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) return true;
    } else if (!(c >= 0x400 && c <= 0x4ff) && !(c >= 0x2000 && c <= 0x206f) && NUMBER_CHAR.test(text.slice(i, i + 2))) return true;
  }
  return false;
}

function isNumberSeparator(c: number): boolean {
  return c === 0x2c || c === 0x2e;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Joiners inside a word: hyphens and apostrophes (Касым-Жомарт, city's). */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2011;
}

/** How a word is written, worked out once per distinct word: a page repeats its words, and so do pages. */
export interface WordShape extends WordFacts {
  readonly text: string;
  readonly lower: string;
  readonly capitalized: boolean;
  readonly acronym: boolean;
  /** It holds a digit or another number character (no name does). */
  readonly number: boolean;
  /**
   * The language whose answers the shape holds in its own fields (see `factsOf`): the first to ask, and for
   * nearly every word the only one. Answers for the words a mixed page asks about in a second language are kept
   * in `away`.
   */
  home: Language | undefined;
  away: AwayFacts | undefined;
  /** The word's evidence of its language (see language.ts), the same in every text. */
  vote: WordVote | undefined;
}

interface AwayFacts {
  ru: WordFacts | undefined;
  en: WordFacts | undefined;
  kk: WordFacts | undefined;
  other: WordFacts | undefined;
}

/** One language's answers about a word, each worked out by the module that asks, the first time it asks. */
export interface WordFacts {
  stem: string | undefined;
  roleStem: string | undefined;
  /** Claim types whose marker words it is (claims.ts), as a bit mask. */
  claimMarks: number | undefined;
  /** Claims: a first-person future, or a past form, of a verb of action (by the grammar's endings). */
  promised: boolean | undefined;
  pastForm: boolean | undefined;
  /** A verb of speech or cognition of the language (attribution.ts). */
  speech: boolean | undefined;
  /** The role phrases of the lexicon the word may open (mentions.ts), or null when none. */
  roleStarts: ReadonlyArray<readonly string[]> | null | undefined;
  /** Which of the lexicon's word classes it belongs to (lexicon/index.ts `wordClasses`), as a bit mask. */
  classes: number | undefined;
}

/**
 * A word's answers in one language. The home language's answers sit in the shape itself: reading a word's
 * shape and then a separate answers object cost a second memory fetch per word, and after the page parse or
 * another page has run, those fetches miss the cache and were the largest cost of a whole extraction.
 */
export function factsOf(t: Token, language: Language): WordFacts {
  const shape = t.shape;
  if (shape.home === language) return shape;
  if (shape.home === undefined) {
    shape.home = language;
    return shape;
  }
  const away = (shape.away ??= { ru: undefined, en: undefined, kk: undefined, other: undefined });
  return (away[language] ??= newFacts());
}

function newFacts(): WordFacts {
  return {
    stem: undefined,
    roleStem: undefined,
    claimMarks: undefined,
    promised: undefined,
    pastForm: undefined,
    speech: undefined,
    roleStarts: undefined,
    classes: undefined,
  };
}

/**
 * Shapes by the word as written. Tokens share the shape's strings, so the many lookups keyed by a token's text or
 * lower case (stems, roles, lexicon words) hash each distinct word once rather than once per occurrence.
 *
 * One map for every page: a small map of the last pages' words in front of it made the seed page 4% faster in the
 * bench, which extracts that page over and over, and nothing on the gold pages, each extracted once per round, nor
 * on a reader's pages (stop 17 measured the same and left it out for the same reason).
 */
const shapes = new Map<string, WordShape>();
const MAX_SHAPES = 50_000;

/**
 * The folded lower case, as the word's own string when they are equal (most words): V8's toLowerCase returns a
 * new string for Cyrillic even when nothing changes, and a second string per word is one more object that every
 * lookup keyed by the lower case reads, and one more cache miss after other work has run.
 */
function lowerOf(word: string, lower: string): string {
  const folded = lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
  return folded === word ? word : folded;
}

function shapeOf(word: string): WordShape {
  let shape = shapes.get(word);
  if (shape === undefined) {
    shape = newShape(word);
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(word, shape);
  }
  return shape;
}

function newShape(word: string): WordShape {
  const lower = word.toLowerCase();
  const startsUpper = word[0] !== lower[0];
  // Most words start in lower case: only a capitalised one needs its upper-case form (name or acronym).
  const hasLower = !startsUpper || word !== word.toUpperCase();
  return shapeWith(word, lowerOf(word, lower), startsUpper && hasLower, startsUpper && !hasLower && word.length >= 2, hasNumber(word));
}

/** Every shape is built here, so that all have the same fields in the same order (one hidden class). */
function shapeWith(text: string, lower: string, capitalized: boolean, acronym: boolean, number: boolean): WordShape {
  return {
    text,
    lower,
    capitalized,
    acronym,
    number,
    // The home language's answers, unasked yet (see `factsOf`).
    stem: undefined,
    roleStem: undefined,
    claimMarks: undefined,
    promised: undefined,
    pastForm: undefined,
    speech: undefined,
    roleStarts: undefined,
    classes: undefined,
    home: undefined,
    away: undefined,
    vote: undefined,
  };
}

export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const s = i;
    i++;
    for (;;) {
      while (i < n && isWordChar(text, i)) i++;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text, i + 1)) {
        i += 2;
        continue;
      }
      // "2,000", "1.8", "4,6": a number's separators are inside it, not the clause's commas or a sentence's end.
      if (i + 1 < n && isNumberSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    const shape = shapeOf(text.slice(s, i));
    out.push({ text: shape.text, lower: shape.lower, start: offset + s, end: offset + i, capitalized: shape.capitalized, acronym: shape.acronym, shape });
  }
  return out;
}

/** True when only spaces (no punctuation, no line break) stand between two tokens. */
export function adjacent(text: string, base: number, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    if (text[i - base] !== ' ') return false;
  }
  return true;
}
