/**
 * `HttpAdapter`: the widget's backend over the documented HTTP contract (docs/http-contract.md,
 * docs/openapi.json), as implemented by the reference server in `server/`.
 *
 * - Every call has a timeout; idempotent calls are retried with exponential backoff and jitter,
 *   creates only under an `Idempotency-Key` (the ticket's key, the message's clientId, one key per uploaded file).
 * - Identity: a signed user token as `Authorization: Bearer …` (JWT), or Intercom-style identity
 *   verification (`identity: 'user-hash'`: the uid and HMAC-SHA256(secret, uid) as headers).
 *   Without a token the user is an anonymous visitor with a server-issued visitor token, kept
 *   (after consent) so a reload resumes the conversation.
 * - Failures are `AdapterError`s with a code mapped from the HTTP status; responses are parsed by
 *   `validated()` like every adapter's.
 * - Conversation events arrive over Server-Sent Events and resume from a seq.
 */
import { AdapterError, type Domain, type SupportAdapter } from '../contract.js';
import type {
  Article, ArticleSummary, Attachment, AttachmentLimits, Category, Channel, Conversation, HistoryPage, Incident,
  Message, OfficialChannels, SearchResult, StaffSignatureCheck, Ticket, TicketDetail, TicketFormDefinition,
  TicketMessage, User,
} from '../schemas.js';
import { storageGate } from '../../core/storage.js';
import { subscribeToEvents } from './events.js';
import { HEADERS, ROUTES } from './routes.js';
import { Transport } from './transport.js';

export { ROUTES, HEADERS } from './routes.js';

export interface HttpAdapterOptions {
  /** The API root, e.g. "https://support.example.com" (the contract's paths start with /v1). */
  baseUrl: string;
  /**
   * How `user.token` is sent: `'bearer'` (default) as `Authorization: Bearer <token>` (a JWT your
   * backend signs), or `'user-hash'` as `X-Lifebuoy-User-Id: <uid>` and `X-Lifebuoy-User-Hash: <token>`
   * where the token is HMAC-SHA256(secret, uid) in hex (Intercom's identity verification).
   */
  identity?: 'bearer' | 'user-hash';
  /** Per request attempt, in ms. Default 15000. */
  timeoutMs?: number;
  /** Per upload attempt, in ms. Default 300000. */
  uploadTimeoutMs?: number;
  /** Retries of a call that is safe to repeat. Default 3. */
  retries?: number;
  /** First backoff step in ms (doubled each retry, with jitter). Default 300. */
  retryBaseDelayMs?: number;
  /** Longest wait between attempts in ms. Default 8000. */
  retryMaxDelayMs?: number;
  /** Extra headers for every request (e.g. a tenant id). */
  headers?: Record<string, string>;
  /** Domains the backend does not offer, e.g. `['status']`; their UI is hidden. */
  without?: Domain[];
  /** Keep the anonymous visitor's session across reloads (consent-gated storage). Default true. */
  rememberVisitor?: boolean;
  /** Replaces `fetch` (tests, instrumentation). */
  fetch?: typeof fetch;
  /**
   * Called when the backend refuses the signed-in user's token (401: a JWT that expired while the
   * page stayed open). Resolve with a fresh token from your backend and the refused call is sent
   * again with it, once; resolve with nothing (or reject) and the call fails with `unauthorized`.
   * Concurrent refusals share one refresh.
   */
  refreshToken?: (user: User) => Promise<string | null | undefined>;
}

/** A random id for idempotency keys (crypto.randomUUID needs a secure context; this does not). */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function resolveBaseUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== 'string' || !baseUrl.trim()) throw new AdapterError('invalid_request', 'The HTTP adapter needs a baseUrl.');
  let url: URL;
  try {
    url = new URL(baseUrl, globalThis.location?.href);
  } catch (error) {
    throw new AdapterError('invalid_request', `The HTTP adapter's baseUrl "${baseUrl}" is not a URL.`, { cause: error });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AdapterError('invalid_request', `The HTTP adapter's baseUrl must be http(s), not ${url.protocol}`);
  }
  return url.href.replace(/\/+$/, '');
}

