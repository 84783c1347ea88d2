import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';
import { ContextProvider } from '@lit/context';
import { AdapterError, capabilitiesOf, type SupportAdapter } from '../../adapters/contract.js';
import type { User } from '../../adapters/schemas.js';
import { validated } from '../../adapters/validated.js';
import { adapterContext, userContext } from '../../core/context.js';
import type { CloseSource, NavigateParams, ViewId } from '../../core/events.js';
import { LocalizeController } from '../../core/i18n.js';
import { FocusTrapController } from '../../core/focus-trap.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import { panelStyles } from './panel.styles.js';
import { showInTopLayer } from '../../core/top-layer.js';
import { hasFocusWithin } from '../../core/focus-within.js';
import { setOpenConversationHint } from '../../core/chat/open-hint.js';
import { forgetCurrentConversation, shareCurrentConversation } from '../../core/chat/current.js';
import { PANEL_PARTS, VIEWS, addExportparts, viewById, type ViewDescriptor } from './views.js';

const MOBILE_QUERY = '(max-width: 640px), (max-height: 500px)';

type LoadState = 'loading' | 'ready' | 'error';

declare global {
  interface HTMLElementEventMap {
    'lb-panel-close': CustomEvent<{ source: CloseSource }>;
  }
}

/**
 * The support panel shown by `<lb-widget>`: a header, the current view and a navigation bar.
 * Positioned next to its anchor with floating-ui; full screen on small viewports, following the
 * visual viewport so the on-screen keyboard never hides the input.
 *
 * @summary The panel of the support widget (used inside `<lb-widget>`).
 *
 * @csspart base - The panel surface.
 * @csspart header - The header bar.
 * @csspart title - The panel title.
 * @csspart back-button - Goes back to the previous view.
 * @csspart close-button - Closes the panel.
 * @csspart anti-phishing - The user's anti-phishing code.
 * @csspart body - The scrolling area that holds the views.
 * @csspart nav - The navigation bar.
 * @csspart nav-item - A navigation button.
 * @csspart error - An error message.
 *
 * @cssprop --lb-color-surface - Panel background.
 * @cssprop --lb-radius - Panel corner radius.
 * @cssprop --lb-shadow - Panel shadow.
 *
 * @fires lb-navigate - The user moved to another view. `detail.view`, `detail.params`.
 */
export class LbPanel extends LitElement {
  static override styles = [tokens, base, panelStyles];

  private readonly localize = new LocalizeController(this);
  private readonly adapterProvider = new ContextProvider(this, { context: adapterContext, initialValue: undefined });
  private readonly userProvider = new ContextProvider(this, { context: userContext, initialValue: null });
  private readonly focusTrap = new FocusTrapController(this, () => this.surface);

  /** Whether the panel is shown. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The element the panel is positioned against (the launcher). */
  @property({ attribute: false }) anchor?: HTMLElement;
  /** Preferred floating-ui placement relative to the anchor. */
  @property() placement: Placement = 'top-end';
  /** The view to show. */
  @property() view: ViewId = 'home';
  /** Parameters of the view. */
  @property({ attribute: false }) params: NavigateParams = {};
  /** The identified user. */
  @property({ attribute: false }) user: User | null = null;
  /** The backend adapter, or a function that loads it. Validated and provided to every view. */
  @property({ attribute: false }) adapterSource?: SupportAdapter | (() => Promise<SupportAdapter>);

  @state() private adapter?: SupportAdapter;
  @state() private adapterError?: AdapterError;

  @state() private mobile = false;
  @state() private loadStates = new Map<ViewId, LoadState>();
  @state() private visited = new Map<ViewId, NavigateParams>();

  @query('.surface') private surface!: HTMLElement;
  @query('.body') private body!: HTMLElement;

  private history: ViewId[] = [];
  private stopAutoUpdate?: () => void;
  private mediaQuery?: MediaQueryList;

