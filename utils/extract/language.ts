import type { Language } from '../schemas';
import en from './lexicon/en.json';
import kk from './lexicon/kk.json';
import markers from './lexicon/language-markers.json';
import ru from './lexicon/ru.json';
import { tokenize, type Token } from './tokens';

/**
 * Language by the words a text uses, not by its letters alone: function words and cue verbs that only one
 * language has, and letters only one language has in its lower-case words. A capitalised word is left out of
 * the letter count because it is so often a name: Ғабит Сыздықбеков in a Russian article is no evidence of
 * Kazakh. The counts come from the tokens the paragraph analysis makes anyway.
 */
export interface LanguageVotes {
  ru: number;
  kk: number;
  /** Words whose only non-Russian letter is і: Kazakh, Ukrainian or Belarusian, decided by the other evidence. */
  kkOrOther: number;
  en: number;
  otherCyrillic: number;
  otherLatin: number;
  /** Letters in Cyrillic, Latin and other-script words: which script the text is in. */
  cyrillic: number;
  latin: number;
  otherScript: number;
}

type Marker = 'ru' | 'kk' | 'en' | 'otherCyrillic' | 'otherLatin';

const WORDS = new Map<string, Marker>();
{
  const ambiguous = new Set<string>();
  const add = (marker: Marker, list: readonly string[]) => {
    for (const raw of list) {
      const w = raw.toLowerCase().replace(/ё/g, 'е');
      const had = WORDS.get(w);
      if (had !== undefined && had !== marker) ambiguous.add(w);
      WORDS.set(w, marker);
    }
  };
  for (const [marker, list] of Object.entries(markers.words)) add(marker as Marker, list);
  // Each language's own cue verbs are its evidence too, so a frame like "– деді ол" or "сказал министр" counts.
  add('ru', ru.speechVerbs);
  add('kk', kk.speechVerbs);
  add('en', en.speechVerbs);
  for (const w of ambiguous) WORDS.delete(w);
}

const charClass = (letters: string) => new RegExp(`[${letters}]`, 'u');
const CYRILLIC_SPECIAL = charClass(markers.letters.kk + markers.letters.kkOrOther + markers.letters.otherCyrillic);
const KK = charClass(markers.letters.kk);
const OTHER_CYRILLIC = charClass(markers.letters.otherCyrillic);
const OTHER_LATIN = charClass(markers.letters.otherLatin);

export function emptyVotes(): LanguageVotes {
  return { ru: 0, kk: 0, kkOrOther: 0, en: 0, otherCyrillic: 0, otherLatin: 0, cyrillic: 0, latin: 0, otherScript: 0 };
}

