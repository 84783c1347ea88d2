/**
 * `createChatwootAdapter`: Lifebuoy on a Chatwoot installation (cloud or self-hosted).
 *
 * - chat: Chatwoot's public client API on an API-channel inbox (contacts, conversations,
 *   messages), realtime over its ActionCable WebSocket (`/cable`, RoomChannel + pubsub_token).
 * - articles (when `portalSlug` is given): the help-center portal's public JSON.
 * - attachments, tickets, channels, status, verification: left out — the public client API has
 *   no separate upload and no tickets; compose another adapter for those domains if needed.
 *
 * Identity: with `identify({ uid, token })` the contact is created with `identifier = uid` and
 * `identifier_hash = token` (HMAC-SHA256 of the uid with the inbox's HMAC token, computed by your
 * backend), so Chatwoot verifies it and shows the contact all of their conversations. Without a
 * uid the contact is anonymous. The contact's source id and pubsub token are remembered in
 * consent-gated storage (see core/storage.ts), so a reload resumes the conversation.
 *
 * See docs/adapters.md for configuration and for what was verified only against documentation.
 */
import { AdapterError, type SupportAdapter } from '../contract.js';
import type { ArticleFeedback, User } from '../schemas.js';
import { StoredValue } from '../../core/stored-value.js';
import { contactSchema, type MessageNames } from './api.js';
import { createChatwootArticles } from './articles.js';
import type { CableOptions } from './cable.js';
import { createChatwootChat, type ContactSession, type EchoMemory } from './chat.js';
import { createVendorHttp } from './vendor-http.js';

export interface ChatwootAdapterOptions {
  /** Your Chatwoot installation, e.g. "https://app.chatwoot.com" (or a same-origin proxy). */
  baseUrl: string;
  /** The API channel inbox's identifier (Settings → Inboxes → the inbox → Configuration). */
  inboxIdentifier: string;
  /** The help-center portal's slug; without it the adapter has no articles domain. */
  portalSlug?: string;
  /** The ActionCable URL. Default: `baseUrl` with ws(s):// and `/cable`. */
  websocketUrl?: string;
  /** Lifebuoy locale → portal locale, e.g. `{ "zh-CN": "zh_CN" }`. Others are used as given. */
  localeMap?: Record<string, string>;
  /**
   * Sent as a message when the user asks for a human while a Chatwoot agent bot holds the
   * conversation (status `pending`); your bot should hand off on it. Without it, asking for a
   * human during the bot step is `unsupported`.
   */
  handoffMessage?: string;
  /** Receives "was this helpful?" votes (Chatwoot portals have no public vote endpoint). */
  onArticleFeedback?: (feedback: ArticleFeedback) => void | Promise<void>;
  /** Remember the contact across reloads in consent-gated storage. Default true. */
  persistContact?: boolean;
  /** Names shown when Chatwoot sends none: the visitor, an agent, system messages. */
  names?: Partial<MessageNames>;
  /** Per request, in ms. Default 15000. */
  timeoutMs?: number;
  /** Retries of failed GETs. Default 2. */
  retries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** Realtime connection timings (stale connection, connect timeout, presence interval). */
  cable?: Omit<CableOptions, 'WebSocket'>;
  fetch?: typeof fetch;
  WebSocket?: typeof WebSocket;
}

interface StoredContact {
  identity: string;
  sourceId: string;
  pubsubToken: string;
  contactId: number;
  /** Recent clientId → message id pairs, newest last. */
  echoes: [string, string][];
}

const MAX_ECHOES = 200;

function parseStored(raw: unknown): StoredContact | undefined {
  const value = raw as Partial<StoredContact> | null;
  if (!value || typeof value !== 'object') return undefined;
  if (typeof value.identity !== 'string' || typeof value.sourceId !== 'string' || typeof value.pubsubToken !== 'string' || typeof value.contactId !== 'number') return undefined;
  const echoes = Array.isArray(value.echoes) ? value.echoes.filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') : [];
  return { identity: value.identity, sourceId: value.sourceId, pubsubToken: value.pubsubToken, contactId: value.contactId, echoes: echoes.slice(-MAX_ECHOES) };
}

