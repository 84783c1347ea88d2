import { LitElement, html, nothing, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task } from '@lit/task';
import { AdapterError, type SupportAdapter } from '../../adapters/contract.js';
import { z } from 'zod/mini';
import { channelSchema, type Channel, type ChannelKind, type User } from '../../adapters/schemas.js';
import { parseResponse } from '../../adapters/validated.js';
import { AdapterController } from '../../core/adapter-controller.js';
import { userContext } from '../../core/context.js';
import { emit, type NavigateParams } from '../../core/events.js';
import { LocalizeController } from '../../core/i18n.js';
import { scanForSecrets } from '../../core/secret-guard.js';
import {
  PROBLEM_TYPES, URGENCIES, WEEKDAYS, adviceFor, availability, calendarDaysBetween, channelAction, channelsFor,
  classifyProblem, composeSupportEmail, defaultUrgency, isValidTimeZone, localizedText, parseClock, rankChannels,
  upcomingHolidays, userTimeZone, zonedParts, type Availability, type ChannelAction, type ProblemType,
  type RankedChannel, type Urgency,
} from '../../core/channels/index.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import '../incident-notice/define.js';
import { PopoverController } from './popover.js';
import { channelIcons } from './channel-icons.js';
import { channelPickerStyles } from './channel-picker.styles.js';

const KIND_ICON: Record<ChannelKind, SVGTemplateResult> = {
  help_center: icons.search,
  live_chat: icons.chat,
  ticket: icons.ticket,
  social: channelIcons.social,
  email: channelIcons.mail,
  vip: channelIcons.star,
  community: channelIcons.community,
  phone: channelIcons.phone,
};

const CHECKLIST = ['uid', 'time', 'transaction', 'screenshots', 'tried'] as const;

/**
 * Email, social accounts and community groups have no "open" state of their own: without configured
 * hours they show only their response time, not "Open 24/7".
 */
const showsAvailability = (channel: Channel) => channel.hours !== undefined || !['email', 'social', 'community'].includes(channel.kind);

/** Ids usable in `id` attributes and selectors. */
const domId = (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, '_');

/**
 * The channel picker: every way to reach support that this user is offered, whether each is open
 * now (and when it opens, in the user's time zone), the expected response time, and a
 * recommendation for the user's problem and urgency — with the advice that goes with it, such as
 * the steps to freeze a compromised account. Email opens a prefilled draft; phone shows the hours
 * and the recording notice before dialling; social and community links carry an official mark and
 * an impostor warning. Help center, live chat and tickets open inside the widget.
 *
 * Channels come from the adapter (`channels.list`) or, when set, from the `channels` property.
 *
 * @tagname lb-channel-picker
 * @summary Choose the right way to contact support for your problem.
 *
 * @csspart base - The picker container.
 * @csspart incidents - The service status notice (`<lb-incident-notice>`).
 * @csspart recommend - The "what do you need help with?" form.
 * @csspart input - The problem description.
 * @csspart problem-type - The problem type select.
 * @csspart urgency - The urgency select.
 * @csspart advice - The advice for the problem.
 * @csspart channels - The list of channels.
 * @csspart channel - One channel.
 * @csspart best - The "best match" badge.
 * @csspart official - The "official" mark.
 * @csspart availability - Open now / when it opens.
 * @csspart response - The expected response time.
 * @csspart action - The button or link that uses a channel.
 * @csspart details-button - Opens the hours and response time popover.
 * @csspart popover - The hours and response time popover.
 * @csspart hours-table - The weekly hours table.
 * @csspart impostor-warning - The warning on social and community channels.
 * @csspart email-draft - The prefilled email preview.
 * @csspart email-link - The `mailto:` link.
 * @csspart phone-confirm - The step shown before dialling.
 * @csspart call-link - The `tel:` link.
 * @csspart checklist - "Before you contact us".
 * @csspart safety - The safety reminder.
 *
 * @cssprop --lb-color-primary - Buttons and links.
 * @cssprop --lb-color-success - "Open now".
 * @cssprop --lb-color-warning - Warnings (impostors, recording notice).
 * @cssprop --lb-color-warning-surface - Warning backgrounds.
 * @cssprop --lb-shadow - Popover shadow.
 * @cssprop --lb-z-index - Popover stacking where the top layer is unavailable.
 *
 * @fires lb-channel-select - The user used a channel (opened chat, a link, the email draft, dialled). `detail.channel`.
 * @fires lb-navigate - Help center, live chat and tickets switch the widget's view (`search`, `chat`, `tickets`) with the problem text; "check an account" opens `verify`.
 */
