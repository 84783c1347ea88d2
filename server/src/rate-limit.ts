/**
 * Per-caller rate limits: a token bucket per (class, caller) that refills continuously, so a
 * burst up to the limit is fine and a steady stream is held to limit/window. Kept in memory: one
 * server process is the unit this reference server scales to (see docs/server.md).
 */
import type { RateRule } from './config.js';
import { HttpError } from './http.js';
import type { RateClass } from './spec.js';

interface Bucket {
  tokens: number;
  updated: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly rules: Record<RateClass, RateRule>, private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** Takes one token or throws 429 with Retry-After. */
  take(rateClass: RateClass, caller: string): void {
    const rule = this.rules[rateClass];
    if (rule.limit === 0) return; // 0 = unlimited
    const key = `${rateClass}:${caller}`;
    const now = this.now();
    const perMs = rule.limit / (rule.windowSeconds * 1000);
    const bucket = this.buckets.get(key) ?? { tokens: rule.limit, updated: now };
    bucket.tokens = Math.min(rule.limit, bucket.tokens + (now - bucket.updated) * perMs);
    bucket.updated = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      throw new HttpError(429, 'rate_limited', `Too many requests; try again in ${retryAfter} s.`, undefined, { 'Retry-After': String(retryAfter) });
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, bucket] of this.buckets) {
      const rule = this.rules[key.slice(0, key.indexOf(':')) as RateClass];
      if (!rule || now - bucket.updated > rule.windowSeconds * 1000) this.buckets.delete(key);
    }
  }

  dispose(): void {
    clearInterval(this.sweeper);
  }
}
