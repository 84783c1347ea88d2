/**
 * What the adapters that speak HTTP share (the HTTP adapter's transport and the help-desk
 * adapters' vendor layer): status → error code, `Retry-After`, the backoff with jitter, and an
 * abortable wait.
 */
import { AdapterError, type AdapterErrorCode } from './contract.js';

/** When and how often a request may be repeated. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff step in ms; doubles each retry. */
  baseDelayMs: number;
  /** Longest wait between two attempts, in ms. */
  maxDelayMs: number;
}

/** The error code an HTTP status means. */
export function codeForStatus(status: number): AdapterErrorCode {
  switch (status) {
    case 400: case 422: return 'invalid_request';
    case 401: return 'unauthorized';
    case 403: return 'forbidden';
    case 404: case 410: return 'not_found';
    case 408: return 'timeout';
    case 409: return 'conflict';
    case 413: return 'too_large';
    case 429: return 'rate_limited';
    case 501: return 'unsupported';
    default: return status >= 500 ? 'unavailable' : 'invalid_request';
  }
}

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed));
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export function abortError(): AdapterError {
  return new AdapterError('aborted', 'The request was cancelled.');
}

/** Waits `ms`, or rejects with `aborted` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The wait before retry number `attempt` (0-based): "equal jitter" — half the exponential step plus
 * a random half — so clients that failed together do not come back together. A `Retry-After`
 * from the server wins when it is longer.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number, retryAfterSeconds?: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  const jittered = step / 2 + random() * (step / 2);
  return retryAfterSeconds === undefined ? jittered : Math.max(jittered, retryAfterSeconds * 1000);
}
