import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { AdapterError, type SupportAdapter } from '../../adapters/contract.js';
import type { Channel, OfficialChannels } from '../../adapters/schemas.js';
import { AdapterController } from '../../core/adapter-controller.js';
import { emit } from '../../core/events.js';
import { LocalizeController } from '../../core/i18n.js';
import { isolated } from '../../core/bidi.js';
import { checkOfficial, platformId, platformLabel, withListedChannels, type OfficialCheck } from '../../core/official-check.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import { verifyStyles } from './verify.styles.js';

/** Next steps shown under each verdict (message keys). */
function stepsFor(check: OfficialCheck): string[] {
  switch (check.verdict) {
    case 'official':
      return [
        ...(check.insecure ? ['safety.verify.step.official.insecure'] : []),
        ...(check.officialOn ? ['safety.verify.step.official.platform'] : []),
        'safety.verify.step.official.spelling',
        'safety.verify.step.official.secrets',
      ];
    case 'not_official':
      return ['safety.verify.step.not_official.noSecrets', 'safety.verify.step.not_official.contact', 'safety.verify.step.report'];
    case 'lookalike':
      return ['safety.verify.step.lookalike.leave', 'safety.verify.step.lookalike.compromised', 'safety.verify.step.report'];
    default:
      return [];
  }
}

/** The message key that explains a verdict. */
function summaryKey(check: OfficialCheck): string {
  if (check.verdict === 'official') {
    if (check.kind === 'handle' && check.officialOn) return 'safety.verify.official.handle.bare';
    return `safety.verify.official.${check.kind}.${check.reason}`;
  }
  return `safety.verify.${check.verdict}.${check.reason}`;
}

const LTR_PARAMS = ['value', 'matched', 'ascii'] as const;

const VERDICT_ICON = { official: icons.check, not_official: icons.warning, lookalike: icons.warning, invalid: icons.info };

/**
 * "Is this really us?" The user pastes a link, email address, phone number or social media
 * handle they were given; the view says whether it is one of the exchange's official channels
 * (from the adapter's `verification.officialChannels()`), not official, or a lookalike of an
 * official one (look-alike characters and punycode, misspellings, our name in someone else's
 * domain), with clear next steps for each verdict and the full official list to compare with.
 *
 * @summary Check whether a link, email, phone number or account is an official channel.
 *
 * @csspart base - The view container.
 * @csspart form - The form.
 * @csspart label - The input's label.
 * @csspart input - The text input.
 * @csspart submit-button - "Check".
 * @csspart result - The live region holding the verdict.
 * @csspart verdict - The verdict card (also has the verdict as a class: official, not_official, lookalike, invalid).
 * @csspart verdict-title - The verdict's headline.
 * @csspart summary - Why: what matched or what is imitated.
 * @csspart ascii - The real (punycode) form of an internationalized address.
 * @csspart lookalike-characters - Which characters only look like ours (and their script).
 * @csspart steps - What to do next.
 * @csspart report-button - Opens a chat to report the channel.
 * @csspart channels-button - Opens the official contact channels.
 * @csspart official-list - The list of every official channel.
 * @csspart error - The error shown when the official list cannot load.
 *
 * @cssprop --lb-color-success - Official verdict.
 * @cssprop --lb-color-warning - Not-official verdict.
 * @cssprop --lb-color-danger - Lookalike verdict.
 *
 * @fires lb-navigate - "Report it" opens `chat` with a prefilled report; "See all ways to contact us" opens `channels`.
 */
export class LbVerify extends LitElement {
  static override styles = [tokens, base, verifyStyles];

  private readonly localize = new LocalizeController(this);
  private readonly adapters = new AdapterController(this, () => this.requestUpdate());

  /** The adapter to ask; defaults to the enclosing widget's, then the page default. */
  @property({ attribute: false }) adapter?: SupportAdapter;

  /** True while the view is on screen. */
  @property({ type: Boolean, reflect: true }) active = false;

  /** Prefills the input and checks it as soon as the official list is available. */
  @property() value = '';

