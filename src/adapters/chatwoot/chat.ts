/**
 * Live chat over Chatwoot's public client API and its ActionCable WebSocket.
 *
 * Chatwoot has no event sequence, so this adapter keeps one per conversation: an in-memory log
 * of events, numbered 1, 2, 3… without gaps. Messages enter the log once per id (a later version
 * of a message — an edit, a submitted form — enters again), whether they come from a REST
 * response, a realtime event or a resync. Each subscription is a cursor over the log: it delivers
 * every event after the seq it was given, then live ones. On every (re)subscription the adapter
 * refetches the messages newer than what it had (paging back with `before` until it meets them)
 * and the conversation's status, so whatever happened while the socket was down enters the log
 * before live events do — nothing is missed, nothing is delivered twice.
 *
 * Sending: the `clientId` travels as Chatwoot's `echo_id` (which comes back on the realtime
 * event), and a clientId already sent returns the same message. When a send fails without
 * knowing whether Chatwoot got it (network, timeout), a retry first looks for it: by its echo_id
 * if the realtime event arrived, else for a message of this contact with the same text created
 * since the first attempt.
 */
import { AdapterError, type ChatApi, type ConversationHandlers, type ConversationSubscription } from '../contract.js';
import type { Conversation, ConversationEvent, Message, UnsequencedEvent } from '../schemas.js';
import {
  conversationSchema, mapStatus, messageFingerprint, messageSchema, messageType, participantOf, statusChangedSchema,
  toIso, toMessage, typingSchema, type ChatwootConversation, type ChatwootMessage, type MessageNames,
} from './api.js';
import { connectCable, type CableOptions } from './cable.js';
import type { VendorHttp } from './vendor-http.js';
import { z } from 'zod/mini';

/** Chatwoot's MessageFinder returns 20 messages per page. */
export const CHATWOOT_PAGE_SIZE = 20;
const MAX_RESYNC_PAGES = 50;
const messagesSchema = z.array(messageSchema);
const conversationsSchema = z.array(conversationSchema);

export interface ContactSession {
  sourceId: string;
  pubsubToken: string;
  contactId: number;
}

export interface ChatwootChatContext {
  http: VendorHttp;
  inbox: string;
  cableUrl: string;
  cable: CableOptions;
  names: MessageNames;
  /** Text sent when the user asks for a human while a Chatwoot agent bot holds the conversation. */
  handoffMessage?: string;
  /** The contact, created on first use; null when none exists and `create` is false. */
  contact(create: boolean, signal?: AbortSignal): Promise<ContactSession | null>;
  /** The remembered clientId ↔ message id pairs (persisted with the contact when storage is allowed). */
  echoes: EchoMemory;
}

export interface EchoMemory {
  messageIdOf(clientId: string): string | undefined;
  clientIdOf(messageId: string): string | undefined;
  remember(clientId: string, messageId: string): void;
}

interface Cursor {
  delivered: number;
  ready: boolean;
  active: boolean;
  handlers: ConversationHandlers;
  /** Ends the subscription (and its socket) without reporting anything. */
  close(): void;
}

interface ConversationLog {
  id: string;
  events: ConversationEvent[];
  fingerprints: Map<string, string>;
  /** Every message with a Chatwoot id up to this one is in the log. */
  syncedThrough: number;
  synced: boolean;
  /** Syncs in flight. Realtime events wait while one runs (see `pending`). */
  syncing: number;
  /**
   * Realtime events that arrived before the first sync finished, or during a resync after a
   * reconnect, applied after it: a live message must not enter the log ahead of the messages
   * the resync is still fetching from the time the socket was down.
   */
  pending: (() => void)[];
  status?: Conversation['status'];
  assigneeId?: number;
  cursors: Set<Cursor>;
  /** Syncs run one after the other. */
  chain: Promise<unknown>;
}

/** Synced once and no resync running: realtime events apply at once instead of waiting in `pending`. */
const isSettled = (log: ConversationLog) => log.synced && !log.syncing;

