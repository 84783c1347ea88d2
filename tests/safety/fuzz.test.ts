/**
 * Malformed adapter payloads: whatever a backend sends, a validated adapter turns it into an
 * `AdapterError` (the UI's error state), never an uncaught exception and never garbage in a component.
 *
 * The fake adapter below has exactly the shape of `createDemoAdapter()` — every domain, every
 * method — but each method answers with random malformed JSON (seeded, so failures reproduce).
 */
import { expect } from '@open-wc/testing';
import { AdapterError, DOMAINS, type SupportAdapter } from '../../src/adapters/contract.js';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import { seededRandom } from '../../src/adapters/demo/context.js';
import { validated } from '../../src/adapters/validated.js';

type Method = (...args: unknown[]) => unknown;
type Api = Record<string, Method>;

/** Methods that return nothing: `validated()` ignores their payload, so they must simply resolve. */
const VOID_METHODS = new Set([
  'articles.feedback', 'chat.setTyping', 'chat.markRead', 'chat.requestHuman', 'chat.close', 'chat.rate', 'tickets.markRead',
]);

/** Every async method of the demo adapter, by "domain.method". */
function demoMethods(): { domain: string; name: string }[] {
  const demo = createDemoAdapter({ latency: 0, speed: 0, persist: false });
  const methods: { domain: string; name: string }[] = [];
  for (const domain of DOMAINS) {
    const api = demo[domain] as unknown as Api | undefined;
    for (const name of Object.keys(api ?? {})) if (typeof api![name] === 'function' && name !== 'subscribe') methods.push({ domain, name });
  }
  demo.dispose?.();
  return methods;
}

/** Random JSON that no response schema accepts (empty lists and null are valid answers for some methods, so they are left out). */
function malformed(random: () => number, depth = 0): unknown {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const leaf = () =>
    pick<unknown>([
      42, -1, 0, 3.14, NaN, Infinity, true, false, '', 'ok', 'x'.repeat(300_000), '2024-13-45T99:99:99', '{"id": 4', '<script>alert(1)</script>',
      undefined,
    ]);
  if (depth > 3) return leaf();
  switch (Math.floor(random() * 6)) {
    case 0:
    case 1:
      return leaf();
    case 2: {
      // A list with at least one bad element.
      const length = 1 + Math.floor(random() * 4);
      return Array.from({ length }, () => malformed(random, depth + 1));
    }
    case 3:
      return {};
    case 4:
      // Plausible keys with wrong types.
      return { id: pick<unknown>([42, null, {}, []]), hits: 'not-a-list', messages: { length: 3 }, total: '12', status: 99, createdAt: 'yesterday' };
    default: {
      const object: Record<string, unknown> = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
      for (let i = 0; i < 4; i++) object[pick(['id', 'name', 'title', 'domains', 'categories', 'fields', 'x'])] = malformed(random, depth + 1);
      return object;
    }
  }
}

/** Builds the fake adapter: the demo's shape, every method answering with malformed JSON. */
function fuzzedAdapter(seed: number, throwing = false): SupportAdapter {
  const random = seededRandom(seed);
  const fake: Record<string, unknown> = { name: 'fuzz', identify: async () => malformed(random) };
  for (const { domain, name } of demoMethods()) {
    const api = (fake[domain] ??= {}) as Api;
    api[name] = async () => {
      if (throwing) throw pick(random, ['a string', 42, null, { message: 'object' }, new Error('boom'), new TypeError('fetch failed')]);
      return malformed(random);
    };
  }
  const chat = fake.chat as Api;
  chat.subscribe = (...args: unknown[]) => {
    const handlers = args[2] as { onEvent(event: unknown): void };
    for (let i = 0; i < 5; i++) queueMicrotask(() => handlers.onEvent(malformed(random)));
    return { close() {} };
  };
  return fake as unknown as SupportAdapter;
}

function pick<T>(random: () => number, items: T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

describe('fuzzed adapter payloads', () => {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  const methods = demoMethods();

  it('covers every method of the demo adapter', () => {
    expect(methods.length).to.be.greaterThan(20);
    for (const domain of ['articles', 'chat', 'attachments', 'tickets', 'channels', 'status', 'verification']) {
      expect(methods.some((m) => m.domain === domain), domain).to.equal(true);
    }
    expect(methods.some((m) => m.domain === 'verification' && m.name === 'verifyStaffMessages')).to.equal(true);
  });

  for (const { domain, name } of methods) {
    const key = `${domain}.${name}`;
    it(`${key}: 25 malformed payloads → ${VOID_METHODS.has(key) ? 'resolves (payload ignored)' : 'AdapterError invalid_response'}`, async () => {
      for (let seed = 1; seed <= 25; seed++) {
        const adapter = validated(fuzzedAdapter(seed * 7919));
        const api = adapter[domain as keyof SupportAdapter] as unknown as Api;
        let outcome: unknown;
        try {
          outcome = await api[name]!('arg', 'en', {});
        } catch (error) {
          expect(error, `${key} seed ${seed}`).to.be.instanceOf(AdapterError);
          expect((error as AdapterError).code, `${key} seed ${seed}`).to.equal('invalid_response');
          continue;
        }
        expect(VOID_METHODS.has(key), `${key} resolved with ${JSON.stringify(outcome)?.slice(0, 80)}`).to.equal(true);
        expect(outcome).to.equal(undefined);
      }
    });
  }

  it('turns anything a method throws (strings, null, objects, errors) into an AdapterError', async () => {
    for (let seed = 1; seed <= 10; seed++) {
      const adapter = validated(fuzzedAdapter(seed, true));
      for (const { domain, name } of methods) {
        const api = adapter[domain as keyof SupportAdapter] as unknown as Api;
        const error = await Promise.resolve(api[name]!('arg', 'en', {})).then(() => null, (e: unknown) => e);
        expect(error, `${domain}.${name}`).to.be.instanceOf(AdapterError);
      }
    }
  });

  it('reports malformed conversation events as invalid_response errors on the stream', async () => {
    const adapter = validated(fuzzedAdapter(3));
    const events: unknown[] = [];
    const errors: AdapterError[] = [];
    adapter.chat!.subscribe('conversation', 0, { onEvent: (event) => events.push(event), onError: (error) => errors.push(error) });
    await new Promise((resolve) => setTimeout(resolve));
    expect(events).to.deep.equal([]);
    expect(errors).to.have.length(5);
    expect(errors.every((error) => error instanceof AdapterError && error.code === 'invalid_response')).to.equal(true);
  });

  it('identify() with a malformed answer still resolves', async () => {
    await validated(fuzzedAdapter(5)).identify({ uid: 'user_1' });
  });

  it('left no uncaught exception or unhandled rejection behind, and polluted no prototype', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(uncaught).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
