import { expect } from '@open-wc/testing';
import { AdapterError, type SupportAdapter } from '../../src/adapters/contract.js';
import { z } from 'zod/mini';
import { parseResponse, validated } from '../../src/adapters/validated.js';
import { testAdapter } from '../helpers.js';

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    return error as AdapterError;
  }
  throw new Error('expected a rejection');
}

describe('validated adapter boundary', () => {
  it('turns a malformed payload into an invalid_response AdapterError naming the field', async () => {
    const adapter = testAdapter({ corrupt: ['articles.search', 'articles.categories'] });
    const error = await rejection(adapter.articles!.search({ query: '2fa', locale: 'en' }));
    expect(error).to.be.instanceOf(AdapterError);
    expect(error.code).to.equal('invalid_response');
    expect(error.message).to.include('search result');
    expect(error.message).to.include('hits');
    expect((await rejection(adapter.articles!.categories('en'))).code).to.equal('invalid_response');
  });

  it('passes injected failures through with their codes', async () => {
    const adapter = testAdapter({ fail: { tickets: 'rate_limited' } });
    const error = await rejection(adapter.tickets!.list());
    expect(error.code).to.equal('rate_limited');
    expect(error.retryable).to.equal(true);
  });

  it('maps anything a custom adapter throws to an AdapterError', async () => {
    const raw: SupportAdapter = {
      name: 'broken',
      identify: async () => {},
      channels: {
        list: async () => {
          throw new TypeError('Failed to fetch');
        },
      },
      status: { incidents: async () => JSON.parse('{"not": "a list"}') },
    };
    const adapter = validated(raw);
    expect((await rejection(adapter.channels!.list())).code).to.equal('network');
    expect((await rejection(adapter.status!.incidents())).code).to.equal('invalid_response');
    expect(validated(adapter)).to.equal(adapter); // wrapping twice is a no-op
  });

  it('rejects an invalid user before it reaches the adapter', async () => {
    let reached = false;
    const adapter = validated({ name: 'x', identify: async () => { reached = true; } });
    const error = await rejection(adapter.identify({ uid: 'a b c', vipTier: -1 } as never));
    expect(error.code).to.equal('invalid_request');
    expect(error.message).not.to.include('Invalid input');
    expect(reached).to.equal(false);
  });

  it('describes what a schema expected in plain words (zod/mini carries no messages)', () => {
    const described = (schema: Parameters<typeof parseResponse>[0], value: unknown) => {
      try {
        parseResponse(schema, value, 'thing');
      } catch (error) {
        return (error as Error).message;
      }
      return 'parsed';
    };
    const thing = z.object({
      id: z.string().check(z.minLength(1)),
      email: z.optional(z.email()),
      status: z.optional(z.enum(['open', 'solved'])),
      tags: z.optional(z.array(z.string()).check(z.maxLength(2))),
      priority: z.optional(z.number().check(z.maximum(5))),
    });
    expect(described(thing, { id: 5 })).to.equal('The support service sent an invalid thing (id: expected a string).');
    expect(described(thing, null)).to.include('(root): expected an object');
    expect(described(thing, { id: '' })).to.include('id: must be at least 1 character');
    expect(described(thing, { id: 'x', email: 'nope' })).to.include('email: must be a valid email');
    expect(described(thing, { id: 'x', status: 'closed' })).to.include('status: must be one of "open", "solved"');
    expect(described(thing, { id: 'x', tags: ['a', 'b', 'c'] })).to.include('tags: must be at most 2 items');
    expect(described(thing, { id: 'x', priority: 9 })).to.include('priority: must be at most 5');
  });

  it('drops a malformed conversation event and reports it, keeping the stream', async () => {
    const events: unknown[] = [];
    const errors: AdapterError[] = [];
    const raw = testAdapter();
    const adapter = validated({
      ...raw,
      name: 'events',
      chat: {
        ...raw.chat!,
        subscribe: (_id, _after, handlers) => {
          handlers.onEvent({ type: 'typing', seq: 1 } as never);
          handlers.onEvent({ type: 'queue', seq: 2, position: 3 });
          return { close() {} };
        },
      },
    });
    adapter.chat!.subscribe('c1', 0, { onEvent: (e) => events.push(e), onError: (e) => errors.push(e) });
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid_response']);
    expect(events).to.deep.equal([{ type: 'queue', seq: 2, position: 3 }]);
  });
});
