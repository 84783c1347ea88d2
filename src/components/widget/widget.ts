import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { SupportAdapter } from '../../adapters/contract.js';
import type { User } from '../../adapters/schemas.js';
import { emit, type CloseSource, type NavigateParams, type ViewId } from '../../core/events.js';
// The launcher loads before any interaction: only the store and its own few messages, not the full catalogue.
import { i18n, LocalizeController } from '../../core/i18n-store.js';
import { widget as widgetMessages } from '../../i18n/en/widget.js';
import { storageGate } from '../../core/storage.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import { widgetStyles } from './widget.styles.js';
import type { LbPanel } from '../panel/panel.js';

/** An adapter, or a function that loads one when the panel is first needed (keeps it out of the first load). */
export type AdapterSource = SupportAdapter | (() => Promise<SupportAdapter>);

i18n.register('en', widgetMessages);

let panelModule: Promise<unknown> | undefined;
/** Loads the panel's code once; called on intent (hover, focus, touch) and on open. */
export function preloadPanel(): Promise<unknown> {
  panelModule ??= import('../panel/define.js');
  return panelModule;
}

/**
 * The support widget: a launcher bubble that opens the support panel. Only the launcher's code runs
 * before the user shows intent (hover, focus, touch, click or an API call); the panel, the adapter
 * and the views load then.
 *
 * @summary Launcher bubble and support panel.
 *
 * @slot launcher-icon - Custom content for the launcher bubble (defaults to a chat icon).
 *
 * @csspart launcher - The launcher bubble button.
 * @csspart badge - The unread count on the launcher.
 * @csspart panel - The support panel (`<lb-panel>`), which exports its own parts.
 *
 * @cssprop --lb-color-primary - Brand colour (launcher, buttons, links).
 * @cssprop --lb-color-on-primary - Text and icons on the brand colour.
 * @cssprop --lb-launcher-size - Diameter of the launcher bubble.
 * @cssprop --lb-launcher-offset-x - Distance of the launcher from the left/right edge.
 * @cssprop --lb-launcher-offset-y - Distance of the launcher from the bottom edge.
 * @cssprop --lb-launcher-background - Launcher background (defaults to the primary colour).
 * @cssprop --lb-launcher-color - Launcher icon colour.
 * @cssprop --lb-z-index - Stacking order of the launcher and panel.
 * @cssprop --lb-panel-width - Panel width on large screens.
 * @cssprop --lb-panel-height - Panel maximum height on large screens.
 *
 * @fires lb-open - The panel opened. `detail.view` is the view shown.
 * @fires lb-close - The panel closed. `detail.source` says how.
 * @fires lb-request-close - Cancelable; fired before a user-initiated close. `preventDefault()` keeps the panel open.
 * @fires lb-unread-change - The unread count changed. `detail.count`.
 */
export class LbWidget extends LitElement {
  static override styles = [tokens, base, widgetStyles];

  private readonly localize = new LocalizeController(this);

  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The view shown in the panel. */
  @property() view: ViewId = 'home';

  /** Parameters of the current view (prefilled query, article id…). */
  @property({ attribute: false }) params: NavigateParams = {};

  /** Corner of the launcher: `bottom-right` or `bottom-left`. */
  @property({ reflect: true }) position: 'bottom-right' | 'bottom-left' = 'bottom-right';

  /** The backend adapter, or a function that loads it lazily. */
  @property({ attribute: false }) adapter?: AdapterSource;

  /** The identified user; shown (name, anti-phishing code) and passed to the adapter. */
  @property({ attribute: false }) user: User | null = null;

  /** Number of unread messages shown on the launcher. */
  @property({ type: Number }) unread = 0;

  /** Set when the host page has the user's consent to store data before any interaction. */
  @property({ type: Boolean }) consent = false;

  @state() private panelReady = false;

