import { Hono } from 'hono';
import { decoyPasswordHash, verifyPassword } from '../auth/password';
import { requireSession } from '../auth/require-session';
import { createSessionToken, hashSessionToken } from '../auth/session-token';
import { ApiError } from '../http/api-error';
import type { AppEnv, Services } from '../http/app-env';
import { readJsonBody } from '../http/validation';
import { emailKey } from '../db/repository';
import { signInBody } from '../schemas';

export function sessionRoutes(services: Services): Hono<AppEnv> {
  const { repo, clock, limiter, sessionTtlMs } = services;

  return new Hono<AppEnv>()
    .post('/', async (c) => {
      limiter.take('signInPerIp', c.var.clientIp);
      const body = await readJsonBody(c, signInBody);
      limiter.take('signInPerAccount', emailKey(body.email));

      const account = await repo.findAccountByEmail(body.email);
      // Unknown emails are checked against a decoy hash: same work, same time, same answer.
      const matches = await verifyPassword(body.password, account?.passwordHash ?? (await decoyPasswordHash()));
      if (!account || !matches) throw new ApiError(401, 'invalid_credentials', 'Wrong email or password.');

      const now = clock.now();
      await repo.deleteExpiredSessions(now);
      const token = createSessionToken();
      const expiresAt = now + sessionTtlMs;
      await repo.createSession({ tokenHash: hashSessionToken(token), accountId: account.id, createdAt: now, expiresAt });
      // Who signed in comes with the session, so a client can bind its offline outbox to this account's id.
      return c.json(
        { token, expiresAt: new Date(expiresAt).toISOString(), account: { id: account.id, email: account.email, displayName: account.displayName } },
        201,
      );
    })
    .delete('/', requireSession(services), async (c) => {
      await repo.deleteSession(c.var.tokenHash);
      return c.body(null, 204);
    });
}
