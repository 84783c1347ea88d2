import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task } from '@lit/task';
import type { Incident } from '../../adapters/schemas.js';
import type { SupportAdapter } from '../../adapters/contract.js';
import { AdapterController } from '../../core/adapter-controller.js';
import { i18n, LocalizeController } from '../../core/i18n.js';
import { followedIncidents } from '../../core/status/follow.js';
import { incidentPhase, matchIncidents, queryFacets, type IncidentQuery } from '../../core/status/match.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import { incidentNoticeStyles } from './incident-notice.styles.js';

/** Accepts `assets="ETH, USDT"` as well as an array property. */
const listConverter = {
  fromAttribute: (value: string | null) => (value ? value.split(/[\s,]+/).filter(Boolean) : []),
  toAttribute: (value: string[]) => value.join(','),
};

interface Shown {
  incident: Incident;
  phase: 'ongoing' | 'upcoming' | 'over';
}

/**
 * Shows the service incidents and maintenance that matter here: those matching its `topic` text,
 * `tags`, `assets`, `networks` or `areas` — or every active one when none is given. The user can
 * follow an incident to see all its updates; followed incidents refresh while on screen and new
 * updates are announced. Renders nothing when nothing matches (or status cannot be loaded).
 * The status page's own words (titles, bodies, updates) keep their own direction: an English
 * update reads correctly inside an Arabic widget.
 *
 * @tagname lb-incident-notice
 * @summary Known issues and maintenance relevant to the user's problem.
 *
 * @csspart base - The notice container.
 * @csspart incidents - The list of incidents.
 * @csspart incident - One incident.
 * @csspart kind - The kind and severity line.
 * @csspart summary - The one-line toggle of an incident shown collapsed (every one after the first).
 * @csspart title - The incident title.
 * @csspart ticket-hint - "You may not need a ticket" (variant="ticket").
 * @csspart meta - Start time and affected assets.
 * @csspart latest - The latest update.
 * @csspart updates - All updates, shown while following.
 * @csspart follow-button - The "Follow this incident" toggle.
 * @csspart link - The link to the status page.
 *
 * @cssprop --lb-color-warning - Text and accent of incidents.
 * @cssprop --lb-color-warning-surface - Background of incidents.
 * @cssprop --lb-color-danger - Accent of critical incidents.
 * @cssprop --lb-color-danger-surface - Background of critical incidents.
 * @cssprop --lb-color-surface-alt - Background of scheduled maintenance.
 */
export class LbIncidentNotice extends LitElement {
  static override styles = [tokens, base, incidentNoticeStyles];

  private readonly localize = new LocalizeController(this);
  private readonly adapters = new AdapterController(this, () => this.requestUpdate());

  /** The adapter to ask; defaults to the enclosing widget's, then the page default. */
  @property({ attribute: false }) adapter?: SupportAdapter;

  /** Free text to match: a search query, a problem description, a ticket subject. */
  @property() topic = '';

  /** Tags to match, e.g. a ticket category's `incidentTags` (assets, networks or areas). */
  @property({ converter: listConverter }) tags: string[] = [];

  /** Asset symbols to match, e.g. `["ETH"]` (attribute: comma-separated). */
  @property({ converter: listConverter }) assets: string[] = [];

  /** Networks to match, e.g. `["ERC20"]`. */
  @property({ converter: listConverter }) networks: string[] = [];

  /** Areas to match: deposits, withdrawals, trading, login… */
  @property({ converter: listConverter }) areas: string[] = [];

  /** `ticket` adds "you may not need a ticket" (for the top of a ticket category). */
  @property({ reflect: true }) variant: 'banner' | 'ticket' = 'banner';

  /** Seconds between refreshes while the user follows an incident shown here. 0 = never. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 60;

  /** The current time in ms (for tests and stories); defaults to the clock. */
  @property({ type: Number }) now?: number;

  @state() private announcement = '';

  private unsubscribe?: () => void;
  private timer?: ReturnType<typeof setInterval>;
  /** Update counts and resolution already seen per followed incident, to announce only news. */
  private readonly seen = new Map<string, { updates: number; over: boolean }>();

