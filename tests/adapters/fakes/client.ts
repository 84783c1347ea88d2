/**
 * Browser-side access to the vendor fakes that `plugin.mjs` runs: where they listen, a fresh
 * tenant (isolated account) per test, and the fakes' control routes (the agent's side, fault
 * injection, state for assertions).
 */

export interface FakeUrls {
  chatwoot: string;
  zendesk: string;
}

let urls: Promise<FakeUrls> | undefined;

/** Where the fakes listen (fails clearly when the web-test-runner plugin is not installed). */
export function fakeUrls(): Promise<FakeUrls> {
  urls ??= fetch('/__fakes.json').then(async (response) => {
    const body = response.ok ? ((await response.json().catch(() => null)) as Partial<FakeUrls> | null) : null;
    if (!body?.chatwoot || !body.zendesk) {
      throw new Error('The vendor fakes are not running: add vendorFakesPlugin() from tests/adapters/fakes/plugin.mjs to the web-test-runner plugins.');
    }
    return body as FakeUrls;
  });
  return urls;
}

export interface Fault {
  method?: string;
  /** A regular expression over the path below the tenant (e.g. "^/api/v2/requests"). */
  path: string;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  times?: number;
  malformed?: true | 'text';
  dropResponse?: true;
  delayMs?: number;
}

export interface Tenant {
  id: string;
  baseUrl: string;
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  faults(faults: Fault[]): Promise<void>;
  dispose(): Promise<void>;
}

async function createTenant<T extends { id: string; baseUrl: string }>(origin: string, options: object): Promise<T & Tenant> {
  const response = await fetch(`${origin}/__fake/tenants`, { method: 'POST', body: JSON.stringify(options) });
  if (!response.ok) throw new Error(`Could not create a fake tenant: ${response.status}`);
  const description = (await response.json()) as T;
  const control = async <R>(method: string, path: string, body?: unknown): Promise<R> => {
    const answer = await fetch(`${description.baseUrl}/__fake/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!answer.ok) throw new Error(`Fake control ${method} ${path} failed: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as R;
  };
  return {
    ...description,
    control,
    faults: async (faults) => {
      await control('POST', 'faults', faults);
    },
    dispose: async () => {
      await fetch(`${description.baseUrl}/__fake/tenant`, { method: 'DELETE' }).catch(() => {});
    },
  };
}

export interface ChatwootTenant extends Tenant {
  inboxIdentifier: string;
  hmacToken: string;
  portalSlug: string;
}

export async function chatwootTenant(options: { agentBot?: boolean; csat?: boolean; hmacMandatory?: boolean } = {}): Promise<ChatwootTenant> {
  return createTenant<ChatwootTenant>((await fakeUrls()).chatwoot, options);
}

export interface ZendeskUser {
  id: number;
  name: string;
  email: string;
  token: string;
}

export interface ZendeskTenant extends Tenant {
  users: { alice: ZendeskUser; bob: ZendeskUser };
  agentId: number;
  fields: { idempotency: number; category: number; uid: number; internal: number };
}

export async function zendeskTenant(options: { anonymousRequests?: boolean; autoAssign?: boolean; pageLimit?: number; maxUploadBytes?: number } = {}): Promise<ZendeskTenant> {
  return createTenant<ZendeskTenant>((await fakeUrls()).zendesk, options);
}

/** HMAC-SHA256 hex, as an integrator's backend computes Chatwoot's identifier_hash. */
export async function hmacHex(key: string, message: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = await crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(message));
  return [...new Uint8Array(signature)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
