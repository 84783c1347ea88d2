/**
 * A scriptable chat backend for tests: events are pushed by the test, the stream can be broken,
 * sends can fail, and every call is recorded. Follows the ChatApi contract (idempotent send per
 * client id; subscribe replays every event after `afterSeq`, then goes live).
 */
import { AdapterError, type AdapterErrorCode, type ChatApi, type ConversationHandlers, type SupportAdapter } from '../../src/adapters/contract.js';
import type { Conversation, ConversationEvent, Message, Participant, SendMessageInput, UnsequencedEvent } from '../../src/adapters/schemas.js';
import { validated } from '../../src/adapters/validated.js';
import type { NetworkMonitor } from '../../src/core/chat/network.js';

export const BOT: Participant = { id: 'bot', role: 'bot', name: 'Helper Bot', verified: true };
export const AGENT: Participant = { id: 'agent_1', role: 'agent', name: 'Mei', verified: true };
export const ME: Participant = { id: 'u1', role: 'user', name: 'You' };

let ids = 0;

export class FakeChat implements ChatApi {
  conversation?: Conversation;
  events: ConversationEvent[] = [];
  /** Every send call, duplicates included. */
  sendCalls: SendMessageInput[] = [];
  subscribeCalls: number[] = [];
  /** Fail sends with this code while set. */
  failSend?: AdapterErrorCode;
  /** Hold send answers until released (to simulate a slow network). */
  holdSends = false;
  private held: (() => void)[] = [];
  pageSize = 50;
  historyCalls = 0;
  /** Hold history answers until released. */
  holdHistory = false;
  private heldHistory: (() => void)[] = [];
  private readonly subscribers = new Set<{ handlers: ConversationHandlers; live: boolean }>();

  constructor(options: { open?: boolean; messages?: number; at?: number } = {}) {
    if (options.open) {
      this.conversation = { id: 'conv_1', status: 'bot', createdAt: new Date(options.at ?? Date.now()).toISOString() };
      for (let i = 0; i < (options.messages ?? 0); i++) {
        this.push({ type: 'message', message: this.message(i % 2 ? ME : BOT, `Message ${i}`, { createdAt: new Date((options.at ?? Date.now()) - (options.messages! - i) * 1000).toISOString() }) });
      }
    }
  }

  message(author: Participant, text: string, extra: Partial<Message> = {}): Message {
    return {
      id: `m${++ids}`, conversationId: this.conversation?.id ?? 'conv_1', author, text, format: 'markdown', attachments: [],
      createdAt: new Date().toISOString(), quickReplies: [], articles: [], ...extra,
    };
  }

  /** Publishes an event to live subscribers (and stores it for replays). */
  push(event: UnsequencedEvent): ConversationEvent {
    const full = { ...event, seq: this.events.length + 1 } as ConversationEvent;
    this.events.push(full);
    // Keep the conversation record in step, as a backend would (current() reports it).
    const conversation = this.conversation;
    if (conversation && full.type === 'agent_joined') Object.assign(conversation, { agent: full.agent, status: 'active' });
    if (conversation && full.type === 'status') conversation.status = full.status;
    if (conversation && full.type === 'closed') conversation.status = 'closed';
    for (const subscriber of this.subscribers) if (subscriber.live) subscriber.handlers.onEvent(full);
    return full;
  }

  /** Breaks every open stream. */
  drop(code: AdapterErrorCode = 'network'): void {
    const subscribers = [...this.subscribers];
    this.subscribers.clear();
    for (const subscriber of subscribers) subscriber.handlers.onError(new AdapterError(code, 'Stream dropped.'));
  }

  releaseSends(): void {
    this.holdSends = false;
    for (const release of this.held.splice(0)) release();
  }

  get liveSubscribers(): number {
    return [...this.subscribers].filter((s) => s.live).length;
  }

  messages(): Message[] {
    const byId = new Map<string, Message>();
    for (const event of this.events) {
      if (event.type === 'message') byId.set(event.message.id, { ...event.message });
      if (event.type === 'message_delta') {
        const target = byId.get(event.messageId);
        if (target) {
          target.text += event.delta;
          if (event.done) target.streaming = false;
        }
      }
    }
    return [...byId.values()];
  }

  async start(input: { topic?: string }) {
    this.conversation = { id: 'conv_1', status: 'bot', createdAt: new Date().toISOString(), topic: input.topic };
    this.push({ type: 'message', message: this.message(BOT, 'Hi! How can I help?') });
    return this.conversation;
  }

  /** How many times current() was asked. */
  currentCalls = 0;
  async current() {
    this.currentCalls++;
    return this.conversation && this.conversation.status !== 'closed' ? this.conversation : null;
  }

  async send(conversationId: string, input: SendMessageInput) {
    this.sendCalls.push(input);
    if (this.holdSends) await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.failSend) throw new AdapterError(this.failSend, 'Send failed.');
    const existing = this.messages().find((m) => m.clientId === input.clientId);
    if (existing) return existing;
    const message = this.message(ME, input.text, { clientId: input.clientId, conversationId, format: 'text', status: 'sent' });
    this.push({ type: 'message', message });
    return message;
  }

  releaseHistory(): void {
    this.holdHistory = false;
    for (const release of this.heldHistory.splice(0)) release();
  }

  async history(_conversationId: string, cursor?: string) {
    this.historyCalls++;
    if (this.holdHistory) await new Promise<void>((resolve) => this.heldHistory.push(resolve));
    const messages = this.messages();
    const end = cursor === undefined ? messages.length : Number(cursor);
    const start = Math.max(0, end - this.pageSize);
    return { messages: messages.slice(start, end), previousCursor: start > 0 ? String(start) : null, lastSeq: this.events.length };
  }

  subscribe(_conversationId: string, afterSeq: number, handlers: ConversationHandlers) {
    this.subscribeCalls.push(afterSeq);
    const subscriber = { handlers, live: false };
    let open = true;
    queueMicrotask(() => {
      if (!open) return;
      for (const event of this.events) if (event.seq > afterSeq) handlers.onEvent(event);
      subscriber.live = true;
      this.subscribers.add(subscriber);
    });
    return {
      close: () => {
        open = false;
        this.subscribers.delete(subscriber);
      },
    };
  }

  /** Every setTyping call's value, in order. */
  typingCalls: boolean[] = [];
  /** Every markRead call's message ids. */
  readCalls: string[][] = [];
  async setTyping(_conversationId: string, typing: boolean) {
    this.typingCalls.push(typing);
  }
  async markRead(_conversationId: string, messageIds: string[]) {
    this.readCalls.push(messageIds);
  }
  async requestHuman() {
    this.push({ type: 'status', status: 'queued' });
  }
  async close() {
    this.conversation!.status = 'closed';
    this.push({ type: 'closed', reason: 'user' });
  }
  ratings: unknown[] = [];
  async rate(_id: string, rating: unknown) {
    this.ratings.push(rating);
  }
}

/** A validated adapter around a FakeChat (chat only, plus the demo's attachments if given). */
export function fakeAdapter(chat: FakeChat, extra: Partial<SupportAdapter> = {}): SupportAdapter {
  return validated({ name: 'fake', identify: async () => {}, chat, ...extra });
}

/** A network switch the test flips. */
export class TestNetwork implements NetworkMonitor {
  online = true;
  private readonly listeners = new Set<(online: boolean) => void>();
  subscribe(listener: (online: boolean) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  set(online: boolean) {
    this.online = online;
    for (const listener of [...this.listeners]) listener(online);
  }
}

