/**
 * The outbox: every message the user writes is given a client id and stored (consent-gated
 * storage) before anything is sent, then delivered one at a time, in order. The adapter's `send`
 * is idempotent per client id, so sending again after a lost answer, a reload or a reconnect never
 * makes a second message: delivery is exactly once. Offline, the outbox waits; a failed attempt is
 * shown (with retry) and retried with backoff; a failure the server will not change its mind about
 * waits for the user. A message that failed holds back the ones after it, so order is kept.
 */
import { z } from 'zod/mini';
import { AdapterError } from '../../adapters/contract.js';
import { attachmentSchema, type Attachment, type Message } from '../../adapters/schemas.js';
import { StoredValue } from '../stored-value.js';
import { backoffDelay, browserNetwork, type NetworkMonitor } from './network.js';

const entrySchema = z.object({
  clientId: z.string(),
  conversationId: z.string(),
  text: z.string(),
  attachments: z._default(z.array(attachmentSchema), []),
  quickReplyId: z.optional(z.string()),
  createdAt: z.string(),
});

/** A message waiting to be delivered, as persisted. */
export type OutboxEntry = z.infer<typeof entrySchema>;

/** waiting: offline or behind an earlier message. sending: on its way. failed: shows retry. */
export type DeliveryState = 'waiting' | 'sending' | 'failed';

export interface OutboxItem extends OutboxEntry {
  state: DeliveryState;
  error?: AdapterError;
}

export interface OutboxOptions {
  network?: NetworkMonitor;
  /** First retry delay in ms (doubles each time, with jitter). Default 1000. */
  retryBase?: number;
  /** Longest retry delay in ms. Default 30000. */
  retryMax?: number;
  random?: () => number;
  now?: () => number;
}

