import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { consume } from '@lit/context';
import type { SupportAdapter } from '../../adapters/contract.js';
import type { ArticleSummary, Attachment, Message, Participant, Rating, User } from '../../adapters/schemas.js';
import { AdapterController } from '../../core/adapter-controller.js';
import { ChatSession, type SessionSignal } from '../../core/chat/session.js';
import type { ChatRow } from '../../core/chat/timeline.js';
import { dayKey } from '../../core/chat/timeline.js';
import { buildTranscript, transcriptFileName } from '../../core/chat/transcript.js';
import { splitMarkdownBlocks } from '../../core/chat/blocks.js';
import { isStaffRole, StaffCheck, staffState, type StaffState } from '../../core/staff-check.js';
import { userContext } from '../../core/context.js';
import { storageGate } from '../../core/storage.js';
import { emit } from '../../core/events.js';
import { LocalizeController } from '../../core/i18n.js';
import { interceptLinkClick, preloadOfficialChannels } from '../../core/link-guard.js';
import { renderRichText } from '../../core/rich-text.js';
import { preloadSecretGuard, scanForSecrets, type SecretScan } from '../../core/secret-guard.js';
import { SAFE_FILE, SAFE_IMAGE } from '../../core/safe-url.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import '../chat-composer/define.js';
import '../secret-alert/define.js';
import type { LbChatComposer } from '../chat-composer/chat-composer.js';
import { chatStyles } from './chat.styles.js';
import { VirtualList } from './virtual-list.js';
import { staffWarningStyles } from '../../styles/staff-warning.styles.js';

const TOPICS = ['account', 'deposits', 'withdrawals', 'trading', 'other'] as const;
const UID_PATTERN = /^[0-9A-Za-z_-]{3,40}$/;
/** Closing reasons after which the user is offered a ticket instead. */
const TICKET_REASONS = new Set(['no_agents', 'outside_hours']);

const downloadIcon = svg`<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M12 4v11M7 10l5 5 5-5M5 20h14"/></svg>`;

type MessageRow = Extract<ChatRow, { kind: 'message' }>;
type Row = ChatRow | { kind: 'top'; key: 'top' };
const TOP_ROW: Row = { kind: 'top', key: 'top' };
const NO_ROWS: ChatRow[] = [];
/** Rendered messages whose HTML is kept. */
const HTML_CACHE_SIZE = 400;
/** Using the chat is interacting with the widget: the outbox may be persisted from now on. */
const allowStorage = () => storageGate.allow();

/**
 * Live chat: a pre-chat step (topic, and UID when the user is not identified), then a bot that
 * answers from the help center and hands off to a person — queue position and estimated wait,
 * the agent joining (with a verified-staff mark, or a warning when the backend did not verify
 * them), typing, receipts — and at the end a rating and a transcript. Messages go through a
 * persisted outbox (delivered exactly once, in order, across offline periods, reloads and
 * reconnects); the secret guard checks every text before it leaves. Long histories are
 * virtualized. While not `active`, messages from the bot or an agent raise the unread count.
 * When no agent is available or live chat is closed (`closed` reason `no_agents` or
 * `outside_hours`), it offers a ticket with the conversation attached.
 *
 * @summary Live chat with a bot and human agents.
 *
 * @csspart base - The chat view.
 * @csspart header - The status bar (assistant, queue, agent, ended).
 * @csspart avatar - An avatar.
 * @csspart verified - The verified-staff mark.
 * @csspart staff-warning - The warning shown for an agent the backend did not verify.
 * @csspart queue - Queue position and estimated wait.
 * @csspart human-button - Asks for a person.
 * @csspart end-button - Ends the chat.
 * @csspart transcript-button - Downloads the transcript.
 * @csspart banner - Offline and connection notices.
 * @csspart log - The scrolling message list.
 * @csspart day - A day separator.
 * @csspart system - A system line (agent joined, chat ended).
 * @csspart message - A message.
 * @csspart bubble - A message's text and attachments.
 * @csspart author - The author line of a group of messages.
 * @csspart time - A message time.
 * @csspart delivery - The delivery state of the user's message.
 * @csspart retry-button - Sends a failed message again.
 * @csspart attachment - An attachment (thumbnail or file chip).
 * @csspart article - An article card the bot cited.
 * @csspart typing - The typing indicator.
 * @csspart quick-replies - Suggested replies.
 * @csspart quick-reply - One suggested reply.
 * @csspart composer - The message composer (`<lb-chat-composer>`).
 * @csspart prechat - The pre-chat form.
 * @csspart closed - The end-of-chat panel (rating, transcript).
 * @csspart rating - The rating form.
 * @csspart ticket-offer - The offer to leave a ticket.
 * @csspart error - An error message.
 *
 * @cssprop --lb-color-primary - The user's bubbles and the buttons.
 * @cssprop --lb-color-surface-alt - The bot's and agents' bubbles.
 *
 * @fires lb-conversation-start - A new conversation started. `detail.conversationId`.
 * @fires lb-conversation-close - The conversation ended. `detail.conversationId`.
 * @fires lb-message-send - The server has a message the user wrote (once per message). `detail.message`.
 * @fires lb-message-receive - A message from the bot or an agent arrived (streamed ones when complete). `detail.message`.
 * @fires lb-unread-change - Messages arrived while not `active`, or were seen. `detail.count`.
 * @fires lb-secret-blocked - The secret guard stopped a message. `detail.kind`, `detail.source`.
 * @fires lb-navigate - To the ticket form (`{ mode: 'new', conversationId }`) or an article.
 * @fires lb-article-open - The user opened an article the bot cited. `detail.article`.
 */
