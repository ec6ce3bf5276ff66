import type { ClaimType, Language } from '../schemas';
import { grammarFor, type ClaimGrammar } from './grammar';
import type { Lexicon } from './lexicon';
import { stemOf } from './morphology';
import { factsOf, hasNumber, tokenize, type Token } from './tokens';

/**
 * Claim typing and check-worthiness. Each type has marker words per language (lexicon/*.json `claims`), and
 * the grammar section adds what word lists cannot hold: verbs in the past tense or a passive participle (done),
 * in the first-person future (promised) or a continuous tense (under way), found by their endings. Markers
 * are tried from the strongest: an instruction or a promise that mentions a number is still one, and a word
 * the lexicon names outranks a guess from an ending.
 */

const BASE_WORTH: Record<ClaimType, number> = {
  factual: 0.75,
  action: 0.7,
  commitment: 0.65,
  opinion: 0.25,
  directive: 0.2,
};

type MarkerType = 'directive' | 'commitment' | 'action' | 'factual' | 'opinion';
const MARKER_TYPES: readonly MarkerType[] = ['directive', 'commitment', 'action', 'factual', 'opinion'];
const ACTION_MARK = 1 << MARKER_TYPES.indexOf('action');
const NO_WORDS: ReadonlySet<string> = new Set();

/** Every type's markers in one lookup: single words, and phrases ("have to", "не вырастут") by their first word. */
interface Markers {
  /** Word → bit mask of the types it marks (bit i: MARKER_TYPES[i]). */
  readonly words: ReadonlyMap<string, number>;
  readonly phrases: ReadonlyMap<string, ReadonlyArray<{ readonly rest: readonly string[]; readonly mask: number }>>;
}

const markersCache = new WeakMap<Lexicon, Markers>();

function markersOf(lex: Lexicon): Markers {
  let m = markersCache.get(lex);
  if (!m) {
    const words = new Map<string, number>();
    const phrases = new Map<string, Array<{ rest: string[]; mask: number }>>();
    MARKER_TYPES.forEach((type, bit) => {
      for (const w of lex.claims[type]) {
        const parts = w.split(/\s+/);
        if (parts.length === 1) words.set(w, (words.get(w) ?? 0) | (1 << bit));
        else {
          const list = phrases.get(parts[0]!) ?? [];
          list.push({ rest: parts.slice(1), mask: 1 << bit });
          phrases.set(parts[0]!, list);
        }
      }
    });
    m = { words, phrases };
    markersCache.set(lex, m);
  }
  return m;
}

/**
 * The types whose markers a sentence uses, as a bit mask, in one pass over its words. A word's own marks are
 * kept on its shape; a bit above the types' says it opens a phrase.
 */
const OPENS_PHRASE = 1 << MARKER_TYPES.length;

function markedTypes(tokens: readonly Token[], markers: Markers, language: Language): number {
  let mask = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const facts = factsOf(t, language);
    const marks = (facts.claimMarks ??= (markers.words.get(t.lower) ?? 0) | (markers.phrases.has(t.lower) ? OPENS_PHRASE : 0));
    mask |= marks & ~OPENS_PHRASE;
    if ((marks & OPENS_PHRASE) === 0) continue;
    for (const p of markers.phrases.get(t.lower)!) {
      let k = 0;
      while (k < p.rest.length && tokens[i + 1 + k]?.lower === p.rest[k]) k++;
      if (k === p.rest.length) mask |= p.mask;
    }
  }
  return mask;
}

/** A verb form by its ending; names (capitalised inside the sentence) are never verbs here. */
function shaped(tokens: readonly Token[], test: (t: Token, i: number) => boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.capitalized && i > 0) continue;
    if (test(t, i)) return true;
  }
  return false;
}

/*
 * A word's answer to an ending test is kept on its shape: the grammar's ending patterns are long alternations,
 * and the same words come back in every claim of an article.
 */
function promised(tokens: readonly Token[], g: ClaimGrammar, language: Language, markers: Markers, reported: boolean): boolean {
  const re = g.promised;
  if (re === null) return false;
  // "would" promises only in reported speech, as the future seen from then; a speaker's own "I would not count
  // on it" is a condition.
  const auxiliaries = reported ? g.futureInPast.auxiliaries : NO_WORDS;
  const { passive, notBefore } = g.futureInPast;
  const participle = (t: Token) => (g.done?.test(t.lower) || ((markers.words.get(t.lower) ?? 0) & ACTION_MARK) !== 0) && !g.notVerbs.has(t.lower);
  return shaped(tokens, (t, i) => {
    if (auxiliaries.has(t.lower)) {
      const next = tokens[i + 1];
      if (next && !notBefore.has(next.lower) && !next.capitalized) return true;
      // "decisions would be made within ten days": a passive of action promises too.
      const after = tokens[i + 2];
      if (next && next.lower === passive && after && participle(after)) return true;
    }
    const facts = factsOf(t, language);
    return (facts.promised ??= re.test(t.lower) && !g.notVerbs.has(t.lower));
  });
}