export class LbChannelPicker extends LitElement {
  static override styles = [tokens, base, channelPickerStyles];

  private readonly localize = new LocalizeController(this);
  private readonly adapters = new AdapterController(this, () => this.requestUpdate());
  private readonly popovers = new PopoverController(this, (key) => {
    const trigger = this.renderRoot.querySelector<HTMLElement>(`[data-details="${key}"]`);
    const panel = this.renderRoot.querySelector<HTMLElement>(`#details-${key}`);
    return trigger && panel ? { trigger, panel } : null;
  });

  /** The identified user (region, VIP tier, UID); provided by `<lb-widget>` or set directly. */
  @consume({ context: userContext, subscribe: true })
  @property({ attribute: false })
  user: User | null = null;

  /** The adapter to ask; defaults to the enclosing widget's, then the page default. */
  @property({ attribute: false }) adapter?: SupportAdapter;

  /** True while the view is on screen. */
  @property({ type: Boolean, reflect: true }) active = false;

  /** Channels from configuration, used instead of asking the adapter (validated with the same schema). */
  @property({ attribute: false }) channels?: unknown[];

  /** Prefills the problem description (e.g. from a search with no results). */
  @property() problem = '';

  /** The current time in ms, for tests and stories; defaults to the clock. */
  @property({ type: Number }) now?: number;

  /** The user's IANA time zone; defaults to the browser's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  @state() private text = '';
  @state() private chosenProblem?: ProblemType;
  @state() private chosenUrgency?: Urgency;
  /** The channel whose email draft, call step or ID is expanded. */
  @state() private expanded: string | null = null;
  @state() private clock = Date.now();
  @state() private secretCheck?: { text: string; clean: boolean };
  @state() private announcement = '';

  private timer?: ReturnType<typeof setInterval>;
  private readonly availabilityCache = new Map<string, { minute: number; hours: Channel['hours']; value: Availability }>();
  private ranked: RankedChannel[] = [];
  private bestId?: string;

