import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { SupportAdapter } from '../../adapters/contract.js';
import type { TicketField, User } from '../../adapters/schemas.js';
import { AdapterController } from '../../core/adapter-controller.js';
import { userContext } from '../../core/context.js';
import { emit } from '../../core/events.js';
import { LocalizeController } from '../../core/i18n.js';
import type { SecretScan } from '../../core/secret-guard.js';
import { storageGate } from '../../core/storage.js';
import { DESCRIPTION, SUBJECT, TicketFormStore, type FormStatus } from '../../core/tickets/form-store.js';
import { StoreController } from '../../core/tickets/observable.js';
import { toLocalInputValue } from '../../core/validators/datetime.js';
import { findNetwork, memoKind, NETWORKS } from '../../core/validators/networks.js';
import type { Issue } from '../../core/validators/result.js';
import { explorerUrl } from '../../core/validators/tx-hash.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import '../secret-alert/define.js';
import '../incident-notice/define.js';
import { addFiles, renderAttachments, UploadAnnouncer } from './attachments-view.js';
import { fieldStyles, formStyles } from './ticket-form.styles.js';

/**
 * The ticket form: a topic, a subject and description (with help articles suggested while typing),
 * and the topic's own fields from the backend's form definition, checked as the user goes (UIDs,
 * transaction hashes and addresses per network, amounts, times, memos). Drafts are saved per topic;
 * sending is idempotent; an open ticket in the same topic is offered instead of a duplicate.
 *
 * @summary Ticket form for complex cases that need evidence.
 *
 * @slot incident - A notice about a known incident in the chosen topic (e.g. `<lb-incident-notice>`).
 *
 * @csspart base - The container.
 * @csspart form - The form.
 * @csspart error-summary - The list of fields to fix, shown after a submit.
 * @csspart submit-error - The message when sending failed.
 * @csspart field - A field (label, control, help, messages).
 * @csspart label - A field's label.
 * @csspart input - A text input, select or textarea.
 * @csspart help - A field's help text.
 * @csspart time-zone - Under a date-and-time field: the time zone the time is read in (the user's own).
 * @csspart field-error - A field's error message.
 * @csspart field-warning - A field's warning (e.g. an address of another network).
 * @csspart explorer-link - The block-explorer link of a valid transaction hash.
 * @csspart secret-alert - The secret-guard alert next to a field.
 * @csspart incident - The spot for a known-incident notice.
 * @csspart duplicate - The notice about an open ticket in the same topic.
 * @csspart duplicate-prompt - The choice between adding to that ticket and creating a new one.
 * @csspart suggestions - Help articles suggested while typing.
 * @csspart dropzone - Where files are dropped.
 * @csspart add-files - The button that picks files.
 * @csspart attachments - The attached files.
 * @csspart attachment - One file (with attachment-preview, attachment-progress, attachment-retry, attachment-remove).
 * @csspart attachment-errors - Why files were refused.
 * @csspart footer - Draft status and buttons.
 * @csspart submit-button - Sends the ticket.
 * @csspart conversation - The note that the chat handed over goes with the ticket.
 * @csspart success - The confirmation after sending.
 * @csspart chat-not-attached - On the confirmation: the backend did not know the chat, so the ticket went without it.
 * @csspart deflected - The screen after an article solved the problem.
 *
 * @cssprop --lb-color-danger - Errors.
 * @cssprop --lb-color-warning - Warnings.
 * @cssprop --lb-color-success - The confirmation icon.
 *
 * @fires lb-ticket-created - The ticket was created. `detail.ticket`.
 * @fires lb-ticket-updated - The user added to an open ticket instead of filing another. `detail.ticket`.
 * @fires lb-ticket-deflected - A suggested article solved the problem. `detail.article`, `detail.categoryId`.
 * @fires lb-secret-blocked - A field held a secret that was not sent or saved. `detail.kind`, `detail.source`.
 * @fires lb-navigate - Open an article (`view: 'search'`) or the ticket (`view: 'tickets'`).
 */
export class LbTicketForm extends LitElement {
  static override styles = [tokens, base, fieldStyles, formStyles];

