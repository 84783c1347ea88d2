/**
 * The one behavioural suite every adapter runs (demo, HTTP + reference server, Chatwoot and
 * Zendesk + their fakes). It checks what an integrator relies on, for every domain the adapter
 * declares (a domain left out is reported as pending, never as passed):
 *
 * - articles: search returns hits with ids; get, categories and list agree with each other;
 *   feedback is accepted; a missing article is `not_found`.
 * - chat: a message round-trips through subscribe (with its clientId); the same clientId sent
 *   twice (at once and again later) is one message; events resume without gaps or duplicates
 *   after resubscribing from a seq; history pages; typing, read, close.
 * - attachments: uploads report progress from 0 to 1; an oversized file is `too_large`.
 * - tickets: created once under retry with the same idempotency key; list / get / reply (once
 *   per clientId, also carrying a chat over) / status; a missing ticket is `not_found`.
 * - malformed payloads become `invalid_response` through `validated()`.
 * - faults, for a target that can inject them (`faults`; without it these checks are pending): a
 *   ticket create whose answer was lost is still one ticket; a 429 is `rate_limited` with its
 *   Retry-After, reported rather than waited out.
 *
 * Every test gets a fresh target from `make()` (its own backend state where the backend allows)
 * and cleans it up. Skip a check with `options.skip: ['chat.rate', …]` — the ids are in brackets
 * in the test titles — and say why where you call it.
 */
import { expect } from '@open-wc/testing';
import { AdapterError, capabilitiesOf, type Domain, type SupportAdapter } from '../../src/adapters/contract.js';
import type { ConversationEvent, CreateTicketInput, Message, Ticket, TicketCategory, TicketField } from '../../src/adapters/schemas.js';
import { validated } from '../../src/adapters/validated.js';

export interface ConformanceTarget {
  adapter: SupportAdapter;
  cleanup?: () => Promise<void>;
  /**
   * An adapter for the same kind of backend whose answers are malformed (e.g. a fake told to
   * break its JSON). Without it the suite breaks the adapter's raw results itself, which checks
   * `validated()` only.
   */
  malformed?: () => Promise<SupportAdapter>;
  /** Injects faults into this target's backend, for the `faults.*` checks. */
  faults?: ConformanceFaults;
}

/** Faults a backend (or its fake) can be told to produce; `cleanup` removes what is left of them. */
export interface ConformanceFaults {
  /** The backend creates the next ticket, but the answer never reaches the adapter (the connection drops). */
  loseNextTicketCreate(): Promise<void>;
  /** The next article search is answered 429 with `Retry-After: <seconds>`. */
  rateLimitNextSearch(seconds: number): Promise<void>;
}

export interface ConformanceOptions {
  /** Check ids to leave out, e.g. `['chat.rate']`. */
  skip?: string[];
  /** A query the backend's help center has results for. Default "withdrawal". */
  searchQuery?: string;
  /** The locale to ask for. Default "en". */
  locale?: string;
  /** How long to wait for realtime events, in ms. Default 8000. */
  eventTimeout?: number;
}

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error, 'an AdapterError').to.be.instanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('Expected the call to fail.');
}

