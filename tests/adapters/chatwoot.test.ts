/**
 * ChatwootAdapter against the local Chatwoot fake (tests/adapters/fakes/chatwoot.mjs): the shared
 * conformance suite, then what is specific to Chatwoot — identity (HMAC), history pages (`before`),
 * realtime events over ActionCable, reconnecting without losing or repeating anything, sending
 * when the answer is lost, error mapping, and the portal.
 */
import { expect } from '@open-wc/testing';
import { AdapterError, capabilitiesOf, type SupportAdapter } from '../../src/adapters/contract.js';
import { createChatwootAdapter, type ChatwootAdapterOptions } from '../../src/adapters/chatwoot/index.js';
import type { ConversationEvent, Message } from '../../src/adapters/schemas.js';
import { validated } from '../../src/adapters/validated.js';
import { ResumableSubscription } from '../../src/core/chat/subscription.js';
import { storageGate } from '../../src/core/storage.js';
import { resetStorage } from '../helpers.js';
import { runConformance } from './conformance.js';
import { chatwootTenant, hmacHex, type ChatwootTenant } from './fakes/client.js';

interface FakeState {
  connections: number;
  subscriptions: number;
  contactInboxes: number;
  conversations: { id: number; status: string; typing: boolean; lastSeen: number; messages: { id: number; content: string | null; type: number; contentType: string; echoId: string | null; submitted: unknown }[] }[];
}

function options(tenant: ChatwootTenant, extra: Partial<ChatwootAdapterOptions> = {}): ChatwootAdapterOptions {
  return {
    baseUrl: tenant.baseUrl,
    inboxIdentifier: tenant.inboxIdentifier,
    portalSlug: tenant.portalSlug,
    persistContact: false,
    retryBaseDelayMs: 20,
    onArticleFeedback: () => {},
    ...extra,
  };
}

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('Expected the call to fail.');
}

