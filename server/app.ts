import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { systemClock, type Clock } from './clock';
import type { Repository } from './db/repository';
import { ApiError, errorResponse } from './http/api-error';
import type { AppEnv, Services } from './http/app-env';
import { extensionCors } from './http/cors';
import { defaultRateLimits, RateLimiter, type RateLimitRules } from './http/rate-limit';
import { securityHeaders } from './http/security-headers';
import { accountRoutes } from './routes/accounts';
import { commentRoutes } from './routes/comments';
import { healthRoutes } from './routes/health';
import { sessionRoutes } from './routes/sessions';
import { LIMITS } from './schemas';

/** Structured log sink. Entries never contain tokens, passwords or request bodies. */
export type Log = (entry: Record<string, unknown>) => void;

export interface AppOptions {
  repo: Repository;
  clock?: Clock;
  rateLimits?: RateLimitRules;
  /** Exact origins allowed besides chrome-extension:// and moz-extension:// ones. */
  allowedOrigins?: Iterable<string>;
  sessionTtlMs?: number;
  /** Who is calling, for per-IP rate limits. Defaults to the socket's remote address. */
  clientIp?: (c: Context) => string;
  log?: Log;
}

export const DEFAULT_SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (app.request in tests): no socket to ask.
    return 'unknown';
  }
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  const clientIp = options.clientIp ?? socketAddress;
  const services: Services = {
    repo: options.repo,
    clock,
    limiter: new RateLimiter(options.rateLimits ?? defaultRateLimits, clock),
    sessionTtlMs: options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
  };

  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    log({ level: 'error', msg: 'unhandled error', method: c.req.method, path: c.req.path, error: String(error), stack: error.stack });
    return errorResponse(c, new ApiError(500, 'internal', 'Something went wrong on the server.'));
  });
  app.notFound((c) => errorResponse(c, new ApiError(404, 'not_found', 'No such endpoint.')));

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('clientIp', clientIp(c));
    await next();
    // The path only: queries carry article URLs, which are the reader's browsing history.
    log({ level: 'info', method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) });
  });
  app.use('*', securityHeaders());
  app.use('*', extensionCors(new Set(options.allowedOrigins ?? [])));
  // Checked from Content-Length (or while streaming) before anything parses the body.
  app.use(
    '*',
    bodyLimit({
      maxSize: LIMITS.requestBodyBytes,
      onError: (c) =>
        errorResponse(c, new ApiError(413, 'payload_too_large', `Request bodies are limited to ${LIMITS.requestBodyBytes} bytes.`)),
    }),
  );

  app.route('/api/health', healthRoutes());
  app.route('/api/accounts', accountRoutes(services));
  app.route('/api/sessions', sessionRoutes(services));
  app.route('/api/comments', commentRoutes(services));

  return app;
}
