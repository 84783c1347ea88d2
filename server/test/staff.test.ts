/** The staff-signature check (`POST /v1/staff-messages/verify`) for chat and ticket messages. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { agent, call, startServer, visitor, type TestServer } from './helpers.js';

describe('reference server: staff-signature check', () => {
  let server: TestServer;
  let base: string;
  before(async () => {
    server = await startServer();
    base = server.url;
  });
  after(() => server.stop());

  async function ticket(headers: Record<string, string>, key: string): Promise<string> {
    const created = await call(`${base}/v1/tickets`, {
      method: 'POST', headers: { ...headers, 'Idempotency-Key': key },
      json: { categoryId: 'other', subject: 'Withdrawal stuck', description: 'Since yesterday.', fields: {}, idempotencyKey: key },
    });
    assert.equal(created.status, 201);
    return created.body.id;
  }

  async function agentReply(ticketId: string, clientId: string): Promise<string> {
    const reply = await call(`${base}/v1/agent/tickets/${ticketId}/replies`, { method: 'POST', headers: agent, json: { clientId, text: 'We are on it.' } });
    assert.equal(reply.status, 201);
    assert.equal(reply.body.author.role, 'agent');
    return reply.body.id;
  }

  const verify = async (headers: Record<string, string>, messageIds: string[]) => {
    const { status, body } = await call<{ messageId: string; verified: boolean }[]>(`${base}/v1/staff-messages/verify`, { method: 'POST', headers, json: { messageIds } });
    assert.equal(status, 200);
    return body.map((check) => [check.messageId, check.verified]);
  };

  test('a ticket message verifies only when an agent wrote it through the agent API, on a ticket of the caller', async () => {
    const alice = await visitor(base);
    const bob = await visitor(base);
    const aliceTicket = await ticket(alice, 'staff-alice');
    const bobTicket = await ticket(bob, 'staff-bob');
    const toAlice = await agentReply(aliceTicket, 'agent-1');
    const toBob = await agentReply(bobTicket, 'agent-2');
    const mine = (await call(`${base}/v1/tickets/${aliceTicket}/replies`, { method: 'POST', headers: alice, json: { clientId: 'alice-1', text: 'Thanks.' } })).body.id as string;
    const { body: detail } = await call(`${base}/v1/tickets/${aliceTicket}`, { headers: alice });
    const opening = detail.messages[0].id as string;

    // A chat agent's message still verifies, in the same call.
    const { body: conversation } = await call(`${base}/v1/conversations`, { method: 'POST', headers: alice, json: {} });
    assert.equal((await call(`${base}/v1/conversations/${conversation.id}/handoff`, { method: 'POST', headers: alice })).status, 204);
    assert.equal((await call(`${base}/v1/agent/conversations/${conversation.id}/claim`, { method: 'POST', headers: agent })).status, 200);
    const chatReply = (await call(`${base}/v1/agent/conversations/${conversation.id}/messages`, { method: 'POST', headers: agent, json: { clientId: 'chat-1', text: 'Hello.' } })).body.id as string;
    // The server's own bot is staff too (else every bot answer would carry a warning in the widget).
    const { body: botChat } = await call(`${base}/v1/conversations`, { method: 'POST', headers: alice, json: {} });
    const asked = await call(`${base}/v1/conversations/${botChat.id}/messages`, { method: 'POST', headers: alice, json: { clientId: 'ask-1', text: 'How do I enable 2FA?' } });
    assert.equal(asked.status, 201);
    const { body: history } = await call(`${base}/v1/conversations/${botChat.id}/messages`, { headers: alice });
    const botAnswer = (history.messages as { id: string; author: { role: string } }[]).find((message) => message.author.role === 'bot');
    assert.ok(botAnswer, 'the bot answered');
    const question = asked.body.id as string;

    assert.deepEqual(await verify(alice, [toAlice, opening, mine, toBob, chatReply, 'tm_unknown']), [
      [toAlice, true],
      [opening, false], // the user's own words
      [mine, false],
      [toBob, false], // an agent's, but on someone else's ticket
      [chatReply, true],
      ['tm_unknown', false],
    ]);
    assert.deepEqual(await verify(alice, [botAnswer.id, question]), [[botAnswer.id, true], [question, false]]);
    assert.deepEqual(await verify(bob, [botAnswer.id]), [[botAnswer.id, false]]); // not Bob's chat
    assert.deepEqual(await verify(bob, [toAlice, toBob]), [[toAlice, false], [toBob, true]]);
  });
});