  override connectedCallback(): void {
    super.connectedCallback();
    // Page CSS reaches the panel's parts as lb-widget::part(panel-…) (views add theirs as they render).
    addExportparts(this, PANEL_PARTS.map((name) => `${name}: panel-${name}`));
    this.mediaQuery = window.matchMedia(MOBILE_QUERY);
    this.mobile = this.mediaQuery.matches;
    this.mediaQuery.addEventListener('change', this.onMediaChange);
    window.visualViewport?.addEventListener('resize', this.onVisualViewport);
    window.visualViewport?.addEventListener('scroll', this.onVisualViewport);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.mediaQuery?.removeEventListener('change', this.onMediaChange);
    window.visualViewport?.removeEventListener('resize', this.onVisualViewport);
    window.visualViewport?.removeEventListener('scroll', this.onVisualViewport);
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapterSource')) void this.resolveAdapter();
    if (changed.has('user')) {
      this.userProvider.setValue(this.user);
      if (this.user && this.adapter && changed.get('user') !== undefined) {
        const adapter = this.adapter;
        void this.identify(adapter).then(() => this.listenForChat(adapter));
      }
    }
    if (changed.has('view') || changed.has('params')) {
      const previous = changed.get('view') as ViewId | undefined;
      // A view that sends the user elsewhere (home's search box, "Chat with us") is about to be
      // hidden with focus inside it, as is a Back button that may vanish: focus follows to the new
      // view rather than falling to the page. Focus on the bottom nav stays there, as on tabs.
      if (previous && previous !== this.view && this.open) {
        const outgoing = this.body?.querySelector(`[data-view="${previous}"]`);
        const back = this.renderRoot.querySelector('[part~="back-button"]');
        if ((outgoing && hasFocusWithin(outgoing)) || (back && hasFocusWithin(back))) this.focusInitial();
      }
      if (previous && previous !== this.view && this.history.at(-1) !== this.view) this.history.push(previous);
      if (this.view === 'home') this.history = [];
      this.mountView(this.view, this.params);
    }
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('open')) this.syncTopLayer();
    if (changed.has('open') || changed.has('mobile') || changed.has('anchor')) this.reposition();
    this.focusTrap.active = this.open && this.mobile;
  }

  /** The open panel lives in the top layer, above anything the host page stacks or transforms. */
  private syncTopLayer(): void {
    const surface = this.surface;
    if (!surface || typeof surface.showPopover !== 'function') return;
    try {
      if (this.open) showInTopLayer(surface);
      else if (surface.matches(':popover-open')) surface.hidePopover();
    } catch {
      // detached: nothing to do
    }
  }

  /** Loads (if needed), validates and provides the adapter; a failure becomes the error state. */
  private async resolveAdapter(): Promise<void> {
    const source = this.adapterSource;
    this.adapter = undefined;
    this.adapterError = undefined;
    this.adapterProvider.setValue(undefined);
    if (!source) return;
    let adapter: SupportAdapter;
    try {
      adapter = validated(typeof source === 'function' ? await source() : source);
      if (source !== this.adapterSource) return; // replaced while loading
      // Views get the adapter only once the user is identified: a chat opened right after a reload
      // must look up the signed-in user's open conversation, not an anonymous visitor's.
      let identified: User | null = null;
      while (this.user && this.user !== identified) {
        identified = this.user;
        await this.identify(adapter);
        if (source !== this.adapterSource) return;
      }
      this.adapter = adapter;
      this.adapterProvider.setValue(adapter);
    } catch (error) {
      this.adapterError = AdapterError.from(error);
      return;
    }
    void this.listenForChat(adapter);
  }

  /**
   * Only a mounted chat view hears new messages, and after a reload nobody has opened it yet. When
   * the backend has a conversation open, mount the chat view now — hidden and inactive until the
   * user goes there — so agent messages raise the launcher's unread count and are announced. The
   * backend is asked once: the chat view's session resumes from this same answer.
   */
  private async listenForChat(adapter: SupportAdapter): Promise<void> {
    const chat = adapter.chat;
    if (!chat || this.visited.has('chat')) return;
    const answer = shareCurrentConversation(chat);
    let mounted = false;
    try {
      const conversation = await answer;
      if (adapter !== this.adapter || this.visited.has('chat')) return;
      if (!conversation) {
        setOpenConversationHint(undefined);
        return;
      }
      this.mountView('chat', {});
      mounted = true;
    } catch {
      // the chat view reports the failure when the user opens it
    } finally {
      if (!mounted) forgetCurrentConversation(chat, answer);
    }
  }

  private async identify(adapter: SupportAdapter): Promise<void> {
    try {
      await adapter.identify(this.user);
    } catch (error) {
      const failure = AdapterError.from(error);
      this.dispatchEvent(new CustomEvent('lb-error', { detail: { code: failure.code, message: failure.message, source: 'identify' }, bubbles: true, composed: true }));
    }
  }

  /** Retries loading the adapter after a failure. */
  private retryAdapter = () => void this.resolveAdapter();

  /**
   * Moves focus into the panel: the active view's preferred field (`focusInitial()`), else the
   * panel itself. If the view's code is still loading, focus moves again once it is ready.
   */
  focusInitial(): void {
    this.focusPending = true;
    void this.updateComplete.then(() => this.focusView());
  }

  private focusPending = false;

  private async focusView(): Promise<void> {
    if (!this.focusPending || !this.open) return;
    const viewElement = this.body?.querySelector<HTMLElement & { focusInitial?: () => void; updateComplete?: Promise<unknown> }>(
      `[data-view="${this.view}"] > *`,
    );
    if (viewElement && typeof viewElement.focusInitial === 'function') {
      this.focusPending = false;
      await viewElement.updateComplete;
      viewElement.focusInitial();
      return;
    }
    // Not ready yet: hold focus on the dialog so keyboard users are inside it meanwhile.
    if (!hasFocusWithin(this)) this.surface?.focus();
  }

  private onMediaChange = (event: MediaQueryListEvent) => {
    this.mobile = event.matches;
  };

  /** On mobile, size the panel to the visual viewport so the keyboard never covers the composer. */
  private onVisualViewport = () => {
    if (!this.mobile || !this.surface) return;
    const viewport = window.visualViewport;
    if (!viewport) return;
    this.surface.style.height = `${viewport.height}px`;
    this.surface.style.top = `${viewport.offsetTop}px`;
  };

  private reposition(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    const surface = this.surface;
    if (!surface) return;
    if (this.mobile) {
      Object.assign(surface.style, { left: '0px', top: '0px', maxHeight: '', width: '', height: '' });
      this.onVisualViewport();
      return;
    }
    surface.style.height = '';
    if (!this.open || !this.anchor) return;
    const anchor = this.anchor;
    this.stopAutoUpdate = autoUpdate(anchor, surface, () => {
      void computePosition(anchor, surface, {
        strategy: 'fixed',
        placement: this.placement,
        middleware: [
          offset(12),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight, availableWidth }) => {
              surface.style.maxHeight = `${Math.max(240, availableHeight)}px`;
              surface.style.maxWidth = `${Math.max(280, availableWidth)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        surface.style.left = `${x}px`;
        surface.style.top = `${y}px`;
      });
    });
  }

  /** Keeps a view in the panel (hidden when not current) and loads its code. */
  private mountView(id: ViewId, params: NavigateParams) {
    this.visited = new Map(this.visited).set(id, params);
    this.loadView(viewById(id));
  }

  private loadView(view: ViewDescriptor): void {
    if (this.loadStates.get(view.id) === 'ready' || this.loadStates.get(view.id) === 'loading') return;
    this.loadStates = new Map(this.loadStates).set(view.id, 'loading');
    view.load().then(
      async () => {
        this.loadStates = new Map(this.loadStates).set(view.id, 'ready');
        await this.updateComplete;
        if (view.id === this.view) void this.focusView();
      },
      () => (this.loadStates = new Map(this.loadStates).set(view.id, 'error')),
    );
  }

  private navigate(view: ViewId, params: NavigateParams = {}) {
    this.dispatchEvent(new CustomEvent('lb-navigate', { detail: { view, params }, bubbles: true, composed: true }));
  }

  private back() {
    const previous = this.history.pop() ?? 'home';
    this.navigate(previous, this.visited.get(previous) ?? {});
  }

  private requestClose(source: CloseSource) {
    this.dispatchEvent(new CustomEvent('lb-panel-close', { detail: { source }, bubbles: true, composed: true }));
  }

  private onKeydown(event: KeyboardEvent) {
    // A view that consumes Escape (clearing a search, closing a popover) calls preventDefault.
    if (event.key === 'Escape' && !event.defaultPrevented && !event.isComposing) {
      event.preventDefault();
      this.requestClose('escape');
    }
  }

  private get availableViews(): ViewDescriptor[] {
    const adapter = this.adapter;
    const domains = adapter ? capabilitiesOf(adapter) : new Set();
    return VIEWS.filter((view) => !view.domain || domains.has(view.domain));
  }

  private renderViews() {
    if (this.adapterError || !this.adapterSource) {
      const message = this.adapterError ? this.localize.error(this.adapterError) : this.localize.t('error.unsupported');
      return html`<div class="error" part="error" role="alert">
        <strong>${this.localize.t('widget.adapterError')}</strong>
        <p>${message}</p>
        ${this.adapterError?.retryable ? html`<button type="button" class="button" @click=${this.retryAdapter}>${this.localize.t('common.retry')}</button>` : nothing}
      </div>`;
    }
    if (!this.adapter) {
      return html`<div class="loading" role="status">${this.localize.t('common.loading')}</div>`;
    }
    const available = new Set(this.availableViews.map((view) => view.id));
    return [...this.visited.entries()].map(([id, params]) => {
      const view = viewById(id);
      const current = id === this.view;
      const state = this.loadStates.get(id);
      let content;
      if (!available.has(id)) content = html`<p class="error" part="error" role="alert">${this.localize.t('error.unsupported')}</p>`;
      else if (state === 'error') {
        content = html`<div class="error" part="error" role="alert">
          <p>${this.localize.t('widget.viewError')}</p>
          <button type="button" class="button" @click=${() => { this.loadStates.delete(id); this.loadView(view); }}>${this.localize.t('common.retry')}</button>
        </div>`;
      } else if (state !== 'ready') content = html`<div class="loading" role="status">${this.localize.t('common.loading')}</div>`;
      else content = view.render(current ? this.params : params, current && this.open);
      return html`<section class="view" data-view=${id} ?hidden=${!current} aria-label=${this.localize.t(view.label)}>${content}</section>`;
    });
  }

  override render() {
    const t = this.localize;
    const current = viewById(this.view);
    const nav = this.availableViews.filter((view) => view.inNav);
    const code = this.user?.antiPhishingCode;
    return html`
      <div
        class="surface ${this.mobile ? 'mobile' : ''}"
        part="base"
        popover="manual"
        role="dialog"
        aria-modal=${this.mobile ? 'true' : 'false'}
        aria-labelledby="title"
        tabindex="-1"
        dir=${t.dir}
        lang=${t.locale}
        @keydown=${this.onKeydown}
      >
        <header class="header" part="header">
          ${this.view !== 'home'
            ? html`<button type="button" class="icon-button back" part="back-button" aria-label=${t.t('common.back')} @click=${this.back}>${icons.back}</button>`
            : nothing}
          <h2 id="title" class="title" part="title">${this.view === 'home' ? t.t('widget.panel.title') : t.t(current.label)}</h2>
          <button type="button" class="icon-button close" part="close-button" aria-label=${t.t('common.close')} @click=${() => this.requestClose('close-button')}>
            ${icons.close}
          </button>
        </header>
        ${code
          ? html`<p class="anti-phishing" part="anti-phishing" title=${t.t('widget.antiPhishing.hint')}>
              ${icons.shield}<span>${t.t('widget.antiPhishing', { code })}</span>
              <span class="visually-hidden">${t.t('widget.antiPhishing.hint')}</span>
            </p>`
          : nothing}
        <div class="body" part="body">${this.renderViews()}</div>
        ${nav.length > 1
          ? html`<nav class="nav" part="nav" aria-label=${t.t('widget.nav.label')}>
              ${nav.map(
                (view) => html`<button
                  type="button"
                  class="nav-item"
                  part="nav-item"
                  aria-current=${view.id === this.view ? 'page' : 'false'}
                  @click=${() => this.navigate(view.id)}
                  @pointerenter=${() => void view.load()}
                >
                  ${view.icon}<span>${t.t(view.label)}</span>
                </button>`,
              )}
            </nav>`
          : nothing}
      </div>
    `;
  }
}
