/**
 * ZendeskAdapter against the local Zendesk fake (tests/adapters/fakes/zendesk.mjs): the shared
 * conformance suite, then what is specific to Zendesk — pagination (offset and cursor), error
 * mapping, idempotent creation through the Requests API (which has no Idempotency-Key),
 * anonymous requests, uploads, solving, locales and votes.
 */
import { expect } from '@open-wc/testing';
import { AdapterError, capabilitiesOf, type ChatApi, type SupportAdapter } from '../../src/adapters/contract.js';
import { createZendeskAdapter, type ZendeskAdapterOptions } from '../../src/adapters/zendesk/index.js';
import type { CreateTicketInput, TicketFormDefinition } from '../../src/adapters/schemas.js';
import { validated } from '../../src/adapters/validated.js';
import { runConformance } from './conformance.js';
import { zendeskTenant, type ZendeskTenant } from './fakes/client.js';

interface FakeState {
  requests: { id: number; subject: string; status: string; requester_id: number; fields: Record<string, string | null>; comments: { id: number; body: string; author_id: number; public: boolean; attachments: string[] }[] }[];
  pendingUploads: number;
  votes: { item_id: number; user_id: number; value: number }[];
}

const FORM: TicketFormDefinition = {
  categories: [
    {
      id: 'deposit',
      name: 'Deposit not credited',
      expectedResponseMinutes: 120,
      incidentTags: [],
      fields: [
        { id: 'uid', type: 'uid', label: 'UID', required: true },
        { id: 'network', type: 'network', label: 'Network', required: true, options: [{ value: 'TRX', label: 'TRON (TRC20)' }, { value: 'ETH', label: 'Ethereum' }] },
        { id: 'tx-hash', type: 'tx-hash', label: 'Transaction hash', required: false },
      ],
    },
    { id: 'other', name: 'Something else', incidentTags: [], fields: [] },
  ],
};

