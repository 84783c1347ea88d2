/**
 * The HTTP adapter's transport: one request with a timeout, retried with exponential backoff and
 * jitter when (and only when) repeating it is safe, and every failure turned into an `AdapterError`
 * whose code comes from the HTTP status. Uploads go through XMLHttpRequest, the one browser API that
 * reports upload progress.
 */
import { AdapterError, type AdapterErrorCode } from '../contract.js';
import { abortError, backoffDelay, codeForStatus, parseRetryAfter, sleep, type RetryPolicy } from '../http-common.js';

import { stringifyJson } from '../../core/json.js';
import { expandPath, HEADERS, type Route } from './routes.js';

export interface TransportConfig extends RetryPolicy {
  baseUrl: string;
  /** Per attempt, in ms. Default 15000. */
  timeoutMs: number;
  /** Per upload attempt, in ms. Default 300000. */
  uploadTimeoutMs: number;
  fetch: typeof fetch;
  /** Identity headers, computed per request (they may need a visitor session first). */
  authHeaders: () => Promise<Record<string, string>>;
  /**
   * Called once per call when the backend rejects the identity (401), with the headers that attempt
   * sent (so a 401 for a credential already replaced is told apart from one for the current
   * credential): return true to retry with fresh headers.
   */
  onUnauthorized?: (sentHeaders: Record<string, string>) => Promise<boolean>;
  extraHeaders: Record<string, string>;
  random: () => number;
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Overrides the retry count (0 for fire-and-forget calls such as typing). */
  retries?: number;
  /** Skip identity headers (for creating the visitor session itself). */
  anonymous?: boolean;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/** The headers an attempt sent, filled in by the attempt (for `onUnauthorized`). */
interface SentHeaders {
  headers: Record<string, string>;
}

const KNOWN_CODES = new Set<AdapterErrorCode>([
  'network', 'timeout', 'unauthorized', 'forbidden', 'rate_limited', 'invalid_request', 'invalid_response',
  'not_found', 'conflict', 'too_large', 'unsupported', 'unavailable', 'aborted',
]);

/** Builds the AdapterError for a non-2xx response. A 4xx body may refine the code; 5xx and 429 keep theirs. */
export function errorFromResponse(status: number, bodyText: string, retryAfterHeader: string | null): AdapterError {
  let code = codeForStatus(status);
  let message = `The support service answered ${status}.`;
  let details: unknown;
  try {
    const parsed = JSON.parse(bodyText) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const error = parsed?.error;
    if (error && typeof error === 'object') {
      if (typeof error.message === 'string' && error.message) message = error.message.slice(0, 500);
      details = error.details;
      const bodyCode = error.code as AdapterErrorCode;
      if (status >= 400 && status < 500 && status !== 429 && KNOWN_CODES.has(bodyCode) && bodyCode !== 'rate_limited') code = bodyCode;
    }
  } catch {
    // not JSON (a proxy's error page): the status says enough
  }
  return new AdapterError(code, message, { retryAfter: parseRetryAfter(retryAfterHeader), details: { status, ...(details === undefined ? {} : { body: details }) } });
}

export class Transport {
  constructor(private readonly config: TransportConfig) {}

  url(route: Route, params?: Record<string, string>, query?: CallOptions['query']): string {
    const base = this.config.baseUrl.replace(/\/+$/, '');
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) search.set(key, String(value));
    const qs = search.toString();
    return `${base}${expandPath(route.path, params)}${qs ? `?${qs}` : ''}`;
  }

  /** Calls an operation; resolves with the parsed JSON body (undefined for 204). */
  async call<T = unknown>(route: Route, options: CallOptions = {}): Promise<T> {
    return this.withRetries(route, options, (sent) => this.once(route, options, sent)) as Promise<T>;
  }

  /** Uploads a file as the raw request body, reporting progress; retried only with an idempotency key. */
  async upload<T = unknown>(route: Route, file: Blob, options: CallOptions & { onProgress?: (fraction: number) => void }): Promise<T> {
    return this.withRetries(route, options, (sent) => this.uploadOnce(route, file, options, sent)) as Promise<T>;
  }

