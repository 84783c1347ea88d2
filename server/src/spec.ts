/**
 * The HTTP contract as data: every operation of `src/adapters/http/routes.ts` (plus the reference
 * server's agent API) with its auth, request and response schemas. The server validates requests
 * and routes with it; `openapi.ts` turns it into docs/openapi.json. The schemas are the widget's own
 * (src/adapters/schemas.ts), so the adapter, the server and the document cannot drift apart.
 */
import { z } from 'zod/mini';
import {
  articleSchema, articleSummarySchema, attachmentLimitsSchema, attachmentSchema, categorySchema, channelSchema,
  conversationEventSchema, conversationSchema, createTicketSchema, historyPageSchema, incidentSchema, messageSchema,
  officialChannelsSchema, participantSchema, ratingSchema, searchQuerySchema, searchResultSchema, sendMessageSchema,
  staffSignatureCheckSchema, startConversationSchema, ticketDetailSchema, ticketFormSchema, ticketMessageSchema,
  ticketReplySchema, ticketSchema, ticketStatusSchema, userSchema,
} from '../../src/adapters/schemas.js';
import { ROUTES, type HttpMethod, type Route } from '../../src/adapters/http/routes.js';

const id = z.string().check(z.minLength(1), z.maxLength(200));
const localeTag = z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/));

// ------------------------------------------------------------ contract bodies beyond schemas.ts
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum([
      'network', 'timeout', 'unauthorized', 'forbidden', 'rate_limited', 'invalid_request', 'invalid_response',
      'not_found', 'conflict', 'too_large', 'unsupported', 'unavailable', 'aborted',
    ]),
    message: z.string(),
    details: z.optional(z.unknown()),
  }),
});
export const visitorSchema = z.object({ visitorId: id, token: z.string().check(z.minLength(20)) });
export const profileSchema = z.object({
  name: userSchema.shape.name,
  email: userSchema.shape.email,
  locale: userSchema.shape.locale,
  region: userSchema.shape.region,
});
export const updateMeSchema = z.object({ profile: z._default(profileSchema, {}) });
export const meSchema = z.object({
  id,
  kind: z.enum(['user', 'visitor']),
  uid: z.optional(z.string()),
  /** True when the identity was proven by a signed token or user hash. */
  verified: z.boolean(),
  /** Conversations and tickets moved from the visitor session named in X-Lifebuoy-Merge-Visitor. */
  merged: z.optional(z.object({ conversations: z.int(), tickets: z.int() })),
});
export const feedbackBodySchema = z.object({ helpful: z.boolean(), comment: z.optional(z.string().check(z.maxLength(2000))) });
export const localeQuerySchema = z.object({ locale: localeTag });
export const listArticlesQuerySchema = z.object({
  locale: localeTag,
  categoryId: z.optional(id),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
export const historyQuerySchema = z.object({ cursor: z.optional(z.string().check(z.maxLength(500))) });
export const streamQuerySchema = z.object({
  ticket: z.string().check(z.minLength(10), z.maxLength(1000)),
  /** Deliver events with a seq greater than this (the Last-Event-ID header wins when present). */
  after: z.optional(z.int().check(z.minimum(0))),
});
export const streamTicketSchema = z.object({ ticket: z.string(), expiresAt: z.iso.datetime({ offset: true }) });
export const typingBodySchema = z.object({ typing: z.boolean() });
export const messageIdsBodySchema = z.object({ messageIds: z.array(id).check(z.maxLength(500)) });
export const uploadQuerySchema = z.object({ name: z.string().check(z.minLength(1), z.maxLength(255)) });
export const fileQuerySchema = z.object({ sig: z.string().check(z.maxLength(200)) });
export const userTicketStatusSchema = z.object({ status: z.enum(['open', 'closed']) });

// ------------------------------------------------------------ agent API (reference server only)
export const agentUserSchema = z.object({
  id,
  kind: z.enum(['user', 'visitor']),
  uid: z.optional(z.string()),
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  locale: z.optional(z.string()),
  region: z.optional(z.string()),
  vipTier: z.optional(z.int()),
  verified: z.boolean(),
});
export const agentConversationSchema = z.object({
  ...conversationSchema.shape,
  updatedAt: z.iso.datetime({ offset: true }),
  user: agentUserSchema,
  lastMessage: z.optional(z.object({ text: z.string(), role: participantSchema.shape.role, createdAt: z.iso.datetime({ offset: true }) })),
  queuePosition: z.optional(z.int()),
  rating: z.optional(ratingSchema),
});
export const agentConversationDetailSchema = z.object({
  conversation: agentConversationSchema,
  messages: z.array(messageSchema),
  lastSeq: z.int(),
});
export const agentConversationsQuerySchema = z.object({ status: z.optional(z.enum(['open', 'queued', 'active', 'bot', 'closed', 'all'])) });
export const agentMessageSchema = z.object({
  clientId: id,
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
  attachmentIds: z._default(z.array(id), []),
});
export const agentTicketSchema = z.object({ ...ticketSchema.shape, user: agentUserSchema });
export const agentTicketDetailSchema = z.object({ ...ticketDetailSchema.shape, user: agentUserSchema });
export const agentTicketsQuerySchema = z.object({ status: z.optional(z.enum(['open', 'pending', 'solved', 'closed', 'all'])) });
export const agentTicketReplySchema = z.object({
  clientId: id,
  text: z.string().check(z.minLength(1), z.maxLength(50_000)),
  /** The status to set with the reply; default "pending" (waiting for the user). */
  status: z.optional(ticketStatusSchema),
});
export const agentTicketStatusSchema = z.object({ status: ticketStatusSchema });
export const agentMeSchema = z.object({ agent: participantSchema });
export const agentNotificationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('conversation'), conversationId: id, event: conversationEventSchema }),
  z.object({ type: z.literal('queue'), queued: z.int() }),
  z.object({ type: z.literal('ticket'), ticketId: id, status: ticketStatusSchema }),
]);

