/**
 * One chat, start to finish: finds the conversation to resume (or waits for the pre-chat step),
 * loads the newest history page, subscribes from its last seq (reconnecting as needed), delivers
 * the outbox, pages history backwards, and wraps the other chat calls (handoff, close, rating,
 * typing, read receipts). Components render `rows()` and call these methods; nothing here
 * touches the DOM.
 */
import { AdapterError, type ChatApi } from '../../adapters/contract.js';
import type { Attachment, Conversation, Message, Rating, StartConversationInput } from '../../adapters/schemas.js';
import { browserNetwork, type NetworkMonitor } from './network.js';
import { Outbox, type DeliveryState, type OutboxOptions } from './outbox.js';
import { ConversationStore, type StoreSignal } from './store.js';
import { ResumableSubscription, type ConnectionState, type ReconnectOptions } from './subscription.js';
import { buildRows, type ChatRow } from './timeline.js';
import { takeCurrentConversation } from './current.js';
import { setOpenConversationHint } from './open-hint.js';

export type SessionPhase = 'idle' | 'loading' | 'prechat' | 'starting' | 'ready' | 'error';

export type SessionSignal =
  | StoreSignal
  /** The server has a message the user wrote (once per message, whichever way we learnt it). */
  | { type: 'delivered'; message: Message }
  | { type: 'started'; conversationId: string };

export interface ChatSessionOptions {
  network?: NetworkMonitor;
  reconnect?: ReconnectOptions;
  outbox?: OutboxOptions;
  now?: () => number;
  /** How long typing stays "on" without another keystroke, in ms. Default 4000. */
  typingTimeout?: number;
}

/** A message as the list shows it: the server's, or one still in the outbox. */
export interface DisplayMessage {
  message: Message;
  /** Set while the message is in the outbox. */
  delivery?: DeliveryState;
  error?: AdapterError;
}

/** Most history pages loaded to build a transcript. */
const MAX_TRANSCRIPT_PAGES = 200;

export class ChatSession {
  phase: SessionPhase = 'idle';
  /** Why loading or starting failed. */
  error?: AdapterError;
  /** Why the last action (handoff, close, rating) failed. */
  actionError?: AdapterError;
  connection: ConnectionState = 'connecting';
  connectionError?: AdapterError;
  loadingOlder = false;
  olderError?: AdapterError;
  /** An action in progress: 'human' | 'close' | 'rate'. */
  busy?: 'human' | 'close' | 'rate';
  rated = false;
  readonly store: ConversationStore;
  outbox?: Outbox;

  private subscription?: ResumableSubscription;
  private abort = new AbortController();
  private readonly network: NetworkMonitor;
  private readonly cleanups: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly signalListeners = new Set<(signal: SessionSignal) => void>();
  private rowCache?: { version: number; pending: unknown; rows: ChatRow[] };
  private typingSentAt = 0;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private readonly readIds = new Set<string>();
  private generation = 0;

  constructor(private readonly chat: ChatApi, private readonly options: ChatSessionOptions = {}) {
    this.network = options.network ?? browserNetwork;
    this.store = new ConversationStore(options.now);
    this.store.subscribe(() => this.changed());
    this.store.onSignal((signal) => {
      if (signal.type === 'confirmed') this.outbox?.acknowledge(signal.message);
      if (signal.type === 'closed') setOpenConversationHint(undefined);
      this.signal(signal);
    });
    this.cleanups.push(this.network.subscribe(() => this.changed()));
  }

  get conversationId(): string | undefined {
    return this.store.conversation?.id;
  }

  get online(): boolean {
    return this.network.online;
  }

  /** Resumes the user's open conversation, or moves to the pre-chat step. */
  async init(): Promise<void> {
    const generation = this.generation;
    this.error = undefined;
    this.setPhase('loading');
    try {
      // After a reload the panel may have just asked: take its answer rather than ask again.
      const conversation = await takeCurrentConversation(this.chat, { signal: this.abort.signal });
      if (generation !== this.generation) return;
      if (conversation) await this.open(conversation, false);
      else {
        setOpenConversationHint(undefined);
        this.setPhase('prechat');
      }
    } catch (error) {
      if (generation === this.generation) this.fail(error);
    }
  }

