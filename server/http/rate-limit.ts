import type { Clock } from '../clock';
import { ApiError } from './api-error';

/** A token bucket: `burst` requests at once, refilled continuously at `perMinute`. */
export interface BucketRule {
  burst: number;
  perMinute: number;
}

/** Which actions are limited, and by what key. Sign-in is limited per target account too, so one IP-hopping attacker cannot guess one password quickly. */
export interface RateLimitRules {
  signInPerIp: BucketRule;
  signInPerAccount: BucketRule;
  accountCreationPerIp: BucketRule;
  writesPerIp: BucketRule;
  writesPerAccount: BucketRule;
}

export const defaultRateLimits: RateLimitRules = {
  signInPerIp: { burst: 20, perMinute: 10 },
  signInPerAccount: { burst: 10, perMinute: 2 },
  accountCreationPerIp: { burst: 5, perMinute: 1 },
  writesPerIp: { burst: 120, perMinute: 60 },
  writesPerAccount: { burst: 60, perMinute: 30 },
};

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Above this many buckets, refilled (idle) ones are swept so memory stays bounded under address churn. */
const SWEEP_THRESHOLD = 10_000;
/** Sweeps are O(buckets); spacing them out keeps a flood of distinct keys from making every request slow. */
const SWEEP_INTERVAL_MS = 10_000;
/**
 * Beyond this, the oldest buckets are dropped even if not yet refilled: forgetting a few limits
 * (failing open for those keys) is better than running out of memory.
 */
const MAX_BUCKETS = 200_000;

/** In-memory buckets: enough for one process. Several instances would each allow the full rate. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly rules: RateLimitRules,
    private readonly clock: Clock,
  ) {}

  /** Takes one token from the bucket for `key`, or throws a 429 that says when to retry. */
  take(rule: keyof RateLimitRules, key: string): void {
    const { burst, perMinute } = this.rules[rule];
    const now = this.clock.now();
    const id = `${rule}\u0000${key}`;
    const bucket = this.buckets.get(id) ?? { tokens: burst, updatedAt: now };
    const perMs = perMinute / 60_000;
    bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;

    if (bucket.tokens < 1) {
      this.buckets.set(id, bucket);
      const waitSeconds = perMs > 0 ? Math.ceil((1 - bucket.tokens) / perMs / 1000) : 3600;
      throw new ApiError(429, 'rate_limited', 'Too many requests; try again later.', {
        'Retry-After': String(Math.max(1, waitSeconds)),
      });
    }
    bucket.tokens -= 1;
    this.buckets.set(id, bucket);
    if (this.buckets.size > SWEEP_THRESHOLD && now - this.lastSweep >= SWEEP_INTERVAL_MS) this.sweep(now);
    if (this.buckets.size > MAX_BUCKETS) this.dropOldest(this.buckets.size - MAX_BUCKETS);
  }

  /** How many buckets are held (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [id, bucket] of this.buckets) {
      const rule = this.rules[id.slice(0, id.indexOf('\u0000')) as keyof RateLimitRules];
      const refilled = bucket.tokens + (now - bucket.updatedAt) * (rule.perMinute / 60_000);
      if (refilled >= rule.burst) this.buckets.delete(id);
    }
  }

  private dropOldest(count: number): void {
    // A Map iterates in insertion order, so the first keys are the ones created longest ago.
    let dropped = 0;
    for (const id of this.buckets.keys()) {
      if (dropped++ >= count) break;
      this.buckets.delete(id);
    }
  }
}
