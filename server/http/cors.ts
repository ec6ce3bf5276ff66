import type { MiddlewareHandler } from 'hono';

// Chrome/Edge ids are 32 letters a–p; Firefox gives each installation a random UUID.
const EXTENSION_ORIGIN = /^(chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function isAllowedOrigin(origin: string, extraOrigins: ReadonlySet<string>): boolean {
  return EXTENSION_ORIGIN.test(origin) || extraOrigins.has(origin);
}

/**
 * CORS for browser extensions only. Hono's own cors middleware still answers preflights from foreign
 * origins with Allow-Methods/Allow-Headers; here a foreign origin gets no CORS header at all.
 * Credentials (cookies) are never allowed: the API authenticates with a bearer token.
 */
export function extensionCors(extraOrigins: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const allowed = origin !== undefined && isAllowedOrigin(origin, extraOrigins);

    if (c.req.method === 'OPTIONS') {
      const headers = new Headers({ Vary: 'Origin' });
      if (allowed) {
        headers.set('Access-Control-Allow-Origin', origin);
        headers.set('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
        headers.set('Access-Control-Allow-Headers', 'Authorization, Content-Type');
        headers.set('Access-Control-Max-Age', '600');
      }
      return new Response(null, { status: 204, headers });
    }

    await next();
    c.res.headers.append('Vary', 'Origin');
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After');
    }
  };
}
