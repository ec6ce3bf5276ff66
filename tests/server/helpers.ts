import { serve } from '@hono/node-server';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type AppOptions } from '../../server/app';
import type { Clock } from '../../server/clock';
import type { Repository } from '../../server/db/repository';
import { sqliteBackend, type Backend, type OpenedBackend } from './backends';
import type { BucketRule, RateLimitRules } from '../../server/http/rate-limit';

/** A clock that moves only when told to. */
export class ManualClock implements Clock {
  constructor(private time = Date.parse('2026-03-01T12:00:00Z')) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

/** Generous limits so that only the rate-limit tests ever meet a 429. */
const generous: BucketRule = { burst: 10_000, perMinute: 10_000 };
export const relaxedRateLimits: RateLimitRules = {
  signInPerIp: generous,
  signInPerAccount: generous,
  accountCreationPerIp: generous,
  writesPerIp: generous,
  writesPerAccount: generous,
};

export const TEST_CLIENT_HEADER = 'X-Test-Client';

export interface TestServerOptions extends Partial<Omit<AppOptions, 'repo' | 'clock'>> {
  clock?: ManualClock;
  /** Defaults to a fresh SQLite file in a temp dir. */
  backend?: Backend;
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** The app on a real database, driven in-process with app.request; one per test. */
export class TestServer {
  readonly repo: Repository;
  readonly app: ReturnType<typeof createApp>;

  private constructor(
    readonly clock: ManualClock,
    readonly dataDir: string,
    readonly database: OpenedBackend,
    options: TestServerOptions,
  ) {
    this.repo = database.repo;
    const { backend: _, ...appOptions } = options;
    this.app = createApp({
      rateLimits: relaxedRateLimits,
      // Tests choose their client address per request; the default stands for "someone".
      clientIp: (c) => c.req.header(TEST_CLIENT_HEADER) ?? '198.51.100.1',
      ...appOptions,
      repo: this.repo,
      clock: this.clock,
    });
  }

  static async start(options: TestServerOptions = {}): Promise<TestServer> {
    const dataDir = mkdtempSync(join(tmpdir(), 'statement-lens-server-'));
    const database = await (options.backend ?? sqliteBackend).open(dataDir);
    return new TestServer(options.clock ?? new ManualClock(), dataDir, database, options);
  }

  /**
   * The same app behind a real HTTP listener on loopback, for tests that hold requests on the wire and release
   * them together so that their handlers really overlap (app.request has no wire to hold them on).
   * `received` counts requests whose headers the listener has parsed.
   */
  async listen(): Promise<{ url: string; received(): number; close(): Promise<void> }> {
    const listener = serve({ fetch: this.app.fetch, port: 0, hostname: '127.0.0.1' });
    let received = 0;
    listener.on('request', () => received++);
    await new Promise<void>((ready) => listener.once('listening', ready));
    return {
      url: `http://127.0.0.1:${(listener.address() as AddressInfo).port}`,
      received: () => received,
      close: () => new Promise<void>((done) => listener.close(() => done())),
    };
  }

  async close(): Promise<void> {
    await this.database.drop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async request(method: string, path: string, init: { json?: unknown; body?: string; token?: string; headers?: Record<string, string> } = {}): Promise<JsonResponse> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    let body: string | undefined = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['Content-Type'] = 'application/json';
    }
    const response = await this.app.request(path, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? null : (JSON.parse(text) as unknown) };
  }

  /** Creates an account and signs in; returns what later requests need. */
  async signUp(name = 'Reporter'): Promise<{ id: string; email: string; password: string; token: string; displayName: string }> {
    const email = `${name.toLowerCase().replace(/\W/g, '')}-${randomUUID()}@example.kz`;
    const password = `pw-${randomUUID()}`;
    const created = await this.request('POST', '/api/accounts', { json: { email, password, displayName: name } });
    if (created.status !== 201) throw new Error(`sign-up failed: ${created.status} ${JSON.stringify(created.body)}`);
    const session = await this.request('POST', '/api/sessions', { json: { email, password } });
    if (session.status !== 201) throw new Error(`sign-in failed: ${session.status}`);
    return {
      id: (created.body as { id: string }).id,
      email,
      password,
      displayName: name,
      token: (session.body as { token: string }).token,
    };
  }
}

export function newComment(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    url: 'https://news.example.kz/2026/03/budget?utm_source=tg#comments',
    quote: { exact: 'We will balance the budget by 2027', prefix: 'The minister said: «', suffix: '», adding' },
    text: 'The 2025 budget had a 3.1% deficit; the claim needs context.',
    ...overrides,
  };
}

export function errorCode(body: unknown): string | undefined {
  return (body as { error?: { code?: string } } | null)?.error?.code;
}
