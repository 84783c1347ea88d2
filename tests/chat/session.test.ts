import { expect } from '@open-wc/testing';
import type { ConversationEvent } from '../../src/adapters/schemas.js';
import { backoffDelay } from '../../src/core/chat/network.js';
import { ChatSession, type SessionSignal } from '../../src/core/chat/session.js';
import { forgetCurrentConversation, shareCurrentConversation } from '../../src/core/chat/current.js';
import { ResumableSubscription, type ConnectionState } from '../../src/core/chat/subscription.js';
import { buildTranscript } from '../../src/core/chat/transcript.js';
import { hasOpenConversationHint } from '../../src/core/chat/open-hint.js';
import { StaffCheck } from '../../src/core/staff-check.js';
import { acceptsFile, UploadQueue } from '../../src/core/chat/uploads.js';
import { storageGate } from '../../src/core/storage.js';
import { resetStorage, testAdapter, until } from '../helpers.js';
import { AGENT, BOT, FakeChat, fakeAdapter, TestNetwork } from './fake-chat.js';

const fastReconnect = { baseDelay: 5, maxDelay: 20, settleDelay: 5 };

describe('backoffDelay', () => {
  it('grows exponentially, is capped, and is jittered between half and all of the step', () => {
    expect(backoffDelay(0, 500, 30_000, () => 0)).to.equal(250);
    expect(backoffDelay(0, 500, 30_000, () => 1)).to.equal(500);
    expect(backoffDelay(3, 500, 30_000, () => 1)).to.equal(4000);
    expect(backoffDelay(30, 500, 30_000, () => 1)).to.equal(30_000);
    expect(backoffDelay(30, 500, 30_000, () => 0)).to.equal(15_000);
  });
});

describe('ResumableSubscription', () => {
  function setup(chat: FakeChat, network = new TestNetwork()) {
    let lastSeq = 0;
    const seen: number[] = [];
    const states: ConnectionState[] = [];
    const subscription = new ResumableSubscription(chat, 'conv_1', {
      lastSeq: () => lastSeq,
      onEvent: (event: ConversationEvent) => {
        seen.push(event.seq);
        lastSeq = event.seq;
      },
      onState: (state) => states.push(state),
    }, { ...fastReconnect, network });
    return { subscription, seen, states };
  }

  it('resumes after a broken stream from the last seq seen: no gap, no duplicate', async () => {
    const chat = new FakeChat({ open: true, messages: 3 });
    const { subscription, seen, states } = setup(chat);
    subscription.start();
    await until(() => seen.length === 3);
    chat.drop();
    expect(states.at(-1)).to.equal('reconnecting');
    // Events published while disconnected.
    chat.push({ type: 'message', message: chat.message(BOT, 'while away 1') });
    chat.push({ type: 'message', message: chat.message(BOT, 'while away 2') });
    await until(() => chat.liveSubscribers === 1);
    chat.push({ type: 'message', message: chat.message(BOT, 'live') });
    await until(() => seen.length === 6);
    expect(seen).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(chat.subscribeCalls).to.deep.equal([0, 3]);
    await until(() => states.at(-1) === 'live');
    subscription.close();
  });

  it('drops replayed events it has already applied', async () => {
    const chat = new FakeChat({ open: true, messages: 2 });
    let lastSeq = 0;
    const seen: number[] = [];
    const subscription = new ResumableSubscription(chat, 'conv_1', {
      // A sink that reports a stale seq: the backend replays events it already delivered.
      lastSeq: () => (seen.length ? lastSeq : 0),
      onEvent: (event) => {
        seen.push(event.seq);
        lastSeq = event.seq;
      },
      onState: () => {},
    }, fastReconnect);
    subscription.start();
    await until(() => seen.length === 2);
    chat.drop();
    await until(() => chat.liveSubscribers === 1);
    chat.push({ type: 'typing', participant: AGENT, typing: true });
    await until(() => seen.length === 3);
    expect(seen).to.deep.equal([1, 2, 3]);
    subscription.close();
  });

  it('resubscribes once when an event skips seqs, then accepts non-contiguous seqs', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const { subscription, seen } = setup(chat);
    subscription.start();
    await until(() => seen.length === 1);
    // A backend with gaps in its numbering.
    chat.events.push({ type: 'typing', seq: 5, participant: AGENT, typing: true });
    chat.drop();
    await until(() => seen.length === 2);
    expect(seen).to.deep.equal([1, 5]);
    expect(chat.subscribeCalls.length).to.be.at.least(3); // start, reconnect, gap check
    subscription.close();
  });

  it('waits for the network instead of retrying while offline', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const network = new TestNetwork();
    const { subscription, seen } = setup(chat, network);
    subscription.start();
    await until(() => seen.length === 1);
    network.online = false;
    chat.drop();
    await new Promise((r) => setTimeout(r, 60));
    expect(chat.subscribeCalls).to.deep.equal([0]);
    network.set(true);
    await until(() => chat.subscribeCalls.length === 2);
    subscription.close();
  });

  it('stops and reports an error that reconnecting cannot fix', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const { subscription, states } = setup(chat);
    subscription.start();
    await until(() => chat.liveSubscribers === 1);
    chat.drop('unauthorized');
    expect(states.at(-1)).to.equal('failed');
    await new Promise((r) => setTimeout(r, 60));
    expect(chat.subscribeCalls).to.have.length(1);
    subscription.close();
  });
});

