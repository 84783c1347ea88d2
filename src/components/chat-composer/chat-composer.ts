import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { SupportAdapter } from '../../adapters/contract.js';
import type { Attachment } from '../../adapters/schemas.js';
import { AdapterController } from '../../core/adapter-controller.js';
import { UploadQueue, fileType, type Rejection } from '../../core/chat/uploads.js';
import { LocalizeController } from '../../core/i18n.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import { composerStyles } from './chat-composer.styles.js';

declare global {
  interface HTMLElementEventMap {
    'lb-composer-submit': CustomEvent<{ text: string; attachments: Attachment[] }>;
    'lb-composer-typing': CustomEvent<{ typing: boolean }>;
  }
}

const sendIcon = svg`<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M4 12l16-8-6 16-2.5-6.5z"/><path d="M11.5 13.5L20 4"/></svg>`;

/** Most characters a message may have (the adapter contract's limit). */
const MAX_LENGTH = 20_000;

/**
 * The live chat's message box: multiline text where Enter sends and Shift+Enter adds a line
 * (never while an input method is composing, so Chinese, Japanese or Korean input is safe), and
 * images or PDF files attached with the button, by pasting a screenshot or by dropping files —
 * checked against the adapter's limits, uploaded with progress, each cancellable and retryable.
 * The text stays until the owner calls `clear()`, so nothing is lost when sending is refused.
 *
 * @summary Message composer of the live chat.
 *
 * @csspart base - The composer.
 * @csspart input - The text area.
 * @csspart attach-button - Opens the file chooser.
 * @csspart send-button - Sends the message.
 * @csspart attachments - The list of attached files.
 * @csspart attachment - One attached file.
 * @csspart progress - An upload's progress bar.
 * @csspart error - Why a file was refused or failed.
 * @csspart hint - The keyboard hint.
 *
 * @cssprop --lb-color-primary - Send button colour.
 *
 * @fires lb-composer-submit - The user sent. `detail.text`, `detail.attachments` (uploaded).
 * @fires lb-composer-typing - The user typed (`detail.typing` true) or the box was emptied (false).
 */
export class LbChatComposer extends LitElement {
  static override styles = [tokens, base, composerStyles];

  private readonly localize = new LocalizeController(this);
  private readonly adapters = new AdapterController(this, () => this.requestUpdate());

  /** The backend adapter (for uploads); else the enclosing widget's or the page default. */
  @property({ attribute: false }) adapter?: SupportAdapter;
  /** The text in the box. */
  @property() value = '';
  /** Disables typing and sending. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private rejections: Rejection[] = [];
  @state() private dragging = false;

  @query('textarea') private textarea?: HTMLTextAreaElement;
  @query('input[type="file"]') private fileInput?: HTMLInputElement;

  private uploads?: UploadQueue;
  private uploadsApi?: unknown;
  private unsubscribeUploads?: () => void;
  private composing = false;
  private readonly previews = new Map<string, string>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeUploads?.();
    this.unsubscribeUploads = undefined;
    this.uploads?.clear();
    this.uploads = undefined;
    this.uploadsApi = undefined;
    this.revokePreviews(new Set());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapters.explicit = this.adapter;
    const api = this.adapters.value?.attachments;
    if (api !== this.uploadsApi) {
      this.uploadsApi = api;
      this.unsubscribeUploads?.();
      this.uploads?.clear();
      this.uploads = api ? new UploadQueue(api) : undefined;
      this.unsubscribeUploads = this.uploads?.subscribe(() => this.requestUpdate());
      void this.uploads?.loadLimits();
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.resize();
  }

  /** Moves focus to the text box. */
  override focus(options?: FocusOptions): void {
    this.textarea?.focus(options);
  }

  /** Empties the box and forgets the attachments (after the message was accepted). */
  clear(): void {
    this.value = '';
    if (this.textarea) this.textarea.value = '';
    this.uploads?.clear();
    this.rejections = [];
    this.resize();
    this.dispatchEvent(new CustomEvent('lb-composer-typing', { detail: { typing: false }, bubbles: true, composed: true }));
  }

  /** Attaches files as if dropped (checked against the limits first). */
  async addFiles(files: readonly File[]): Promise<void> {
    if (!this.uploads || this.disabled || !files.length) return;
    this.rejections = await this.uploads.add(files);
  }

  /** Sends, unless the box is empty or a file is still uploading or failed. */
  submit(): void {
    const text = this.textarea?.value ?? this.value;
    const uploads = this.uploads;
    if (this.disabled || uploads?.busy || uploads?.hasFailures) return;
    const attachments = uploads?.attachments ?? [];
    if (!text.trim() && !attachments.length) return;
    this.dispatchEvent(
      new CustomEvent('lb-composer-submit', { detail: { text: text.trim(), attachments }, bubbles: true, composed: true }),
    );
  }

  private onInput(event: InputEvent) {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.resize();
    this.dispatchEvent(new CustomEvent('lb-composer-typing', { detail: { typing: this.value.length > 0 }, bubbles: true, composed: true }));
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    // An input method is composing (or just finished, in Safari): Enter confirms the characters.
    if (event.isComposing || event.keyCode === 229 || this.composing) return;
    event.preventDefault();
    this.submit();
  }

  private onPaste(event: ClipboardEvent) {
    const files = Array.from(event.clipboardData?.files ?? []);
    if (!files.length || !this.uploads) return;
    if (!event.clipboardData?.types.includes('text/plain')) event.preventDefault();
    void this.addFiles(files);
  }

