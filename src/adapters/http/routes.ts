/**
 * The HTTP contract's operations: method and path of each, shared by `HttpAdapter`, the reference
 * server (which routes on it) and the OpenAPI generator (which documents it), so the three cannot
 * disagree. Request and response bodies are the zod schemas of `../schemas.ts`; the server's
 * `spec.ts` pairs each operation with them. Plain data: no zod here, to keep the adapter small.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Route {
  readonly method: HttpMethod;
  /** Path template relative to the adapter's `baseUrl`; `{name}` segments are URL-encoded parameters. */
  readonly path: string;
  /**
   * True when repeating the call cannot change the outcome, so the adapter may retry it after a
   * network error, a timeout, a 429 or a 5xx. Creates are made safe to retry by an `Idempotency-Key`.
   */
  readonly idempotent: boolean;
}

const get = (path: string): Route => ({ method: 'GET', path, idempotent: true });
const put = (path: string): Route => ({ method: 'PUT', path, idempotent: true });
/** A POST that is safe to repeat as is (no side effect, or one that repetition cannot double). */
const postSafe = (path: string): Route => ({ method: 'POST', path, idempotent: true });
/** A POST that creates something: only retried with an `Idempotency-Key`. */
const postCreate = (path: string): Route => ({ method: 'POST', path, idempotent: false });

/** Every operation a widget uses. Keys are the OpenAPI operationIds. */
export const ROUTES = {
  // identity
  createVisitor: postSafe('/v1/visitors'),
  updateMe: put('/v1/me'),
  // articles
  searchArticles: get('/v1/articles/search'),
  listArticles: get('/v1/articles'),
  getArticle: get('/v1/articles/{articleId}'),
  listCategories: get('/v1/categories'),
  sendArticleFeedback: put('/v1/articles/{articleId}/feedback'),
  // chat
  startConversation: postCreate('/v1/conversations'),
  currentConversation: get('/v1/conversations/current'),
  sendMessage: postCreate('/v1/conversations/{conversationId}/messages'),
  listMessages: get('/v1/conversations/{conversationId}/messages'),
  createStreamTicket: postSafe('/v1/conversations/{conversationId}/stream-tickets'),
  streamEvents: get('/v1/conversations/{conversationId}/events'),
  setTyping: put('/v1/conversations/{conversationId}/typing'),
  markMessagesRead: postSafe('/v1/conversations/{conversationId}/read'),
  requestHuman: postSafe('/v1/conversations/{conversationId}/handoff'),
  closeConversation: postSafe('/v1/conversations/{conversationId}/close'),
  rateConversation: put('/v1/conversations/{conversationId}/rating'),
  // attachments
  attachmentLimits: get('/v1/attachments/limits'),
  uploadAttachment: postCreate('/v1/attachments'),
  downloadAttachment: get('/v1/files/{attachmentId}/{name}'),
  // tickets
  ticketForm: get('/v1/tickets/form'),
  createTicket: postCreate('/v1/tickets'),
  listTickets: get('/v1/tickets'),
  getTicket: get('/v1/tickets/{ticketId}'),
  replyToTicket: postCreate('/v1/tickets/{ticketId}/replies'),
  setTicketStatus: put('/v1/tickets/{ticketId}/status'),
  markTicketRead: postSafe('/v1/tickets/{ticketId}/read'),
  // channels, status, verification
  listChannels: get('/v1/channels'),
  listIncidents: get('/v1/incidents'),
  officialChannels: get('/v1/official-channels'),
  verifyStaffMessages: postSafe('/v1/staff-messages/verify'),
} as const satisfies Record<string, Route>;

export type OperationId = keyof typeof ROUTES;

/** Request headers of the contract. */
export const HEADERS = {
  idempotencyKey: 'Idempotency-Key',
  /** Intercom-style identity verification: the user's id and HMAC-SHA256(secret, id) in hex. */
  userId: 'X-Lifebuoy-User-Id',
  userHash: 'X-Lifebuoy-User-Hash',
  /** The anonymous visitor token from `POST /v1/visitors`. */
  visitor: 'X-Lifebuoy-Visitor',
  /** On `PUT /v1/me` by a signed-in user: the visitor token whose conversations and tickets move to the user. */
  mergeVisitor: 'X-Lifebuoy-Merge-Visitor',
} as const;

/** The body of every error response: `{ "error": { "code", "message", "details"? } }`. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Fills `{name}` segments of a path template. */
export function expandPath(path: string, params: Readonly<Record<string, string>> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`Missing path parameter "${name}" for ${path}.`);
    return encodeURIComponent(value);
  });
}