export const AGENT_ROUTES = {
  agentMe: { method: 'GET', path: '/v1/agent/me', idempotent: true },
  agentListConversations: { method: 'GET', path: '/v1/agent/conversations', idempotent: true },
  agentGetConversation: { method: 'GET', path: '/v1/agent/conversations/{conversationId}', idempotent: true },
  agentClaimConversation: { method: 'POST', path: '/v1/agent/conversations/{conversationId}/claim', idempotent: true },
  agentReleaseConversation: { method: 'POST', path: '/v1/agent/conversations/{conversationId}/release', idempotent: true },
  agentSendMessage: { method: 'POST', path: '/v1/agent/conversations/{conversationId}/messages', idempotent: false },
  agentSetTyping: { method: 'PUT', path: '/v1/agent/conversations/{conversationId}/typing', idempotent: true },
  agentCloseConversation: { method: 'POST', path: '/v1/agent/conversations/{conversationId}/close', idempotent: true },
  agentListTickets: { method: 'GET', path: '/v1/agent/tickets', idempotent: true },
  agentGetTicket: { method: 'GET', path: '/v1/agent/tickets/{ticketId}', idempotent: true },
  agentReplyToTicket: { method: 'POST', path: '/v1/agent/tickets/{ticketId}/replies', idempotent: false },
  agentSetTicketStatus: { method: 'PUT', path: '/v1/agent/tickets/{ticketId}/status', idempotent: true },
  agentCreateStreamTicket: { method: 'POST', path: '/v1/agent/stream-tickets', idempotent: true },
  agentStreamEvents: { method: 'GET', path: '/v1/agent/events', idempotent: true },
} as const satisfies Record<string, Route>;

// ------------------------------------------------------------ operations
export type Auth = 'none' | 'user' | 'agent' | 'stream-ticket' | 'signed-url';
export type RateClass = 'read' | 'write' | 'create' | 'upload' | 'visitor';

export interface Operation {
  readonly route: Route;
  readonly summary: string;
  readonly tag: string;
  readonly auth: Auth;
  readonly rate: RateClass;
  /** Query parameters as an object schema (values arrive as strings and are coerced by type). */
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /** The 2xx response body; null for 204 No Content. */
  readonly response: z.ZodMiniType | null;
  readonly status?: 200 | 201;
  /** How the request or response differs from JSON. */
  readonly kind?: 'sse' | 'upload' | 'file';
  /** Whether the Idempotency-Key header is read. */
  readonly idempotencyKey?: 'required' | 'optional';
  readonly description?: string;
}

