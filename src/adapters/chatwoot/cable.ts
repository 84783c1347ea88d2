/**
 * A minimal ActionCable client for Chatwoot's `/cable` WebSocket: the `actioncable-v1-json`
 * protocol (welcome → subscribe → confirm_subscription, pings every 3 s, `disconnect` frames),
 * one RoomChannel subscription per connection, identified by the contact's `pubsub_token`, and the
 * presence message Chatwoot's documentation asks clients to send every 30 s.
 *
 * Any way the connection ends other than `close()` is reported once through `onFailure`: a
 * rejected subscription or an `unauthorized` disconnect as `unauthorized`, a silent server (no
 * ping for `staleMs`) or a dropped socket as `network`. Reconnecting is the caller's job (the chat
 * store resubscribes from the last seq it applied).
 */
import { stringifyJson } from '../../core/json.js';
import { AdapterError } from '../contract.js';
import { cableEventSchema, cableFrameSchema } from './api.js';

export interface CableHandlers {
  /** The subscription is confirmed: events flow from now on. */
  onConfirmed(): void;
  onEvent(event: string, data: unknown): void;
  /** The connection is over (not called after `close()`). */
  onFailure(error: AdapterError): void;
}

export interface CableOptions {
  /** No frame (pings included) for this long means the connection is dead. Default 10000 ms. */
  staleMs?: number;
  /** Giving up on the welcome + confirmation after this long. Default 10000 ms. */
  connectTimeoutMs?: number;
  /** The presence message interval. Default 30000 ms. */
  presenceMs?: number;
  WebSocket?: typeof WebSocket;
}

export interface CableConnection {
  close(): void;
}

export const CABLE_PROTOCOLS = ['actioncable-v1-json', 'actioncable-unsupported'];

export function connectCable(url: string, pubsubToken: string, handlers: CableHandlers, options: CableOptions = {}): CableConnection {
  const identifier = stringifyJson({ channel: 'RoomChannel', pubsub_token: pubsubToken });
  const Socket = options.WebSocket ?? globalThis.WebSocket;
  let finished = false;
  let confirmed = false;
  let lastFrame = Date.now();
  let socket: WebSocket | undefined;
  const timers: ReturnType<typeof setInterval>[] = [];

  const cleanup = () => {
    finished = true;
    for (const timer of timers) clearInterval(timer);
    if (socket) {
      socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
    }
  };

  const fail = (error: AdapterError) => {
    if (finished) return;
    cleanup();
    try {
      socket?.close();
    } catch {
      // already closed
    }
    handlers.onFailure(error);
  };

  const send = (frame: object) => {
    if (socket?.readyState === Socket.OPEN) socket.send(stringifyJson(frame));
  };

  try {
    socket = new Socket(url, CABLE_PROTOCOLS);
  } catch (error) {
    queueMicrotask(() => fail(new AdapterError('network', 'Could not open the Chatwoot WebSocket.', { cause: error })));
    return { close: cleanup };
  }

  const started = Date.now();
  const staleMs = options.staleMs ?? 10_000;
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  timers.push(setInterval(() => {
    const now = Date.now();
    if (!confirmed && now - started > connectTimeoutMs) fail(new AdapterError('timeout', 'The Chatwoot WebSocket did not confirm the subscription in time.'));
    else if (confirmed && now - lastFrame > staleMs) fail(new AdapterError('network', 'The Chatwoot WebSocket went silent.'));
  }, Math.min(1000, staleMs / 2)));

  socket.onmessage = (message) => {
    lastFrame = Date.now();
    let frame;
    try {
      frame = cableFrameSchema.parse(JSON.parse(String(message.data)));
    } catch {
      return; // not an ActionCable frame: nothing to act on
    }
    switch (frame.type) {
      case 'welcome':
        send({ command: 'subscribe', identifier });
        return;
      case 'ping':
        return;
      case 'confirm_subscription':
        if (frame.identifier !== identifier) return;
        confirmed = true;
        timers.push(setInterval(() => send({ command: 'message', identifier, data: stringifyJson({ action: 'update_presence' }) }), options.presenceMs ?? 30_000));
        handlers.onConfirmed();
        return;
      case 'reject_subscription':
        fail(new AdapterError('unauthorized', 'Chatwoot rejected the realtime subscription (unknown or expired pubsub token).'));
        return;
      case 'disconnect':
        fail(frame.reason === 'unauthorized'
          ? new AdapterError('unauthorized', 'Chatwoot closed the realtime connection: unauthorized.')
          : new AdapterError('unavailable', `Chatwoot closed the realtime connection${frame.reason ? ` (${frame.reason})` : ''}.`));
        return;
      default:
        break;
    }
    if (frame.identifier !== identifier || frame.message === undefined || frame.message === null) return;
    const parsed = cableEventSchema.safeParse(frame.message);
    if (!parsed.success) {
      fail(new AdapterError('invalid_response', 'Chatwoot sent a malformed realtime event.', { details: parsed.error.issues.slice(0, 3) }));
      return;
    }
    handlers.onEvent(parsed.data.event, parsed.data.data);
  };
  socket.onerror = () => fail(new AdapterError('network', 'The Chatwoot WebSocket failed.'));
  socket.onclose = () => fail(new AdapterError('network', 'The Chatwoot WebSocket closed.'));

  return {
    close() {
      if (finished) return;
      const open = socket?.readyState === Socket.OPEN;
      if (open && confirmed) send({ command: 'unsubscribe', identifier });
      cleanup();
      try {
        socket?.close(1000);
      } catch {
        // already closed
      }
    },
  };
}