/** A new random client id (works outside secure contexts, where `randomUUID` is missing). */
export function createClientId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `c_${Date.now().toString(36)}_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function outboxKey(conversationId: string): string {
  return `chat.outbox.${conversationId}`;
}

export class Outbox {
  private readonly stored: StoredValue<OutboxEntry[]>;
  private items: OutboxItem[];
  private busy = false;
  private disposed = false;
  private timer?: ReturnType<typeof setTimeout>;
  private attempts = 0;
  private readonly acknowledged = new Set<string>();
  private readonly network: NetworkMonitor;
  private readonly unsubscribeNetwork: () => void;
  private readonly listeners = new Set<() => void>();
  private readonly deliveredListeners = new Set<(entry: OutboxEntry, message: Message) => void>();

  constructor(
    readonly conversationId: string,
    private readonly send: (entry: OutboxEntry) => Promise<Message>,
    private readonly options: OutboxOptions = {},
  ) {
    this.network = options.network ?? browserNetwork;
    this.stored = new StoredValue(outboxKey(conversationId), (raw) => {
      const parsed = z.array(entrySchema).safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    });
    this.items = (this.stored.read() ?? [])
      .filter((entry) => entry.conversationId === conversationId)
      .map((entry) => ({ ...entry, state: 'waiting' as const }));
    this.unsubscribeNetwork = this.network.subscribe((online) => {
      if (!online) return;
      // Back online: try now rather than when the backoff timer fires.
      this.attempts = 0;
      this.clearTimer();
      void this.pump();
    });
  }

  /** Messages not yet delivered, in order. */
  get pending(): readonly OutboxItem[] {
    return this.items;
  }

  /** Creates a message (with a fresh client id), stores it, and starts delivering. */
  add(input: { text: string; attachments?: Attachment[]; quickReplyId?: string }): OutboxItem {
    const item: OutboxItem = {
      clientId: createClientId(),
      conversationId: this.conversationId,
      text: input.text,
      attachments: input.attachments ?? [],
      quickReplyId: input.quickReplyId,
      createdAt: new Date((this.options.now ?? Date.now)()).toISOString(),
      state: 'waiting',
    };
    this.items = [...this.items, item];
    this.persist();
    this.changed();
    void this.pump();
    return item;
  }

  /** Starts delivering what the storage held (call once the conversation is loaded). */
  start(): void {
    void this.pump();
  }

  /** Sends a failed message again now. */
  retry(clientId: string): void {
    const item = this.items.find((entry) => entry.clientId === clientId);
    if (!item || item.state !== 'failed') return;
    this.attempts = 0;
    this.clearTimer();
    this.update(clientId, { state: 'waiting', error: undefined });
    void this.pump();
  }

  /**
   * The backend was just reached another way (the event stream is live again): a message waiting
   * out its retry backoff goes now instead of after up to 30 s. Failures retrying cannot fix stay.
   */
  resume(): void {
    const head = this.items[0];
    if (this.timer === undefined || !head?.error?.retryable) return;
    this.attempts = 0;
    this.clearTimer();
    void this.pump();
  }

  /** Gives up on a message that has not been delivered. */
  discard(clientId: string): void {
    const item = this.items.find((entry) => entry.clientId === clientId);
    if (!item || item.state === 'sending') return;
    this.remove(clientId);
    void this.pump();
  }

  /**
   * The server already has this message (seen in an event or a history page): stop sending it.
   * Returns true when it was in the outbox.
   */
  acknowledge(message: Message): boolean {
    const clientId = message.clientId;
    const item = clientId && this.items.find((entry) => entry.clientId === clientId);
    if (!item) return false;
    if (item.state === 'sending') {
      this.acknowledged.add(item.clientId); // the attempt in flight finishes the job
      return true;
    }
    this.remove(item.clientId);
    this.notifyDelivered(item, message);
    void this.pump();
    return true;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called once per message when the server has it. */
  onDelivered(listener: (entry: OutboxEntry, message: Message) => void): () => void {
    this.deliveredListeners.add(listener);
    return () => this.deliveredListeners.delete(listener);
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.unsubscribeNetwork();
    this.listeners.clear();
    this.deliveredListeners.clear();
  }

  private async pump(): Promise<void> {
    if (this.busy || this.disposed || this.timer !== undefined) return;
    const head = this.items[0];
    if (!head) return;
    // A failure the server will not change its mind about waits for the user (retry or discard).
    if (head.state === 'failed' && !head.error?.retryable) return;
    if (!this.network.online) {
      if (head.state !== 'waiting') this.update(head.clientId, { state: 'waiting' });
      return;
    }
    this.busy = true;
    this.update(head.clientId, { state: 'sending' });
    let message: Message | undefined;
    let failure: AdapterError | undefined;
    try {
      message = await this.send(head);
    } catch (error) {
      failure = AdapterError.from(error);
    }
    this.busy = false;
    if (this.disposed) return;
    const acked = this.acknowledged.delete(head.clientId);
    if (message || acked) {
      this.attempts = 0;
      this.remove(head.clientId);
      if (message) this.notifyDelivered(head, message);
      void this.pump();
      return;
    }
    this.update(head.clientId, { state: 'failed', error: failure });
    if (failure?.retryable && this.network.online) this.scheduleRetry(failure);
  }

  private scheduleRetry(failure: AdapterError): void {
    const base = this.options.retryBase ?? 1000;
    const delay = failure.retryAfter !== undefined
      ? failure.retryAfter * 1000
      : backoffDelay(this.attempts++, base, this.options.retryMax ?? 30_000, this.options.random);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.pump();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private notifyDelivered(entry: OutboxEntry, message: Message): void {
    for (const listener of [...this.deliveredListeners]) listener(entry, message);
  }

  private update(clientId: string, patch: Partial<OutboxItem>): void {
    this.items = this.items.map((item) => (item.clientId === clientId ? { ...item, ...patch } : item));
    this.changed();
  }

  private remove(clientId: string): void {
    this.items = this.items.filter((item) => item.clientId !== clientId);
    this.persist();
    this.changed();
  }

  private persist(): void {
    const entries = this.items.map(({ state: _s, error: _e, ...entry }) => entry);
    this.stored.write(entries.length ? entries : undefined);
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
