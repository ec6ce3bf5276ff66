/** Time as the service sees it. Injected so tests can move time forward (token expiry, rate limits). */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
