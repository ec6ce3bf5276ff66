import type { ClaimType } from '../schemas';
import type { Lexicon } from './lexicon';
import { tokenize, type Token } from './tokens';

/**
 * Claim typing and check-worthiness. Each type has a word list per language (lexicon/*.json `claims`); a
 * sentence takes the first type whose words it uses, in the order below, because an instruction or a promise
 * that mentions a number is still an instruction or a promise.
 */
const ORDER: readonly ClaimType[] = ['directive', 'commitment', 'action', 'factual', 'opinion'];

const BASE_WORTH: Record<ClaimType, number> = {
  factual: 0.75,
  action: 0.7,
  commitment: 0.65,
  opinion: 0.25,
  directive: 0.2,
};

export function classifyClaim(text: string, lex: Lexicon, words: readonly Token[] = tokenize(text, 0)): { type: ClaimType; checkworthiness: number } {
  const tokens = words;
  const has = (type: ClaimType) => tokens.some((t) => lex.claims[type].has(t.lower));
  const number = /\p{N}/u.test(text);
  let type: ClaimType = number ? 'factual' : 'opinion';
  for (const t of ORDER) {
    if (t === 'opinion') break;
    if (t === 'factual' && number) break;
    if (has(t)) {
      type = t;
      break;
    }
  }
  let worth = BASE_WORTH[type];
  if (number && type !== 'directive') worth += 0.15;
  if (tokens.length < 5) worth -= 0.1;
  return { type, checkworthiness: Math.round(Math.min(1, Math.max(0, worth)) * 100) / 100 };
}

/** Clause boundaries inside one sentence where two claims meet: ", а …", "; …", ", однако …", ", but …". */
const JOINERS = [', а ', '; ', ', однако ', ', но при этом ', ', but ', ', while ', ', ал ', ', бірақ '];

export function splitClauses(text: string, from: number, to: number, base: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const local = text.slice(from - base, to - base);
  const cuts: Array<[number, number]> = [];
  for (const j of JOINERS) {
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
