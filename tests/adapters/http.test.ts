/**
 * HttpAdapter against the real reference server (started per test file and browser by
 * http-server-plugin.mjs): every domain end to end over CORS, identity, error codes, retries, and
 * the fault tests — the server killed mid-conversation and mid-upload, slow and failing
 * responses — where nothing may be lost and nothing duplicated.
 */
import { expect } from '@open-wc/testing';
import { AdapterError, type SupportAdapter } from '../../src/adapters/contract.js';
import { createHttpAdapter } from '../../src/adapters/http/index.js';
import { backoffDelay, codeForStatus, parseRetryAfter } from '../../src/adapters/http-common.js';
import type { Conversation, ConversationEvent, Message, Ticket, TicketDetail } from '../../src/adapters/schemas.js';
import { until } from '../helpers.js';
import {
  agentApi, follow, httpAdapter, injectFaults, serverCommand, sha256, signJwt, startServer, TEST_SERVER_ENV, userHash, type ReferenceServer,
} from './http-server.js';

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('Expected the call to fail.');
}

/** A PNG-typed blob of `size` bytes with varied content (so a truncated copy cannot match). */
function file(size: number, name = 'screenshot.png', type = 'image/png'): File {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return new File([bytes], name, { type });
}

const messagesOf = (events: ConversationEvent[]): Message[] => events.flatMap((event) => (event.type === 'message' ? [event.message] : []));

/** Seqs must run 1, 2, 3… with no gap and no repeat. */
function expectContiguous(events: ConversationEvent[], from = 1): void {
  expect(events.map((event) => event.seq)).to.deep.equal(events.map((_, index) => index + from));
}

let server: ReferenceServer;

before(async () => {
  server = await startServer(TEST_SERVER_ENV);
});

after(async () => {
  await serverCommand('dispose');
});

afterEach(async () => {
  await injectFaults(server, []);
});