type OperationSpec = Omit<Operation, 'route'>;

const userOps = {
  createVisitor: {
    summary: 'Start an anonymous visitor session', tag: 'identity', auth: 'none', rate: 'visitor', response: visitorSchema, status: 201,
    description: 'Returns a signed visitor token, sent back as X-Lifebuoy-Visitor by users who have no signed identity.',
  },
  updateMe: {
    summary: 'Verify the identity and store the profile', tag: 'identity', auth: 'user', rate: 'write', body: updateMeSchema, response: meSchema,
    description: 'A signed-in user who was a visitor before may send X-Lifebuoy-Merge-Visitor to take over that visitor\'s conversations and tickets.',
  },
  searchArticles: { summary: 'Search the help center', tag: 'articles', auth: 'none', rate: 'read', query: searchQuerySchema, response: searchResultSchema },
  listArticles: {
    summary: 'Articles of a category, or the most popular ones', tag: 'articles', auth: 'none', rate: 'read', query: listArticlesQuerySchema,
    response: z.array(articleSummarySchema),
  },
  getArticle: {
    summary: 'One article, in the locale asked for or its fallback', tag: 'articles', auth: 'none', rate: 'read', query: localeQuerySchema, response: articleSchema,
  },
  listCategories: { summary: 'Help-center categories', tag: 'articles', auth: 'none', rate: 'read', query: localeQuerySchema, response: z.array(categorySchema) },
  sendArticleFeedback: {
    summary: 'Was this article helpful? (one vote per user, replaced on repeat)', tag: 'articles', auth: 'user', rate: 'write', body: feedbackBodySchema, response: null,
  },
  startConversation: {
    summary: 'Start a conversation (the bot answers first)', tag: 'chat', auth: 'user', rate: 'create', body: startConversationSchema,
    response: conversationSchema, status: 201, idempotencyKey: 'optional',
  },
  currentConversation: {
    summary: 'The user\'s open conversation, or null', tag: 'chat', auth: 'user', rate: 'read', response: z.nullable(conversationSchema),
  },
  sendMessage: {
    summary: 'Send a message (at most one per clientId)', tag: 'chat', auth: 'user', rate: 'write', body: sendMessageSchema, response: messageSchema,
    status: 201, idempotencyKey: 'optional',
    description: 'Sending the same clientId again returns the message already stored, with 200 instead of 201.',
  },
  listMessages: {
    summary: 'History, newest page first; pass previousCursor to page back', tag: 'chat', auth: 'user', rate: 'read', query: historyQuerySchema,
    response: historyPageSchema,
  },
  createStreamTicket: {
    summary: 'A short-lived ticket to open the event stream with (EventSource sends no headers)', tag: 'chat', auth: 'user', rate: 'read',
    response: streamTicketSchema, status: 201,
  },
  streamEvents: {
    summary: 'Conversation events as Server-Sent Events, resumable', tag: 'chat', auth: 'stream-ticket', rate: 'read', query: streamQuerySchema,
    response: conversationEventSchema, kind: 'sse',
    description: 'text/event-stream. Each event: `id: <seq>` and `data: <ConversationEvent JSON>`. Replays every event with a seq greater than `after` '
      + '(or the Last-Event-ID header), then live ones. A comment line is sent every 15 s to keep proxies from closing the stream.',
  },
  setTyping: { summary: 'Typing indicator', tag: 'chat', auth: 'user', rate: 'write', body: typingBodySchema, response: null },
  markMessagesRead: { summary: 'Read receipts for agent messages', tag: 'chat', auth: 'user', rate: 'write', body: messageIdsBodySchema, response: null },
  requestHuman: { summary: 'Hand the conversation to a human (joins the queue)', tag: 'chat', auth: 'user', rate: 'write', response: null },
  closeConversation: { summary: 'End the conversation', tag: 'chat', auth: 'user', rate: 'write', response: null },
  rateConversation: { summary: 'Rate the conversation (replaces an earlier rating)', tag: 'chat', auth: 'user', rate: 'write', body: ratingSchema, response: null },
  attachmentLimits: { summary: 'Upload limits', tag: 'attachments', auth: 'none', rate: 'read', response: attachmentLimitsSchema },
  uploadAttachment: {
    summary: 'Upload a file (the raw bytes as the body, its type as Content-Type)', tag: 'attachments', auth: 'user', rate: 'upload',
    query: uploadQuerySchema, response: attachmentSchema, status: 201, kind: 'upload', idempotencyKey: 'optional',
    description: 'Retrying with the same Idempotency-Key returns the attachment already stored. 413 when larger than the limit, 415 when the type is not accepted.',
  },
  downloadAttachment: {
    summary: 'Download an attachment (signed URL, as returned in Attachment.url)', tag: 'attachments', auth: 'signed-url', rate: 'read',
    query: fileQuerySchema, response: null, kind: 'file',
  },
  ticketForm: { summary: 'Ticket categories and their fields', tag: 'tickets', auth: 'none', rate: 'read', query: localeQuerySchema, response: ticketFormSchema },
  createTicket: {
    summary: 'Create a ticket (one per idempotency key)', tag: 'tickets', auth: 'user', rate: 'create', body: createTicketSchema, response: ticketSchema,
    status: 201, idempotencyKey: 'optional',
    description: 'The body\'s idempotencyKey (also sent as the Idempotency-Key header) makes a retried submit return the ticket already created, with 200.',
  },
  listTickets: { summary: 'The user\'s tickets, most recently updated first', tag: 'tickets', auth: 'user', rate: 'read', response: z.array(ticketSchema) },
  getTicket: { summary: 'A ticket with its messages', tag: 'tickets', auth: 'user', rate: 'read', response: ticketDetailSchema },
  replyToTicket: {
    summary: 'Reply to a ticket (at most one per clientId)', tag: 'tickets', auth: 'user', rate: 'write', body: ticketReplySchema, response: ticketMessageSchema,
    status: 201, idempotencyKey: 'optional',
  },
  setTicketStatus: { summary: 'Reopen or close a ticket', tag: 'tickets', auth: 'user', rate: 'write', body: userTicketStatusSchema, response: ticketSchema },
  markTicketRead: { summary: 'Mark the ticket\'s replies as read', tag: 'tickets', auth: 'user', rate: 'write', response: null },
  listChannels: { summary: 'Support channels', tag: 'channels', auth: 'none', rate: 'read', response: z.array(channelSchema) },
  listIncidents: { summary: 'Incidents and maintenance', tag: 'status', auth: 'none', rate: 'read', response: z.array(incidentSchema) },
  officialChannels: { summary: 'Official domains, emails, phones and handles', tag: 'verification', auth: 'none', rate: 'read', response: officialChannelsSchema },
  verifyStaffMessages: {
    summary: 'Are these messages really from staff?', tag: 'verification', auth: 'user', rate: 'read', body: messageIdsBodySchema,
    response: z.array(staffSignatureCheckSchema),
  },
} satisfies Record<keyof typeof ROUTES, OperationSpec>;

