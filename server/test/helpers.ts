/** Starts the reference server in-process on a free port with a fresh data directory. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';

export const AGENT_TOKEN = 'agent-token-for-tests';
export const IDENTITY_SECRET = 'identity-secret-for-tests';

export interface TestServer {
  app: App;
  url: string;
  dataDir: string;
  /** Stops the server (keeping its data unless `wipe`). */
  stop(wipe?: boolean): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'lifebuoy-test-'))): Promise<TestServer> {
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    LIFEBUOY_DATA_DIR: dataDir,
    LIFEBUOY_AGENT_TOKEN: AGENT_TOKEN,
    LIFEBUOY_IDENTITY_SECRET: IDENTITY_SECRET,
    LIFEBUOY_BOT_DELAY_MS: '0',
    LIFEBUOY_TEST_HOOKS: '1',
    LIFEBUOY_SHUTDOWN_GRACE_MS: '2000',
    ...env,
  });
  const app = await createApp(config);
  const url = await app.listen();
  return {
    app,
    url,
    dataDir,
    async stop(wipe = true) {
      await app.stop();
      if (wipe) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Reply<T = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  status: number;
  headers: Headers;
  body: T;
}

/** fetch + JSON, never throwing on HTTP errors. */
export async function call<T = any>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<Reply<T>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const { json, ...rest } = init;
  const response = await fetch(url, {
    ...rest,
    headers: { ...(json === undefined ? {} : { 'Content-Type': 'application/json' }), ...(rest.headers as Record<string, string>) },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // keep the text
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

export async function visitor(base: string): Promise<Record<string, string>> {
  const { body } = await call<{ token: string }>(`${base}/v1/visitors`, { method: 'POST' });
  return { 'X-Lifebuoy-Visitor': body.token };
}

export const agent = { Authorization: `Bearer ${AGENT_TOKEN}`, 'X-Lifebuoy-Agent-Name': 'Ada' };