export class LbChat extends LitElement {
  static override styles = [tokens, base, staffWarningStyles, chatStyles];

  private readonly localize = new LocalizeController(this);
  private readonly adapters = new AdapterController(this, () => this.requestUpdate());
  private readonly list = new VirtualList(this, {
    estimate: (key) => (key === 'top' ? 40 : key.startsWith('d:') || key.startsWith('s:') ? 36 : undefined),
    canAnchor: (key) => key.startsWith('m:') || key.startsWith('c:') || key.startsWith('s:'),
    onNearTop: () => {
      if (this.session?.store.previousCursor !== null && !this.session?.olderError) void this.session?.loadOlder();
    },
    onStickChange: (atBottom) => {
      if (atBottom) this.newBelow = 0;
      this.requestUpdate();
    },
  });

  @consume({ context: userContext, subscribe: true })
  @property({ attribute: false })
  user: User | null = null;

  /** The backend adapter; else the enclosing widget's, else the page default. */
  @property({ attribute: false }) adapter?: SupportAdapter;
  /** True while the chat is on screen; while false, incoming messages count as unread. */
  @property({ type: Boolean, reflect: true }) active = false;
  /** Text placed in the composer (e.g. a search query carried over). */
  @property() prefill = '';

  @state() private unread = 0;
  @state() private newBelow = 0;
  @state() private announcements: { id: number; text: string }[] = [];
  @state() private topic = '';
  @state() private uidError = false;
  @state() private confirmEnd = false;
  @state() private scan?: { result: SecretScan; for: 'message' | 'rating' };
  @state() private score = 0;
  @state() private preparingTranscript = false;
  @state() private guardFailed = false;

  @query('lb-chat-composer') private composer?: LbChatComposer;
  @query('.scroller') private scroller?: HTMLElement;
  @query('.rows') private rowsElement?: HTMLElement;

