import { expect } from '@open-wc/testing';
import { AdapterError, type AdapterErrorCode } from '../../src/adapters/contract.js';
import type { Message } from '../../src/adapters/schemas.js';
import { Outbox, outboxKey, type OutboxEntry } from '../../src/core/chat/outbox.js';
import { storageGate } from '../../src/core/storage.js';
import { resetStorage, until } from '../helpers.js';
import { ME, TestNetwork } from './fake-chat.js';

/** An idempotent server: one message per client id, in arrival order. */
class Server {
  received: string[] = [];
  calls = 0;
  fail?: AdapterErrorCode;
  private readonly byClient = new Map<string, Message>();
  hold = false;
  private held: (() => void)[] = [];
  send = async (entry: OutboxEntry): Promise<Message> => {
    this.calls++;
    if (this.hold) await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.fail) throw new AdapterError(this.fail, 'failed');
    let message = this.byClient.get(entry.clientId);
    if (!message) {
      message = {
        id: `s${this.byClient.size}`, clientId: entry.clientId, conversationId: entry.conversationId, author: ME, text: entry.text,
        format: 'text', attachments: [], createdAt: new Date().toISOString(), quickReplies: [], articles: [],
      };
      this.byClient.set(entry.clientId, message);
      this.received.push(entry.text);
    }
    return message;
  };
  release() {
    this.hold = false;
    for (const release of this.held.splice(0)) release();
  }
}

const fast = { retryBase: 5, retryMax: 20 };

describe('Outbox', () => {
  beforeEach(() => {
    resetStorage();
    storageGate.allow();
  });
  afterEach(() => resetStorage());

  it('gives every message a client id at creation and stores it before sending', () => {
    const network = new TestNetwork();
    network.online = false;
    const outbox = new Outbox('conv', new Server().send, { network, ...fast });
    const a = outbox.add({ text: 'one' });
    const b = outbox.add({ text: 'two' });
    expect(a.clientId).to.match(/^c_/);
    expect(a.clientId).not.to.equal(b.clientId);
    const stored = JSON.parse(localStorage.getItem(`lifebuoy:${outboxKey('conv')}`)!);
    expect(stored.map((e: OutboxEntry) => e.text)).to.deep.equal(['one', 'two']);
    expect(outbox.pending.map((e) => e.state)).to.deep.equal(['waiting', 'waiting']);
    outbox.dispose();
  });

  it('delivers in order, once each, and forgets what was delivered', async () => {
    const server = new Server();
    const delivered: string[] = [];
    const outbox = new Outbox('conv', server.send, { network: new TestNetwork(), ...fast });
    outbox.onDelivered((entry) => delivered.push(entry.text));
    for (const text of ['1', '2', '3', '4']) outbox.add({ text });
    await until(() => outbox.pending.length === 0);
    expect(server.received).to.deep.equal(['1', '2', '3', '4']);
    expect(delivered).to.deep.equal(['1', '2', '3', '4']);
    expect(localStorage.getItem(`lifebuoy:${outboxKey('conv')}`)).to.equal(null);
    outbox.dispose();
  });

  it('waits offline, survives a reload, and delivers everything in order once back online', async () => {
    const server = new Server();
    const network = new TestNetwork();
    network.online = false;
    const first = new Outbox('conv', server.send, { network, ...fast });
    first.add({ text: 'before reload 1' });
    first.add({ text: 'before reload 2' });
    await new Promise((r) => setTimeout(r, 20));
    expect(server.calls).to.equal(0);
    first.dispose(); // the page goes away

    const second = new Outbox('conv', server.send, { network, ...fast }); // the page comes back
    expect(second.pending.map((e) => e.text)).to.deep.equal(['before reload 1', 'before reload 2']);
    second.add({ text: 'after reload' });
    second.start();
    await new Promise((r) => setTimeout(r, 20));
    expect(server.calls).to.equal(0);
    network.set(true);
    await until(() => second.pending.length === 0);
    expect(server.received).to.deep.equal(['before reload 1', 'before reload 2', 'after reload']);
    second.dispose();
  });

  it('does not duplicate a message whose send was in flight during a reload', async () => {
    const server = new Server();
    server.hold = true;
    const network = new TestNetwork();
    const first = new Outbox('conv', server.send, { network, ...fast });
    first.add({ text: 'in flight' });
    await until(() => server.calls === 1);
    first.dispose(); // reload while the request is on the wire…
    server.release(); // …and the server processes it anyway

    const second = new Outbox('conv', server.send, { network, ...fast });
    expect(second.pending).to.have.length(1); // we never heard back, so it is sent again
    second.start();
    await until(() => second.pending.length === 0);
    expect(server.calls).to.equal(2);
    expect(server.received).to.deep.equal(['in flight']); // but the server has it once
    second.dispose();
  });

  it('shows a failure, retries with backoff and keeps later messages behind it', async () => {
    const server = new Server();
    server.fail = 'network';
    const outbox = new Outbox('conv', server.send, { network: new TestNetwork(), ...fast });
    outbox.add({ text: 'first' });
    outbox.add({ text: 'second' });
    await until(() => outbox.pending[0]!.state === 'failed');
    expect(outbox.pending[0]!.error!.code).to.equal('network');
    expect(outbox.pending[1]!.state).to.equal('waiting');
    await until(() => server.calls >= 3); // automatic retries
    expect(server.received).to.deep.equal([]);
    server.fail = undefined;
    await until(() => outbox.pending.length === 0);
    expect(server.received).to.deep.equal(['first', 'second']);
    outbox.dispose();
  });

  it('waits for the user after a failure that retrying cannot fix; retry and discard', async () => {
    const server = new Server();
    server.fail = 'invalid_request';
    const outbox = new Outbox('conv', server.send, { network: new TestNetwork(), ...fast });
    const bad = outbox.add({ text: 'bad' });
    outbox.add({ text: 'next' });
    await until(() => outbox.pending[0]!.state === 'failed');
    await new Promise((r) => setTimeout(r, 50));
    expect(server.calls).to.equal(1); // no automatic retry
    outbox.retry(bad.clientId);
    await until(() => server.calls === 2 && outbox.pending[0]!.state === 'failed');
    server.fail = undefined;
    outbox.discard(bad.clientId);
    await until(() => outbox.pending.length === 0);
    expect(server.received).to.deep.equal(['next']);
    outbox.dispose();
  });

  it('stops sending what the server is already known to have', async () => {
    const network = new TestNetwork();
    network.online = false;
    const server = new Server();
    const outbox = new Outbox('conv', server.send, { network, ...fast });
    const delivered: string[] = [];
    outbox.onDelivered((entry) => delivered.push(entry.text));
    const item = outbox.add({ text: 'seen in history' });
    const echoed = await server.send(item);
    expect(outbox.acknowledge(echoed)).to.equal(true);
    expect(outbox.pending).to.have.length(0);
    expect(delivered).to.deep.equal(['seen in history']);
    outbox.dispose();
  });

  it('ignores a corrupt stored outbox', () => {
    storageGate.set(outboxKey('conv'), '{"not":"a list"}');
    const outbox = new Outbox('conv', new Server().send, { network: new TestNetwork() });
    expect(outbox.pending).to.deep.equal([]);
    outbox.dispose();
  });
});