  @state() private text = '';
  @state() private result?: OfficialCheck;
  /** Set when a check was asked for before the official list arrived. */
  @state() private waiting = false;

  @query('input') private input?: HTMLInputElement;

  private readonly official = new Task(this, {
    task: async ([adapter], { signal }): Promise<OfficialChannels> => {
      if (!adapter?.verification) throw new AdapterError('unsupported', 'This adapter has no official-channel list.');
      // The channels the picker shows as Official count too: the widget must not contradict itself.
      const [official, listed] = await Promise.all([
        adapter.verification.officialChannels({ signal }),
        adapter.channels ? adapter.channels.list({ signal }).catch(() => [] as Channel[]) : ([] as Channel[]),
      ]);
      return withListedChannels(official, listed);
    },
    args: () => [this.adapters.value] as const,
  });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapters.explicit = this.adapter;
    if (changed.has('value') && this.value) {
      this.text = this.value;
      this.result = undefined;
      this.waiting = true;
    }
    // A check waiting for the list runs once it is here (the task's completion re-renders us).
    if (this.waiting && this.official.status === TaskStatus.COMPLETE && this.official.value) {
      this.waiting = false;
      this.result = checkOfficial(this.text, this.official.value);
    }
  }

  /** Focuses the input (called when the panel opens on this view). */
  focusInitial(): void {
    this.input?.focus();
  }

  /** Checks `text` (or the current input) and shows the verdict. Resolves with it once the official list is loaded. */
  async check(text: string = this.text): Promise<OfficialCheck> {
    this.text = text;
    const channels = this.official.value ?? (await this.official.taskComplete);
    this.waiting = false;
    this.result = checkOfficial(text, channels);
    return this.result;
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (this.official.value) this.result = checkOfficial(this.text, this.official.value);
    else this.waiting = true;
  }

  private onInput(event: InputEvent) {
    this.text = (event.target as HTMLInputElement).value;
  }

  private onKeydown(event: KeyboardEvent) {
    // Escape clears a filled box first (and keeps the panel open); an empty box lets it through.
    if (event.key === 'Escape' && !event.isComposing && (this.text || this.result)) {
      event.preventDefault();
      this.text = '';
      this.result = undefined;
    }
  }

  private report(check: OfficialCheck) {
    const t = this.localize;
    const kind = t.t(`safety.verify.kind.${check.kind ?? 'url'}`);
    emit(this, 'lb-navigate', { view: 'chat', params: { query: t.t('safety.verify.reportMessage', { kind, value: this.text.trim() }) } });
  }

  private platforms(ids: readonly string[] | undefined): string {
    const labels = (ids ?? []).map(platformLabel);
    return new Intl.ListFormat(this.localize.locale, { type: 'conjunction' }).format(labels);
  }

  /** "о (Cyrillic), ο (Greek)" in the user's language. */
  private characters(found: NonNullable<OfficialCheck['lookalikeCharacters']>): string {
    const locale = this.localize.locale;
    let scripts: Intl.DisplayNames | undefined;
    try {
      scripts = new Intl.DisplayNames(locale, { type: 'script' });
    } catch {
      scripts = undefined;
    }
    const list = found.map(({ character, script }) => `${character} (${scripts?.of(script) ?? script})`);
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(list);
  }

  private renderVerdict(check: OfficialCheck): TemplateResult {
    const t = this.localize;
    const params = {
      value: check.display,
      matched: check.matched ?? '',
      platform: check.platform ? platformLabel(check.platform) : '',
      platforms: this.platforms(check.officialOn),
    };
    const steps = stepsFor(check);
    const warn = check.verdict === 'not_official' || check.verdict === 'lookalike';
    return html`<section class="verdict ${check.verdict}" part="verdict" data-verdict=${check.verdict} aria-labelledby="verdict-title">
      <h4 id="verdict-title" class="verdict-title" part="verdict-title">${VERDICT_ICON[check.verdict]}<span>${t.t(`safety.verify.${check.verdict}.title`)}</span></h4>
      <p class="summary" part="summary">${isolated((p) => t.t(summaryKey(check), p), params, LTR_PARAMS)}</p>
      ${check.ascii
        ? html`<p class="ascii" part="ascii">${isolated((p) => t.t('safety.verify.ascii', p), { ascii: check.ascii }, LTR_PARAMS)}</p>`
        : nothing}
      ${check.lookalikeCharacters?.length
        ? html`<p class="ascii" part="lookalike-characters">${t.t('safety.verify.lookalikeCharacters', { characters: this.characters(check.lookalikeCharacters) })}</p>`
        : nothing}
      ${steps.length
        ? html`<p class="steps-heading">${t.t('safety.verify.steps')}</p>
            <ul class="steps" part="steps">
              ${steps.map((key) => html`<li>${isolated((p) => t.t(key, p), params, LTR_PARAMS)}</li>`)}
            </ul>`
        : nothing}
      ${warn
        ? html`<div class="actions">
            <button type="button" class="button primary" part="report-button" @click=${() => this.report(check)}>${t.t('safety.verify.report')}</button>
            <button type="button" class="button" part="channels-button" @click=${() => emit(this, 'lb-navigate', { view: 'channels', params: {} })}>
              ${t.t('safety.verify.channels')}
            </button>
          </div>`
        : nothing}
    </section>`;
  }

  private renderOfficialList(channels: OfficialChannels): TemplateResult {
    const t = this.localize;
    const group = (label: string, items: string[]) =>
      items.length
        ? html`<div>
            <dt>${t.t(label)}</dt>
            <dd>
              <ul>
                ${items.map((item) => html`<li dir="ltr">${item}</li>`)}
              </ul>
            </dd>
          </div>`
        : nothing;
    return html`<details part="official-list">
      <summary>${t.t('safety.verify.list')}</summary>
      <dl>
        ${group('safety.verify.list.domains', channels.domains)} ${group('safety.verify.list.emails', channels.emails)}
        ${group('safety.verify.list.phones', channels.phones)}
        ${group(
          'safety.verify.list.handles',
          channels.handles.map((entry) => `${platformLabel(platformId(entry.platform))}: @${entry.handle.replace(/^@/, '')}`),
        )}
      </dl>
    </details>`;
  }

  override render() {
    const t = this.localize;
    const loading = this.official.status === TaskStatus.PENDING || this.official.status === TaskStatus.INITIAL;
    // What is typed (a link, a number, an @account) reads left to right; the empty box's placeholder follows the page.
    return html`
      <div class="verify" part="base">
        <h3 class="heading">${t.t('safety.verify.title')}</h3>
        <p class="intro">${t.t('safety.verify.intro')}</p>
        <form part="form" @submit=${this.onSubmit} novalidate>
          <label for="input" part="label">${t.t('safety.verify.label')}</label>
          <div class="row">
            <input
              id="input"
              part="input"
              dir=${this.text ? 'ltr' : nothing}
              type="text"
              inputmode="url"
              autocomplete="off"
              autocapitalize="off"
              spellcheck="false"
              enterkeyhint="go"
              placeholder=${t.t('safety.verify.placeholder')}
              .value=${this.text}
              @input=${this.onInput}
              @keydown=${this.onKeydown}
            />
            <button type="submit" class="button primary" part="submit-button">${t.t('safety.verify.submit')}</button>
          </div>
        </form>
        <div part="result" role="status">
          ${this.result
            ? this.renderVerdict(this.result)
            : this.waiting && loading
              ? html`<p class="muted">${t.t('safety.verify.loading')}</p>`
              : nothing}
        </div>
        ${this.official.render({
          pending: () => (this.official.value ? this.renderOfficialList(this.official.value) : nothing),
          complete: (channels) => this.renderOfficialList(channels),
          error: (error) => {
            const code = AdapterError.from(error).code;
            return html`<div class="state error" part="error" role="alert">
              <p>${t.t('safety.verify.loadError')} ${t.t(`error.${code}`)}</p>
              <button type="button" class="button" @click=${() => void this.official.run()}>${t.t('common.retry')}</button>
            </div>`;
          },
        })}
      </div>
    `;
  }
}
