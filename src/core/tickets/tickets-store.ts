/**
 * "My tickets": the list (status, last update, unread replies) and one ticket's thread with
 * replies (attachments, secret guard, idempotent by client id), close and reopen.
 */
import { AdapterError, type SupportAdapter } from '../../adapters/contract.js';
import type { Attachment, Ticket, TicketDetail, TicketFormDefinition, TicketMessage } from '../../adapters/schemas.js';
import { scanForSecrets, type SecretScan } from '../secret-guard.js';
import { AttachmentQueue, resolveLimits } from './attachments.js';
import { randomId } from './ids.js';
import { Observable } from './observable.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';
export type ReplyOutcome = 'sent' | 'blocked' | 'confirm' | 'invalid' | 'error';

export interface TicketsStoreOptions {
  adapter: () => SupportAdapter | undefined;
  locale?: () => string;
  scan?: (text: string) => Promise<SecretScan>;
}

export class TicketsStore extends Observable {
  tickets: Ticket[] = [];
  listState: LoadState = 'idle';
  listError?: AdapterError;

  detail?: TicketDetail;
  detailState: LoadState = 'idle';
  detailError?: AdapterError;
  /** The ticket asked for last (to retry after an error). */
  openedId?: string;
  /** Labels of the ticket fields, from the form definition (loaded once, best effort). */
  definition?: TicketFormDefinition;

  replyText = '';
  replyScan?: SecretScan;
  replying = false;
  replyError?: AdapterError;
  statusChanging = false;
  statusError?: AdapterError;
  readonly replyQueue: AttachmentQueue;

  private replyClientId?: string;
  private inflight?: Promise<ReplyOutcome>;
  private listController?: AbortController;
  private detailController?: AbortController;
  /** Attachments of replies sent in this session (by client id), for backends that do not echo them. */
  private readonly sent = new Map<string, Attachment[]>();

  constructor(private readonly options: TicketsStoreOptions) {
    super();
    this.replyQueue = new AttachmentQueue(() => options.adapter()?.attachments);
    this.replyQueue.subscribe(() => this.changed());
  }

  private get api() {
    return this.options.adapter()?.tickets;
  }

