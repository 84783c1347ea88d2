/**
 * Browser-side helpers for tests against the reference server, which `http-server-plugin.mjs`
 * runs (one per test file and browser): start/kill/revive it, call its agent API and test hooks,
 * sign user identities the way an integrator's backend would.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { ConversationEvent } from '../../src/adapters/schemas.js';
import type { AdapterError, SupportAdapter } from '../../src/adapters/contract.js';
import { createHttpAdapter, type HttpAdapterOptions } from '../../src/adapters/http/index.js';
import { validated } from '../../src/adapters/validated.js';

export interface ReferenceServer {
  url: string;
  agentToken: string;
  identitySecret: string;
}

type Action = 'start' | 'kill' | 'terminate' | 'revive' | 'dispose' | 'inspect';

export async function serverCommand<T = ReferenceServer>(action: Action, extra: Record<string, unknown> = {}): Promise<T> {
  return (await executeServerCommand('lifebuoy-server', { action, ...extra })) as T;
}

export function startServer(env: Record<string, string> = {}): Promise<ReferenceServer> {
  return serverCommand('start', { env });
}

/** The settings the browser tests run the server with: 3 MB uploads, and every test a new visitor from one address. */
export const TEST_SERVER_ENV: Record<string, string> = {
  LIFEBUOY_MAX_UPLOAD_BYTES: String(3 * 1024 * 1024),
  LIFEBUOY_RATE_LIMITS: JSON.stringify({ visitor: { limit: 10_000, windowSeconds: 60 }, create: { limit: 10_000, windowSeconds: 60 } }),
};

/** A validated HTTP adapter with fast retries, as the widget would hold it. */
export function httpAdapter(server: ReferenceServer, options: Partial<HttpAdapterOptions> = {}): SupportAdapter {
  return validated(createHttpAdapter({
    baseUrl: server.url,
    rememberVisitor: false,
    timeoutMs: 5000,
    retryBaseDelayMs: 50,
    retryMaxDelayMs: 500,
    ...options,
  }));
}

/** Calls the server's agent API (or test hooks) with the agent token. */
export async function agentApi<T = unknown>(server: ReferenceServer, method: string, path: string, body?: unknown, name = 'Ada Agent'): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${server.agentToken}`,
      'X-Lifebuoy-Agent-Name': encodeURIComponent(name),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface Fault {
  operation: string;
  times?: number;
  status?: number;
  retryAfter?: number;
  delayMs?: number;
  dropResponse?: boolean;
  throttleBytesPerSecond?: number;
}

/** Replaces the server's injected faults (test hooks). */
export function injectFaults(server: ReferenceServer, faults: Fault[]): Promise<unknown> {
  return agentApi(server, 'PUT', '/__test/faults', { faults });
}

const encoder = new TextEncoder();
const base64url = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function hmac(secret: string, value: string): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return crypto.subtle.sign('HMAC', key, encoder.encode(value));
}

/** An HS256 JWT as the integrator's backend would sign it. */
export async function signJwt(claims: Record<string, unknown>, secret: string): Promise<string> {
  const header = base64url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));
  const payload = base64url(encoder.encode(JSON.stringify(claims)));
  return `${header}.${payload}.${base64url(await hmac(secret, `${header}.${payload}`))}`;
}

/** Intercom-style user hash: hex(HMAC-SHA256(secret, uid)). */
export async function userHash(uid: string, secret: string): Promise<string> {
  return Array.from(new Uint8Array(await hmac(secret, uid)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function sha256(blob: Blob): Promise<string> {
  return base64url(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
}

/**
 * Follows a conversation the way the chat store does: on a broken stream it resubscribes (after a
 * short pause) from the last seq it saw. Records every event delivered and every error.
 */
export function follow(adapter: SupportAdapter, conversationId: string, pauseMs = 150) {
  const events: ConversationEvent[] = [];
  const errors: AdapterError[] = [];
  let last = 0;
  let stopped = false;
  let subscription: { close(): void } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connect = () => {
    subscription = adapter.chat!.subscribe(conversationId, last, {
      onEvent(event) {
        events.push(event);
        last = event.seq;
      },
      onError(error) {
        errors.push(error);
        subscription?.close();
        if (!stopped) timer = setTimeout(connect, pauseMs);
      },
    });
  };
  connect();
  return {
    events,
    errors,
    get lastSeq() {
      return last;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      subscription?.close();
    },
  };
}