/** A short stable key for the installation + inbox, so several Chatwoot widgets can coexist. */
function storageKey(baseUrl: string, inbox: string): string {
  let hash = 2166136261;
  for (const char of `${baseUrl}|${inbox}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return `chatwoot:${(hash >>> 0).toString(36)}`;
}

export function createChatwootAdapter(options: ChatwootAdapterOptions): SupportAdapter {
  if (!options.inboxIdentifier) throw new AdapterError('invalid_request', 'Chatwoot: inboxIdentifier is required.');
  const http = createVendorHttp({
    vendor: 'Chatwoot',
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    retryBaseDelayMs: options.retryBaseDelayMs,
    retryMaxDelayMs: options.retryMaxDelayMs,
    errorMessage: (body) => {
      const value = body as { error?: unknown; message?: unknown } | undefined;
      const text = typeof value?.error === 'string' ? value.error : typeof value?.message === 'string' ? value.message : undefined;
      return text?.slice(0, 300);
    },
  });
  const cableUrl = options.websocketUrl ?? `${http.baseUrl.replace(/^http/, 'ws')}/cable`;
  const persist = options.persistContact ?? true;
  const stored = new StoredValue<StoredContact>(storageKey(http.baseUrl, options.inboxIdentifier), parseStored);

  let user: User | null = null;
  let saved: StoredContact | undefined = persist ? stored.read() : undefined;
  let session: Promise<ContactSession | null> | undefined;
  const inboxPath = `/public/api/v1/inboxes/${encodeURIComponent(options.inboxIdentifier)}/contacts`;

  const identity = () => (user?.uid ? `uid:${user.uid}` : 'anonymous');
  const save = (value: StoredContact | undefined) => {
    saved = value;
    if (persist) stored.write(value);
  };

  const echoes: EchoMemory = {
    messageIdOf: (clientId) => saved?.echoes.find(([c]) => c === clientId)?.[1],
    clientIdOf: (messageId) => saved?.echoes.find(([, m]) => m === messageId)?.[0],
    remember(clientId, messageId) {
      if (!saved || saved.echoes.some(([c, m]) => c === clientId && m === messageId)) return;
      save({ ...saved, echoes: [...saved.echoes.filter(([c]) => c !== clientId), [clientId, messageId] as [string, string]].slice(-MAX_ECHOES) });
    },
  };

  const resolveContact = async (create: boolean, signal?: AbortSignal): Promise<ContactSession | null> => {
    if (saved && saved.identity === identity()) {
      try {
        const contact = await http.json(`${inboxPath}/${encodeURIComponent(saved.sourceId)}`, contactSchema, 'contact', { signal });
        if (contact.pubsub_token !== saved.pubsubToken) save({ ...saved, pubsubToken: contact.pubsub_token });
        return { sourceId: saved.sourceId, pubsubToken: contact.pubsub_token, contactId: contact.id };
      } catch (error) {
        if (AdapterError.from(error).code !== 'not_found') throw error;
        save(undefined); // the contact is gone: start afresh
      }
    }
    if (!create) return null;
    const body: Record<string, string> = {};
    if (user?.uid) body.identifier = user.uid;
    if (user?.uid && user.token) body.identifier_hash = user.token;
    if (user?.name) body.name = user.name;
    if (user?.email) body.email = user.email;
    const contact = await http.json(inboxPath, contactSchema, 'contact', { method: 'POST', body, signal });
    save({ identity: identity(), sourceId: contact.source_id, pubsubToken: contact.pubsub_token, contactId: contact.id, echoes: [] });
    return { sourceId: contact.source_id, pubsubToken: contact.pubsub_token, contactId: contact.id };
  };

  /** The contact, resolved once per identity (concurrent callers share the attempt). */
  function contactSession(wanted: boolean, signal?: AbortSignal): Promise<ContactSession | null> {
    // An identified user has a contact already (Chatwoot matches the identifier): resolving it
    // shows their conversations from other devices.
    const create = wanted || Boolean(user?.uid);
    const current = session;
    if (current) return current.then((found) => (found || !create ? found : contactSession(create, signal)));
    const attempt = resolveContact(create, signal);
    session = attempt;
    const forget = () => {
      if (session === attempt) session = undefined;
    };
    attempt.then((found) => {
      if (!found) forget();
    }, forget);
    return attempt;
  }

  const chat = createChatwootChat({
    http,
    inbox: options.inboxIdentifier,
    cableUrl,
    cable: { ...options.cable, WebSocket: options.WebSocket },
    names: { contact: 'Visitor', agent: 'Support', system: 'Support', ...options.names },
    handoffMessage: options.handoffMessage,
    echoes,
    contact: contactSession,
  });

  const articles = options.portalSlug
    ? createChatwootArticles({
      http,
      portalSlug: options.portalSlug,
      locale: (locale) => options.localeMap?.[locale] ?? locale,
      onFeedback: options.onArticleFeedback,
    })
    : undefined;

  return {
    name: 'chatwoot',
    async identify(next) {
      const before = identity();
      user = next;
      if (identity() !== before || next === null) {
        chat.reset();
        session = undefined;
        if (next === null || (saved && saved.identity !== identity())) save(undefined);
      }
    },
    chat,
    ...(articles ? { articles } : {}),
    dispose() {
      chat.reset();
    },
  };
}

export type { MessageNames } from './api.js';
