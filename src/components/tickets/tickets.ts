import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import type { SupportAdapter } from '../../adapters/contract.js';
import type { Attachment, Ticket, TicketDetail } from '../../adapters/schemas.js';
import { AdapterController } from '../../core/adapter-controller.js';
import { userContext } from '../../core/context.js';
import { emit, type NavigateParams } from '../../core/events.js';
import { LocalizeController } from '../../core/i18n.js';
import { SAFE_FILE, SAFE_IMAGE } from '../../core/safe-url.js';
import { storageGate } from '../../core/storage.js';
import { StoreController } from '../../core/tickets/observable.js';
import { ThreadStaffCheck } from '../../core/tickets/staff.js';
import { TicketsStore } from '../../core/tickets/tickets-store.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import '../secret-alert/define.js';
import { addFiles, renderAttachments, UploadAnnouncer } from '../ticket-form/attachments-view.js';
import { fieldStyles } from '../ticket-form/ticket-form.styles.js';
import type { LbTicketForm } from '../ticket-form/ticket-form.js';
import { ticketsStyles } from './tickets.styles.js';
import { staffWarningStyles } from '../../styles/staff-warning.styles.js';

type View = 'list' | 'thread' | 'new';

/** How often the list or an open ticket refreshes while on screen. */
const REFRESH_MS = 20_000;

/**
 * "My tickets": the user's tickets with their status, last update and unread replies; a ticket's
 * thread with agent replies (a verified-staff mark, or a warning, from the backend's staff-signature
 * check as in chat), a reply box with attachments, close and reopen; and the ticket form
 * (`<lb-ticket-form>`, loaded on first use) for a new one. Works inside `<lb-widget>` and alone.
 *
 * @summary The user's support tickets and the form for a new one.
 *
 * @slot incident - Passed to the ticket form: a known-incident notice for the chosen topic.
 *
 * @csspart base - The container.
 * @csspart header - The title bar of the list.
 * @csspart title - A heading.
 * @csspart new-button - Opens the form.
 * @csspart list - The tickets.
 * @csspart ticket - One ticket (a button).
 * @csspart status - A ticket's status badge.
 * @csspart unread - The unread-replies badge.
 * @csspart empty - Shown when there are no tickets.
 * @csspart error - A failure message.
 * @csspart back-button - Back to the list.
 * @csspart details - The fields sent with the ticket.
 * @csspart messages - The thread.
 * @csspart message - One message.
 * @csspart staff-warning - On a reply from staff (an agent or a bot) the backend did not verify.
 * @csspart attachment - A file on a message (a link, or plain text when its URL is unsafe).
 * @csspart status-hint - What the status means for the user.
 * @csspart close-button - Closes the ticket.
 * @csspart reopen-button - Reopens it.
 * @csspart reply - The reply box.
 * @csspart reply-input - Its text area.
 * @csspart send-button - Sends the reply.
 * @csspart form - The ticket form element.
 *
 * @cssprop --lb-color-primary - Buttons and links.
 *
 * @fires lb-ticket-created - Bubbles from the form when a ticket was created. `detail.ticket`.
 * @fires lb-ticket-updated - Bubbles from the form when the user added to an open ticket. `detail.ticket`.
 * @fires lb-secret-blocked - A reply (or a form field) held a secret and was not sent. `detail.kind`, `detail.source`.
 * @fires lb-ticket-deflected - Bubbles from the form when a suggested article solved the problem.
 * @fires lb-navigate - Bubbles from the form to open a suggested article (`view: 'search'`).
 */
export class LbTickets extends LitElement {
  static override styles = [tokens, base, fieldStyles, staffWarningStyles, ticketsStyles];

  private readonly localize = new LocalizeController(this);
  /** The signed-in user (from `<lb-widget>`): whether replies also go by email. */
  private readonly user = new ContextConsumer(this, { context: userContext, subscribe: true });
  private readonly adapters = new AdapterController(this, () => this.requestUpdate());
  private readonly store = new TicketsStore({ adapter: () => this.adapters.value, locale: () => this.localize.locale });
  private readonly watch = new StoreController(this, this.store);
  /** The backend's staff-signature check for the replies in the open thread, as in chat. */
  private readonly staff = new ThreadStaffCheck(this, {
    adapter: () => this.adapters.value,
    messages: () => (this.view === 'thread' ? this.store.detail?.messages : undefined),
  });

