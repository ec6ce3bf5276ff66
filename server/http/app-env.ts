import type { Repository } from '../db/repository';
import type { Clock } from '../clock';
import type { RateLimiter } from './rate-limit';

/** What every route needs, built once in app.ts. */
export interface Services {
  repo: Repository;
  clock: Clock;
  limiter: RateLimiter;
  sessionTtlMs: number;
}

export interface SignedInAccount {
  id: string;
  displayName: string;
}

/** Per-request values set by middleware (typed `c.get`/`c.var`). */
export interface AppEnv {
  Variables: {
    clientIp: string;
    account: SignedInAccount;
    /** Hash of the bearer token of this request; sign-out deletes by it. */
    tokenHash: string;
  };
}