  @query('.launcher') private launcher!: HTMLButtonElement;
  @query('lb-panel') private panel?: LbPanel;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.consent) storageGate.allow();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('consent') && this.consent) storageGate.allow();
    if (changed.has('unread') && changed.get('unread') !== undefined) {
      emit(this, 'lb-unread-change', { count: this.unread });
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) void this.ensurePanel();
  }

  /** Opens the panel, optionally on a view. Resolves when the panel is shown. */
  async show(view?: ViewId, params: NavigateParams = {}): Promise<void> {
    if (view) this.navigate(view, params);
    if (!this.open) {
      this.open = true;
      await this.ensurePanel();
      await this.updateComplete;
      emit(this, 'lb-open', { view: this.view });
    }
    this.panel?.focusInitial();
  }

  /** Closes the panel. Returns false when a listener cancelled `lb-request-close`. */
  async hide(source: CloseSource = 'api'): Promise<boolean> {
    if (!this.open) return true;
    if (source !== 'api' && !emit(this, 'lb-request-close', { source }, { cancelable: true })) return false;
    const panelHadFocus = this.panel?.matches(':focus-within') ?? false;
    this.open = false;
    await this.updateComplete;
    // Focus returns to the launcher only when it was inside the panel; never steal it from the page.
    if (panelHadFocus || source !== 'api') this.launcher.focus();
    emit(this, 'lb-close', { source });
    return true;
  }

  async toggle(): Promise<void> {
    if (this.open) await this.hide('launcher');
    else await this.show();
  }

  /** Switches the panel to a view without opening it. */
  navigate(view: ViewId, params: NavigateParams = {}): void {
    this.view = view;
    this.params = params;
  }

  /** Marks the user's first interaction: storage may be written from now on. */
  private interacted = () => {
    storageGate.allow();
  };

  private async ensurePanel(): Promise<void> {
    await preloadPanel();
    this.panelReady = true;
    await this.updateComplete;
    await this.panel?.updateComplete;
  }

  private onLauncherClick() {
    this.interacted();
    void this.toggle();
  }

  private onPanelClose = (event: CustomEvent<{ source: CloseSource }>) => {
    event.stopPropagation();
    void this.hide(event.detail.source);
  };

  private onNavigate = (event: CustomEvent<{ view: ViewId; params: NavigateParams }>) => {
    this.navigate(event.detail.view, event.detail.params);
  };

  private onUnread = (event: CustomEvent<{ count: number }>) => {
    if (event.target === this) return;
    event.stopPropagation();
    this.unread = event.detail.count;
  };

  override render() {
    const t = this.localize;
    const label = this.open ? t.t('widget.launcher.close') : t.t('widget.launcher.open');
    const unreadLabel = this.unread > 0 ? t.t('widget.launcher.unread', { count: this.unread }) : '';
    return html`
      <button
        class="launcher"
        part="launcher"
        type="button"
        aria-label=${unreadLabel ? `${label}, ${unreadLabel}` : label}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.onLauncherClick}
        @pointerenter=${preloadPanel}
        @focus=${preloadPanel}
        @touchstart=${preloadPanel}
      >
        <slot name="launcher-icon">${this.open ? icons.close : icons.chat}</slot>
        ${this.unread > 0 ? html`<span class="badge" part="badge" aria-hidden="true">${this.unread > 99 ? '99+' : this.unread}</span>` : nothing}
      </button>
      ${this.panelReady
        ? html`<lb-panel
            id="panel"
            part="panel"
            exportparts="base: panel-base, header: panel-header, body: panel-body, nav: panel-nav"
            ?hidden=${!this.open}
            .open=${this.open}
            .anchor=${this.launcher}
            .placement=${this.position === 'bottom-left' ? 'top-start' : 'top-end'}
            .view=${this.view}
            .params=${this.params}
            .user=${this.user}
            .adapterSource=${this.adapter}
            @lb-panel-close=${this.onPanelClose}
            @lb-navigate=${this.onNavigate}
            @lb-unread-change=${this.onUnread}
            @pointerdown=${this.interacted}
            @keydown=${this.interacted}
          ></lb-panel>`
        : nothing}
    `;
  }
}
