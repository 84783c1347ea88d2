/**
 * The client-side state of one conversation: messages keyed by server id and by client id
 * (so an event, a send response and a history page never show the same message twice), their
 * order, streamed deltas applied to the message they belong to, receipts, typing, queue position,
 * agent and status. Plain TypeScript, no DOM, no I/O: the session feeds it adapter data.
 */
import type { Conversation, ConversationEvent, HistoryPage, Message, Participant } from '../../adapters/schemas.js';

export type ConversationStatus = Conversation['status'];

export interface QueueInfo {
  position: number;
  estimatedWaitSeconds?: number;
}

/** A line in the timeline that is not a message: an agent joined or left, the chat closed. */
export interface SystemLine {
  kind: 'system';
  key: string;
  type: 'agent_joined' | 'agent_left' | 'closed';
  participant?: Participant;
  reason?: string;
  at: string;
}

export type TimelineEntry = { kind: 'message'; id: string } | SystemLine;

/** Things worth telling the user or the host page about, as they happen. */
export type StoreSignal =
  /** A complete message from the bot or an agent arrived live (streamed ones once finished). */
  | { type: 'received'; message: Message }
  /** A message carrying a client id is now known to the server. */
  | { type: 'confirmed'; message: Message }
  | { type: 'agent_joined'; agent: Participant }
  | { type: 'closed'; reason?: string };

const RECEIPT_RANK = { sent: 1, delivered: 2, read: 3 } as const;

export class ConversationStore {
  conversation?: Conversation;
  status: ConversationStatus = 'bot';
  agent?: Participant;
  /** The agent who left while the chat stayed open, until another joins (the header says so). */
  departedAgent?: Participant;
  queue?: QueueInfo;
  closedReason?: string;
  /** The seq of the last event applied; subscriptions resume after it. */
  lastSeq = 0;
  /** Cursor of the page before the oldest loaded message; null when the beginning is loaded. */
  previousCursor: string | null = null;
  /** Changes when messages are added or removed (not when one's text grows). */
  version = 0;

  private readonly byId = new Map<string, Message>();
  private readonly byClientId = new Map<string, string>();
  private entries: TimelineEntry[] = [];
  private readonly typingNow = new Map<string, Participant>();
  private readonly pendingDeltas = new Map<string, { delta: string; done?: boolean }[]>();
  private readonly pendingReceipts = new Map<string, 'delivered' | 'read'>();
  private readonly live = new Set<string>();
  /** Messages placed by a send response whose own event has not arrived yet. */
  private readonly unsequenced = new Set<string>();
  private closedShown = false;
  private readonly listeners = new Set<() => void>();
  private readonly signalListeners = new Set<(signal: StoreSignal) => void>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts over with a conversation (fresh or resumed). */
  reset(conversation?: Conversation): void {
    this.conversation = conversation;
    this.status = conversation?.status ?? 'bot';
    this.agent = conversation?.agent;
    this.queue = undefined;
    this.closedReason = undefined;
    this.lastSeq = 0;
    this.previousCursor = null;
    this.byId.clear();
    this.byClientId.clear();
    this.entries = [];
    this.typingNow.clear();
    this.pendingDeltas.clear();
    this.pendingReceipts.clear();
    this.live.clear();
    this.unsequenced.clear();
    this.closedShown = conversation?.status === 'closed';
    this.version++;
    this.changed();
  }

  get timeline(): readonly TimelineEntry[] {
    return this.entries;
  }

  get messageCount(): number {
    return this.byId.size;
  }

  get typing(): Participant[] {
    return [...this.typingNow.values()];
  }

  message(id: string): Message | undefined {
    return this.byId.get(id);
  }

