import { expect } from '@open-wc/testing';
import type { ConversationEvent, Message, UnsequencedEvent } from '../../src/adapters/schemas.js';
import { ConversationStore, type StoreSignal } from '../../src/core/chat/store.js';
import { buildRows } from '../../src/core/chat/timeline.js';
import type { OutboxItem } from '../../src/core/chat/outbox.js';
import { AGENT, BOT, ME } from './fake-chat.js';

let n = 0;
const msg = (author = BOT, text = 'hello', extra: Partial<Message> = {}): Message => ({
  id: `id${++n}`, conversationId: 'c', author, text, format: 'markdown', attachments: [], createdAt: '2026-11-24T10:00:00.000Z',
  quickReplies: [], articles: [], ...extra,
});

function feed(store: ConversationStore) {
  let seq = store.lastSeq;
  return (event: UnsequencedEvent) => store.apply({ ...event, seq: ++seq } as ConversationEvent);
}

describe('ConversationStore', () => {
  it('keeps messages in arrival order and ignores events already applied', () => {
    const store = new ConversationStore();
    const a = msg(BOT, 'a');
    const b = msg(ME, 'b');
    expect(store.apply({ type: 'message', seq: 1, message: a })).to.equal(true);
    expect(store.apply({ type: 'message', seq: 2, message: b })).to.equal(true);
    // A replay after a reconnect: same seqs again.
    expect(store.apply({ type: 'message', seq: 1, message: a })).to.equal(false);
    expect(store.apply({ type: 'message', seq: 2, message: b })).to.equal(false);
    expect(store.messages().map((m) => m.text)).to.deep.equal(['a', 'b']);
    expect(store.lastSeq).to.equal(2);
  });

  it('deduplicates by client id: a send answer and the event show one message', () => {
    const store = new ConversationStore();
    const sent = msg(ME, 'mine', { clientId: 'c1', status: 'sent' });
    store.upsert(sent);
    store.apply({ type: 'message', seq: 1, message: { ...sent } });
    store.apply({ type: 'message', seq: 2, message: { ...sent, id: 'other-id' } }); // same client id, new server id
    expect(store.messages()).to.have.length(1);
    expect(store.messageByClientId('c1')!.text).to.equal('mine');
  });

  it('applies streamed deltas to their message and signals it once complete', () => {
    const store = new ConversationStore();
    const signals: StoreSignal[] = [];
    store.onSignal((s) => signals.push(s));
    const push = feed(store);
    const streamed = msg(BOT, '', { streaming: true });
    push({ type: 'message', message: streamed });
    expect(signals.filter((s) => s.type === 'received')).to.have.length(0);
    push({ type: 'message_delta', messageId: streamed.id, delta: 'Hel' });
    push({ type: 'message_delta', messageId: streamed.id, delta: 'lo' });
    expect(store.message(streamed.id)!.text).to.equal('Hello');
    expect(store.message(streamed.id)!.streaming).to.equal(true);
    push({ type: 'message_delta', messageId: streamed.id, delta: '!', done: true });
    expect(store.message(streamed.id)!.text).to.equal('Hello!');
    expect(store.message(streamed.id)!.streaming).to.equal(false);
    const received = signals.filter((s) => s.type === 'received');
    expect(received).to.have.length(1);
    expect((received[0] as { message: Message }).message.text).to.equal('Hello!');
  });

  it('keeps a delta that arrives before its message', () => {
    const store = new ConversationStore();
    const streamed = msg(BOT, 'A', { streaming: true });
    store.apply({ type: 'message_delta', seq: 1, messageId: streamed.id, delta: 'B' });
    store.apply({ type: 'message', seq: 2, message: streamed });
    expect(store.message(streamed.id)!.text).to.equal('AB');
  });

  it('tracks queue, agent, typing, receipts and closing', () => {
    const store = new ConversationStore();
    const signals: string[] = [];
    store.onSignal((s) => signals.push(s.type));
    const push = feed(store);
    const mine = msg(ME, 'hi', { status: 'sent' });
    push({ type: 'message', message: mine });
    push({ type: 'queue', position: 3, estimatedWaitSeconds: 120 });
    expect(store.status).to.equal('queued');
    expect(store.queue).to.deep.equal({ position: 3, estimatedWaitSeconds: 120 });
    push({ type: 'queue', position: 1, estimatedWaitSeconds: 30 });
    expect(store.queue!.position).to.equal(1);
    push({ type: 'agent_joined', agent: AGENT });
    expect(store.status).to.equal('active');
    expect(store.agent!.name).to.equal('Mei');
    expect(store.queue).to.equal(undefined);
    push({ type: 'typing', participant: AGENT, typing: true });
    expect(store.typing.map((p) => p.id)).to.deep.equal([AGENT.id]);
    push({ type: 'message', message: msg(AGENT, 'What is your UID?') });
    expect(store.typing).to.deep.equal([]); // a message ends the typing indicator
    push({ type: 'receipt', messageIds: [mine.id], status: 'read' });
    push({ type: 'receipt', messageIds: [mine.id], status: 'delivered' }); // never goes backwards
    expect(store.message(mine.id)!.status).to.equal('read');
    push({ type: 'closed', reason: 'agent' });
    expect(store.status).to.equal('closed');
    expect(store.closedReason).to.equal('agent');
    expect(signals).to.deep.equal(['agent_joined', 'received', 'closed']);
    expect(store.timeline.filter((e) => e.kind === 'system').map((e) => (e.kind === 'system' ? e.type : ''))).to.deep.equal(['agent_joined', 'closed']);
  });

  it('shows the end once when our close call and the closed event both arrive', () => {
    const store = new ConversationStore();
    const signals: string[] = [];
    store.onSignal((s) => signals.push(s.type));
    store.markClosed();
    store.apply({ type: 'status', seq: 1, status: 'closed' });
    store.apply({ type: 'closed', seq: 2, reason: 'user' });
    expect(signals).to.deep.equal(['closed']);
    expect(store.timeline).to.have.length(1);
    expect(store.closedReason).to.equal('user');
  });

  it('pages history backwards without duplicates', () => {
    const store = new ConversationStore();
    const all = Array.from({ length: 6 }, (_, i) => msg(BOT, `m${i}`));
    store.addPage({ messages: all.slice(3), previousCursor: '3', lastSeq: 6 }, false);
    expect(store.lastSeq).to.equal(6);
    store.addPage({ messages: all.slice(1, 4), previousCursor: '1', lastSeq: 6 }, true); // overlaps m3
    store.addPage({ messages: all.slice(0, 1), previousCursor: null, lastSeq: 6 }, true);
    expect(store.messages().map((m) => m.text)).to.deep.equal(['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
    expect(store.previousCursor).to.equal(null);
  });

  it('does not count history as newly received', () => {
    const store = new ConversationStore();
    const signals: StoreSignal[] = [];
    store.onSignal((s) => signals.push(s));
    store.addPage({ messages: [msg(AGENT, 'old')], previousCursor: null, lastSeq: 1 }, false);
    expect(signals).to.deep.equal([]);
  });
});

describe('buildRows', () => {
  it('adds day separators and groups consecutive messages by author', () => {
    const store = new ConversationStore();
    const day1 = '2026-11-23T10:00:00';
    const day2 = '2026-11-24T10:00:00';
    const iso = (local: string, plusMinutes = 0) => new Date(new Date(local).getTime() + plusMinutes * 60_000).toISOString();
    store.addPage({
      messages: [
        msg(BOT, 'a', { createdAt: iso(day1) }),
        msg(BOT, 'b', { createdAt: iso(day1, 1) }),
        msg(ME, 'c', { createdAt: iso(day1, 2) }),
        msg(BOT, 'd', { createdAt: iso(day2) }),
        msg(BOT, 'e', { createdAt: iso(day2, 30) }), // too long after: a new group
      ],
      previousCursor: null,
      lastSeq: 5,
    }, false);
    const pending: OutboxItem[] = [{ clientId: 'x', conversationId: 'c', text: 'f', attachments: [], createdAt: iso(day2, 31), state: 'waiting' }];
    const rows = buildRows(store, pending);
    expect(rows.map((r) => (r.kind === 'message' ? `${r.first ? '[' : ''}${r.role}${r.last ? ']' : ''}` : r.kind))).to.deep.equal([
      'day', '[bot', 'bot]', '[user]', 'day', '[bot]', '[bot]', '[user]',
    ]);
    expect(rows.at(-1)!.key).to.equal('c:x');
  });

  it('hides an outbox entry once the server has it', () => {
    const store = new ConversationStore();
    store.upsert(msg(ME, 'f', { clientId: 'x' }));
    const pending: OutboxItem[] = [{ clientId: 'x', conversationId: 'c', text: 'f', attachments: [], createdAt: new Date().toISOString(), state: 'sending' }];
    const rows = buildRows(store, pending).filter((r) => r.kind === 'message');
    expect(rows).to.have.length(1);
    expect(rows[0]!.key).to.equal('c:x');
  });
});

describe('splitMarkdownBlocks', () => {
  it('renders block by block exactly as the whole text renders', async () => {
    const { splitMarkdownBlocks } = await import('../../src/core/chat/blocks.js');
    const { renderRichText } = await import('../../src/core/rich-text.js');
    const text = 'Intro **bold**\nsecond line\n\n- a\n- b\n\n```\ncode\n\nstill code\n```\n\n1. one\n2. two\n\n> quote\n\nend';
    const blocks = splitMarkdownBlocks(text);
    expect(blocks).to.have.length(6);
    expect(blocks[2]).to.equal('```\ncode\n\nstill code\n```');
    expect(blocks.map((b) => renderRichText(b, 'markdown')).join('')).to.equal(renderRichText(text, 'markdown'));
  });
});