/** Waits until `predicate` (which may be async, e.g. asking the fake) holds. */
async function waitFor(predicate: () => unknown, what: string, timeout = 8000): Promise<void> {
  const start = Date.now();
  while (!(await predicate())) {
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const messagesOf = (events: ConversationEvent[]): Message[] => events.flatMap((e) => (e.type === 'message' ? [e.message] : []));
const state = (tenant: ChatwootTenant) => tenant.control<FakeState>('GET', 'state');

runConformance('chatwoot (fake)', async () => {
  const tenant = await chatwootTenant();
  const adapter = createChatwootAdapter(options(tenant));
  await adapter.identify({ name: 'Casey Conformance', email: 'casey@example.com' });
  return {
    adapter,
    cleanup: () => tenant.dispose(),
    malformed: async () => {
      await tenant.faults([{ path: '.*', malformed: true, times: 1000 }]);
      return createChatwootAdapter(options(tenant));
    },
  };
});

describe('ChatwootAdapter (fake): specific behaviour', function () {
  this.timeout(20_000);
  let tenant: ChatwootTenant;
  let adapter: SupportAdapter;

  beforeEach(async () => {
    tenant = await chatwootTenant();
    adapter = validated(createChatwootAdapter(options(tenant)));
    await adapter.identify({ name: 'Dana Visitor' });
  });

  afterEach(async () => {
    adapter.dispose?.();
    await tenant.dispose();
    resetStorage();
  });

  it('declares chat and articles only (no uploads, tickets, channels, status or verification)', () => {
    expect([...capabilitiesOf(adapter)].sort()).to.deep.equal(['articles', 'chat']);
    const withoutPortal = createChatwootAdapter(options(tenant, { portalSlug: undefined }));
    expect([...capabilitiesOf(withoutPortal)]).to.deep.equal(['chat']);
  });

  it('refuses a configuration without an inbox identifier or with a non-http base URL', () => {
    expect(() => createChatwootAdapter({ baseUrl: tenant.baseUrl, inboxIdentifier: '' })).to.throw(AdapterError);
    expect(() => createChatwootAdapter({ baseUrl: 'javascript:alert(1)', inboxIdentifier: 'x' })).to.throw(AdapterError).with.property('code', 'invalid_request');
  });

  describe('identity', () => {
    it('creates a verified contact from uid + HMAC token, and one contact per identity', async () => {
      const hash = await hmacHex(tenant.hmacToken, 'user-4242');
      await adapter.identify({ uid: 'user-4242', token: hash, name: 'Verified Vera' });
      const conversation = await adapter.chat!.start({ topic: 'Verified' });
      await adapter.chat!.send(conversation.id, { clientId: 'v-1', text: 'Hi', attachmentIds: [] });
      expect((await state(tenant)).contactInboxes).to.equal(1);
      // A second device with the same identity sees the same conversation (HMAC-verified contacts see all theirs).
      const other = validated(createChatwootAdapter(options(tenant)));
      await other.identify({ uid: 'user-4242', token: hash });
      expect((await other.chat!.current())?.id).to.equal(conversation.id);
    });

    it('maps a wrong identifier hash to unauthorized', async () => {
      await adapter.identify({ uid: 'user-4242', token: 'f'.repeat(64) });
      expect((await failure(adapter.chat!.start({}))).code).to.equal('unauthorized');
    });

    it('has no current conversation before the visitor wrote anything, without creating a contact', async () => {
      expect(await adapter.chat!.current()).to.equal(null);
      expect((await state(tenant)).contactInboxes).to.equal(0);
    });

    it('forgets the contact when the user changes', async () => {
      const conversation = await adapter.chat!.start({ message: 'Before sign-in', clientId: 'b-1' });
      expect((await adapter.chat!.current())?.id).to.equal(conversation.id);
      await adapter.identify({ uid: 'someone-else', name: 'Eve' });
      expect(await adapter.chat!.current()).to.equal(null);
    });

    it('resumes the conversation after a reload when storage is allowed, with clientIds on history', async () => {
      storageGate.allow();
      const first = createChatwootAdapter(options(tenant, { persistContact: true }));
      const conversation = await first.chat!.start({ topic: 'Reload' });
      const sent = await first.chat!.send(conversation.id, { clientId: 'before-reload', text: 'Sent before the reload', attachmentIds: [] });
      first.dispose?.();
      const second = validated(createChatwootAdapter(options(tenant, { persistContact: true })));
      expect((await second.chat!.current())?.id).to.equal(conversation.id);
      const page = await second.chat!.history(conversation.id);
      expect(page.messages.find((m) => m.id === sent.id)?.clientId).to.equal('before-reload');
      // The outbox retrying after the reload does not send it again.
      const again = await second.chat!.send(conversation.id, { clientId: 'before-reload', text: 'Sent before the reload', attachmentIds: [] });
      expect(again.id).to.equal(sent.id);
      expect((await state(tenant)).conversations[0]!.messages).to.have.length(1);
    });
  });

  describe('history', () => {
    it('pages back 20 messages at a time with the oldest id as cursor, without overlap or loss', async () => {
      const conversation = await adapter.chat!.start({ topic: 'Long' });
      for (let i = 1; i <= 25; i++) await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: `Agent line ${i}` });
      const newest = await adapter.chat!.history(conversation.id);
      expect(newest.messages).to.have.length(20);
      expect(newest.messages.map((m) => m.text)).to.deep.equal(Array.from({ length: 20 }, (_, i) => `Agent line ${i + 6}`));
      expect(newest.previousCursor).to.equal(newest.messages[0]!.id);
      expect(newest.lastSeq).to.equal(20);
      const older = await adapter.chat!.history(conversation.id, newest.previousCursor!);
      expect(older.messages.map((m) => m.text)).to.deep.equal(['Agent line 1', 'Agent line 2', 'Agent line 3', 'Agent line 4', 'Agent line 5']);
      expect(older.previousCursor).to.equal(null);
      // Only the inbox side writes outgoing messages, so Chatwoot vouches for the agent.
      expect(older.messages[0]!.author).to.include({ role: 'agent', name: 'Ada', verified: true });
    });

    it('hides private notes and maps input_select to quick replies', async () => {
      const conversation = await adapter.chat!.start({});
      await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: 'Internal: check KYC', private: true });
      await tenant.control('POST', 'agent-message', {
        conversationId: conversation.id,
        sender: 'bot',
        content: 'What do you need?',
        contentType: 'input_select',
        contentAttributes: { items: [{ title: 'Deposit', value: 'deposit' }, { title: 'Withdrawal', value: 'withdrawal' }] },
      });
      const page = await adapter.chat!.history(conversation.id);
      expect(page.messages.map((m) => m.text)).to.deep.equal(['What do you need?']);
      expect(page.messages[0]!.author).to.include({ role: 'bot', verified: true });
      expect(page.messages[0]!.quickReplies.map((q) => [q.label, q.value])).to.deep.equal([['Deposit', 'deposit'], ['Withdrawal', 'withdrawal']]);
    });
  });

  describe('realtime', () => {
    it('delivers agent messages, typing, assignment and resolution as events in seq order', async () => {
      const conversation = await adapter.chat!.start({ topic: 'Live' });
      const events: ConversationEvent[] = [];
      const errors: AdapterError[] = [];
      const subscription = adapter.chat!.subscribe(conversation.id, 0, { onEvent: (e) => events.push(e), onError: (e) => errors.push(e) });
      try {
        await waitFor(async () => (await state(tenant)).connections === 1, 'the socket');
        const sent = await adapter.chat!.send(conversation.id, { clientId: 'live-1', text: 'Anyone there?', attachmentIds: [] });
        await waitFor(() => messagesOf(events).some((m) => m.id === sent.id), 'my message');
        await tenant.control('POST', 'typing', { conversationId: conversation.id, on: true });
        await tenant.control('POST', 'status', { conversationId: conversation.id, status: 'open', assign: true });
        await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: 'Hi, Ada here.' });
        await tenant.control('POST', 'typing', { conversationId: conversation.id, on: false });
        await tenant.control('POST', 'status', { conversationId: conversation.id, status: 'resolved' });
        await waitFor(() => events.some((e) => e.type === 'closed'), 'the closed event');
        const types = events.map((e) => e.type);
        expect(types).to.include.members(['typing', 'agent_joined', 'status', 'closed']);
        const typing = events.filter((e): e is Extract<ConversationEvent, { type: 'typing' }> => e.type === 'typing');
        expect(typing.map((e) => [e.participant.role, e.typing])).to.deep.equal([['agent', true], ['agent', false]]);
        const joined = events.find((e) => e.type === 'agent_joined') as Extract<ConversationEvent, { type: 'agent_joined' }>;
        expect(joined.agent).to.include({ role: 'agent', name: 'Ada' });
        expect(messagesOf(events).map((m) => m.text)).to.include('Hi, Ada here.');
        expect(events.map((e) => e.seq)).to.deep.equal(events.map((_, i) => i + 1));
        expect(errors).to.be.empty;
      } finally {
        subscription.close();
      }
      await waitFor(async () => (await state(tenant)).connections === 0, 'the socket to close');
    });

    it('resumes after the socket drops: what happened meanwhile arrives once, nothing twice', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({ topic: 'Drop' });
      const events: ConversationEvent[] = [];
      const errors: AdapterError[] = [];
      const first = chat.subscribe(conversation.id, 0, { onEvent: (e) => events.push(e), onError: (e) => errors.push(e) });
      const before = await chat.send(conversation.id, { clientId: 'drop-0', text: 'Before the drop', attachmentIds: [] });
      await waitFor(() => messagesOf(events).some((m) => m.id === before.id), 'the first message');
      await tenant.control('POST', 'drop-sockets');
      await waitFor(() => errors.length > 0, 'the stream error');
      expect(errors[0]!.code).to.equal('network');
      first.close();
      // While the socket is down: the agent answers twice and the user sends once.
      await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: 'Missed one' });
      await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: 'Missed two' });
      await chat.send(conversation.id, { clientId: 'drop-1', text: 'Sent while away', attachmentIds: [] });
      const lastSeq = Math.max(...events.map((e) => e.seq));
      const resumed: ConversationEvent[] = [];
      const second = chat.subscribe(conversation.id, lastSeq, { onEvent: (e) => resumed.push(e), onError: (e) => errors.push(e) });
      try {
        await waitFor(() => messagesOf(resumed).length >= 3, 'the missed messages');
        await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: 'Live again' });
        await waitFor(() => messagesOf(resumed).some((m) => m.text === 'Live again'), 'a live message');
        expect(messagesOf(resumed).map((m) => m.text)).to.deep.equal(['Missed one', 'Missed two', 'Sent while away', 'Live again']);
        expect(resumed.map((e) => e.seq)).to.deep.equal(resumed.map((_, i) => lastSeq + i + 1));
        expect(errors).to.have.length(1);
      } finally {
        second.close();
      }
    });

    it('keeps a live message that arrives during the resync behind the messages the resync brings', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({ topic: 'Slow resync' });
      const events: ConversationEvent[] = [];
      const errors: AdapterError[] = [];
      const first = chat.subscribe(conversation.id, 0, { onEvent: (e) => events.push(e), onError: (e) => errors.push(e) });
      await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: 'Before' });
      await waitFor(() => messagesOf(events).length === 1, 'the first message');
      await tenant.control('POST', 'drop-sockets');
      await waitFor(() => errors.length > 0, 'the stream error');
      first.close();
      await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: 'While down' });
      // The resync's message list answers slowly; a live message comes over the socket meanwhile.
      await tenant.faults([{ method: 'GET', path: '/messages$', delayMs: 800 }]);
      const lastSeq = Math.max(...events.map((e) => e.seq));
      const resumed: ConversationEvent[] = [];
      const second = chat.subscribe(conversation.id, lastSeq, { onEvent: (e) => resumed.push(e), onError: (e) => errors.push(e) });
      try {
        await waitFor(async () => (await state(tenant)).subscriptions === 1, 'the new subscription');
        await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: 'Live during resync' });
        await waitFor(() => messagesOf(resumed).some((m) => m.text === 'Live during resync'), 'the live message', 8000);
        expect(messagesOf(resumed).map((m) => m.text)).to.deep.equal(['While down', 'Live during resync']);
        expect(resumed.map((e) => e.seq)).to.deep.equal(resumed.map((_, i) => lastSeq + i + 1));
      } finally {
        second.close();
      }
    });

    it('with the core ResumableSubscription: reconnects by itself and the sink sees every message once', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({ topic: 'Auto' });
      const applied: ConversationEvent[] = [];
      let lastSeq = 0;
      const subscription = new ResumableSubscription(chat, conversation.id, {
        lastSeq: () => lastSeq,
        onEvent: (event) => {
          applied.push(event);
          lastSeq = event.seq;
        },
        onState: () => {},
      }, { baseDelay: 50, maxDelay: 200, settleDelay: 100 });
      subscription.start();
      try {
        await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: 'One' });
        await waitFor(() => messagesOf(applied).length === 1, 'the first message');
        for (let round = 0; round < 3; round++) {
          await tenant.control('POST', 'drop-sockets');
          await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: `During drop ${round}` });
        }
        await tenant.control('POST', 'agent-message', { conversationId: conversation.id, content: 'Last' });
        await waitFor(() => messagesOf(applied).some((m) => m.text === 'Last'), 'the last message', 15_000);
        const texts = messagesOf(applied).map((m) => m.text);
        expect(texts).to.deep.equal(['One', 'During drop 0', 'During drop 1', 'During drop 2', 'Last']);
        expect(applied.map((e) => e.seq)).to.deep.equal(applied.map((_, i) => i + 1));
      } finally {
        subscription.close();
      }
    });

    it('reports a silent connection (no pings) as a network error', async () => {
      const quick = validated(createChatwootAdapter(options(tenant, { cable: { staleMs: 800 } })));
      const conversation = await quick.chat!.start({});
      const errors: AdapterError[] = [];
      const subscription = quick.chat!.subscribe(conversation.id, 0, { onEvent: () => {}, onError: (e) => errors.push(e) });
      try {
        await waitFor(async () => (await state(tenant)).connections === 1, 'the socket');
        await tenant.control('POST', 'config', { silent: true });
        await waitFor(() => errors.length > 0, 'the stale error', 5000);
        expect(errors[0]!.code).to.equal('network');
      } finally {
        subscription.close();
      }
    });

    it('maps a rejected subscription to unauthorized', async () => {
      const conversation = await adapter.chat!.start({});
      await tenant.control('POST', 'config', { rejectSubscriptions: true });
      const errors: AdapterError[] = [];
      const subscription = adapter.chat!.subscribe(conversation.id, 0, { onEvent: () => {}, onError: (e) => errors.push(e) });
      try {
        await waitFor(() => errors.length > 0, 'the rejection');
        expect(errors[0]!.code).to.equal('unauthorized');
      } finally {
        subscription.close();
      }
    });

    it('dispose() closes the sockets of open subscriptions', async () => {
      const conversation = await adapter.chat!.start({});
      adapter.chat!.subscribe(conversation.id, 0, { onEvent: () => {}, onError: () => {} });
      adapter.chat!.subscribe(conversation.id, 0, { onEvent: () => {}, onError: () => {} });
      await waitFor(async () => (await state(tenant)).subscriptions === 2, 'both subscriptions');
      adapter.dispose?.();
      await waitFor(async () => (await state(tenant)).connections === 0, 'the sockets to close');
    });

    it('sends typing and last-seen to Chatwoot', async () => {
      const conversation = await adapter.chat!.start({});
      await adapter.chat!.setTyping(conversation.id, true);
      expect((await state(tenant)).conversations[0]!.typing).to.equal(true);
      await adapter.chat!.setTyping(conversation.id, false);
      expect((await state(tenant)).conversations[0]!.typing).to.equal(false);
      await adapter.chat!.markRead(conversation.id, []);
      expect((await state(tenant)).conversations[0]!.lastSeen).to.be.greaterThan(0);
    });
  });

  describe('sending when the answer is lost', () => {
    it('a retry finds the message by its echo_id (realtime) instead of sending it twice', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({});
      const events: ConversationEvent[] = [];
      const subscription = chat.subscribe(conversation.id, 0, { onEvent: (e) => events.push(e), onError: () => {} });
      try {
        await waitFor(async () => (await state(tenant)).connections === 1, 'the socket');
        await new Promise((resolve) => setTimeout(resolve, 100));
        await tenant.faults([{ method: 'POST', path: '/messages$', dropResponse: true }]);
        const input = { clientId: 'lost-1', text: 'Did this arrive?', attachmentIds: [] };
        expect((await failure(chat.send(conversation.id, input))).code).to.equal('network');
        await waitFor(() => messagesOf(events).some((m) => m.clientId === 'lost-1'), 'the echo');
        const retried = await chat.send(conversation.id, input);
        expect(retried.clientId).to.equal('lost-1');
        const stored = (await state(tenant)).conversations[0]!.messages.filter((m) => m.content === 'Did this arrive?');
        expect(stored).to.have.length(1);
        expect(stored[0]!.echoId).to.equal('lost-1');
        expect(retried.id).to.equal(String(stored[0]!.id));
      } finally {
        subscription.close();
      }
    });

    it('without realtime, a retry matches the same text sent since the first attempt', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({});
      await chat.send(conversation.id, { clientId: 'old', text: 'Same words', attachmentIds: [] });
      await tenant.faults([{ method: 'POST', path: '/messages$', dropResponse: true }]);
      const input = { clientId: 'lost-2', text: 'Same words', attachmentIds: [] };
      await failure(chat.send(conversation.id, input));
      const retried = await chat.send(conversation.id, input);
      const stored = (await state(tenant)).conversations[0]!.messages.filter((m) => m.content === 'Same words');
      expect(stored, 'the earlier message and the lost one').to.have.length(2);
      expect(retried.id, 'the lost one, not the earlier one').to.equal(String(stored[1]!.id));
    });

    it('a send that fails before reaching Chatwoot is sent on retry', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({});
      await tenant.faults([{ method: 'POST', path: '/messages$', status: 503, body: { error: 'Maintenance' } }]);
      const input = { clientId: 'later', text: 'Try again', attachmentIds: [] };
      const error = await failure(chat.send(conversation.id, input));
      expect(error.code).to.equal('unavailable');
      expect(error.message).to.include('Maintenance');
      await chat.send(conversation.id, input);
      expect((await state(tenant)).conversations[0]!.messages.filter((m) => m.content === 'Try again')).to.have.length(1);
    });

    it('refuses attachments (the client API has no separate upload)', async () => {
      const conversation = await adapter.chat!.start({});
      const error = await failure(adapter.chat!.send(conversation.id, { clientId: 'att', text: 'See file', attachmentIds: ['a1'] }));
      expect(error.code).to.equal('unsupported');
    });
  });

  describe('errors', () => {
    it('maps 404 (unknown inbox), 401, 403, 422 and 429 with Retry-After', async () => {
      const wrongInbox = validated(createChatwootAdapter(options(tenant, { inboxIdentifier: 'no-such-inbox' })));
      const notFound = await failure(wrongInbox.chat!.start({}));
      expect(notFound.code).to.equal('not_found');
      expect(notFound.message).to.include('Resource could not be found');

      const conversation = await adapter.chat!.start({});
      const unprocessable = await failure(adapter.chat!.send(conversation.id, { clientId: 'empty', text: '', attachmentIds: [] }));
      expect(unprocessable.code).to.equal('invalid_request');
      expect(unprocessable.message).to.include("Content can't be blank");

      await tenant.faults([{ path: '/messages$', method: 'GET', status: 429, body: 'Retry later\n', headers: { 'Retry-After': '30' } }]);
      const limited = await failure(adapter.chat!.history(conversation.id));
      expect(limited.code).to.equal('rate_limited');
      expect(limited.retryAfter).to.equal(30);

      await tenant.faults([{ path: '/conversations$', status: 401, body: { error: 'Unauthorized' } }]);
      expect((await failure(adapter.chat!.current())).code).to.equal('unauthorized');
      await tenant.faults([{ path: '/conversations$', status: 403, body: { error: 'Forbidden' } }]);
      expect((await failure(adapter.chat!.current())).code).to.equal('forbidden');
    });

    it('retries a failed GET (5xx, short Retry-After) and then succeeds', async () => {
      const conversation = await adapter.chat!.start({});
      await tenant.faults([
        { path: '/messages$', method: 'GET', status: 502, body: 'Bad gateway' },
        { path: '/messages$', method: 'GET', status: 429, headers: { 'Retry-After': '0' } },
      ]);
      const page = await adapter.chat!.history(conversation.id);
      expect(page.messages).to.deep.equal([]);
    });

    it('maps a non-JSON or wrongly shaped answer to invalid_response', async () => {
      const conversation = await adapter.chat!.start({});
      await tenant.faults([{ path: '/messages$', method: 'GET', malformed: 'text' }]);
      expect((await failure(adapter.chat!.history(conversation.id))).code).to.equal('invalid_response');
      await tenant.faults([{ path: '/messages$', method: 'GET', malformed: true }]);
      expect((await failure(adapter.chat!.history(conversation.id))).code).to.equal('invalid_response');
    });

    it('a missing conversation of an existing contact is not_found', async () => {
      await adapter.chat!.start({});
      expect((await failure(adapter.chat!.history('4040'))).code).to.equal('not_found');
    });
  });

  describe('closing and rating', () => {
    it('resolves the conversation, then rates it through the CSAT survey', async () => {
      const conversation = await adapter.chat!.start({ message: 'Thanks', clientId: 'thx' });
      await adapter.chat!.close(conversation.id);
      await adapter.chat!.close(conversation.id); // already resolved: no error
      await adapter.chat!.rate(conversation.id, { score: 4, comment: 'Quick answer' });
      const stored = (await state(tenant)).conversations[0]!;
      expect(stored.status).to.equal('resolved');
      expect(stored.messages.find((m) => m.contentType === 'input_csat')!.submitted).to.deep.equal({ csat_survey_response: { rating: 4, feedback_message: 'Quick answer' } });
    });

    it('a rating without a CSAT survey is not_found', async () => {
      await tenant.control('POST', 'config', { csat: false });
      const conversation = await adapter.chat!.start({});
      await adapter.chat!.close(conversation.id);
      expect((await failure(adapter.chat!.rate(conversation.id, { score: 5 }))).code).to.equal('not_found');
    });

    it('asking for a human: fine when humans already have it, sends the handoff message during the bot step', async () => {
      const conversation = await adapter.chat!.start({});
      await adapter.chat!.requestHuman(conversation.id);
      await tenant.control('POST', 'config', { agentBot: true });
      const botConversation = await adapter.chat!.start({});
      expect((await failure(adapter.chat!.requestHuman(botConversation.id))).code).to.equal('unsupported');
      const withHandoff = validated(createChatwootAdapter(options(tenant, { handoffMessage: 'I want to talk to a person' })));
      const handedOff = await withHandoff.chat!.start({});
      expect(handedOff.status).to.equal('bot');
      await withHandoff.chat!.requestHuman(handedOff.id);
      const stored = (await state(tenant)).conversations.find((c) => String(c.id) === handedOff.id)!;
      expect(stored.messages.map((m) => m.content)).to.deep.equal(['I want to talk to a person']);
    });
  });

  describe('portal articles', () => {
    it('searches one locale, maps slugs to ids, skips drafts and files uncategorized articles', async () => {
      const result = await adapter.articles!.search({ query: 'withdrawal', locale: 'en', limit: 10 });
      const ids = result.hits.map((h) => h.article.id);
      expect(ids).to.include('withdrawal-pending');
      expect(ids).to.not.include('draft-article');
      expect(result.hits[0]!.terms).to.deep.equal(['withdrawal']);
      const fees = await adapter.articles!.search({ query: 'fee schedule', locale: 'en' });
      expect(fees.hits.find((h) => h.article.id === 'uncategorized-fees')?.article.categoryId).to.equal('uncategorized');
      const german = await adapter.articles!.search({ query: 'Auszahlung', locale: 'de' });
      expect(german.hits.map((h) => h.article.id)).to.deep.equal(['withdrawal-pending-de']);
      expect(german.hits[0]!.article.locale).to.equal('de');
    });

    it('returns a Markdown article, popular articles by views, and categories by slug', async () => {
      const article = await adapter.articles!.get('withdrawal-pending', 'en');
      expect(article.bodyFormat).to.equal('markdown');
      expect(article.body).to.include('**pending**');
      expect(article.categoryId).to.equal('withdrawals');
      const popular = await adapter.articles!.list({ locale: 'en', limit: 2 });
      expect(popular.map((a) => a.id)).to.deep.equal(['deposit-not-credited', 'withdrawal-pending']);
      const categories = await adapter.articles!.categories('en');
      expect(categories.map((c) => c.id)).to.deep.equal(['withdrawals', 'deposits', '2fa']);
      expect(categories[0]!.articleCount).to.equal(3);
    });

    it('leaves feedback to the integrator: unsupported without onArticleFeedback', async () => {
      const received: unknown[] = [];
      const withCallback = validated(createChatwootAdapter(options(tenant, { onArticleFeedback: (f) => void received.push(f) })));
      await withCallback.articles!.feedback({ articleId: 'withdrawal-pending', helpful: false, comment: 'Unclear' });
      expect(received).to.deep.equal([{ articleId: 'withdrawal-pending', helpful: false, comment: 'Unclear' }]);
      const without = validated(createChatwootAdapter(options(tenant, { onArticleFeedback: undefined })));
      expect((await failure(without.articles!.feedback({ articleId: 'withdrawal-pending', helpful: true }))).code).to.equal('unsupported');
    });

    it('maps an unknown portal to not_found', async () => {
      const wrong = validated(createChatwootAdapter(options(tenant, { portalSlug: 'nope' })));
      expect((await failure(wrong.articles!.categories('en'))).code).to.equal('not_found');
    });
  });
});
