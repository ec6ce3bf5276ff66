import type { Lexicon } from './lexicon';

// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const NUMBER_CHAR = /\p{N}/u;
const SPACE = /\s/;

/**
 * Splits [start, end) of a text into sentences: at . ! ? … followed by a space and a sentence-starting
 * character, except after abbreviations and initials. One pass: a run of marks is read once, then skipped.
 */
const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['»', '"', '”', '“', ')', "'", '’']);

function startsSentence(ch: string | undefined): boolean {
  if (!ch) return false;
  if (ch === '«' || ch === '"' || ch === '“' || ch === '„' || ch === '-' || ch === '–' || ch === '—' || ch === '(') return true;
  if (NUMBER_CHAR.test(ch)) return true;
  return ch !== ch.toLowerCase();
}

export function splitSentences(text: string, base: number, start: number, end: number, lex: Lexicon): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Each sentence trimmed as it is found: one pair per sentence, no second list to trim and filter.
  const push = (a: number, b: number) => {
    while (a < b && SPACE.test(text[a - base]!)) a++;
    while (b > a && SPACE.test(text[b - 1 - base]!)) b--;
    if (b > a) out.push([a, b]);
  };
  let s = start;
  // Searched in the range only: a search over the whole text would run past `end` on every call.
  const local = text.slice(start - base, end - base);
  const stops = /[.!?…\n]/g;
  for (let m = stops.exec(local); m; m = stops.exec(local)) {
    const i = m.index + start;
    const ch = m[0];
    if (ch === '\n') {
      if (i > s) push(s, i);
      s = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < end && (TERMINAL.has(text[j - base]!) || CLOSERS.has(text[j - base]!))) j++;
    if (j >= end) break;
    stops.lastIndex = j - start;
    if (text[j - base] !== ' ') continue;
    if (!startsSentence(text[j + 1 - base])) continue;
    if (ch === '.' && isAbbreviation(text, base, s, i, lex)) continue;
    push(s, j);
    s = j + 1;
  }
  if (end > s) push(s, end);
  return out;
}

const LETTER = /\p{L}/u;

/** A letter or a dot: a word an abbreviation's dot may close ("т.е", "U.S", "млрд"). */
function isLetterOrDot(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c === 0x2e || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  // The Cyrillic block's letters, without its few signs and combining marks (U+0482–U+0489).
  if (c >= 0x400 && c <= 0x4ff) return c < 0x482 || c > 0x489;
  return LETTER.test(ch);
}

/** The point at `dot` ends an abbreviation ("Mr.", "т.е.") or an initial ("А. Иванов"), not a sentence. */
export function isAbbreviation(text: string, base: number, from: number, dot: number, lex: Lexicon): boolean {
  let k = dot;
  // Bounded: a run of dots must not make every dot walk back over all the others.
  while (k > from && dot - k < 12 && isLetterOrDot(text[k - 1 - base]!)) k--;
  const word = text.slice(k - base, dot - base);
  if (word.length === 0) return false;
  // A single capital is an initial (А. Иванов, J. Smith).
  if (word.length === 1 && word !== word.toLowerCase()) return true;
  return lex.abbreviations.has(word.toLowerCase());
}

export function trim(text: string, base: number, a: number, b: number): [number, number] {
  while (a < b && SPACE.test(text[a - base]!)) a++;
  while (b > a && SPACE.test(text[b - 1 - base]!)) b--;
  return [a, b];
}

/**
 * Where a paragraph's own text starts after a wire dateline ("WASHINGTON (Reuters) - ", "АСТАНА. КАЗИНФОРМ – ",
 * "ASTANA, Dec 5 (Reuters) - ", "ALMATY, Kazakhstan (AP) — ", "ALMATY, Kazakhstan--(BUSINESS WIRE)--"): capitals, an optional country or state after a comma, an optional date, an optional agency in brackets or slashes, and a dash. Bounded, so it costs nothing on long lines.
 */
export function afterDateline(text: string, base: number, from: number, to: number): number {
  const head = text.slice(from - base, Math.min(to, from + 80) - base);
  const m = /^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ .,'-]{1,40}(?:,\s*[A-ZА-ЯЁ][a-zа-яё]+(?: [A-ZА-ЯЁ][a-zа-яё]+)?(?=[ ,(/—–-])\s*)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?(?:-{2}|–|—)?(?:[(/][^)/]{1,40}[)/])?[ .,]*(?:\d{1,2} [^\s\-–—]{3,12}\.?\s*)?(?:-{2}|[-–—]\s+)/u.exec(head);
  return m && /[A-ZА-ЯЁ]{3}/u.test(m[0]) ? from + m[0].length : from;
}
