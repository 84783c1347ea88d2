/**
 * Whether the replies in a ticket thread come from staff — the same rules as in live chat. With the
 * adapter's signature check (`verification.verifyStaffMessages`), every bot and agent reply of the
 * open thread is asked about through the shared `StaffCheck` (batched, answers kept per message)
 * and only its answer marks or warns: nothing while it is pending or after a failed call. Without
 * the check, the `verified` flag the backend put on the author decides.
 *
 * A Lit controller: it follows the host's adapter, asks after each render, asks again about failed
 * calls whenever the thread is fetched anew, and drops the check when the host disconnects.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { SupportAdapter } from '../../adapters/contract.js';
import type { TicketMessage } from '../../adapters/schemas.js';
import { isStaffRole, StaffCheck, staffState, type StaffState } from '../staff-check.js';

export interface ThreadStaffCheckOptions {
  adapter: () => SupportAdapter | undefined;
  /** The messages of the thread on screen; undefined while no thread is open. */
  messages: () => readonly TicketMessage[] | undefined;
}

export class ThreadStaffCheck implements ReactiveController {
  private check?: StaffCheck;
  private unsubscribe?: () => void;
  /** The adapter the check was set up for (while connected). */
  private adapter?: SupportAdapter;
  private started = false;
  /** The thread last asked about: a new one (a fetch, a reply) retries failed calls. */
  private seen?: readonly TicketMessage[];

  constructor(private readonly host: ReactiveElement, private readonly options: ThreadStaffCheckOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page: set the check up again and ask about the thread on screen.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdate(): void {
    const adapter = this.options.adapter();
    if (!this.host.isConnected || (this.started && adapter === this.adapter)) return;
    this.stop();
    this.started = true;
    this.adapter = adapter;
    const verification = adapter?.verification;
    if (!verification?.verifyStaffMessages) return;
    this.check = new StaffCheck((ids, options) => verification.verifyStaffMessages!(ids, options));
    this.unsubscribe = this.check.subscribe(() => this.host.requestUpdate());
  }

  hostUpdated(): void {
    const check = this.check;
    const messages = this.options.messages();
    if (!check || !messages) return;
    if (messages !== this.seen) {
      this.seen = messages;
      check.retry();
    }
    for (const message of messages) if (isStaffRole(message.author.role)) check.request(message.id);
  }

  /** What to show on a message (see the rules above). */
  state(message: TicketMessage): StaffState {
    return staffState(message.author, this.check?.status(message.id), Boolean(this.options.adapter()?.verification?.verifyStaffMessages));
  }

  private stop(): void {
    this.unsubscribe?.();
    this.check?.dispose();
    this.check = undefined;
    this.unsubscribe = undefined;
    this.adapter = undefined;
    this.seen = undefined;
    this.started = false;
  }
}