  /** Loads (or refreshes, quietly when `background`) the list, newest update first. */
  async loadList(background = false): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.listController?.abort();
    const controller = new AbortController();
    this.listController = controller;
    if (!background || this.listState !== 'ready') {
      this.listState = 'loading';
      this.changed();
    }
    try {
      const tickets = await api.list({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.tickets = [...tickets].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      this.listState = 'ready';
      this.listError = undefined;
    } catch (error) {
      const failure = AdapterError.from(error);
      if (failure.code === 'aborted') return;
      if (!background || this.listState !== 'ready') {
        this.listError = failure;
        this.listState = 'error';
      }
    }
    this.changed();
  }

  get unreadTotal(): number {
    return this.tickets.reduce((sum, ticket) => sum + ticket.unread, 0);
  }

  /** Opens a ticket's thread and marks its replies read. */
  async open(id: string, background = false): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.detailController?.abort();
    const controller = new AbortController();
    this.detailController = controller;
    this.openedId = id;
    if (this.detail?.id !== id) {
      this.resetReply();
      this.detail = undefined;
    }
    if (!background || !this.detail) {
      this.detailState = 'loading';
      this.changed();
    }
    void this.loadDefinition();
    try {
      const detail = await api.get(id, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.detail = { ...detail, messages: detail.messages.map((message) => this.withSent(message)) };
      this.detailState = 'ready';
      this.detailError = undefined;
      if (detail.unread > 0) {
        await api.markRead(id).catch(() => undefined);
        this.detail = { ...this.detail, unread: 0 };
        this.tickets = this.tickets.map((ticket) => (ticket.id === id ? { ...ticket, unread: 0 } : ticket));
      }
    } catch (error) {
      const failure = AdapterError.from(error);
      if (failure.code === 'aborted') return;
      if (!background || !this.detail) {
        this.detailError = failure;
        this.detailState = 'error';
      }
    }
    this.changed();
  }

  close(): void {
    this.detailController?.abort();
    this.detail = undefined;
    this.detailState = 'idle';
    this.resetReply();
    this.changed();
  }

  private async loadDefinition(): Promise<void> {
    if (this.definition) return;
    try {
      this.definition = await this.api?.form(this.options.locale?.() ?? 'en');
      const limits = await this.options.adapter()?.attachments?.limits().catch(() => undefined);
      this.replyQueue.limits = resolveLimits(undefined, limits);
      this.changed();
    } catch {
      // Labels are a nicety: without them the thread shows field ids.
    }
  }

  /** The label of a ticket field, from the form definition when known. */
  fieldLabel(categoryId: string, fieldId: string): string {
    const category = this.definition?.categories.find((candidate) => candidate.id === categoryId);
    return category?.fields.find((field) => field.id === fieldId)?.label ?? fieldId;
  }

  categoryName(categoryId: string): string | undefined {
    return this.definition?.categories.find((candidate) => candidate.id === categoryId)?.name;
  }

  // ------------------------------------------------------------------ reply

  setReply(text: string): void {
    this.replyText = text;
    if (this.replyScan) this.replyScan = undefined;
    this.changed();
  }

  /**
   * Sends the reply. Returns 'blocked' or 'confirm' when the secret guard holds it back (the
   * caller shows the alert; `confirmed` sends after the user confirmed a "confirm" finding).
   */
  sendReply(confirmed = false): Promise<ReplyOutcome> {
    // A second click while sending shares the first send.
    this.inflight ??= this.runReply(confirmed).finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async runReply(confirmed: boolean): Promise<ReplyOutcome> {
    const api = this.api;
    const detail = this.detail;
    const text = this.replyText.trim();
    if (!api || !detail || this.replying) return 'invalid';
    if (!text && !this.replyQueue.uploaded.length) return 'invalid';
    if (this.replyQueue.busy || this.replyQueue.failed) return 'invalid';
    const scan = text ? await (this.options.scan ?? scanForSecrets)(text) : undefined;
    if (scan?.blocked || (scan?.needsConfirmation && !confirmed)) {
      this.replyScan = scan;
      this.changed();
      return scan.blocked ? 'blocked' : 'confirm';
    }
    this.replyScan = undefined;
    this.replying = true;
    this.replyError = undefined;
    this.changed();
    this.replyClientId ??= randomId('r_');
    const attachments = this.replyQueue.uploaded;
    try {
      const message = await api.reply(detail.id, { clientId: this.replyClientId, text, attachmentIds: attachments.map((a) => a.id) });
      if (attachments.length) this.sent.set(this.replyClientId, attachments);
      const shown = this.withSent(message);
      const messages = detail.messages.some((m) => m.id === shown.id) ? detail.messages : [...detail.messages, shown];
      // A reply to a solved ticket reopens it, as the backend will report on the next refresh.
      const status = detail.status === 'solved' ? 'open' : detail.status;
      this.detail = { ...detail, messages, status, updatedAt: shown.createdAt };
      this.resetReply();
      this.replying = false;
      this.changed();
      void this.open(detail.id, true);
      return 'sent';
    } catch (error) {
      this.replyError = AdapterError.from(error);
      this.replying = false;
      this.changed();
      return 'error';
    }
  }

  private resetReply(): void {
    this.replyText = '';
    this.replyScan = undefined;
    this.replyError = undefined;
    this.replyClientId = undefined;
    this.replyQueue.clear();
  }

  /** Closes (the problem is gone) or reopens (it is back) the open ticket. */
  async setStatus(status: 'open' | 'closed'): Promise<boolean> {
    const api = this.api;
    const detail = this.detail;
    if (!api || !detail || this.statusChanging) return false;
    this.statusChanging = true;
    this.statusError = undefined;
    this.changed();
    try {
      const ticket = await api.setStatus(detail.id, status);
      this.detail = { ...detail, ...ticket };
      this.tickets = this.tickets.map((candidate) => (candidate.id === ticket.id ? ticket : candidate));
      return true;
    } catch (error) {
      this.statusError = AdapterError.from(error);
      return false;
    } finally {
      this.statusChanging = false;
      this.changed();
    }
  }

  private withSent(message: TicketMessage): TicketMessage {
    const attachments = message.clientId ? this.sent.get(message.clientId) : undefined;
    return attachments && !message.attachments.length ? { ...message, attachments } : message;
  }

  dispose(): void {
    this.listController?.abort();
    this.detailController?.abort();
    this.replyQueue.dispose();
  }
}
