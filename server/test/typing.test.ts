/** Typing indicators end even when the side that started one never says it stopped. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { agent, call, startServer, visitor, type TestServer } from './helpers.js';

const TIMEOUT_MS = 300;

describe('typing indicators', () => {
  let server: TestServer;
  let base: string;
  before(async () => {
    server = await startServer({ LIFEBUOY_TYPING_TIMEOUT_MS: String(TIMEOUT_MS) });
    base = server.url;
  });
  after(() => server.stop());

  /** The conversation's typing events as "participant:true|false", in order. */
  const typingEvents = (conversationId: string): string[] =>
    (server.app.db.prepare("SELECT data FROM events WHERE conversation_id = ? AND type = 'typing' ORDER BY seq").all(conversationId) as { data: string }[])
      .map((row) => JSON.parse(row.data) as { participant: { id: string }; typing: boolean })
      .map((event) => `${event.participant.id}:${event.typing}`);

  async function activeChat(): Promise<{ id: string; user: Record<string, string> }> {
    const user = await visitor(base);
    const { body: conversation } = await call(`${base}/v1/conversations`, { method: 'POST', headers: user, json: {} });
    assert.equal((await call(`${base}/v1/agent/conversations/${conversation.id}/claim`, { method: 'POST', headers: agent })).status, 200);
    return { id: conversation.id, user };
  }

  test('an agent\'s "typing" that is never switched off (console closed mid-sentence) is switched off by the server', async () => {
    const { id } = await activeChat();
    assert.equal((await call(`${base}/v1/agent/conversations/${id}/typing`, { method: 'PUT', headers: agent, json: { typing: true } })).status, 204);
    assert.deepEqual(typingEvents(id), ['agent_ada:true']);
    await sleep(TIMEOUT_MS * 2);
    assert.deepEqual(typingEvents(id), ['agent_ada:true', 'agent_ada:false']);
  });

  test('a user\'s "typing" ends the same way; renewing it keeps it on', async () => {
    const { id, user } = await activeChat();
    const userTyping = () => call(`${base}/v1/conversations/${id}/typing`, { method: 'PUT', headers: user, json: { typing: true } });
    await userTyping();
    await sleep(TIMEOUT_MS * 0.6);
    await userTyping(); // still typing: the timeout starts again
    await sleep(TIMEOUT_MS * 0.6);
    assert.ok(typingEvents(id).every((event) => event.endsWith(':true')), typingEvents(id).join());
    await sleep(TIMEOUT_MS * 1.5);
    assert.equal(typingEvents(id).at(-1)?.endsWith(':false'), true);
    assert.equal(typingEvents(id).filter((event) => event.endsWith(':false')).length, 1);
  });

  test('a message ends the typing: no second "typing: false" after it', async () => {
    const { id } = await activeChat();
    await call(`${base}/v1/agent/conversations/${id}/typing`, { method: 'PUT', headers: agent, json: { typing: true } });
    const sent = await call(`${base}/v1/agent/conversations/${id}/messages`, { method: 'POST', headers: agent, json: { clientId: 'm1', text: 'Hello' } });
    assert.equal(sent.status, 201);
    await sleep(TIMEOUT_MS * 2);
    assert.deepEqual(typingEvents(id), ['agent_ada:true', 'agent_ada:false']);
  });
});
