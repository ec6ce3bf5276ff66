import { serve } from '@hono/node-server';
import { Server } from 'node:http';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp, type Log } from './app';
import { readConfig } from './config';
import { openRepository } from './db/open';

/** Connections still open this long after SIGTERM are cut, so a deploy never hangs on a slow client. */
const SHUTDOWN_GRACE_MS = 10_000;

const log: Log = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

function forwardedFor(c: Context): string {
  // The last entry is the one our own proxy appended; earlier ones are whatever the client claimed.
  const last = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
  return last || (getConnInfo(c).remote.address ?? 'unknown');
}

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const repo = await openRepository(config);
  const app = createApp({
    repo,
    allowedOrigins: config.allowedOrigins,
    sessionTtlMs: config.sessionTtlMs,
    clientIp: config.trustProxy ? forwardedFor : undefined,
    log,
  });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    log({
      level: 'info',
      msg: 'listening',
      host: info.address,
      port: info.port,
      database: config.databaseUrl ? 'postgres' : 'sqlite',
    });
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log({ level: 'info', msg: 'shutting down', signal });
    const force = setTimeout(() => {
      log({ level: 'warn', msg: 'connections still open after grace period; exiting' });
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      repo.close().then(
        () => {
          log({ level: 'info', msg: 'stopped' });
          process.exit(0);
        },
        (error: unknown) => {
          log({ level: 'error', msg: 'closing the database failed', error: String(error) });
          process.exit(1);
        },
      );
    });
    // Idle keep-alive sockets would otherwise hold close() open until they time out.
    if (server instanceof Server) server.closeIdleConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  log({ level: 'error', msg: 'failed to start', error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