describe('ChatSession', () => {
  beforeEach(() => {
    resetStorage();
    storageGate.allow();
  });
  afterEach(() => resetStorage());

  it('goes to the pre-chat step when there is nothing to resume, then starts', async () => {
    const chat = new FakeChat();
    const session = new ChatSession(fakeAdapter(chat).chat!, { network: new TestNetwork(), reconnect: fastReconnect });
    const signals: SessionSignal['type'][] = [];
    session.onSignal((s) => signals.push(s.type));
    await session.init();
    expect(session.phase).to.equal('prechat');
    await session.start({ topic: 'deposits' });
    expect(session.phase).to.equal('ready');
    expect(signals).to.include('started');
    await until(() => session.store.messageCount === 1);
    session.dispose();
  });

  it('resumes from the open conversation the panel already asked for, once; the next session asks the backend again', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const api = fakeAdapter(chat).chat!;
    const options = { network: new TestNetwork(), reconnect: fastReconnect };
    const answer = shareCurrentConversation(api); // the panel, after a reload
    expect((await answer)?.id).to.equal('conv_1');
    const session = new ChatSession(api, options);
    await session.init();
    expect(session.phase).to.equal('ready');
    expect(session.conversationId).to.equal('conv_1');
    expect(chat.currentCalls).to.equal(1);
    session.dispose();

    const next = new ChatSession(api, options); // the shared answer was used up
    await next.init();
    expect(chat.currentCalls).to.equal(2);
    next.dispose();

    // An answer the panel did not act on is not reused: a session opened later asks afresh.
    forgetCurrentConversation(api, shareCurrentConversation(api));
    const later = new ChatSession(api, options);
    await later.init();
    expect(chat.currentCalls).to.equal(4);
    later.dispose();
  });

  it('delivers offline messages exactly once and in order across a reload', async () => {
    const chat = new FakeChat({ open: true, messages: 2 });
    const network = new TestNetwork();
    const options = { network, reconnect: fastReconnect, outbox: { retryBase: 5, retryMax: 20 } };
    const first = new ChatSession(fakeAdapter(chat).chat!, options);
    await first.init();
    network.set(false);
    first.send('one');
    first.send('two');
    expect(first.rows().filter((r) => r.kind === 'message')).to.have.length(4);
    first.dispose(); // reload

    const second = new ChatSession(fakeAdapter(chat).chat!, options);
    const delivered: string[] = [];
    second.onSignal((s) => {
      if (s.type === 'delivered') delivered.push(s.message.text);
    });
    await second.init();
    expect(second.outbox!.pending.map((e) => e.text)).to.deep.equal(['one', 'two']);
    second.send('three');
    expect(chat.sendCalls).to.have.length(0);
    network.set(true);
    await until(() => second.outbox!.pending.length === 0);
    await until(() => second.store.messageCount === 5);
    const texts = chat.messages().map((m) => m.text);
    expect(texts).to.deep.equal(['Message 0', 'Message 1', 'one', 'two', 'three']);
    expect(second.store.messages().map((m) => m.text)).to.deep.equal(texts);
    expect(delivered).to.deep.equal(['one', 'two', 'three']);
    second.dispose();
  });

  it('reconnects the event stream at once when a message gets through, instead of waiting out its backoff', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const session = new ChatSession(fakeAdapter(chat).chat!, { network: new TestNetwork(), reconnect: { baseDelay: 60_000, maxDelay: 60_000, settleDelay: 5 }, outbox: { retryBase: 5, retryMax: 20 } });
    await session.init();
    await until(() => session.connection === 'live');
    chat.drop(); // the stream broke; its next try is a minute away
    expect(session.connection).to.equal('reconnecting');
    session.send('are you there?');
    await until(() => session.outbox!.pending.length === 0, 3000, 'the message delivered');
    await until(() => session.connection === 'live', 2000, 'the stream back without waiting a minute');
    session.dispose();
  });

  it('sends a message waiting out its retry backoff as soon as the event stream is live again', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const session = new ChatSession(fakeAdapter(chat).chat!, { network: new TestNetwork(), reconnect: fastReconnect, outbox: { retryBase: 60_000, retryMax: 60_000 } });
    await session.init();
    await until(() => session.connection === 'live');
    chat.failSend = 'network';
    session.send('hello?');
    await until(() => session.outbox!.pending[0]?.state === 'failed', 3000, 'the failed send'); // next try in a minute
    chat.failSend = undefined;
    chat.drop(); // the stream notices the outage too, and comes back
    await until(() => session.outbox!.pending.length === 0, 2000, 'the message sent without waiting a minute');
    expect(chat.messages().filter((m) => m.text === 'hello?')).to.have.length(1);
    session.dispose();
  });

  it('recognises a message the server got before a reload, without sending it again', async () => {
    const chat = new FakeChat({ open: true });
    const network = new TestNetwork();
    const first = new ChatSession(fakeAdapter(chat).chat!, { network, reconnect: fastReconnect });
    await first.init();
    chat.holdSends = true;
    first.send('lost answer');
    await until(() => chat.sendCalls.length === 1);
    first.dispose();
    chat.releaseSends(); // the server stored it; the answer never reached the page
    await until(() => chat.messages().length === 1);

    const second = new ChatSession(fakeAdapter(chat).chat!, { network, reconnect: fastReconnect });
    const delivered: string[] = [];
    second.onSignal((s) => s.type === 'delivered' && delivered.push(s.message.text));
    await second.init();
    expect(second.outbox!.pending).to.have.length(0);
    expect(chat.sendCalls).to.have.length(1);
    expect(delivered).to.deep.equal(['lost answer']);
    second.dispose();
  });

  it('loads history backwards with the cursor', async () => {
    const chat = new FakeChat({ open: true, messages: 120 });
    chat.pageSize = 50;
    const session = new ChatSession(fakeAdapter(chat).chat!, { network: new TestNetwork(), reconnect: fastReconnect });
    await session.init();
    expect(session.store.messageCount).to.equal(50);
    expect(session.store.messages()[0]!.text).to.equal('Message 70');
    await session.loadOlder();
    expect(session.store.messageCount).to.equal(100);
    await session.loadAll();
    expect(session.store.messageCount).to.equal(120);
    expect(session.store.previousCursor).to.equal(null);
    expect(session.store.messages().map((m) => m.text)).to.deep.equal(Array.from({ length: 120 }, (_, i) => `Message ${i}`));
    session.dispose();
  });

  it('leaves a hint for the launcher while a conversation is open, and clears it when it closes', async () => {
    const chat = new FakeChat();
    const session = new ChatSession(fakeAdapter(chat).chat!, { network: new TestNetwork(), reconnect: fastReconnect });
    await session.init();
    expect(hasOpenConversationHint()).to.equal(false);
    await session.start({});
    expect(hasOpenConversationHint()).to.equal(true);
    expect(localStorage.getItem('lifebuoy:chat:open')).to.equal('conv_1');
    chat.push({ type: 'closed', reason: 'agent' });
    await until(() => session.store.status === 'closed');
    expect(hasOpenConversationHint()).to.equal(false);
    session.dispose();

    // Resumed after a reload; then the backend says it is gone.
    chat.conversation = { id: 'conv_1', status: 'active', createdAt: new Date().toISOString() };
    const resumed = new ChatSession(fakeAdapter(chat).chat!, { network: new TestNetwork(), reconnect: fastReconnect });
    await resumed.init();
    expect(hasOpenConversationHint()).to.equal(true);
    resumed.dispose();
    chat.conversation = undefined;
    const fresh = new ChatSession(fakeAdapter(chat).chat!, { network: new TestNetwork(), reconnect: fastReconnect });
    await fresh.init();
    expect(hasOpenConversationHint()).to.equal(false);
    fresh.dispose();
  });

  it('runs a whole conversation on the demo backend: bot, handoff with queue updates, agent, close', async () => {
    const adapter = testAdapter();
    const session = new ChatSession(adapter.chat!, { network: new TestNetwork(), reconnect: fastReconnect });
    const queue: number[] = [];
    session.store.subscribe(() => {
      const position = session.store.queue?.position;
      if (position !== undefined && queue.at(-1) !== position) queue.push(position);
    });
    await session.init();
    await session.start({ topic: 'deposits' });
    session.send('my deposit is not credited');
    await until(() => session.store.messages().some((m) => m.author.role === 'bot' && m.articles.length > 0 && !m.streaming), 5000, 'bot answer');
    const answer = session.store.messages().find((m) => m.articles.length)!;
    expect(answer.text).to.contain('Did this solve it?');
    expect(answer.quickReplies.map((q) => q.label)).to.include('Talk to a human');
    await session.requestHuman();
    await until(() => session.store.status === 'active', 5000, 'agent');
    expect(queue.length).to.be.at.least(2);
    expect(queue.at(-1)).to.equal(0);
    for (let i = 1; i < queue.length; i++) expect(queue[i]).to.be.below(queue[i - 1]!); // counts down
    expect(session.store.agent!.verified).to.equal(true);
    await until(() => session.store.messages().some((m) => m.author.role === 'agent' && /UID/.test(m.text)), 5000, 'agent asks');
    await session.close();
    expect(session.store.status).to.equal('closed');
    await session.rate({ score: 5, comment: 'great' });
    expect(session.rated).to.equal(true);
    session.dispose();
  });
});

