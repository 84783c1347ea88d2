/**
 * The reference server: node:http, one request pipeline (CORS → route → test faults → auth → rate
 * limit → query/body validation with the widget's zod schemas → handler), Server-Sent Event
 * streams, the agent console, and a graceful stop.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import type { Channel, ConversationEvent, Incident, OfficialChannels, Participant } from '../../src/adapters/schemas.js';
import { HEADERS } from '../../src/adapters/http/routes.js';
import { Articles } from './articles.js';
import { Attachments } from './attachments.js';
import { Auth, header, type Identity } from './auth.js';
import { Bus, type AgentNotification } from './bus.js';
import { Chat, type ConversationRow } from './chat.js';
import type { Config } from './config.js';
import { openDb, nowIso, sql, type Db } from './db.js';
import { cors, HttpError, readJson, readQuery, Router, sendError, sendJson } from './http.js';
import { openApiText } from './openapi.js';
import { RateLimiter } from './rate-limit.js';
import { importSeed, loadSeed } from './seed.js';
import { OPERATIONS, type AnyOperationId, type Operation } from './spec.js';
import { Tickets, type TicketRow } from './tickets.js';

const STREAM_TICKET_SECONDS = 60;
const CONSOLE_DIR = fileURLToPath(new URL('../console/', import.meta.url));

interface Context {
  request: IncomingMessage;
  response: ServerResponse;
  params: Record<string, string>;
  query: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- validated per operation by its schema
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  identity: Identity;
  agent: Participant;
  base: string;
  idempotencyKey?: string;
  fault?: Fault;
}

interface Result {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What `handle` returns: a JSON result, or `undefined` when it wrote the response itself (SSE, files). */
type Handler = (context: Context) => Result | undefined | Promise<Result | undefined>;

/** Test hooks: make an operation fail, slow down, or lose its response after committing. */
const faultSchema = z.object({
  operation: z.string(),
  times: z._default(z.int(), 1),
  status: z.optional(z.int().check(z.minimum(400), z.maximum(599))),
  retryAfter: z.optional(z.int()),
  delayMs: z.optional(z.int().check(z.minimum(0), z.maximum(60_000))),
  /** Do the work, then cut the connection instead of answering (a crash after commit). */
  dropResponse: z.optional(z.boolean()),
  /** Read upload bodies at this many bytes per second. */
  throttleBytesPerSecond: z.optional(z.int().check(z.minimum(1))),
});
type Fault = z.infer<typeof faultSchema>;

export interface App {
  readonly server: Server;
  readonly db: Db;
  readonly config: Config;
  listen(): Promise<string>;
  /** Stops accepting, ends streams, waits for requests in flight (up to the grace period), closes the database. */
  stop(): Promise<void>;
}

