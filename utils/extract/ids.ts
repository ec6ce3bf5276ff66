/** Deterministic ids: the same page gives the same ids, so notes and highlights can refer to them. FNV-1a. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BAR = 0x7c; // '|'
const ZERO = 0x30;

function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

const digits: number[] = [];
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `n.toString(36)` for a non-negative integer, without the general radix conversion (slow in V8). */
function base36(n: number): string {
  let s = '';
  do {
    const r = n % 36;
    s = BASE36[r]! + s;
    n = (n - r) / 36;
  } while (n > 0);
  return s;
}

/** The hash of the decimal digits of a non-negative integer, without writing them to a string. */
function mixInteger(h: number, n: number): number {
  let count = 0;
  do {
    const r = n % 10;
    digits[count++] = r;
    n = (n - r) / 10; // exact: n - r is a multiple of ten
  } while (n > 0);
  while (count > 0) h = Math.imul(h ^ (ZERO + digits[--count]!), FNV_PRIME);
  return h;
}

/**
 * The FNV-1a hash of `kind|part|part…`, each part as `String(part)` writes it: a page's claims and quotes
 * take one id each, and building the string first cost more than hashing it.
 */
export function hashId(kind: string, ...parts: Array<string | number>): string {
  let h = Math.imul(mixString(FNV_OFFSET, kind) ^ BAR, FNV_PRIME);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i > 0) h = Math.imul(h ^ BAR, FNV_PRIME);
    h = typeof part === 'number' && Number.isSafeInteger(part) && part >= 0 ? mixInteger(h, part) : mixString(h, String(part));
  }
  return kind.slice(0, 1) + base36(h >>> 0);
}
