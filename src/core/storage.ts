/**
 * Consent-gated persistence. Lifebuoy is a guest on the host page: it writes nothing to storage
 * until the user first interacts with the widget (or the integrator passes `consent: true`).
 * Until then writes stay in memory and are flushed once storage is allowed.
 */

const PREFIX = 'lifebuoy:';

type Listener = () => void;

class StorageGate {
  private allowed = false;
  private readonly pending = new Map<string, string | null>();
  private readonly listeners = new Set<Listener>();

  get isAllowed(): boolean {
    return this.allowed;
  }

  /** Called on the user's first interaction, or at init with `consent: true`. */
  allow(): void {
    if (this.allowed) return;
    this.allowed = true;
    for (const [key, value] of this.pending) this.write(key, value);
    this.pending.clear();
    for (const listener of this.listeners) listener();
  }

  /** Forget the permission (used by `destroy`) — later writes wait in memory again. */
  revoke(): void {
    this.allowed = false;
    this.pending.clear();
  }

  onAllow(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(key: string): string | null {
    if (this.pending.has(key)) return this.pending.get(key) ?? null;
    try {
      return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
    } catch {
      return null; // storage disabled (Safari private mode, sandboxed iframes)
    }
  }

  set(key: string, value: string | null): void {
    if (!this.allowed) {
      this.pending.set(key, value);
      return;
    }
    this.write(key, value);
  }

  /** Every key Lifebuoy wrote, without the prefix. */
  keys(): string[] {
    const keys = new Set(this.pending.keys());
    try {
      const store = globalThis.localStorage;
      for (let i = 0; store && i < store.length; i++) {
        const key = store.key(i);
        if (key?.startsWith(PREFIX)) keys.add(key.slice(PREFIX.length));
      }
    } catch {
      // storage disabled
    }
    return [...keys];
  }

  private write(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(PREFIX + key);
      else localStorage.setItem(PREFIX + key, value);
    } catch {
      // Quota exceeded or storage disabled: keep working without persistence.
      this.pending.set(key, value);
    }
  }
}

export const storageGate = new StorageGate();
