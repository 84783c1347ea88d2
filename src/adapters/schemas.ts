/**
 * The zod schemas for every payload that crosses the adapter boundary.
 * Components and stores only ever see the types inferred from these.
 * `zod/mini` keeps this to a few KB; the classic `zod` entry bundles every locale.
 */
import { z } from 'zod/mini';

const id = z.string().check(z.minLength(1), z.maxLength(200));
/** ISO-8601 date-time with an offset or Z. */
const dateTime = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().check(z.maxLength(max));
const localeTag = z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/));

// ---------------------------------------------------------------- user
export const userSchema = z.object({
  uid: z.optional(z.string().check(z.regex(/^[0-9A-Za-z_-]{3,40}$/))),
  name: z.optional(text(200)),
  email: z.optional(z.email()),
  locale: z.optional(localeTag),
  /** ISO 3166-1 alpha-2 region, e.g. "SG". */
  region: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  /** 0 = regular user; higher numbers are higher VIP tiers. */
  vipTier: z.optional(z.int().check(z.minimum(0), z.maximum(20))),
  /** Signed identity token (JWT or HMAC user hash) the backend verifies. */
  token: z.optional(text(4096)),
  /** The anti-phishing code the user set on the exchange; shown in the header. */
  antiPhishingCode: z.optional(text(64)),
});
export type User = z.infer<typeof userSchema>;

// ---------------------------------------------------------------- articles
export const categorySchema = z.object({
  id,
  name: text(200),
  description: z.optional(text(1000)),
  icon: z.optional(text(64)),
  parentId: z.optional(id),
  articleCount: z.optional(z.int().check(z.minimum(0))),
});
export type Category = z.infer<typeof categorySchema>;