  /** Starts a new conversation (after the pre-chat step). */
  async start(input: StartConversationInput): Promise<void> {
    const generation = this.generation;
    this.error = undefined;
    this.setPhase('starting');
    let conversation: Conversation;
    try {
      conversation = await this.chat.start(input, { signal: this.abort.signal });
    } catch (error) {
      if (generation !== this.generation) return;
      this.error = AdapterError.from(error);
      this.setPhase('prechat');
      return;
    }
    try {
      if (generation === this.generation) await this.open(conversation, true);
    } catch (error) {
      // The conversation exists: retrying `init()` resumes it rather than starting another.
      if (generation === this.generation) this.fail(error);
    }
  }

  /** Queues a message for delivery; returns its client id. */
  send(text: string, attachments: Attachment[] = [], quickReplyId?: string): string | undefined {
    this.setTyping(false);
    return this.outbox?.add({ text, attachments, quickReplyId }).clientId;
  }

  retry(clientId: string): void {
    this.outbox?.retry(clientId);
  }

  discard(clientId: string): void {
    this.outbox?.discard(clientId);
  }

  /** Reconnects the event stream now (after it failed for good). */
  reconnect(): void {
    this.subscription?.reconnectNow();
  }

  /** Loads the page of history before the oldest loaded message. */
  async loadOlder(): Promise<void> {
    const id = this.conversationId;
    const cursor = this.store.previousCursor;
    if (!id || cursor === null || this.loadingOlder) return;
    const generation = this.generation;
    this.loadingOlder = true;
    this.olderError = undefined;
    this.changed();
    try {
      const page = await this.chat.history(id, cursor, { signal: this.abort.signal });
      if (generation !== this.generation) return;
      this.store.addPage(page, true);
    } catch (error) {
      if (generation === this.generation) this.olderError = AdapterError.from(error);
    } finally {
      if (generation === this.generation) {
        this.loadingOlder = false;
        this.changed();
      }
    }
  }

  /** Loads every earlier page (for a transcript); stops at the first error. */
  async loadAll(): Promise<void> {
    for (let page = 0; page < MAX_TRANSCRIPT_PAGES && this.store.previousCursor !== null && !this.olderError; page++) {
      await this.loadOlder();
    }
  }

  async requestHuman(): Promise<void> {
    await this.action('human', (id, signal) => this.chat.requestHuman(id, { signal }));
  }

  async close(): Promise<void> {
    await this.action('close', (id, signal) => this.chat.close(id, { signal }));
    if (!this.actionError) this.store.markClosed();
  }

  async rate(rating: Rating): Promise<void> {
    await this.action('rate', (id, signal) => this.chat.rate(id, rating, { signal }));
    if (!this.actionError) {
      this.rated = true;
      this.changed();
    }
  }

  /** Tells the other side the user is typing; throttled, and switched off after a pause. */
  setTyping(typing: boolean): void {
    const id = this.conversationId;
    if (!id || this.store.status === 'closed') return;
    clearTimeout(this.typingTimer);
    const now = Date.now();
    if (typing) {
      this.typingTimer = setTimeout(() => this.setTyping(false), this.options.typingTimeout ?? 4000);
      if (now - this.typingSentAt < 3000) return;
      this.typingSentAt = now;
    } else {
      if (!this.typingSentAt) return;
      this.typingSentAt = 0;
    }
    this.chat.setTyping(id, typing).catch(() => {});
  }

  /** Sends read receipts for messages the user has seen (each once). */
  markRead(messageIds: string[]): void {
    const id = this.conversationId;
    const fresh = messageIds.filter((messageId) => !this.readIds.has(messageId));
    if (!id || !fresh.length) return;
    for (const messageId of fresh) this.readIds.add(messageId);
    this.chat.markRead(id, fresh).catch(() => {
      for (const messageId of fresh) this.readIds.delete(messageId);
    });
  }

  /** Leaves the current conversation (after it closed) for a new pre-chat step. */
  newConversation(): void {
    this.teardown();
    this.store.reset();
    this.rated = false;
    this.setPhase('prechat');
  }

  /** The rows to show, recomputed only when messages are added or removed. */
  rows(): ChatRow[] {
    const pending = this.outbox?.pending ?? [];
    const cache = this.rowCache;
    if (cache && cache.version === this.store.version && cache.pending === pending) return cache.rows;
    const rows = buildRows(this.store, pending);
    this.rowCache = { version: this.store.version, pending, rows };
    return rows;
  }