  private readonly localize = new LocalizeController(this);
  private readonly adapters = new AdapterController(this, () => this.requestUpdate());
  private readonly store = new TicketFormStore({
    adapter: () => this.adapters.value,
    locale: () => this.localize.locale,
    // Drafts belong to the signed-in user: another account on this browser does not see them.
    namespace: () => this.user?.uid ?? 'default',
    onSecretBlocked: (_field, scan) => this.onSecretBlocked(scan),
  });
  private readonly watch = new StoreController(this, this.store);

  /** The signed-in user (from `<lb-widget>`); drafts are kept per user. */
  @consume({ context: userContext, subscribe: true })
  @property({ attribute: false })
  user: User | null = null;

  /** The backend; defaults to the enclosing widget's or the page's. */
  @property({ attribute: false }) adapter?: SupportAdapter;
  /** Preselects a topic (a category id of the form definition). */
  @property({ attribute: 'category-id' }) categoryId = '';
  /** Prefills the subject (e.g. from a search without results). */
  @property() subject = '';
  /** A chat carried over into the ticket, and into each next one started here while it stays set. */
  @property({ attribute: 'conversation-id' }) conversationId = '';

  @state() private announcement = '';
  /** A notice is slotted into `incident` (through any forwarding slots): it replaces the built-in one. */
  @state() private incidentSlotted = false;

