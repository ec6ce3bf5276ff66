import { afterEach, describe, expect, it } from 'vitest';
import type { RateLimitRules } from '../../server/http/rate-limit';
import { errorCode, newComment, relaxedRateLimits, TEST_CLIENT_HEADER, TestServer } from './helpers';

let server: TestServer;
afterEach(async () => {
  await server.close();
});

const CHROME = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const FIREFOX = 'moz-extension://3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';

describe('CORS', () => {
  it.each([CHROME, FIREFOX])('allows the extension origin %s, on requests and preflights', async (origin) => {
    server = await TestServer.start();
    const simple = await server.request('GET', '/api/health', { headers: { Origin: origin } });
    expect(simple.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    expect(simple.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(simple.headers.get('Vary')).toMatch(/Origin/);

    const preflight = await server.app.request('/api/comments', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toMatch(/PATCH/);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/);
  });

  it.each([
    'https://evil.example.com',
    'null',
    'chrome-extension://not-a-valid-id',
    'moz-extension://3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b.evil.com',
    'http://localhost:3000',
  ])('gives the origin %s no CORS header at all', async (origin) => {
    server = await TestServer.start();
    const simple = await server.app.request('/api/health', { headers: { Origin: origin } });
    const preflight = await server.app.request('/api/comments', {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    });
    for (const response of [simple, preflight]) {
      const corsHeaders = [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
      expect(corsHeaders).toEqual([]);
    }
  });

  it('puts CORS headers on error responses too, so the extension can read a 429 and its Retry-After', async () => {
    server = await TestServer.start({ rateLimits: { ...relaxedRateLimits, accountCreationPerIp: { burst: 1, perMinute: 1 } } });
    const create = () =>
      server.app.request('/api/accounts', {
        method: 'POST',
        headers: { Origin: CHROME, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `${Math.random()}@example.kz`, password: 'long enough pw', displayName: 'A' }),
      });
    expect((await create()).status).toBe(201);
    const limited = await create();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Access-Control-Allow-Origin')).toBe(CHROME);
    expect(limited.headers.get('Access-Control-Expose-Headers')).toMatch(/Retry-After/);
  });

  it('adds the origins listed in ALLOWED_ORIGINS, exactly', async () => {
    server = await TestServer.start({ allowedOrigins: ['https://lens.example.kz'] });
    const allowed = await server.app.request('/api/health', { headers: { Origin: 'https://lens.example.kz' } });
    const lookalike = await server.app.request('/api/health', { headers: { Origin: 'https://lens.example.kz.evil.com' } });
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://lens.example.kz');
    expect(lookalike.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('response headers', () => {
  it('sends nosniff, a JSON content type and no-store on successes and errors', async () => {
    server = await TestServer.start();
    for (const response of [
      await server.app.request('/api/health'),
      await server.app.request('/api/comments?url=bad'),
      await server.app.request('/api/nowhere'),
    ]) {
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    }
  });
});

describe('body limits', () => {
  it('answers 413 for a body over 64 kB before parsing it (even when it is not JSON)', async () => {
    server = await TestServer.start();
    const user = await server.signUp();
    const oversizedGarbage = '{'.repeat(64 * 1024 + 1);
    const response = await server.request('POST', '/api/comments', {
      body: oversizedGarbage,
      token: user.token,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(413);
    expect(errorCode(response.body)).toBe('payload_too_large');
  });

  it('answers 413 when Content-Length announces more than 64 kB', async () => {
    server = await TestServer.start();
    const body = JSON.stringify({ email: 'a@b.kz', password: 'x'.repeat(70_000), displayName: 'A' });
    const response = await server.app.request('/api/accounts', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) },
    });
    expect(response.status).toBe(413);
  });

  it('accepts a body just under the limit', async () => {
    server = await TestServer.start();
    const user = await server.signUp();
    const json = newComment({ text: 'я'.repeat(10_000), quote: { exact: 'q'.repeat(10_000), prefix: 'p'.repeat(1_000), suffix: 's'.repeat(1_000) } });
    expect(Buffer.byteLength(JSON.stringify(json))).toBeLessThan(64 * 1024);
    expect((await server.request('POST', '/api/comments', { json, token: user.token })).status).toBe(201);
  });
});

describe('rate limits', () => {
  const strict = (overrides: Partial<RateLimitRules>): RateLimitRules => ({ ...relaxedRateLimits, ...overrides });

  function retryAfter(headers: Headers): number {
    return Number(headers.get('Retry-After'));
  }

  it('limits sign-in attempts per IP, with Retry-After, and refills over time', async () => {
    server = await TestServer.start({ rateLimits: strict({ signInPerIp: { burst: 3, perMinute: 6 } }) });
    const attempt = (ip: string) =>
      server.request('POST', '/api/sessions', {
        json: { email: `someone-${Math.random()}@example.kz`, password: 'wrong password' },
        headers: { [TEST_CLIENT_HEADER]: ip },
      });
    for (let i = 0; i < 3; i++) expect((await attempt('203.0.113.7')).status).toBe(401);
    const limited = await attempt('203.0.113.7');
    expect(limited.status).toBe(429);
    expect(errorCode(limited.body)).toBe('rate_limited');
    expect(retryAfter(limited.headers)).toBe(10);
    expect((await attempt('203.0.113.8')).status).toBe(401);

    server.clock.advance(9_999);
    expect((await attempt('203.0.113.7')).status).toBe(429);
    server.clock.advance(1);
    expect((await attempt('203.0.113.7')).status).toBe(401);
  });

  it('limits sign-in attempts per account across IPs, even with the right password', async () => {
    server = await TestServer.start({ rateLimits: strict({ signInPerAccount: { burst: 2, perMinute: 1 } }) });
    const user = await server.signUp();
    const attempt = (ip: string, password: string) =>
      server.request('POST', '/api/sessions', { json: { email: user.email.toUpperCase(), password }, headers: { [TEST_CLIENT_HEADER]: ip } });
    // signUp signed in once already: one token left.
    expect((await attempt('203.0.113.1', 'guess one!')).status).toBe(401);
    const limited = await attempt('203.0.113.2', user.password);
    expect(limited.status).toBe(429);
    expect(retryAfter(limited.headers)).toBe(60);
    server.clock.advance(60_000);
    expect((await attempt('203.0.113.3', user.password)).status).toBe(201);
  });

  it('limits account creation per IP', async () => {
    server = await TestServer.start({ rateLimits: strict({ accountCreationPerIp: { burst: 2, perMinute: 1 } }) });
    const create = (i: number) =>
      server.request('POST', '/api/accounts', {
        json: { email: `user${i}@example.kz`, password: 'long enough pw', displayName: `User ${i}` },
      });
    expect((await create(1)).status).toBe(201);
    expect((await create(2)).status).toBe(201);
    const limited = await create(3);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('60');
  });

  it('limits writes per account, whatever the IP, and leaves reads alone', async () => {
    server = await TestServer.start({ rateLimits: strict({ writesPerAccount: { burst: 3, perMinute: 60 } }) });
    const user = await server.signUp();
    const post = (ip: string) =>
      server.request('POST', '/api/comments', { json: newComment(), token: user.token, headers: { [TEST_CLIENT_HEADER]: ip } });
    expect((await post('203.0.113.1')).status).toBe(201);
    expect((await post('203.0.113.2')).status).toBe(201);
    expect((await post('203.0.113.3')).status).toBe(201);
    const limited = await post('203.0.113.4');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('1');
    expect((await server.request('GET', `/api/comments?url=${encodeURIComponent('https://x.kz/a')}`)).status).toBe(200);
    const other = await server.signUp('Other');
    expect((await server.request('POST', '/api/comments', { json: newComment(), token: other.token })).status).toBe(201);
    server.clock.advance(1_000);
    expect((await post('203.0.113.4')).status).toBe(201);
  });

  it('limits writes per IP before looking at the token', async () => {
    server = await TestServer.start({ rateLimits: strict({ writesPerIp: { burst: 2, perMinute: 1 } }) });
    const bogus = { json: newComment(), token: 'B'.repeat(43) };
    expect((await server.request('POST', '/api/comments', bogus)).status).toBe(401);
    expect((await server.request('DELETE', '/api/comments/x', bogus)).status).toBe(401);
    expect((await server.request('PATCH', '/api/comments/x', { ...bogus, json: { text: 'x' } })).status).toBe(429);
  });
});