  /** The current content of a message row. */
  display(row: Extract<ChatRow, { kind: 'message' }>): DisplayMessage | undefined {
    if (row.id) {
      const message = this.store.message(row.id);
      return message && { message };
    }
    const item = this.outbox?.pending.find((entry) => entry.clientId === row.clientId);
    if (!item) return undefined;
    return {
      message: {
        id: item.clientId,
        clientId: item.clientId,
        conversationId: item.conversationId,
        author: { id: 'me', role: 'user', name: '' },
        text: item.text,
        format: 'text',
        attachments: item.attachments,
        createdAt: item.createdAt,
        quickReplies: [],
        articles: [],
      },
      delivery: item.state,
      error: item.error,
    };
  }

  /** Quick replies of the newest message, when nothing was said after it. */
  quickReplies(): Message | undefined {
    if (this.store.status === 'closed' || this.outbox?.pending.length) return undefined;
    const last = this.store.timeline.at(-1);
    if (last?.kind !== 'message') return undefined;
    const message = this.store.message(last.id);
    return message && message.author.role !== 'user' && !message.streaming && message.quickReplies.length ? message : undefined;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onSignal(listener: (signal: SessionSignal) => void): () => void {
    this.signalListeners.add(listener);
    return () => this.signalListeners.delete(listener);
  }

  dispose(): void {
    this.teardown();
    for (const cleanup of this.cleanups) cleanup();
    this.listeners.clear();
    this.signalListeners.clear();
  }

  private async open(conversation: Conversation, fresh: boolean): Promise<void> {
    const generation = this.generation;
    const store = this.store;
    store.reset(conversation);
    const page = await this.chat.history(conversation.id, undefined, { signal: this.abort.signal });
    if (generation !== this.generation) return;
    store.addPage(page, false);

    const outbox = new Outbox(
      conversation.id,
      (entry) =>
        this.chat.send(entry.conversationId, {
          clientId: entry.clientId,
          text: entry.text,
          attachmentIds: entry.attachments.map((attachment) => attachment.id),
          quickReplyId: entry.quickReplyId,
        }),
      { network: this.network, now: this.options.now, ...this.options.outbox },
    );
    this.outbox = outbox;
    outbox.subscribe(() => this.changed());
    outbox.onDelivered((_entry, message) => {
      store.upsert(message);
      this.signal({ type: 'delivered', message });
      // The backend answers again: do not leave the event stream waiting out its backoff.
      if (this.connection === 'reconnecting') this.subscription?.reconnectNow();
    });
    // Sent before a reload whose answer never arrived: the history shows the server has them.
    for (const item of outbox.pending) {
      const known = store.messageByClientId(item.clientId);
      if (known) outbox.acknowledge(known);
    }

    this.subscription = new ResumableSubscription(
      this.chat,
      conversation.id,
      {
        lastSeq: () => store.lastSeq,
        onEvent: (event) => store.apply(event),
        onState: (state, error) => {
          this.connection = state;
          this.connectionError = error;
          if (state === 'live') outbox.resume(); // and the other way round
          this.changed();
        },
      },
      { network: this.network, ...this.options.reconnect },
    );
    this.setPhase('ready');
    setOpenConversationHint(store.status === 'closed' ? undefined : conversation.id);
    if (fresh) this.signal({ type: 'started', conversationId: conversation.id });
    this.subscription.start();
    outbox.start();
  }

  private async action(kind: 'human' | 'close' | 'rate', call: (id: string, signal: AbortSignal) => Promise<void>): Promise<void> {
    const id = this.conversationId;
    if (!id || this.busy) return;
    const generation = this.generation;
    this.busy = kind;
    this.actionError = undefined;
    this.changed();
    try {
      await call(id, this.abort.signal);
    } catch (error) {
      if (generation === this.generation) this.actionError = AdapterError.from(error);
    } finally {
      if (generation === this.generation) {
        this.busy = undefined;
        this.changed();
      }
    }
  }

  private teardown(): void {
    this.generation++;
    this.abort.abort();
    this.abort = new AbortController();
    clearTimeout(this.typingTimer);
    this.subscription?.close();
    this.subscription = undefined;
    this.outbox?.dispose();
    this.outbox = undefined;
    this.busy = undefined;
    this.actionError = undefined;
    this.loadingOlder = false;
    this.olderError = undefined;
    this.readIds.clear();
  }

  private fail(error: unknown): void {
    this.error = AdapterError.from(error);
    this.setPhase('error');
  }

  private setPhase(phase: SessionPhase): void {
    this.phase = phase;
    this.changed();
  }

  private signal(signal: SessionSignal): void {
    for (const listener of [...this.signalListeners]) listener(signal);
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
