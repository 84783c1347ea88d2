import type { SupportAdapter } from '../../adapters/contract.js';
import type { User } from '../../adapters/schemas.js';
import { emit, type CloseSource, type NavigateParams, type ViewId } from '../../core/events.js';
// The launcher loads before any interaction: the i18n store and its own few messages only.
import { i18n } from '../../core/i18n-store.js';
import { storageGate } from '../../core/storage.js';
import { showInTopLayer } from '../../core/top-layer.js';
import { hasFocusWithin } from '../../core/focus-within.js';
import { launcher as launcherMessages } from '../../i18n/en/launcher.js';
import { baseCss, tokensCss } from '../../styles/tokens-css.js';
import { widgetCss } from './widget.styles.js';
import type { LbPanel } from '../panel/panel.js';

i18n.register('en', launcherMessages);

/** An adapter, or a function that loads one when the panel is first needed (keeps it out of the first load). */
export type AdapterSource = SupportAdapter | (() => Promise<SupportAdapter>);

let panelModule: Promise<unknown> | undefined;
/** Loads the panel's code once; called on intent (hover, focus, touch) and on open. */
export function preloadPanel(): Promise<unknown> {
  panelModule ??= import('../panel/define.js');
  return panelModule;
}

let sheet: CSSStyleSheet | undefined;
function launcherSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(tokensCss + baseCss + widgetCss);
  }
  return sheet;
}

const ICON = (path: string) =>
  `<svg viewBox="0 0 24 24" width="26" height="26" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${path}</svg>`;
const TEMPLATE = `<button class="launcher" part="launcher" type="button" aria-expanded="false" aria-controls="panel" popover="manual">
  <slot name="launcher-icon"><span class="when-closed">${ICON('<path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/>')}</span><span class="when-open">${ICON('<path d="M6 6l12 12M18 6L6 18"/>')}</span></slot>
  <span class="badge" part="badge" aria-hidden="true" hidden></span>
</button>
<span class="live" role="status" aria-live="polite"></span>`;

