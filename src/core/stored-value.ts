/**
 * A typed JSON slot in consent-gated storage. Apart from storage.ts so the launcher (which needs
 * only the gate) does not carry it and the JSON helpers in its first-load chunk.
 */
import { stringifyJson } from './json.js';
import { storageGate } from './storage.js';

export class StoredValue<T> {
  constructor(
    private readonly key: string,
    private readonly parse: (raw: unknown) => T | undefined,
  ) {}

  read(): T | undefined {
    const raw = storageGate.get(this.key);
    if (raw === null) return undefined;
    try {
      return this.parse(JSON.parse(raw));
    } catch {
      return undefined;
    }
  }

  write(value: T | undefined): void {
    storageGate.set(this.key, value === undefined ? null : stringifyJson(value));
  }
}
