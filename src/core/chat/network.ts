/**
 * Whether the browser thinks it is online: `navigator.onLine` at start, then the window's
 * `online`/`offline` events. The outbox and the subscription use it to wait instead of failing,
 * and to retry at once when the connection comes back. Replaceable in tests.
 */
export interface NetworkMonitor {
  readonly online: boolean;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (online: boolean) => void): () => void;
}

class BrowserNetwork implements NetworkMonitor {
  private state = true;
  private readonly listeners = new Set<(online: boolean) => void>();
  private attached = false;

  get online(): boolean {
    return this.attached ? this.state : BrowserNetwork.navigatorOnline();
  }

  private static navigatorOnline(): boolean {
    return typeof navigator === 'undefined' || navigator.onLine !== false;
  }

  subscribe(listener: (online: boolean) => void): () => void {
    if (!this.attached && typeof window !== 'undefined') {
      this.attached = true;
      this.state = BrowserNetwork.navigatorOnline();
      window.addEventListener('online', () => this.set(true));
      window.addEventListener('offline', () => this.set(false));
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(online: boolean): void {
    if (online === this.state) return;
    this.state = online;
    for (const listener of [...this.listeners]) listener(online);
  }
}

/** The page's network status (one set of window listeners, shared). */
export const browserNetwork: NetworkMonitor = new BrowserNetwork();

/** Exponential backoff with jitter: a random delay between half and all of `base · 2^attempt`, capped. */
export function backoffDelay(attempt: number, base: number, max: number, random: () => number = Math.random): number {
  const ceiling = Math.min(max, base * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
