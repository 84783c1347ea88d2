/**
 * A conversation subscription that survives broken streams: on an error it reconnects with
 * exponential backoff and jitter, asking for every event after the last seq applied, so nothing is
 * missed; events already applied are dropped, so nothing is shown twice. An event that skips seqs
 * makes it resubscribe once from the last seq (if the backend then sends the same event first, its
 * seqs are simply not contiguous and the event is accepted).
 */
import { AdapterError, type ChatApi, type ConversationSubscription } from '../../adapters/contract.js';
import type { ConversationEvent } from '../../adapters/schemas.js';
import { backoffDelay, browserNetwork, type NetworkMonitor } from './network.js';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'failed' | 'closed';

export interface SubscriptionSink {
  /** The last seq applied. */
  lastSeq(): number;
  onEvent(event: ConversationEvent): void;
  onState(state: ConnectionState, error?: AdapterError): void;
}

export interface ReconnectOptions {
  /** First reconnect delay in ms (doubles each time, with jitter). Default 500. */
  baseDelay?: number;
  /** Longest reconnect delay in ms. Default 30000. */
  maxDelay?: number;
  /** How long a reconnected stream must stay error-free to count as healthy, in ms. Default 1000. */
  settleDelay?: number;
  random?: () => number;
  network?: NetworkMonitor;
}

/** Errors that reconnecting cannot fix: the UI offers a manual retry instead. */
const FATAL = new Set(['not_found', 'unauthorized', 'forbidden', 'unsupported']);

export class ResumableSubscription {
  state: ConnectionState = 'connecting';
  error?: AdapterError;
  /** Reconnections made since the stream was last healthy. */
  attempts = 0;
  private current?: ConversationSubscription;
  private token = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private gapCheckedAt = -1;
  private readonly network: NetworkMonitor;
  private unsubscribeNetwork?: () => void;

  constructor(
    private readonly chat: ChatApi,
    private readonly conversationId: string,
    private readonly sink: SubscriptionSink,
    private readonly options: ReconnectOptions = {},
  ) {
    this.network = options.network ?? browserNetwork;
  }

  start(): void {
    this.unsubscribeNetwork ??= this.network.subscribe((online) => {
      if (online && this.state === 'reconnecting') this.reconnectNow();
    });
    this.connect();
  }

  /** Reconnects at once (the user pressed retry, or the network came back). */
  reconnectNow(): void {
    this.clearTimer();
    this.connect();
  }

  close(): void {
    this.clearTimer();
    this.token++;
    this.current?.close();
    this.current = undefined;
    this.unsubscribeNetwork?.();
    this.unsubscribeNetwork = undefined;
    this.setState('closed');
  }

  private connect(): void {
    this.current?.close();
    const token = ++this.token;
    this.setState(this.attempts > 0 ? 'reconnecting' : 'connecting');
    try {
      this.current = this.chat.subscribe(this.conversationId, this.sink.lastSeq(), {
        onEvent: (event) => {
          if (token === this.token) this.receive(event);
        },
        onError: (error) => {
          if (token === this.token) this.fail(AdapterError.from(error));
        },
      });
    } catch (error) {
      this.fail(AdapterError.from(error));
      return;
    }
    if (token !== this.token) return;
    if (this.state === 'connecting') this.setState('live');
    // After a reconnection, call it healthy once an event arrives or nothing failed for a while.
    else this.timer = setTimeout(() => this.healthy(), this.options.settleDelay ?? 1000);
  }

  private healthy(): void {
    this.timer = undefined;
    this.attempts = 0;
    this.error = undefined;
    if (this.state !== 'live') this.setState('live');
  }

  private receive(event: ConversationEvent): void {
    const last = this.sink.lastSeq();
    if (event.seq <= last) return; // a replay of something already applied
    if (event.seq > last + 1 && this.gapCheckedAt !== last) {
      this.gapCheckedAt = last;
      this.reconnectNow();
      return;
    }
    if (this.state !== 'live') {
      this.clearTimer();
      this.healthy();
    } else this.attempts = 0;
    this.sink.onEvent(event);
  }

  private fail(error: AdapterError): void {
    this.token++;
    this.current?.close();
    this.current = undefined;
    this.error = error;
    if (FATAL.has(error.code)) {
      this.setState('failed', error);
      return;
    }
    this.setState('reconnecting', error);
    this.clearTimer();
    if (!this.network.online) return; // the network listener reconnects when it is back
    const delay = backoffDelay(this.attempts++, this.options.baseDelay ?? 500, this.options.maxDelay ?? 30_000, this.options.random);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.connect();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private setState(state: ConnectionState, error?: AdapterError): void {
    this.state = state;
    this.sink.onState(state, error);
  }
}