export async function createApp(config: Config): Promise<App> {
  const db = openDb(config.dataDir);
  const seed = await loadSeed(config.seed);
  if (importSeed(db, seed)) console.log(`[lifebuoy-server] imported the ${seed.source} seed: ${seed.articles.length} articles.`);
  // Uploads cut off by a crash leave .part files behind.
  for (const file of readdirSync(join(config.dataDir, 'attachments'))) if (file.endsWith('.part')) rmSync(join(config.dataDir, 'attachments', file), { force: true });

  const bus = new Bus();
  const auth = new Auth(config, db);
  const limiter = new RateLimiter(config.rateLimits);
  const articles = new Articles(db);
  await articles.load();
  const attachments = new Attachments(db, config);
  const chat = new Chat(db, bus, config, articles, attachments);
  const tickets = new Tickets(db, bus, attachments, chat);
  const router = new Router(OPERATIONS);
  let faults: Fault[] = [];
  const streams = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let stopping = false;

  const document = <T>(name: string, fallback: T): T => {
    const row = sql(db, 'SELECT data FROM documents WHERE name = ?').get(name) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as T) : fallback;
  };

  const userParticipant = (identity: Identity): Participant => ({ id: identity.id, role: 'user', name: identity.name ?? 'Customer' });
  const agentParticipant = (agent: { id: string; name: string }): Participant => ({ id: agent.id, role: 'agent', name: agent.name, verified: true });

  // ---------------------------------------------------------------- agent views
  const agentUser = (userId: string) => {
    const row = sql(db, 'SELECT * FROM users WHERE id = ?').get(userId) as {
      id: string; kind: 'user' | 'visitor'; uid: string | null; name: string | null; email: string | null; locale: string | null;
      region: string | null; vip_tier: number | null; verified: number;
    } | undefined;
    if (!row) return { id: userId, kind: 'visitor' as const, verified: false };
    return {
      id: row.id, kind: row.kind, verified: row.verified === 1,
      ...(row.uid ? { uid: row.uid } : {}), ...(row.name ? { name: row.name } : {}), ...(row.email ? { email: row.email } : {}),
      ...(row.locale ? { locale: row.locale } : {}), ...(row.region ? { region: row.region } : {}),
      ...(row.vip_tier !== null ? { vipTier: row.vip_tier } : {}),
    };
  };

  const agentConversation = (row: ConversationRow) => {
    const last = sql(db, "SELECT data FROM messages WHERE conversation_id = ? AND role != 'system' ORDER BY seq DESC LIMIT 1").get(row.id) as { data: string } | undefined;
    const lastMessage = last ? (JSON.parse(last.data) as { text: string; author: Participant; createdAt: string }) : undefined;
    let queuePosition: number | undefined;
    if (row.status === 'queued') {
      const { ahead } = sql(db, "SELECT COUNT(*) AS ahead FROM conversations WHERE status = 'queued' AND (queued_at < ? OR (queued_at = ? AND created_at < ?))")
        .get(row.queued_at, row.queued_at, row.created_at) as { ahead: number };
      queuePosition = ahead + 1;
    }
    return {
      ...chat.present(row),
      updatedAt: row.updated_at,
      user: agentUser(row.user_id),
      ...(lastMessage ? { lastMessage: { text: lastMessage.text.slice(0, 300), role: lastMessage.author.role, createdAt: lastMessage.createdAt } } : {}),
      ...(queuePosition ? { queuePosition } : {}),
      ...(row.rating !== null ? { rating: { score: row.rating, ...(row.rating_comment ? { comment: row.rating_comment } : {}) } } : {}),
    };
  };

  const agentTicket = (row: TicketRow) => ({ ...tickets.present(row), user: agentUser(row.user_id) });

  // ---------------------------------------------------------------- streams
  function openStream(request: IncomingMessage, response: ServerResponse): (id: string | undefined, data: unknown) => void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no', // nginx: do not buffer
    });
    response.write('retry: 2000\n\n');
    streams.add(response);
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), config.heartbeatMs);
    const cleanup = () => {
      clearInterval(heartbeat);
      streams.delete(response);
    };
    // (The request's own 'close' fires as soon as its body is read; the response's when the client goes.)
    response.on('close', cleanup);
    return (id, data) => {
      if (response.writableEnded) return;
      response.write(`${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(absolutize(data, requestBase(request)))}\n\n`);
    };
  }

  function streamConversation(context: Context): undefined {
    const { request, response, params, query } = context;
    const ticket = auth.signer.verify<{ c: string; u: string }>('stream', query.ticket);
    if (!ticket || ticket.c !== params.conversationId) throw new HttpError(401, 'unauthorized', 'The stream ticket is invalid or expired; ask for a new one.');
    const row = chat.row(params.conversationId!);
    if (row.user_id !== ticket.u) throw new HttpError(404, 'not_found', 'No such conversation.');
    const lastEventId = header(request, 'last-event-id');
    let last = lastEventId && /^\d+$/.test(lastEventId) ? Number(lastEventId) : (query.after ?? 0);
    const send = openStream(request, response);
    const deliver = (event: ConversationEvent) => {
      if (event.seq <= last) return;
      last = event.seq;
      send(String(event.seq), event);
    };
    // Subscribe, then replay: both run before any other code, so nothing falls between them.
    const unsubscribe = bus.onConversation(row.id, deliver);
    response.on('close', unsubscribe);
    for (const event of chat.eventsAfter(row.id, last)) deliver(event);
    return undefined;
  }

  function streamAgent(context: Context): undefined {
    const ticket = auth.signer.verify<{ a: string }>('agent-stream', context.query.ticket);
    if (!ticket) throw new HttpError(401, 'unauthorized', 'The stream ticket is invalid or expired; ask for a new one.');
    const send = openStream(context.request, context.response);
    const unsubscribe = bus.onAgent((notification: AgentNotification) => send(undefined, notification));
    context.response.on('close', unsubscribe);
    return undefined;
  }

  // ---------------------------------------------------------------- handlers
  const ok = (body: unknown, status = 200): Result => ({ status, body });
  const created = (body: unknown, isNew: boolean): Result => ({ status: isNew ? 201 : 200, body, headers: isNew ? {} : { 'Idempotent-Replayed': 'true' } });
  const noContent: Result = { status: 204 };

  const handlers: Record<AnyOperationId, Handler> = {
    createVisitor: () => ok(auth.createVisitor(), 201),
    updateMe: ({ request, identity, body }) => {
      const profile = body.profile as { name?: string; email?: string; locale?: string; region?: string };
      sql(db, 'UPDATE users SET name = COALESCE(?, name), email = COALESCE(?, email), locale = COALESCE(?, locale), region = COALESCE(?, region), updated_at = ? WHERE id = ?')
        .run(profile.name ?? null, profile.email ?? null, profile.locale ?? null, profile.region ?? null, nowIso(), identity.id);
      let merged: { conversations: number; tickets: number } | undefined;
      const mergeToken = header(request, HEADERS.mergeVisitor);
      if (mergeToken && identity.kind === 'user') {
        const visitorId = auth.visitorFromToken(mergeToken);
        if (!visitorId) throw new HttpError(400, 'invalid_request', `${HEADERS.mergeVisitor} is not a valid visitor token.`);
        merged = db.transaction(() => ({
          conversations: sql(db, 'UPDATE conversations SET user_id = ? WHERE user_id = ?').run(identity.id, visitorId).changes,
          tickets: sql(db, 'UPDATE tickets SET user_id = ? WHERE user_id = ?').run(identity.id, visitorId).changes,
        }))();
      }
      return ok({ id: identity.id, kind: identity.kind, ...(identity.uid ? { uid: identity.uid } : {}), verified: identity.verified, ...(merged ? { merged } : {}) });
    },

    searchArticles: ({ query }) => ok(articles.search(query)),
    listArticles: ({ query }) => ok(articles.list(query.locale, query.categoryId, query.limit)),
    getArticle: ({ params, query }) => ok(articles.get(params.articleId!, query.locale)),
    listCategories: ({ query }) => ok(articles.categories(query.locale)),
    sendArticleFeedback: ({ params, identity, body }) => {
      articles.feedback(params.articleId!, identity.id, body.helpful, body.comment);
      return noContent;
    },

    startConversation: ({ identity, body, idempotencyKey }) => {
      const result = chat.start(identity, body, idempotencyKey ?? body.clientId);
      return created(result.conversation, result.created);
    },
    currentConversation: ({ identity }) => ok(chat.current(identity)),
    sendMessage: ({ identity, params, body }) => {
      const result = chat.send(identity, params.conversationId!, body);
      return created(result.message, result.created);
    },
    listMessages: ({ identity, params, query }) => {
      chat.owned(identity, params.conversationId!);
      return ok(chat.history(params.conversationId!, query.cursor));
    },
    createStreamTicket: ({ identity, params }) => {
      chat.owned(identity, params.conversationId!);
      const exp = Math.floor(Date.now() / 1000) + STREAM_TICKET_SECONDS;
      return ok({ ticket: auth.signer.sign('stream', { c: params.conversationId, u: identity.id, exp }), expiresAt: new Date(exp * 1000).toISOString() }, 201);
    },
    streamEvents: (context) => streamConversation(context),
    setTyping: ({ identity, params, body }) => {
      chat.owned(identity, params.conversationId!);
      chat.setTyping(params.conversationId!, userParticipant(identity), body.typing);
      return noContent;
    },
    markMessagesRead: ({ identity, params, body }) => {
      chat.owned(identity, params.conversationId!);
      chat.markRead(params.conversationId!, body.messageIds, 'user');
      return noContent;
    },
    requestHuman: ({ identity, params }) => {
      chat.requestHuman(identity, params.conversationId!);
      return noContent;
    },
    closeConversation: ({ identity, params }) => {
      chat.close(params.conversationId!, 'The user ended the chat.', identity);
      return noContent;
    },
    rateConversation: ({ identity, params, body }) => {
      chat.rate(identity, params.conversationId!, body);
      return noContent;
    },

    attachmentLimits: () => ok(attachments.limits()),
    uploadAttachment: async ({ request, identity, query, idempotencyKey, fault }) => {
      const result = await attachments.upload(request, identity.id, query.name, idempotencyKey, fault?.throttleBytesPerSecond);
      return created(result.attachment, result.created);
    },
    downloadAttachment: async ({ response, params, query }) => {
      await attachments.download(response, params.attachmentId!, query.sig);
      return undefined;
    },

    ticketForm: () => ok(tickets.form()),
    createTicket: ({ identity, body }) => {
      const result = tickets.create(identity, body, userParticipant(identity));
      return created(result.ticket, result.created);
    },
    listTickets: ({ identity }) => ok(tickets.list(identity)),
    getTicket: ({ identity, params }) => ok(tickets.detail(tickets.owned(identity, params.ticketId!))),
    replyToTicket: ({ identity, params, body }) => {
      const result = tickets.reply(params.ticketId!, body, userParticipant(identity), 'user', undefined, identity);
      return created(result.message, result.created);
    },
    setTicketStatus: ({ identity, params, body }) => ok(tickets.setStatus(params.ticketId!, body.status, identity)),
    markTicketRead: ({ identity, params }) => {
      tickets.markRead(identity, params.ticketId!);
      return noContent;
    },

    listChannels: () => ok(document<Channel[]>('channels', [])),
    listIncidents: () => ok(document<Incident[]>('incidents', [])),
    officialChannels: () => ok(document<OfficialChannels>('officialChannels', { domains: [], emails: [], phones: [], handles: [], brands: [] })),
    // A staff message is one an agent wrote through the agent API (or this server's bot, in chat), in the caller's chats or on their tickets.
    verifyStaffMessages: ({ identity, body }) => {
      const staff = new Set([...chat.staffMessageIds(identity, body.messageIds), ...tickets.agentMessageIds(identity, body.messageIds)]);
      return ok(body.messageIds.map((messageId: string) => ({ messageId, verified: staff.has(messageId) })));
    },

    // ---------------------------------------------------------------- agent API
    agentMe: ({ agent }) => ok({ agent }),
    agentListConversations: ({ query }) => {
      const status = query.status as string | undefined;
      const rows = (status === 'all'
        ? sql(db, 'SELECT * FROM conversations ORDER BY updated_at DESC LIMIT 200').all()
        : status && status !== 'open'
          ? sql(db, 'SELECT * FROM conversations WHERE status = ? ORDER BY updated_at DESC LIMIT 200').all(status)
          : sql(db, "SELECT * FROM conversations WHERE status IN ('queued', 'active') ORDER BY status = 'active', queued_at, updated_at DESC LIMIT 200").all()) as ConversationRow[];
      return ok(rows.map(agentConversation));
    },
    agentGetConversation: ({ params }) => {
      const id = params.conversationId!;
      const row = chat.row(id);
      if (row.status === 'active') chat.markRead(id, chat.unreadUserMessageIds(id), 'agent');
      const fresh = chat.row(id);
      return ok({ conversation: agentConversation(fresh), messages: chat.messages(id), lastSeq: fresh.last_seq });
    },
    agentClaimConversation: ({ params, agent }) => {
      const row = chat.claim(params.conversationId!, agent);
      chat.markRead(row.id, chat.unreadUserMessageIds(row.id), 'agent');
      return ok(agentConversation(chat.row(row.id)));
    },
    agentReleaseConversation: ({ params, agent }) => ok(agentConversation(chat.release(params.conversationId!, agent))),
    agentSendMessage: ({ params, agent, body }) => {
      const result = chat.agentSend(params.conversationId!, agent, body.clientId, body.text, body.attachmentIds);
      return created(result.message, result.created);
    },
    agentSetTyping: ({ params, agent, body }) => {
      chat.setTyping(params.conversationId!, agent, body.typing);
      return noContent;
    },
    agentCloseConversation: ({ params, agent }) => ok(agentConversation(chat.close(params.conversationId!, `${agent.name} ended the chat.`))),
    agentListTickets: ({ query }) => ok(tickets.agentList(query.status).map(agentTicket)),
    agentGetTicket: ({ params }) => {
      const row = tickets.row(params.ticketId!);
      return ok({ ...tickets.detail(row), user: agentUser(row.user_id) });
    },
    agentReplyToTicket: ({ params, agent, body }) => {
      const result = tickets.reply(params.ticketId!, { clientId: body.clientId, text: body.text, attachmentIds: [] }, agent, 'agent', body.status);
      return created(result.message, result.created);
    },
    agentSetTicketStatus: ({ params, body }) => ok(agentTicket(tickets.row(tickets.setStatus(params.ticketId!, body.status).id))),
    agentCreateStreamTicket: ({ agent }) => {
      const exp = Math.floor(Date.now() / 1000) + STREAM_TICKET_SECONDS;
      return ok({ ticket: auth.signer.sign('agent-stream', { a: agent.id, exp }), expiresAt: new Date(exp * 1000).toISOString() }, 201);
    },
    agentStreamEvents: (context) => streamAgent(context),
  };

  // ---------------------------------------------------------------- pipeline
  function clientIp(request: IncomingMessage): string {
    if (config.trustProxy) {
      const forwarded = header(request, 'x-forwarded-for');
      if (forwarded) return forwarded.split(',')[0]!.trim();
    }
    return request.socket.remoteAddress ?? 'unknown';
  }

  function requestBase(request: IncomingMessage): string {
    if (config.publicUrl) return config.publicUrl;
    const proto = (config.trustProxy && header(request, 'x-forwarded-proto')?.split(',')[0]?.trim()) || 'http';
    const host = (config.trustProxy && header(request, 'x-forwarded-host')) || request.headers.host || `${config.host}:${config.port}`;
    return `${proto}://${host}`;
  }

  function takeFault(operationId: string): Fault | undefined {
    const index = faults.findIndex((fault) => fault.operation === operationId || fault.operation === '*');
    if (index < 0) return undefined;
    const fault = faults[index]!;
    if (fault.times > 0) {
      fault.times -= 1;
      if (fault.times === 0) faults.splice(index, 1);
    }
    return fault;
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, path: string, url: URL): Promise<void> {
    const { operationId, operation, params } = router.match(request.method ?? 'GET', path);
    const fault = config.testHooks ? takeFault(operationId) : undefined;
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status) {
      request.resume();
      throw new HttpError(fault.status, fault.status >= 500 ? 'unavailable' : 'invalid_request', `Injected failure (${fault.status}).`, undefined,
        fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {});
    }
    const context = { request, response, params, base: requestBase(request), fault } as Context;
    authenticate(operation, context);
    limiter.take(operation.rate, context.identity?.id ?? context.agent?.id ?? clientIp(request));
    context.query = operation.query ? readQuery(operation.query, url.searchParams) : {};
    const key = header(request, 'idempotency-key');
    if (key !== undefined) {
      if (!key || key.length > 200) throw new HttpError(400, 'invalid_request', 'The Idempotency-Key header must be 1 to 200 characters.');
      context.idempotencyKey = key;
    }
    if (operation.body) context.body = await readJson(request, operation.body, config.maxJsonBytes);
    else if (operation.kind !== 'upload') request.resume();
    const result = await handlers[operationId](context);
    if (!result) return;
    if (fault?.dropResponse) {
      request.socket.destroy();
      return;
    }
    sendJson(response, result.status, absolutize(result.body, context.base), result.headers);
  }

  function authenticate(operation: Operation, context: Context): void {
    if (operation.auth === 'user') context.identity = auth.user(context.request);
    else if (operation.auth === 'agent') context.agent = agentParticipant(auth.agent(context.request));
  }

  async function handleOther(request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean> {
    const method = request.method ?? 'GET';
    if (method === 'GET' && (path === '/healthz' || path === '/readyz')) {
      sendJson(response, stopping ? 503 : 200, { ok: !stopping });
      return true;
    }
    if (method === 'GET' && path === '/openapi.json') {
      const text = openApiText();
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' });
      response.end(text);
      return true;
    }
    if (method === 'GET' && (path === '/' || path === '/agent' || path === '/agent/' || path.startsWith('/agent/'))) {
      if (path === '/') {
        response.writeHead(302, { Location: '/agent' });
        response.end();
        return true;
      }
      const file = path === '/agent' || path === '/agent/' ? 'index.html' : path.slice('/agent/'.length);
      if (!/^[\w.-]+$/.test(file)) throw new HttpError(404, 'not_found', 'No such file.');
      let content: Buffer;
      try {
        content = readFileSync(join(CONSOLE_DIR, file));
      } catch {
        throw new HttpError(404, 'not_found', 'No such file.');
      }
      const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript; charset=utf-8' : file.endsWith('.css') ? 'text/css; charset=utf-8' : 'application/octet-stream';
      response.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'no-referrer',
        'Content-Security-Policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
      });
      response.end(content);
      return true;
    }
    if (config.testHooks && path.startsWith('/__test/')) {
      auth.agent(request);
      if (method === 'PUT' && path === '/__test/faults') {
        const body = await readJson(request, z.object({ faults: z.array(faultSchema) }), config.maxJsonBytes);
        faults = body.faults.map((fault) => ({ ...fault }));
        sendJson(response, 204, undefined);
        return true;
      }
      throw new HttpError(404, 'not_found', 'No such test hook.');
    }
    return false;
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    try {
      if (cors(request, response, config.allowedOrigins)) return;
      if (stopping) response.setHeader('Connection', 'close');
      if (await handleOther(request, response, path)) return;
      await handleApi(request, response, path, url);
    } catch (error) {
      const httpError = error instanceof HttpError ? error : new HttpError(500, 'unavailable', 'The server failed; try again.');
      if (!(error instanceof HttpError)) console.error(`[lifebuoy-server] ${request.method} ${path}:`, error);
      if (response.headersSent) response.end();
      else sendError(response, httpError);
    }
  });
  server.requestTimeout = 0; // SSE streams and slow uploads are long; idle sockets are handled by keepAliveTimeout
  server.headersTimeout = 30_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const resumed = chat.resumePendingBotTurns();
  if (resumed) console.log(`[lifebuoy-server] answering ${resumed} message(s) the bot had not answered before the restart.`);

  return {
    server,
    db,
    config,
    listen: () => new Promise<string>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        const address = server.address() as AddressInfo;
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        resolve(`http://${host}:${address.port}`);
      });
    }),
    async stop() {
      if (stopping) return;
      stopping = true;
      chat.dispose();
      limiter.dispose();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Streams would hold the server open forever: end them; EventSource clients reconnect elsewhere.
      for (const stream of streams) stream.end();
      server.closeIdleConnections();
      const grace = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref());
      await Promise.race([closed, grace]);
      for (const socket of sockets) socket.destroy();
      db.close();
    },
  };
}

/** Makes attachment URLs (stored relative to the server) absolute, since the widget runs on another origin. */
export function absolutize<T>(value: T, base: string): T {
  if (Array.isArray(value)) return value.map((item) => absolutize(item, base)) as T;
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    out[key] = (key === 'url' || key === 'thumbnailUrl') && typeof inner === 'string' && inner.startsWith('/v1/files/')
      ? base + inner
      : absolutize(inner, base);
  }
  return out as T;
}