describe('HttpAdapter: options and pure helpers', () => {
  it('refuses a missing or non-http baseUrl with invalid_request', () => {
    expect(() => createHttpAdapter({ baseUrl: '' })).to.throw(AdapterError).with.property('code', 'invalid_request');
    expect(() => createHttpAdapter({ baseUrl: 'javascript:alert(1)' })).to.throw(AdapterError).with.property('code', 'invalid_request');
  });

  it('maps HTTP statuses to error codes', () => {
    const expected: Record<number, string> = {
      400: 'invalid_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'too_large',
      422: 'invalid_request', 429: 'rate_limited', 500: 'unavailable', 502: 'unavailable', 503: 'unavailable', 504: 'unavailable',
    };
    for (const [status, code] of Object.entries(expected)) expect(codeForStatus(Number(status)), status).to.equal(code);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('7')).to.equal(7);
    expect(parseRetryAfter(new Date(Date.now() + 30_000).toUTCString(), Date.now())).to.be.within(29, 31);
    expect(parseRetryAfter('soon')).to.equal(undefined);
  });

  it('backs off exponentially with jitter, capped, and honours a longer Retry-After', () => {
    const policy = { retries: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(policy, 0, () => 0)).to.equal(50);
    expect(backoffDelay(policy, 0, () => 1)).to.equal(100);
    expect(backoffDelay(policy, 3, () => 1)).to.equal(800);
    expect(backoffDelay(policy, 8, () => 1)).to.equal(1000);
    expect(backoffDelay(policy, 0, () => 0, 2)).to.equal(2000);
  });

  it('turns a body that is not JSON into invalid_response', async () => {
    const adapter = createHttpAdapter({
      baseUrl: 'https://support.example.test',
      retries: 0,
      fetch: async () => new Response('<html>gateway</html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    });
    const error = await failure(adapter.channels!.list());
    expect(error.code).to.equal('invalid_response');
  });

  it('starts one new visitor session when calls made together are refused for a rotated token, and every call goes through', async () => {
    // A backend whose session secret rotated after the first visitor token: that token now gets 401.
    const issued: string[] = [];
    let acceptFrom = 1;
    const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const url = new URL(String(input));
      const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      if (url.pathname === '/v1/visitors') {
        await new Promise((resolve) => setTimeout(resolve, 20)); // a real round trip: the other refusals arrive meanwhile
        issued.push(`visitor-${issued.length + 1}`);
        return json({ visitorId: issued.at(-1), token: issued.at(-1) }, 201);
      }
      const token = new Headers(init?.headers).get('X-Lifebuoy-Visitor') ?? '';
      if (issued.indexOf(token) + 1 < acceptFrom) return json({ error: { code: 'unauthorized', message: 'The visitor token is invalid.' } }, 401);
      return json(url.pathname === '/v1/tickets' ? [] : null);
    };
    const adapter = createHttpAdapter({ baseUrl: 'https://support.example.test', rememberVisitor: false, retries: 0, fetch });
    await adapter.tickets!.list();
    expect(issued).to.deep.equal(['visitor-1']);
    acceptFrom = 2;
    const results = await Promise.allSettled([adapter.tickets!.list(), adapter.chat!.current(), adapter.tickets!.list()]);
    expect(results.map((result) => result.status)).to.deep.equal(['fulfilled', 'fulfilled', 'fulfilled']);
    expect(issued).to.deep.equal(['visitor-1', 'visitor-2']);
    await adapter.tickets!.list();
    expect(issued, 'the session the retries used is the one kept').to.have.length(2);
  });

  it('asks the page for a fresh token once when calls are refused for an expired one, and retries them with it', async () => {
    // A backend that accepts only the newest token it knows about.
    let valid = 'jwt-1';
    const sent: string[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const url = new URL(String(input));
      const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      const token = new Headers(init?.headers).get('Authorization')?.replace(/^Bearer /, '') ?? '';
      sent.push(`${url.pathname} ${token}`);
      if (token !== valid) return json({ error: { code: 'unauthorized', message: 'The token expired.' } }, 401);
      return json(url.pathname === '/v1/tickets' ? [] : null);
    };
    const refreshes: string[] = [];
    const adapter = createHttpAdapter({
      baseUrl: 'https://support.example.test',
      retries: 0,
      fetch,
      refreshToken: async (user) => {
        refreshes.push(user.uid ?? '');
        await new Promise((resolve) => setTimeout(resolve, 20)); // the other refusals arrive meanwhile
        return 'jwt-2';
      },
    });
    await adapter.identify({ uid: '12345678', token: 'jwt-1' });
    valid = 'jwt-2'; // jwt-1 expires while the page stays open
    const results = await Promise.allSettled([adapter.tickets!.list(), adapter.chat!.current(), adapter.tickets!.list()]);
    expect(results.map((result) => result.status)).to.deep.equal(['fulfilled', 'fulfilled', 'fulfilled']);
    expect(refreshes, 'one refresh for the three refusals').to.deep.equal(['12345678']);
    expect(sent.filter((line) => line.endsWith('jwt-2')).length).to.equal(3);

    // Without a fresh token (the page's session ended too) the call fails as unauthorized, once.
    const stuck = createHttpAdapter({ baseUrl: 'https://support.example.test', retries: 0, fetch, refreshToken: async () => null });
    valid = 'jwt-1';
    await stuck.identify({ uid: '12345678', token: 'jwt-1' });
    valid = 'jwt-3';
    expect((await failure(stuck.tickets!.list())).code).to.equal('unauthorized');
  });

  it('leaves out the domains listed in `without`', () => {
    const adapter = createHttpAdapter({ baseUrl: server.url, without: ['status', 'chat'] });
    expect(adapter.status).to.equal(undefined);
    expect(adapter.chat).to.equal(undefined);
    expect(adapter.articles).to.not.equal(undefined);
  });
});

describe('HttpAdapter + reference server: help center, channels, verification', () => {
  let adapter: SupportAdapter;
  beforeEach(() => {
    adapter = httpAdapter(server);
  });

  it('searches and returns hits with ids, in English and Chinese', async () => {
    const english = await adapter.articles!.search({ query: 'deposit not credited', locale: 'en', limit: 5 });
    expect(english.hits.length).to.be.greaterThan(0);
    expect(english.hits[0]!.article.id).to.be.a('string').and.not.equal('');
    expect(english.hits[0]!.article.locale).to.equal('en');
    const chinese = await adapter.articles!.search({ query: '双重验证', locale: 'zh-CN', limit: 5 });
    expect(chinese.hits.length).to.be.greaterThan(0);
    expect(chinese.hits[0]!.article.locale).to.equal('zh-CN');
  });

  it('gets an article in the locale asked for, and 404s as not_found', async () => {
    const { hits } = await adapter.articles!.search({ query: '2FA', locale: 'en', limit: 1 });
    const article = await adapter.articles!.get(hits[0]!.article.id, 'en');
    expect(article.body.length).to.be.greaterThan(20);
    const error = await failure(adapter.articles!.get('no-such-article', 'en'));
    expect(error.code).to.equal('not_found');
  });

  it('lists categories with article counts and the articles of one', async () => {
    const categories = await adapter.articles!.categories('en');
    expect(categories.length).to.be.greaterThan(1);
    const withArticles = categories.find((category) => (category.articleCount ?? 0) > 0)!;
    const list = await adapter.articles!.list({ locale: 'en', categoryId: withArticles.id, limit: 3 });
    expect(list.length).to.be.within(1, 3);
    expect(list.every((article) => article.categoryId === withArticles.id)).to.equal(true);
  });

  it('records article feedback', async () => {
    const [first] = await adapter.articles!.list({ locale: 'en', limit: 1 });
    await adapter.articles!.feedback({ articleId: first!.id, helpful: true, comment: 'Clear.' });
    const error = await failure(adapter.articles!.feedback({ articleId: 'nope', helpful: false }));
    expect(error.code).to.equal('not_found');
  });

  it('lists channels, incidents, official channels and attachment limits', async () => {
    const channels = await adapter.channels!.list();
    expect(channels.map((channel) => channel.kind)).to.include('live_chat');
    expect(await adapter.status!.incidents()).to.be.an('array');
    const official = await adapter.verification!.officialChannels();
    expect(official.domains.length).to.be.greaterThan(0);
    const limits = await adapter.attachments!.limits();
    expect(limits.maxBytes).to.equal(3 * 1024 * 1024);
    expect(limits.accept).to.include('image/png');
  });
});

describe('HttpAdapter + reference server: identity', () => {
  it('gives an anonymous user a visitor session automatically', async () => {
    const adapter = httpAdapter(server);
    const conversation = await adapter.chat!.start({ topic: 'visitor' });
    expect(await adapter.chat!.current()).to.deep.include({ id: conversation.id });
    // Another visitor cannot see it.
    const stranger = httpAdapter(server);
    expect(await stranger.chat!.current()).to.equal(null);
    const error = await failure(stranger.chat!.history(conversation.id));
    expect(error.code).to.equal('not_found');
  });

  it('accepts a JWT signed with the identity secret and rejects a forged one', async () => {
    const token = await signJwt({ sub: 'uid_12345', name: 'Mei', exp: Math.floor(Date.now() / 1000) + 600 }, server.identitySecret);
    const adapter = httpAdapter(server);
    await adapter.identify({ uid: 'uid_12345', name: 'Mei', token });
    const conversation = await adapter.chat!.start({});
    // The same user in another browser (same token) sees the same conversation.
    const elsewhere = httpAdapter(server);
    await elsewhere.identify({ uid: 'uid_12345', token });
    expect((await elsewhere.chat!.current())?.id).to.equal(conversation.id);

    const forged = await signJwt({ sub: 'uid_12345' }, 'not-the-secret');
    const error = await failure(httpAdapter(server).identify({ uid: 'uid_12345', token: forged }));
    expect(error.code).to.equal('unauthorized');
    const expired = await signJwt({ sub: 'uid_12345', exp: Math.floor(Date.now() / 1000) - 3600 }, server.identitySecret);
    expect((await failure(httpAdapter(server).identify({ uid: 'uid_12345', token: expired }))).code).to.equal('unauthorized');
  });

  it('accepts an Intercom-style user hash in user-hash mode', async () => {
    const adapter = httpAdapter(server, { identity: 'user-hash' });
    await adapter.identify({ uid: 'hash_user_1', token: await userHash('hash_user_1', server.identitySecret) });
    expect(await adapter.chat!.current()).to.equal(null);
    const wrong = httpAdapter(server, { identity: 'user-hash' });
    const error = await failure(wrong.identify({ uid: 'hash_user_1', token: await userHash('someone_else', server.identitySecret) }));
    expect(error.code).to.equal('unauthorized');
  });

  it('moves a visitor\'s conversation to the user who signs in', async () => {
    const adapter = httpAdapter(server);
    const conversation = await adapter.chat!.start({ message: 'hello before signing in', clientId: 'pre-login-1' });
    await adapter.identify({ uid: 'merge_user', token: await signJwt({ sub: 'merge_user' }, server.identitySecret) });
    expect((await adapter.chat!.current())?.id).to.equal(conversation.id);
  });
});

describe('HttpAdapter + reference server: chat', () => {
  it('round-trips a message through the bot, hands off, and an agent answers — events in order over SSE', async () => {
    const adapter = httpAdapter(server);
    await adapter.identify({ name: 'Visitor Vee' });
    const conversation = await adapter.chat!.start({ topic: 'deposit' });
    const stream = follow(adapter, conversation.id);
    try {
      const sent = await adapter.chat!.send(conversation.id, { clientId: 'c-1', text: 'my deposit has not arrived', attachmentIds: [] });
      expect(sent.clientId).to.equal('c-1');
      expect(sent.author.role).to.equal('user');
      await until(() => messagesOf(stream.events).some((m) => m.author.role === 'bot' && m.articles.length > 0), 5000, 'bot answer with articles');

      await adapter.chat!.requestHuman(conversation.id);
      await until(() => stream.events.some((e) => e.type === 'queue'), 5000, 'queue position');
      const queue = stream.events.find((e) => e.type === 'queue')!;
      expect(queue).to.include({ position: 1 });
      expect(await adapter.chat!.current()).to.deep.include({ status: 'queued' });

      await agentApi(server, 'POST', `/v1/agent/conversations/${conversation.id}/claim`);
      const reply = await agentApi<Message>(server, 'POST', `/v1/agent/conversations/${conversation.id}/messages`, { clientId: 'a-1', text: 'Hi, I am Ada. What is your TXID?' });
      await until(() => messagesOf(stream.events).some((m) => m.id === reply.id), 5000, 'agent message');
      const joined = stream.events.find((e) => e.type === 'agent_joined');
      expect(joined && joined.type === 'agent_joined' && joined.agent).to.deep.include({ name: 'Ada Agent', role: 'agent', verified: true });

      await adapter.chat!.markRead(conversation.id, [reply.id]);
      await until(() => stream.events.some((e) => e.type === 'receipt' && e.messageIds.includes(reply.id)), 5000, 'read receipt');

      const checks = await adapter.verification!.verifyStaffMessages!([reply.id, sent.id]);
      expect(checks).to.deep.equal([{ messageId: reply.id, verified: true }, { messageId: sent.id, verified: false }]);

      await adapter.chat!.close(conversation.id);
      await until(() => stream.events.some((e) => e.type === 'closed'), 5000, 'closed');
      await adapter.chat!.rate(conversation.id, { score: 5, comment: 'Fast' });
      expect(await adapter.chat!.current()).to.equal(null);
      expect((await failure(adapter.chat!.send(conversation.id, { clientId: 'late', text: 'hello?', attachmentIds: [] }))).code).to.equal('conflict');

      expectContiguous(stream.events);
      expect(stream.errors).to.deep.equal([]);
    } finally {
      stream.stop();
    }
  });

  it('stores one message per clientId, however often it is sent', async () => {
    const adapter = httpAdapter(server);
    const conversation = await adapter.chat!.start({});
    const input = { clientId: 'dup-1', text: 'only once please', attachmentIds: [] };
    const [a, b] = await Promise.all([adapter.chat!.send(conversation.id, input), adapter.chat!.send(conversation.id, input)]);
    const c = await adapter.chat!.send(conversation.id, input);
    expect(new Set([a.id, b.id, c.id]).size).to.equal(1);
    const history = await adapter.chat!.history(conversation.id);
    expect(history.messages.filter((m) => m.clientId === 'dup-1')).to.have.length(1);
  });

  it('starts one conversation per clientId, with the first message', async () => {
    const adapter = httpAdapter(server);
    const first = await adapter.chat!.start({ message: 'no results for "stuck withdrawal"', clientId: 'start-1' });
    const again = await adapter.chat!.start({ message: 'no results for "stuck withdrawal"', clientId: 'start-1' });
    expect(again.id).to.equal(first.id);
    const history = await adapter.chat!.history(first.id);
    expect(history.messages.filter((m) => m.author.role === 'user').map((m) => m.text)).to.deep.equal(['no results for "stuck withdrawal"']);
  });

  it('resumes a subscription from a seq without gaps or repeats', async () => {
    const adapter = httpAdapter(server);
    const conversation = await adapter.chat!.start({});
    for (let i = 0; i < 3; i++) await adapter.chat!.send(conversation.id, { clientId: `r-${i}`, text: `question ${i}`, attachmentIds: [] });
    const { lastSeq } = await adapter.chat!.history(conversation.id);
    const all: ConversationEvent[] = [];
    const whole = adapter.chat!.subscribe(conversation.id, 0, { onEvent: (e) => all.push(e), onError: () => undefined });
    await until(() => all.length === lastSeq, 5000, 'full replay');
    whole.close();
    const tail: ConversationEvent[] = [];
    const from = 3;
    const partial = adapter.chat!.subscribe(conversation.id, from, { onEvent: (e) => tail.push(e), onError: () => undefined });
    await until(() => tail.length === lastSeq - from, 5000, 'partial replay');
    await adapter.chat!.send(conversation.id, { clientId: 'r-live', text: 'and a live one', attachmentIds: [] });
    await until(() => messagesOf(tail).some((m) => m.clientId === 'r-live'), 5000, 'live event');
    partial.close();
    expectContiguous(all);
    expectContiguous(tail, from + 1);
    expect(tail[0]).to.deep.equal(all[from]);
  });

  it('pages history backwards with a cursor', async () => {
    const adapter = httpAdapter(server);
    const conversation = await adapter.chat!.start({});
    for (let i = 0; i < 60; i++) await adapter.chat!.send(conversation.id, { clientId: `h-${i}`, text: `line ${i}`, attachmentIds: [] });
    const newest = await adapter.chat!.history(conversation.id);
    expect(newest.messages).to.have.length(50);
    const pages = [newest];
    while (pages[0]!.previousCursor) pages.unshift(await adapter.chat!.history(conversation.id, pages[0]!.previousCursor));
    const all = pages.flatMap((page) => page.messages);
    expect(new Set(all.map((m) => m.id)).size).to.equal(all.length);
    // The greeting, then each question in order (with the bot's answers in between).
    expect(all[0]!.author.role).to.equal('bot');
    expect(all.filter((m) => m.author.role === 'user').map((m) => m.text)).to.deep.equal(Array.from({ length: 60 }, (_, i) => `line ${i}`));
  });

  it('reports a stream that cannot open through onError', async () => {
    const adapter = httpAdapter(server, { retries: 0 });
    const errors: AdapterError[] = [];
    const subscription = adapter.chat!.subscribe('conv_does_not_exist', 0, { onEvent: () => undefined, onError: (e) => errors.push(e) });
    await until(() => errors.length > 0, 5000, 'stream error');
    subscription.close();
    expect(errors[0]!.code).to.equal('not_found');
  });
});

describe('HttpAdapter + reference server: attachments', () => {
  it('uploads with progress and serves the same bytes back', async () => {
    const adapter = httpAdapter(server);
    const original = file(400_000);
    const progress: number[] = [];
    const attachment = await adapter.attachments!.upload(original, { onProgress: (f) => progress.push(f) });
    expect(attachment).to.deep.include({ name: 'screenshot.png', size: 400_000, mimeType: 'image/png' });
    expect(progress.at(-1)).to.equal(1);
    expect(progress).to.deep.equal([...progress].sort((a, b) => a - b));
    const download = await fetch(attachment.url);
    expect(download.headers.get('Content-Type')).to.equal('image/png');
    expect(await sha256(await download.blob())).to.equal(await sha256(original));
    const tampered = await fetch(attachment.url.replace(/sig=[^&]+/, 'sig=forged'));
    expect(tampered.status).to.equal(404);
  });

  it('refuses files over the limit (too_large) and of types not accepted (invalid_request)', async () => {
    const adapter = httpAdapter(server);
    expect((await failure(adapter.attachments!.upload(file(3 * 1024 * 1024 + 1)))).code).to.equal('too_large');
    expect((await failure(adapter.attachments!.upload(file(100, 'page.html', 'text/html')))).code).to.equal('invalid_request');
  });

  it('attaches an upload to a message', async () => {
    const adapter = httpAdapter(server);
    const attachment = await adapter.attachments!.upload(file(1000));
    const conversation = await adapter.chat!.start({});
    const message = await adapter.chat!.send(conversation.id, { clientId: 'att-1', text: '', attachmentIds: [attachment.id] });
    expect(message.attachments.map((a) => a.id)).to.deep.equal([attachment.id]);
    // Someone else cannot attach it.
    const other = httpAdapter(server);
    const theirs = await other.chat!.start({});
    expect((await failure(other.chat!.send(theirs.id, { clientId: 'steal', text: 'x', attachmentIds: [attachment.id] }))).code).to.equal('invalid_request');
  });
});

describe('HttpAdapter + reference server: tickets', () => {
  const input = (key: string) => ({
    categoryId: 'other', subject: 'Card payment failed', description: 'The payment was declined twice.', fields: {}, attachmentIds: [], idempotencyKey: key,
  });

  it('creates a ticket once per idempotency key', async () => {
    const adapter = httpAdapter(server);
    const [a, b] = await Promise.all([adapter.tickets!.create(input('key-1')), adapter.tickets!.create(input('key-1'))]);
    const c = await adapter.tickets!.create(input('key-1'));
    expect(new Set([a.id, b.id, c.id]).size).to.equal(1);
    expect((await adapter.tickets!.list()).filter((t) => t.id === a.id)).to.have.length(1);
    expect(a.status).to.equal('open');
  });

  it('checks the form\'s required fields', async () => {
    const adapter = httpAdapter(server);
    const form = await adapter.tickets!.form('en');
    const category = form.categories.find((c) => c.fields.some((f) => f.required && f.type !== 'file'))!;
    const error = await failure(adapter.tickets!.create({ ...input('key-missing'), categoryId: category.id }));
    expect(error.code).to.equal('invalid_request');
    expect((await failure(adapter.tickets!.create({ ...input('key-cat'), categoryId: 'no-such-category' }))).code).to.equal('invalid_request');
  });

  it('goes back and forth with an agent: unread, statuses, one reply per clientId, closed', async () => {
    const adapter = httpAdapter(server);
    const ticket = await adapter.tickets!.create(input('key-flow'));
    const reply = { clientId: 'tr-1', text: 'Any news?', attachmentIds: [] };
    const [r1, r2] = await Promise.all([adapter.tickets!.reply(ticket.id, reply), adapter.tickets!.reply(ticket.id, reply)]);
    expect(r1.id).to.equal(r2.id);

    const agentTickets = await agentApi<(Ticket & { user: { id: string } })[]>(server, 'GET', '/v1/agent/tickets');
    expect(agentTickets.some((t) => t.id === ticket.id)).to.equal(true);
    await agentApi(server, 'POST', `/v1/agent/tickets/${ticket.id}/replies`, { clientId: 'ag-1', text: 'We are checking with the card issuer.' });

    const [listed] = (await adapter.tickets!.list()).filter((t) => t.id === ticket.id);
    expect(listed).to.deep.include({ status: 'pending', unread: 1 });
    const detail: TicketDetail = await adapter.tickets!.get(ticket.id);
    expect(detail.messages.map((m) => m.author.role)).to.deep.equal(['user', 'user', 'agent']);
    await adapter.tickets!.markRead(ticket.id);
    expect((await adapter.tickets!.get(ticket.id)).unread).to.equal(0);

    expect((await adapter.tickets!.setStatus(ticket.id, 'closed')).status).to.equal('closed');
    expect((await failure(adapter.tickets!.reply(ticket.id, { clientId: 'tr-2', text: 'reopen?', attachmentIds: [] }))).code).to.equal('conflict');
    expect((await failure(httpAdapter(server).tickets!.get(ticket.id))).code).to.equal('not_found');
  });

  it('carries a conversation into a ticket', async () => {
    const adapter = httpAdapter(server);
    const conversation: Conversation = await adapter.chat!.start({ message: 'nobody is online?', clientId: 'carry-1' });
    const ticket = await adapter.tickets!.create({ ...input('key-carry'), conversationId: conversation.id });
    const detail = await adapter.tickets!.get(ticket.id);
    expect(detail.messages.some((m) => m.author.role === 'system' && m.text.includes('nobody is online?'))).to.equal(true);
  });

  it('carries a conversation into an open ticket with a reply: the transcript follows the reply, once', async () => {
    const adapter = httpAdapter(server);
    const ticket = await adapter.tickets!.create(input('key-carry-reply'));
    const conversation: Conversation = await adapter.chat!.start({ message: 'still declined today', clientId: 'carry-reply-1' });
    const reply = { clientId: 'tr-carry', text: 'Adding my chat.', attachmentIds: [], conversationId: conversation.id };
    await adapter.tickets!.reply(ticket.id, reply);
    await adapter.tickets!.reply(ticket.id, reply);
    const { messages } = await adapter.tickets!.get(ticket.id);
    expect(messages.map((m) => m.author.role)).to.deep.equal(['user', 'user', 'system']);
    expect(messages[1]!.text).to.equal('Adding my chat.');
    expect(messages[2]!.text).to.match(/^Chat transcript:\n[\s\S]*still declined today/);
  });
});

describe('HttpAdapter + reference server: faults', function () {
  // A restart can take seconds on a loaded machine; the adapters below retry for up to ~25 s.
  this.timeout(60_000);
  const patient = { retries: 30, retryBaseDelayMs: 100, retryMaxDelayMs: 1000 };

  it('retries idempotent calls through 5xx responses', async () => {
    await injectFaults(server, [{ operation: 'listChannels', status: 503, times: 2 }]);
    const channels = await httpAdapter(server).channels!.list();
    expect(channels.length).to.be.greaterThan(0);
  });

  it('gives up with unavailable when the 5xx persist', async () => {
    await injectFaults(server, [{ operation: 'listChannels', status: 502, times: 10 }]);
    expect((await failure(httpAdapter(server, { retries: 2 }).channels!.list())).code).to.equal('unavailable');
  });

  it('reports rate limits with the server\'s Retry-After instead of waiting it out', async () => {
    await injectFaults(server, [{ operation: 'searchArticles', status: 429, retryAfter: 30, times: 1 }]);
    const error = await failure(httpAdapter(server).articles!.search({ query: 'fees', locale: 'en' }));
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfter).to.equal(30);
  });

  it('times out a slow response, and a retry gets through', async () => {
    await injectFaults(server, [{ operation: 'listIncidents', delayMs: 1500, times: 1 }]);
    expect((await failure(httpAdapter(server, { timeoutMs: 300, retries: 0 }).status!.incidents())).code).to.equal('timeout');
    await injectFaults(server, [{ operation: 'listIncidents', delayMs: 1500, times: 1 }]);
    expect(await httpAdapter(server, { timeoutMs: 300 }).status!.incidents()).to.be.an('array');
  });

  it('creates one ticket when the response to the create is lost', async () => {
    const adapter = httpAdapter(server);
    await injectFaults(server, [{ operation: 'createTicket', dropResponse: true, times: 1 }]);
    const ticket = await adapter.tickets!.create({
      categoryId: 'other', subject: 'Lost response', description: 'The server committed but the answer never came.', fields: {}, attachmentIds: [], idempotencyKey: 'lost-1',
    });
    const mine = (await adapter.tickets!.list()).filter((t) => t.subject === 'Lost response');
    expect(mine.map((t) => t.id)).to.deep.equal([ticket.id]);
  });

  it('stores one message when the response to a send is lost', async () => {
    const adapter = httpAdapter(server);
    const conversation = await adapter.chat!.start({});
    await injectFaults(server, [{ operation: 'sendMessage', dropResponse: true, times: 1 }]);
    const message = await adapter.chat!.send(conversation.id, { clientId: 'lost-msg', text: 'did this arrive?', attachmentIds: [] });
    const history = await adapter.chat!.history(conversation.id);
    expect(history.messages.filter((m) => m.clientId === 'lost-msg').map((m) => m.id)).to.deep.equal([message.id]);
  });

  it('stores one attachment when the response to an upload is lost', async () => {
    const adapter = httpAdapter(server);
    const before = (await serverCommand<{ files: string[] }>('inspect')).files.length;
    await injectFaults(server, [{ operation: 'uploadAttachment', dropResponse: true, times: 1 }]);
    const attachment = await adapter.attachments!.upload(file(50_000));
    const after = await serverCommand<{ files: string[]; partial: number }>('inspect');
    expect(after.files.length - before).to.equal(1);
    expect(after.files).to.include(attachment.id);
  });

  it('kill and restart mid-conversation: every event once, in order, and the message sent while down arrives once', async () => {
    const adapter = httpAdapter(server, patient);
    const conversation = await adapter.chat!.start({});
    const stream = follow(adapter, conversation.id);
    try {
      await adapter.chat!.send(conversation.id, { clientId: 'k-1', text: 'withdrawal pending', attachmentIds: [] });
      await until(() => messagesOf(stream.events).some((m) => m.author.role === 'bot' && m.articles.length > 0), 5000, 'bot answer');

      await serverCommand('kill');
      // Sent while the server is down: the adapter keeps retrying with the same clientId.
      const pending = adapter.chat!.send(conversation.id, { clientId: 'k-2', text: 'talk to a human', attachmentIds: [] });
      pending.catch(() => undefined); // awaited below; this only keeps an early rejection from being reported as unhandled
      await until(() => stream.errors.length > 0, 5000, 'stream broke');
      await serverCommand('revive');
      const sent = await pending;
      await until(() => stream.events.some((e) => e.type === 'queue'), 15_000, 'handoff after restart');
      await agentApi(server, 'POST', `/v1/agent/conversations/${conversation.id}/messages`, { clientId: 'k-agent', text: 'Back online, how can I help?' });
      await until(() => messagesOf(stream.events).some((m) => m.clientId === 'k-agent'), 15_000, 'agent reply');

      expectContiguous(stream.events);
      const history = await adapter.chat!.history(conversation.id);
      expect(history.lastSeq).to.equal(stream.lastSeq);
      expect(messagesOf(stream.events).map((m) => m.id)).to.deep.equal(history.messages.map((m) => m.id));
      expect(history.messages.filter((m) => m.clientId === 'k-2').map((m) => m.id)).to.deep.equal([sent.id]);
    } finally {
      stream.stop();
    }
  });

  it('graceful restart (SIGTERM) ends streams cleanly and they resume without gaps', async () => {
    const adapter = httpAdapter(server, patient);
    const conversation = await adapter.chat!.start({});
    const stream = follow(adapter, conversation.id);
    try {
      await until(() => stream.events.length > 0, 5000, 'greeting');
      await serverCommand('terminate');
      await until(() => stream.errors.length > 0, 5000, 'stream ended');
      await serverCommand('revive');
      await adapter.chat!.send(conversation.id, { clientId: 'g-1', text: 'still there?', attachmentIds: [] });
      await until(() => messagesOf(stream.events).some((m) => m.clientId === 'g-1'), 15_000, 'message after restart');
      expectContiguous(stream.events);
    } finally {
      stream.stop();
    }
  });

  it('kill and restart mid-upload: the upload completes once, byte for byte, with no partial file left', async () => {
    const adapter = httpAdapter(server, patient);
    const before = (await serverCommand<{ files: string[] }>('inspect')).files.length;
    const original = file(1_500_000);
    // The server reads this upload slowly, so it is surely in flight when the server dies.
    await injectFaults(server, [{ operation: 'uploadAttachment', throttleBytesPerSecond: 300_000, times: 1 }]);
    const progress: number[] = [];
    const upload = adapter.attachments!.upload(original, { onProgress: (f) => progress.push(f) });
    upload.catch(() => undefined); // awaited below
    await serverCommand('kill', { whenUploading: true });
    await serverCommand('revive');
    const attachment = await upload;
    expect(attachment.size).to.equal(original.size);
    expect(await sha256(await (await fetch(attachment.url)).blob())).to.equal(await sha256(original));
    const after = await serverCommand<{ files: string[]; partial: number }>('inspect');
    expect(after.files.length - before).to.equal(1);
    expect(after.partial).to.equal(0);
    expect(progress.at(-1)).to.equal(1);
  });

  it('a call made while the server is down fails with network after its retries', async () => {
    await serverCommand('kill');
    try {
      expect((await failure(httpAdapter(server, { retries: 1 }).channels!.list())).code).to.equal('network');
    } finally {
      await serverCommand('revive');
    }
  });
});
