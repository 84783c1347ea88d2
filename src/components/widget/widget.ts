import type { SupportAdapter } from '../../adapters/contract.js';
import type { User } from '../../adapters/schemas.js';
import { emit, type CloseSource, type NavigateParams, type ViewId } from '../../core/events.js';
// The launcher loads before any interaction: the i18n store and its own few messages only.
import { i18n } from '../../core/i18n-store.js';
import { storageGate } from '../../core/storage.js';
import { showInTopLayer } from '../../core/top-layer.js';
import { hasFocusWithin } from '../../core/focus-within.js';
import { launcher as launcherMessages } from '../../i18n/en/launcher.js';
import { baseCss, launcherDarkTokens, launcherLightTokens, modeCss } from '../../styles/launcher-tokens.js';
import { widgetCss } from './widget.styles.js';
import type { LbPanel } from '../panel/panel.js';
import { hasOpenConversationHint } from '../../core/chat/open-hint.js';

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
    // Only the launcher's own tokens: the full set arrives with the panel (see ensurePanel).
    sheet.replaceSync(modeCss(launcherLightTokens, launcherDarkTokens) + baseCss + widgetCss);
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
 * @csspart panel - The support panel (`<lb-panel>`). Its own parts follow as `panel-<part>`, and each view's as `<view>-<part>` (`chat-bubble`).
 * @csspart panel-base - Panel: the panel surface.
 * @csspart panel-header - Panel: the header bar.
 * @csspart panel-title - Panel: the panel title.
 * @csspart panel-back-button - Panel: goes back to the previous view.
 * @csspart panel-close-button - Panel: closes the panel.
 * @csspart panel-anti-phishing - Panel: the user's anti-phishing code.
 * @csspart panel-body - Panel: the scrolling area that holds the views.
 * @csspart panel-nav - Panel: the navigation bar.
 * @csspart panel-nav-item - Panel: a navigation button.
 * @csspart panel-error - Panel: an error message.
 * @csspart home-base - Home: the view container.
 * @csspart home-greeting - Home: the greeting heading.
 * @csspart home-search-form - Home: the search form.
 * @csspart home-input - Home: the search input.
 * @csspart home-actions - Home: the list of ways to get help.
 * @csspart home-action - Home: one way to get help.
 * @csspart home-incidents - Home: the service status notice (`<lb-incident-notice>`).
 * @csspart home-safety - Home: the safety reminder.
 * @csspart search-base - Search: the container.
 * @csspart search-field - Search: the box around the input.
 * @csspart search-input - Search: the search input.
 * @csspart search-incident - Search: a known incident matching the query, shown above the results.
 * @csspart search-incident-notice - Search: the known-incident notice above the results.
 * @csspart search-clear-button - Search: clears the query.
 * @csspart search-shortcut-hint - Search: the keyboard shortcut hint.
 * @csspart search-popup - Search: the results area (a floating popup in standalone mode).
 * @csspart search-results - Search: the results list (listbox).
 * @csspart search-group - Search: a category group of results.
 * @csspart search-group-label - Search: a group's category name.
 * @csspart search-result - Search: one result.
 * @csspart search-result-title - Search: a result's title.
 * @csspart search-result-snippet - Search: a result's snippet.
 * @csspart search-mark - Search: a highlighted match.
 * @csspart search-section-title - Search: a heading (recent, popular, categories).
 * @csspart search-recent - Search: a recent search.
 * @csspart search-recent-remove - Search: removes a recent search.
 * @csspart search-category - Search: a category button.
 * @csspart search-status - Search: loading and empty messages.
 * @csspart search-empty - Search: the "no results" block.
 * @csspart search-handoff - Search: a hand-off button (chat, ticket, contact).
 * @csspart search-error - Search: the error block.
 * @csspart search-back-button - Search: back from a category.
 * @csspart search-article - Search: the `<lb-article>` element (its parts follow as `search-article-*`).
 * @csspart search-article-base - Search (article): the article container.
 * @csspart search-article-back-button - Search (article): the back button (with `back`).
 * @csspart search-article-breadcrumbs - Search (article): the breadcrumb navigation.
 * @csspart search-article-breadcrumb - Search (article): one breadcrumb button.
 * @csspart search-article-title - Search (article): the article title.
 * @csspart search-article-meta - Search (article): the updated date.
 * @csspart search-article-notice - Search (article): the "shown in another language" notice.
 * @csspart search-article-body - Search (article): the article body.
 * @csspart search-article-feedback - Search (article): the "was this helpful?" section.
 * @csspart search-article-feedback-button - Search (article): a Yes/No button.
 * @csspart search-article-handoff - Search (article): a "contact us" button shown after a "No" vote.
 * @csspart search-article-related - Search (article): the related-articles section.
 * @csspart search-article-related-link - Search (article): a related article.
 * @csspart search-article-status - Search (article): the loading message.
 * @csspart search-article-error - Search (article): an error message.
 * @csspart chat-base - Chat: the chat view.
 * @csspart chat-header - Chat: the status bar (assistant, queue, agent, ended).
 * @csspart chat-avatar - Chat: an avatar.
 * @csspart chat-verified - Chat: the verified-staff mark.
 * @csspart chat-staff-warning - Chat: the warning shown for an agent the backend did not verify.
 * @csspart chat-queue - Chat: queue position and estimated wait.
 * @csspart chat-human-button - Chat: asks for a person.
 * @csspart chat-end-button - Chat: ends the chat.
 * @csspart chat-transcript-button - Chat: downloads the transcript.
 * @csspart chat-banner - Chat: offline and connection notices.
 * @csspart chat-log - Chat: the scrolling message list.
 * @csspart chat-day - Chat: a day separator.
 * @csspart chat-system - Chat: a system line (agent joined, chat ended).
 * @csspart chat-message - Chat: a message.
 * @csspart chat-bubble - Chat: a message's text and attachments.
 * @csspart chat-author - Chat: the author line of a group of messages.
 * @csspart chat-time - Chat: a message time.
 * @csspart chat-delivery - Chat: the delivery state of the user's message.
 * @csspart chat-retry-button - Chat: sends a failed message again.
 * @csspart chat-attachment - Chat: an attachment (thumbnail or file chip).
 * @csspart chat-article - Chat: an article card the bot cited.
 * @csspart chat-typing - Chat: the typing indicator.
 * @csspart chat-quick-replies - Chat: suggested replies.
 * @csspart chat-quick-reply - Chat: one suggested reply.
 * @csspart chat-composer - Chat: the message composer (`<lb-chat-composer>`).
 * @csspart chat-input - Chat (composer): the text area.
 * @csspart chat-send-button - Chat (composer): sends the message.
 * @csspart chat-attach-button - Chat (composer): opens the file chooser.
 * @csspart chat-prechat - Chat: the pre-chat form.
 * @csspart chat-closed - Chat: the end-of-chat panel (rating, transcript).
 * @csspart chat-rating - Chat: the rating form.
 * @csspart chat-ticket-offer - Chat: the offer to leave a ticket.
 * @csspart chat-error - Chat: an error message.
 * @csspart tickets-base - Tickets: the container.
 * @csspart tickets-header - Tickets: the title bar of the list.
 * @csspart tickets-title - Tickets: a heading.
 * @csspart tickets-new-button - Tickets: opens the form.
 * @csspart tickets-list - Tickets: the tickets.
 * @csspart tickets-ticket - Tickets: one ticket (a button).
 * @csspart tickets-status - Tickets: a ticket's status badge.
 * @csspart tickets-unread - Tickets: the unread-replies badge.
 * @csspart tickets-empty - Tickets: shown when there are no tickets.
 * @csspart tickets-error - Tickets: a failure message.
 * @csspart tickets-back-button - Tickets: back to the list.
 * @csspart tickets-details - Tickets: the fields sent with the ticket.
 * @csspart tickets-messages - Tickets: the thread.
 * @csspart tickets-message - Tickets: one message.
 * @csspart tickets-staff-warning - Tickets: on a reply from an agent the backend did not verify.
 * @csspart tickets-attachment - Tickets: a file on a message (a link, or plain text when its URL is unsafe).
 * @csspart tickets-status-hint - Tickets: what the status means for the user.
 * @csspart tickets-close-button - Tickets: closes the ticket.
 * @csspart tickets-reopen-button - Tickets: reopens the ticket.
 * @csspart tickets-reply - Tickets: the reply box.
 * @csspart tickets-reply-input - Tickets: the reply's text area.
 * @csspart tickets-send-button - Tickets: sends the reply.
 * @csspart tickets-form - Tickets: the ticket form element (its parts follow as `tickets-field` …).
 * @csspart tickets-field - Tickets (form): a field (label, control, help, messages).
 * @csspart tickets-input - Tickets (form): a text input, select or textarea.
 * @csspart tickets-field-error - Tickets (form): a field's error message.
 * @csspart tickets-submit-button - Tickets (form): sends the ticket.
 * @csspart tickets-success - Tickets (form): the confirmation after sending.
 * @csspart channels-base - Channels: the picker container.
 * @csspart channels-incidents - Channels: the service status notice (`<lb-incident-notice>`).
 * @csspart channels-recommend - Channels: the "what do you need help with?" form.
 * @csspart channels-input - Channels: the problem description.
 * @csspart channels-problem-type - Channels: the problem type select.
 * @csspart channels-urgency - Channels: the urgency select.
 * @csspart channels-advice - Channels: the advice for the problem.
 * @csspart channels-channels - Channels: the list of channels.
 * @csspart channels-channel - Channels: one channel.
 * @csspart channels-best - Channels: the "best match" badge.
 * @csspart channels-official - Channels: the "official" mark.
 * @csspart channels-availability - Channels: open now / when it opens.
 * @csspart channels-response - Channels: the expected response time.
 * @csspart channels-action - Channels: the button or link that uses a channel.
 * @csspart channels-details-button - Channels: opens the hours and response time popover.
 * @csspart channels-popover - Channels: the hours and response time popover.
 * @csspart channels-hours-table - Channels: the weekly hours table.
 * @csspart channels-impostor-warning - Channels: the warning on social and community channels.
 * @csspart channels-email-draft - Channels: the prefilled email preview.
 * @csspart channels-email-link - Channels: the `mailto:` link.
 * @csspart channels-phone-confirm - Channels: the step shown before dialling.
 * @csspart channels-call-link - Channels: the `tel:` link.
 * @csspart channels-checklist - Channels: "Before you contact us".
 * @csspart channels-safety - Channels: the safety reminder.
 * @csspart verify-base - Verify: the view container.
 * @csspart verify-form - Verify: the form.
 * @csspart verify-label - Verify: the input's label.
 * @csspart verify-input - Verify: the text input.
 * @csspart verify-submit-button - Verify: "Check".
 * @csspart verify-result - Verify: the live region holding the verdict.
 * @csspart verify-verdict - Verify: the verdict card (also has the verdict as a class: official, not_official, lookalike, invalid).
 * @csspart verify-verdict-title - Verify: the verdict's headline.
 * @csspart verify-summary - Verify: why (what matched or what is imitated).
 * @csspart verify-ascii - Verify: the real (punycode) form of an internationalized address.
 * @csspart verify-lookalike-characters - Verify: which characters only look like ours (and their script).
 * @csspart verify-steps - Verify: what to do next.
 * @csspart verify-report-button - Verify: opens a chat to report the channel.
 * @csspart verify-channels-button - Verify: opens the official contact channels.
 * @csspart verify-official-list - Verify: the list of every official channel.
 * @csspart verify-error - Verify: the error shown when the official list cannot load.
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
    // A chat left open on an earlier page: load the panel when idle, so the agent's replies raise
    // the badge before the user touches anything.
    if (hasOpenConversationHint()) (window.requestIdleCallback ?? setTimeout)(() => this.isConnected && void this.ensurePanel());
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
    this.panelLoad ??= Promise.all([preloadPanel(), import('../../styles/tokens-css.js')]).then(([, { tokensCss }]) => {
      // Every token, for the panel to inherit (it loads with the panel, not before interaction).
      // First in the list: a preset installed meanwhile must still win over the defaults.
      const tokens = new CSSStyleSheet();
      tokens.replaceSync(tokensCss);
      this.root.adoptedStyleSheets = [tokens, ...this.root.adoptedStyleSheets];
      const panel = document.createElement('lb-panel') as LbPanel;
      panel.id = 'panel';
      panel.setAttribute('part', 'panel');
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
