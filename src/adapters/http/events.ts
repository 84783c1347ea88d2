/**
 * Conversation events over Server-Sent Events. EventSource cannot send headers, so the adapter
 * first asks (with its identity headers) for a short-lived stream ticket, then opens
 * `GET …/events?after=<seq>&ticket=…`. Each SSE message carries one ConversationEvent as JSON with
 * `id: <seq>`. When the stream breaks the adapter does not let EventSource reconnect on its own:
 * it closes it and reports `onError`, and the caller resubscribes from the last seq it saw (the
 * contract of `ChatApi.subscribe`). Events at or below the last delivered seq are dropped, so a
 * resubscription never delivers one twice.
 */
import { AdapterError, type ConversationHandlers, type ConversationSubscription } from '../contract.js';
import type { ConversationEvent } from '../schemas.js';
import { ROUTES } from './routes.js';
import type { Transport } from './transport.js';

export function subscribeToEvents(
  transport: Transport,
  conversationId: string,
  afterSeq: number,
  handlers: ConversationHandlers,
): ConversationSubscription {
  let closed = false;
  let failed = false;
  let source: EventSource | undefined;
  let lastSeq = afterSeq;
  const controller = new AbortController();

  const fail = (error: AdapterError) => {
    if (closed || failed) return;
    failed = true;
    source?.close();
    handlers.onError(error);
  };

  void (async () => {
    if (typeof EventSource === 'undefined') {
      throw new AdapterError('unsupported', 'This browser cannot receive live conversation events (no EventSource).');
    }
    const { ticket } = await transport.call<{ ticket: string }>(ROUTES.createStreamTicket, {
      params: { conversationId },
      signal: controller.signal,
      // No retries of its own: the caller resubscribes with its own backoff, and only hears that
      // the stream is down if this fails promptly (retrying quietly here let the widget believe,
      // a second after resubscribing, that the stream was back while the server was still down).
      retries: 0,
    });
    if (closed) return;
    if (typeof ticket !== 'string' || !ticket) throw new AdapterError('invalid_response', 'The support service sent no stream ticket.');
    source = new EventSource(transport.url(ROUTES.streamEvents, { conversationId }, { after: lastSeq, ticket }));
    source.onmessage = (message: MessageEvent<string>) => {
      if (closed || failed) return;
      let event: ConversationEvent;
      try {
        event = JSON.parse(message.data) as ConversationEvent;
      } catch (error) {
        handlers.onError(new AdapterError('invalid_response', 'The support service sent an event that is not JSON.', { cause: error }));
        return;
      }
      const seq = (event as { seq?: unknown })?.seq;
      if (typeof seq === 'number') {
        if (seq <= lastSeq) return; // already delivered (a replay after reconnecting)
        lastSeq = seq;
      }
      handlers.onEvent(event);
    };
    source.onerror = () => {
      // EventSource reports no status; a stream that never opened is as broken as one that dropped.
      fail(new AdapterError('network', 'The live conversation stream was interrupted.'));
    };
  })().catch((error: unknown) => {
    const adapterError = AdapterError.from(error);
    if (adapterError.code !== 'aborted') fail(adapterError);
  });

  return {
    close() {
      closed = true;
      controller.abort();
      source?.close();
    },
  };
}