  private async withRetries(route: Route, options: CallOptions, attempt: (sent: SentHeaders) => Promise<unknown>): Promise<unknown> {
    const retryable = route.idempotent || Boolean(options.idempotencyKey);
    const retries = retryable ? (options.retries ?? this.config.retries) : 0;
    let reauthenticated = false;
    for (let tries = 0; ; tries++) {
      if (options.signal?.aborted) throw abortError();
      const sent: SentHeaders = { headers: {} };
      try {
        return await attempt(sent);
      } catch (thrown) {
        const error = AdapterError.from(thrown);
        if (error.code === 'unauthorized' && !reauthenticated && !options.anonymous && this.config.onUnauthorized) {
          reauthenticated = true;
          if (await this.config.onUnauthorized(sent.headers)) {
            tries--;
            continue;
          }
        }
        if (!error.retryable || tries >= retries || options.signal?.aborted) throw error;
        // A server asking for a longer pause than we would wait gets it from the UI, not a hidden wait.
        if (error.retryAfter !== undefined && error.retryAfter * 1000 > this.config.maxDelayMs) throw error;
        await sleep(backoffDelay(this.config, tries, this.config.random, error.retryAfter), options.signal);
      }
    }
  }

  private async headers(options: CallOptions, json: boolean): Promise<Record<string, string>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...this.config.extraHeaders };
    if (json) headers['Content-Type'] = 'application/json';
    if (options.idempotencyKey) headers[HEADERS.idempotencyKey] = options.idempotencyKey;
    if (!options.anonymous) Object.assign(headers, await this.config.authHeaders());
    return { ...headers, ...options.headers };
  }

  private async once(route: Route, options: CallOptions, sent: SentHeaders): Promise<unknown> {
    const hasBody = options.body !== undefined;
    const headers = await this.headers(options, hasBody);
    sent.headers = headers;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.config.timeoutMs);
    const forward = () => controller.abort();
    options.signal?.addEventListener('abort', forward, { once: true });
    try {
      let response: Response;
      try {
        response = await this.config.fetch(this.url(route, options.params, options.query), {
          method: route.method,
          headers,
          body: hasBody ? stringifyJson(options.body) : undefined,
          signal: controller.signal,
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch (error) {
        if (options.signal?.aborted) throw abortError();
        if (timedOut) throw new AdapterError('timeout', 'The support service did not answer in time.', { cause: error });
        throw new AdapterError('network', 'The support service could not be reached.', { cause: error });
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        if (options.signal?.aborted) throw abortError();
        if (timedOut) throw new AdapterError('timeout', 'The support service did not answer in time.', { cause: error });
        throw new AdapterError('network', 'The connection broke while reading the answer.', { cause: error });
      }
      if (!response.ok) throw errorFromResponse(response.status, text, response.headers.get('Retry-After'));
      return parseBody(response.status, text);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', forward);
    }
  }

  private async uploadOnce(route: Route, file: Blob, options: CallOptions & { onProgress?: (fraction: number) => void }, sent: SentHeaders): Promise<unknown> {
    const headers = await this.headers(options, false);
    sent.headers = headers;
    if (options.signal?.aborted) throw abortError();
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(route.method, this.url(route, options.params, options.query));
      xhr.timeout = this.config.uploadTimeoutMs;
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
      const onAbort = () => xhr.abort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => options.signal?.removeEventListener('abort', onAbort);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) options.onProgress?.(Math.min(1, event.loaded / event.total));
      };
      xhr.onload = () => {
        done();
        if (xhr.status < 200 || xhr.status >= 300) {
          reject(errorFromResponse(xhr.status, xhr.responseText, xhr.getResponseHeader('Retry-After')));
          return;
        }
        try {
          const body = parseBody(xhr.status, xhr.responseText);
          options.onProgress?.(1);
          resolve(body);
        } catch (error) {
          reject(error);
        }
      };
      xhr.onerror = () => {
        done();
        reject(new AdapterError('network', 'The upload was interrupted.'));
      };
      xhr.ontimeout = () => {
        done();
        reject(new AdapterError('timeout', 'The upload took too long.'));
      };
      xhr.onabort = () => {
        done();
        reject(abortError());
      };
      xhr.send(file);
    });
  }
}

function parseBody(status: number, text: string): unknown {
  if (status === 204 || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AdapterError('invalid_response', 'The support service sent a response that is not JSON.', { cause: error });
  }
}
