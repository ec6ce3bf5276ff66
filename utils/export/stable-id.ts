/**
 * Deterministic UUIDs for things that have no UUID of their own (a quote on a page, an annotation imported from
 * Hypothesis), so exporting or importing the same data twice gives the same ids and merging doubles nothing.
 *
 * The hash is ours: four 32-bit multiply-xor lanes over the UTF-16 code units with different seeds, each finished with
 * an avalanche step, giving 128 bits. It is not cryptographic (nobody gains from forging these ids: they only name
 * annotations the user already holds); it is synchronous, which Web Crypto's digest is not.
 */
export function stableUuid(...parts: string[]): string {
  const text = parts.join('\u0000');
  const lanes = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    for (let l = 0; l < 4; l++) {
      lanes[l] = Math.imul(lanes[l]! ^ code, l % 2 === 0 ? 0x01000193 : 0x5bd1e995) ^ (lanes[(l + 1) % 4]! >>> 15);
    }
  }
  const hex = lanes.map((lane, l) => (avalanche(lane ^ text.length ^ (l * 0x27d4eb2f)) >>> 0).toString(16).padStart(8, '0'));
  const all = hex.join('');
  // Version 8 ("custom") and the RFC 9562 variant bits, so validators accept it as a UUID without it claiming to be
  // random (v4) or name-based with SHA-1 (v5).
  const variant = ((parseInt(all[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${all.slice(0, 8)}-${all.slice(8, 12)}-8${all.slice(13, 16)}-${variant}${all.slice(17, 20)}-${all.slice(20, 32)}`;
}

function avalanche(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
