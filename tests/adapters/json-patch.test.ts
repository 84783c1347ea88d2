/**
 * What the adapters send survives a host page's `toJSON` patches: Prototype.js's
 * `Array.prototype.toJSON` (arrays double-encoded as strings) and a `toJSON` on `Object.prototype`.
 */
import { expect } from '@open-wc/testing';
import { connectCable } from '../../src/adapters/chatwoot/cable.js';
import { createVendorHttp } from '../../src/adapters/chatwoot/vendor-http.js';
import { Transport } from '../../src/adapters/http/transport.js';
import { stringifyJson } from '../../src/core/json.js';
import { resetStorage, testAdapter } from '../helpers.js';

type Patchable = { toJSON?: unknown };

/** Runs `body` with the page's patches in place, then removes them (also on failure). */
async function withPatches<T>(protos: object[], body: () => T | Promise<T>): Promise<T> {
  for (const proto of protos) {
    // Non-enumerable, as a careful library would install it (an enumerable one breaks for…in everywhere).
    Object.defineProperty(proto, 'toJSON', {
      configurable: true, writable: true,
      value(this: unknown) {
        return Array.isArray(this) ? `[${this.join(',')}]` : '[object Object]';
      },
    });
  }
  try {
    return await body();
  } finally {
    for (const proto of protos) delete (proto as Patchable).toJSON;
  }
}

/** A fetch that records request bodies and answers 200 `{}`. */
function recordingFetch(bodies: unknown[]): typeof fetch {
  return async (_input, init) => {
    bodies.push(init?.body);
    return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

const BODY = { attachmentIds: ['att_1', 'att_2'], fields: { networks: ['TRX', 'ETH'] }, at: new Date(0) };
const EXPECTED = { attachmentIds: ['att_1', 'att_2'], fields: { networks: ['TRX', 'ETH'] }, at: '1970-01-01T00:00:00.000Z' };

describe('JSON under host-page toJSON patches', () => {
  it('stringifyJson undoes Array and Object prototype patches but keeps Date and own toJSON', async () => {
    const custom = { toJSON: () => 'custom' };
    const text = await withPatches([Array.prototype, Object.prototype], () => {
      expect(JSON.stringify({ list: [1] })).to.not.equal('{"list":[1]}'); // the patches really break plain JSON
      return stringifyJson({ list: [1, [2, { deep: [3] }]], at: new Date(0), custom, none: null });
    });
    expect(JSON.parse(text)).to.deep.equal({ list: [1, [2, { deep: [3] }]], at: '1970-01-01T00:00:00.000Z', custom: 'custom', none: null });
    expect(Object.prototype.hasOwnProperty.call(Array.prototype, 'toJSON')).to.equal(false);
  });

  it('the HTTP adapter sends arrays in request bodies as arrays', async () => {
    const bodies: unknown[] = [];
    const transport = new Transport({
      baseUrl: 'https://support.example.com/api', timeoutMs: 5000, uploadTimeoutMs: 5000, retries: 0, baseDelayMs: 1, maxDelayMs: 1,
      fetch: recordingFetch(bodies), authHeaders: async () => ({}), extraHeaders: {}, random: Math.random,
    });
    await withPatches([Array.prototype], () => transport.call({ method: 'POST', path: '/tickets', idempotent: false }, { body: BODY }));
    expect(JSON.parse(bodies[0] as string)).to.deep.equal(EXPECTED);
  });

  it('the help-desk HTTP layer (Chatwoot, Zendesk) sends arrays in request bodies as arrays', async () => {
    const bodies: unknown[] = [];
    const http = createVendorHttp({ vendor: 'Chatwoot', baseUrl: 'https://desk.example.com', fetch: recordingFetch(bodies) });
    await withPatches([Array.prototype], () => http.json('/conversations', null, 'create', { method: 'POST', body: BODY }));
    expect(JSON.parse(bodies[0] as string)).to.deep.equal(EXPECTED);
  });

  it('the demo backend hands out the ticket form and new tickets whole', async () => {
    resetStorage();
    const adapter = testAdapter();
    const { form, ticket } = await withPatches([Array.prototype], async () => {
      const form = await adapter.tickets!.form('en');
      const created = await adapter.tickets!.create({
        categoryId: 'other', subject: 'Fee tiers', description: 'How are VIP fee tiers calculated?', fields: {}, attachmentIds: [], idempotencyKey: 'json-patch-1',
      });
      return { form, ticket: await adapter.tickets!.get(created.id) };
    });
    expect(form.categories.length).to.be.greaterThan(3);
    expect(ticket.messages[0]!.text).to.equal('How are VIP fee tiers calculated?');
    expect(ticket.messages.every((message) => Array.isArray(message.attachments))).to.equal(true);
  });

  it('the Chatwoot realtime connection sends well-formed ActionCable frames', async () => {
    const sent: string[] = [];
    class FakeSocket {
      static readonly OPEN = 1;
      readyState = 1;
      onopen: unknown = null;
      onerror: unknown = null;
      onclose: unknown = null;
      onmessage: ((message: { data: string }) => void) | null = null;
      constructor(readonly url: string) {
        sockets.push(this);
      }
      send(frame: string) {
        sent.push(frame);
      }
      close() {}
    }
    const sockets: FakeSocket[] = [];
    const connection = await withPatches([Array.prototype, Object.prototype], () => {
      const opened = connectCable('wss://desk.example.com/cable', 'token-1', { onConfirmed() {}, onEvent() {}, onFailure() {} }, {
        WebSocket: FakeSocket as unknown as typeof WebSocket,
      });
      sockets[0]!.onmessage!({ data: '{"type":"welcome"}' });
      return opened;
    });
    connection.close();
    expect(sent.map((frame) => JSON.parse(frame))).to.deep.equal([
      { command: 'subscribe', identifier: '{"channel":"RoomChannel","pubsub_token":"token-1"}' },
    ]);
  });
});