  /** The backend; defaults to the enclosing widget's or the page's. */
  @property({ attribute: false }) adapter?: SupportAdapter;
  /** True while the view is on screen (the list refreshes while active). */
  @property({ type: Boolean, reflect: true }) active = false;
  /** "list" shows my tickets; "new" opens the form. */
  @property() mode: 'list' | 'new' = 'list';
  /** Opens this ticket's thread. */
  @property({ attribute: 'ticket-id' }) ticketId = '';
  /** Prefills the form's subject. */
  @property() subject = '';
  /** Preselects the form's topic. */
  @property({ attribute: 'category-id' }) categoryId = '';
  /** A chat carried over into a new ticket. */
  @property({ attribute: 'conversation-id' }) conversationId = '';

  @state() private view: View = 'list';
  /** The form was shown once: it stays in the DOM (hidden) so its state survives. */
  @state() private formShown = false;
  @state() private announcement = '';

  private timer?: ReturnType<typeof setInterval>;
  private listFor?: SupportAdapter;
  private readonly uploads = new UploadAnnouncer();
  /** Where focus goes once rendered: the first of these selectors that matches. */
  private pendingFocus?: string[];

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.timer = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapters.explicit = this.adapter;
    const handover = changed.has('subject') || changed.has('categoryId') || changed.has('conversationId');
    if (changed.has('ticketId') && this.ticketId) this.show('thread', this.ticketId);
    else if (changed.has('mode') || (this.mode === 'new' && handover)) this.show(this.mode === 'new' ? 'new' : 'list');
    const adapter = this.adapters.value;
    if (adapter && adapter !== this.listFor) {
      this.listFor = adapter;
      void this.store.loadList();
      if (this.view === 'thread' && this.store.detail) void this.store.open(this.store.detail.id);
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('active') || changed.has('view' as keyof LbTickets)) this.schedule();
    if (changed.has('active') && this.active && changed.get('active') === false) this.refresh();
    this.uploads.check(this.watch.value.replyQueue, this.localize, this.announce);
    if (this.pendingFocus) {
      const target = this.firstMatch(this.pendingFocus);
      if (target) {
        target.focus();
        this.pendingFocus = undefined;
      }
    }
  }

  /** Focuses the view's main control (called by the panel when it opens on this view). */
  focusInitial(): void {
    void this.updateComplete.then(async () => {
      // The form's code loads on first use: wait for it, or focus would fall to the page.
      if (this.view === 'new') await customElements.whenDefined('lb-ticket-form');
      if (this.view === 'new') this.renderRoot.querySelector<LbTicketForm>('lb-ticket-form')?.focusInitial();
      else this.renderRoot.querySelector<HTMLElement>(this.view === 'thread' ? '#thread-title' : '[part~="ticket"], [part~="new-button"]')?.focus();
    });
  }

  /** Shows a view; for the list, resolves when its refresh settled. */
  private show(view: View, ticketId?: string, ...focus: string[]): Promise<void> | undefined {
    this.view = view;
    this.pendingFocus = focus.length ? focus : undefined;
    if (view === 'new' && !this.formShown) {
      this.formShown = true;
      // The form's code (and the validators) load on first use; the element upgrades when it arrives.
      void import('../ticket-form/define.js');
    }
    if (view === 'thread' && ticketId) void this.store.open(ticketId);
    if (view === 'list') {
      this.store.close();
      if (this.listFor) return this.store.loadList(true);
    }
    return undefined;
  }

  private schedule() {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.active && this.view !== 'new') this.timer = setInterval(() => this.refresh(), REFRESH_MS);
  }

  private refresh() {
    if (this.view === 'thread' && this.store.detail) void this.store.open(this.store.detail.id, true);
    else if (this.view === 'list') void this.store.loadList(true);
  }

  /** Says `text` in the polite live region (a repeated text is changed slightly so it is said again). */
  private readonly announce = (text: string) => {
    queueMicrotask(() => (this.announcement = this.announcement === text ? `${text}\u00a0` : text));
  };

  /** The form asks to show a ticket ("View ticket"): handled here instead of by the panel. */
  private onFormNavigate(event: CustomEvent<{ view: string; params: NavigateParams }>) {
    if (event.detail.view !== 'tickets') return;
    event.stopPropagation();
    const id = event.detail.params.ticket;
    if (id) this.show('thread', id, '#thread-title');
    else this.show('list', undefined, '[part~="new-button"]');
  }

  /**
   * Back from a thread: focus returns to that ticket in the list (else the first, else "New ticket"),
   * at once on the list as it was, and again once the refresh settled if that moved or removed it.
   */
  private async backToList() {
    const id = this.store.openedId;
    const selectors = [...(id ? [`[part~="ticket"][data-ticket-id="${CSS.escape(id)}"]`] : []), '[part~="ticket"]', '[part~="new-button"]'];
    const refreshed = this.show('list', undefined, ...selectors);
    await refreshed;
    await this.updateComplete;
    if (this.view !== 'list') return;
    const current = this.shadowRoot?.activeElement as HTMLElement | null;
    // Only while focus is still where we put it (a row) or was lost with a removed row: never taken from elsewhere.
    const lost = !current && (document.activeElement === document.body || document.activeElement === this || !document.activeElement);
    if (!lost && !(current?.matches('[part~="ticket"]') && current.dataset.ticketId !== id)) return;
    this.firstMatch(selectors)?.focus();
  }

  /** The element of the first selector that matches one. */
  private firstMatch(selectors: readonly string[]): HTMLElement | undefined {
    return selectors.map((selector) => this.renderRoot.querySelector<HTMLElement>(selector)).find(Boolean) ?? undefined;
  }

  private newTicket() {
    const form = this.renderRoot.querySelector<LbTicketForm>('lb-ticket-form');
    if (form?.status === 'success') form.startOver();
    this.show('new');
    this.focusInitial();
  }

  private async sendReply(confirmed = false) {
    storageGate.allow();
    const result = await this.store.sendReply(confirmed);
    const t = this.localize;
    if (result === 'sent') this.announce(t.t('tickets.thread.sent'));
    else if (result === 'blocked') {
      const finding = this.store.replyScan?.findings.find((candidate) => candidate.action === 'block');
      emit(this, 'lb-secret-blocked', { kind: finding?.kind ?? 'unknown', source: 'ticket-reply' });
    } else if (result === 'invalid') {
      const queue = this.store.replyQueue;
      this.announce(t.t(queue.busy || queue.failed ? 'tickets.thread.waitUploads' : 'tickets.thread.empty'));
      this.renderRoot.querySelector<HTMLElement>('#reply')?.focus();
    }
  }

  private async changeStatus(status: 'open' | 'closed') {
    if (await this.store.setStatus(status)) {
      this.announce(this.localize.t(status === 'closed' ? 'tickets.thread.closed' : 'tickets.thread.reopened'));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(status === 'closed' ? '[part~="reopen-button"]' : '#reply')?.focus();
    }
  }

  // ------------------------------------------------------------------ render

  private renderStatus(ticket: Ticket) {
    return html`<span class="badge" part="status" data-status=${ticket.status}>${this.localize.t(`tickets.status.${ticket.status}`)}</span>`;
  }

  private renderError(error: { code: string } | undefined, retry: () => void) {
    return html`<div class="box danger" part="error" role="alert">
      <p>${this.localize.error(error, 'unavailable')}</p>
      <div class="actions"><button type="button" class="secondary" @click=${retry}>${this.localize.t('common.retry')}</button></div>
    </div>`;
  }

  private renderList() {
    const store = this.store;
    const t = this.localize;
    let body;
    if (store.listState === 'loading' || store.listState === 'idle') body = html`<p class="muted" role="status">${t.t('tickets.loading')}</p>`;
    else if (store.listState === 'error') body = this.renderError(store.listError, () => void store.loadList());
    else if (!store.tickets.length) {
      body = html`<div class="box" part="empty">
        <h3>${t.t('tickets.empty.title')}</h3>
        <p class="muted">${t.t('tickets.empty.body')}</p>
      </div>`;
    } else {
      body = html`<ul class="tickets" part="list" aria-label=${t.t('tickets.listLabel')}>
        ${store.tickets.map(
          (ticket) => html`<li>
            <button type="button" class="ticket" part="ticket" data-ticket-id=${ticket.id} data-unread=${ticket.unread > 0 ? 'true' : 'false'} @click=${() => this.show('thread', ticket.id, '#thread-title')}>
              <span class="ticket-subject" dir="auto">${ticket.subject}</span>
              <span class="ticket-meta muted small">
                <span>${t.t('tickets.number', { number: ticket.number })}</span>
                ${this.renderStatus(ticket)}
                <span>${t.t('tickets.updated', { time: t.relativeTime(ticket.updatedAt) })}</span>
              </span>
              ${ticket.unread > 0 ? html`<span class="badge unread" part="unread">${t.t('tickets.unread', { count: ticket.unread })}</span>` : nothing}
            </button>
          </li>`,
        )}
      </ul>`;
    }
    return html`<div class="stack">
      <div class="header" part="header">
        <h2 part="title">${t.t('tickets.title')}</h2>
        <button type="button" class="primary" part="new-button" @click=${this.newTicket}>${t.t('tickets.new')}</button>
      </div>
      ${body}
    </div>`;
  }

  private renderAttachmentLinks(attachments: Attachment[]) {
    if (!attachments.length) return nothing;
    return html`<ul class="message-attachments">
      ${attachments.map((attachment) => {
        // The schema takes any string: a `javascript:` or HTML `data:` URL is never linked or loaded.
        const href = SAFE_FILE.test(attachment.url) ? attachment.url : undefined;
        const thumb = attachment.thumbnailUrl ?? (attachment.mimeType.startsWith('image/') ? attachment.url : undefined);
        const content = html`${thumb && SAFE_IMAGE.test(thumb) ? html`<img class="preview" alt="" src=${thumb} referrerpolicy="no-referrer" />` : icons.attach}
          <span>${attachment.name}</span>
          <span class="muted small">${this.localize.fileSize(attachment.size)}</span>`;
        return html`<li>
          ${href
            ? html`<a part="attachment" href=${href} target="_blank" rel="noopener noreferrer" download=${attachment.name}>${content}</a>`
            : html`<span class="file" part="attachment">${content}</span>`}
        </li>`;
      })}
    </ul>`;
  }

  private renderDetails(detail: TicketDetail) {
    const entries = Object.entries(detail.fields);
    if (!entries.length) return nothing;
    return html`<details class="box" part="details">
      <summary>${this.localize.t('tickets.thread.details')}</summary>
      <dl>
        ${entries.map(([id, value]) => html`<dt>${this.store.fieldLabel(detail.categoryId, id)}</dt><dd>${value}</dd>`)}
      </dl>
    </details>`;
  }

  private renderReply() {
    const store = this.store;
    const t = this.localize;
    return html`<form class="stack reply" part="reply" novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.sendReply();
      }}
      @paste=${(event: ClipboardEvent) => {
        const files = Array.from(event.clipboardData?.files ?? []);
        if (!files.length) return;
        event.preventDefault();
        addFiles(store.replyQueue, files, t, this.announce);
      }}
    >
      <div class="field">
        <label for="reply" id="reply-label">${t.t('tickets.thread.reply')}</label>
        <textarea
          id="reply"
          part="reply-input"
          rows="3"
          placeholder=${t.t('tickets.thread.replyPlaceholder')}
          aria-describedby=${store.replyError ? 'reply-error' : nothing}
          .value=${store.replyText}
          @input=${(event: Event) => store.setReply((event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${store.replyScan
          ? html`<lb-secret-alert
              .scan=${store.replyScan}
              @lb-secret-confirm=${() => void this.sendReply(true)}
              @lb-secret-dismiss=${() => this.renderRoot.querySelector<HTMLElement>('#reply')?.focus()}
            ></lb-secret-alert>`
          : nothing}
        ${store.replyError
          ? html`<p class="error" id="reply-error" role="alert">${icons.warning}<span>${t.error(store.replyError)}</span></p>`
          : nothing}
      </div>
      ${renderAttachments(store.replyQueue, t, { id: 'reply-files', labelledBy: 'reply-label', announce: this.announce })}
      <div class="actions end">
        <button type="submit" class="primary" part="send-button" aria-disabled=${store.replying ? 'true' : 'false'}>
          ${t.t(store.replying ? 'tickets.thread.sending' : 'tickets.thread.send')}
        </button>
      </div>
    </form>`;
  }

  private renderThread() {
    const store = this.store;
    const t = this.localize;
    const detail = store.detail;
    const back = html`<button type="button" class="link back" part="back-button" @click=${this.backToList}>
      ${icons.back}<span>${t.t('tickets.thread.back')}</span>
    </button>`;
    if (!detail) {
      return html`<div class="stack">
        ${back}
        ${store.detailState === 'error'
          ? this.renderError(store.detailError, () => store.openedId && void store.open(store.openedId))
          : html`<p class="muted" role="status">${t.t('tickets.thread.loading')}</p>`}
      </div>`;
    }
    const category = store.categoryName(detail.categoryId);
    return html`<div class="stack">
      ${back}
      <div class="thread-head">
        <h2 id="thread-title" part="title" tabindex="-1" dir="auto">${detail.subject}</h2>
        <p class="ticket-meta muted small">
          <span>${t.t('tickets.number', { number: detail.number })}</span>
          ${this.renderStatus(detail)}
          ${category ? html`<span>${category}</span>` : nothing}
        </p>
      </div>
      ${this.renderDetails(detail)}
      <ol class="messages" part="messages" aria-label=${t.t('tickets.thread.messages')}>
        ${detail.messages.map((message) => {
          const agent = message.author.role !== 'user';
          // As in chat: only the backend's signature check (or, without one, its `verified` flag) vouches for staff.
          const staff = this.staff.state(message);
          return html`<li class="message ${agent ? 'agent' : 'user'}" part="message" data-role=${message.author.role}>
            <p class="message-author small">
              <strong>${agent ? message.author.name : t.t('tickets.thread.you')}</strong>
              ${staff === 'verified' ? html`<span class="verified" title=${t.t('tickets.thread.verified')}>${icons.shield}<span class="visually-hidden">${t.t('tickets.thread.verified')}</span></span>` : nothing}
              <time class="muted" datetime=${message.createdAt}>${t.date(message.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
            </p>
            ${staff === 'unverified' ? html`<p class="staff-warning" part="staff-warning" role="note">${icons.warning}<span>${t.t('tickets.thread.unverified')}</span></p>` : nothing}
            <p class="message-text" dir="auto">${message.text}</p>
            ${this.renderAttachmentLinks(message.attachments)}
          </li>`;
        })}
      </ol>
      <p class="notice muted" part="status-hint">${icons.info}<span>${t.t(detail.status === 'open' && !this.user.value?.email ? 'tickets.statusHint.openNoEmail' : `tickets.statusHint.${detail.status}`)}</span></p>
      ${store.statusError ? html`<p class="error" role="alert">${icons.warning}<span>${t.error(store.statusError)}</span></p>` : nothing}
      ${detail.status === 'closed' ? nothing : this.renderReply()}
      <div class="actions">
        ${detail.status === 'closed' || detail.status === 'solved'
          ? html`<button type="button" class="secondary" part="reopen-button" aria-disabled=${store.statusChanging ? 'true' : 'false'} @click=${() => this.changeStatus('open')}>
              ${t.t('tickets.thread.reopen')}
            </button>`
          : nothing}
        ${detail.status !== 'closed'
          ? html`<button type="button" class="secondary" part="close-button" aria-disabled=${store.statusChanging ? 'true' : 'false'} @click=${() => this.changeStatus('closed')}>
              ${t.t('tickets.thread.close')}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  override render() {
    return html`<div class="base" part="base" @keydown=${allow} @pointerdown=${allow}>
      ${this.view === 'list' ? this.renderList() : nothing}
      ${this.view === 'thread' ? this.renderThread() : nothing}
      ${this.formShown
        ? html`<div class="form-wrap" ?hidden=${this.view !== 'new'}>
            <button type="button" class="link back" part="back-button" @click=${() => this.show('list', undefined, '[part~="new-button"]')}>
              ${icons.back}<span>${this.localize.t('tickets.thread.back')}</span>
            </button>
            <lb-ticket-form
              part="form"
              exportparts="field, input, field-error, submit-button, success"
              .adapter=${this.adapter}
              .categoryId=${this.categoryId}
              .subject=${this.subject}
              .conversationId=${this.conversationId}
              @lb-navigate=${this.onFormNavigate}
              @lb-ticket-created=${() => void this.store.loadList(true)}
              @lb-ticket-updated=${() => void this.store.loadList(true)}
            ><slot name="incident" slot="incident"></slot></lb-ticket-form>
          </div>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

/** Typing or clicking here is the user's interaction: storage may be written from now on. */
const allow = () => storageGate.allow();
