/**
 * The backend contract. Every component talks to a `SupportAdapter`; an adapter declares the
 * domains it supports by providing them (a missing domain hides its UI). Adapters do all the I/O;
 * wrap one with `validated()` so every response is parsed by the zod schemas in `schemas.ts`.
 */
import type {
  Article, ArticleFeedback, ArticleSummary, Attachment, AttachmentLimits, Category, Channel,
  Conversation, ConversationEvent, CreateTicketInput, HistoryPage, Incident, Message, OfficialChannels,
  Rating, SearchQuery, SearchResult, SendMessageInput, StaffSignatureCheck, StartConversationInput,
  Ticket, TicketDetail, TicketFormDefinition, TicketMessage, TicketReplyInput, User,
} from './schemas.js';

export type AdapterErrorCode =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'rate_limited'
  | 'invalid_request'
  | 'invalid_response'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported'
  | 'unavailable'
  | 'aborted';

const RETRYABLE: ReadonlySet<AdapterErrorCode> = new Set(['network', 'timeout', 'rate_limited', 'unavailable']);

/** The one error type that leaves an adapter. The UI maps `code` to a localized message. */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  /** Seconds to wait before retrying, when the backend said so (rate limits). */
  readonly retryAfter?: number;
  readonly details?: unknown;

  constructor(code: AdapterErrorCode, message: string, options: { cause?: unknown; retryAfter?: number; details?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryAfter = options.retryAfter;
    this.details = options.details;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }

  /** Turns anything thrown into an AdapterError, keeping the original as `cause`. */
  static from(error: unknown): AdapterError {
    if (error instanceof AdapterError) return error;
    if (error instanceof DOMException && error.name === 'AbortError') {
      return new AdapterError('aborted', 'The request was cancelled.', { cause: error });
    }
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return new AdapterError('timeout', 'The request timed out.', { cause: error });
    }
    if (error instanceof TypeError) {
      return new AdapterError('network', 'The support service could not be reached.', { cause: error });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new AdapterError('unavailable', message || 'The support service failed.', { cause: error });
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface UploadOptions extends RequestOptions {
  /** Called with a number from 0 to 1 as the upload progresses. */
  onProgress?: (fraction: number) => void;
}

export interface ArticlesApi {
  search(query: SearchQuery, options?: RequestOptions): Promise<SearchResult>;
  get(id: string, locale: string, options?: RequestOptions): Promise<Article>;
  categories(locale: string, options?: RequestOptions): Promise<Category[]>;
  /** Articles of a category (or the most popular ones when `categoryId` is omitted). */
  list(params: { locale: string; categoryId?: string; limit?: number }, options?: RequestOptions): Promise<ArticleSummary[]>;
  feedback(feedback: ArticleFeedback, options?: RequestOptions): Promise<void>;
}

export interface ConversationSubscription {
  close(): void;
}

export interface ConversationHandlers {
  onEvent(event: ConversationEvent): void;
  /** The stream broke; the caller resubscribes (with backoff) from the last seq it saw. */
  onError(error: AdapterError): void;
}

export interface ChatApi {
  start(input: StartConversationInput, options?: RequestOptions): Promise<Conversation>;
  /** The user's conversation still open, if any, so a reload resumes it. */
  current(options?: RequestOptions): Promise<Conversation | null>;
  /** Sending the same clientId twice must not create two messages. */
  send(conversationId: string, input: SendMessageInput, options?: RequestOptions): Promise<Message>;
  /** Newest page first when `cursor` is omitted. */
  history(conversationId: string, cursor?: string, options?: RequestOptions): Promise<HistoryPage>;
  /** Delivers every event with a seq greater than `afterSeq`, then live ones. */
  subscribe(conversationId: string, afterSeq: number, handlers: ConversationHandlers): ConversationSubscription;
  setTyping(conversationId: string, typing: boolean): Promise<void>;
  markRead(conversationId: string, messageIds: string[]): Promise<void>;
  requestHuman(conversationId: string, options?: RequestOptions): Promise<void>;
  close(conversationId: string, options?: RequestOptions): Promise<void>;
  rate(conversationId: string, rating: Rating, options?: RequestOptions): Promise<void>;
}

export interface AttachmentsApi {
  limits(options?: RequestOptions): Promise<AttachmentLimits>;
  upload(file: File, options?: UploadOptions): Promise<Attachment>;
}

export interface TicketsApi {
  form(locale: string, options?: RequestOptions): Promise<TicketFormDefinition>;
  /** Creates at most one ticket per `idempotencyKey`, however often it is called. */
  create(input: CreateTicketInput, options?: RequestOptions): Promise<Ticket>;
  list(options?: RequestOptions): Promise<Ticket[]>;
  get(id: string, options?: RequestOptions): Promise<TicketDetail>;
  reply(id: string, input: TicketReplyInput, options?: RequestOptions): Promise<TicketMessage>;
  setStatus(id: string, status: 'open' | 'closed', options?: RequestOptions): Promise<Ticket>;
  markRead(id: string, options?: RequestOptions): Promise<void>;
}

export interface ChannelsApi {
  list(options?: RequestOptions): Promise<Channel[]>;
}

export interface StatusApi {
  incidents(options?: RequestOptions): Promise<Incident[]>;
}

export interface VerificationApi {
  officialChannels(options?: RequestOptions): Promise<OfficialChannels>;
  /** Asks the backend whether a staff message's signature is genuine. */
  verifyStaffMessages?(messageIds: string[], options?: RequestOptions): Promise<StaffSignatureCheck[]>;
}

export type Domain = 'articles' | 'chat' | 'attachments' | 'tickets' | 'channels' | 'status' | 'verification';
export const DOMAINS: readonly Domain[] = ['articles', 'chat', 'attachments', 'tickets', 'channels', 'status', 'verification'];

export interface SupportAdapter {
  /** A short name for logs and error messages, e.g. "demo", "http", "zendesk". */
  readonly name: string;
  /** Sets (or with null, forgets) the signed-in user. */
  identify(user: User | null): Promise<void>;
  readonly articles?: ArticlesApi;
  readonly chat?: ChatApi;
  readonly attachments?: AttachmentsApi;
  readonly tickets?: TicketsApi;
  readonly channels?: ChannelsApi;
  readonly status?: StatusApi;
  readonly verification?: VerificationApi;
  /** Releases connections and timers. */
  dispose?(): void;
}

/** The domains an adapter provides. */
export function capabilitiesOf(adapter: SupportAdapter): Set<Domain> {
  return new Set(DOMAINS.filter((domain) => adapter[domain] !== undefined));
}