describe('StaffCheck', () => {
  it('asks in batches, remembers each answer, and counts an id left out of the answer as not verified', async () => {
    const calls: string[][] = [];
    let fail = false;
    const check = new StaffCheck(async (ids) => {
      calls.push([...ids]);
      if (fail) throw new Error('offline');
      return ids.filter((id) => id !== 'left-out').map((messageId) => ({ messageId, verified: messageId !== 'forged' }));
    }, { delay: 5, maxBatch: 3 });
    let changes = 0;
    check.subscribe(() => changes++);
    for (const id of ['a', 'forged', 'left-out', 'b', 'a']) check.request(id);
    expect(check.status('a')).to.equal(undefined); // nothing known until the backend answers
    await until(() => check.status('b') !== undefined);
    expect(calls).to.deep.equal([['a', 'forged', 'left-out'], ['b']]);
    expect([check.status('a'), check.status('forged'), check.status('left-out'), check.status('b')]).to.deep.equal([true, false, false, true]);
    expect(changes).to.equal(2);
    check.request('a'); // cached: not asked again
    fail = true;
    check.request('c');
    await until(() => calls.length === 3);
    await new Promise((r) => setTimeout(r, 20));
    expect(check.status('c')).to.equal(undefined); // a failed call neither confirms nor accuses
    fail = false;
    check.request('d'); // the next batch retries the failed id
    await until(() => check.status('c') !== undefined);
    expect(calls.at(-1)).to.have.members(['c', 'd']);
    expect(check.status('c')).to.equal(true);
    check.dispose();
  });
});

