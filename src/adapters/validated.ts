/**
 * Wraps any adapter so that everything it returns is parsed with the zod schemas and everything it
 * throws is an `AdapterError`. Stores and components only ever talk to a validated adapter.
 */
import { z } from 'zod/mini';
import { AdapterError, type ConversationHandlers, type SupportAdapter } from './contract.js';
import { describeIssue } from './issues.js';
import {
  articleSchema, articleSummarySchema, attachmentLimitsSchema, attachmentSchema, categorySchema, channelSchema,
  conversationEventSchema, conversationSchema, historyPageSchema, incidentSchema, messageSchema,
  officialChannelsSchema, searchResultSchema, staffSignatureCheckSchema, ticketDetailSchema, ticketFormSchema,
  ticketMessageSchema, ticketSchema, userSchema,
} from './schemas.js';

const VALIDATED = Symbol('lifebuoy.validated');

/** Parses `value` or throws an `invalid_response` AdapterError naming where it failed. */
export function parseResponse<T>(schema: z.ZodMiniType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new AdapterError('invalid_response', `The support service sent an invalid ${where} (${first ? describeIssue(first) : 'invalid'}).`, {
    details: result.error.issues.slice(0, 5),
  });
}

async function guard<T>(call: () => Promise<unknown> | unknown, schema: z.ZodMiniType<T> | null, where: string): Promise<T> {
  let value: unknown;
  try {
    value = await call();
  } catch (error) {
    throw AdapterError.from(error);
  }
  return schema ? parseResponse(schema, value, where) : (undefined as T);
}

const nullableConversation = z.nullable(conversationSchema);
const voidResult = null;

export function isValidated(adapter: SupportAdapter): boolean {
  return (adapter as unknown as Record<symbol, unknown>)[VALIDATED] === true;
}

export function validated(adapter: SupportAdapter): SupportAdapter {
  if (isValidated(adapter)) return adapter;
  const { articles, chat, attachments, tickets, channels, status, verification } = adapter;
  const wrapped: SupportAdapter = {
    name: adapter.name,
    identify: async (user) => {
      const checked = user === null ? null : userSchema.safeParse(user);
      if (checked && !checked.success) {
        const issue = checked.error.issues[0];
        throw new AdapterError('invalid_request', `Invalid user: ${issue ? describeIssue(issue, 'user') : 'invalid'}`);
      }
      return guard(() => adapter.identify(checked ? checked.data : null), voidResult, 'identify response');
    },
    dispose: () => adapter.dispose?.(),
    articles: articles && {
      search: (q, o) => guard(() => articles.search(q, o), searchResultSchema, 'search result'),
      get: (id, locale, o) => guard(() => articles.get(id, locale, o), articleSchema, 'article'),
      categories: (locale, o) => guard(() => articles.categories(locale, o), z.array(categorySchema), 'category list'),
      list: (p, o) => guard(() => articles.list(p, o), z.array(articleSummarySchema), 'article list'),
      feedback: (f, o) => guard(() => articles.feedback(f, o), voidResult, 'feedback response'),
    },
    chat: chat && {
      start: (i, o) => guard(() => chat.start(i, o), conversationSchema, 'conversation'),
      current: (o) => guard(() => chat.current(o), nullableConversation, 'conversation'),
      send: (c, i, o) => guard(() => chat.send(c, i, o), messageSchema, 'message'),
      history: (c, cursor, o) => guard(() => chat.history(c, cursor, o), historyPageSchema, 'history page'),
      subscribe: (c, after, handlers) => chat.subscribe(c, after, validatedHandlers(handlers)),
      setTyping: (c, t) => guard(() => chat.setTyping(c, t), voidResult, 'typing response'),
      markRead: (c, ids) => guard(() => chat.markRead(c, ids), voidResult, 'read receipt response'),
      requestHuman: (c, o) => guard(() => chat.requestHuman(c, o), voidResult, 'handoff response'),
      close: (c, o) => guard(() => chat.close(c, o), voidResult, 'close response'),
      rate: (c, r, o) => guard(() => chat.rate(c, r, o), voidResult, 'rating response'),
    },
    attachments: attachments && {
      limits: (o) => guard(() => attachments.limits(o), attachmentLimitsSchema, 'attachment limits'),
      upload: (f, o) => guard(() => attachments.upload(f, o), attachmentSchema, 'attachment'),
    },
    tickets: tickets && {
      form: (l, o) => guard(() => tickets.form(l, o), ticketFormSchema, 'ticket form'),
      create: (i, o) => guard(() => tickets.create(i, o), ticketSchema, 'ticket'),
      list: (o) => guard(() => tickets.list(o), z.array(ticketSchema), 'ticket list'),
      get: (id, o) => guard(() => tickets.get(id, o), ticketDetailSchema, 'ticket'),
      reply: (id, i, o) => guard(() => tickets.reply(id, i, o), ticketMessageSchema, 'ticket reply'),
      setStatus: (id, s, o) => guard(() => tickets.setStatus(id, s, o), ticketSchema, 'ticket'),
      markRead: (id, o) => guard(() => tickets.markRead(id, o), voidResult, 'read response'),
    },
    channels: channels && {
      list: (o) => guard(() => channels.list(o), z.array(channelSchema), 'channel list'),
    },
    status: status && {
      incidents: (o) => guard(() => status.incidents(o), z.array(incidentSchema), 'incident list'),
    },
    verification: verification && {
      officialChannels: (o) => guard(() => verification.officialChannels(o), officialChannelsSchema, 'official channel list'),
      verifyStaffMessages: verification.verifyStaffMessages
        ? (ids, o) => guard(() => verification.verifyStaffMessages!(ids, o), z.array(staffSignatureCheckSchema), 'staff check')
        : undefined,
    },
  };
  Object.defineProperty(wrapped, VALIDATED, { value: true });
  return wrapped;
}

/** A malformed event is dropped and reported as `invalid_response`; the stream itself goes on. */
function validatedHandlers(handlers: ConversationHandlers): ConversationHandlers {
  return {
    onEvent: (event) => {
      let parsed;
      try {
        parsed = parseResponse(conversationEventSchema, event, 'conversation event');
      } catch (error) {
        handlers.onError(AdapterError.from(error));
        return;
      }
      handlers.onEvent(parsed);
    },
    onError: (error) => handlers.onError(AdapterError.from(error)),
  };
}
