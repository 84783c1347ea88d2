/**
 * The small HTTP layer the help-desk adapters share (Chatwoot, and Zendesk imports it too): one
 * JSON request with a timeout, safe retries (GETs only) with exponential backoff and jitter that
 * honour `Retry-After`, every failure as an `AdapterError` whose code comes from the status, and
 * every response parsed with a zod schema of the vendor's payload (so a malformed payload is an
 * `invalid_response`, never a silently half-read object).
 */
import type { z } from 'zod/mini';
import { stringifyJson } from '../../core/json.js';
import { AdapterError } from '../contract.js';
import { backoffDelay, codeForStatus, parseRetryAfter, sleep } from '../http-common.js';
import { parseResponse } from '../validated.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | boolean | undefined | null>;

export interface VendorHttpOptions {
  /** "Chatwoot", "Zendesk": used in error messages. */
  vendor: string;
  baseUrl: string;
  fetch?: typeof fetch;
  /** Per attempt, in ms. Default 15000. */
  timeoutMs?: number;
  /** Retries of a failed GET (network, timeout, 429, 5xx). Default 2. */
  retries?: number;
  /** First backoff step in ms (doubles each retry, with jitter). Default 300. */
  retryBaseDelayMs?: number;
  /** Longest wait between attempts, in ms; a longer `Retry-After` is not waited out. Default 5000. */
  retryMaxDelayMs?: number;
  /** Headers for every request (identity), computed per request. */
  headers?: () => Record<string, string>;
  /** Reads a human message from the vendor's error body. */
  errorMessage?: (body: unknown) => string | undefined;
  random?: () => number;
}

export interface VendorRequest {
  method?: Method;
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Overrides `retries` (GETs only are ever retried). */
  retries?: number;
  headers?: Record<string, string>;
}

export interface VendorHttp {
  readonly baseUrl: string;
  /** `baseUrl` + `path` + query string. */
  url(path: string, query?: Query): string;
  /** Sends a request and parses the JSON answer with `schema` (null: the body is ignored). */
  json<T>(path: string, schema: z.ZodMiniType<T> | null, where: string, request?: VendorRequest): Promise<T>;
  /** The same for an absolute URL the vendor gave (pagination); it must be on the base URL's origin. */
  follow<T>(url: string, schema: z.ZodMiniType<T>, where: string, request?: VendorRequest): Promise<T>;
}

/** A signal that fires when `outer` does or after `ms`; `timedOut()` tells which. */
function attemptSignal(outer: AbortSignal | undefined, ms: number) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  const onAbort = () => controller.abort();
  outer?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null) params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function createVendorHttp(options: VendorHttpOptions): VendorHttp {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  let origin: string;
  try {
    const parsed = new URL(baseUrl);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http');
    origin = parsed.origin;
  } catch {
    throw new AdapterError('invalid_request', `${options.vendor}: baseUrl must be an http(s) URL.`);
  }
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxDelay = options.retryMaxDelayMs ?? 5_000;
  const random = options.random ?? Math.random;

  async function failure(response: Response): Promise<AdapterError> {
    const text = await response.text().catch(() => '');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    const detail = options.errorMessage?.(body) ?? (typeof body === 'string' && body.length < 200 ? body.trim() : undefined);
    const code = codeForStatus(response.status);
    return new AdapterError(code, `${options.vendor} answered ${response.status}${detail ? `: ${detail}` : ''}.`, {
      retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
      details: { status: response.status, body },
    });
  }

  async function attempt(url: string, request: VendorRequest): Promise<unknown> {
    const method = request.method ?? 'GET';
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers?.(), ...request.headers };
    let body: BodyInit | undefined;
    if (request.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = stringifyJson(request.body);
    }
    const timing = attemptSignal(request.signal, timeoutMs);
    let response: Response;
    try {
      response = await doFetch(url, { method, headers, body, signal: timing.signal, credentials: 'omit' });
    } catch (error) {
      timing.done();
      if (request.signal?.aborted) throw new AdapterError('aborted', 'The request was cancelled.', { cause: error });
      if (timing.timedOut()) throw new AdapterError('timeout', `${options.vendor} did not answer in time.`, { cause: error });
      throw new AdapterError('network', `${options.vendor} could not be reached.`, { cause: error });
    }
    try {
      if (!response.ok) throw await failure(response);
      const text = await response.text();
      if (!text.trim()) return undefined;
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new AdapterError('invalid_response', `${options.vendor} sent a response that is not JSON.`, { cause: error });
      }
    } catch (error) {
      if (error instanceof AdapterError) throw error;
      if (request.signal?.aborted) throw new AdapterError('aborted', 'The request was cancelled.', { cause: error });
      if (timing.timedOut()) throw new AdapterError('timeout', `${options.vendor} did not answer in time.`, { cause: error });
      throw new AdapterError('network', `${options.vendor}'s answer was cut off.`, { cause: error });
    } finally {
      timing.done();
    }
  }

  async function send(url: string, request: VendorRequest): Promise<unknown> {
    const retries = (request.method ?? 'GET') === 'GET' ? (request.retries ?? options.retries ?? 2) : 0;
    for (let tried = 0; ; tried++) {
      try {
        return await attempt(url, request);
      } catch (error) {
        const adapterError = AdapterError.from(error);
        if (tried >= retries || !adapterError.retryable) throw adapterError;
        const backoff = backoffDelay({ retries, baseDelayMs: options.retryBaseDelayMs ?? 300, maxDelayMs: maxDelay }, tried, random);
        const wait = adapterError.retryAfter !== undefined ? adapterError.retryAfter * 1000 : backoff;
        if (wait > maxDelay) throw adapterError; // the vendor asked for longer than we wait silently
        await sleep(wait, request.signal);
      }
    }
  }

  const url = (path: string, query?: Query) => `${baseUrl}${path}${queryString(query)}`;

  return {
    baseUrl,
    url,
    async json<T>(path: string, schema: z.ZodMiniType<T> | null, where: string, request: VendorRequest = {}): Promise<T> {
      const value = await send(url(path, request.query), request);
      return schema ? parseResponse(schema, value, `${options.vendor} ${where}`) : (undefined as T);
    },
    async follow<T>(next: string, schema: z.ZodMiniType<T>, where: string, request: VendorRequest = {}): Promise<T> {
      let target: URL;
      try {
        target = new URL(next);
      } catch {
        throw new AdapterError('invalid_response', `${options.vendor} sent an invalid pagination link.`);
      }
      // Never send the user's token to another host.
      if (target.origin !== origin) throw new AdapterError('invalid_response', `${options.vendor} sent a pagination link to another host.`);
      const value = await send(target.toString(), request);
      return parseResponse(schema, value, `${options.vendor} ${where}`);
    },
  };
}