  messageByClientId(clientId: string): Message | undefined {
    const id = this.byClientId.get(clientId);
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Every loaded message, oldest first. */
  messages(): Message[] {
    return this.entries.flatMap((entry) => (entry.kind === 'message' ? [this.byId.get(entry.id)!] : []));
  }

  /**
   * Adds a history page. The newest page (first load) also sets the seq to subscribe from; older
   * pages go in front of what is loaded, skipping messages already known.
   */
  addPage(page: HistoryPage, older: boolean): void {
    const fresh: TimelineEntry[] = [];
    for (const message of page.messages) {
      if (this.known(message)) this.merge(message);
      else fresh.push(this.insert(message));
    }
    if (older) this.entries = [...fresh, ...this.entries];
    else {
      this.entries.push(...fresh);
      this.lastSeq = Math.max(this.lastSeq, page.lastSeq);
    }
    this.previousCursor = page.previousCursor;
    if (fresh.length) this.version++;
    this.changed();
  }

  /** Adds or updates a message that did not come through an event (a send response). */
  upsert(message: Message): void {
    if (this.known(message)) this.merge(message);
    else {
      this.entries.push(this.insert(message));
      this.unsequenced.add(message.id);
      this.version++;
      this.emitConfirmed(message);
    }
    this.changed();
  }

  /**
   * Applies one event. Returns false (and changes nothing) for an event already applied, so
   * replays after a reconnect are harmless.
   */
  apply(event: ConversationEvent): boolean {
    if (event.seq <= this.lastSeq) return false;
    this.lastSeq = event.seq;
    switch (event.type) {
      case 'message': {
        const message = event.message;
        const author = message.author;
        this.typingNow.delete(author.id);
        if (this.known(message)) {
          this.unsequenced.delete(this.byClientId.get(message.clientId ?? '') ?? message.id);
          this.merge(message);
        } else {
          // Events come in server order: a new one goes before messages only a send response placed.
          let at = this.entries.length;
          while (at > 0 && this.unsequenced.has((this.entries[at - 1] as { id?: string }).id ?? '')) at--;
          this.entries.splice(at, 0, this.insert(message));
          this.version++;
          this.emitConfirmed(message);
          if (author.role === 'bot' || author.role === 'agent') {
            this.live.add(message.id);
            const stored = this.byId.get(message.id)!;
            if (!stored.streaming) this.receive(stored);
          }
        }
        break;
      }
      case 'message_delta':
        this.applyDelta(event.messageId, event.delta, event.done);
        break;
      case 'typing':
        if (event.typing) this.typingNow.set(event.participant.id, event.participant);
        else this.typingNow.delete(event.participant.id);
        break;
      case 'agent_joined':
        this.agent = event.agent;
        this.departedAgent = undefined;
        if (this.status !== 'closed') this.status = 'active';
        this.queue = undefined;
        this.system(event.seq, 'agent_joined', { participant: event.agent });
        this.signal({ type: 'agent_joined', agent: event.agent });
        break;
      case 'agent_left':
        this.typingNow.delete(event.agent.id);
        if (this.agent?.id === event.agent.id) {
          this.agent = undefined;
          this.departedAgent = event.agent;
        }
        this.system(event.seq, 'agent_left', { participant: event.agent });
        break;
      case 'queue':
        this.queue = { position: event.position, estimatedWaitSeconds: event.estimatedWaitSeconds };
        if (this.status === 'bot') this.status = 'queued';
        break;
      case 'receipt':
        for (const id of event.messageIds) this.receipt(id, event.status);
        break;
      case 'status':
        this.status = event.status;
        if (event.status !== 'queued') this.queue = undefined;
        break;
      case 'closed':
        this.close(event.seq, event.reason);
        break;
    }
    this.changed();
    return true;
  }

  /** Subscribes to any change (for re-rendering). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onSignal(listener: (signal: StoreSignal) => void): () => void {
    this.signalListeners.add(listener);
    return () => this.signalListeners.delete(listener);
  }

  private known(message: Message): boolean {
    return this.byId.has(message.id) || (message.clientId !== undefined && this.byClientId.has(message.clientId));
  }

  private insert(message: Message): TimelineEntry {
    this.byId.set(message.id, message);
    if (message.clientId) this.byClientId.set(message.clientId, message.id);
    let stored = message;
    const deltas = this.pendingDeltas.get(message.id);
    if (deltas) {
      this.pendingDeltas.delete(message.id);
      for (const { delta, done } of deltas) stored = this.withDelta(stored, delta, done);
    }
    const receipt = this.pendingReceipts.get(message.id);
    if (receipt) {
      this.pendingReceipts.delete(message.id);
      stored = this.withReceipt(stored, receipt);
    }
    this.byId.set(message.id, stored);
    return { kind: 'message', id: message.id };
  }

  /** A second sighting of a known message: keep the fullest text and the furthest receipt. */
  private merge(message: Message): void {
    const id = this.byId.has(message.id) ? message.id : this.byClientId.get(message.clientId!)!;
    const old = this.byId.get(id)!;
    const keepText = old.text.length > message.text.length && message.streaming;
    const merged: Message = {
      ...old,
      ...message,
      id,
      text: keepText ? old.text : message.text,
      streaming: keepText ? old.streaming : message.streaming,
      status: rank(old.status) > rank(message.status) ? old.status : message.status,
    };
    this.byId.set(id, merged);
  }

  private applyDelta(messageId: string, delta: string, done?: boolean): void {
    const message = this.byId.get(messageId);
    if (!message) {
      // A delta before its message (should not happen with ordered seqs): keep it for later.
      const list = this.pendingDeltas.get(messageId) ?? [];
      list.push({ delta, done });
      this.pendingDeltas.set(messageId, list);
      return;
    }
    const updated = this.withDelta(message, delta, done);
    this.byId.set(messageId, updated);
    if (done && this.live.has(messageId)) this.receive(updated);
  }

  private withDelta(message: Message, delta: string, done?: boolean): Message {
    return { ...message, text: message.text + delta, streaming: done ? false : (message.streaming ?? true) };
  }

  private receipt(id: string, status: 'delivered' | 'read'): void {
    const message = this.byId.get(id);
    if (!message) {
      if (rank(status) > rank(this.pendingReceipts.get(id))) this.pendingReceipts.set(id, status);
      return;
    }
    this.byId.set(id, this.withReceipt(message, status));
  }

  private withReceipt(message: Message, status: 'delivered' | 'read'): Message {
    return rank(status) > rank(message.status) ? { ...message, status } : message;
  }

  private receive(message: Message): void {
    this.live.delete(message.id);
    this.signal({ type: 'received', message });
  }

  private emitConfirmed(message: Message): void {
    if (message.clientId) this.signal({ type: 'confirmed', message });
  }

  /** Our close call succeeded; the `closed` event may follow (it is then not shown twice). */
  markClosed(): void {
    this.close('local');
    this.changed();
  }

  private close(seq: number | string, reason?: string): void {
    this.status = 'closed';
    this.queue = undefined;
    this.typingNow.clear();
    if (reason !== undefined) this.closedReason = reason;
    if (this.closedShown) return;
    this.closedShown = true;
    this.system(seq, 'closed', { reason });
    this.signal({ type: 'closed', reason });
  }

  private system(seq: number | string, type: SystemLine['type'], extra: Partial<SystemLine>): void {
    const last = this.entries.at(-1);
    const lastMessage = last?.kind === 'message' ? this.byId.get(last.id) : undefined;
    const now = this.now();
    // Keep the line on the same day as the message before it when the clock is behind.
    const at = lastMessage && Date.parse(lastMessage.createdAt) > now ? lastMessage.createdAt : new Date(now).toISOString();
    this.entries.push({ kind: 'system', key: `s:${seq}`, type, at, ...extra });
    this.version++;
  }

  private signal(signal: StoreSignal): void {
    for (const listener of [...this.signalListeners]) listener(signal);
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function rank(status: Message['status'] | undefined): number {
  return status ? RECEIPT_RANK[status] : 0;
}
