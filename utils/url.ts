/**
 * The URL that notes and comments are keyed to. Two addresses of the same article (one from a newsletter
 * with utm_* tags, one with a #comments fragment) must give the same key, or a reader's notes seem lost.
 *
 * The list of dropped parameters is a rule shared with the comment server's normalizer: change both or
 * neither, or notes written in the extension stop matching comments on the server.
 */

/** Query parameters that only say how a reader arrived, never which page they read. Names compare lower-cased. */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid', 'gclid', 'yclid', 'mc_cid', 'mc_eid', '_ga', '_gl', 'igshid', 'ref', 'ref_src', 'spm', 'from',
]);
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_'];

export class InvalidUrlError extends Error {
  override readonly name = 'InvalidUrlError';
  constructor(
    readonly input: string,
    readonly reason: 'unparseable' | 'unsupported-scheme',
  ) {
    super(reason === 'unparseable' ? `Not a URL: ${JSON.stringify(input)}` : `Not an http(s) URL: ${JSON.stringify(input)}`);
  }
}

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function parseHttpUrl(input: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    throw new InvalidUrlError(input, 'unparseable');
  }
  // Notes belong to web pages; about:, file:, data: and extension pages have no stable public identity.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidUrlError(input, 'unsupported-scheme');
  return url;
}

/**
 * The key of a page: no fragment, no tracking parameters, remaining parameters sorted by name (stable, so
 * repeated names keep their order), scheme and host lower-cased and default ports dropped by the URL parser,
 * path case kept (paths are case-sensitive on most servers). Credentials are dropped so they never end up
 * in a stored key. Throws InvalidUrlError for anything that is not an http(s) URL.
 */
export function normalizeUrl(input: string): string {
  const url = parseHttpUrl(input);
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    if (!isTrackingParam(name)) kept.append(name, value);
  }
  kept.sort();
  const query = kept.toString();
  url.search = query ? `?${query}` : '';
  return url.href;
}

/**
 * Labels below which anyone can register a name, so they never make two hosts one site. Without the full
 * Public Suffix List we use a simple rule: the site is the last two labels, or the last three when the
 * second-to-last is a generic second level under a country code (news.example.co.uk → example.co.uk,
 * tengrinews.kz → tengrinews.kz), and a few shared-hosting suffixes count as public.
 */
const GENERIC_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'gob', 'mil', 'net', 'org', 'ne', 'or', 'go', 'nic', 'biz', 'info', 'spb', 'msk']);
const SHARED_HOSTING = new Set([
  'github.io', 'gitlab.io', 'blogspot.com', 'wordpress.com', 'livejournal.com', 'tumblr.com', 'substack.com',
  'medium.com', 'narod.ru', 'ucoz.ru', 'netlify.app', 'vercel.app', 'pages.dev', 'web.app', 'firebaseapp.com',
  'herokuapp.com', 'appspot.com', 'azurewebsites.net', 'cloudfront.net', 'amazonaws.com',
]);

function isIpAddress(host: string): boolean {
  return host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host);
}

/** The registrable part of a host by the simple rule above; the whole host for IPs and shared hosting. */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (isIpAddress(host)) return host;
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  if (SHARED_HOSTING.has(lastTwo)) return labels.slice(-3).join('.');
  const secondLevel = labels[labels.length - 2];
  const countryCode = (labels[labels.length - 1] ?? '').length === 2;
  if (labels.length >= 3 && countryCode && secondLevel !== undefined && GENERIC_SECOND_LEVEL.has(secondLevel)) {
    return labels.slice(-3).join('.');
  }
  return lastTwo;
}

/**
 * The key of a page that declares `<link rel=canonical href=…>`: the canonical address when it is on the same
 * site, else the page's own normalized URL. A hostile page must not claim another site's notes by naming that
 * site's article as its canonical. A canonical pointing at the site's home page from an article is a known
 * CMS misconfiguration that would merge every article's notes into one, so it is ignored too.
 */
export function canonicalUrl(input: string, canonicalHref: string | null | undefined): string {
  const own = normalizeUrl(input);
  if (!canonicalHref || !canonicalHref.trim()) return own;
  let canonical: URL;
  try {
    canonical = parseHttpUrl(canonicalHref, own);
  } catch {
    return own;
  }
  const page = new URL(own);
  if (siteOf(canonical.hostname) !== siteOf(page.hostname)) return own;
  if (canonical.pathname === '/' && page.pathname !== '/') return own;
  return normalizeUrl(canonical.href);
}