  private readonly channelsTask = new Task(this, {
    task: async ([adapter, configured], { signal }): Promise<Channel[]> => {
      // Configured channels are checked like an adapter's answer: a typo fails loudly, here.
      if (configured) return parseResponse(z.array(channelSchema), configured, 'channel configuration');
      if (!adapter?.channels) return [];
      return adapter.channels.list({ signal });
    },
    args: () => [this.adapters.value, this.channels] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => {
      if (this.now === undefined) this.clock = Date.now();
    }, 30_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  /** Focuses the problem description (called when the panel opens on this view). */
  focusInitial(): void {
    this.renderRoot.querySelector<HTMLElement>('textarea')?.focus();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapters.explicit = this.adapter;
    // A popover lives in the top layer: it must not outlive the view being hidden.
    if (changed.has('active') && !this.active) this.popovers.close(false);
    if (changed.has('problem')) {
      this.text = this.problem;
      this.chosenProblem = undefined;
      this.chosenUrgency = undefined;
    }
    if ((changed as Map<PropertyKey, unknown>).has('text')) this.checkSecrets();
    this.rank();
  }

  override updated(): void {
    // A select's shown value follows the state even after the user changed it (option attributes would not).
    const { urgency, detected } = this.assessment;
    const selects = this.renderRoot.querySelectorAll<HTMLSelectElement>('select');
    if (selects.length === 2) {
      selects[0]!.value = this.chosenProblem ?? detected ?? '';
      selects[1]!.value = urgency;
    }
  }

  // ------------------------------------------------------------------ derived state

  private get time(): number {
    return this.now ?? this.clock;
  }

  private get zone(): string {
    return this.timeZone && isValidTimeZone(this.timeZone) ? this.timeZone : userTimeZone();
  }

  private get assessment(): { problem: ProblemType; urgency: Urgency; described: boolean; detected?: ProblemType } {
    const guess = classifyProblem(this.text);
    const problem = this.chosenProblem ?? guess.problem;
    const urgency = this.chosenUrgency ?? (problem === guess.problem ? guess.urgency : defaultUrgency(problem));
    const described = this.chosenProblem !== undefined || this.chosenUrgency !== undefined || this.text.trim().length > 0;
    return { problem, urgency, described, detected: guess.recognised ? guess.problem : undefined };
  }

  private availabilityOf = (channel: Channel): Availability => {
    const minute = Math.floor(this.time / 60_000);
    const cached = this.availabilityCache.get(channel.id);
    if (cached && cached.minute === minute && cached.hours === channel.hours) return cached.value;
    const value = availability(channel.hours, this.time);
    this.availabilityCache.set(channel.id, { minute, hours: channel.hours, value });
    return value;
  };

  private rank(): void {
    const offered = channelsFor(this.channelsTask.value ?? [], this.user);
    const { problem, urgency, described } = this.assessment;
    this.ranked = described
      ? rankChannels(offered, { problem, urgency, now: this.time, availabilityOf: this.availabilityOf })
      : offered.map((channel) => {
          const state = this.availabilityOf(channel);
          return { channel, score: 0, availability: state, open: state.state === 'always' || state.state === 'open', suitable: true };
        });
    const best = described && this.ranked[0]?.suitable ? this.ranked[0] : undefined;
    if (best?.channel.id !== this.bestId) {
      this.bestId = best?.channel.id;
      this.announcement = best
        ? this.localize.t('channels.announce.best', { channel: this.label(best.channel), status: this.statusText(best.availability) })
        : '';
    }
  }

  private checkSecrets(): void {
    const text = this.text;
    if (!text.trim()) {
      this.secretCheck = { text, clean: true };
      return;
    }
    void scanForSecrets(text).then((scan) => {
      if (this.text === text) this.secretCheck = { text, clean: scan.findings.length === 0 };
    });
  }

  private label(channel: Channel): string {
    return localizedText(channel.label, this.localize.locale);
  }

  // ------------------------------------------------------------------ formatting

  private timeOf(instant: number): string {
    return this.localize.date(instant, { hour: 'numeric', minute: '2-digit', timeZone: this.zone });
  }

  /** "today at 09:00", "tomorrow at 09:00", "Monday at 09:00", "25 Dec at 09:00" — in the user's zone. */
  private whenText(instant: number): string {
    const t = this.localize;
    const time = this.timeOf(instant);
    const days = calendarDaysBetween(this.time, instant, this.zone);
    if (days <= 0) return t.t('channels.when.today', { time });
    if (days === 1) return t.t('channels.when.tomorrow', { time });
    if (days < 7) return t.t('channels.when.weekday', { day: t.date(instant, { weekday: 'long', timeZone: this.zone }), time });
    return t.t('channels.when.date', { date: t.date(instant, { day: 'numeric', month: 'short', timeZone: this.zone }), time });
  }

  private statusText(state: Availability): string {
    const t = this.localize;
    switch (state.state) {
      case 'always':
        return t.t('channels.status.always');
      case 'open': {
        if (state.closesAt === undefined) return t.t('channels.status.open');
        const sameDay = calendarDaysBetween(this.time, state.closesAt, this.zone) === 0;
        return t.t('channels.status.openUntil', { time: sameDay ? this.timeOf(state.closesAt) : this.whenText(state.closesAt) });
      }
      case 'closed':
        return state.opensAt === undefined ? t.t('channels.status.closed') : t.t('channels.status.closedUntil', { when: this.whenText(state.opensAt) });
      default:
        return t.t('channels.status.unknown');
    }
  }

  private duration(minutes: number): string {
    const t = this.localize;
    const [value, unit] = minutes < 60 ? [minutes, 'minute'] : minutes < 48 * 60 ? [Math.round(minutes / 60), 'hour'] : [Math.round(minutes / 1440), 'day'];
    return t.number(value, { style: 'unit', unit, unitDisplay: 'long' });
  }

  private zoneName(timeZone: string): string {
    try {
      const parts = new Intl.DateTimeFormat(this.localize.locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(this.time);
      return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
    } catch {
      return timeZone;
    }
  }

  private clockText(value: string): string {
    const minutes = parseClock(value);
    if (minutes >= 24 * 60) return this.localize.t('channels.details.midnight');
    return this.localize.date(Date.UTC(2000, 0, 1, Math.floor(minutes / 60), minutes % 60), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  }

  private rangeText([open, close]: [string, string]): string {
    const t = this.localize;
    const from = parseClock(open);
    const to = parseClock(close);
    if (from === 0 && to >= 24 * 60) return t.t('channels.details.allDay');
    const params = { start: this.clockText(open), end: this.clockText(close) };
    return to <= from ? t.t('channels.details.overnight', params) : t.t('channels.details.range', params);
  }

  // ------------------------------------------------------------------ actions

  private select(channel: Channel): void {
    emit(this, 'lb-channel-select', { channel });
  }

  private navigateTo(channel: Channel, view: 'search' | 'chat' | 'tickets'): void {
    this.select(channel);
    const text = this.text.trim();
    const params: NavigateParams = {};
    if (view === 'tickets') {
      params.mode = 'new';
      if (text) params.query = text.split('\n')[0]!.slice(0, 120);
    } else if (text) params.query = text;
    emit(this, 'lb-navigate', { view, params });
  }

  private async toggleExpanded(channel: Channel): Promise<void> {
    const id = domId(channel.id);
    if (this.expanded === id) {
      this.collapse(true);
      return;
    }
    this.popovers.close(false);
    this.expanded = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#expand-${id}`)?.focus();
  }

  private collapse(returnFocus: boolean): void {
    const id = this.expanded;
    if (!id) return;
    this.expanded = null;
    if (returnFocus) this.renderRoot.querySelector<HTMLElement>(`[data-expands="${id}"]`)?.focus();
  }

  private onExpandedKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    this.collapse(true);
  };

  private async copy(channel: Channel, value: string): Promise<void> {
    this.select(channel);
    try {
      await navigator.clipboard.writeText(value);
      this.announcement = this.localize.t('channels.copied');
    } catch {
      // Clipboard blocked: the value stays visible and selectable.
    }
  }

  private onInput(event: Event) {
    this.text = (event.target as HTMLTextAreaElement).value;
  }

  private onProblemChange(event: Event) {
    const value = (event.target as HTMLSelectElement).value as ProblemType | '';
    this.chosenProblem = value || undefined;
    this.chosenUrgency = undefined;
  }

  private onUrgencyChange(event: Event) {
    this.chosenUrgency = (event.target as HTMLSelectElement).value as Urgency;
  }

  // ------------------------------------------------------------------ render

  private renderRecommend(): TemplateResult {
    const t = this.localize;
    const { problem, urgency, described, detected } = this.assessment;
    const advice = described ? adviceFor(problem) : undefined;
    const selectedProblem = this.chosenProblem ?? detected ?? '';
    return html`<section class="recommend" part="recommend" aria-labelledby="ask-heading">
      <h3 id="ask-heading" class="heading">${t.t('channels.ask.heading')}</h3>
      <label class="field">
        <span class="label">${t.t('channels.ask.label')}</span>
        <textarea
          part="input"
          rows="2"
          .value=${this.text}
          placeholder=${t.t('channels.ask.placeholder')}
          aria-describedby="ask-hint"
          @input=${this.onInput}
        ></textarea>
      </label>
      <p id="ask-hint" class="hint">${t.t('channels.ask.hint')}</p>
      <div class="selects">
        <label class="field">
          <span class="label">${t.t('channels.problemType')}</span>
          <select part="problem-type" @change=${this.onProblemChange}>
            <option value="" ?selected=${selectedProblem === ''}>${t.t('channels.problemType.choose')}</option>
            ${PROBLEM_TYPES.map((type) => html`<option value=${type} ?selected=${selectedProblem === type}>${t.t(`channels.problem.${type}`)}</option>`)}
          </select>
        </label>
        <label class="field">
          <span class="label">${t.t('channels.urgency')}</span>
          <select part="urgency" @change=${this.onUrgencyChange}>
            ${URGENCIES.map((value) => html`<option value=${value} ?selected=${urgency === value}>${t.t(`channels.urgency.${value}`)}</option>`)}
          </select>
        </label>
      </div>
      ${advice
        ? html`<div class="advice ${problem}" part="advice" role="region" aria-labelledby="advice-title">
            <h4 id="advice-title" class="advice-title">${problem === 'compromised' ? icons.warning : icons.info}<span>${t.t(advice.title)}</span></h4>
            <ol>
              ${advice.steps.map((step) => html`<li>${t.t(step)}</li>`)}
            </ol>
          </div>`
        : nothing}
    </section>`;
  }

  private renderAction(channel: Channel, action: ChannelAction, id: string, nameId: string) {
    const t = this.localize;
    switch (action.type) {
      case 'navigate':
        return html`<button type="button" class="button primary" part="action" aria-describedby=${nameId} @click=${() => this.navigateTo(channel, action.view)}>
          ${t.t(`channels.action.${channel.kind}`)}
        </button>`;
      case 'email':
      case 'phone':
        return html`<button
          type="button"
          class="button primary"
          part="action"
          data-expands=${id}
          aria-expanded=${this.expanded === id ? 'true' : 'false'}
          aria-controls=${`expand-${id}`}
          aria-describedby=${nameId}
          @click=${() => void this.toggleExpanded(channel)}
        >
          ${t.t(action.type === 'email' ? 'channels.action.email' : 'channels.action.phone')}
        </button>`;
      case 'link':
        return html`<a
          class="button primary"
          part="action"
          href=${action.href}
          target="_blank"
          rel="noopener noreferrer"
          aria-describedby=${nameId}
          @click=${() => this.select(channel)}
        >
          ${t.t('channels.action.link', { platform: channel.platform ?? new URL(action.href).hostname })}${icons.external}
          <span class="visually-hidden">${t.t('channels.newTab')}</span>
        </a>`;
      case 'handle':
        return html`<button type="button" class="button primary" part="action" aria-describedby=${nameId} @click=${() => void this.copy(channel, action.value)}>
          ${t.t('channels.handle.copy')}
        </button>`;
      default:
        return nothing;
    }
  }

  private renderExpanded(channel: Channel, action: ChannelAction, id: string, entry: RankedChannel) {
    if (this.expanded !== id) return nothing;
    const t = this.localize;
    if (action.type === 'email') {
      const { problem } = this.assessment;
      const check = this.secretCheck;
      const pending = this.text.trim() !== '' && check?.text !== this.text;
      const omitted = this.text.trim() !== '' && check?.text === this.text && !check.clean;
      const draft = composeSupportEmail({
        to: action.address,
        problem,
        uid: this.user?.uid,
        description: check?.text === this.text && check.clean ? this.text : undefined,
        timeZone: this.zone,
        t: (key, params) => t.t(key, params),
      });
      return html`<div class="expanded" part="email-draft" id=${`expand-${id}`} tabindex="-1" role="group" aria-labelledby=${`expand-title-${id}`} @keydown=${this.onExpandedKeydown}>
        <h5 id=${`expand-title-${id}`} class="expanded-title">${t.t('channels.email.heading')}</h5>
        <dl class="draft">
          <dt>${t.t('channels.email.to')}</dt>
          <dd>${draft.to}</dd>
          <dt>${t.t('channels.email.subjectLabel')}</dt>
          <dd class="subject">${draft.subject}</dd>
          <dt>${t.t('channels.email.bodyLabel')}</dt>
          <dd class="body">${draft.body}</dd>
        </dl>
        ${omitted ? html`<p class="warning">${icons.warning}<span>${t.t('channels.email.omitted')}</span></p>` : nothing}
        <p class="note">${icons.info}<span>${t.t('channels.email.registered')}</span></p>
        <div class="row">
          <a class="button primary" part="email-link" href=${draft.href} aria-disabled=${pending ? 'true' : 'false'} @click=${(event: Event) => (pending ? event.preventDefault() : this.select(channel))}>
            ${t.t('channels.email.open')}
          </a>
          <button type="button" class="button" @click=${() => void this.copy(channel, action.address)}>${t.t('channels.email.copy')}</button>
          <button type="button" class="button" @click=${() => this.collapse(true)}>${t.t('common.cancel')}</button>
        </div>
      </div>`;
    }
    if (action.type === 'phone') {
      const closed = entry.availability.state === 'closed' ? entry.availability : undefined;
      return html`<div class="expanded" part="phone-confirm" id=${`expand-${id}`} tabindex="-1" role="group" aria-labelledby=${`expand-title-${id}`} @keydown=${this.onExpandedKeydown}>
        <h5 id=${`expand-title-${id}`} class="expanded-title">${t.t('channels.phone.heading')}</h5>
        <p class="number"><span class="label">${t.t('channels.phone.number')}</span> <span dir="ltr">${action.number}</span></p>
        <p class=${entry.open ? 'open' : 'closed'}>${this.statusText(entry.availability)}</p>
        ${channel.hours ? this.renderHoursTable(channel) : nothing}
        ${closed?.opensAt !== undefined ? html`<p class="warning">${icons.warning}<span>${t.t('channels.phone.closedNow', { when: this.whenText(closed.opensAt) })}</span></p>` : nothing}
        <p class="note recording">${icons.info}<span>${t.t('channels.phone.recording')}</span></p>
        <div class="row">
          <a class="button primary" part="call-link" href=${action.href} @click=${() => this.select(channel)}>${t.t('channels.phone.call', { number: action.number })}</a>
          <button type="button" class="button" @click=${() => this.collapse(true)}>${t.t('common.cancel')}</button>
        </div>
      </div>`;
    }
    return nothing;
  }

  private renderHoursTable(channel: Channel) {
    const hours = channel.hours!;
    const t = this.localize;
    if (!isValidTimeZone(hours.timeZone)) return html`<p>${t.t('channels.status.unknown')}</p>`;
    const today = zonedParts(this.time, hours.timeZone).weekday;
    return html`<table class="hours" part="hours-table">
      <caption>${t.t('channels.details.zone', { zone: this.zoneName(hours.timeZone) })}</caption>
      <thead>
        <tr>
          <th scope="col">${t.t('channels.details.day')}</th>
          <th scope="col">${t.t('channels.details.hours')}</th>
        </tr>
      </thead>
      <tbody>
        ${WEEKDAYS.map((day, index) => {
          const ranges = hours.weekly[day] ?? [];
          return html`<tr class=${day === today ? 'today' : ''} aria-current=${day === today ? 'date' : 'false'}>
            <th scope="row">${t.date(Date.UTC(2024, 0, 1 + index), { weekday: 'long', timeZone: 'UTC' })}</th>
            <td>${ranges.length ? ranges.map((range) => this.rangeText(range)).join(', ') : t.t('channels.details.closedDay')}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderDetails(channel: Channel, id: string, entry: RankedChannel) {
    const t = this.localize;
    const open = this.popovers.isOpen(id);
    const holidays = channel.hours ? upcomingHolidays(channel.hours, this.time) : [];
    const label = this.label(channel);
    return html`<div
      class="popover ${open ? 'open' : ''}"
      part="popover"
      id=${`details-${id}`}
      popover="manual"
      role="dialog"
      aria-labelledby=${`details-title-${id}`}
      tabindex="-1"
      @keydown=${this.popovers.onKeydown}
      @focusout=${this.popovers.onFocusOut}
    >
      ${open
        ? html`<h5 id=${`details-title-${id}`} class="popover-title">${t.t('channels.details.title', { channel: label })}</h5>
            ${showsAvailability(channel) ? html`<p class=${entry.open ? 'open' : 'closed'}>${this.statusText(entry.availability)}</p>` : nothing}
            ${channel.hours ? this.renderHoursTable(channel) : showsAvailability(channel) ? html`<p>${t.t('channels.details.always')}</p>` : nothing}
            ${holidays.length
              ? html`<p>${t.t('channels.details.holidays', {
                  dates: holidays.map((date) => t.date(`${date}T12:00:00Z`, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })).join(', '),
                })}</p>`
              : nothing}
            <p>
              ${channel.responseMinutes !== undefined
                ? t.t('channels.details.response', { duration: this.duration(channel.responseMinutes) })
                : t.t('channels.details.noResponse')}
            </p>
            <p class="muted">${t.t('channels.details.yourZone', { zone: this.zoneName(this.zone) })}</p>
            <button type="button" class="button" @click=${() => this.popovers.close(true)}>${t.t('common.close')}</button>`
        : html`<h5 id=${`details-title-${id}`} class="popover-title">${label}</h5>`}
    </div>`;
  }

  private renderChannel(entry: RankedChannel, index: number) {
    const t = this.localize;
    const { channel } = entry;
    const id = domId(channel.id);
    const nameId = `name-${id}`;
    const action = channelAction(channel);
    const best = index === 0 && this.bestId === channel.id;
    const external = channel.kind === 'social' || channel.kind === 'community';
    const description = localizedText(channel.description, this.localize.locale);
    const showUnsuitable = this.assessment.described && !entry.suitable;
    return html`<li class="channel ${best ? 'best' : ''} ${showUnsuitable ? 'unsuitable' : ''}" part="channel" data-channel=${channel.id}>
      <div class="channel-main">
        <span class="channel-icon">${KIND_ICON[channel.kind]}</span>
        <div class="channel-text">
          <h4 class="name" id=${nameId}>
            <span>${this.label(channel)}</span>
            ${best ? html`<span class="badge best" part="best">${t.t('channels.best')}</span>` : nothing}
            ${external && channel.official
              ? html`<span class="badge official" part="official">${icons.shield}<span>${t.t('channels.official')}</span></span>`
              : nothing}
            ${external && !channel.official ? html`<span class="badge unofficial">${t.t('channels.unofficial')}</span>` : nothing}
          </h4>
          ${description ? html`<p class="description">${description}</p>` : nothing}
          ${action.type === 'handle'
            ? html`<p class="handle"><span>${t.t('channels.handle.label', { platform: channel.platform ?? '' })}</span> <code>${action.value}</code></p>`
            : nothing}
          ${showsAvailability(channel)
            ? html`<p class="availability ${entry.open ? 'open' : 'closed'}" part="availability">
                <span class="dot" aria-hidden="true"></span>${this.statusText(entry.availability)}
              </p>`
            : nothing}
          ${channel.responseMinutes !== undefined
            ? html`<p class="response" part="response">${t.t('channels.response', { duration: this.duration(channel.responseMinutes) })}</p>`
            : nothing}
          ${showUnsuitable ? html`<p class="response">${t.t('channels.notSuitable')}</p>` : nothing}
        </div>
      </div>
      <div class="channel-actions">
        ${this.renderAction(channel, action, id, nameId)}
        <button
          type="button"
          class="button icon-button"
          part="details-button"
          data-details=${id}
          aria-label=${t.t('channels.details.label', { channel: this.label(channel) })}
          title=${t.t('channels.details')}
          aria-haspopup="dialog"
          aria-expanded=${this.popovers.isOpen(id) ? 'true' : 'false'}
          aria-controls=${`details-${id}`}
          @click=${() => {
            this.collapse(false);
            void this.popovers.toggle(id);
          }}
        >
          ${icons.info}
        </button>
      </div>
      ${this.renderDetails(channel, id, entry)} ${this.renderExpanded(channel, action, id, entry)}
      ${external
        ? html`<div class="warning impostor" part="impostor-warning">
            ${icons.warning}
            <div>
              <p>${t.t('channels.impostor')}</p>
              ${this.adapters.value?.verification
                ? html`<button type="button" class="link-button" @click=${() => emit(this, 'lb-navigate', { view: 'verify', params: {} })}>
                    ${t.t('channels.impostor.check')}
                  </button>`
                : nothing}
            </div>
          </div>`
        : nothing}
    </li>`;
  }

  private renderChannels() {
    const t = this.localize;
    return this.channelsTask.render({
      initial: () => html`<p class="state" role="status">${t.t('channels.loading')}</p>`,
      pending: () =>
        this.channelsTask.value ? this.renderList() : html`<p class="state" role="status">${t.t('channels.loading')}</p>`,
      complete: () => this.renderList(),
      error: (error) => {
        const code = AdapterError.from(error).code;
        return html`<div class="state error" role="alert">
          <p>${t.t(`error.${code}`)}</p>
          <button type="button" class="button" @click=${() => void this.channelsTask.run()}>${t.t('common.retry')}</button>
        </div>`;
      },
    });
  }

  private renderList() {
    const t = this.localize;
    if (!this.ranked.length) return html`<p class="state">${t.t('channels.empty')}</p>`;
    return html`<section class="list" aria-labelledby="list-heading">
      <h3 id="list-heading" class="heading">${t.t(this.bestId ? 'channels.list.ranked' : 'channels.list.heading')}</h3>
      <p class="hint">${t.t('channels.list.timeZone', { zone: this.zoneName(this.zone) })}</p>
      <ul class="channels" part="channels">
        ${this.ranked.map((entry, index) => this.renderChannel(entry, index))}
      </ul>
    </section>`;
  }

  override render() {
    const t = this.localize;
    return html`<div class="picker" part="base">
      <lb-incident-notice part="incidents" .adapter=${this.adapter} .topic=${this.text} .now=${this.now}></lb-incident-notice>
      ${this.renderRecommend()} ${this.renderChannels()}
      <section class="checklist" part="checklist" aria-labelledby="checklist-heading">
        <h3 id="checklist-heading" class="heading">${t.t('channels.checklist.heading')}</h3>
        <ul>
          ${CHECKLIST.map((item) => html`<li>${icons.check}<span>${t.t(`channels.checklist.${item}`)}</span></li>`)}
        </ul>
      </section>
      <p class="safety" part="safety">${icons.shield}<span>${t.t('channels.safety')}</span></p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