const AMBIGUOUS = new Set(['network', 'timeout', 'unavailable']);
/** Chatwoot's clock is not ours: a retry looks back this much further. */
const CLOCK_SKEW_MS = 120_000;
const numericId = (message: ChatwootMessage) => Number(message.id);

export function createChatwootChat(context: ChatwootChatContext): ChatApi & { reset(): void } {
  const logs = new Map<string, ConversationLog>();
  const sending = new Map<string, Promise<Message>>();
  /** clientId → when a send that may or may not have reached Chatwoot was first tried. */
  const uncertain = new Map<string, number>();
  const claimed = new Set<string>();
  const createdAt = new Map<string, string>();
  const topics = new Map<string, string>();

  const logOf = (id: string): ConversationLog => {
    let log = logs.get(id);
    if (!log) {
      log = { id, events: [], fingerprints: new Map(), syncedThrough: 0, synced: false, syncing: 0, pending: [], cursors: new Set(), chain: Promise.resolve() };
      logs.set(id, log);
    }
    return log;
  };

  const pump = (log: ConversationLog) => {
    for (const cursor of log.cursors) {
      while (cursor.active && cursor.ready && cursor.delivered < log.events.length) {
        const event = log.events[cursor.delivered]!;
        cursor.delivered++;
        try {
          cursor.handlers.onEvent(event);
        } catch (error) {
          console.error('[lifebuoy] a conversation event handler threw', error);
        }
      }
    }
  };

  const append = (log: ConversationLog, event: UnsequencedEvent) => {
    log.events.push({ ...event, seq: log.events.length + 1 } as ConversationEvent);
    pump(log);
  };

  const mapped = (raw: ChatwootMessage): Message => {
    const id = String(raw.id);
    if (raw.echo_id) context.echoes.remember(raw.echo_id, id);
    return toMessage(raw, context.echoes.clientIdOf(id), context.names);
  };

  /** Adds a message to the log unless this version of it is already there. */
  const upsert = (log: ConversationLog, raw: ChatwootMessage): Message | undefined => {
    if (raw.private) return undefined;
    const message = mapped(raw);
    const fingerprint = messageFingerprint(message);
    if (log.fingerprints.get(message.id) === fingerprint) return message;
    log.fingerprints.set(message.id, fingerprint);
    append(log, { type: 'message', message });
    return message;
  };

  const setStatus = (log: ConversationLog, status: Conversation['status'], announce: boolean) => {
    if (log.status === status) return;
    const before = log.status;
    log.status = status;
    if (!announce || before === undefined) return;
    append(log, { type: 'status', status });
    if (status === 'closed') append(log, { type: 'closed' });
  };

  const path = async (conversationId: string, suffix = '', signal?: AbortSignal) => {
    const contact = await context.contact(false, signal);
    if (!contact) throw new AdapterError('not_found', `No Chatwoot conversation ${conversationId}: no contact yet.`);
    if (!/^\d+$/.test(conversationId)) throw new AdapterError('not_found', `No Chatwoot conversation ${conversationId}.`);
    return `/public/api/v1/inboxes/${encodeURIComponent(context.inbox)}/contacts/${encodeURIComponent(contact.sourceId)}/conversations/${conversationId}${suffix}`;
  };

  const fetchPage = async (conversationId: string, before?: number | string, signal?: AbortSignal) =>
    context.http.json(await path(conversationId, '/messages', signal), messagesSchema, 'message list', { query: { before }, signal });

  const fetchConversation = async (conversationId: string, signal?: AbortSignal) =>
    context.http.json(await path(conversationId, '', signal), conversationSchema, 'conversation', { signal });

  const toConversation = (raw: ChatwootConversation): Conversation => {
    const id = String(raw.id);
    const first = raw.messages?.[0];
    if (!createdAt.has(id)) createdAt.set(id, first ? toIso(first.created_at) : new Date().toISOString());
    const topic = topics.get(id);
    return { id, status: mapStatus(raw.status), createdAt: createdAt.get(id)!, ...(topic ? { topic } : {}) };
  };

  /**
   * Brings the log up to date with Chatwoot: the newest page of messages (and older pages until
   * the ones already known), and the conversation's status. Returns the newest page.
   */
  const sync = (conversationId: string, signal?: AbortSignal): Promise<ChatwootMessage[]> => {
    const log = logOf(conversationId);
    const run = async () => {
      const [newest, conversation] = await Promise.all([fetchPage(conversationId, undefined, signal), fetchConversation(conversationId, signal)]);
      let collected = newest;
      if (log.synced) {
        let page = newest;
        for (let pages = 0; page.length >= CHATWOOT_PAGE_SIZE && pages < MAX_RESYNC_PAGES; pages++) {
          const oldest = page.reduce((min, m) => Math.min(min, numericId(m)), Infinity);
          if (oldest <= log.syncedThrough) break;
          page = await fetchPage(conversationId, oldest, signal);
          collected = [...page, ...collected];
        }
      }
      for (const raw of [...collected].sort((a, b) => numericId(a) - numericId(b))) upsert(log, raw);
      log.syncedThrough = collected.reduce((max, m) => Math.max(max, numericId(m)), log.syncedThrough);
      toConversation(conversation);
      setStatus(log, mapStatus(conversation.status), log.synced);
      log.synced = true;
      return newest;
    };
    log.syncing++;
    const next = log.chain.then(run, run);
    const settled = () => {
      log.syncing--;
      if (isSettled(log)) for (const apply of log.pending.splice(0)) apply();
    };
    log.chain = next.then(settled, settled);
    return next;
  };

  /** Applies one realtime event to the log of the conversation it concerns (if we follow it). */
  const onCableEvent = (conversationId: string, event: string, data: unknown) => {
    const log = logs.get(conversationId);
    if (!log) return;
    const apply = () => {
      switch (event) {
        case 'message.created':
        case 'message.updated': {
          const raw = messageSchema.parse(data);
          if (String(raw.conversation_id) !== conversationId) return;
          upsert(log, raw);
          return;
        }
        case 'conversation.status_changed': {
          const change = statusChangedSchema.parse(data);
          if (String(change.id) !== conversationId) return;
          const assignee = change.meta?.assignee;
          if (assignee && assignee.id !== log.assigneeId) {
            log.assigneeId = assignee.id;
            append(log, { type: 'agent_joined', agent: participantOf(assignee, 1, context.names.agent) });
          }
          setStatus(log, mapStatus(change.status), true);
          return;
        }
        case 'conversation.typing_on':
        case 'conversation.typing_off': {
          const typing = typingSchema.parse(data);
          if (String(typing.conversation.id) !== conversationId || !typing.user || typing.user.type === 'contact') return;
          append(log, { type: 'typing', participant: participantOf(typing.user, 1, context.names.agent), typing: event === 'conversation.typing_on' });
          return;
        }
        default:
          return; // presence.update and agent-only events
      }
    };
    if (isSettled(log)) apply();
    else log.pending.push(apply);
  };

  /**
   * A sent message enters the log at once only while a subscription is live (its socket has
   * brought everything before it). Otherwise the next sync adds it, in order after whatever the
   * agent wrote meanwhile.
   */
  const appendIfLive = (conversationId: string, raw: ChatwootMessage) => {
    const log = logs.get(conversationId);
    if (log?.synced && [...log.cursors].some((cursor) => cursor.active && cursor.ready)) upsert(log, raw);
  };

  /** The message this contact already sent with `clientId`, if Chatwoot has it. */
  const findSent = async (conversationId: string, clientId: string, text: string, since: number | undefined, signal?: AbortSignal): Promise<ChatwootMessage | undefined> => {
    const page = await fetchPage(conversationId, undefined, signal);
    const knownId = context.echoes.messageIdOf(clientId);
    if (knownId) {
      // Sent before (maybe before a reload): find it, paging back to its id.
      let search = page;
      for (let pages = 0; pages < 10; pages++) {
        const hit = search.find((m) => String(m.id) === knownId);
        if (hit) return hit;
        const oldest = search.reduce((min, m) => Math.min(min, numericId(m)), Infinity);
        if (search.length < CHATWOOT_PAGE_SIZE || oldest <= Number(knownId)) break;
        search = await fetchPage(conversationId, oldest, signal);
      }
    }
    // Without a failed attempt to date it, a same-text message is not evidence.
    if (since === undefined) return undefined;
    const match = page.find((m) =>
      messageType(m) === 0 && (m.content ?? '') === text && !claimed.has(String(m.id)) && !context.echoes.clientIdOf(String(m.id))
      && Date.parse(toIso(m.created_at)) >= since - CLOCK_SKEW_MS);
    if (match) context.echoes.remember(clientId, String(match.id));
    return match;
  };

  const inboxPath = async (signal?: AbortSignal, create = true) => {
    const contact = await context.contact(create, signal);
    return contact && `/public/api/v1/inboxes/${encodeURIComponent(context.inbox)}/contacts/${encodeURIComponent(contact.sourceId)}`;
  };

  const api: ChatApi & { reset(): void } = {
    reset() {
      for (const log of logs.values()) for (const cursor of [...log.cursors]) cursor.close();
      logs.clear();
      sending.clear();
      uncertain.clear();
      claimed.clear();
    },

    async start(input, options = {}) {
      const base = await inboxPath(options.signal);
      const raw = await context.http.json(`${base}/conversations`, conversationSchema, 'conversation', {
        method: 'POST',
        body: { custom_attributes: input.topic ? { topic: input.topic } : {} },
        signal: options.signal,
      });
      const id = String(raw.id);
      if (input.topic) topics.set(id, input.topic);
      createdAt.set(id, new Date().toISOString());
      const conversation = toConversation(raw);
      if (input.message?.trim()) {
        await api.send(id, { clientId: input.clientId ?? `start-${id}`, text: input.message, attachmentIds: [] }, options);
      }
      return conversation;
    },

    async current(options = {}) {
      const base = await inboxPath(options.signal, false);
      if (!base) return null;
      const list = await context.http.json(`${base}/conversations`, conversationsSchema, 'conversation list', { signal: options.signal });
      const open = list.filter((c) => c.status !== 'resolved').sort((a, b) => b.id - a.id)[0];
      return open ? toConversation(open) : null;
    },

    send(conversationId, input, options = {}) {
      if (input.attachmentIds?.length) {
        return Promise.reject(new AdapterError('unsupported', 'The Chatwoot adapter does not upload attachments.'));
      }
      const existing = sending.get(input.clientId);
      if (existing) return existing;
      const attempt = (async () => {
        const started = uncertain.get(input.clientId);
        const known = context.echoes.messageIdOf(input.clientId);
        if (started !== undefined || known) {
          const found = await findSent(conversationId, input.clientId, input.text, started, options.signal);
          if (found) {
            uncertain.delete(input.clientId);
            claimed.add(String(found.id));
            appendIfLive(conversationId, found);
            return mapped(found);
          }
        }
        const firstTry = started ?? Date.now();
        let raw: ChatwootMessage;
        try {
          raw = await context.http.json(await path(conversationId, '/messages', options.signal), messageSchema, 'message', {
            method: 'POST',
            body: { content: input.text, echo_id: input.clientId },
            signal: options.signal,
          });
        } catch (error) {
          const adapterError = AdapterError.from(error);
          if (AMBIGUOUS.has(adapterError.code) || adapterError.code === 'aborted') uncertain.set(input.clientId, firstTry);
          throw adapterError;
        }
        uncertain.delete(input.clientId);
        context.echoes.remember(input.clientId, String(raw.id));
        claimed.add(String(raw.id));
        appendIfLive(conversationId, raw);
        return mapped(raw);
      })();
      sending.set(input.clientId, attempt);
      attempt.catch(() => sending.delete(input.clientId));
      return attempt;
    },

    async history(conversationId, cursor, options = {}) {
      if (cursor !== undefined && !/^\d+$/.test(cursor)) throw new AdapterError('invalid_request', 'Invalid history cursor.');
      const page = cursor === undefined ? await sync(conversationId, options.signal) : await fetchPage(conversationId, cursor, options.signal);
      const messages = page.filter((m) => !m.private).map(mapped);
      const oldest = page.reduce((min, m) => Math.min(min, numericId(m)), Infinity);
      return {
        messages,
        previousCursor: page.length >= CHATWOOT_PAGE_SIZE && Number.isFinite(oldest) ? String(oldest) : null,
        lastSeq: logOf(conversationId).events.length,
      };
    },

    subscribe(conversationId, afterSeq, handlers): ConversationSubscription {
      const log = logOf(conversationId);
      let connection: { close(): void } | undefined;
      const cursor: Cursor = {
        delivered: Math.max(0, afterSeq),
        ready: false,
        active: true,
        handlers,
        close() {
          cursor.active = false;
          log.cursors.delete(cursor);
          connection?.close();
        },
      };
      log.cursors.add(cursor);
      const fail = (error: AdapterError) => {
        if (!cursor.active) return;
        cursor.active = false;
        log.cursors.delete(cursor);
        connection?.close();
        handlers.onError(error);
      };
      context.contact(false).then((contact) => {
        if (!cursor.active) return;
        if (!contact) throw new AdapterError('not_found', `No Chatwoot conversation ${conversationId}: no contact yet.`);
        connection = connectCable(context.cableUrl, contact.pubsubToken, {
          onConfirmed: () => {
            sync(conversationId).then(() => {
              if (!cursor.active) return;
              // A seq from another log (a reload) cannot be ahead of ours.
              if (cursor.delivered > log.events.length) cursor.delivered = log.events.length;
              cursor.ready = true;
              pump(log);
            }, (error) => fail(AdapterError.from(error)));
          },
          onEvent: (event, data) => {
            try {
              onCableEvent(conversationId, event, data);
            } catch (error) {
              fail(new AdapterError('invalid_response', `Chatwoot sent a malformed ${event} event.`, { cause: error }));
            }
          },
          onFailure: fail,
        }, context.cable);
      }).catch((error) => fail(AdapterError.from(error)));
      return { close: () => cursor.close() };
    },

    async setTyping(conversationId, typing) {
      await context.http.json(await path(conversationId, '/toggle_typing'), null, 'typing response', {
        method: 'POST',
        body: { typing_status: typing ? 'on' : 'off' },
      });
    },

    async markRead(conversationId) {
      await context.http.json(await path(conversationId, '/update_last_seen'), null, 'last-seen response', { method: 'POST' });
    },

    async requestHuman(conversationId, options = {}) {
      const conversation = await fetchConversation(conversationId, options.signal);
      if (conversation.status === 'open') return; // already with the team
      if (conversation.status === 'pending' && context.handoffMessage) {
        await api.send(conversationId, { clientId: `handoff-${conversationId}-${Date.now()}`, text: context.handoffMessage, attachmentIds: [] }, options);
        return;
      }
      throw new AdapterError('unsupported', 'Chatwoot\'s client API has no handoff call: configure `handoffMessage` for your agent bot.');
    },

    async close(conversationId, options = {}) {
      const conversation = await fetchConversation(conversationId, options.signal);
      if (conversation.status === 'resolved') return;
      await context.http.json(await path(conversationId, '/toggle_status', options.signal), conversationSchema, 'conversation', {
        method: 'POST',
        signal: options.signal,
      });
    },

    async rate(conversationId, rating, options = {}) {
      const conversation = await fetchConversation(conversationId, options.signal);
      if (!conversation.uuid) throw new AdapterError('unsupported', 'This Chatwoot version does not expose the conversation uuid needed for ratings.');
      await context.http.json(`/public/api/v1/csat_survey/${encodeURIComponent(conversation.uuid)}`, null, 'rating response', {
        method: 'PUT',
        body: { message: { submitted_values: { csat_survey_response: { rating: rating.score, ...(rating.comment ? { feedback_message: rating.comment } : {}) } } } },
        signal: options.signal,
      });
    },
  };
  return api;
}
