/** Words with their model offsets. Linear: the pattern's parts are separated by characters outside them. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** First letter upper case and some lower-case letter (a name-like word, not an acronym). */
  readonly capitalized: boolean;
  readonly acronym: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-‑][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const first = word[0]!;
    const upper = first !== first.toLowerCase();
    const hasLower = word !== word.toUpperCase();
    out.push({
      text: word,
      lower: word.toLowerCase().replace(/ё/g, 'е'),
      start: offset + m.index,
      end: offset + m.index + word.length,
      capitalized: upper && hasLower,
      acronym: upper && !hasLower && word.length >= 2 && /\p{L}/u.test(word),
    });
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
