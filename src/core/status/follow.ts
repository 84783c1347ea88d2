/**
 * The incidents the user follows, in consent-gated storage (nothing is written before the user
 * interacts; until then the choice lives in memory). Every `<lb-incident-notice>` on the page shares
 * it, so following on the home view also shows as followed beside search results.
 */
import { StoredValue } from '../stored-value.js';

type Listener = () => void;

const stored = new StoredValue<string[]>('status.following', (raw) =>
  Array.isArray(raw) ? raw.filter((value): value is string => typeof value === 'string').slice(0, 50) : undefined,
);

class FollowedIncidents {
  private readonly listeners = new Set<Listener>();

  private read(): Set<string> {
    return new Set(stored.read() ?? []);
  }

  has(id: string): boolean {
    return this.read().has(id);
  }

  ids(): string[] {
    return [...this.read()];
  }

  set(id: string, following: boolean): void {
    const ids = this.read();
    if (ids.has(id) === following) return;
    if (following) ids.add(id);
    else ids.delete(id);
    stored.write([...ids]);
    for (const listener of this.listeners) listener();
  }

  /** Forgets incidents that are no longer reported, so the list does not grow forever. */
  prune(liveIds: readonly string[]): void {
    const live = new Set(liveIds);
    const ids = this.read();
    const kept = [...ids].filter((id) => live.has(id));
    if (kept.length !== ids.size) stored.write(kept);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const followedIncidents = new FollowedIncidents();
