/**
 * As-you-type search state, without DOM: debounces keystrokes, cancels the request of a query the
 * user has typed past (AbortController), screens the query for secrets before it leaves the
 * browser, and reports each settled search once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError, type RequestOptions } from '../../adapters/contract.js';
import type { SearchHit, SearchQuery, SearchResult } from '../../adapters/schemas.js';

export type SearchStatus = 'idle' | 'loading' | 'results' | 'empty' | 'error' | 'blocked';

export interface SearchState {
  /** The text in the search box. */
  readonly query: string;
  readonly status: SearchStatus;
  /** The query the hits belong to (while loading, the previous one's hits stay visible). */
  readonly resultQuery: string;
  readonly hits: readonly SearchHit[];
  readonly total: number;
  readonly error?: AdapterError;
  /** status "blocked": the kind of secret found in the query. */
  readonly secretKind?: string;
}

export interface SearchStoreOptions {
  search(query: SearchQuery, options: RequestOptions): Promise<SearchResult>;
  locale(): string;
  /** Milliseconds of typing pause before searching. Default 120. */
  debounce?: number;
  /** Hits asked for. Default 20. */
  limit?: number;
  /** Resolves with the kind of secret in the query (then nothing is sent), or null. */
  screen?(query: string): Promise<string | null>;
  /** A search settled: results or none. Called once per search. */
  onSettle?(query: string, total: number): void;
  onBlocked?(kind: string): void;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Two characters, or one CJK character (a whole word in Chinese). */
export function isSearchable(query: string): boolean {
  const text = query.trim();
  return text.length >= 2 || CJK.test(text);
}

const IDLE: SearchState = { query: '', status: 'idle', resultQuery: '', hits: [], total: 0 };

export class SearchStore {
  private current: SearchState = IDLE;
  private readonly listeners = new Set<() => void>();
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;
  private running?: Promise<void>;

  constructor(private readonly options: SearchStoreOptions) {}

  get state(): SearchState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The user typed. Searches after the debounce pause, or at once with `immediate`. */
  setQuery(query: string, { immediate = false } = {}): void {
    if (query === this.current.query && !immediate && this.current.status !== 'idle') return;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!isSearchable(query)) {
      this.cancel();
      this.set({ ...IDLE, query });
      return;
    }
    this.set({ query, status: 'loading', error: undefined, secretKind: undefined });
    if (immediate) this.running = this.run();
    else this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.run();
    }, this.options.debounce ?? 120);
  }

  /** Runs a pending (debounced) search now; resolves when the current search settles. */
  async flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.running = this.run();
    }
    await this.running;
  }

  /** Searches the current query again (after an error, or when the locale changed). */
  refresh(): void {
    if (isSearchable(this.current.query)) this.setQuery(this.current.query, { immediate: true });
  }

  clear(): void {
    this.setQuery('');
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.cancel();
  }

  private cancel(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  private set(patch: Partial<SearchState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener();
  }

  private async run(): Promise<void> {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    const query = this.current.query.trim();
    const stale = () => controller.signal.aborted || this.controller !== controller;
    try {
      const secret = (await this.options.screen?.(query)) ?? null;
      if (stale()) return;
      if (secret) {
        this.set({ status: 'blocked', secretKind: secret, hits: [], total: 0, resultQuery: '' });
        this.options.onBlocked?.(secret);
        return;
      }
      const result = await this.options.search(
        { query, locale: this.options.locale(), limit: this.options.limit ?? 20 },
        { signal: controller.signal },
      );
      if (stale()) return;
      this.set({ status: result.hits.length ? 'results' : 'empty', resultQuery: query, hits: result.hits, total: Math.max(result.total, result.hits.length) });
      this.options.onSettle?.(query, this.current.total);
    } catch (error) {
      if (stale()) return;
      this.set({ status: 'error', error: AdapterError.from(error), hits: [], total: 0, resultQuery: query });
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }
}

/** Re-renders a Lit host whenever a store changes. */
export class StoreController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost, private readonly store: { subscribe(listener: () => void): () => void }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.store.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }
}