  private loadedWith?: SupportAdapter;
  private readonly uploads = new UploadAnnouncer();
  private suggestionCount = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onPageHide);
    void this.store.flush();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapters.explicit = this.adapter;
    const adapter = this.adapters.value;
    if (adapter && adapter !== this.loadedWith) {
      this.loadedWith = adapter;
      void this.store.load(this.categoryId).then(() => {
        // A topic handed over while the definition was loading wins over the restored one.
        if (this.categoryId && this.categoryId !== this.store.categoryId) this.store.selectCategory(this.categoryId);
        this.store.prefill(this);
      });
    } else if (this.store.definition) {
      if (changed.has('categoryId') && this.categoryId) this.store.selectCategory(this.categoryId);
      if (changed.has('subject') || changed.has('conversationId')) this.store.prefill(this);
    }
  }

  override updated(): void {
    this.focusFirstField();
    const store = this.watch.value;
    for (const field of store.visible) if (field.type === 'file') this.uploads.check(store.queue(field.id), this.localize, this.announce);
    const count = store.deflection.suggestions.length;
    if (count !== this.suggestionCount) {
      this.suggestionCount = count;
      if (count) this.announce(this.localize.t('tickets.deflection.announce', { count }));
    }
  }

  /** Where the form is: loading, editing, duplicate, submitting, success, deflected or load-error. */
  get status(): FormStatus {
    return this.store.status;
  }

  /** Moves focus to the first control: the topic, or the subject once a topic is chosen. */
  focusInitial(): void {
    this.focusPending = true;
    void this.updateComplete.then(() => this.focusFirstField());
  }

  /** Set until the first field exists: while the form definition loads, focus waits for it. */
  private focusPending = false;

  /** Whether replies can also go by email: the user's address is known, or the form asked for one. */
  private get emailKnown(): boolean {
    const store = this.store;
    return Boolean(this.user?.email) || store.visible.some((field) => field.type === 'email' && Boolean(store.values[field.id]?.trim()));
  }

  /** "3 hours ago", "yesterday"; for a draft saved within the minute the clock time ("from 10:42"), never "from now". */
  private draftTime(savedAt: number | string | Date): string {
    const age = Date.now() - new Date(savedAt).getTime();
    return age < 60_000 ? this.localize.date(savedAt, { timeStyle: 'short' }) : this.localize.relativeTime(savedAt);
  }

  private focusFirstField(): void {
    if (!this.focusPending) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.store.categoryId ? '#f-subject' : '#f-category');
    if (!target) return;
    this.focusPending = false;
    target.focus();
  }

  /**
   * Empties the form for another ticket (after a success). A chat still handed over (`conversationId`)
   * goes with it: handing the same chat over again changes no property, so the form would not hear it.
   */
  startOver(): void {
    this.store.startOver(this);
    this.focusInitial();
  }

  private onPageHide = () => {
    if (document.visibilityState === 'hidden') void this.store.flush();
  };

  /** Says `text` in the polite live region (a repeated text is changed slightly so it is said again). */
  private readonly announce = (text: string) => {
    queueMicrotask(() => (this.announcement = this.announcement === text ? `${text}\u00a0` : text));
  };

  private onSecretBlocked(scan: SecretScan) {
    const finding = scan.findings.find((candidate) => candidate.action === 'block');
    emit(this, 'lb-secret-blocked', { kind: finding?.kind ?? 'unknown', source: 'ticket-form' });
  }

  private t(issue: Issue): string {
    return this.localize.t(issue.key, issue.params);
  }

  private focusField(id: string) {
    const field = this.store.field(id);
    const target = field?.type === 'file' ? `#f-${id}-add` : `#f-${id}`;
    const element = this.renderRoot.querySelector<HTMLElement>(target);
    if (!element) return;
    // The field with its label comes into view, by the least scrolling: 'center' would also scroll
    // the panel's clipped frame (ancestors with overflow: hidden scroll too), pushing its header out.
    element.focus({ preventScroll: true });
    // A field taller than the view keeps its control in view.
    element.closest<HTMLElement>('[part~="field"]')?.scrollIntoView?.({ block: 'nearest' });
    element.scrollIntoView?.({ block: 'nearest' });
  }

  private async onSubmit(event?: Event) {
    event?.preventDefault();
    storageGate.allow();
    const result = await this.store.submit();
    await this.updateComplete;
    if (result.outcome === 'invalid') {
      this.announce(this.localize.t('tickets.form.summary', { count: result.invalid.length }));
      this.focusField(result.invalid[0]!);
    } else if (result.outcome === 'duplicate') {
      this.renderRoot.querySelector<HTMLElement>('#duplicate-title')?.focus();
    } else if (result.outcome === 'error') {
      this.renderRoot.querySelector<HTMLElement>('[part="submit-error"]')?.focus();
    } else if (result.outcome === 'created' || result.outcome === 'appended') {
      if (result.outcome === 'created') emit(this, 'lb-ticket-created', { ticket: result.ticket });
      else emit(this, 'lb-ticket-updated', { ticket: result.ticket });
      this.renderRoot.querySelector<HTMLElement>('#success-title')?.focus();
    }
  }

  private chooseDuplicate(choice: 'append' | 'new') {
    this.store.chooseDuplicate(choice);
    void this.onSubmit();
  }

  /**
   * Whether anything really fills the `incident` slot. A container that forwards its own slot
   * (`<lb-tickets>` does) always assigns that `<slot>` element, even empty, which would hide slot
   * fallback content for good; the flattened nodes tell what is actually there.
   */
  private onIncidentSlotChange(event: Event) {
    const slot = event.currentTarget as HTMLSlotElement;
    this.incidentSlotted = slot.assignedNodes({ flatten: true }).some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  private onPaste(event: ClipboardEvent) {
    const files = Array.from(event.clipboardData?.files ?? []);
    const field = this.store.visible.find((candidate) => candidate.type === 'file');
    if (!files.length || !field) return;
    event.preventDefault();
    addFiles(this.store.queue(field.id), files, this.localize, this.announce);
  }

  private async deflect(articleId: string) {
    const article = this.store.deflection.suggestions.find((candidate) => candidate.id === articleId);
    if (!article) return;
    await this.store.deflect(articleId);
    emit(this, 'lb-ticket-deflected', { article, categoryId: this.store.categoryId });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#deflected-title')?.focus();
  }

  private openArticle(articleId: string) {
    emit(this, 'lb-navigate', { view: 'search', params: { article: articleId } });
  }

  private viewTicket(id: string) {
    emit(this, 'lb-navigate', { view: 'tickets', params: { ticket: id } });
  }

  // ------------------------------------------------------------------ render

  private label(field: TicketField): string {
    if (field.id === SUBJECT || field.id === DESCRIPTION) return this.localize.t(`tickets.form.${field.id}`);
    return field.label;
  }

  /**
   * A label as shown: the backend's (in its own language, often English) reads in its own direction,
   * so in the Arabic UI "When did you send it?" keeps its question mark at the end.
   */
  private labelText(field: TicketField) {
    return field.id === SUBJECT || field.id === DESCRIPTION ? this.label(field) : html`<span dir="auto">${field.label}</span>`;
  }

  /** The help under a field: ours (translated), or the backend's, which reads in its own direction (`dir="auto"`). */
  private help(field: TicketField): { text: string; dir?: 'auto' } | undefined {
    const t = this.localize;
    if (field.id === SUBJECT) return { text: t.t('tickets.form.subjectHelp') };
    if (field.id === DESCRIPTION) return { text: t.t('tickets.form.descriptionHelp') };
    if (field.type === 'memo' && field.networkField) {
      const network = findNetwork(this.store.values[field.networkField]);
      const kind = memoKind(network?.id);
      if (network && kind) return { text: t.t(`tickets.form.memo.${kind}`, { network: network.name }) };
    }
    return field.helpText ? { text: field.helpText, dir: 'auto' } : undefined;
  }

  private renderControl(field: TicketField, id: string, describedBy: string, invalid: boolean) {
    const store = this.store;
    const value = store.values[field.id] ?? '';
    const set = (event: Event) => store.set(field.id, (event.target as HTMLInputElement).value);
    // Deferred: a blur also fires when a re-render removes the focused control.
    const touch = () => queueMicrotask(() => store.touch(field.id));
    if (field.type === 'select' || field.type === 'network') {
      const options = field.options ?? NETWORKS.map((network) => ({ value: network.id, label: network.name }));
      return html`<select
        id=${id}
        part="input"
        aria-describedby=${describedBy || nothing}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-required=${field.required ? 'true' : 'false'}
        @change=${(event: Event) => {
          set(event);
          touch();
        }}
      >
        <option value="" ?selected=${!value}>${this.localize.t('tickets.form.selectPlaceholder')}</option>
        ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
      </select>`;
    }
    if (field.type === 'textarea') {
      return html`<textarea
        id=${id}
        part="input"
        rows="5"
        dir="auto"
        placeholder=${field.placeholder ?? nothing}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-required=${field.required ? 'true' : 'false'}
        .value=${value}
        @input=${set}
        @blur=${touch}
      ></textarea>`;
    }
    const kind: Record<string, { type?: string; inputmode?: string; autocomplete?: string }> = {
      email: { type: 'email', autocomplete: 'email' },
      uid: { inputmode: 'numeric', autocomplete: 'off' },
      amount: { inputmode: 'decimal', autocomplete: 'off' },
      datetime: { type: 'datetime-local' },
      'tx-hash': { autocomplete: 'off' },
      address: { autocomplete: 'off' },
      memo: { autocomplete: 'off' },
    };
    const { type = 'text', inputmode, autocomplete } = kind[field.type] ?? {};
    const crypto = field.type === 'tx-hash' || field.type === 'address' || field.type === 'memo' || field.type === 'uid';
    // Ids, hashes, addresses and amounts read left to right in every language; typed text in its own direction.
    const dir = LTR_TYPES.has(field.type) ? 'ltr' : field.type === 'datetime' ? undefined : 'auto';
    return html`<input
      id=${id}
      part="input"
      type=${type}
      dir=${dir ?? nothing}
      inputmode=${inputmode ?? nothing}
      autocomplete=${autocomplete ?? nothing}
      spellcheck=${crypto ? 'false' : nothing}
      autocapitalize=${crypto ? 'off' : nothing}
      max=${field.type === 'datetime' ? toLocalInputValue() : nothing}
      placeholder=${field.placeholder ?? nothing}
      aria-describedby=${describedBy || nothing}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-required=${field.required ? 'true' : 'false'}
      .value=${value}
      @input=${set}
      @change=${field.type === 'datetime' ? set : nothing}
      @blur=${touch}
    />`;
  }

  private renderField(field: TicketField) {
    const store = this.store;
    const t = this.localize;
    const id = `f-${field.id}`;
    const error = store.errorFor(field.id);
    const shown = store.attempted || store.touched.has(field.id);
    const warning = shown && !error ? store.warningFor(field.id) : undefined;
    const help = this.help(field);
    const scan = store.secretScan(field.id);
    const network = field.networkField ? store.values[field.networkField] : undefined;
    const explorer = field.type === 'tx-hash' && !error ? explorerUrl(network, store.values[field.id] ?? '') : undefined;
    // A time means nothing without its zone: say which one the input is read in (the device's).
    const zone = field.type === 'datetime' ? timeZoneName(t.locale) : '';
    const describedBy = [help && `${id}-help`, zone && `${id}-zone`, error && `${id}-error`, warning && `${id}-warning`].filter(Boolean).join(' ');
    const label = html`${this.labelText(field)}${field.required ? nothing : html` <span class="optional">${t.t('tickets.form.optional')}</span>`}`;
    return html`<div class="field" part="field" data-field=${field.id} data-type=${field.type}>
      ${field.type === 'file'
        ? html`<span class="label" part="label" id="${id}-label">${label}</span>`
        : html`<label part="label" for=${id}>${label}</label>`}
      ${help ? html`<p class="muted small" part="help" id="${id}-help" dir=${help.dir ?? nothing}>${help.text}</p>` : nothing}
      ${field.type === 'file'
        ? renderAttachments(store.queue(field.id), t, {
            id: `${id}-add`,
            labelledBy: `${id}-label`,
            describedBy: [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' '),
            announce: this.announce,
          })
        : this.renderControl(field, id, describedBy, Boolean(error))}
      ${zone ? html`<p class="muted small" part="time-zone" id="${id}-zone">${zone}</p>` : nothing}
      ${scan
        ? html`<lb-secret-alert
            part="secret-alert"
            .scan=${scan}
            @lb-secret-confirm=${() => this.store.confirmSecret(field.id)}
            @lb-secret-dismiss=${() => this.focusField(field.id)}
          ></lb-secret-alert>`
        : nothing}
      ${error ? html`<p class="error" part="field-error" id="${id}-error">${icons.warning}<span>${this.t(error)}</span></p>` : nothing}
      ${warning ? html`<p class="warning" part="field-warning" id="${id}-warning">${icons.info}<span>${this.t(warning)}</span></p>` : nothing}
      ${explorer
        ? html`<a part="explorer-link" href=${explorer} target="_blank" rel="noopener noreferrer">
            ${t.t('tickets.form.explorer')}<span class="visually-hidden"> ${t.t('tickets.form.explorerNewTab')}</span>
          </a>`
        : nothing}
      ${field.id === DESCRIPTION ? this.renderSuggestions() : nothing}
    </div>`;
  }

  private renderSuggestions() {
    const t = this.localize;
    const suggestions = this.store.deflection.suggestions;
    if (!suggestions.length) return nothing;
    return html`<section class="box suggestions" part="suggestions" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">${t.t('tickets.deflection.title')}</h3>
      <ul>
        ${suggestions.map(
          (article, index) => html`<li class="suggestion">
            <button type="button" class="link" part="suggestion" id=${`suggestion-${index}`} @click=${() => this.openArticle(article.id)}>
              ${article.title}
            </button>
            <button
              type="button"
              class="secondary small"
              part="solved-button"
              aria-describedby=${`suggestion-${index}`}
              @click=${() => this.deflect(article.id)}
            >
              ${t.t('tickets.deflection.solved')}
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderSummary(invalid: string[]) {
    const t = this.localize;
    return html`<div class="summary" part="error-summary" role="group" aria-labelledby="summary-title">
      <h3 id="summary-title">${t.t('tickets.form.summary', { count: invalid.length })}</h3>
      <ul>
        ${invalid.map((id) => {
          const field = this.store.field(id)!;
          const error = this.store.errorFor(id, true);
          return html`<li>
            <button type="button" class="link" @click=${() => this.focusField(id)}>${this.labelText(field)}: ${error ? this.t(error) : ''}</button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderDuplicatePrompt() {
    const store = this.store;
    const duplicate = store.duplicate;
    const t = this.localize;
    if (!duplicate || store.status !== 'duplicate') return nothing;
    const params = { number: duplicate.number, subject: duplicate.subject };
    return html`<section class="box warning" part="duplicate-prompt" aria-labelledby="duplicate-title">
        <h3 id="duplicate-title" tabindex="-1">${t.t('tickets.duplicate.title')}</h3>
        <p>${t.t('tickets.duplicate.body', { ...params, status: t.t(`tickets.status.${duplicate.status}`), time: t.relativeTime(duplicate.updatedAt) })}</p>
        <div class="actions">
          <button type="button" class="primary" part="append-button" @click=${() => this.chooseDuplicate('append')}>
            ${t.t('tickets.form.append', params)}
          </button>
          <button type="button" class="secondary" part="create-anyway" @click=${() => this.chooseDuplicate('new')}>
            ${t.t('tickets.duplicate.createNew')}
          </button>
          <button type="button" class="link" @click=${() => store.chooseDuplicate('ask')}>${t.t('tickets.duplicate.back')}</button>
        </div>
      </section>`;
  }

  private renderDuplicateNotice() {
    const store = this.store;
    const duplicate = store.duplicate;
    const t = this.localize;
    if (!duplicate || store.status === 'duplicate') return nothing;
    const params = { number: duplicate.number, subject: duplicate.subject };
    const appending = store.duplicateChoice === 'append';
    return html`<div class="box" part="duplicate">
      <p class="notice">${icons.info}<span>${t.t(appending ? 'tickets.duplicate.noticeAppend' : 'tickets.duplicate.notice', params)}</span></p>
      <div class="actions">
        ${appending
          ? html`<button type="button" class="link" @click=${() => store.chooseDuplicate('new')}>${t.t('tickets.duplicate.createNew')}</button>`
          : html`<button type="button" class="link" @click=${() => store.chooseDuplicate('append')}>${t.t('tickets.duplicate.useIt', params)}</button>`}
      </div>
    </div>`;
  }

  private renderForm() {
    const store = this.store;
    const t = this.localize;
    const category = store.category;
    const invalid = store.attempted ? store.invalidFields() : [];
    const submitting = store.status === 'submitting';
    const appending = Boolean(store.duplicate) && store.duplicateChoice === 'append';
    return html`<form class="stack" part="form" novalidate @submit=${this.onSubmit} @paste=${this.onPaste}>
      <h2 part="title">${t.t('tickets.form.title')}</h2>
      ${invalid.length ? this.renderSummary(invalid) : nothing}
      ${store.submitError
        ? html`<div class="box danger" part="submit-error" role="alert" tabindex="-1">
            <p><strong>${t.t('tickets.form.submitError')}</strong> ${t.error(store.submitError)}</p>
            <p class="small">${t.t('tickets.form.retryHint')}</p>
            <div class="actions"><button type="submit" class="secondary">${t.t('common.retry')}</button></div>
          </div>`
        : nothing}
      <div class="field" part="field" data-field="category">
        <label part="label" for="f-category">${t.t('tickets.form.category')}</label>
        <select id="f-category" part="input category" aria-describedby=${category?.description ? 'f-category-help' : nothing} @change=${(event: Event) => store.selectCategory((event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!category} disabled>${t.t('tickets.form.categoryPlaceholder')}</option>
          ${store.definition?.categories.map((option) => html`<option value=${option.id} ?selected=${option.id === store.categoryId}>${option.name}</option>`)}
        </select>
        ${category?.description ? html`<p class="muted small" part="help" id="f-category-help" dir="auto">${category.description}</p>` : nothing}
      </div>
      ${category
        ? html`
            <!-- A known incident in this topic ("you may not need a ticket"); integrators may slot their own. -->
            <div class="incident" part="incident" data-category=${category.id} data-incident-tags=${category.incidentTags.join(' ')}>
              <slot name="incident" @slotchange=${this.onIncidentSlotChange}></slot>
              ${!this.incidentSlotted && category.incidentTags.length && this.adapters.value?.status
                ? html`<lb-incident-notice variant="ticket" .adapter=${this.adapters.value} .tags=${category.incidentTags} exportparts="base: incident-notice"></lb-incident-notice>`
                : nothing}
            </div>
            ${this.renderDuplicateNotice()}
            ${store.conversationId ? html`<p class="notice muted" part="conversation">${icons.chat}<span>${t.t('tickets.form.conversation')}</span></p>` : nothing}
            ${store.visible.map((field) => this.renderField(field))}
            <div class="footer" part="footer">
              <span class="muted small" part="draft-status">
                ${store.draftSavedAt
                  ? store.draftRestored
                    ? t.t('tickets.form.draftRestored', { time: this.draftTime(store.draftSavedAt) })
                    : t.t('tickets.form.draftSaved')
                  : nothing}
              </span>
              <div class="actions">
                ${store.draftSavedAt
                  ? html`<button type="button" class="link" part="discard-button" @click=${() => store.discardDraft()}>${t.t('tickets.form.discard')}</button>`
                  : nothing}
                <button type="submit" class="primary" part="submit-button" aria-disabled=${submitting ? 'true' : 'false'}>
                  ${submitting
                    ? t.t('tickets.form.submitting')
                    : appending
                      ? t.t('tickets.form.append', { number: store.duplicate!.number })
                      : t.t('tickets.form.submit')}
                </button>
              </div>
            </div>
            ${this.renderDuplicatePrompt()}
          `
        : nothing}
    </form>`;
  }

  private renderSuccess() {
    const store = this.store;
    const t = this.localize;
    const ticket = store.created ?? store.appendedTo!;
    const minutes = ticket.expectedResponseMinutes ?? store.category?.expectedResponseMinutes;
    const duration = minutes === undefined
      ? undefined
      : minutes < 120
        ? t.number(minutes, { style: 'unit', unit: 'minute', unitDisplay: 'long' })
        : minutes < 48 * 60
          ? t.number(Math.round(minutes / 60), { style: 'unit', unit: 'hour', unitDisplay: 'long' })
          : t.number(Math.round(minutes / 1440), { style: 'unit', unit: 'day', unitDisplay: 'long' });
    return html`<section class="stack done" part="success" aria-labelledby="success-title">
      ${icons.check}
      <h2 id="success-title" tabindex="-1">
        ${t.t(store.created ? 'tickets.success.created' : 'tickets.success.appended', { number: ticket.number })}
      </h2>
      ${duration ? html`<p part="response-time">${t.t('tickets.success.response', { duration })}</p>` : nothing}
      ${store.chatNotAttached ? html`<p class="notice" part="chat-not-attached" role="note">${icons.chat}<span>${t.t('tickets.success.chatNotAttached')}</span></p>` : nothing}
      <h3>${t.t('tickets.success.next')}</h3>
      <ol class="next-steps" part="next-steps">
        <li>${t.t(this.emailKnown ? 'tickets.success.step1' : 'tickets.success.step1NoEmail')}</li>
        <li>${t.t('tickets.success.step2')}</li>
        <li>${t.t('tickets.success.step3')}</li>
      </ol>
      <div class="actions">
        <button type="button" class="primary" part="view-ticket" @click=${() => this.viewTicket(ticket.id)}>${t.t('tickets.success.view')}</button>
        <button type="button" class="secondary" part="new-ticket" @click=${() => this.startOver()}>${t.t('tickets.success.another')}</button>
      </div>
    </section>`;
  }

  private renderDeflected() {
    const t = this.localize;
    return html`<section class="stack done" part="deflected" aria-labelledby="deflected-title">
      ${icons.check}
      <h2 id="deflected-title" tabindex="-1">${t.t('tickets.deflected.title')}</h2>
      <p>${t.t('tickets.deflected.body')}</p>
      <div class="actions">
        <button type="button" class="primary" part="resume-button" @click=${() => this.store.resume()}>${t.t('tickets.deflected.resume')}</button>
        <button type="button" class="secondary" part="discard-button" @click=${() => this.startOver()}>${t.t('tickets.deflected.discard')}</button>
      </div>
    </section>`;
  }

  override render() {
    const store = this.store;
    const t = this.localize;
    let body;
    if (store.status === 'loading') body = html`<p class="muted" role="status">${t.t('tickets.form.loading')}</p>`;
    else if (store.status === 'load-error') {
      body = html`<div class="box danger" role="alert" part="load-error">
        <p>${t.error(store.loadError, 'unavailable')}</p>
        <div class="actions"><button type="button" class="secondary" @click=${() => void store.load(this.categoryId)}>${t.t('common.retry')}</button></div>
      </div>`;
    } else if (store.status === 'success') body = this.renderSuccess();
    else if (store.status === 'deflected') body = this.renderDeflected();
    else body = this.renderForm();
    return html`<div class="base" part="base" @keydown=${allow} @pointerdown=${allow}>
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

/** Field types whose values (ids, hashes, addresses, amounts) read left to right in every language. */
const LTR_TYPES = new Set(['uid', 'tx-hash', 'address', 'amount']);

/** Typing or clicking in the form is the user's interaction: drafts may be stored from now on. */
const allow = () => storageGate.allow();

/** One zone-name formatter per locale: built once, not on every render of a date-and-time field. */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The device's time zone, named in `locale` ("Singapore Standard Time", "新加坡标准时间"). */
function timeZoneName(locale: string): string {
  try {
    let format = zoneFormats.get(locale);
    if (!format) zoneFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { timeZoneName: 'long' })));
    return format.formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}
