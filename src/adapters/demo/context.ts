/**
 * What every domain of the demo adapter shares: options, the persisted database, the identified
 * user, a clock and a seeded random source (so tests are repeatable).
 */
import type { AdapterErrorCode, ArticlesApi } from '../contract.js';
import type { User } from '../schemas.js';
import type { DemoDb } from './db.js';

export interface DemoAdapterOptions {
  /** Simulated network latency in ms: a fixed number or a [min, max] range. Default [120, 450]. */
  latency?: number | [number, number];
  /** Probability (0–1) that any call fails with a `network` error. Default 0. */
  failureRate?: number;
  /**
   * Deterministic failures: `"articles.search": "unavailable"` fails that method,
   * `"tickets": "timeout"` fails a whole domain.
   */
  fail?: Record<string, AdapterErrorCode>;
  /**
   * Methods that return a malformed payload (to exercise schema validation and error states),
   * e.g. `["articles.search"]`.
   */
  corrupt?: string[];
  /** Domains to leave out, e.g. `["chat"]`, to show how the UI adapts to capabilities. */
  without?: string[];
  /** Persist conversations and tickets in localStorage (after consent). Default true. */
  persist?: boolean;
  /** Namespace for persisted data, so several demos can coexist. Default "demo". */
  namespace?: string;
  /** Seed for the pseudo-random source. Default 42. */
  seed?: number;
  /** Multiplier for the simulated bot/agent timers (0 = instant, for tests). Default 1. */
  speed?: number;
  /** Live chat: false = every agent is busy, so a handoff ends with an offer to leave a ticket. Default true. */
  agentsAvailable?: boolean;
  /** Live chat: true = outside business hours, so a handoff ends with an offer to leave a ticket. Default false. */
  outsideHours?: boolean;
  /** Clock, replaceable in tests. */
  now?: () => number;
  /** Service status to report: the demo incident and maintenance (default), or `"none"` (all healthy). */
  incidents?: 'default' | 'none';
}

export interface DemoContext {
  readonly options: Required<Pick<DemoAdapterOptions, 'persist' | 'namespace' | 'speed'>> & DemoAdapterOptions;
  readonly db: DemoDb;
  user(): User | null;
  now(): number;
  random(): number;
  /** Waits `ms` scaled by `options.speed`. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A unique id with a prefix. */
  id(prefix: string): string;
  /** The articles domain, for the chat bot and ticket deflection. */
  articles?: ArticlesApi;
}

/** Mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
