/**
 * Where JSON text stops being valid: the offset of the first character that cannot continue it, or the text's length
 * when it is valid so far but ends too early (a truncated file). Engines word and place their JSON.parse errors
 * differently (V8 often gives no position at all), so we find the place ourselves, only after JSON.parse has failed.
 */
export function findJsonError(text: string): { position: number; found: string } {
  // What the innermost container expects once the current value is done: a colon after a key, or a comma/close.
  type Frame = 'object-colon' | 'object-next' | 'array-next';
  const stack: Frame[] = [];
  let i = 0;
  let expectValue = true;
  const n = text.length;
  const at = (position: number) => ({ position, found: position < n ? JSON.stringify(text[position]) : 'the end of the file' });

  while (true) {
    while (i < n && isJsonSpace(text[i]!)) i++;
    if (expectValue) {
      if (i >= n) return at(n);
      const c = text[i]!;
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? 'object-colon' : 'array-next');
        i++;
        // An empty container may close at once.
        while (i < n && isJsonSpace(text[i]!)) i++;
        if (i < n && text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expectValue = false;
        } else if (c === '{') {
          if (i >= n) return at(n);
          if (text[i] !== '"') return at(i);
          const end = scanString(text, i);
          if (end < 0) return at(-end - 1);
          i = end;
          expectValue = false;
        }
        continue;
      }
      const end = c === '"' ? scanString(text, i) : scanLiteral(text, i);
      if (end < 0) return at(-end - 1);
      i = end;
      expectValue = false;
      continue;
    }
    const frame = stack[stack.length - 1];
    if (frame === undefined) return i >= n ? { position: -1, found: '' } : at(i);
    if (i >= n) return at(n);
    const c = text[i]!;
    if (frame === 'object-colon') {
      if (c !== ':') return at(i);
      stack[stack.length - 1] = 'object-next';
      i++;
      expectValue = true;
    } else {
      const close = frame === 'object-next' ? '}' : ']';
      if (c === close) {
        stack.pop();
        i++;
      } else if (c === ',') {
        i++;
        if (frame === 'object-next') {
          while (i < n && isJsonSpace(text[i]!)) i++;
          if (i >= n) return at(n);
          if (text[i] !== '"') return at(i);
          const end = scanString(text, i);
          if (end < 0) return at(-end - 1);
          i = end;
          stack[stack.length - 1] = 'object-colon';
        } else expectValue = true;
      } else return at(i);
    }
  }
}

/** Index after the closing quote, or -(position of the problem) - 1. */
function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -i - 1;
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) return -text.length - 1;
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -(Math.min(i + 6, text.length)) - 1;
        i += 5;
      } else if ('"\\/bfnrt'.includes(next)) i++;
      else return -(i + 1) - 1;
    }
  }
  return -text.length - 1;
}

const LITERAL = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;

function scanLiteral(text: string, start: number): number {
  LITERAL.lastIndex = start;
  const match = LITERAL.exec(text);
  const rest = text.slice(start, start + 6);
  // "tru" or "-" or "1." at the very end: the file was cut, not written wrong.
  const cut = (from: number): boolean => /^[\d.eE+-]*$/.test(text.slice(from)) || ['true', 'false', 'null'].some((w) => w.startsWith(rest) && start + rest.length === text.length);
  if (!match || match[0] === '') return cut(start) ? -text.length - 1 : -start - 1;
  const end = start + match[0].length;
  if (end < text.length && /[\w.+-]/.test(text[end]!)) return cut(end) ? -text.length - 1 : -end - 1;
  return end;
}

function isJsonSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}
