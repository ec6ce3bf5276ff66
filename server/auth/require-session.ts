import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error';
import type { AppEnv, Services } from '../http/app-env';
import { bearerToken, hashSessionToken } from './session-token';

/** Rejects the request with 401 unless it carries a live session token; otherwise sets `account`. */
export function requireSession({ repo, clock }: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    if (!token) throw new ApiError(401, 'unauthorized', 'Sign in first.', { 'WWW-Authenticate': 'Bearer' });
    const tokenHash = hashSessionToken(token);
    const session = await repo.findSession(tokenHash);
    if (!session || session.expiresAt <= clock.now()) {
      throw new ApiError(401, 'unauthorized', 'The session has expired or was ended; sign in again.', {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
    }
    c.set('account', { id: session.accountId, displayName: session.displayName });
    c.set('tokenHash', tokenHash);
    await next();
  };
}