  private readonly incidents = new Task(this, {
    task: async ([adapter], { signal }): Promise<Incident[]> => (adapter?.status ? adapter.status.incidents({ signal }) : []),
    args: () => [this.adapters.value] as const,
    onComplete: (incidents) => this.noteNews(incidents),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = followedIncidents.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.stopPolling();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapters.explicit = this.adapter;
  }

  override updated(): void {
    // Poll only while something shown here is followed.
    const polling = this.refreshInterval > 0 && this.shown().some(({ incident }) => followedIncidents.has(incident.id));
    if (polling && !this.timer) this.timer = setInterval(() => void this.refresh(), this.refreshInterval * 1000);
    else if (!polling) this.stopPolling();
  }

  /** Resolves once the incidents are loaded (or failed to load) and rendered. */
  get ready(): Promise<void> {
    return this.incidents.taskComplete.then(
      () => this.updateComplete.then(() => undefined),
      () => this.updateComplete.then(() => undefined),
    );
  }

  /** Reloads the incidents now. */
  async refresh(): Promise<void> {
    await this.incidents.run();
  }

  private stopPolling(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private get time(): number {
    return this.now ?? Date.now();
  }

  private get query(): IncidentQuery {
    return { text: this.topic, tags: this.tags, assets: this.assets, networks: this.networks, areas: this.areas };
  }

  private shown(): Shown[] {
    const incidents = this.incidents.value ?? [];
    const now = this.time;
    const matches: Shown[] = matchIncidents(incidents, this.query, { now });
    // A followed incident that ended stays, marked resolved, until the user dismisses it.
    for (const incident of incidents) {
      if (followedIncidents.has(incident.id) && incidentPhase(incident, now) === 'over') matches.push({ incident, phase: 'over' });
    }
    return matches;
  }

  private noteNews(incidents: readonly Incident[]): void {
    followedIncidents.prune(incidents.map((incident) => incident.id));
    const now = this.time;
    const news: string[] = [];
    for (const incident of incidents) {
      const over = incidentPhase(incident, now) === 'over';
      const previous = this.seen.get(incident.id);
      this.seen.set(incident.id, { updates: incident.updates.length, over });
      if (!previous || !followedIncidents.has(incident.id)) continue;
      if (over && !previous.over) news.push(this.localize.t('status.announce.resolved', { title: incident.title }));
      else if (incident.updates.length > previous.updates) {
        const latest = latestUpdate(incident);
        if (latest) news.push(this.localize.t('status.announce.update', { title: incident.title, text: latest.text }));
      }
    }
    if (news.length) this.announcement = news.join(' ');
  }

  private toggleFollow(incident: Incident): void {
    const following = !followedIncidents.has(incident.id);
    this.seen.set(incident.id, { updates: incident.updates.length, over: incidentPhase(incident, this.time) === 'over' });
    followedIncidents.set(incident.id, following);
  }

  private ticketHint(incident: Incident): string {
    if (incident.kind === 'maintenance') return this.localize.t('status.ticketHint.maintenance');
    const asked = queryFacets(this.query).areas;
    const area = incident.areas.find((candidate) => asked.has(candidate.toLowerCase())) ?? incident.areas[0];
    const key = `status.ticketHint.${area?.toLowerCase()}`;
    return this.localize.t(area && i18n.has(key) ? key : 'status.ticketHint.generic');
  }

  private whenText(instant: number): string {
    const t = this.localize;
    const sameDay = new Date(instant).toDateString() === new Date(this.time).toDateString();
    return sameDay
      ? t.date(instant, { hour: 'numeric', minute: '2-digit' })
      : t.date(instant, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  }

  /** Incidents the user opened while they were shown collapsed. */
  @state() private expanded = new Set<string>();

  private onToggle(incident: Incident, event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.expanded.has(incident.id)) return;
    const next = new Set(this.expanded);
    if (open) next.add(incident.id);
    else next.delete(incident.id);
    this.expanded = next;
  }

  /**
   * Only the most relevant incident is shown whole; the others are one line each (kind and title)
   * that opens on demand, so that two or three notices do not push a phone's search results or the
   * ways to get help below the fold. A followed or resolved one stays whole: the user asked for it.
   */
  private renderIncident({ incident, phase }: Shown, collapsible: boolean) {
    const t = this.localize;
    const following = followedIncidents.has(incident.id);
    const kind = t.t(`status.kind.${incident.kind}`);
    const titleId = `incident-${incident.id}`;
    const kindLine = t.t('status.label', { kind, severity: t.t(`status.severity.${incident.severity}`) });
    const icon = html`<span class="icon">${phase === 'over' ? icons.check : incident.kind === 'maintenance' ? icons.info : icons.warning}</span>`;
    const details = this.renderDetails(incident, phase, titleId, following);
    if (collapsible && !following && phase !== 'over') {
      return html`<li class="incident collapsible ${incident.kind} ${incident.severity} ${phase}" part="incident" aria-labelledby=${titleId}>
        ${icon}
        <details class="content" ?open=${this.expanded.has(incident.id)} @toggle=${(event: Event) => this.onToggle(incident, event)}>
          <summary part="summary">
            <span class="summary-text">
              <span class="kind" part="kind">${kindLine}</span>
              <span class="title" part="title" id=${titleId} dir="auto">${incident.title}</span>
            </span>
            <span class="chevron">${icons.chevron}</span>
          </summary>
          ${details}
        </details>
      </li>`;
    }
    return html`<li
      class="incident ${incident.kind} ${incident.severity} ${phase}"
      part="incident"
      aria-labelledby=${titleId}
    >
      ${icon}
      <div class="content">
        <p class="kind" part="kind">${kindLine}</p>
        <p class="title" part="title" id=${titleId} dir="auto">${incident.title}</p>
        ${details}
      </div>
    </li>`;
  }

  private renderDetails(incident: Incident, phase: Shown['phase'], titleId: string, following: boolean) {
    const t = this.localize;
    const latest = latestUpdate(incident);
    const start = Date.parse(incident.startedAt);
    const ends = incident.endsAt ? Date.parse(incident.endsAt) : undefined;
    const affected = [...incident.assets, ...incident.networks.filter((n) => !incident.assets.includes(n))];
    const timing =
      phase === 'upcoming'
        ? t.t('status.starts', { time: this.whenText(start) })
        : phase === 'over'
          ? t.t('status.resolved')
          : t.t('status.started', { time: t.relativeTime(start, this.time) });
    return html`
        ${this.variant === 'ticket' && phase !== 'over' ? html`<p class="ticket-hint" part="ticket-hint">${this.ticketHint(incident)}</p>` : nothing}
        <p class="meta" part="meta">
          <span>${timing}</span>
          ${ends && phase !== 'over' ? html`<span>${t.t('status.until', { time: this.whenText(ends) })}</span>` : nothing}
          ${affected.length ? html`<span>${t.t('status.affects', { list: affected.join(', ') })}</span>` : nothing}
        </p>
        ${incident.body && (following || !latest) ? html`<p class="body" dir="auto">${incident.body}</p>` : nothing}
        ${following
          ? html`<h4 class="updates-heading">${t.t('status.updates')}</h4>
              ${incident.updates.length
                ? html`<ul class="updates" part="updates">
                    ${[...incident.updates]
                      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
                      .map((update) => html`<li><time datetime=${update.at}>${this.whenText(Date.parse(update.at))}</time> <bdi>${update.text}</bdi></li>`)}
                  </ul>`
                : html`<p class="body">${t.t('status.noUpdates')}</p>`}`
          : latest
            ? html`<p class="latest" part="latest">
                <span class="latest-label">${t.t('status.latest')}</span>
                <time datetime=${latest.at}>${this.whenText(Date.parse(latest.at))}</time> <bdi>${latest.text}</bdi>
              </p>`
            : nothing}
        <div class="actions">
          ${phase === 'over'
            ? html`<button type="button" class="button" part="follow-button" @click=${() => this.toggleFollow(incident)}>${t.t('status.dismiss')}</button>`
            : html`<button
                type="button"
                class="button"
                part="follow-button"
                aria-pressed=${following ? 'true' : 'false'}
                aria-describedby=${titleId}
                @click=${() => this.toggleFollow(incident)}
              >
                ${following ? icons.check : nothing}<span>${t.t('status.follow')}</span>
              </button>`}
          ${incident.url && /^https?:/i.test(incident.url)
            ? html`<a class="link" part="link" href=${incident.url} target="_blank" rel="noopener noreferrer" aria-describedby=${titleId}>
                ${t.t('status.link')}${icons.external}<span class="visually-hidden">${t.t('channels.newTab')}</span>
              </a>`
            : nothing}
        </div>
        ${following && phase !== 'over' ? html`<p class="hint">${t.t('status.followHint')}</p>` : nothing}`;
  }

  override render() {
    const shown = this.shown();
    return html`
      ${shown.length
        ? html`<section class="notice" part="base" aria-label=${this.localize.t('status.heading')}>
            <ul class="incidents" part="incidents">${repeat(shown, ({ incident }) => incident.id, (entry, index) => this.renderIncident(entry, index > 0))}</ul>
          </section>`
        : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }
}

function latestUpdate(incident: Incident): Incident['updates'][number] | undefined {
  return [...incident.updates].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
}
