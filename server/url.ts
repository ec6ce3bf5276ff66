/**
 * Article URL normalization for the comment service: two links to the same article must find the same
 * comments. The extension normalizes with the same rules (its own copy lives in utils/); keep both in
 * step, and keep this file free of imports so the rules can be read and compared in one place.
 *
 * Rules, in order:
 * 1. Only absolute http: and https: URLs are accepted; anything else is rejected (null).
 * 2. Scheme and host are lower-cased and a default port is dropped (WHATWG URL parsing does both).
 * 3. User name and password are dropped: they are never part of an article's identity and must not leak
 *    into public comment listings.
 * 4. The fragment is dropped.
 * 5. Query parameters whose decoded, lower-cased name is a tracking parameter (TRACKING_PARAMETERS, or
 *    a name starting with `utm_`) are dropped, as are empty pieces (`a=1&&b=2`).
 * 6. The remaining parameters are sorted by their raw (still encoded) name, keeping the original order of
 *    repeated names; their encoding is left untouched, because re-encoding could change what a server
 *    receives. An empty query leaves no `?`.
 * The path is kept as it is: servers may treat `/a` and `/A` or `/a/` differently.
 */

export const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'ysclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'ref',
  'ref_src',
  'ref_url',
]);

export function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower);
}

/** Returns the normalized form of an article URL, or null when it is not an absolute http(s) URL. */
export function normalizeArticleUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;

  url.username = '';
  url.password = '';
  url.hash = '';

  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((piece) => piece !== '' && !isTrackingParameter(decodeParameterName(rawName(piece))));
  // Array.prototype.sort is stable, so repeated names keep their relative order.
  kept.sort((a, b) => compareCodeUnits(rawName(a), rawName(b)));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';

  return url.href;
}

function rawName(piece: string): string {
  const equals = piece.indexOf('=');
  return equals === -1 ? piece : piece.slice(0, equals);
}

function decodeParameterName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    // A malformed escape cannot spell a tracking name we know; compare it as written.
    return raw;
  }
}

function compareCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
