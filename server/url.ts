/**
 * Article URL normalization for the comment service: two links to the same article must find the same
 * comments. The extension keys notes and comments with utils/url.ts (`normalizeUrl`); both must give the
 * same result for every input, and tests/server/url.test.ts checks that they do. Change both or neither.
 * This file imports nothing, so the server never depends on extension code.
 *
 * Rules:
 * 1. Only absolute http: and https: URLs are accepted; anything else is rejected (null).
 * 2. Scheme and host are lower-cased and a default port is dropped (WHATWG URL parsing does both).
 * 3. User name and password are dropped: never part of an article's identity, and comment listings are public.
 * 4. The fragment is dropped.
 * 5. Query parameters whose decoded, lower-cased name starts with `utm_` or is in TRACKING_PARAMETERS are dropped.
 * 6. The rest are sorted by decoded name (stable: repeated names keep their order) and re-serialized as
 *    application/x-www-form-urlencoded, so `a=%20` and `a=+` give the same key. An empty query leaves no `?`.
 * The path is kept as it is: servers may treat `/a` and `/A` differently.
 */

/** Parameters that only say how a reader arrived, never which page they read (the same list as utils/url.ts). */
export const TRACKING_PARAMETERS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'yclid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'igshid',
  'ref',
  'ref_src',
  'spm',
  'from',
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

  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    if (!isTrackingParameter(name)) kept.append(name, value);
  }
  kept.sort();
  const query = kept.toString();
  url.search = query ? `?${query}` : '';

  return url.href;
}