export function createHttpAdapter(options: HttpAdapterOptions): SupportAdapter {
  const baseUrl = resolveBaseUrl(options?.baseUrl);
  const identityMode = options.identity ?? 'bearer';
  if (identityMode !== 'bearer' && identityMode !== 'user-hash') {
    throw new AdapterError('invalid_request', 'The HTTP adapter\'s identity option must be "bearer" or "user-hash".');
  }
  const visitorKey = `http-visitor:${baseUrl}`;
  const rememberVisitor = options.rememberVisitor ?? true;
  let user: User | null = null;
  let visitorToken: string | null = rememberVisitor ? storageGate.get(visitorKey) : null;
  let visitorRequest: Promise<string> | null = null;

  const forgetVisitor = () => {
    visitorToken = null;
    if (rememberVisitor) storageGate.set(visitorKey, null);
  };

  const visitor = (): Promise<string> => {
    if (visitorToken) return Promise.resolve(visitorToken);
    visitorRequest ??= transport
      .call<{ token: string }>(ROUTES.createVisitor, { anonymous: true })
      .then((body) => {
        if (typeof body?.token !== 'string' || !body.token) throw new AdapterError('invalid_response', 'The support service sent no visitor token.');
        visitorToken = body.token;
        if (rememberVisitor) storageGate.set(visitorKey, body.token);
        return body.token;
      })
      .finally(() => {
        visitorRequest = null;
      });
    return visitorRequest;
  };

  const authHeaders = async (): Promise<Record<string, string>> => {
    if (user?.token) {
      if (identityMode === 'user-hash') return { [HEADERS.userId]: user.uid ?? '', [HEADERS.userHash]: user.token };
      return { Authorization: `Bearer ${user.token}` };
    }
    return { [HEADERS.visitor]: await visitor() };
  };

  const transport: Transport = new Transport({
    baseUrl,
    timeoutMs: options.timeoutMs ?? 15_000,
    uploadTimeoutMs: options.uploadTimeoutMs ?? 300_000,
    retries: options.retries ?? 3,
    baseDelayMs: options.retryBaseDelayMs ?? 300,
    maxDelayMs: options.retryMaxDelayMs ?? 8_000,
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    extraHeaders: options.headers ?? {},
    random: Math.random,
    authHeaders,
    // A visitor token the server no longer accepts (its secret rotated): start a new visitor session
    // once. Only the token the refused request carried is dropped: when several calls are refused
    // together, the first starts the new session and the others retry with it — they must neither
    // fail (the token is already gone) nor drop the new session and start yet another one.
    onUnauthorized: async (sentHeaders) => {
      if (user?.token) return refreshUserToken(sentHeaders);
      const refused = sentHeaders[HEADERS.visitor];
      if (!refused) return false;
      if (visitorToken === refused) forgetVisitor();
      return true;
    },
  });

  // A signed-in user's token refused (expired): ask the page for a fresh one, once for all the calls
  // refused together. A call that sent a token already replaced just retries with the current one.
  let refreshing: Promise<boolean> | null = null;
  async function refreshUserToken(sentHeaders: Record<string, string>): Promise<boolean> {
    const current = user;
    if (!current?.token || !options.refreshToken) return false;
    const sent = identityMode === 'user-hash' ? sentHeaders[HEADERS.userHash] : sentHeaders.Authorization?.replace(/^Bearer /, '');
    if (sent !== current.token) return true;
    refreshing ??= (async () => {
      try {
        const token = await options.refreshToken!(current);
        if (typeof token !== 'string' || !token || token === current.token || user !== current) return false;
        user = { ...current, token };
        return true;
      } catch {
        return false;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  // One key per file, not per call: when the user retries a file whose upload the server stored
  // but whose answer was lost, the server hands back that upload instead of storing a second copy.
  const uploadKeys = new WeakMap<Blob, string>();
  const uploadKey = (file: Blob): string => {
    let key = uploadKeys.get(file);
    if (!key) uploadKeys.set(file, (key = randomKey()));
    return key;
  };

  const without = new Set(options.without ?? []);
  const offer = <T>(domain: Domain, api: T): T | undefined => (without.has(domain) ? undefined : api);

  const adapter: SupportAdapter = {
    name: 'http',

    async identify(next) {
      if (next?.token && identityMode === 'user-hash' && !next.uid) {
        throw new AdapterError('invalid_request', 'Identity verification with a user hash needs the user\'s uid.');
      }
      const previousVisitor = visitorToken;
      user = next;
      if (!next) {
        forgetVisitor();
        return;
      }
      const profile = { name: next.name, email: next.email, locale: next.locale, region: next.region };
      // Verifies the identity now (a bad token fails here, not in the middle of a chat) and, for a
      // visitor who just signed in, moves the visitor's conversations and tickets to the user.
      const merge = Boolean(next.token && previousVisitor);
      await transport.call(ROUTES.updateMe, {
        body: { profile },
        headers: merge ? { [HEADERS.mergeVisitor]: previousVisitor! } : undefined,
      });
      if (merge) forgetVisitor();
    },

    articles: offer('articles', {
      search: (query, o) => transport.call<SearchResult>(ROUTES.searchArticles, {
        query: { query: query.query, locale: query.locale, categoryId: query.categoryId, limit: query.limit },
        signal: o?.signal,
      }),
      get: (id, locale, o) => transport.call<Article>(ROUTES.getArticle, { params: { articleId: id }, query: { locale }, signal: o?.signal }),
      categories: (locale, o) => transport.call<Category[]>(ROUTES.listCategories, { query: { locale }, signal: o?.signal }),
      list: (p, o) => transport.call<ArticleSummary[]>(ROUTES.listArticles, {
        query: { locale: p.locale, categoryId: p.categoryId, limit: p.limit },
        signal: o?.signal,
      }),
      feedback: async (feedback, o) => {
        await transport.call(ROUTES.sendArticleFeedback, {
          params: { articleId: feedback.articleId },
          body: { helpful: feedback.helpful, comment: feedback.comment },
          signal: o?.signal,
        });
      },
    }),

    chat: offer('chat', {
      start: (input, o) => transport.call<Conversation>(ROUTES.startConversation, {
        body: input,
        idempotencyKey: input.clientId ?? randomKey(),
        signal: o?.signal,
      }),
      current: async (o) => (await transport.call<Conversation | null>(ROUTES.currentConversation, { signal: o?.signal })) ?? null,
      send: (conversationId, input, o) => transport.call<Message>(ROUTES.sendMessage, {
        params: { conversationId },
        body: input,
        idempotencyKey: input.clientId,
        signal: o?.signal,
      }),
      history: (conversationId, cursor, o) => transport.call<HistoryPage>(ROUTES.listMessages, {
        params: { conversationId },
        query: { cursor },
        signal: o?.signal,
      }),
      subscribe: (conversationId, afterSeq, handlers) => subscribeToEvents(transport, conversationId, afterSeq, handlers),
      setTyping: async (conversationId, typing) => {
        await transport.call(ROUTES.setTyping, { params: { conversationId }, body: { typing }, retries: 0 });
      },
      markRead: async (conversationId, messageIds) => {
        await transport.call(ROUTES.markMessagesRead, { params: { conversationId }, body: { messageIds } });
      },
      requestHuman: async (conversationId, o) => {
        await transport.call(ROUTES.requestHuman, { params: { conversationId }, signal: o?.signal });
      },
      close: async (conversationId, o) => {
        await transport.call(ROUTES.closeConversation, { params: { conversationId }, signal: o?.signal });
      },
      rate: async (conversationId, rating, o) => {
        await transport.call(ROUTES.rateConversation, { params: { conversationId }, body: rating, signal: o?.signal });
      },
    }),

    attachments: offer('attachments', {
      limits: (o) => transport.call<AttachmentLimits>(ROUTES.attachmentLimits, { signal: o?.signal }),
      upload: (file, o) => transport.upload<Attachment>(ROUTES.uploadAttachment, file, {
        query: { name: file.name || 'file' },
        idempotencyKey: uploadKey(file),
        signal: o?.signal,
        onProgress: o?.onProgress,
      }),
    }),

    tickets: offer('tickets', {
      form: (locale, o) => transport.call<TicketFormDefinition>(ROUTES.ticketForm, { query: { locale }, signal: o?.signal }),
      create: (input, o) => transport.call<Ticket>(ROUTES.createTicket, { body: input, idempotencyKey: input.idempotencyKey, signal: o?.signal }),
      list: (o) => transport.call<Ticket[]>(ROUTES.listTickets, { signal: o?.signal }),
      get: (id, o) => transport.call<TicketDetail>(ROUTES.getTicket, { params: { ticketId: id }, signal: o?.signal }),
      reply: (id, input, o) => transport.call<TicketMessage>(ROUTES.replyToTicket, {
        params: { ticketId: id },
        body: input,
        idempotencyKey: input.clientId,
        signal: o?.signal,
      }),
      setStatus: (id, status, o) => transport.call<Ticket>(ROUTES.setTicketStatus, { params: { ticketId: id }, body: { status }, signal: o?.signal }),
      markRead: async (id, o) => {
        await transport.call(ROUTES.markTicketRead, { params: { ticketId: id }, signal: o?.signal });
      },
    }),

    channels: offer('channels', {
      list: (o) => transport.call<Channel[]>(ROUTES.listChannels, { signal: o?.signal }),
    }),

    status: offer('status', {
      incidents: (o) => transport.call<Incident[]>(ROUTES.listIncidents, { signal: o?.signal }),
    }),

    verification: offer('verification', {
      officialChannels: (o) => transport.call<OfficialChannels>(ROUTES.officialChannels, { signal: o?.signal }),
      verifyStaffMessages: (messageIds, o) => transport.call<StaffSignatureCheck[]>(ROUTES.verifyStaffMessages, {
        body: { messageIds },
        signal: o?.signal,
      }),
    }),

    dispose() {
      // Nothing pooled: fetches end with their calls and each subscription owns its EventSource.
    },
  };
  return adapter;
}