export const articleSummarySchema = z.object({
  id,
  title: text(500),
  snippet: z.optional(text(2000)),
  categoryId: id,
  locale: localeTag,
  updatedAt: dateTime,
  /** Higher is more popular; used for the "popular articles" list. */
  popularity: z.optional(z.number()),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = z.object({
  ...articleSummarySchema.shape,
  body: text(200_000),
  bodyFormat: z.enum(['html', 'markdown']),
  relatedIds: z._default(z.array(id), []),
  tags: z._default(z.array(text(100)), []),
});
export type Article = z.infer<typeof articleSchema>;

export const searchHitSchema = z.object({
  article: articleSummarySchema,
  score: z.number(),
  /** The query terms as they matched in the text, for highlighting. */
  terms: z._default(z.array(text(200)), []),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  hits: z.array(searchHitSchema),
  total: z.int().check(z.minimum(0)),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchQuerySchema = z.object({
  query: text(500),
  locale: localeTag,
  categoryId: z.optional(id),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const articleFeedbackSchema = z.object({
  articleId: id,
  helpful: z.boolean(),
  comment: z.optional(text(2000)),
});
export type ArticleFeedback = z.infer<typeof articleFeedbackSchema>;

// ---------------------------------------------------------------- attachments
export const attachmentSchema = z.object({
  id,
  name: text(255),
  size: z.int().check(z.minimum(0)),
  mimeType: text(200),
  url: z.string(),
  thumbnailUrl: z.optional(z.string()),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentLimitsSchema = z.object({
  maxBytes: z.int().check(z.minimum(1)),
  maxCount: z.int().check(z.minimum(1)),
  /** MIME types or patterns such as "image/*" and "application/pdf". */
  accept: z.array(text(100)),
});
export type AttachmentLimits = z.infer<typeof attachmentLimitsSchema>;

// ---------------------------------------------------------------- conversations
export const participantSchema = z.object({
  id,
  role: z.enum(['user', 'bot', 'agent', 'system']),
  name: text(200),
  avatarUrl: z.optional(z.string()),
  /** True only when the backend confirmed this is a verified staff member. */
  verified: z.optional(z.boolean()),
});
export type Participant = z.infer<typeof participantSchema>;

export const quickReplySchema = z.object({ id, label: text(200), value: text(2000) });
export type QuickReply = z.infer<typeof quickReplySchema>;

export const messageSchema = z.object({
  id,
  /** The id the client gave the message at creation; used to deduplicate. */
  clientId: z.optional(id),
  conversationId: id,
  author: participantSchema,
  text: text(20_000),
  format: z._default(z.enum(['text', 'markdown']), 'text'),
  attachments: z._default(z.array(attachmentSchema), []),
  createdAt: dateTime,
  status: z.optional(z.enum(['sent', 'delivered', 'read'])),
  quickReplies: z._default(z.array(quickReplySchema), []),
  /** Articles the bot cited or suggested. */
  articles: z._default(z.array(articleSummarySchema), []),
  /** True while a streamed answer is still arriving through message_delta events. */
  streaming: z.optional(z.boolean()),
});
export type Message = z.infer<typeof messageSchema>;

export const conversationSchema = z.object({
  id,
  status: z.enum(['bot', 'queued', 'active', 'closed']),
  createdAt: dateTime,
  topic: z.optional(text(200)),
  agent: z.optional(participantSchema),
});
export type Conversation = z.infer<typeof conversationSchema>;

const seq = z.int().check(z.minimum(0));
export const conversationEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), seq, message: messageSchema }),
  z.object({ type: z.literal('message_delta'), seq, messageId: id, delta: text(20_000), done: z.optional(z.boolean()) }),
  z.object({ type: z.literal('typing'), seq, participant: participantSchema, typing: z.boolean() }),
  z.object({ type: z.literal('agent_joined'), seq, agent: participantSchema }),
  z.object({ type: z.literal('agent_left'), seq, agent: participantSchema }),
  z.object({
    type: z.literal('queue'),
    seq,
    position: z.int().check(z.minimum(0)),
    estimatedWaitSeconds: z.optional(z.int().check(z.minimum(0))),
  }),
  z.object({ type: z.literal('receipt'), seq, messageIds: z.array(id), status: z.enum(['delivered', 'read']) }),
  z.object({ type: z.literal('status'), seq, status: z.enum(['bot', 'queued', 'active', 'closed']) }),
  z.object({ type: z.literal('closed'), seq, reason: z.optional(text(500)) }),
]);
export type ConversationEvent = z.infer<typeof conversationEventSchema>;
/** An event before the backend gives it a seq. */
export type UnsequencedEvent = ConversationEvent extends infer E ? (E extends unknown ? Omit<E, 'seq'> : never) : never;

export const historyPageSchema = z.object({
  messages: z.array(messageSchema),
  /** Pass back to load the page before this one; null at the beginning. */
  previousCursor: z.nullable(text(500)),
  /** The seq of the latest event included, to subscribe from without gaps. */
  lastSeq: seq,
});
export type HistoryPage = z.infer<typeof historyPageSchema>;

export const startConversationSchema = z.object({
  topic: z.optional(text(200)),
  uid: z.optional(text(40)),
  /** The first message, e.g. carried over from a search with no results. */
  message: z.optional(text(20_000)),
  clientId: z.optional(id),
});
export type StartConversationInput = z.infer<typeof startConversationSchema>;

export const sendMessageSchema = z.object({
  clientId: id,
  text: text(20_000),
  attachmentIds: z._default(z.array(id), []),
  /** A quick reply the user picked, if any. */
  quickReplyId: z.optional(id),
});
export type SendMessageInput = z.infer<typeof sendMessageSchema>;

export const ratingSchema = z.object({
  score: z.int().check(z.minimum(1), z.maximum(5)),
  comment: z.optional(text(2000)),
});
export type Rating = z.infer<typeof ratingSchema>;

// ---------------------------------------------------------------- tickets
export const fieldTypeSchema = z.enum([
  'text', 'textarea', 'select', 'datetime', 'uid', 'tx-hash', 'address', 'network', 'amount', 'memo', 'file', 'email',
]);
export type FieldType = z.infer<typeof fieldTypeSchema>;

export const ticketFieldSchema = z.object({
  id,
  type: fieldTypeSchema,
  label: text(200),
  required: z._default(z.boolean(), false),
  helpText: z.optional(text(1000)),
  placeholder: z.optional(text(200)),
  /** For select fields, an option may carry its asset's decimals (see `assetField`). */
  options: z.optional(z.array(z.object({ value: text(200), label: text(200), precision: z.optional(z.int().check(z.minimum(0), z.maximum(30))) }))),
  /** Show this field only when another field's value is one of these. */
  showWhen: z.optional(z.object({ field: id, equals: z.array(text(200)) })),
  /** For tx-hash, address, amount and memo fields: the field holding the network. */
  networkField: z.optional(id),
  /** For amount fields: the number of decimals allowed. */
  precision: z.optional(z.int().check(z.minimum(0), z.maximum(30))),
  /** For amount fields: the select holding the asset; its chosen option's `precision` wins over `precision`. */
  assetField: z.optional(id),
  maxFiles: z.optional(z.int().check(z.minimum(1))),
  maxBytes: z.optional(z.int().check(z.minimum(1))),
  accept: z.optional(z.array(text(100))),
});
export type TicketField = z.infer<typeof ticketFieldSchema>;

export const ticketCategorySchema = z.object({
  id,
  name: text(200),
  description: z.optional(text(1000)),
  fields: z.array(ticketFieldSchema),
  /** Expected first response, in minutes. */
  expectedResponseMinutes: z.optional(z.int().check(z.minimum(0))),
  /** Assets or networks whose incidents are relevant to this category. */
  incidentTags: z._default(z.array(text(50)), []),
});
export type TicketCategory = z.infer<typeof ticketCategorySchema>;

export const ticketFormSchema = z.object({ categories: z.array(ticketCategorySchema) });
export type TicketFormDefinition = z.infer<typeof ticketFormSchema>;

export const ticketStatusSchema = z.enum(['open', 'pending', 'solved', 'closed']);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const ticketSchema = z.object({
  id,
  number: text(50),
  subject: text(500),
  categoryId: id,
  status: ticketStatusSchema,
  createdAt: dateTime,
  updatedAt: dateTime,
  unread: z._default(z.int().check(z.minimum(0)), 0),
  expectedResponseMinutes: z.optional(z.int().check(z.minimum(0))),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const ticketMessageSchema = z.object({
  id,
  clientId: z.optional(id),
  author: participantSchema,
  text: text(50_000),
  attachments: z._default(z.array(attachmentSchema), []),
  createdAt: dateTime,
});
export type TicketMessage = z.infer<typeof ticketMessageSchema>;

export const ticketDetailSchema = z.object({
  ...ticketSchema.shape,
  fields: z._default(z.record(z.string(), text(5000)), {}),
  messages: z.array(ticketMessageSchema),
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

export const createTicketSchema = z.object({
  categoryId: id,
  subject: text(500),
  description: text(50_000),
  fields: z.record(z.string(), text(5000)),
  attachmentIds: z._default(z.array(id), []),
  /** The same key for a retried submit; the backend creates one ticket per key. */
  idempotencyKey: id,
  /** A conversation carried over into the ticket. */
  conversationId: z.optional(id),
});
export type CreateTicketInput = z.infer<typeof createTicketSchema>;

export const ticketReplySchema = z.object({
  clientId: id,
  text: text(50_000),
  attachmentIds: z._default(z.array(id), []),
  /** A conversation carried over into the ticket with this reply. */
  conversationId: z.optional(id),
});
export type TicketReplyInput = z.infer<typeof ticketReplySchema>;

// ---------------------------------------------------------------- channels
const hhmm = z.string().check(z.regex(/^([01]\d|2[0-4]):[0-5]\d$/));
export const openingHoursSchema = z.object({
  /** IANA time zone, e.g. "Asia/Singapore". */
  timeZone: text(64),
  /**
   * Keys mon..sun; each a list of [open, close] in local "HH:MM". Missing day = closed. A range whose
   * close is not after its open ("22:00"–"02:00") runs overnight into the next day; "24:00" = midnight.
   */
  weekly: z.partialRecord(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), z.array(z.tuple([hhmm, hhmm]))),
  /** Local dates "YYYY-MM-DD" on which the channel is closed. */
  holidays: z._default(z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), []),
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const channelKindSchema = z.enum([
  'help_center', 'live_chat', 'ticket', 'social', 'email', 'vip', 'community', 'phone',
]);
export type ChannelKind = z.infer<typeof channelKindSchema>;

export const channelSchema = z.object({
  id,
  kind: channelKindSchema,
  /** Label per locale ("en", "zh-CN"…), with "en" as the fallback. */
  label: z.record(z.string(), text(200)),
  description: z.optional(z.record(z.string(), text(1000))),
  /** URL, handle, email address or phone number, depending on the kind. */
  target: z.optional(text(500)),
  platform: z.optional(text(50)),
  /** Omitted = always open (24/7). */
  hours: z.optional(openingHoursSchema),
  /** ISO regions where offered; omitted = everywhere. */
  regions: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{2}$/)))),
  minVipTier: z.optional(z.int().check(z.minimum(0))),
  responseMinutes: z.optional(z.int().check(z.minimum(0))),
  official: z._default(z.boolean(), true),
});
export type Channel = z.infer<typeof channelSchema>;

// ---------------------------------------------------------------- service status
export const incidentSchema = z.object({
  id,
  kind: z.enum(['incident', 'maintenance']),
  severity: z.enum(['minor', 'major', 'critical']),
  title: text(500),
  body: z.optional(text(5000)),
  /** Asset symbols (ETH, USDT) and networks (ERC20, TRC20) affected. */
  assets: z._default(z.array(text(50)), []),
  networks: z._default(z.array(text(50)), []),
  /** Areas affected: deposits, withdrawals, trading, login… */
  areas: z._default(z.array(text(50)), []),
  startedAt: dateTime,
  endsAt: z.optional(dateTime),
  resolvedAt: z.optional(dateTime),
  updates: z._default(z.array(z.object({ at: dateTime, text: text(5000) })), []),
  url: z.optional(z.string()),
});
export type Incident = z.infer<typeof incidentSchema>;

// ---------------------------------------------------------------- verification
export const officialChannelsSchema = z.object({
  /** Registrable domains (and their subdomains) that are official. */
  domains: z.array(text(253)),
  emails: z._default(z.array(text(320)), []),
  /** E.164 phone numbers. */
  phones: z._default(z.array(text(20)), []),
  handles: z._default(z.array(z.object({ platform: text(50), handle: text(100) })), []),
  /** Brand words impostors borrow, e.g. ["okx"], for lookalike detection. */
  brands: z._default(z.array(text(50)), []),
});
export type OfficialChannels = z.infer<typeof officialChannelsSchema>;

export const staffSignatureCheckSchema = z.object({ messageId: id, verified: z.boolean() });
export type StaffSignatureCheck = z.infer<typeof staffSignatureCheckSchema>;
