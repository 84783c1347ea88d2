/**
 * The conformance suite against the in-browser demo adapter (fast, validated, its own storage
 * namespace per test), and the demo backend signing its ticket replies as staff.
 */
import { expect } from '@open-wc/testing';
import { storageGate } from '../../src/core/storage.js';
import { resetStorage, testAdapter, until } from '../helpers.js';
import { runConformance } from './conformance.js';
import { ANSWERED, UNANSWERED } from '../data/bot-questions.js';

runConformance('demo', async () => {
  const adapter = testAdapter();
  await adapter.identify({ uid: 'conformance1', name: 'Casey Conformance', email: 'casey@example.com' });
  return {
    adapter,
    cleanup: async () => resetStorage(),
    malformed: async () => testAdapter({ corrupt: ['articles.search', 'articles.categories', 'chat.start', 'tickets.list'] }),
  };
});

describe('demo adapter: staff signatures on tickets', () => {
  afterEach(() => resetStorage());

  it('signs the agent replies of the seed tickets and those the demo agent writes, never the user\'s', async () => {
    const adapter = testAdapter(); // speed 0: the demo agent answers a new ticket at once
    const created = await adapter.tickets!.create({
      categoryId: 'other', subject: 'Signed replies', description: 'Does the agent sign?', fields: {}, attachmentIds: [], idempotencyKey: 'signed-1',
    });
    const tickets = await adapter.tickets!.list();
    const messages = (await Promise.all(tickets.map((ticket) => adapter.tickets!.get(ticket.id)))).flatMap((detail) => detail.messages);
    const staff = messages.filter((message) => message.author.role === 'agent');
    expect(staff.map((message) => message.id)).to.include.members(['tm_seed_2', 'tm_seed_4', 'tm_seed_6', `tm_${created.id}_1`]);
    const checks = await adapter.verification!.verifyStaffMessages!([...messages.map((message) => message.id), 'tm_forged']);
    expect(checks.map((check) => check.verified)).to.deep.equal([...messages.map((message) => message.author.role === 'agent'), false]);
  });

  it('signs seed replies an older demo stored without signatures (same browser, later visit)', async () => {
    storageGate.allow();
    const namespace = `signed_later_${Date.now()}`;
    await testAdapter({ namespace }).tickets!.list(); // seeds and stores the tickets
    const signatures = Object.keys(localStorage).filter((key) => key.includes(namespace) && key.includes('staff-signatures'));
    expect(signatures, 'the stored signatures').to.have.length.greaterThan(0);
    for (const key of signatures) localStorage.removeItem(key); // as an older demo left them
    const later = testAdapter({ namespace });
    await later.tickets!.list();
    const checks = await later.verification!.verifyStaffMessages!(['tm_seed_2', 'tm_seed_1']);
    expect(checks.map((check) => check.verified)).to.deep.equal([true, false]);
    resetStorage();
  });
});

describe('demo adapter: a reload while the bot writes', () => {
  afterEach(() => resetStorage());

  it('finishes the streamed answer whole after a reload, rather than leaving it cut off', async () => {
    storageGate.allow();
    const namespace = `stream_reload_${Date.now()}`;
    const before = testAdapter({ namespace, speed: 1 });
    await before.identify({ uid: 'reload1', name: 'Robin' });
    const conversation = await before.chat!.start({ topic: 'withdrawals' });
    let streamedId: string | undefined;
    let deltas = 0;
    const subscription = before.chat!.subscribe(conversation.id, 0, {
      onEvent: (event) => {
        if (event.type === 'message' && event.message.streaming) streamedId = event.message.id;
        if (event.type === 'message_delta' && event.messageId === streamedId && event.delta) deltas++;
      },
      onError: () => {},
    });
    await before.chat!.send(conversation.id, { text: 'My withdrawal has not arrived', clientId: 'c1', attachmentIds: [] });
    await until(() => deltas >= 3, 8000, 'the answer to start streaming');
    subscription.close();
    before.dispose?.(); // the page goes away mid-answer

    const after = testAdapter({ namespace, speed: 1 });
    await after.identify({ uid: 'reload1', name: 'Robin' });
    expect((await after.chat!.current())?.id).to.equal(conversation.id);
    const answer = (await after.chat!.history(conversation.id)).messages.find((message) => message.id === streamedId)!;
    expect(answer.streaming ?? false).to.equal(false);
    expect(answer.text.split(/\s+/).length, 'the whole answer, not the first words').to.be.above(deltas + 5);
    expect((answer.text.match(/\*\*/g) ?? []).length % 2, 'no unclosed bold mark').to.equal(0);
  });
});

describe('demo adapter: the bot answers only when an article really matches', () => {
  afterEach(() => resetStorage());

  /** Starts a conversation with `question` and resolves with the bot's reply to it (after the greeting). */
  async function reply(adapter: ReturnType<typeof testAdapter>, question: string) {
    const conversation = await adapter.chat!.start({ message: question });
    const deadline = performance.now() + 5000;
    for (;;) {
      const { messages } = await adapter.chat!.history(conversation.id);
      const answer = messages.filter((message) => message.author.role === 'bot').slice(1).find((message) => !message.streaming);
      if (answer) return answer;
      if (performance.now() > deadline) throw new Error(`no bot reply to "${question}"`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('answers questions an article covers, in English and Chinese, with typos, dates and amounts', async () => {
    const adapter = testAdapter();
    const expected = ANSWERED.map(([question, id]) => [question, id]);
    const answers: [string, string | undefined][] = [];
    for (const [question] of expected) answers.push([question, (await reply(adapter, question)).articles[0]?.id]);
    expect(answers).to.deep.equal(expected);
  });

  it('says it found nothing for small talk, gibberish and questions that share one word (or too few) with an article', async () => {
    const adapter = testAdapter();
    const questions = UNANSWERED;
    const replies: [string, number, string][] = [];
    for (const question of questions) {
      const answer = await reply(adapter, question);
      replies.push([question, answer.articles.length, answer.text.slice(0, 40)]);
    }
    expect(replies).to.deep.equal(questions.map((question) => [question, 0, "I couldn't find an article about that. C"]));
  });

  it('hands off to a person after two such questions in a row', async () => {
    const adapter = testAdapter();
    const conversation = await adapter.chat!.start({ message: 'hello there' });
    await adapter.chat!.send(conversation.id, { text: 'slow message', clientId: 'miss-2', attachmentIds: [] });
    const deadline = performance.now() + 5000;
    while ((await adapter.chat!.current())?.status === 'bot' && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    const { messages } = await adapter.chat!.history(conversation.id);
    expect(messages.some((message) => message.text.includes('Let me connect you with a colleague')), messages.map((m) => m.text).join(' | ')).to.equal(true);
    expect(messages.every((message) => !message.articles.length)).to.equal(true);
    expect((await adapter.chat!.current())?.status).to.be.oneOf(['queued', 'active']);
  });
});