function options(tenant: ZendeskTenant, extra: Partial<ZendeskAdapterOptions> = {}): ZendeskAdapterOptions {
  return {
    baseUrl: tenant.baseUrl,
    retryBaseDelayMs: 20,
    tickets: {
      form: FORM,
      fieldMap: { uid: tenant.fields.uid },
      categoryFieldId: tenant.fields.category,
      idempotencyFieldId: tenant.fields.idempotency,
    },
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

const state = (tenant: ZendeskTenant) => tenant.control<FakeState>('GET', 'state');
const input = (key: string, extra: Partial<CreateTicketInput> = {}): CreateTicketInput => ({
  categoryId: 'deposit',
  subject: 'USDT deposit missing',
  description: 'I sent 100 USDT two hours ago.',
  fields: { uid: '12345678', network: 'TRX', 'tx-hash': 'abc123' },
  attachmentIds: [],
  idempotencyKey: key,
  ...extra,
});

runConformance('zendesk (fake)', async () => {
  const tenant = await zendeskTenant();
  const adapter = createZendeskAdapter(options(tenant));
  await adapter.identify({ name: tenant.users.alice.name, email: tenant.users.alice.email, token: tenant.users.alice.token });
  return {
    adapter,
    cleanup: () => tenant.dispose(),
    malformed: async () => {
      await tenant.faults([{ path: '.*', malformed: true, times: 1000 }]);
      const broken = createZendeskAdapter(options(tenant));
      await broken.identify({ token: tenant.users.alice.token });
      return broken;
    },
  };
});

describe('ZendeskAdapter (fake): specific behaviour', function () {
  this.timeout(20_000);
  let tenant: ZendeskTenant;
  let adapter: SupportAdapter;

  const signIn = async (target: SupportAdapter, who: 'alice' | 'bob' = 'alice') => {
    const user = tenant.users[who];
    await target.identify({ name: user.name, email: user.email, token: user.token });
  };

  beforeEach(async () => {
    tenant = await zendeskTenant();
    adapter = validated(createZendeskAdapter(options(tenant)));
    await signIn(adapter);
  });

  afterEach(async () => {
    await tenant.dispose();
  });

  describe('configuration and capabilities', () => {
    it('declares articles, tickets and attachments; chat only when one is passed in', () => {
      expect([...capabilitiesOf(adapter)].sort()).to.deep.equal(['articles', 'attachments', 'tickets']);
      const chat = { start: async () => { throw new Error('unused'); } } as unknown as ChatApi;
      const withChat = createZendeskAdapter({ baseUrl: tenant.baseUrl, chat });
      expect(capabilitiesOf(withChat).has('chat')).to.equal(true);
      expect(withChat.chat).to.equal(chat);
      const articlesOnly = createZendeskAdapter({ subdomain: 'acme', tickets: false, attachments: false });
      expect([...capabilitiesOf(articlesOnly)]).to.deep.equal(['articles']);
    });

    it('needs a subdomain or a base URL', () => {
      expect(() => createZendeskAdapter({})).to.throw(AdapterError).with.property('code', 'invalid_request');
      expect(() => createZendeskAdapter({ subdomain: 'bad host/..' })).to.throw(AdapterError);
    });
  });

  describe('help center', () => {
    it('maps "en" to the en-us locale and back, and files articles under their section', async () => {
      const result = await adapter.articles!.search({ query: 'withdrawal', locale: 'en', limit: 10 });
      expect(result.hits.length).to.equal(3);
      expect(result.hits[0]!.article.locale).to.equal('en');
      expect(result.hits[0]!.article.categoryId).to.match(/^section-\d+$/);
      expect(result.hits[0]!.terms).to.deep.equal(['withdrawal']);
      expect(result.hits[0]!.article.snippet).to.not.include('<em>');
      const article = await adapter.articles!.get(result.hits[0]!.article.id, 'en');
      expect(article.bodyFormat).to.equal('html');
      expect(article.body).to.include('<strong>pending</strong>');
      expect(article.tags).to.deep.equal(['withdrawal', 'pending']);
      const german = await adapter.articles!.search({ query: 'Auszahlung', locale: 'de' });
      expect(german.hits.map((h) => h.article.title)).to.deep.equal(['Warum ist meine Auszahlung ausstehend?']);
    });

    it('lists categories with their sections beneath, following next_page across pages', async () => {
      await tenant.control('POST', 'config', { pageLimit: 2 });
      const categories = await adapter.articles!.categories('en');
      expect(categories.map((c) => c.name)).to.deep.equal(['Deposits and withdrawals', 'Account security', 'Withdrawals', 'Deposits', 'Two-factor authentication']);
      expect(categories.filter((c) => c.id.startsWith('section-')).every((c) => c.parentId?.startsWith('category-'))).to.equal(true);
      const log = await tenant.control<{ log: { path: string; query: string }[] }>('GET', 'log');
      expect(log.log.filter((entry) => entry.path.endsWith('/sections')).length, 'section pages fetched').to.equal(2);
    });

    it('search filters by category or section, and total counts every match', async () => {
      const categories = await adapter.articles!.categories('en');
      const security = categories.find((c) => c.name === 'Account security')!;
      const inSecurity = await adapter.articles!.search({ query: 'codes', locale: 'en', categoryId: security.id });
      expect(inSecurity.hits.map((h) => h.article.title)).to.include('My 2FA codes are rejected');
      const limited = await adapter.articles!.search({ query: 'withdrawal', locale: 'en', limit: 1 });
      expect(limited.hits).to.have.length(1);
      expect(limited.total).to.equal(3);
    });

    it('popular articles: promoted first, then by votes', async () => {
      const popular = await adapter.articles!.list({ locale: 'en', limit: 3 });
      expect(popular.map((a) => a.title)).to.deep.equal(['My deposit has not arrived', 'Why is my withdrawal pending?', 'I lost my 2FA device']);
    });

    it('votes as the signed-in user; anonymous votes are unauthorized', async () => {
      const { hits } = await adapter.articles!.search({ query: 'memo', locale: 'en' });
      await adapter.articles!.feedback({ articleId: hits[0]!.article.id, helpful: false });
      await adapter.articles!.feedback({ articleId: hits[0]!.article.id, helpful: true });
      expect((await state(tenant)).votes).to.deep.equal([{ item_id: Number(hits[0]!.article.id), user_id: tenant.users.alice.id, value: 1 }]);
      const anonymous = validated(createZendeskAdapter(options(tenant)));
      expect((await failure(anonymous.articles!.feedback({ articleId: hits[0]!.article.id, helpful: true }))).code).to.equal('unauthorized');
    });

    it('an unknown locale or id is not_found', async () => {
      expect((await failure(adapter.articles!.categories('xx'))).code).to.equal('not_found');
      expect((await failure(adapter.articles!.get('not-a-number', 'en'))).code).to.equal('not_found');
    });

    it('refuses to follow a pagination link to another host (the token would leak)', async () => {
      const evil: typeof fetch = async (url, init) => {
        const response = await fetch(url, init);
        if (!String(url).includes('/categories')) return response;
        const body = await response.json();
        return new Response(JSON.stringify({ ...body, next_page: 'https://evil.example/api/v2/help_center/en-us/categories.json?page=2' }), { status: 200 });
      };
      const tricked = validated(createZendeskAdapter(options(tenant, { fetch: evil })));
      await signIn(tricked);
      expect((await failure(tricked.articles!.categories('en'))).code).to.equal('invalid_response');
    });
  });

  describe('requests (tickets)', () => {
    it('maps form fields to custom fields, writes the others into the description', async () => {
      const ticket = await adapter.tickets!.create(input('map-1'));
      expect(ticket).to.include({ subject: 'USDT deposit missing', categoryId: 'deposit', status: 'open', number: `#${ticket.id}`, expectedResponseMinutes: 120 });
      const stored = (await state(tenant)).requests[0]!;
      expect(stored.fields).to.deep.include({ [tenant.fields.uid]: '12345678', [tenant.fields.category]: 'deposit', [tenant.fields.idempotency]: 'map-1' });
      expect(stored.comments[0]!.body).to.equal('I sent 100 USDT two hours ago.\n\nNetwork: TRON (TRC20)\nTransaction hash: abc123');
      const detail = await adapter.tickets!.get(ticket.id);
      expect(detail.fields).to.deep.equal({ uid: '12345678' });
    });

    it('creates once when the answer is lost: the retry finds the request by its idempotency field', async () => {
      await tenant.faults([{ method: 'POST', path: '^/api/v2/requests', dropResponse: true }]);
      const error = await failure(adapter.tickets!.create(input('lost-key')));
      expect(error.code).to.equal('network');
      const retried = await adapter.tickets!.create(input('lost-key'));
      const stored = (await state(tenant)).requests;
      expect(stored).to.have.length(1);
      expect(retried.id).to.equal(String(stored[0]!.id));
      // After a reload (a new adapter), the same key still returns the same ticket.
      const reloaded = validated(createZendeskAdapter(options(tenant)));
      await signIn(reloaded);
      expect((await reloaded.tickets!.create(input('lost-key'))).id).to.equal(retried.id);
      expect((await state(tenant)).requests).to.have.length(1);
    });

    it('without an idempotency field, one adapter still creates once per key', async () => {
      const plain = validated(createZendeskAdapter(options(tenant, { tickets: { form: FORM } })));
      await signIn(plain);
      const [a, b] = await Promise.all([plain.tickets!.create(input('k')), plain.tickets!.create(input('k'))]);
      expect(a.id).to.equal(b.id);
      expect((await plain.tickets!.create(input('k'))).id).to.equal(a.id);
      expect((await state(tenant)).requests).to.have.length(1);
      expect(a.categoryId, 'no category field: the first category').to.equal('deposit');
    });

    it('creates anonymous requests with the requester from identify(); reading them needs sign-in', async () => {
      const anonymous = validated(createZendeskAdapter(options(tenant)));
      await anonymous.identify({ name: 'Anna Nonymous', email: 'anna@example.com' });
      const ticket = await anonymous.tickets!.create(input('anon-1'));
      const stored = (await state(tenant)).requests[0]!;
      expect(stored.requester_id).to.not.equal(tenant.users.alice.id);
      expect((await failure(anonymous.tickets!.list())).code).to.equal('unauthorized');
      expect((await failure(anonymous.tickets!.get(ticket.id))).code).to.equal('unauthorized');
      const nobody = validated(createZendeskAdapter(options(tenant)));
      expect((await failure(nobody.tickets!.create(input('anon-2')))).code).to.equal('unauthorized');
      await tenant.control('POST', 'config', { anonymousRequests: false });
      expect((await failure(anonymous.tickets!.create(input('anon-3')))).code).to.equal('unauthorized');
    });

    it('lists every request across cursor pages, most recently updated first', async () => {
      await tenant.control('POST', 'config', { pageLimit: 2 });
      for (let i = 1; i <= 5; i++) await adapter.tickets!.create(input(`page-${i}`, { subject: `Request ${i}` }));
      const second = (await adapter.tickets!.list()).find((t) => t.subject === 'Request 2')!;
      await tenant.control('POST', 'request-status', { requestId: second.id, updatedAt: '2099-01-01T00:00:00Z' });
      const list = await adapter.tickets!.list();
      expect(list).to.have.length(5);
      expect(list[0]!.subject).to.equal('Request 2');
      const log = await tenant.control<{ log: { method: string; path: string; query: string }[] }>('GET', 'log');
      const listCalls = log.log.filter((e) => e.method === 'GET' && /^\/api\/v2\/requests(\.json)?$/.test(e.path));
      expect(listCalls.at(-1)!.query).to.include('page%5Bafter%5D');
    });

    it('shows agent replies with the agent role and name, hides internal notes, pages comments', async () => {
      await tenant.control('POST', 'config', { pageLimit: 2 });
      const ticket = await adapter.tickets!.create(input('agent-1'));
      await tenant.control('POST', 'agent-comment', { requestId: ticket.id, body: 'Which wallet did you send from?', status: 'pending' });
      await tenant.control('POST', 'agent-comment', { requestId: ticket.id, body: 'Internal: check chain', internal: true });
      await adapter.tickets!.reply(ticket.id, { clientId: 'r1', text: 'From my hardware wallet.', attachmentIds: [] });
      const detail = await adapter.tickets!.get(ticket.id);
      expect(detail.status).to.equal('open');
      expect(detail.messages.map((m) => [m.author.role, m.author.name, m.text])).to.deep.equal([
        ['user', 'Alice Example', 'I sent 100 USDT two hours ago.\n\nNetwork: TRON (TRC20)\nTransaction hash: abc123'],
        ['agent', 'Sam Support', 'Which wallet did you send from?'],
        ['user', 'Alice Example', 'From my hardware wallet.'],
      ]);
      // Zendesk says the author is an agent: the reply is vouched for (no impostor warning); the user's are not.
      expect(detail.messages.map((m) => m.author.verified === true)).to.deep.equal([false, true, false]);
    });

    it('a reply whose answer is lost is not posted twice on retry', async () => {
      const ticket = await adapter.tickets!.create(input('reply-lost'));
      await tenant.faults([{ method: 'PUT', path: '^/api/v2/requests/\\d+', dropResponse: true }]);
      const reply = { clientId: 'rl-1', text: 'Here is the TxID.', attachmentIds: [] };
      expect((await failure(adapter.tickets!.reply(ticket.id, reply))).code).to.equal('network');
      const message = await adapter.tickets!.reply(ticket.id, reply);
      expect(message.clientId).to.equal('rl-1');
      expect((await state(tenant)).requests[0]!.comments.filter((c) => c.body === 'Here is the TxID.')).to.have.length(1);
    });

    it('a reply carrying a chat names it, like the description does, and is still posted once when its answer is lost', async () => {
      const ticket = await adapter.tickets!.create(input('reply-chat'));
      await tenant.faults([{ method: 'PUT', path: '^/api/v2/requests/\\d+', dropResponse: true }]);
      const reply = { clientId: 'rc-1', text: 'As I said in the chat.', attachmentIds: [], conversationId: 'c_77' };
      expect((await failure(adapter.tickets!.reply(ticket.id, reply))).code).to.equal('network');
      const message = await adapter.tickets!.reply(ticket.id, reply);
      expect(message).to.include({ clientId: 'rc-1', text: 'As I said in the chat.\n\nChat conversation: c_77' });
      expect((await state(tenant)).requests[0]!.comments.filter((c) => c.body.startsWith('As I said in the chat.'))).to.have.length(1);
    });

    it('solves only once an agent is assigned; reopening is by replying', async () => {
      await tenant.control('POST', 'config', { autoAssign: false });
      const ticket = await adapter.tickets!.create(input('solve-1'));
      expect(ticket.status).to.equal('open');
      expect((await failure(adapter.tickets!.setStatus(ticket.id, 'closed'))).code).to.equal('forbidden');
      await tenant.control('POST', 'request-status', { requestId: ticket.id, assigned: true, status: 'open' });
      expect((await adapter.tickets!.setStatus(ticket.id, 'closed')).status).to.equal('solved');
      expect((await failure(adapter.tickets!.setStatus(ticket.id, 'open'))).code).to.equal('unsupported');
      await adapter.tickets!.reply(ticket.id, { clientId: 'reopen', text: 'It happened again.', attachmentIds: [] });
      expect((await adapter.tickets!.get(ticket.id)).status).to.equal('open');
      expect((await adapter.tickets!.setStatus(ticket.id, 'open')).status).to.equal('open');
    });

    it('maps 401, 403, 404, 422 and 429 with Retry-After', async () => {
      const ticket = await adapter.tickets!.create(input('err-1'));
      const bob = validated(createZendeskAdapter(options(tenant)));
      await signIn(bob, 'bob');
      const forbidden = await failure(bob.tickets!.get(ticket.id));
      expect(forbidden.code).to.equal('forbidden');
      expect(forbidden.message).to.include('Forbidden');

      expect((await failure(adapter.tickets!.get('999999'))).code).to.equal('not_found');

      const expired = validated(createZendeskAdapter(options(tenant)));
      await expired.identify({ token: 'revoked-token' });
      const unauthorized = await failure(expired.tickets!.list());
      expect(unauthorized.code).to.equal('unauthorized');
      expect(unauthorized.message).to.include('invalid_token');

      const invalid = await failure(adapter.tickets!.create(input('err-2', { categoryId: 'other', fields: {}, description: '   ' })));
      expect(invalid.code).to.equal('invalid_request');
      expect(invalid.message).to.include('Description: cannot be blank');

      await tenant.faults([{ path: '^/api/v2/requests', status: 429, headers: { 'Retry-After': '93' }, body: { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' } }]);
      const limited = await failure(adapter.tickets!.list());
      expect(limited.code).to.equal('rate_limited');
      expect(limited.retryAfter).to.equal(93);
      expect(limited.retryable).to.equal(true);
    });

    it('retries a GET after a 503 and a short Retry-After', async () => {
      await adapter.tickets!.create(input('retry-1'));
      await tenant.faults([
        { path: '^/api/v2/requests', method: 'GET', status: 503, body: 'Service Unavailable' },
        { path: '^/api/v2/requests', method: 'GET', status: 429, headers: { 'Retry-After': '0' } },
      ]);
      expect(await adapter.tickets!.list()).to.have.length(1);
    });
  });

  describe('uploads', () => {
    it('uploads with progress; the token attaches the file to a new request', async () => {
      const bytes = new Uint8Array(700 * 1024).map((_, i) => (i * 7) & 0xff);
      const file = new File([bytes], 'receipt.pdf', { type: 'application/pdf' });
      const progress: number[] = [];
      const attachment = await adapter.attachments!.upload(file, { onProgress: (p) => progress.push(p) });
      expect(progress[0]).to.equal(0);
      expect(progress.at(-1)).to.equal(1);
      expect(attachment).to.include({ name: 'receipt.pdf', size: file.size, mimeType: 'application/pdf' });
      const content = await fetch(attachment.url);
      expect((await content.arrayBuffer()).byteLength).to.equal(file.size);
      const ticket = await adapter.tickets!.create(input('with-file', { attachmentIds: [attachment.id] }));
      const detail = await adapter.tickets!.get(ticket.id);
      expect(detail.messages[0]!.attachments.map((a) => a.name)).to.deep.equal(['receipt.pdf']);
      expect((await state(tenant)).pendingUploads).to.equal(0);
    });

    it('refuses a type outside the limits locally, and maps Zendesk\'s 413 to too_large', async () => {
      const error = await failure(adapter.attachments!.upload(new File(['x'], 'run.exe', { type: 'application/x-msdownload' })));
      expect(error.code).to.equal('unsupported');
      await tenant.control('POST', 'config', { maxUploadBytes: 1000 });
      const tooBig = await failure(adapter.attachments!.upload(new File([new Uint8Array(5000)], 'big.png', { type: 'image/png' })));
      expect(tooBig.code).to.equal('too_large');
    });

    it('an upload can be cancelled', async () => {
      await tenant.faults([{ path: '^/api/v2/uploads', delayMs: 2000 }]);
      const controller = new AbortController();
      const pending = adapter.attachments!.upload(new File([new Uint8Array(1000)], 'a.png', { type: 'image/png' }), { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      expect((await failure(pending)).code).to.equal('aborted');
    });
  });
});