/**
 * Something done or under way: a past tense or passive participle that is not a state (был, wanted) nor a
 * verb of speech (a claim that says "we reported" reports, it does not act); or a continuous tense.
 */
function done(tokens: readonly Token[], g: ClaimGrammar, lex: Lexicon, language: Language): boolean {
  const re = g.done;
  // The stem of the word as written: the stem cache already holds it from the paragraph's analysis.
  const pastForm = (w: string) => re !== null && re.test(w) && !g.notVerbs.has(w) && !g.statives.has(w) && !(g.notVerbEnding?.test(w) ?? false);
  const past = (t: Token) => (factsOf(t, language).pastForm ??= pastForm(t.lower)) && !lex.speechStems.has(stemOf(t, language));
  const ongoing = (t: Token, i: number) =>
    i > 0 && g.progressiveEnding !== null && g.progressive.has(tokens[i - 1]!.lower) && g.progressiveEnding.test(t.lower) && !g.notVerbs.has(t.lower);
  return shaped(tokens, (t, i) => past(t) || ongoing(t, i));
}

/** "forty-two" is counted by its first part. */
function numberWordOf(lower: string): string {
  const hyphen = lower.indexOf('-');
  return hyphen > 0 ? lower.slice(0, hyphen) : lower;
}

/**
 * A claim's type and check-worthiness. `reported`: the claim is in reported speech, where "would" is the
 * speaker's future ("said the city would rebuild").
 */
export function classifyClaim(text: string, lex: Lexicon, words?: readonly Token[], reported = false): { type: ClaimType; checkworthiness: number } {
  const tokens = words ?? tokenize(text, 0);
  const markers = markersOf(lex);
  const g = grammarFor(lex.language).claims;
  // Every digit is inside a word: the tokens' shapes already know, where scanning the text would look again.
  const number = (words ? tokens.some((t) => t.shape.number) : hasNumber(text)) || tokens.some((t) => g.numberWords.has(numberWordOf(t.lower)));
  const marked = markedTypes(tokens, markers, lex.language);
  const uses = (type: MarkerType) => (marked & (1 << MARKER_TYPES.indexOf(type))) !== 0;
  let type: ClaimType;
  if (uses('directive')) type = 'directive';
  else if (uses('commitment') || promised(tokens, g, lex.language, markers, reported)) type = 'commitment';
  else if (uses('action')) type = 'action';
  else if (uses('factual')) type = 'factual';
  else if (done(tokens, g, lex, lex.language)) type = 'action';
  // "Я считаю, что 30 дней — это слишком мало": a view, even with a number in it.
  else if (uses('opinion')) type = 'opinion';
  else type = number ? 'factual' : 'opinion';
  let worth = BASE_WORTH[type];
  if (number && type !== 'directive') worth += 0.15;
  if (tokens.length < 5) worth -= 0.1;
  return { type, checkworthiness: Math.round(Math.min(1, Math.max(0, worth)) * 100) / 100 };
}

/**
 * Clause boundaries inside one sentence where two claims meet (", а …", "; …", ", but …"), from the
 * lexicons' grammar. Without a language, every language's joiners: a quote may be in another language than
 * the page around it.
 */
const joinerGroups = new WeakMap<readonly string[], Map<string, string[]>>();

/** Joiners grouped by their first character, in their order. */
function byFirstChar(joiners: readonly string[]): Map<string, string[]> {
  let groups = joinerGroups.get(joiners);
  if (!groups) {
    groups = new Map();
    for (const j of joiners) {
      if (j.length === 0) continue;
      const list = groups.get(j[0]!) ?? [];
      list.push(j);
      groups.set(j[0]!, list);
    }
    joinerGroups.set(joiners, groups);
  }
  return groups;
}

const ALL_JOINERS = [...new Set((['ru', 'en', 'kk'] as const).flatMap((l) => grammarFor(l).clauseJoiners))];

export function splitClauses(text: string, from: number, to: number, base: number, language?: Language): Array<[number, number]> {
  const joiners = language ? grammarFor(language).clauseJoiners : ALL_JOINERS;
  const out: Array<[number, number]> = [];
  const cuts: Array<[number, number]> = [];
  // Joiners open with a mark (",", ";"): each mark of the clause is looked up once, not each joiner. Searched
  // in the clause only: a search of the whole text for a rare mark would run to its end on every call.
  const local = text.slice(from - base, to - base);
  for (const [first, own] of byFirstChar(joiners)) {
    for (let at = local.indexOf(first); at >= 0; at = local.indexOf(first, at + 1)) {
      for (const j of own) if (local.startsWith(j, at)) cuts.push([from + at, j.length]);
    }
  }
  cuts.sort((a, b) => a[0] - b[0]);
  let s = from;
  for (const [at, len] of cuts) {
    // Both sides must be claims of their own; the joiner's own word (а, but) belongs to neither.
    if (at - s > 20 && to - (at + len) > 20) {
      out.push([s, at]);
      s = at + len;
    }
  }
  out.push([s, to]);
  return out;
}