const agentOps = {
  agentMe: { summary: 'Check the agent token', tag: 'agent', auth: 'agent', rate: 'read', response: agentMeSchema },
  agentListConversations: {
    summary: 'Conversations (default: queued and active)', tag: 'agent', auth: 'agent', rate: 'read', query: agentConversationsQuerySchema,
    response: z.array(agentConversationSchema),
  },
  agentGetConversation: { summary: 'A conversation with its messages', tag: 'agent', auth: 'agent', rate: 'read', response: agentConversationDetailSchema },
  agentClaimConversation: { summary: 'Pick up a conversation', tag: 'agent', auth: 'agent', rate: 'write', response: agentConversationSchema },
  agentReleaseConversation: { summary: 'Put a conversation back in the queue', tag: 'agent', auth: 'agent', rate: 'write', response: agentConversationSchema },
  agentSendMessage: {
    summary: 'Reply in a conversation (at most one per clientId)', tag: 'agent', auth: 'agent', rate: 'write', body: agentMessageSchema, response: messageSchema,
    status: 201, idempotencyKey: 'optional',
  },
  agentSetTyping: { summary: 'Agent typing indicator', tag: 'agent', auth: 'agent', rate: 'write', body: typingBodySchema, response: null },
  agentCloseConversation: { summary: 'End a conversation', tag: 'agent', auth: 'agent', rate: 'write', response: agentConversationSchema },
  agentListTickets: {
    summary: 'Tickets (default: open and pending)', tag: 'agent', auth: 'agent', rate: 'read', query: agentTicketsQuerySchema, response: z.array(agentTicketSchema),
  },
  agentGetTicket: { summary: 'A ticket with its messages', tag: 'agent', auth: 'agent', rate: 'read', response: agentTicketDetailSchema },
  agentReplyToTicket: {
    summary: 'Answer a ticket (at most one per clientId)', tag: 'agent', auth: 'agent', rate: 'write', body: agentTicketReplySchema, response: ticketMessageSchema,
    status: 201, idempotencyKey: 'optional',
  },
  agentSetTicketStatus: { summary: 'Set a ticket\'s status', tag: 'agent', auth: 'agent', rate: 'write', body: agentTicketStatusSchema, response: agentTicketSchema },
  agentCreateStreamTicket: { summary: 'A short-lived ticket for the agent event stream', tag: 'agent', auth: 'agent', rate: 'read', response: streamTicketSchema, status: 201 },
  agentStreamEvents: {
    summary: 'Queue, conversation and ticket notifications as Server-Sent Events', tag: 'agent', auth: 'stream-ticket', rate: 'read',
    query: z.object({ ticket: z.string() }), response: agentNotificationSchema, kind: 'sse',
  },
} satisfies Record<keyof typeof AGENT_ROUTES, OperationSpec>;

