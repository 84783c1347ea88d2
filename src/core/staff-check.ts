/**
 * Asks the backend whether bot and agent messages were really sent by staff
 * (`verification.verifyStaffMessages`): ids asked for within a short window go in one call, each
 * answer is kept by message id, and an id the answer leaves out counts as not verified (the
 * backend did not vouch for it). A failed call is retried with the next batch (or on `retry()`), so
 * a network blip neither marks nor accuses anyone. Plain TypeScript; the chat and ticket threads
 * render `status()`.
 */
import type { VerificationApi } from '../adapters/contract.js';

type VerifyStaffMessages = NonNullable<VerificationApi['verifyStaffMessages']>;

export interface StaffCheckOptions {
  /** How long to gather ids before asking, in ms. Default 30. */
  delay?: number;
  /** Most ids in one call. Default 50. */
  maxBatch?: number;
}

export class StaffCheck {
  private readonly answers = new Map<string, boolean>();
  private readonly queued = new Set<string>();
  private readonly asking = new Set<string>();
  private readonly failed = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly abort = new AbortController();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly verify: VerifyStaffMessages, private readonly options: StaffCheckOptions = {}) {}

  /** True or false once the backend answered for the message; undefined until then. */
  status(messageId: string): boolean | undefined {
    return this.answers.get(messageId);
  }

  /** Asks about a message in the next batch, unless it was answered or is being asked about. */
  request(messageId: string): void {
    if (this.answers.has(messageId) || this.queued.has(messageId) || this.asking.has(messageId) || this.failed.has(messageId)) return;
    this.queued.add(messageId);
    this.schedule();
  }

  /** Asks again, in the next batch, about the ids whose call failed (a view with no fresh ids to carry them). */
  retry(): void {
    if (this.failed.size && !this.abort.signal.aborted) this.schedule();
  }

  /** Calls `listener` whenever answers arrive. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.abort.abort();
    this.listeners.clear();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), this.options.delay ?? 30);
  }

  private flush(): void {
    this.timer = undefined;
    if (this.abort.signal.aborted) return;
    // Earlier failures ride along with fresh ids rather than retrying on their own in a loop.
    for (const id of this.failed) this.queued.add(id);
    this.failed.clear();
    const ids = [...this.queued].slice(0, this.options.maxBatch ?? 50);
    for (const id of ids) {
      this.queued.delete(id);
      this.asking.add(id);
    }
    if (this.queued.size) this.timer = setTimeout(() => this.flush(), 0);
    this.verify(ids, { signal: this.abort.signal }).then(
      (checks) => {
        if (this.abort.signal.aborted) return;
        const verified = new Map(checks.map((check) => [check.messageId, check.verified]));
        for (const id of ids) {
          this.asking.delete(id);
          this.answers.set(id, verified.get(id) === true);
        }
        for (const listener of [...this.listeners]) listener();
      },
      () => {
        for (const id of ids) {
          this.asking.delete(id);
          this.failed.add(id);
        }
      },
    );
  }
}

/** Bot and agent messages are the ones that claim to come from staff. */
export const isStaffRole = (role: string | undefined) => role === 'bot' || role === 'agent';

/** 'verified' shows the staff mark, 'unverified' the warning, undefined neither. */
export type StaffState = 'verified' | 'unverified' | undefined;

/**
 * What a bot or agent message shows — the same rules in chat and in ticket threads. With the
 * signature check (`checked`), only its answer counts: neither mark nor warning while it is pending
 * or after a failed call. Without it, the backend's `verified` flag decides, and an agent it did
 * not flag gets the warning.
 */
export function staffState(author: { role: string; verified?: boolean }, answer: boolean | undefined, checked: boolean): StaffState {
  if (!isStaffRole(author.role)) return undefined;
  if (!checked) return author.verified === true ? 'verified' : author.role === 'agent' ? 'unverified' : undefined;
  return answer === undefined ? undefined : answer ? 'verified' : 'unverified';
}