export function addVotes(into: LanguageVotes, v: LanguageVotes): void {
  for (const k of Object.keys(into) as Array<keyof LanguageVotes>) into[k] += v[k];
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** What one word says of its text's language: the script its letters count for, and the word it votes for. */
export interface WordVote {
  readonly script: 'cyrillic' | 'latin' | 'otherScript' | null;
  readonly word: 'ru' | 'kk' | 'kkOrOther' | 'en' | 'otherCyrillic' | 'otherLatin' | null;
}

/**
 * The few distinct votes, each one shared object: every word's shape points at one of them, so reading a vote
 * finds it in the cache instead of fetching an object of the word's own.
 */
const VOTES = new Map<string, WordVote>();

function voteOf(script: WordVote['script'], word: WordVote['word']): WordVote {
  const key = `${script} ${word}`;
  let vote = VOTES.get(key);
  if (vote === undefined) {
    vote = { script, word };
    VOTES.set(key, vote);
  }
  return vote;
}

function wordVote(t: Token): WordVote {
  const c = t.lower.charCodeAt(0);
  const cyrillic = c >= 0x400 && c <= 0x4ff;
  const script = cyrillic ? 'cyrillic' : isLatin(c) ? 'latin' : c >= 0x30 && c <= 0x39 ? null : 'otherScript';
  if (script === null || script === 'otherScript') return voteOf(script, null);
  // Capitals say nothing: a name's letters are its own language's, and "Los Angeles" or "La Paz" is no Spanish.
  if (t.capitalized || t.acronym) return voteOf(script, null);
  const marker = WORDS.get(t.lower);
  if (marker !== undefined) return voteOf(script, marker);
  if (cyrillic) {
    if (!CYRILLIC_SPECIAL.test(t.lower)) return voteOf(script, null);
    return voteOf(script, OTHER_CYRILLIC.test(t.lower) ? 'otherCyrillic' : KK.test(t.lower) ? 'kk' : 'kkOrOther');
  }
  return voteOf(script, OTHER_LATIN.test(t.lower) ? 'otherLatin' : null);
}

/** Adds one token's evidence: worked out once per word and kept on its shape. */
export function voteToken(v: LanguageVotes, t: Token): void {
  const vote = (t.shape.vote ??= wordVote(t));
  if (vote.script !== null) v[vote.script] += t.end - t.start;
  if (vote.word !== null) v[vote.word]++;
}

export function voteTokens(tokens: readonly Token[], skip?: (t: Token) => boolean): LanguageVotes {
  const v = emptyVotes();
  for (const t of tokens) if (!skip?.(t)) voteToken(v, t);
  return v;
}

function scores(v: LanguageVotes): Record<Language, number> {
  // і alone goes with whichever of Kazakh and the other Cyrillic languages has the rest of the evidence.
  const kkSide = v.kk >= v.otherCyrillic;
  return {
    ru: v.ru,
    kk: v.kk + (kkSide ? v.kkOrOther : 0),
    en: v.en,
    other: v.otherLatin + v.otherCyrillic + (kkSide ? 0 : v.kkOrOther),
  };
}

type Script = 'cyrillic' | 'latin' | 'other';

function scriptOf(v: LanguageVotes, fallback: Script): Script {
  const max = Math.max(v.cyrillic, v.latin, v.otherScript);
  if (max === 0) return fallback;
  if (v[fallback === 'other' ? 'otherScript' : fallback] === max) return fallback;
  return v.cyrillic === max ? 'cyrillic' : v.latin === max ? 'latin' : 'other';
}

function scriptOfLanguage(l: Language): Script {
  return l === 'ru' || l === 'kk' ? 'cyrillic' : l === 'en' ? 'latin' : 'other';
}

/** The language the evidence points to; `fallback` where it says nothing or is tied. */
export function languageOf(v: LanguageVotes, fallback: Language): Language {
  const script = scriptOf(v, scriptOfLanguage(fallback));
  if (script === 'other') return 'other';
  const s = scores(v);
  if (script === 'cyrillic') {
    const other = v.otherCyrillic + (v.kk >= v.otherCyrillic ? 0 : v.kkOrOther);
    const best = Math.max(s.ru, s.kk, other);
    if (best === 0) return fallback === 'kk' ? 'kk' : 'ru';
    if ((fallback === 'ru' || fallback === 'kk') && s[fallback] === best) return fallback;
    return s.ru === best ? 'ru' : s.kk === best ? 'kk' : 'other';
  }
  const other = v.otherLatin;
  if (s.en === other) return fallback === 'other' ? 'other' : 'en';
  return s.en > other ? 'en' : 'other';
}

/** The fallback a declared language gives where the text has no evidence. */
function declaredFallback(declared: string | null, v: LanguageVotes): Language {
  const d = (declared ?? '').toLowerCase().slice(0, 2);
  if (d === 'ru' || d === 'kk' || d === 'en') return d;
  if (d !== '') return 'other';
  return v.cyrillic > v.latin ? 'ru' : 'en';
}

/** A page's language from all its words at once: its text decides, the declared language only where it says nothing. */
export function pageLanguage(v: LanguageVotes, declared: string | null): Language {
  if (v.cyrillic === 0 && v.latin === 0) return 'other';
  return languageOf(v, declaredFallback(declared, v));
}

/**
 * A page's language from its paragraphs: the language most of its text is written in. Each paragraph with
 * evidence votes with its length, so a few Kazakh paragraphs in a Russian article (whose Kazakh words carry
 * more evidence each than Russian function words do) do not outvote it.
 */
export function pageLanguageOf(paragraphs: readonly LanguageVotes[], declared: string | null): Language {
  const all = emptyVotes();
  for (const v of paragraphs) addVotes(all, v);
  if (all.cyrillic === 0 && all.latin === 0) return 'other';
  const fallback = declaredFallback(declared, all);
  const weight = new Map<Language, number>();
  for (const v of paragraphs) {
    const s = scores(v);
    if (s.ru + s.kk + s.en + s.other === 0 && v.otherScript === 0) continue;
    const l = languageOf(v, fallback);
    weight.set(l, (weight.get(l) ?? 0) + v.cyrillic + v.latin + v.otherScript);
  }
  let best: Language | null = null;
  for (const [l, w] of weight) if (best === null || w > weight.get(best)! || (w === weight.get(best) && l === fallback)) best = l;
  return best ?? languageOf(all, fallback);
}

/**
 * A paragraph's language on a page in `page`: another only when its evidence is clear (a few stray words or
 * a short line keep the page's), and when the words around its quotation marks agree. A Kazakh article quotes
 * Russian speech in its own frame ("«…», – деді министр"): that paragraph is read with the Kazakh cues.
 * `frame` gives the votes of the words outside quotation marks, or null when the paragraph is all quotation.
 */
export function paragraphLanguage(v: LanguageVotes, page: Language, frame: () => LanguageVotes | null): Language {
  const own = languageOf(v, page);
  if (own === page) return page;
  // A paragraph that mixes scripts (an English quote in a Russian sentence) is no other language's.
  const letters = v.cyrillic + v.latin + v.otherScript;
  if (3 * Math.max(v.cyrillic, v.latin, v.otherScript) < 2 * letters) return page;
  if (scriptOf(v, 'latin') === 'other') {
    if (v.otherScript < 20) return page;
  } else {
    const s = scores(v);
    if (s[own] < 3 || s[own] < 2 * s[page] + 1) return page;
  }
  const f = frame();
  if (!f) return page;
  return languageOf(f, page) === own ? own : page;
}

/** The language of a text not yet tokenized (a short page's few lines). */
export function detectLanguage(text: string, declared: string | null): Language {
  return pageLanguage(voteTokens(tokenize(text.slice(0, 20_000), 0)), declared);
}