  private session?: ChatSession;
  private sessionAdapter?: SupportAdapter;
  /** The backend's staff-signature check, when the adapter offers one. */
  private staffCheck?: StaffCheck;
  private agentMessageCache?: { version: number; agentId: string; id?: string };
  private unsubscribe: (() => void)[] = [];
  private pending?: { text: string; attachments: Attachment[] } | { rating: Rating };
  private scanning = false;
  private draft = '';
  private rowsSource?: ChatRow[];
  private rows: Row[] = [];
  private keys: string[] = [];
  private lastMine?: string;
  private readonly htmlCache = new Map<string, { text: string; blocks: string[]; html: string[] }>();
  private readonly timeCache = new Map<string, { relative: string; full: string }>();
  private ticker?: ReturnType<typeof setInterval>;
  private announceId = 0;
  private renderFrame?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.session) this.requestUpdate(); // (re)connected: start a session in willUpdate
    this.ticker = setInterval(() => {
      this.timeCache.clear();
      this.requestUpdate();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    this.endSession();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapters.explicit = this.adapter;
    const adapter = this.adapters.value;
    if (adapter !== this.sessionAdapter && this.isConnected) this.beginSession(adapter);
    if (changed.has('prefill') && this.prefill && !this.composer?.value) this.draft = this.prefill;
    if (changed.has('active') && this.active) {
      this.setUnread(0);
      this.list.scrollToBottom();
    }
    const rows = this.session?.phase === 'ready' ? this.session.rows() : NO_ROWS;
    if (rows !== this.rowsSource) {
      this.rowsSource = rows;
      this.rows = rows.length ? [TOP_ROW, ...rows] : [];
      this.keys = this.rows.map((row) => row.key);
      this.lastMine = rows.findLast((row) => row.kind === 'message' && row.role === 'user')?.key;
    }
    this.list.setKeys(this.keys);
  }

  override updated(): void {
    // Through the CSSOM, not a style attribute: a strict CSP (no 'unsafe-inline' styles) allows it.
    const rows = this.rowsElement;
    if (rows) {
      rows.style.paddingTop = `${this.list.padTop}px`;
      rows.style.paddingBottom = `${this.list.padBottom}px`;
    }
    this.list.connect(this.scroller);
    if (this.active && this.session?.phase === 'ready') this.markVisibleRead();
    if (this.staffCheck && this.session?.phase === 'ready') this.checkVisibleStaff(this.staffCheck);
  }

  /** Focuses the first thing to use: the composer, or the pre-chat form. */
  focusInitial(): void {
    this.requestUpdate(); // session changes render on the next frame; render now to focus the right thing
    void this.updateComplete.then(() => {
      const target = this.composer ?? this.renderRoot.querySelector<HTMLElement>('.prechat input, .closed input, [part~="error"] button');
      target?.focus();
    });
  }

  /**
   * Call before a change that may remove the focused control (a button that hides itself, the
   * composer when the chat ends): once the change has rendered, if focus was in the chat and fell
   * out of it, `refocus` puts it back somewhere sensible. Focus elsewhere on the page is left alone.
   */
  private keepFocus(refocus: () => void = () => this.focusInitial()): void {
    if (!this.shadowRoot?.activeElement) return;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const active = this.shadowRoot?.activeElement;
      if (!active || !active.isConnected || (active as HTMLButtonElement).disabled) refocus();
    });
  }

  // ------------------------------------------------------------------ session

  private beginSession(adapter: SupportAdapter | undefined): void {
    this.endSession();
    this.sessionAdapter = adapter;
    if (!adapter?.chat) return;
    const session = new ChatSession(adapter.chat);
    this.session = session;
    this.unsubscribe = [session.subscribe(this.scheduleRender), session.onSignal((signal) => this.onSignal(signal))];
    const verify = adapter.verification?.verifyStaffMessages;
    if (verify) {
      this.staffCheck = new StaffCheck((ids, options) => verify(ids, options));
      this.unsubscribe.push(this.staffCheck.subscribe(this.scheduleRender));
    }
    void session.init();
  }

  /**
   * Session changes re-render at most once per frame: a streamed answer sends many tokens per
   * frame, and rendering each would make the work grow with the square of the answer's length.
   */
  private scheduleRender = () => {
    if (this.renderFrame !== undefined) return;
    this.renderFrame = requestAnimationFrame(() => {
      this.renderFrame = undefined;
      this.requestUpdate();
    });
  };

  private endSession(): void {
    if (this.renderFrame !== undefined) cancelAnimationFrame(this.renderFrame);
    this.renderFrame = undefined;
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.unsubscribe = [];
    this.session?.dispose();
    this.session = undefined;
    this.staffCheck?.dispose();
    this.staffCheck = undefined;
    this.agentMessageCache = undefined;
    this.sessionAdapter = undefined;
    this.rowsSource = undefined;
  }

  private onSignal(signal: SessionSignal): void {
    const conversationId = this.session?.conversationId ?? '';
    switch (signal.type) {
      case 'started':
        emit(this, 'lb-conversation-start', { conversationId: signal.conversationId });
        break;
      case 'delivered':
        emit(this, 'lb-message-send', { message: signal.message });
        break;
      case 'received': {
        const message = signal.message;
        emit(this, 'lb-message-receive', { message });
        const text = message.text.replace(/[*_`#>~]+/g, '').slice(0, 300);
        this.announce(this.localize.t('chat.announce', { name: message.author.name, text }));
        if (!this.active) this.setUnread(this.unread + 1);
        else if (!this.list.atBottom) this.newBelow++;
        break;
      }
      case 'agent_joined':
        this.announce(this.localize.t('chat.system.agent_joined', { name: signal.agent.name }));
        break;
      case 'closed':
        this.confirmEnd = false;
        this.keepFocus();
        this.announce(this.localize.t('chat.system.closed'));
        emit(this, 'lb-conversation-close', { conversationId });
        break;
    }
  }

  private setUnread(count: number): void {
    if (count === this.unread) return;
    this.unread = count;
    emit(this, 'lb-unread-change', { count });
  }

  private announce(text: string): void {
    this.announcements = [...this.announcements.slice(-2), { id: ++this.announceId, text }];
  }

  private markVisibleRead(): void {
    const session = this.session!;
    const ids: string[] = [];
    for (let i = this.list.start; i < this.list.end; i++) {
      const row = this.rows[i];
      if (row?.kind === 'message' && row.id && row.role !== 'user') ids.push(row.id);
    }
    session.markRead(ids);
  }

  /** Asks the backend about the staff messages on screen (and the agent's latest, for the header). */
  private checkVisibleStaff(check: StaffCheck): void {
    const session = this.session!;
    for (let i = this.list.start; i < this.list.end; i++) {
      const row = this.rows[i];
      if (row?.kind !== 'message' || !row.id || !isStaffRole(row.role)) continue;
      if (!session.store.message(row.id)?.streaming) check.request(row.id);
    }
    const latest = this.agentMessage();
    if (latest && !latest.streaming) check.request(latest.id);
  }

  // ------------------------------------------------------------------ actions

  private async onStart(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const uid = (form.elements.namedItem('uid') as HTMLInputElement | null)?.value.trim() ?? '';
    this.uidError = uid !== '' && !UID_PATTERN.test(uid);
    if (this.uidError) {
      form.querySelector<HTMLInputElement>('[name="uid"]')?.focus();
      return;
    }
    await this.session?.start({ topic: this.topic || undefined, uid: uid || this.user?.uid || undefined });
    if (this.session?.phase === 'ready') this.focusInitial();
  }

  private async onComposerSubmit(event: CustomEvent<{ text: string; attachments: Attachment[] }>) {
    const { text, attachments } = event.detail;
    if (this.scanning || !this.session?.outbox) return;
    this.scanning = true;
    try {
      if (await this.guard(text, 'message', { text, attachments })) this.commit(text, attachments);
    } finally {
      this.scanning = false;
    }
  }

  /** Runs the secret guard; true when the text may go. Otherwise the alert explains. */
  private async guard(text: string, target: 'message' | 'rating', pending: NonNullable<LbChat['pending']>): Promise<boolean> {
    this.guardFailed = false;
    if (!text.trim()) return true;
    let result: SecretScan;
    try {
      result = await scanForSecrets(text);
    } catch {
      // The guard could not load (offline, blocked chunk): unchecked text never leaves.
      this.guardFailed = true;
      return false;
    }
    if (result.blocked) {
      this.pending = undefined;
      this.scan = { result, for: target };
      const finding = result.findings.find((f) => f.action === 'block') ?? result.findings[0];
      emit(this, 'lb-secret-blocked', { kind: finding?.kind ?? 'unknown', source: target === 'message' ? 'chat' : 'chat-rating' });
      return false;
    }
    if (result.needsConfirmation) {
      this.pending = pending;
      this.scan = { result, for: target };
      return false;
    }
    this.scan = undefined;
    return true;
  }

  /** Loads the secret guard while the user writes, so sending does not wait for it. */
  private warmGuard = () => {
    preloadSecretGuard().catch(() => {});
  };

  private commit(text: string, attachments: Attachment[]) {
    this.session?.send(text, attachments);
    this.composer?.clear();
    this.draft = '';
    this.scan = undefined;
    this.pending = undefined;
    this.list.scrollToBottom();
  }

  private onSecretConfirm = () => {
    const pending = this.pending;
    this.scan = undefined;
    this.pending = undefined;
    if (!pending) return;
    if ('rating' in pending) void this.submitRating(pending.rating);
    else this.commit(pending.text, pending.attachments);
  };

  private onSecretDismiss = () => {
    this.scan = undefined;
    this.pending = undefined;
    this.composer?.focus();
  };

  private quickReply(reply: Message['quickReplies'][number]) {
    this.keepFocus();
    this.session?.send(reply.value, [], reply.id);
    this.list.scrollToBottom();
  }

  private askForHuman = async () => {
    const session = this.session;
    if (!session) return;
    this.keepFocus();
    await session.requestHuman();
    // The button goes away with the handoff (or stays disabled until it settles): back to the box.
    this.keepFocus();
  };

  /** Shows the "End this chat?" question, focused on keeping the chat (the safe answer). */
  private askEnd = async () => {
    this.confirmEnd = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.confirm .secondary')?.focus();
  };

  /** Hides the question again and puts focus back on the end button. */
  private cancelEnd = async () => {
    const focused = !!this.shadowRoot?.activeElement;
    this.confirmEnd = false;
    await this.updateComplete;
    if (focused) this.renderRoot.querySelector<HTMLButtonElement>('[part~="end-button"]')?.focus();
  };

  private async onRate(event: SubmitEvent) {
    event.preventDefault();
    if (!this.score) return;
    const comment = ((event.target as HTMLFormElement).elements.namedItem('comment') as HTMLTextAreaElement).value.trim();
    const rating: Rating = { score: this.score, comment: comment || undefined };
    if (await this.guard(comment, 'rating', { rating })) await this.submitRating(rating);
  }

  private async submitRating(rating: Rating) {
    await this.session?.rate(rating);
    // The form gives way to the thanks: focus it, so the keyboard stays in the chat.
    this.keepFocus(() => this.renderRoot.querySelector<HTMLElement>('.thanks, .closed-actions button')?.focus());
  }

  private async downloadTranscript() {
    const session = this.session;
    if (!session || this.preparingTranscript) return;
    this.preparingTranscript = true;
    try {
      await session.loadAll();
      const t = this.localize;
      const text = buildTranscript(session.store.conversation, session.store.messages(), {
        title: t.t('chat.transcript.title'),
        you: t.t('chat.you'),
        date: (iso) => t.date(iso, { dateStyle: 'medium', timeStyle: 'short' }),
        attachment: (name) => t.t('chat.transcript.attachment', { name }),
      });
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = transcriptFileName();
      link.hidden = true;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      this.preparingTranscript = false;
    }
  }

  private offerTicket() {
    emit(this, 'lb-navigate', { view: 'tickets', params: { mode: 'new', conversationId: this.session?.conversationId } });
  }

  private openArticle(article: ArticleSummary) {
    emit(this, 'lb-article-open', { article });
    emit(this, 'lb-navigate', { view: 'search', params: { article: article.id } });
  }

  private onKeydown(event: KeyboardEvent) {
    allowStorage();
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (this.confirmEnd) {
      void this.cancelEnd();
      event.preventDefault();
    } else if (this.scan) {
      this.onSecretDismiss();
      event.preventDefault();
    }
  }

  // ------------------------------------------------------------------ rendering helpers

  /** Every link in a message goes through the link guard (clicks and auxclicks; it sorts the buttons out). */
  private onLinkClick = (event: MouseEvent) => {
    interceptLinkClick(event, this);
  };

  /** Sanitized HTML of a message, block by block (see splitMarkdownBlocks), cached. */
  private richText(message: Message): string[] {
    const cached = this.htmlCache.get(message.id);
    if (cached && cached.text === message.text) return cached.html;
    const markdown = message.format === 'markdown';
    const blocks = markdown ? splitMarkdownBlocks(message.text) : [message.text];
    const html = blocks.map((block, i) =>
      cached && cached.blocks[i] === block ? cached.html[i]! : renderRichText(block, markdown ? 'markdown' : 'text'),
    );
    // A message with a link: know the official domains before the user clicks it, so an official
    // link opens at once (a window opened after waiting would meet the popup blocker).
    if (html.some((block) => block.includes('<a '))) void preloadOfficialChannels(this);
    this.htmlCache.delete(message.id);
    this.htmlCache.set(message.id, { text: message.text, blocks, html });
    if (this.htmlCache.size > HTML_CACHE_SIZE) this.htmlCache.delete(this.htmlCache.keys().next().value!);
    return html;
  }

  /** "5 minutes ago" and the full date for a time, cached (Intl formatters are costly to create). */
  private time(iso: string): { relative: string; full: string } {
    let label = this.timeCache.get(iso);
    if (label === undefined) {
      label = { relative: this.localize.relativeTime(iso), full: this.localize.date(iso, { dateStyle: 'medium', timeStyle: 'short' }) };
      this.timeCache.set(iso, label);
    }
    return label;
  }

  private dayLabel(iso: string): string {
    const key = `d:${dayKey(iso)}`;
    let label = this.timeCache.get(key);
    if (!label) {
      label = { relative: this.formatDay(iso), full: '' };
      this.timeCache.set(key, label);
    }
    return label.relative;
  }

  private formatDay(iso: string): string {
    const now = new Date();
    const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1).toISOString();
    const key = dayKey(iso);
    if (key === dayKey(now.toISOString())) return this.localize.t('chat.today');
    if (key === dayKey(yesterday)) return this.localize.t('chat.yesterday');
    return this.localize.date(iso, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  }

  private avatar(participant: Participant | undefined) {
    if (!participant) return nothing;
    if (participant.role === 'bot') return html`<span class="avatar bot" part="avatar" aria-hidden="true">${icons.chat}</span>`;
    if (participant.avatarUrl && SAFE_IMAGE.test(participant.avatarUrl)) {
      return html`<img class="avatar" part="avatar" src=${participant.avatarUrl} alt="" width="28" height="28" referrerpolicy="no-referrer" />`;
    }
    return html`<span class="avatar" part="avatar" aria-hidden="true">${(participant.name.trim()[0] ?? '?').toUpperCase()}</span>`;
  }

  /**
   * Whether a bot or agent message comes from staff. With the adapter's signature check, its
   * answer (undefined until it comes; a message still streaming is not asked about yet); without
   * one, the `verified` flag the backend put on the author.
   */
  private staffState(message: Message | undefined): StaffState {
    if (!message) return undefined;
    return staffState(message.author, message.streaming ? undefined : this.staffCheck?.status(message.id), Boolean(this.staffCheck));
  }

  /** The current agent's latest message (its check stands for the agent in the header), found once per change of messages. */
  private agentMessage(): Message | undefined {
    const store = this.session?.store;
    const agent = store?.agent;
    if (!store || !agent) return undefined;
    let cache = this.agentMessageCache;
    if (cache?.version !== store.version || cache.agentId !== agent.id) {
      cache = { version: store.version, agentId: agent.id };
      const timeline = store.timeline;
      for (let i = timeline.length - 1; i >= 0; i--) {
        const entry = timeline[i]!;
        if (entry.kind === 'message' && store.message(entry.id)?.author.id === agent.id) {
          cache.id = entry.id;
          break;
        }
      }
      this.agentMessageCache = cache;
    }
    return cache.id === undefined ? undefined : store.message(cache.id);
  }

  private staffWarning(role?: 'note') {
    return html`<p class="staff-warning" part="staff-warning" role=${role ?? nothing}>${icons.warning}<span>${this.localize.t('chat.unverified')}</span></p>`;
  }

  /** The verified-staff mark, only when the backend confirmed it (see `staffState`). */
  private staffMark(state: StaffState, compact = false) {
    if (state !== 'verified') return nothing;
    return html`<span class="verified ${compact ? 'compact' : ''}" part="verified" title=${this.localize.t('chat.verifiedHint')}
      >${icons.shield}<span class=${compact ? 'visually-hidden' : ''}>${this.localize.t('chat.verified')}</span></span
    >`;
  }

  private renderAttachment(attachment: Attachment) {
    const t = this.localize;
    const thumb = attachment.thumbnailUrl ?? (attachment.mimeType.startsWith('image/') ? attachment.url : undefined);
    const href = SAFE_FILE.test(attachment.url) ? attachment.url : undefined;
    if (thumb && SAFE_IMAGE.test(thumb)) {
      const image = html`<img src=${thumb} alt=${t.t('chat.attachment', { name: attachment.name })} loading="lazy" referrerpolicy="no-referrer" />`;
      return href
        ? html`<a class="thumbnail" part="attachment" href=${href} target="_blank" rel="noopener noreferrer" download=${attachment.name}>${image}</a>`
        : html`<span class="thumbnail" part="attachment">${image}</span>`;
    }
    const chip = html`${icons.attach}<span class="file-name">${attachment.name}</span><span class="file-size">${this.localize.fileSize(attachment.size)}</span>`;
    return href
      ? html`<a class="file" part="attachment" href=${href} download=${attachment.name} rel="noopener noreferrer">${chip}</a>`
      : html`<span class="file" part="attachment">${chip}</span>`;
  }

  private renderDelivery(row: MessageRow, display: NonNullable<ReturnType<ChatSession['display']>>) {
    const t = this.localize;
    if (display.delivery === 'failed') {
      const clientId = row.clientId!;
      // A failure the outbox retries by itself (network, timeout, 5xx) is not a dead end: say so,
      // politely; one that waits for the user is an alert.
      const retrying = display.error?.retryable === true;
      return html`<div class="delivery failed ${retrying ? 'retrying' : ''}" part="delivery" role=${retrying ? 'status' : 'alert'}>
        ${icons.warning}<span>${t.t(retrying ? 'chat.delivery.retrying' : 'chat.delivery.failed')}${display.error ? ` — ${t.error(display.error)}` : ''}</span>
        <button type="button" class="link" part="retry-button" @click=${() => { this.keepFocus(); this.session?.retry(clientId); }}>${t.t('chat.retry')}</button>
        <button type="button" class="link" @click=${() => { this.keepFocus(); this.session?.discard(clientId); }}>${t.t('chat.discard')}</button>
      </div>`;
    }
    if (display.delivery) {
      const label = display.delivery === 'sending' ? t.t('chat.delivery.sending') : t.t('chat.delivery.waiting');
      return html`<div class="delivery" part="delivery">${label}</div>`;
    }
    if (row.key !== this.lastMine) return nothing;
    const status = display.message.status ?? 'sent';
    return html`<div class="delivery" part="delivery">${status === 'read' ? icons.check : nothing}${t.t(`chat.delivery.${status}`)}</div>`;
  }

  private renderMessage(row: MessageRow) {
    const display = this.session?.display(row);
    if (!display) return html`<div class="row" data-key=${row.key}></div>`;
    const t = this.localize;
    const message = display.message;
    const author = message.author;
    const mine = author.role === 'user';
    const staff = this.staffState(message);
    // A checked message can be forged mid-group under a real agent's name: warn on each one.
    const warn = staff === 'unverified' && (row.first || this.staffCheck !== undefined);
    return html`<div class="row message ${mine ? 'mine' : 'theirs'} ${row.first ? 'first' : ''} ${author.role}" part="message" data-key=${row.key} role="listitem">
      ${row.first && !mine
        ? html`<div class="author" part="author">${this.avatar(author)}<span class="name">${author.name}</span>${this.staffMark(staff)}</div>`
        : nothing}
      ${warn ? this.staffWarning('note') : nothing}
      <div class="bubble ${display.delivery ?? ''}" part="bubble">
        ${mine ? html`<span class="visually-hidden">${t.t('chat.you')}: </span>` : row.first ? nothing : html`<span class="visually-hidden">${author.name}: </span>`}
        ${message.text ? html`<div class="text" dir="auto" @click=${this.onLinkClick} @auxclick=${this.onLinkClick}>${this.richText(message).map((block) => unsafeHTML(block))}</div>` : nothing}
        ${message.streaming ? html`<span class="caret" aria-hidden="true"></span><span class="visually-hidden">${t.t('chat.streaming')}</span>` : nothing}
        ${message.attachments.length ? html`<div class="attachments">${message.attachments.map((a) => this.renderAttachment(a))}</div>` : nothing}
        ${message.articles.length && !message.streaming
          ? html`<ul class="articles" aria-label=${t.t('chat.articles')}>
              ${message.articles.map(
                (article) => html`<li>
                  <button type="button" class="article" part="article" @click=${() => this.openArticle(article)}>
                    <span class="article-title">${article.title}</span>
                    ${article.snippet ? html`<span class="article-snippet">${article.snippet}</span>` : nothing}
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing}
      </div>
      ${row.last
        ? html`<time part="time" datetime=${message.createdAt} title=${this.time(message.createdAt).full}>${this.time(message.createdAt).relative}</time>`
        : nothing}
      ${mine ? this.renderDelivery(row, display) : nothing}
    </div>`;
  }

  private renderTop() {
    const session = this.session!;
    const t = this.localize;
    let content;
    if (session.store.previousCursor === null) content = html`<span class="beginning">${t.t('chat.beginning')}</span>`;
    else if (session.loadingOlder) content = html`<span role="status">${t.t('chat.loadingOlder')}</span>`;
    else if (session.olderError) {
      content = html`<span class="error" part="error">${t.t('chat.olderError')}</span>
        <button type="button" class="link" @click=${() => void session.loadOlder()}>${t.t('common.retry')}</button>`;
    } else content = html`<button type="button" class="link" @click=${() => void session.loadOlder()}>${t.t('chat.loadOlder')}</button>`;
    return html`<div class="row top" data-key="top" role="listitem">${content}</div>`;
  }

  private renderRow(row: Row) {
    switch (row.kind) {
      case 'top':
        return this.renderTop();
      case 'day':
        return html`<div class="row day" part="day" data-key=${row.key} role="listitem"><span>${this.dayLabel(row.at)}</span></div>`;
      case 'system':
        return html`<div class="row system" part="system" data-key=${row.key} role="listitem">
          ${this.localize.t(`chat.system.${row.line.type}`, { name: row.line.participant?.name ?? '' })}
        </div>`;
      default:
        return this.renderMessage(row);
    }
  }

  private renderHeader() {
    const session = this.session!;
    const store = session.store;
    const t = this.localize;
    const status = store.status;
    let title;
    let detail: unknown = nothing;
    if (status === 'active' && store.agent) {
      // With a signature check the agent is as trustworthy as their latest message; else as the backend flagged them.
      const staff = this.staffCheck ? this.staffState(this.agentMessage()) : store.agent.verified === true ? 'verified' : 'unverified';
      title = html`${this.avatar(store.agent)}<span class="title-text">${t.t('chat.status.active', { name: store.agent.name })}</span>${this.staffMark(staff, true)}`;
      if (staff === 'unverified') detail = this.staffWarning();
    } else if (status === 'queued' || (status === 'active' && !store.agent)) {
      // Active without an agent: the agent left (or has not joined yet) and the chat stays open.
      const queue = store.queue;
      const seconds = queue?.estimatedWaitSeconds ?? 0;
      const minutes = seconds < 60 ? 0 : Math.ceil(seconds / 60);
      title = html`<span class="spinner" aria-hidden="true"></span><span class="title-text">${t.t('chat.status.queued')}</span>`;
      const departed = status === 'active' ? store.departedAgent : undefined;
      detail = departed
        ? html`<p class="hint" role="status">${t.t('chat.status.agentLeftHint', { name: departed.name })}</p>`
        : queue
        ? html`<p class="queue" part="queue" role="status">
            <span>${queue.position <= 1 ? t.t('chat.queue.next') : t.t('chat.queue.position', { position: queue.position })}</span>
            ${queue.estimatedWaitSeconds !== undefined
              ? html`<span>${t.t('chat.queue.wait', { time: minutes < 1 ? t.t('chat.queue.soon') : t.t('chat.queue.minutes', { count: minutes }) })}</span>`
              : nothing}
          </p>`
        : nothing;
    } else if (status === 'closed') {
      title = html`<span class="title-text">${t.t('chat.status.closed')}</span>`;
    } else {
      title = html`${this.avatar({ id: 'bot', role: 'bot', name: '' })}<span class="title-text">${t.t('chat.status.bot')}</span>`;
      detail = html`<p class="hint">${t.t('chat.status.botHint')}</p>`;
    }
    const hasMessages = store.messageCount > 0;
    return html`<header class="header" part="header">
      <div class="header-row">
        <div class="title">${title}</div>
        <div class="actions">
          ${status === 'bot'
            ? html`<button type="button" class="button secondary" part="human-button" ?disabled=${!!session.busy} @click=${this.askForHuman}>
                ${t.t('chat.human')}
              </button>`
            : nothing}
          ${hasMessages
            ? html`<button type="button" class="icon-button" part="transcript-button" aria-label=${t.t('chat.transcript')} title=${t.t('chat.transcript')} ?disabled=${this.preparingTranscript} @click=${this.downloadTranscript}>
                ${downloadIcon}
              </button>`
            : nothing}
          ${status !== 'closed' && !this.confirmEnd
            ? html`<button type="button" class="icon-button" part="end-button" aria-label=${t.t('chat.end')} title=${t.t('chat.end')} @click=${this.askEnd}>
                ${icons.close}
              </button>`
            : nothing}
        </div>
      </div>
      ${detail}
      ${this.confirmEnd && status !== 'closed'
        ? html`<div class="confirm" role="group" aria-label=${t.t('chat.endConfirm')}>
            <span>${t.t('chat.endConfirm')}</span>
            <button type="button" class="button danger" ?disabled=${!!session.busy} @click=${async () => { await session.close(); this.confirmEnd = false; }}>${t.t('chat.end')}</button>
            <button type="button" class="button secondary" @click=${this.cancelEnd}>${t.t('chat.endKeep')}</button>
          </div>`
        : nothing}
    </header>`;
  }

  private renderBanner() {
    const session = this.session!;
    const t = this.localize;
    if (!session.online) return html`<p class="banner" part="banner" role="status">${t.t('chat.offline')}</p>`;
    if (session.store.status === 'closed') return nothing;
    if (session.connection === 'reconnecting') return html`<p class="banner" part="banner" role="status">${t.t('chat.reconnecting')}</p>`;
    if (session.connection === 'failed') {
      return html`<div class="banner error" part="banner" role="alert">
        <span>${t.t('chat.connectionFailed')} ${session.connectionError ? t.error(session.connectionError) : ''}</span>
        <button type="button" class="link" @click=${() => session.reconnect()}>${t.t('chat.reconnect')}</button>
      </div>`;
    }
    return nothing;
  }

  private renderTicketOffer(heading: string) {
    const t = this.localize;
    return html`<div class="ticket-offer" part="ticket-offer">
      <strong>${heading}</strong>
      <p>${t.t('chat.ticketOffer')}</p>
      <button type="button" class="button" @click=${this.offerTicket}>${t.t('chat.ticket')}</button>
    </div>`;
  }

  private renderSecretAlert(target: 'message' | 'rating') {
    if (this.guardFailed) return html`<p class="error inline" part="error" role="alert">${this.localize.t('chat.guardError')}</p>`;
    if (this.scan?.for !== target) return nothing;
    return html`<lb-secret-alert
      .scan=${this.scan.result}
      @lb-secret-confirm=${this.onSecretConfirm}
      @lb-secret-dismiss=${this.onSecretDismiss}
    ></lb-secret-alert>`;
  }

  private renderClosed() {
    const session = this.session!;
    const store = session.store;
    const t = this.localize;
    const reason = store.closedReason;
    return html`<section class="closed" part="closed" aria-labelledby="closed-heading">
      <h3 id="closed-heading">${t.t('chat.closed.heading')}</h3>
      ${reason && TICKET_REASONS.has(reason) ? this.renderTicketOffer(t.t(reason === 'outside_hours' ? 'chat.outsideHours' : 'chat.noAgents')) : nothing}
      ${session.rated
        ? html`<p class="thanks" role="status" tabindex="-1">${t.t('chat.rating.thanks')}</p>`
        : html`<form class="rating" part="rating" @submit=${this.onRate}>
            <fieldset>
              <legend>${t.t('chat.rating.legend')}</legend>
              <div class="stars">
                ${[1, 2, 3, 4, 5].map(
                  (score) => html`<label class="star ${score <= this.score ? 'on' : ''}">
                    <input type="radio" name="score" class="visually-hidden" .value=${String(score)} .checked=${this.score === score} @change=${() => (this.score = score)} />
                    <span aria-hidden="true">★</span><span class="visually-hidden">${t.t('chat.rating.star', { count: score })}</span>
                  </label>`,
                )}
              </div>
            </fieldset>
            <label class="field">
              <span>${t.t('chat.rating.comment')}</span>
              <textarea name="comment" rows="2" maxlength="2000"></textarea>
            </label>
            ${this.renderSecretAlert('rating')}
            ${session.actionError && session.busy === undefined ? html`<p class="error" part="error" role="alert">${t.error(session.actionError)}</p>` : nothing}
            <button type="submit" class="button" ?disabled=${!this.score || session.busy === 'rate'}>${t.t('chat.rating.submit')}</button>
          </form>`}
      <div class="closed-actions">
        <button type="button" class="button secondary" ?disabled=${this.preparingTranscript} @click=${this.downloadTranscript}>${downloadIcon}${t.t('chat.transcript')}</button>
        <button type="button" class="button secondary" @click=${() => { this.score = 0; session.newConversation(); this.focusInitial(); }}>${t.t('chat.newChat')}</button>
      </div>
    </section>`;
  }

  private renderPrechat() {
    const session = this.session!;
    const t = this.localize;
    const starting = session.phase === 'starting';
    const askUid = !this.user?.uid;
    return html`<form class="prechat" part="prechat" @submit=${this.onStart}>
      <h3>${t.t('chat.prechat.heading')}</h3>
      <p class="hint">${t.t('chat.prechat.intro')}</p>
      <fieldset>
        <legend>${t.t('chat.prechat.topic')}</legend>
        <div class="topics">
          ${TOPICS.map(
            (topic) => html`<label class="topic ${this.topic === topic ? 'selected' : ''}">
              <input type="radio" name="topic" .value=${topic} .checked=${this.topic === topic} @change=${() => (this.topic = topic)} />
              <span>${t.t(`chat.topic.${topic}`)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      ${askUid
        ? html`<label class="field">
            <span>${t.t('chat.prechat.uid')}</span>
            <input
              name="uid"
              autocomplete="off"
              inputmode="text"
              maxlength="40"
              aria-invalid=${this.uidError ? 'true' : 'false'}
              aria-describedby="uid-hint"
            />
            <small id="uid-hint" class=${this.uidError ? 'error' : 'hint'}>${this.uidError ? t.t('chat.prechat.uidInvalid') : t.t('chat.prechat.uidHint')}</small>
          </label>`
        : nothing}
      ${session.error ? html`<p class="error" part="error" role="alert">${t.t('chat.startError')} ${t.error(session.error)}</p>` : nothing}
      <button type="submit" class="button" ?disabled=${starting}>${starting ? t.t('chat.prechat.starting') : t.t('chat.prechat.start')}</button>
    </form>`;
  }

  private renderConversation() {
    const session = this.session!;
    const store = session.store;
    const t = this.localize;
    const list = this.list;
    const visible = this.rows.slice(list.start, list.end);
    const typing = store.typing.filter((p) => p.role !== 'user');
    const quick = session.quickReplies();
    const human = session.actionError && session.busy === undefined && store.status !== 'closed' ? session.actionError : undefined;
    return html`
      ${this.renderHeader()}
      ${this.renderBanner()}
      <div class="log-wrap">
        <div class="scroller" part="log" tabindex="0" role="region" aria-label=${t.t('chat.log')}>
          <div class="rows" role="list">
            ${repeat(visible, (row) => row.key, (row) => this.renderRow(row))}
          </div>
        </div>
        ${this.newBelow > 0 && !list.atBottom
          ? html`<button type="button" class="jump" @click=${() => list.scrollToBottom()} aria-label=${t.t('chat.jumpLatest')}>
              ${t.t('chat.newBelow', { count: this.newBelow })} ↓
            </button>`
          : nothing}
      </div>
      ${typing.length ? html`<p class="typing" part="typing"><span class="dots" aria-hidden="true"><i></i><i></i><i></i></span>${t.t('chat.typing', { name: typing[0]!.name })}</p>` : nothing}
      ${human
        ? human.code === 'unavailable'
          ? this.renderTicketOffer(t.t('chat.noAgents'))
          : html`<p class="error inline" part="error" role="alert">${t.error(human)}</p>`
        : nothing}
      ${quick
        ? html`<div class="quick-replies" part="quick-replies" role="group" aria-label=${t.t('chat.quickReplies')}>
            ${quick.quickReplies.map(
              (reply) => html`<button type="button" class="quick-reply" part="quick-reply" @click=${() => this.quickReply(reply)}>${reply.label}</button>`,
            )}
          </div>`
        : nothing}
      ${store.status === 'closed'
        ? this.renderClosed()
        : html`${this.renderSecretAlert('message')}
            <lb-chat-composer
              part="composer"
              exportparts="input, send-button, attach-button"
              .adapter=${this.sessionAdapter}
              .value=${this.draft}
              @lb-composer-submit=${this.onComposerSubmit}
              @lb-composer-typing=${(event: CustomEvent<{ typing: boolean }>) => session.setTyping(event.detail.typing)}
              @focusin=${this.warmGuard}
            ></lb-chat-composer>`}
    `;
  }

  override render() {
    const session = this.session;
    const t = this.localize;
    let body;
    if (!session) body = html`<p class="error" part="error" role="alert">${t.t('error.unsupported')}</p>`;
    else if (session.phase === 'idle' || session.phase === 'loading') body = html`<p class="loading" role="status">${t.t('common.loading')}</p>`;
    else if (session.phase === 'error') {
      body = html`<div class="error block" part="error" role="alert">
        <strong>${t.t('chat.loadError')}</strong>
        <p>${t.error(session.error)}</p>
        <button type="button" class="button" @click=${() => void session.init()}>${t.t('common.retry')}</button>
      </div>`;
    } else if (session.phase === 'prechat' || session.phase === 'starting') body = this.renderPrechat();
    else body = this.renderConversation();
    return html`<div class="chat" part="base" @keydown=${this.onKeydown} @pointerdown=${allowStorage}>
      ${body}
      <div class="visually-hidden" role="log" aria-live="polite" aria-relevant="additions">
        ${repeat(this.announcements, (a) => a.id, (a) => html`<p>${a.text}</p>`)}
      </div>
    </div>`;
  }
}
