/**
 * Recent searches, newest first, kept in consent-gated storage (nothing is written before the user
 * interacts). Every `<lb-search>` on the page shares one list and hears its changes.
 */
import { StoredValue } from '../stored-value.js';

const MAX_ITEMS = 6;
const MAX_LENGTH = 120;

type Listener = (items: readonly string[]) => void;

export class RecentSearches {
  private readonly slot: StoredValue<string[]>;
  private readonly listeners = new Set<Listener>();

  constructor(key = 'search:recent', private readonly max = MAX_ITEMS) {
    this.slot = new StoredValue<string[]>(key, (raw) =>
      Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string' && item.length <= MAX_LENGTH).slice(0, this.max) : undefined,
    );
  }

  list(): string[] {
    return this.slot.read() ?? [];
  }

  add(query: string): void {
    const item = query.trim().replace(/\s+/g, ' ');
    if (!item || item.length > MAX_LENGTH) return;
    const rest = this.list().filter((existing) => existing.toLowerCase() !== item.toLowerCase());
    this.write([item, ...rest].slice(0, this.max));
  }

  remove(query: string): void {
    this.write(this.list().filter((existing) => existing !== query));
  }

  clear(): void {
    this.write([]);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private write(items: string[]): void {
    this.slot.write(items.length ? items : undefined);
    for (const listener of this.listeners) listener(items);
  }
}

/** The page-wide list. */
export const recentSearches = new RecentSearches();
