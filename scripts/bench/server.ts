import { serve } from '@hono/node-server';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// autocannon ships no types; the little we use is typed here.
// @ts-expect-error untyped package
import autocannonUntyped from 'autocannon';
import { createApp } from '../../server/app';
import { openSqliteRepository } from '../../server/db/sqlite';
import { defaultRateLimits, type RateLimitRules } from '../../server/http/rate-limit';
import { figure, type Figure } from './measure';

interface LoadResult {
  requests: { average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
}
type Request = { method?: string; headers?: Record<string, string>; body?: string; setupRequest?: (req: Request) => Request };
const autocannon = autocannonUntyped as (opts: { url: string; connections?: number; duration?: number; requests?: Request[] }) => Promise<LoadResult>;

/** Rate limits lifted for the measurement: they cap one client on purpose, and we measure the server. */
const UNLIMITED: RateLimitRules = Object.fromEntries(
  Object.keys(defaultRateLimits).map((k) => [k, { burst: 1e9, perMinute: 1e9 }]),
) as unknown as RateLimitRules;

async function load(url: string, extra: { connections?: number; requests?: Request[] } = {}) {
  const result = await autocannon({ url, connections: 10, duration: 5, ...extra });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors under load at ${url}`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

/**
 * Comment reads and writes per second on loopback with SQLite (WAL), against the health endpoint of the same
 * server as the baseline (what the HTTP stack alone costs on this machine). Each load runs 5 s.
 */
export async function serverFigures(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'sl-bench-'));
  const repo = openSqliteRepository(join(dir, 'comments.sqlite'));
  const app = createApp({ repo, rateLimits: UNLIMITED });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((ready) => server.once('listening', ready));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const json = { 'content-type': 'application/json' };
    const account = { email: 'bench@example.kz', password: 'bench password 1', displayName: 'Bench' };
    await fetch(`${base}/api/accounts`, { method: 'POST', headers: json, body: JSON.stringify(account) });
    const { token } = (await (await fetch(`${base}/api/sessions`, { method: 'POST', headers: json, body: JSON.stringify(account) })).json()) as { token: string };
    const page = 'https://news.example.kz/politics/bench';
    let n = 0;
    const writes = await load(`${base}/api/comments`, {
      connections: 4,
      requests: [
        {
          method: 'POST',
          headers: { ...json, authorization: `Bearer ${token}` },
          setupRequest: (req) => ({
            ...req,
            body: JSON.stringify({ id: crypto.randomUUID(), url: page, quote: { exact: 'цитата', prefix: '', suffix: '' }, text: `comment ${n++}` }),
          }),
        },
      ],
    });
    const reads = await load(`${base}/api/comments?url=${encodeURIComponent(page)}&limit=50`);
    const health = await load(`${base}/api/health`);
    return [
      figure('server_reads', reads.rps, health.rps, 'req/s', null, `GET 50 comments of a page (${n} stored): ${reads.rps.toFixed(0)} req/s, p99 ${reads.p99} ms; health ${health.rps.toFixed(0)} req/s`),
      figure('server_writes', writes.rps, health.rps, 'req/s', null, `POST comment: ${writes.rps.toFixed(0)} req/s, p99 ${writes.p99} ms`),
    ];
  } finally {
    await new Promise((done) => server.close(done));
    await repo.close();
    await rm(dir, { recursive: true, force: true });
  }
}