async function waitFor(predicate: () => unknown, timeout: number, what: string): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeout) throw new Error(`Timed out after ${timeout} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const messagesOf = (events: ConversationEvent[]): Message[] => events.flatMap((event) => (event.type === 'message' ? [event.message] : []));

/** Seqs strictly increase: nothing delivered twice, nothing out of order. */
function expectIncreasing(events: ConversationEvent[], label: string): void {
  const seqs = events.map((event) => event.seq);
  for (let i = 1; i < seqs.length; i++) expect(seqs[i], `${label}: seq after ${seqs[i - 1]}`).to.be.greaterThan(seqs[i - 1]!);
}

/** A value a backend accepts for a required field of this type. */
function sampleValue(field: TicketField): string | undefined {
  switch (field.type) {
    case 'select': case 'network': return field.options?.[0]?.value;
    case 'uid': return '12345678';
    case 'email': return 'conformance@example.com';
    case 'datetime': return new Date(Date.UTC(2026, 0, 2, 3, 4)).toISOString();
    case 'amount': return '12.5';
    case 'tx-hash': return `0x${'ab'.repeat(32)}`;
    case 'address': return `0x${'12'.repeat(20)}`;
    case 'memo': return '1234567';
    case 'file': return undefined;
    default: return 'Conformance value';
  }
}

function ticketInput(category: TicketCategory, key: string, subject: string): CreateTicketInput {
  const fields: Record<string, string> = {};
  for (const field of category.fields) {
    if (!field.required || field.showWhen) continue;
    const value = sampleValue(field);
    if (value !== undefined) fields[field.id] = value;
  }
  return { categoryId: category.id, subject, description: `${subject}: the description.`, fields, attachmentIds: [], idempotencyKey: key };
}

/** The category needing the fewest required fields (and no required file). */
function simplestCategory(categories: TicketCategory[]): TicketCategory {
  const cost = (category: TicketCategory) =>
    category.fields.filter((f) => f.required && !f.showWhen).length + (category.fields.some((f) => f.required && !f.showWhen && f.type === 'file') ? 100 : 0);
  return [...categories].sort((a, b) => cost(a) - cost(b))[0]!;
}

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Breaks a raw adapter's results the way a bad backend would, for the fallback malformed check. */
function corrupting(adapter: SupportAdapter): SupportAdapter {
  const broken = async () => ({ unexpected: true, hits: 'not-a-list', id: { nested: true } });
  return {
    name: adapter.name,
    identify: adapter.identify.bind(adapter),
    articles: adapter.articles && { ...adapter.articles, search: broken as never, categories: broken as never },
    chat: adapter.chat && { ...adapter.chat, start: broken as never },
    tickets: adapter.tickets && { ...adapter.tickets, list: broken as never },
  };
}

export function runConformance(
  name: string,
  make: () => Promise<ConformanceTarget>,
  options: ConformanceOptions = {},
): void {
  const skip = new Set(options.skip ?? []);
  const query = options.searchQuery ?? 'withdrawal';
  const locale = options.locale ?? 'en';
  const eventTimeout = options.eventTimeout ?? 8000;

  describe(`adapter conformance: ${name}`, function () {
    this.timeout(30_000);
    let target: ConformanceTarget | undefined;
    let adapter: SupportAdapter;
    let raw: SupportAdapter;

    afterEach(async () => {
      raw?.dispose?.();
      await target?.cleanup?.();
      target = undefined;
    });

    /** Declares one check: skipped by option, pending when the adapter lacks the domain (or, for faults.*, the target cannot inject them). */
    const check = (id: string, domain: Domain | null, title: string, body: () => Promise<void>) => {
      const fullTitle = `[${id}] ${title}`;
      if (skip.has(id)) {
        it.skip(fullTitle, () => {});
        return;
      }
      it(fullTitle, async function () {
        target = await make();
        raw = target.adapter;
        adapter = validated(target.adapter);
        if (domain && !capabilitiesOf(adapter).has(domain)) this.skip();
        if (id.startsWith('faults.') && !target.faults) this.skip();
        await body();
      });
    };

    // ---------------------------------------------------------------- general
    check('general.identity', null, 'names itself and refuses an invalid user with invalid_request', async () => {
      expect(adapter.name).to.be.a('string').and.not.equal('');
      const error = await failure(adapter.identify({ uid: 'not a valid uid!' }));
      expect(error.code).to.equal('invalid_request');
    });

    check('general.malformed', null, 'malformed payloads become invalid_response through validated()', async () => {
      const broken = validated(target!.malformed ? await target!.malformed() : corrupting(raw));
      const probes: [string, () => Promise<unknown>][] = [];
      if (broken.articles) {
        probes.push(['articles.search', () => broken.articles!.search({ query, locale })]);
        probes.push(['articles.categories', () => broken.articles!.categories(locale)]);
      }
      if (broken.chat) probes.push(['chat.start', () => broken.chat!.start({ topic: 'Malformed' })]);
      if (broken.tickets) probes.push(['tickets.list', () => broken.tickets!.list()]);
      expect(probes, 'at least one probe').to.not.be.empty;
      for (const [probe, call] of probes) {
        const error = await failure(call());
        expect(error.code, probe).to.equal('invalid_response');
      }
      broken.dispose?.();
    });

    // ---------------------------------------------------------------- articles
    check('articles.search', 'articles', 'search returns hits with ids, titles and categories', async () => {
      const result = await adapter.articles!.search({ query, locale, limit: 5 });
      expect(result.hits.length, `hits for "${query}"`).to.be.greaterThan(0);
      expect(result.hits.length).to.be.at.most(5);
      expect(result.total).to.be.at.least(result.hits.length);
      for (const hit of result.hits) {
        expect(hit.article.id).to.be.a('string').and.not.equal('');
        expect(hit.article.title).to.not.equal('');
        expect(hit.article.categoryId).to.not.equal('');
      }
      const scores = result.hits.map((hit) => hit.score);
      expect(scores, 'hits best first').to.deep.equal([...scores].sort((a, b) => b - a));
    });

    check('articles.get', 'articles', 'get returns the article a search hit names, with a body', async () => {
      const { hits } = await adapter.articles!.search({ query, locale, limit: 3 });
      const article = await adapter.articles!.get(hits[0]!.article.id, locale);
      expect(article.id).to.equal(hits[0]!.article.id);
      expect(article.title).to.equal(hits[0]!.article.title);
      expect(article.body.trim()).to.not.equal('');
      expect(['html', 'markdown']).to.include(article.bodyFormat);
    });

    check('articles.categories', 'articles', 'categories and list agree: a category lists only its own articles', async () => {
      const categories = await adapter.articles!.categories(locale);
      expect(categories.length).to.be.greaterThan(0);
      const ids = new Set(categories.map((c) => c.id));
      expect(ids.size, 'unique category ids').to.equal(categories.length);
      for (const category of categories) if (category.parentId) expect(ids.has(category.parentId), `parent of ${category.id}`).to.equal(true);
      const popular = await adapter.articles!.list({ locale, limit: 3 });
      expect(popular.length).to.be.within(1, 3);
      const { hits } = await adapter.articles!.search({ query, locale, limit: 1 });
      const categoryId = hits[0]!.article.categoryId;
      const inCategory = await adapter.articles!.list({ locale, categoryId, limit: 50 });
      expect(inCategory.map((a) => a.id)).to.include(hits[0]!.article.id);
      for (const article of inCategory) expect(article.categoryId).to.equal(categoryId);
    });

    check('articles.feedback', 'articles', 'feedback on an article is accepted', async () => {
      const { hits } = await adapter.articles!.search({ query, locale, limit: 1 });
      await adapter.articles!.feedback({ articleId: hits[0]!.article.id, helpful: true });
    });

    check('articles.not_found', 'articles', 'a missing article is not_found', async () => {
      const error = await failure(adapter.articles!.get('999999999', locale));
      expect(error.code).to.equal('not_found');
    });

    // ---------------------------------------------------------------- chat
    check('chat.roundtrip', 'chat', 'a message round-trips through subscribe with its clientId', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({ topic: 'Conformance' });
      expect(conversation.id).to.not.equal('');
      const current = await chat.current();
      expect(current?.id, 'current() resumes the open conversation').to.equal(conversation.id);
      const events: ConversationEvent[] = [];
      const errors: AdapterError[] = [];
      const subscription = chat.subscribe(conversation.id, 0, { onEvent: (e) => events.push(e), onError: (e) => errors.push(e) });
      try {
        const clientId = unique('rt');
        const sent = await chat.send(conversation.id, { clientId, text: 'Hello from the conformance suite', attachmentIds: [] });
        expect(sent.text).to.equal('Hello from the conformance suite');
        expect(sent.author.role).to.equal('user');
        expect(sent.conversationId).to.equal(conversation.id);
        await waitFor(() => messagesOf(events).some((m) => m.id === sent.id), eventTimeout, 'the sent message as an event');
        const echoed = messagesOf(events).find((m) => m.id === sent.id)!;
        expect(echoed.clientId, 'the event carries the clientId').to.equal(clientId);
        expect(echoed.text).to.equal(sent.text);
        expectIncreasing(events, 'live events');
        expect(errors, 'stream errors').to.be.empty;
      } finally {
        subscription.close();
      }
    });

    check('chat.clientId', 'chat', 'sending the same clientId twice creates one message', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({ topic: 'Dedupe' });
      const clientId = unique('dup');
      const text = `Only once ${clientId}`;
      const input = { clientId, text, attachmentIds: [] };
      const [first, second] = await Promise.all([chat.send(conversation.id, input), chat.send(conversation.id, input)]);
      const third = await chat.send(conversation.id, input);
      expect(second.id).to.equal(first.id);
      expect(third.id).to.equal(first.id);
      const page = await chat.history(conversation.id);
      expect(page.messages.filter((m) => m.text === text), 'copies in history').to.have.length(1);
    });

    check('chat.resume', 'chat', 'events resume without gaps or duplicates after resubscribing from a seq', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({ topic: 'Resume' });
      const send = (text: string) => chat.send(conversation.id, { clientId: unique('rs'), text, attachmentIds: [] });
      const first: ConversationEvent[] = [];
      const errors: AdapterError[] = [];
      const one = chat.subscribe(conversation.id, 0, { onEvent: (e) => first.push(e), onError: (e) => errors.push(e) });
      const m1 = await send('Resume one');
      const m2 = await send('Resume two');
      await waitFor(() => [m1, m2].every((m) => messagesOf(first).some((e) => e.id === m.id)), eventTimeout, 'the first two messages');
      one.close();
      const lastSeq = Math.max(...first.map((e) => e.seq));
      const m3 = await send('Resume three');
      const m4 = await send('Resume four');

      const resumed: ConversationEvent[] = [];
      const two = chat.subscribe(conversation.id, lastSeq, { onEvent: (e) => resumed.push(e), onError: (e) => errors.push(e) });
      const full: ConversationEvent[] = [];
      let three: { close(): void } | undefined;
      try {
        await waitFor(() => [m3, m4].every((m) => messagesOf(resumed).some((e) => e.id === m.id)), eventTimeout, 'the messages sent while away');
        for (const event of resumed) expect(event.seq, 'resumed events come after the seq').to.be.greaterThan(lastSeq);
        expectIncreasing(resumed, 'resumed events');
        const resumedIds = messagesOf(resumed).map((m) => m.id);
        expect(resumedIds.filter((id) => id === m1.id || id === m2.id), 'no earlier message replayed').to.be.empty;

        // A fresh subscription from 0 sees the same log: what the resumed one got is exactly its tail.
        three = chat.subscribe(conversation.id, 0, { onEvent: (e) => full.push(e), onError: (e) => errors.push(e) });
        const lastResumed = Math.max(...resumed.map((e) => e.seq));
        await waitFor(() => full.some((e) => e.seq >= lastResumed), eventTimeout, 'the whole log');
        expectIncreasing(full, 'all events');
        const tail = full.filter((e) => e.seq > lastSeq && e.seq <= lastResumed);
        expect(resumed.filter((e) => e.seq <= lastResumed).map((e) => e.seq), 'no gap after resuming').to.deep.equal(tail.map((e) => e.seq));
        for (const [index, event] of tail.entries()) {
          const twin = resumed[index]!;
          expect(twin.type, `event ${event.seq}`).to.equal(event.type);
          if (event.type === 'message' && twin.type === 'message') expect(twin.message.id).to.equal(event.message.id);
        }
        const everything = messagesOf(full).map((m) => m.id);
        for (const message of [m1, m2, m3, m4]) expect(everything.filter((id) => id === message.id).length, `${message.text} delivered`).to.be.at.least(1);
        expect(errors, 'stream errors').to.be.empty;
      } finally {
        two.close();
        three?.close();
      }
    });

    check('chat.history', 'chat', 'history returns the sent messages and a lastSeq to subscribe from', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({ topic: 'History', message: 'First words', clientId: unique('first') });
      const sent = await chat.send(conversation.id, { clientId: unique('h'), text: 'History entry', attachmentIds: [] });
      const page = await chat.history(conversation.id);
      expect(page.messages.map((m) => m.id)).to.include(sent.id);
      expect(page.messages.map((m) => m.text)).to.include('First words');
      expect(Number.isInteger(page.lastSeq) && page.lastSeq >= 0).to.equal(true);
      const times = page.messages.map((m) => Date.parse(m.createdAt));
      expect(times, 'oldest first').to.deep.equal([...times].sort((a, b) => a - b));
      if (page.previousCursor) {
        const older = await chat.history(conversation.id, page.previousCursor);
        const newer = new Set(page.messages.map((m) => m.id));
        for (const message of older.messages) expect(newer.has(message.id), 'pages do not overlap').to.equal(false);
      }
    });

    check('chat.not_found', 'chat', 'a missing conversation is not_found', async () => {
      const error = await failure(adapter.chat!.history('999999999'));
      expect(error.code).to.equal('not_found');
    });

    check('chat.signals', 'chat', 'typing and read receipts are accepted', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({ topic: 'Signals' });
      const sent = await chat.send(conversation.id, { clientId: unique('sig'), text: 'Typing test', attachmentIds: [] });
      await chat.setTyping(conversation.id, true);
      await chat.setTyping(conversation.id, false);
      await chat.markRead(conversation.id, [sent.id]);
    });

    check('chat.close', 'chat', 'closing ends the conversation: it is no longer the open one', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({ topic: 'Close' });
      await chat.send(conversation.id, { clientId: unique('cl'), text: 'Closing soon', attachmentIds: [] });
      await chat.close(conversation.id);
      const current = await chat.current();
      expect(current === null || current.id !== conversation.id || current.status === 'closed', 'closed conversation not open').to.equal(true);
    });

    check('chat.rate', 'chat', 'a closed conversation can be rated', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({ topic: 'Rate' });
      await chat.send(conversation.id, { clientId: unique('rt'), text: 'Rate me', attachmentIds: [] });
      await chat.close(conversation.id);
      await chat.rate(conversation.id, { score: 5, comment: 'Great help' });
    });

    check('chat.requestHuman', 'chat', 'asking for a human is accepted', async () => {
      const chat = adapter.chat!;
      const conversation = await chat.start({ topic: 'Human' });
      await chat.requestHuman(conversation.id);
    });

    // ---------------------------------------------------------------- attachments
    check('attachments.progress', 'attachments', 'an upload reports progress from 0 to 1 and returns the attachment', async () => {
      const limits = await adapter.attachments!.limits();
      expect(limits.maxBytes).to.be.greaterThan(0);
      const type = limits.accept.find((t) => t === 'image/png') ?? limits.accept.find((t) => !t.endsWith('*')) ?? 'image/png';
      const bytes = new Uint8Array(256 * 1024);
      bytes.set(PNG_HEADER);
      for (let i = PNG_HEADER.length; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
      const file = new File([bytes], 'proof.png', { type });
      const progress: number[] = [];
      const attachment = await adapter.attachments!.upload(file, { onProgress: (fraction) => progress.push(fraction) });
      expect(attachment.id).to.not.equal('');
      expect(attachment.name).to.equal('proof.png');
      expect(attachment.size).to.equal(file.size);
      expect(progress.length, 'progress reports').to.be.greaterThan(0);
      for (const fraction of progress) expect(fraction).to.be.within(0, 1);
      expect(progress, 'never goes back').to.deep.equal([...progress].sort((a, b) => a - b));
      expect(progress.at(-1)).to.equal(1);
    });

    check('attachments.too_large', 'attachments', 'a file over the limit is too_large', async () => {
      const limits = await adapter.attachments!.limits();
      const type = limits.accept.find((t) => !t.endsWith('*')) ?? 'image/png';
      const file = new File([new Uint8Array(limits.maxBytes + 1)], 'huge.png', { type });
      const error = await failure(adapter.attachments!.upload(file));
      expect(error.code).to.equal('too_large');
    });

    // ---------------------------------------------------------------- tickets
    check('tickets.create_once', 'tickets', 'a ticket is created once under retry with the same idempotency key', async () => {
      const tickets = adapter.tickets!;
      const form = await tickets.form(locale);
      expect(form.categories.length).to.be.greaterThan(0);
      const category = simplestCategory(form.categories);
      const input = ticketInput(category, unique('key'), 'Conformance ticket');
      const [a, b] = await Promise.all([tickets.create(input), tickets.create(input)]);
      const c = await tickets.create(input);
      expect(b.id).to.equal(a.id);
      expect(c.id).to.equal(a.id);
      expect(a.subject).to.equal('Conformance ticket');
      expect(a.categoryId).to.equal(category.id);
      const list = await tickets.list();
      expect(list.filter((t) => t.id === a.id), 'listed once').to.have.length(1);
      const other = await tickets.create(ticketInput(category, unique('key'), 'Another ticket'));
      expect(other.id, 'a new key is a new ticket').to.not.equal(a.id);
    });

    check('tickets.lifecycle', 'tickets', 'get, reply (once per clientId) and status work on a created ticket', async () => {
      const tickets = adapter.tickets!;
      const form = await tickets.form(locale);
      const category = simplestCategory(form.categories);
      const created = await tickets.create(ticketInput(category, unique('key'), 'Lifecycle ticket'));
      const detail = await tickets.get(created.id);
      expect(detail.id).to.equal(created.id);
      expect(detail.subject).to.equal('Lifecycle ticket');
      expect(detail.messages.some((m) => m.text.includes('Lifecycle ticket: the description.')), 'the description is the first message').to.equal(true);

      const clientId = unique('reply');
      const reply = { clientId, text: 'Here is more information.', attachmentIds: [] };
      const [first, second] = await Promise.all([tickets.reply(created.id, reply), tickets.reply(created.id, reply)]);
      expect(second.id).to.equal(first.id);
      expect(first.text).to.equal('Here is more information.');
      expect(first.author.role).to.equal('user');
      const again = await tickets.get(created.id);
      expect(again.messages.filter((m) => m.text === 'Here is more information.'), 'one reply').to.have.length(1);
      await tickets.markRead(created.id);

      const closed = await tickets.setStatus(created.id, 'closed');
      expect(['solved', 'closed']).to.include(closed.status);
      expect(['solved', 'closed']).to.include((await tickets.get(created.id)).status);
    });

    check('tickets.reply_chat', 'tickets', 'a reply carrying a chat over is accepted once, and the ticket shows the chat', async () => {
      const tickets = adapter.tickets!;
      const category = simplestCategory((await tickets.form(locale)).categories);
      const created = await tickets.create(ticketInput(category, unique('key'), 'Reply with a chat'));
      // A chat of this backend where it has one (the backend may check that it is the user's).
      const conversationId = adapter.chat
        ? (await adapter.chat.start({ message: 'Carried over from the chat', clientId: unique('chat') })).id
        : unique('chat');
      const reply = { clientId: unique('reply'), text: 'More, from the chat.', attachmentIds: [], conversationId };
      const [first, second] = await Promise.all([tickets.reply(created.id, reply), tickets.reply(created.id, reply)]);
      expect(second.id).to.equal(first.id);
      expect(first.text).to.contain('More, from the chat.');
      const { messages } = await tickets.get(created.id);
      expect(messages.filter((m) => m.text.includes('More, from the chat.')), 'one reply').to.have.length(1);
      // By its id or by its transcript, however the backend links it.
      expect(messages.some((m) => m.text.includes(conversationId) || m.text.includes('Carried over from the chat')), 'the chat in the ticket').to.equal(true);
    });

    check('tickets.not_found', 'tickets', 'a missing ticket is not_found', async () => {
      const error = await failure(adapter.tickets!.get('999999999'));
      expect(error.code).to.equal('not_found');
    });

    // ---------------------------------------------------------------- faults
    check('faults.lost_create', 'tickets', 'a ticket whose create answer was lost is created once, retried under the same key', async () => {
      const tickets = adapter.tickets!;
      const category = simplestCategory((await tickets.form(locale)).categories);
      const subject = unique('Lost answer');
      const input = ticketInput(category, unique('key'), subject);
      await target!.faults!.loseNextTicketCreate();
      // The adapter may retry by itself; if it gives up, the error must invite the caller's retry.
      let ticket: Ticket;
      try {
        ticket = await tickets.create(input);
      } catch (error) {
        expect(AdapterError.from(error).retryable, `${AdapterError.from(error).code} is retryable`).to.equal(true);
        ticket = await tickets.create(input);
      }
      const mine = (await tickets.list()).filter((t) => t.subject === subject);
      expect(mine.map((t) => t.id), 'one ticket').to.deep.equal([ticket.id]);
    });

    check('faults.rate_limited', 'articles', 'a 429 is rate_limited with its Retry-After, reported rather than waited out', async () => {
      await target!.faults!.rateLimitNextSearch(30);
      const started = Date.now();
      const error = await failure(adapter.articles!.search({ query, locale }));
      expect(error.code).to.equal('rate_limited');
      expect(error.retryAfter).to.equal(30);
      expect(Date.now() - started, 'not waited out').to.be.below(10_000);
      expect((await adapter.articles!.search({ query, locale, limit: 1 })).hits.length, 'the next search goes through').to.be.greaterThan(0);
    });
  });
}
