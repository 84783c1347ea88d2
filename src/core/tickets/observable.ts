/** A minimal change notifier for the ticket stores, plus a Lit controller that re-renders on change. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Observable {
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Re-renders `host` whenever the store it watches changes; follows a replaced store. */
export class StoreController<S extends Observable> implements ReactiveController {
  private unsubscribe?: () => void;
  private current: S;

  constructor(private readonly host: ReactiveControllerHost, store: S) {
    this.current = store;
    host.addController(this);
  }

  get value(): S {
    return this.current;
  }

  set value(store: S) {
    if (store === this.current) return;
    this.unsubscribe?.();
    this.current = store;
    this.hostConnected();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.current.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
