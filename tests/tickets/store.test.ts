/** The ticket stores and the demo tickets backend, without components. */
import { expect } from '@open-wc/testing';
import type { SupportAdapter } from '../../src/adapters/contract.js';
import type { TicketField } from '../../src/adapters/schemas.js';
import { storageGate } from '../../src/core/storage.js';
import { TicketFormStore } from '../../src/core/tickets/form-store.js';
import { visibleFields } from '../../src/core/tickets/visibility.js';
import { resetStorage, testAdapter, until } from '../helpers.js';

function store(adapter: SupportAdapter) {
  return new TicketFormStore({ adapter: () => adapter, saveDelay: 10 });
}

describe('ticket form store', () => {
  beforeEach(() => resetStorage());

  it('rebuilds the draft, its idempotency key and the topic from storage in a new store', async () => {
    storageGate.allow();
    const adapter = testAdapter();
    const first = store(adapter);
    await first.load('deposit');
    first.set('subject', 'BTC deposit missing');
    first.set('network', 'BTC');
    first.set('tx-hash', '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b');
    await first.flush();
    const key = JSON.parse(localStorage.getItem('lifebuoy:tickets.draft.default.deposit')!).key as string;
    first.dispose();

    const second = store(adapter);
    await second.load();
    expect(second.categoryId).to.equal('deposit');
    expect(second.values).to.include({ subject: 'BTC deposit missing', network: 'BTC' });
    let sentKey = '';
    const spying: SupportAdapter = { ...adapter, tickets: { ...adapter.tickets!, create: (input, o) => ((sentKey = input.idempotencyKey), adapter.tickets!.create(input, o)) } };
    const third = store(spying);
    await third.load();
    third.set('description', 'Sent from my hardware wallet two hours ago.');
    third.set('uid', '35281649');
    third.set('asset', 'BTC');
    third.set('address', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4');
    third.set('amount', '0.5');
    third.set('sent-at', '2024-05-01T10:00');
    const outcome = await third.submit();
    expect(outcome.outcome).to.equal('created');
    expect(sentKey).to.equal(key);
  });

  it('keeps the chat with the draft; a chat handed over wins over it, also in other topics', async () => {
    storageGate.allow();
    const adapter = testAdapter();
    const first = store(adapter);
    first.prefill({ conversationId: 'c_draft' });
    await first.load('other');
    first.set('subject', 'From the chat');
    first.selectCategory('kyc');
    first.set('subject', 'Also from the chat');
    await first.flush();
    first.dispose();
    const draftChat = (categoryId: string) => JSON.parse(localStorage.getItem(`lifebuoy:tickets.draft.default.${categoryId}`)!).conversationId;
    expect([draftChat('other'), draftChat('kyc')]).to.deep.equal(['c_draft', 'c_draft']);

    const restored = store(adapter);
    await restored.load();
    expect(restored.values.subject).to.equal('Also from the chat');
    expect(restored.conversationId).to.equal('c_draft');
    restored.dispose();

    const handed = store(adapter);
    await handed.load();
    handed.prefill({ conversationId: 'c_handed' });
    expect(handed.conversationId).to.equal('c_handed');
    handed.selectCategory('other');
    expect(handed.values.subject).to.equal('From the chat');
    expect(handed.conversationId, 'another topic\'s draft, saved with the earlier chat').to.equal('c_handed');
    handed.set('description', 'Typed after the second chat.');
    await handed.flush();
    await until(() => draftChat('kyc') === 'c_handed', 3000, 'the begun draft saved with the chat handed over');
    expect(draftChat('other')).to.equal('c_handed');
    handed.startOver();
    expect(handed.conversationId, 'a new ticket after a sent one has no chat').to.equal(undefined);
  });

  it('loads a draft saved before drafts kept the chat, and one whose chat is malformed is not trusted', async () => {
    storageGate.allow();
    // The shape drafts had before: no attachments, no confirmations, no conversationId.
    localStorage.setItem('lifebuoy:tickets.draft.default.other', JSON.stringify({ categoryId: 'other', values: { subject: 'Old draft' }, key: 'tk_old_draft_1', savedAt: 1 }));
    const old = store(testAdapter());
    await old.load('other');
    expect(old.values).to.deep.equal({ subject: 'Old draft' });
    expect(old.draftRestored).to.equal(true);
    expect(old.conversationId).to.equal(undefined);
    old.prefill({ conversationId: 'c_now' });
    await old.flush();
    expect(JSON.parse(localStorage.getItem('lifebuoy:tickets.draft.default.other')!)).to.deep.include({ key: 'tk_old_draft_1', conversationId: 'c_now' });
    old.dispose();

    localStorage.setItem('lifebuoy:tickets.draft.default.kyc', JSON.stringify({ categoryId: 'kyc', values: { subject: 'Odd' }, key: 'tk_odd_draft_1', savedAt: 1, conversationId: 42 }));
    const odd = store(testAdapter());
    await odd.load('kyc');
    expect(odd.draftRestored).to.equal(false);
    expect(odd.conversationId).to.equal(undefined);
  });

  it('does not write drafts before the user interacted (consent-gated storage)', async () => {
    const first = store(testAdapter());
    await first.load('other');
    first.set('subject', 'Hello');
    await first.flush();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lifebuoy:tickets.'))).to.deep.equal([]);
    storageGate.allow();
    expect(localStorage.getItem('lifebuoy:tickets.draft.default.other')).to.contain('Hello');
  });

  it('evaluates showWhen chains and memo networks', () => {
    const fields: TicketField[] = [
      { id: 'a', type: 'select', label: 'A', required: true },
      { id: 'b', type: 'select', label: 'B', required: true, showWhen: { field: 'a', equals: ['yes'] } },
      { id: 'c', type: 'text', label: 'C', required: false, showWhen: { field: 'b', equals: ['x'] } },
      { id: 'net', type: 'network', label: 'Network', required: true },
      { id: 'memo', type: 'memo', label: 'Memo', required: true, networkField: 'net' },
      { id: 'loop', type: 'text', label: 'Loop', required: false, showWhen: { field: 'loop', equals: [''] } },
    ];
    const ids = (values: Record<string, string>) => visibleFields(fields, values).map((field) => field.id);
    expect(ids({})).to.deep.equal(['a', 'net']);
    expect(ids({ a: 'yes', b: 'x', net: 'XRP' })).to.deep.equal(['a', 'b', 'c', 'net', 'memo']);
    expect(ids({ a: 'no', b: 'x', net: 'TRX' })).to.deep.equal(['a', 'net']);
  });
});

describe('demo tickets backend', () => {
  beforeEach(() => resetStorage());

  it('ships a valid definition: ten topics whose references point at real fields', async () => {
    const { categories } = await testAdapter().tickets!.form('en');
    expect(categories.map((category) => category.id)).to.deep.equal([
      'account-appeal', 'login-2fa', 'kyc', 'deposit', 'withdrawal', 'wrong-network', 'trading', 'api-keys', 'p2p', 'other',
    ]);
    for (const category of categories) {
      const ids = new Set(category.fields.map((field) => field.id));
      expect(category.expectedResponseMinutes, category.id).to.be.a('number');
      for (const field of category.fields) {
        if (field.showWhen) expect(ids.has(field.showWhen.field), `${category.id}.${field.id} showWhen`).to.equal(true);
        if (field.networkField) expect(category.fields.find((f) => f.id === field.networkField)?.type, `${category.id}.${field.id}`).to.equal('network');
        if (field.assetField) expect(ids.has(field.assetField)).to.equal(true);
      }
    }
    const types = new Set(categories.flatMap((category) => category.fields.map((field) => field.type)));
    expect([...types]).to.include.members(['uid', 'datetime', 'network', 'tx-hash', 'address', 'amount', 'memo', 'file', 'select', 'text', 'email']);
  });

  it('creates one ticket per idempotency key', async () => {
    const api = testAdapter().tickets!;
    const input = { categoryId: 'other', subject: 'Same key', description: 'Twice.', fields: {}, attachmentIds: [], idempotencyKey: 'same-key-123' };
    const [a, b] = await Promise.all([api.create(input), api.create(input)]);
    const c = await api.create(input);
    expect(a.id).to.equal(b.id);
    expect(c.id).to.equal(a.id);
    expect((await api.list()).filter((ticket) => ticket.subject === 'Same key')).to.have.length(1);
  });

  it('moves tickets open → pending (agent reply, unread) → solved, scaled by speed, and persists them', async () => {
    storageGate.allow();
    let now = Date.parse('2026-11-24T10:00:00Z');
    const namespace = `statuses${Date.now()}`;
    const api = testAdapter({ speed: 2, now: () => now, namespace }).tickets!;
    const ticket = await api.create({ categoryId: 'deposit', subject: 'ETH deposit', description: 'Missing.', fields: {}, attachmentIds: [], idempotencyKey: 'k-eth-1' });
    expect(ticket.status).to.equal('open');
    now += 59_000; // speed 2: the agent answers after 60 s
    expect((await api.get(ticket.id)).status).to.equal('open');
    now += 2_000;
    const pending = await api.get(ticket.id);
    expect(pending.status).to.equal('pending');
    expect(pending.unread).to.equal(1);
    expect(pending.messages.at(-1)!.author).to.include({ role: 'agent', verified: true });

    // Another adapter on the same storage sees the same ticket.
    const again = testAdapter({ speed: 2, now: () => now, namespace }).tickets!;
    expect((await again.get(ticket.id)).status).to.equal('pending');

    now += 6 * 60_000 + 1_000; // no answer from the user: solved automatically
    const solved = await api.get(ticket.id);
    expect(solved.status).to.equal('solved');
    expect(solved.unread).to.equal(2);
    await api.markRead(ticket.id);
    expect((await api.list()).find((t) => t.id === ticket.id)!.unread).to.equal(0);

    // A reply reopens it; the next agent answer resolves it.
    await api.reply(ticket.id, { clientId: 'r1', text: 'Still missing.', attachmentIds: [] });
    await api.reply(ticket.id, { clientId: 'r1', text: 'Still missing.', attachmentIds: [] });
    expect((await api.get(ticket.id)).status).to.equal('open');
    now += 61_000;
    const resolved = await api.get(ticket.id);
    expect(resolved.status).to.equal('solved');
    expect(resolved.messages.filter((message) => message.author.role === 'user')).to.have.length(2);
  });

  it('refuses a reply to a closed ticket until it is reopened', async () => {
    const api = testAdapter().tickets!;
    await api.setStatus('t_seed_kyc', 'closed');
    let error: unknown;
    try {
      await api.reply('t_seed_kyc', { clientId: 'r-closed', text: 'Hello?', attachmentIds: [] });
    } catch (caught) {
      error = caught;
    }
    expect((error as { code?: string }).code).to.equal('conflict');
    await api.setStatus('t_seed_kyc', 'open');
    expect((await api.reply('t_seed_kyc', { clientId: 'r-open', text: 'Hello again', attachmentIds: [] })).text).to.equal('Hello again');
  });

  it('settles instantly at speed 0 (tests)', async () => {
    const api = testAdapter().tickets!;
    const ticket = await api.create({ categoryId: 'other', subject: 'Fast', description: 'Now.', fields: {}, attachmentIds: [], idempotencyKey: 'k-fast' });
    expect((await api.get(ticket.id)).status).to.equal('solved');
  });
});
