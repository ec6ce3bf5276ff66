import type { ClaimType, Language } from '../schemas';
import { grammarFor, type ClaimGrammar } from './grammar';
import type { Lexicon } from './lexicon';
import { stem } from './morphology';
import { tokenize, type Token } from './tokens';

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

/** A type's markers: single words, and phrases ("have to", "не вырастут") matched word by word. */
interface Markers {
  readonly words: ReadonlySet<string>;
  readonly phrases: readonly (readonly string[])[];
}

const markersCache = new WeakMap<Lexicon, Record<MarkerType, Markers>>();

function markersOf(lex: Lexicon): Record<MarkerType, Markers> {
  let m = markersCache.get(lex);
  if (!m) {
    const split = (set: ReadonlySet<string>): Markers => {
      const words = new Set<string>();
      const phrases: string[][] = [];
      for (const w of set) {
        if (/\s/.test(w)) phrases.push(w.split(/\s+/));
        else words.add(w);
      }
      return { words, phrases };
    };
    m = {
      directive: split(lex.claims.directive),
      commitment: split(lex.claims.commitment),
      action: split(lex.claims.action),
      factual: split(lex.claims.factual),
      opinion: split(lex.claims.opinion),
    };
    markersCache.set(lex, m);
  }
  return m;
}

function uses(tokens: readonly Token[], markers: Markers): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (markers.words.has(w)) return true;
    for (const p of markers.phrases) {
      if (p[0] !== w || i + p.length > tokens.length) continue;
      let k = 1;
      while (k < p.length && tokens[i + k]!.lower === p[k]) k++;
      if (k === p.length) return true;
    }
  }
  return false;
}

/** A verb form by its ending; names (capitalised inside the sentence) are never verbs here. */
function shaped(tokens: readonly Token[], test: (w: string, i: number) => boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.capitalized && i > 0) continue;
    if (test(t.lower, i)) return true;
  }
  return false;
}

function promised(tokens: readonly Token[], g: ClaimGrammar): boolean {
  const re = g.promised;
  return re !== null && shaped(tokens, (w) => re.test(w) && !g.notVerbs.has(w));
}

/**
 * Something done or under way: a past tense or passive participle that is not a state (был, wanted) nor a
 * verb of speech (a claim that says "we reported" reports, it does not act); or a continuous tense.
 */
function done(tokens: readonly Token[], g: ClaimGrammar, lex: Lexicon, language: Language): boolean {
  const re = g.done;
  const past = (w: string) =>
    re !== null && re.test(w) && !g.notVerbs.has(w) && !g.statives.has(w) && !(g.notVerbEnding?.test(w) ?? false) && !lex.speechStems.has(stem(w, language));
  const ongoing = (w: string, i: number) => i > 0 && g.progressiveEnding !== null && g.progressive.has(tokens[i - 1]!.lower) && g.progressiveEnding.test(w) && !g.notVerbs.has(w);
  return shaped(tokens, (w, i) => past(w) || ongoing(w, i));
}

export function classifyClaim(text: string, lex: Lexicon, words: readonly Token[] = tokenize(text, 0)): { type: ClaimType; checkworthiness: number } {
  const tokens = words;
  const markers = markersOf(lex);
  const g = grammarFor(lex.language).claims;
  const number = /\p{N}/u.test(text);
  let type: ClaimType;
  if (uses(tokens, markers.directive)) type = 'directive';
  else if (uses(tokens, markers.commitment) || promised(tokens, g)) type = 'commitment';
  else if (uses(tokens, markers.action)) type = 'action';
  else if (uses(tokens, markers.factual)) type = 'factual';
  else if (done(tokens, g, lex, lex.language)) type = 'action';
  // "Я считаю, что 30 дней — это слишком мало": a view, even with a number in it.
  else if (uses(tokens, markers.opinion)) type = 'opinion';
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
const ALL_JOINERS = [...new Set((['ru', 'en', 'kk'] as const).flatMap((l) => grammarFor(l).clauseJoiners))];

export function splitClauses(text: string, from: number, to: number, base: number, language?: Language): Array<[number, number]> {
  const joiners = language ? grammarFor(language).clauseJoiners : ALL_JOINERS;
  const out: Array<[number, number]> = [];
  const local = text.slice(from - base, to - base);
  const cuts: Array<[number, number]> = [];
  for (const j of joiners) {
    for (let at = local.indexOf(j); at >= 0; at = local.indexOf(j, at + 1)) cuts.push([from + at, j.length]);
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