export type UserOperationId = keyof typeof userOps;
export type AgentOperationId = keyof typeof agentOps;
export type AnyOperationId = UserOperationId | AgentOperationId;

export const OPERATIONS: Record<AnyOperationId, Operation> = Object.fromEntries([
  ...Object.entries(userOps).map(([name, spec]) => [name, { ...spec, route: ROUTES[name as UserOperationId] }]),
  ...Object.entries(agentOps).map(([name, spec]) => [name, { ...spec, route: AGENT_ROUTES[name as AgentOperationId] }]),
]) as Record<AnyOperationId, Operation>;

/** Named schemas: they become components in the OpenAPI document. */
export const NAMED_SCHEMAS: Record<string, z.ZodMiniType> = {
  Error: errorBodySchema,
  Visitor: visitorSchema,
  Me: meSchema,
  UpdateMe: updateMeSchema,
  SearchResult: searchResultSchema,
  ArticleSummary: articleSummarySchema,
  Article: articleSchema,
  Category: categorySchema,
  ArticleFeedbackBody: feedbackBodySchema,
  Conversation: conversationSchema,
  Participant: participantSchema,
  Message: messageSchema,
  ConversationEvent: conversationEventSchema,
  HistoryPage: historyPageSchema,
  StartConversation: startConversationSchema,
  SendMessage: sendMessageSchema,
  StreamTicket: streamTicketSchema,
  TypingBody: typingBodySchema,
  MessageIdsBody: messageIdsBodySchema,
  Rating: ratingSchema,
  Attachment: attachmentSchema,
  AttachmentLimits: attachmentLimitsSchema,
  TicketForm: ticketFormSchema,
  CreateTicket: createTicketSchema,
  Ticket: ticketSchema,
  TicketDetail: ticketDetailSchema,
  TicketMessage: ticketMessageSchema,
  TicketReply: ticketReplySchema,
  UserTicketStatus: userTicketStatusSchema,
  Channel: channelSchema,
  Incident: incidentSchema,
  OfficialChannels: officialChannelsSchema,
  StaffSignatureCheck: staffSignatureCheckSchema,
  AgentUser: agentUserSchema,
  AgentConversation: agentConversationSchema,
  AgentConversationDetail: agentConversationDetailSchema,
  AgentMessage: agentMessageSchema,
  AgentTicket: agentTicketSchema,
  AgentTicketDetail: agentTicketDetailSchema,
  AgentTicketReply: agentTicketReplySchema,
  AgentTicketStatus: agentTicketStatusSchema,
  AgentMe: agentMeSchema,
  AgentNotification: agentNotificationSchema,
};

export type { HttpMethod };