describe('uploads and transcript', () => {
  it('checks type, size and count against the limits', async () => {
    const limits = { maxBytes: 10, maxCount: 2, accept: ['image/*', 'application/pdf', '.txt'] };
    const file = (name: string, type: string, size = 5) => new File([new Uint8Array(size)], name, { type });
    expect(acceptsFile(limits, file('a.png', 'image/png'))).to.equal(true);
    expect(acceptsFile(limits, file('a.pdf', ''))).to.equal(true); // no type from the browser: by extension
    expect(acceptsFile(limits, file('notes.txt', 'text/plain'))).to.equal(true);
    expect(acceptsFile(limits, file('a.exe', 'application/x-msdownload'))).to.equal(false);
    const queue = new UploadQueue({
      limits: async () => limits,
      upload: async (f) => ({ id: f.name, name: f.name, size: f.size, mimeType: f.type, url: 'https://example.com/x' }),
    });
    const rejected = await queue.add([file('a.png', 'image/png'), file('big.png', 'image/png', 50), file('b.exe', 'x/y'), file('c.png', 'image/png'), file('d.png', 'image/png')]);
    expect(rejected.map((r) => `${r.file.name}:${r.reason}`)).to.deep.equal(['big.png:size', 'b.exe:type', 'd.png:count']);
    await until(() => !queue.busy);
    expect(queue.attachments.map((a) => a.name)).to.deep.equal(['a.png', 'c.png']);
  });

  it('builds a plain-text transcript', () => {
    const text = buildTranscript(
      { id: 'conv_9', status: 'closed', createdAt: '2026-11-24T10:00:00Z', topic: 'deposits' },
      [
        { id: '1', conversationId: 'c', author: BOT, text: 'Hi', format: 'text', attachments: [], createdAt: '2026-11-24T10:00:00Z', quickReplies: [], articles: [] },
        { id: '2', conversationId: 'c', author: { id: 'u', role: 'user', name: 'x' }, text: 'Line 1\nLine 2', format: 'text', attachments: [{ id: 'a', name: 'shot.png', size: 1, mimeType: 'image/png', url: 'https://x' }], createdAt: '2026-11-24T10:01:00Z', quickReplies: [], articles: [] },
      ],
      { title: 'Transcript', you: 'You', date: (iso) => iso.slice(11, 16), attachment: (name) => `[file ${name}]` },
    );
    expect(text).to.equal('Transcript\nconv_9 · 10:00 · deposits\n\n[10:00] Helper Bot: Hi\n[10:01] You: Line 1\n    Line 2\n    [file shot.png]\n');
  });
});
