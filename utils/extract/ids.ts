/** Deterministic ids: the same page gives the same ids, so notes and highlights can refer to them. FNV-1a. */
export function hashId(kind: string, ...parts: Array<string | number>): string {
  let h = 0x811c9dc5;
  const s = kind + '|' + parts.join('|');
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return kind.slice(0, 1) + (h >>> 0).toString(36);
}
