/**
 * The demo backend's database: plain JSON collections persisted through the consent-gated storage
 * (nothing is written before the user interacts). Each collection is loaded lazily.
 */
import { storageGate } from '../../core/storage.js';
import { stringifyJson } from '../../core/json.js';

export class DemoDb {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly namespace: string, private readonly persist: boolean) {}

  read<T>(collection: string, fallback: () => T): T {
    if (this.cache.has(collection)) return this.cache.get(collection) as T;
    let value: T | undefined;
    if (this.persist) {
      const raw = storageGate.get(this.key(collection));
      if (raw !== null) {
        try {
          value = JSON.parse(raw) as T;
        } catch {
          value = undefined; // corrupt storage: start over rather than fail
        }
      }
    }
    value ??= fallback();
    this.cache.set(collection, value);
    return value;
  }

  write<T>(collection: string, value: T): void {
    this.cache.set(collection, value);
    if (this.persist) storageGate.set(this.key(collection), stringifyJson(value));
  }

  /** Read, change and write back in one step. */
  update<T>(collection: string, fallback: () => T, change: (value: T) => T | void): T {
    const current = this.read(collection, fallback);
    const next = (change(current) ?? current) as T;
    this.write(collection, next);
    return next;
  }

  clear(): void {
    for (const collection of this.cache.keys()) storageGate.set(this.key(collection), null);
    this.cache.clear();
  }

  private key(collection: string): string {
    return `${this.namespace}:${collection}`;
  }
}
