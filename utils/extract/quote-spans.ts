
// Regular expressions live here, not in the functions: a literal is a new object each time it is evaluated,
// and these are asked per character or per word.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_OR_CLAUSE_MARK = /[\s,;:]/;

/** The marks that close each opening quotation mark. */
export const CLOSERS_OF: Readonly<Record<string, string>> = { '«': '»', '„': '“”', '“': '”', '"': '"', '‘': '’' };

/** Where a quotation's words end before `to`: white space and the comma or colon before its closing mark left out. */
export function quotedEnd(text: string, base: number, from: number, to: number): number {
  let e = to;
  while (e > from && SPACE_OR_CLAUSE_MARK.test(text[e - 1 - base]!)) e--;
  return e;
}
/**
 * Top-level quoted spans of one line: «…» (with „…“ or «…» nested), „…“, “…”, ‘…’, and straight "…".
 * One pass with a small stack; an opener left unclosed at the line's end gives a span open to the end.
 */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or null when the line ends first. */
  readonly close: number | null;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LETTER_OR_DIGIT.test(ch);
}

/** A closer matching a mark below the top closes that mark and drops the unclosed ones above it. */
function unwind(stack: Array<{ at: number; closers: string }>, ch: string): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k]!.closers.includes(ch)) {
      stack.length = k + 1;
      return true;
    }
  }
  return false;
}

function nextNonSpace(text: string, base: number, from: number, end: number): number {
  let i = from;
  while (i < end && text[i - base] === ' ') i++;
  return i;
}

export function findQuoteSpans(text: string, base: number, start: number, end: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Array<{ at: number; closers: string }> = [];
  // Jump from mark to mark: the regular expression engine skips the plain text faster than a loop would.
  const local = text.slice(start - base, end - base);
  const marks = /[«»„“”"‘’]/g;
  for (let m = marks.exec(local); m; m = marks.exec(local)) {
    const i = m.index + start;
    const ch = m[0];
    const top = stack[stack.length - 1];
    let closes = false;
    let opens: string | null = null;
    switch (ch) {
      case '«':
        opens = '»';
        break;
      case '»':
        closes = unwind(stack, '»');
        break;
      case '„':
        opens = '“”';
        break;
      case '“':
        if (top !== undefined && top.closers.includes('“')) closes = true;
        else opens = '”';
        break;
      case '”':
        closes = unwind(stack, '”');
        break;
      // British single marks. The closing one is also the apostrophe: inside a word (city’s) it closes nothing.
      case '‘':
        opens = '’';
        break;
      case '’':
        if (!isWordChar(text[i + 1 - base])) closes = unwind(stack, '’');
        break;
      case '"': {
        const prev = text[i - 1 - base];
        if (top !== undefined && top.closers.includes('"') && !isWordChar(text[i + 1 - base])) closes = true;
        else if (!isWordChar(prev)) opens = '"';
        break;
      }
      default:
        break;
    }
    if (closes) {
      const opened = stack.pop()!;
      if (stack.length === 0) out.push({ open: opened.at, close: i });
      // «Национальная компания «Қазақстан темір жолы» (КТЖ): a company's kind and its name in marks of its own,
      // written with one closing mark for both; a second closing mark right after would close the outer one.
      else if (stack.length === 1 && ch === '»' && text[nextNonSpace(text, base, i + 1, end) - base] !== '»' && quotedNameEnd(text, base, stack[0]!.at, end) === i + 1) {
        out.push({ open: stack.pop()!.at, close: i });
      }
    } else if (opens !== null && stack.length < 4) {
      stack.push({ at: i, closers: opens });
    }
  }
  if (stack.length > 0) out.push({ open: stack[0]!.at, close: null });
  return out;
}

const LOWER_LETTER = /\p{Ll}/u;

/** A point inside a web address ("сообщил Tengrinews.kz министр"): it ends no sentence or cue clause. */
export function inWebAddress(text: string, base: number, at: number): boolean {
  return text[at - base] === '.' && LOWER_LETTER.test(text[at + 1 - base] ?? '');
}

const NAME_STOP = /[.!?:;]/;

/** Words a name in quotation marks has at most (an outlet, a company: «Интерфакс», «Самрук-Казына»). */
const MAX_NAME_WORDS = 3;

/**
 * After the closing mark of a short capitalised name opening at `open`, or -1 when none closes before `limit`.
 * `named` when a legal form before the mark says a name follows (ГУ «Отдел строительства акимата города Тараза»):
 * a state body's name runs longer than a company's or an outlet's.
 */
export function quotedNameEnd(text: string, base: number, open: number, limit: number, named = false): number {
  const opener = text[open - base]!;
  const closers = CLOSERS_OF[opener] ?? '';
  const first = text[open + 1 - base] ?? '';
  if (first === first.toLowerCase()) return -1;
  const maxWords = named ? MAX_LEGAL_NAME_WORDS : MAX_NAME_WORDS;
  let words = 1;
  let reach = named ? MAX_LEGAL_NAME_CHARS : MAX_NAME_CHARS;
  for (let i = open + 1; i < limit && i - open <= reach; i++) {
    const ch = text[i - base]!;
    if (closers.includes(ch)) return i + 1;
    if (NAME_STOP.test(ch) || ch === ',') return -1;
    // «Национальная компания «Қазақстан темір жолы»: a company's kind, then its own name in marks of its own;
    // the words are counted again from the inner name, which one closing mark ends with the outer.
    if (ch === opener && i > open + 1) {
      words = 1;
      reach = i - open + MAX_NAME_CHARS;
      continue;
    }
    if (ch === ' ' && ++words > maxWords) return -1;
  }
  return -1;
}

/** Characters a name in quotation marks takes at most. */
const MAX_NAME_CHARS = 40;
/** Words and characters of a name in quotation marks after a legal form, at most. */
const MAX_LEGAL_NAME_WORDS = 8;
const MAX_LEGAL_NAME_CHARS = 90;

/**
 * A quotation mark in [from, to) other than the marks around short names («Интерфакс», “Halyk Finance”), which a cue
 * clause may hold ("заявил председатель правления АО «КазМунайГаз» X").
 */
export function quoteMarkOutsideNames(text: string, base: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i - base]!;
    if (!QUOTE_MARKS.has(ch)) continue;
    const after = CLOSERS_OF[ch] === undefined ? -1 : quotedNameEnd(text, base, i, to);
    if (after < 0) return true;
    i = after - 1;
  }
  return false;
}

// Not ’, which is an apostrophe as often (Prosecutor’s).
const QUOTE_MARKS = new Set(['«', '»', '"', '“', '”', '„', '‘']);
