/**
 * The in-browser demo backend: realistic seed content for a crypto exchange, a bot that answers
 * from the articles and hands off to a simulated agent, tickets that move through statuses.
 * Latency, failures and malformed payloads can be injected so every UI state can be shown.
 */
import { AdapterError, type SupportAdapter } from '../contract.js';
import type { User } from '../schemas.js';
import { seededRandom, type DemoAdapterOptions, type DemoContext } from './context.js';
import { DemoDb } from './db.js';
import { createDemoArticles } from './articles.js';
import { createDemoChat } from './chat.js';
import { createDemoAttachments } from './attachments.js';
import { createDemoTickets } from './tickets.js';
import { createDemoChannels } from './channels.js';
import { createDemoStatus } from './status.js';
import { createDemoVerification } from './verification.js';

export type { DemoAdapterOptions } from './context.js';

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

export function createDemoAdapter(options: DemoAdapterOptions = {}): SupportAdapter {
  const resolved = { persist: true, namespace: 'demo', speed: 1, ...options };
  const random = seededRandom(options.seed ?? 42);
  let currentUser: User | null = null;
  let counter = 0;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms * resolved.speed);
      timers.add(timer);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        timers.delete(timer);
        reject(abortError());
      }, { once: true });
    });

  const context: DemoContext = {
    options: resolved,
    db: new DemoDb(resolved.namespace, resolved.persist),
    user: () => currentUser,
    now: options.now ?? (() => Date.now()),
    random,
    sleep,
    id: (prefix) => `${prefix}_${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(random() * 1e6).toString(36)}`,
  };

  const latency = (): number => {
    const setting = options.latency ?? [120, 450];
    if (typeof setting === 'number') return setting;
    return setting[0] + random() * (setting[1] - setting[0]);
  };

  /** Wraps a domain so every async method gets latency, injected failures and corruption. */
  function simulate<T extends object>(domain: string, api: T): T | undefined {
    if (options.without?.includes(domain)) return undefined;
    const wrapped = {} as T;
    for (const key of Object.keys(api) as (keyof T & string)[]) {
      const method = api[key];
      if (typeof method !== 'function') continue;
      const name = `${domain}.${key}`;
      // subscribe is synchronous and long-lived: it simulates its own delays.
      if (key === 'subscribe') {
        (wrapped as Record<string, unknown>)[key] = (...args: unknown[]) => {
          const failure = options.fail?.[name] ?? options.fail?.[domain];
          const handlers = args[2] as { onError(e: AdapterError): void; onEvent(e: unknown): void };
          if (failure) {
            queueMicrotask(() => handlers.onError(new AdapterError(failure, `Simulated ${failure} in ${name}.`)));
            return { close() {} };
          }
          if (options.corrupt?.includes(name)) {
            queueMicrotask(() => handlers.onEvent({ type: 'message', seq: 'not-a-number' }));
          }
          return (method as (...a: unknown[]) => unknown).apply(api, args);
        };
        continue;
      }
      (wrapped as Record<string, unknown>)[key] = async (...args: unknown[]) => {
        const signal = args.find((arg): arg is { signal?: AbortSignal } => typeof arg === 'object' && arg !== null && 'signal' in arg)?.signal;
        await sleep(latency() / resolved.speed, signal);
        const failure = options.fail?.[name] ?? options.fail?.[domain];
        if (failure) throw new AdapterError(failure, `Simulated ${failure} in ${name}.`);
        if (options.failureRate && random() < options.failureRate) {
          throw new AdapterError('network', `Simulated network failure in ${name}.`);
        }
        const result = await (method as (...a: unknown[]) => unknown).apply(api, args);
        if (options.corrupt?.includes(name)) return corrupt(result);
        return result;
      };
    }
    return wrapped;
  }

  const articles = createDemoArticles(context);
  context.articles = articles;

  return {
    name: 'demo',
    async identify(user) {
      await sleep(latency() / resolved.speed);
      currentUser = user;
    },
    articles: simulate('articles', articles),
    chat: simulate('chat', createDemoChat(context)),
    attachments: simulate('attachments', createDemoAttachments(context)),
    tickets: simulate('tickets', createDemoTickets(context)),
    channels: simulate('channels', createDemoChannels(context)),
    status: simulate('status', createDemoStatus(context)),
    verification: simulate('verification', createDemoVerification(context)),
    dispose() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

/** Breaks a payload the way real backends do: wrong types, missing fields. */
function corrupt(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [corrupt(value[0]), ...value.slice(1)] : [{ id: 42 }];
  if (value && typeof value === 'object') {
    const broken: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(broken);
    if (keys.includes('hits')) broken.hits = 'not-a-list';
    else if (keys.includes('id')) broken.id = { nested: true };
    else broken[keys[0] ?? 'x'] = Symbol.name;
    return broken;
  }
  return { unexpected: true };
}
