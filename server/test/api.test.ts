/** The reference server over HTTP, in-process: limits, CORS, persistence, queue, shutdown. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { agent, call, startServer, visitor, type TestServer } from './helpers.js';

describe('reference server', () => {
  let server: TestServer;
  let base: string;
  before(async () => {
    server = await startServer({
      LIFEBUOY_MAX_JSON_BYTES: '4096',
      LIFEBUOY_RATE_LIMITS: JSON.stringify({ write: { limit: 5, windowSeconds: 60 } }),
      LIFEBUOY_ALLOWED_ORIGINS: 'https://exchange.example',
    });
    base = server.url;
  });
  after(() => server.stop());

  test('imports the demo adapter\'s seed (both locales) into the database', async () => {
    const { body } = await call(`${base}/v1/articles?locale=zh-CN&limit=3`);
    assert.equal(body.length, 3);
    assert.equal(body[0].locale, 'zh-CN');
    const categories = await call(`${base}/v1/categories?locale=en`);
    assert.ok(categories.body.length >= 3);
  });

  test('CORS: the allowed origin gets headers and a preflight answer; another origin gets none', async () => {
    const preflight = await call(`${base}/v1/tickets`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://exchange.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://exchange.example');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    const simple = await call(`${base}/v1/channels`, { headers: { Origin: 'https://exchange.example' } });
    assert.equal(simple.headers.get('access-control-expose-headers'), 'Retry-After, Idempotent-Replayed');
    const other = await call(`${base}/v1/channels`, { headers: { Origin: 'https://phish.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  test('validates input with the widget\'s schemas: 400 with the failing path; 413 past the JSON limit; 415 for non-JSON', async () => {
    const headers = await visitor(base);
    const { body: conversation } = await call(`${base}/v1/conversations`, { method: 'POST', headers, json: {} });
    const invalid = await call(`${base}/v1/conversations/${conversation.id}/messages`, { method: 'POST', headers, json: { text: 'no clientId' } });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.error.code, 'invalid_request');
    assert.deepEqual(invalid.body.error.details[0].path, ['clientId']);
    const huge = await call(`${base}/v1/conversations/${conversation.id}/messages`, { method: 'POST', headers, json: { clientId: 'x', text: 'a'.repeat(5000) } });
    assert.equal(huge.status, 413);
    assert.equal(huge.body.error.code, 'too_large');
    const form = await call(`${base}/v1/conversations/${conversation.id}/messages`, { method: 'POST', headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'hello' });
    assert.equal(form.status, 415);
    const query = await call(`${base}/v1/articles/search?query=x&locale=not a locale`);
    assert.equal(query.status, 400);
  });

  test('rate-limits writes per user with 429 and Retry-After, without affecting other users', async () => {
    const alice = await visitor(base);
    const bob = await visitor(base);
    const { body: conversation } = await call(`${base}/v1/conversations`, { method: 'POST', headers: alice, json: {} });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 7; i++) {
      const reply = await call(`${base}/v1/conversations/${conversation.id}/typing`, { method: 'PUT', headers: alice, json: { typing: i % 2 === 0 } });
      statuses.push(reply.status);
      retryAfter ??= reply.headers.get('retry-after');
    }
    assert.deepEqual(statuses, [204, 204, 204, 204, 204, 429, 429]);
    assert.ok(Number(retryAfter) >= 1);
    const { body: bobs } = await call(`${base}/v1/conversations`, { method: 'POST', headers: bob, json: {} });
    assert.equal((await call(`${base}/v1/conversations/${bobs.id}/typing`, { method: 'PUT', headers: bob, json: { typing: true } })).status, 204);
  });

  test('agent endpoints need the agent token', async () => {
    assert.equal((await call(`${base}/v1/agent/conversations`)).status, 401);
    assert.equal((await call(`${base}/v1/agent/conversations`, { headers: { Authorization: 'Bearer wrong' } })).status, 401);
    assert.equal((await call(`${base}/v1/agent/conversations`, { headers: agent })).status, 200);
    assert.equal((await call(`${base}/__test/faults`, { method: 'PUT', json: { faults: [] } })).status, 401);
  });

  test('user endpoints need an identity; a forged visitor token is refused', async () => {
    const none = await call(`${base}/v1/tickets`);
    assert.equal(none.status, 401);
    assert.equal(none.body.error.code, 'unauthorized');
    assert.equal((await call(`${base}/v1/tickets`, { headers: { 'X-Lifebuoy-Visitor': 'eyJ2IjoidmlzX3gifQ.forged' } })).status, 401);
  });

  test('the queue: positions update as conversations leave it, and an agent picks one up', async () => {
    const users = await Promise.all([visitor(base), visitor(base), visitor(base)]);
    const ids: string[] = [];
    for (const headers of users) {
      const { body } = await call(`${base}/v1/conversations`, { method: 'POST', headers, json: {} });
      ids.push(body.id);
      assert.equal((await call(`${base}/v1/conversations/${body.id}/handoff`, { method: 'POST', headers })).status, 204);
    }
    const queued = (await call(`${base}/v1/agent/conversations?status=queued`, { headers: agent })).body as { id: string; queuePosition: number }[];
    const positions = ids.map((id) => queued.find((c) => c.id === id)?.queuePosition);
    assert.deepEqual(positions.map((p) => p! - positions[0]!), [0, 1, 2]);

    const claimed = await call(`${base}/v1/agent/conversations/${ids[0]}/claim`, { method: 'POST', headers: agent });
    assert.equal(claimed.body.status, 'active');
    const other = await call(`${base}/v1/agent/conversations/${ids[0]}/claim`, { method: 'POST', headers: { ...agent, 'X-Lifebuoy-Agent-Name': 'Bo' } });
    assert.equal(other.status, 409);

    const history = await call(`${base}/v1/conversations/${ids[1]}/messages`, { headers: users[1] });
    const ticket = await call(`${base}/v1/conversations/${ids[1]}/stream-tickets`, { method: 'POST', headers: users[1] });
    const stream = await fetch(`${base}/v1/conversations/${ids[1]}/events?after=0&ticket=${encodeURIComponent(ticket.body.ticket)}`);
    const reader = stream.body!.getReader();
    let text = '';
    while (!text.includes(`id: ${history.body.lastSeq}\n`)) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    const queueEvents = [...text.matchAll(/"type":"queue","position":(\d+)/g)].map((m) => Number(m[1]));
    // It moved up by one when the first conversation was picked up.
    assert.equal(queueEvents.at(-1), queueEvents.at(-2)! - 1);
  });

  test('the bot hands off by itself after two questions it cannot answer', async () => {
    const headers = await visitor(base);
    const { body: conversation } = await call(`${base}/v1/conversations`, { method: 'POST', headers, json: {} });
    for (const [i, text] of ['qwzx plorf', 'vbnm zzkq'].entries()) {
      await call(`${base}/v1/conversations/${conversation.id}/messages`, { method: 'POST', headers, json: { clientId: `m${i}`, text } });
    }
    const { body: current } = await call(`${base}/v1/conversations/current`, { headers });
    assert.equal(current.status, 'queued');
  });

  test('idempotency: concurrent creates with one key make one ticket; replays say so', async () => {
    const headers = await visitor(base);
    const input = { categoryId: 'other', subject: 'Twice?', description: 'Once.', fields: {}, idempotencyKey: 'same-key' };
    const replies = await Promise.all(Array.from({ length: 5 }, () => call(`${base}/v1/tickets`, { method: 'POST', headers: { ...headers, 'Idempotency-Key': 'same-key' }, json: input })));
    assert.equal(new Set(replies.map((r) => r.body.id)).size, 1);
    assert.deepEqual(replies.map((r) => r.status).sort(), [200, 200, 200, 200, 201]);
    assert.equal(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 4);
    const list = await call(`${base}/v1/tickets`, { headers });
    assert.equal(list.body.length, 1);
  });

  test('a reply can carry a chat into an open ticket: the transcript follows it and the link is stored; only the user\'s own chat', async () => {
    const headers = await visitor(base);
    const ticket = (await call(`${base}/v1/tickets`, {
      method: 'POST', headers: { ...headers, 'Idempotency-Key': 'carry-reply' },
      json: { categoryId: 'other', subject: 'Card declined', description: 'Declined twice.', fields: {}, idempotencyKey: 'carry-reply' },
    })).body;
    const { body: conversation } = await call(`${base}/v1/conversations`, { method: 'POST', headers, json: { message: 'my card is declined again' } });
    const reply = { clientId: 'carry-r1', text: 'Adding what I told the chat.', conversationId: conversation.id };
    const posted = await call(`${base}/v1/tickets/${ticket.id}/replies`, { method: 'POST', headers, json: reply });
    assert.equal(posted.status, 201);
    assert.equal(posted.body.text, 'Adding what I told the chat.');
    // A retried reply is the same one: no second transcript.
    assert.equal((await call(`${base}/v1/tickets/${ticket.id}/replies`, { method: 'POST', headers, json: reply })).status, 200);

    const { body: detail } = await call(`${base}/v1/tickets/${ticket.id}`, { headers });
    assert.deepEqual(detail.messages.map((m: { author: { role: string } }) => m.author.role), ['user', 'user', 'system']);
    assert.match(detail.messages[2].text, /^Chat transcript:\n.*my card is declined again/s);
    const row = server.app.db.prepare('SELECT conversation_id FROM ticket_messages WHERE client_id = ?').get('carry-r1') as { conversation_id: string };
    assert.equal(row.conversation_id, conversation.id);

    const stranger = await visitor(base);
    const { body: theirs } = await call(`${base}/v1/conversations`, { method: 'POST', headers: stranger, json: { message: 'not yours' } });
    const refused = await call(`${base}/v1/tickets/${ticket.id}/replies`, { method: 'POST', headers, json: { clientId: 'carry-r2', text: 'x', conversationId: theirs.id } });
    assert.equal(refused.status, 404);
    assert.equal(refused.body.error.code, 'not_found');
    assert.equal((await call(`${base}/v1/tickets/${ticket.id}`, { headers })).body.messages.length, 3, 'nothing added by the refused reply');
  });
});

describe('reference server: restarts', () => {
  test('data, visitor sessions and event seqs survive a restart; unfinished uploads are cleaned up', async () => {
    const first = await startServer();
    const headers = await visitor(first.url);
    const { body: conversation } = await call(`${first.url}/v1/conversations`, { method: 'POST', headers, json: {} });
    await call(`${first.url}/v1/conversations/${conversation.id}/messages`, { method: 'POST', headers, json: { clientId: 'before', text: 'before the restart' } });
    const before = await call(`${first.url}/v1/conversations/${conversation.id}/messages`, { headers });
    await first.stop(false);
    writeFileSync(join(first.dataDir, 'attachments', '.att_crashed.part'), 'half');

    const second = await startServer({}, first.dataDir);
    try {
      const afterRestart = await call(`${second.url}/v1/conversations/${conversation.id}/messages`, { headers });
      assert.deepEqual(afterRestart.body.messages, before.body.messages);
      await call(`${second.url}/v1/conversations/${conversation.id}/messages`, { method: 'POST', headers, json: { clientId: 'after', text: 'after the restart' } });
      const latest = await call(`${second.url}/v1/conversations/${conversation.id}/messages`, { headers });
      assert.ok(latest.body.lastSeq > before.body.lastSeq);
      const dup = await call(`${second.url}/v1/conversations/${conversation.id}/messages`, { method: 'POST', headers, json: { clientId: 'before', text: 'before the restart' } });
      assert.equal(dup.status, 200);
      const { readdirSync } = await import('node:fs');
      assert.ok(!readdirSync(join(first.dataDir, 'attachments')).some((file) => file.endsWith('.part')));
    } finally {
      await second.stop();
    }
  });

  test('graceful stop: a request in flight completes, streams end, then the port closes', async () => {
    const server = await startServer();
    const headers = await visitor(server.url);
    const { body: conversation } = await call(`${server.url}/v1/conversations`, { method: 'POST', headers, json: {} });
    const ticket = await call(`${server.url}/v1/conversations/${conversation.id}/stream-tickets`, { method: 'POST', headers });
    const stream = await fetch(`${server.url}/v1/conversations/${conversation.id}/events?ticket=${encodeURIComponent(ticket.body.ticket)}`);
    const reading = (async () => {
      const reader = stream.body!.getReader();
      for (;;) if ((await reader.read()).done) return 'ended';
    })();
    await call(`${server.url}/__test/faults`, { method: 'PUT', headers: agent, json: { faults: [{ operation: 'listChannels', delayMs: 300 }] } });
    const slow = call(`${server.url}/v1/channels`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const stopped = server.stop();
    assert.equal((await slow).status, 200);
    assert.equal(await reading, 'ended');
    await stopped;
    await assert.rejects(fetch(`${server.url}/healthz`));
  });
});