/**
 * The support widget: a launcher bubble that opens the support panel. It is deliberately not a Lit
 * element: it is all that runs before the user shows intent, within an 8 KB budget that Lit alone
 * would nearly fill. The panel (Lit, floating-ui, the adapter and the views) loads on hover, focus,
 * touch, click or an API call.
 *
 * @summary Launcher bubble and support panel.
 *
 * @slot launcher-icon - Custom content for the launcher bubble (defaults to a chat icon).
 *
 * @csspart launcher - The launcher bubble button.
 * @csspart badge - The unread count on the launcher.
 * @csspart panel - The support panel (`<lb-panel>`); its own parts are exported as `panel-base`, `panel-header`, `panel-body`, `panel-nav`.
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
export class LbWidget extends HTMLElement {
  static observedAttributes = ['open', 'position', 'view', 'unread', 'consent'];

  private readonly root: ShadowRoot;
  private readonly launcher: HTMLButtonElement;
  private readonly badge: HTMLElement;
  /** Announces new messages while the panel is closed (the panel's own live regions are hidden then). */
  private readonly live: HTMLElement;
  private panel?: LbPanel;
  private panelLoad?: Promise<void>;
  private currentView: ViewId = 'home';
  private currentParams: NavigateParams = {};
  private currentUser: User | null = null;
  private adapterSource?: AdapterSource;
  private unreadCount = 0;
  private unsubscribeLocale?: () => void;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [launcherSheet()];
    this.root.innerHTML = TEMPLATE;
    this.launcher = this.root.querySelector('.launcher')!;
    this.badge = this.root.querySelector('.badge')!;
    this.live = this.root.querySelector('.live')!;
    this.launcher.addEventListener('click', () => {
      this.interacted();
      void this.toggle('launcher');
    });
    for (const type of ['pointerenter', 'focus', 'touchstart']) {
      this.launcher.addEventListener(type, () => void preloadPanel(), { passive: true });
    }
  }

  connectedCallback(): void {
    if (this.consent) storageGate.allow();
    showInTopLayer(this.launcher);
    this.unsubscribeLocale = i18n.subscribe(() => this.renderLabels());
    this.renderLabels();
  }

  disconnectedCallback(): void {
    this.unsubscribeLocale?.();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'open') {
      this.launcher.setAttribute('aria-expanded', String(value !== null));
      this.renderLabels();
      if (value !== null) void this.ensurePanel();
      if (this.panel) {
        this.panel.open = value !== null;
        this.panel.hidden = value === null;
      }
    } else if (name === 'position' && this.panel) {
      this.panel.placement = this.position === 'bottom-left' ? 'top-start' : 'top-end';
    } else if (name === 'view' && value) {
      this.navigate(value as ViewId, {});
    } else if (name === 'unread') {
      this.unread = Number(value) || 0;
    } else if (name === 'consent' && value !== null) {
      storageGate.allow();
    }
  }

  /** Whether the panel is open. */
  get open(): boolean {
    return this.hasAttribute('open');
  }
  set open(value: boolean) {
    this.toggleAttribute('open', Boolean(value));
  }

  /** Corner of the launcher: `bottom-right` (default) or `bottom-left`. */
  get position(): 'bottom-right' | 'bottom-left' {
    return this.getAttribute('position') === 'bottom-left' ? 'bottom-left' : 'bottom-right';
  }
  set position(value: 'bottom-right' | 'bottom-left') {
    this.setAttribute('position', value);
  }

  /** The view shown in the panel. */
  get view(): ViewId {
    return this.currentView;
  }
  set view(value: ViewId) {
    this.navigate(value, this.currentParams);
  }

  /** Parameters of the current view (prefilled query, article id…). */
  get params(): NavigateParams {
    return this.currentParams;
  }
  set params(value: NavigateParams) {
    this.navigate(this.currentView, value);
  }

  /** The backend adapter, or a function that loads it lazily. */
  get adapter(): AdapterSource | undefined {
    return this.adapterSource;
  }
  set adapter(value: AdapterSource | undefined) {
    this.adapterSource = value;
    if (this.panel) this.panel.adapterSource = value;
  }

  /** The identified user; shown (name, anti-phishing code) and passed to the adapter. */
  get user(): User | null {
    return this.currentUser;
  }
  set user(value: User | null) {
    this.currentUser = value;
    if (this.panel) this.panel.user = value;
  }

  /** Number of unread messages shown on the launcher. */
  get unread(): number {
    return this.unreadCount;
  }
  set unread(value: number) {
    const count = Math.max(0, Math.floor(Number(value) || 0));
    if (count === this.unreadCount) return;
    const more = count > this.unreadCount;
    this.unreadCount = count;
    if (more && !this.open) this.live.textContent = i18n.t('widget.launcher.unread', { count });
    this.renderLabels();
    emit(this, 'lb-unread-change', { count });
  }

  /** True when the host page has the user's consent to store data before any interaction. */
  get consent(): boolean {
    return this.hasAttribute('consent');
  }
  set consent(value: boolean) {
    this.toggleAttribute('consent', Boolean(value));
  }

  /** Resolves when the launcher and (if loaded) the panel have rendered. */
  get updateComplete(): Promise<boolean> {
    return (this.panel?.updateComplete ?? Promise.resolve(true)) as Promise<boolean>;
  }

  /**
   * Opens the panel, optionally on a view, and moves focus into it unless `focus: false` (an open
   * the page decides on its own, such as `init({ open })` during load, must not take focus from
   * what the user is doing). Resolves when the panel is shown.
   */
  async show(view?: ViewId, params: NavigateParams = {}, { focus = true }: { focus?: boolean } = {}): Promise<void> {
    if (view) this.navigate(view, params);
    if (!this.open) {
      this.open = true;
      await this.ensurePanel();
      emit(this, 'lb-open', { view: this.currentView });
    } else await this.ensurePanel();
    if (focus) this.panel?.focusInitial();
  }

  /** Closes the panel. Returns false when a listener cancelled `lb-request-close`. */
  async hide(source: CloseSource = 'api'): Promise<boolean> {
    if (!this.open) return true;
    if (source !== 'api' && !emit(this, 'lb-request-close', { source }, { cancelable: true })) return false;
    const panelHadFocus = this.panel ? hasFocusWithin(this.panel) : false;
    this.open = false;
    // Focus returns to the launcher only when it was inside the panel; never steal it from the page.
    if (panelHadFocus || source !== 'api') this.launcher.focus();
    emit(this, 'lb-close', { source });
    return true;
  }

  async toggle(source: CloseSource = 'api'): Promise<void> {
    if (this.open) await this.hide(source);
    else await this.show();
  }

  /** Switches the panel to a view without opening it. */
  navigate(view: ViewId, params: NavigateParams = {}): void {
    this.currentView = view;
    this.currentParams = params;
    if (this.panel) {
      this.panel.view = view;
      this.panel.params = params;
    }
  }

  /** The user's first interaction: storage may be written from now on. */
  private interacted = () => storageGate.allow();

  private renderLabels(): void {
    const open = this.open;
    const label = i18n.t(open ? 'widget.launcher.close' : 'widget.launcher.open');
    const unread = this.unreadCount;
    this.launcher.setAttribute('aria-label', unread > 0 ? `${label}, ${i18n.t('widget.launcher.unread', { count: unread })}` : label);
    this.badge.hidden = unread === 0;
    this.badge.textContent = unread > 99 ? '99+' : String(unread);
  }

  private ensurePanel(): Promise<void> {
    this.panelLoad ??= preloadPanel().then(() => {
      const panel = document.createElement('lb-panel') as LbPanel;
      panel.id = 'panel';
      panel.setAttribute('part', 'panel');
      panel.setAttribute('exportparts', 'base: panel-base, header: panel-header, body: panel-body, nav: panel-nav');
      panel.anchor = this.launcher;
      panel.placement = this.position === 'bottom-left' ? 'top-start' : 'top-end';
      panel.view = this.currentView;
      panel.params = this.currentParams;
      panel.user = this.currentUser;
      panel.adapterSource = this.adapter;
      panel.open = this.open;
      panel.hidden = !this.open;
      panel.addEventListener('lb-panel-close', (event) => {
        event.stopPropagation();
        void this.hide(event.detail.source);
      });
      panel.addEventListener('lb-navigate', (event) => this.navigate(event.detail.view, event.detail.params));
      panel.addEventListener('lb-unread-change', (event) => {
        event.stopPropagation();
        this.unread = event.detail.count;
      });
      panel.addEventListener('pointerdown', this.interacted);
      panel.addEventListener('keydown', this.interacted);
      this.root.appendChild(panel);
      this.panel = panel;
    });
    return this.panelLoad.then(() => this.panel!.updateComplete.then(() => undefined));
  }
}
