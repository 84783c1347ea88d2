/** The server's bot answers from the help center only when an article really matches the question. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { call, startServer, visitor, type TestServer } from './helpers.js';
import { ANSWERED, UNANSWERED } from '../../tests/data/bot-questions.js';

interface Reply {
  author: { role: string };
  text: string;
  articles: { id: string }[];
}

describe('reference server: the bot\'s relevance threshold', () => {
  let server: TestServer;
  let base: string;
  let headers: Record<string, string>;
  before(async () => {
    // One conversation per question: more than the default 20 creates a minute.
    server = await startServer({ LIFEBUOY_RATE_LIMITS: JSON.stringify({ create: { limit: 100, windowSeconds: 60 } }) });
    base = server.url;
  });
  beforeEach(async () => {
    headers = await visitor(base);
  });
  after(() => server.stop());

  /** The bot's reply to `question` as the first message of a new conversation (the bot answers at once in tests). */
  async function reply(question: string): Promise<Reply> {
    const { status, body: conversation } = await call(`${base}/v1/conversations`, { method: 'POST', headers, json: { message: question } });
    assert.equal(status, 201, `started a conversation with "${question}"`);
    const { body: history } = await call(`${base}/v1/conversations/${conversation.id}/messages`, { headers });
    const answer = (history.messages as Reply[]).filter((message) => message.author.role === 'bot')[1];
    assert.ok(answer, `the bot replied to "${question}"`);
    return answer;
  }

  test('answers questions an article covers, in English and Chinese, with typos, dates and amounts', async () => {
    const expected = ANSWERED.map(([question, id]) => [question, id]);
    const answers: [string, string | undefined][] = [];
    for (const [question] of expected) answers.push([question, (await reply(question)).articles[0]?.id]);
    assert.deepEqual(answers, expected);
  });

  test('says it found nothing for small talk, gibberish and questions that share one word (or too few) with an article', async () => {
    const questions = UNANSWERED;
    const replies: [string, number, string][] = [];
    for (const question of questions) {
      const answer = await reply(question);
      replies.push([question, answer.articles.length, answer.text]);
    }
    assert.deepEqual(replies, questions.map((question) => [question, 0, "I couldn't find an article about that. Could you describe it differently, or talk to a person?"]));
  });

  test('hands off to a person after two such questions in a row', async () => {
    const { body: conversation } = await call(`${base}/v1/conversations`, { method: 'POST', headers, json: { message: 'hello there' } });
    await call(`${base}/v1/conversations/${conversation.id}/messages`, { method: 'POST', headers, json: { clientId: 'miss-2', text: 'slow message' } });
    const { body: current } = await call(`${base}/v1/conversations/current`, { headers });
    assert.equal(current.id, conversation.id);
    assert.equal(current.status, 'queued');
  });
});
