import { describe, expect, it } from 'vitest';
import { ApiError } from '../../server/http/api-error';
import { RateLimiter } from '../../server/http/rate-limit';
import { ManualClock, relaxedRateLimits } from './helpers';

describe('RateLimiter', () => {
  const rules = { ...relaxedRateLimits, signInPerIp: { burst: 2, perMinute: 30 } };

  function retryAfterOf(action: () => void): string | undefined {
    try {
      action();
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) return error.headers['Retry-After'];
      throw error;
    }
    return undefined;
  }

  it('allows a burst, then refills one token every 60/perMinute seconds', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(rules, clock);
    limiter.take('signInPerIp', 'a');
    limiter.take('signInPerIp', 'a');
    expect(retryAfterOf(() => limiter.take('signInPerIp', 'a'))).toBe('2');
    clock.advance(1_000);
    expect(retryAfterOf(() => limiter.take('signInPerIp', 'a'))).toBe('1');
    clock.advance(1_000);
    expect(retryAfterOf(() => limiter.take('signInPerIp', 'a'))).toBeUndefined();
  });

  it('keeps keys and rules apart', () => {
    const limiter = new RateLimiter(rules, new ManualClock());
    limiter.take('signInPerIp', 'a');
    limiter.take('signInPerIp', 'a');
    expect(retryAfterOf(() => limiter.take('signInPerIp', 'b'))).toBeUndefined();
    expect(retryAfterOf(() => limiter.take('writesPerIp', 'a'))).toBeUndefined();
  });

  it('forgets idle buckets, so a flood of distinct addresses does not grow memory without bound', () => {
    const clock = new ManualClock();
    const limiter = new RateLimiter(rules, clock);
    for (let i = 0; i < 10_001; i++) limiter.take('signInPerIp', `198.51.${i >> 8}.${i & 255}`);
    expect(limiter.size).toBe(10_001);
    clock.advance(60_000);
    limiter.take('signInPerIp', 'fresh');
    expect(limiter.size).toBe(1);
  });
});
