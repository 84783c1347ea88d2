import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { emit, type LbEvent } from '../../core/events.js';
import { LocalizeController } from '../../core/i18n.js';
import { isolated } from '../../core/bidi.js';
import type { OfficialCheck } from '../../core/official-check.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import { linkInterstitialStyles } from './link-interstitial.styles.js';

declare module '../../core/events.js' {
  interface LbEventDetails {
    /** The user chose "Open anyway" on the leaving-the-site warning. */
    'lb-link-open': { url: string };
    /** The user chose "Go back" (or pressed Escape) on the leaving-the-site warning. */
    'lb-link-cancel': { url: string };
  }
}

declare global {
  interface HTMLElementEventMap {
    'lb-link-open': LbEvent<'lb-link-open'>;
    'lb-link-cancel': LbEvent<'lb-link-cancel'>;
  }
}

export type LinkChoice = 'open' | 'back';

/**
 * The warning shown before a link outside the official domains opens: where it really goes (the
 * host in large type, its punycode form when it is an internationalized name), a stronger warning
 * when it imitates an official site, and two choices — "Go back" (the default, focused first,
 * also Escape) and "Open anyway". A modal `<dialog>` in the top layer: focus stays inside until
 * the user decides, then returns to the link. `interceptLinkClick` creates and removes it.
 *
 * @summary "You are leaving our official site" warning for outside links.
 *
 * @csspart dialog - The modal dialog.
 * @csspart title - The heading.
 * @csspart destination - The destination host.
 * @csspart ascii - The punycode form of an internationalized host.
 * @csspart lookalike-warning - The warning for a site imitating an official one.
 * @csspart full-url - The full link.
 * @csspart back-button - "Go back".
 * @csspart open-button - "Open anyway".
 *
 * @cssprop --lb-color-warning - Heading colour.
 * @cssprop --lb-color-danger - Heading and warning colour for lookalikes.
 * @cssprop --lb-shadow - Dialog shadow.
 *
 * @fires lb-link-open - The user chose to open the link. `detail.url`.
 * @fires lb-link-cancel - The user went back. `detail.url`.
 */
export class LbLinkInterstitial extends LitElement {
  static override styles = [tokens, base, linkInterstitialStyles];

  private readonly localize = new LocalizeController(this);

  /** The link the user clicked. */
  @property() url = '';
  /** The official-channel check of the link (shows the lookalike warning). */
  @property({ attribute: false }) check?: OfficialCheck;
  /** Whether the dialog is shown. */
  @property({ type: Boolean, reflect: true }) open = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('[part="back-button"]') private backButton?: HTMLButtonElement;

  private resolveChoice?: (choice: LinkChoice) => void;

  /** Opens the warning; resolves with the user's choice. */
  show(): Promise<LinkChoice> {
    this.open = true;
    return new Promise((resolve) => {
      this.resolveChoice = resolve;
    });
  }

  override updated(changed: PropertyValues<this>): void {
    const dialog = this.dialog;
    if (!changed.has('open') || !dialog) return;
    if (this.open && !dialog.open) {
      dialog.showModal();
      this.backButton?.focus();
    } else if (!this.open && dialog.open) dialog.close();
  }

  private choose(choice: LinkChoice) {
    if (!this.open) return;
    this.open = false;
    emit(this, choice === 'open' ? 'lb-link-open' : 'lb-link-cancel', { url: this.url });
    this.resolveChoice?.(choice);
    this.resolveChoice = undefined;
  }

  private onKeydown(event: KeyboardEvent) {
    // Escape means "Go back"; stop it here so the panel around us does not close too.
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.choose('back');
    }
    // The modal dialog keeps Tab inside itself; a focus trap around it (the mobile panel) must not interfere.
    if (event.key === 'Tab') event.stopPropagation();
  }

  private onCancel(event: Event) {
    event.preventDefault();
    this.choose('back');
  }

  private host(): { display: string; ascii?: string } {
    if (this.check?.kind === 'url' && this.check.display) return { display: this.check.display, ascii: this.check.ascii };
    try {
      return { display: new URL(this.url).hostname };
    } catch {
      return { display: this.url };
    }
  }

  override render() {
    const t = this.localize;
    const { display, ascii } = this.host();
    const lookalike = this.check?.verdict === 'lookalike';
    return html`
      <dialog
        part="dialog"
        aria-labelledby="title"
        aria-describedby="description"
        dir=${t.dir}
        lang=${t.locale}
        @keydown=${this.onKeydown}
        @cancel=${this.onCancel}
      >
        <div class="body">
          <h2 id="title" class="title ${lookalike ? 'lookalike' : ''}" part="title">${icons.warning}<span>${t.t('safety.link.title')}</span></h2>
          <div id="description" class="body">
            <strong class="destination" part="destination" dir="ltr">${display}</strong>
            ${ascii ? html`<p class="ascii" part="ascii">${isolated((p) => t.t('safety.verify.ascii', p), { ascii }, ['ascii'])}</p>` : nothing}
            ${lookalike
              ? html`<p class="lookalike-warning" part="lookalike-warning">${isolated((p) => t.t('safety.link.lookalike', p), { host: display, matched: this.check?.matched ?? '' }, ['host', 'matched'])}</p>`
              : html`<p>${isolated((p) => t.t('safety.link.body', p), { host: display }, ['host'])}</p>`}
            <p>${t.t('safety.link.advice')}</p>
            <p class="full-url" part="full-url">${isolated((p) => t.t('safety.link.fullUrl', p), { url: this.url }, ['url'])}</p>
          </div>
          <div class="actions">
            <button type="button" class="button" part="open-button" @click=${() => this.choose('open')}>${t.t('safety.link.open')}</button>
            <button type="button" class="button primary" part="back-button" autofocus @click=${() => this.choose('back')}>${t.t('safety.link.back')}</button>
          </div>
        </div>
      </dialog>
    `;
  }
}