  private onDragOver(event: DragEvent) {
    if (!this.uploads || this.disabled || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDragLeave(event: DragEvent) {
    if (!(event.relatedTarget instanceof Node) || !this.renderRoot.contains(event.relatedTarget)) this.dragging = false;
  }

  private onDrop(event: DragEvent) {
    if (!this.uploads || !event.dataTransfer?.files.length) return;
    event.preventDefault();
    this.dragging = false;
    void this.addFiles(Array.from(event.dataTransfer.files));
  }

  private onFilesChosen() {
    const input = this.fileInput!;
    void this.addFiles(Array.from(input.files ?? []));
    input.value = '';
  }

  private resize() {
    const textarea = this.textarea;
    if (!textarea) return;
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight + 2, 160)}px`;
  }

  private preview(id: string, file: File): string | undefined {
    if (!fileType(file).startsWith('image/')) return undefined;
    let url = this.previews.get(id);
    if (!url) {
      url = URL.createObjectURL(file);
      this.previews.set(id, url);
    }
    return url;
  }

  private revokePreviews(keep: Set<string>) {
    for (const [id, url] of this.previews) {
      if (keep.has(id)) continue;
      URL.revokeObjectURL(url);
      this.previews.delete(id);
    }
  }

  private rejectionText(rejection: Rejection): string {
    const name = rejection.file.name || 'file';
    const limits = this.uploads?.limits;
    if (rejection.reason === 'size') return this.localize.t('chat.composer.tooLarge', { name, size: this.localize.fileSize(limits?.maxBytes ?? 0) });
    if (rejection.reason === 'count') return this.localize.t('chat.composer.tooMany', { count: limits?.maxCount ?? 0 });
    return this.localize.t('chat.composer.badType', { name });
  }

  private renderUploads() {
    const items = this.uploads?.items ?? [];
    this.revokePreviews(new Set(items.map((item) => item.id)));
    if (!items.length) return nothing;
    const t = this.localize;
    return html`<ul class="uploads" part="attachments" aria-label=${t.t('chat.composer.attachments')}>
      ${items.map((item) => {
        const name = item.file.name || 'file';
        const thumb = this.preview(item.id, item.file);
        return html`<li class="upload ${item.state}" part="attachment">
          ${thumb ? html`<img class="thumb" src=${thumb} alt="" />` : html`<span class="thumb file-icon">${icons.attach}</span>`}
          <span class="upload-text">
            <span class="name">${name}</span>
            ${item.state === 'uploading'
              ? html`<progress part="progress" max="100" .value=${Math.round(item.progress * 100)} aria-label=${t.t('chat.composer.progress', { name })}></progress>`
              : item.state === 'failed'
                ? html`<span class="error" part="error" role="alert">${t.t('chat.composer.failed', { name })}: ${t.error(item.error, 'network')}</span>`
                : html`<span class="size">${this.localize.fileSize(item.file.size)}</span>`}
          </span>
          ${item.state === 'failed'
            ? html`<button type="button" class="small" @click=${() => this.uploads?.retry(item.id)} aria-label=${t.t('chat.composer.retry', { name })}>${t.t('chat.retry')}</button>`
            : nothing}
          <button
            type="button"
            class="icon-button remove"
            @click=${() => this.uploads?.remove(item.id)}
            aria-label=${t.t(item.state === 'uploading' ? 'chat.composer.cancel' : 'chat.composer.remove', { name })}
          >
            ${icons.close}
          </button>
        </li>`;
      })}
    </ul>`;
  }

  override render() {
    const t = this.localize;
    const uploads = this.uploads;
    const hasText = this.value.trim().length > 0;
    const canSend = !this.disabled && !uploads?.busy && !uploads?.hasFailures && (hasText || (uploads?.attachments.length ?? 0) > 0);
    return html`
      <div
        class="composer ${this.dragging ? 'dragging' : ''}"
        part="base"
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        ${this.renderUploads()}
        ${this.rejections.length
          ? html`<div class="rejections" part="error" role="alert">
              <ul>
                ${this.rejections.map((rejection) => html`<li>${this.rejectionText(rejection)}</li>`)}
              </ul>
            </div>`
          : nothing}
        <div class="row">
          ${uploads
            ? html`<button
                  type="button"
                  class="icon-button attach"
                  part="attach-button"
                  aria-label=${t.t('chat.composer.attach')}
                  title=${t.t('chat.composer.attach')}
                  ?disabled=${this.disabled}
                  @click=${() => this.fileInput?.click()}
                >
                  ${icons.attach}
                </button>
                <input
                  type="file"
                  multiple
                  hidden
                  accept=${uploads.limits?.accept.join(',') ?? ''}
                  @change=${this.onFilesChosen}
                />`
            : nothing}
          <textarea
            part="input"
            rows="1"
            maxlength=${MAX_LENGTH}
            enterkeyhint="send"
            aria-label=${t.t('chat.composer.label')}
            aria-describedby="hint"
            placeholder=${t.t('chat.composer.placeholder')}
            .value=${this.value}
            ?disabled=${this.disabled}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @compositionstart=${() => (this.composing = true)}
            @compositionend=${() => (this.composing = false)}
            @paste=${this.onPaste}
          ></textarea>
          <button
            type="button"
            class="icon-button send"
            part="send-button"
            aria-label=${t.t('chat.composer.send')}
            title=${t.t('chat.composer.send')}
            aria-disabled=${canSend ? 'false' : 'true'}
            ?disabled=${this.disabled}
            @click=${() => this.submit()}
          >
            ${sendIcon}
          </button>
        </div>
        <p id="hint" class="hint" part="hint">${this.dragging ? t.t('chat.composer.drop') : t.t('chat.composer.hint')}</p>
      </div>
    `;
  }
}
