import { LitElement, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { capabilitiesOf } from '../../adapters/contract.js';
import type { User } from '../../adapters/schemas.js';
import { AdapterController } from '../../core/adapter-controller.js';
import { userContext } from '../../core/context.js';
import { emit, type ViewId } from '../../core/events.js';
import { LocalizeController } from '../../core/i18n.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import { VIEWS } from '../panel/views.js';
import { homeStyles } from './home.styles.js';
import '../incident-notice/define.js';

/**
 * The panel's home view: a greeting, a search box ("search before you contact us"), the ways to
 * get help that the adapter supports, and the safety reminder.
 *
 * @summary Home view of the support panel.
 *
 * @csspart base - The view container.
 * @csspart greeting - The greeting heading.
 * @csspart search-form - The search form.
 * @csspart input - The search input.
 * @csspart actions - The list of ways to get help.
 * @csspart action - One way to get help.
 * @csspart safety - The safety reminder.
 *
 * @fires lb-navigate - The user chose a view. `detail.view`, `detail.params`.
 */
export class LbHome extends LitElement {
  static override styles = [tokens, base, homeStyles];

  private readonly localize = new LocalizeController(this);
  private readonly adapters = new AdapterController(this, () => this.requestUpdate());

  @consume({ context: userContext, subscribe: true })
  @property({ attribute: false })
  user: User | null = null;

  /** True while the view is on screen. */
  @property({ type: Boolean, reflect: true }) active = false;

  @query('input') private input!: HTMLInputElement;

  focusInitial(): void {
    (this.input ?? this.shadowRoot?.querySelector<HTMLElement>('button'))?.focus();
  }

  private go(view: ViewId, query?: string) {
    emit(this, 'lb-navigate', { view, params: query ? { query } : {} });
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.go('search', this.input.value.trim());
  }

  override render() {
    const t = this.localize;
    const adapter = this.adapters.value;
    const domains = adapter ? capabilitiesOf(adapter) : new Set();
    const actions = VIEWS.filter((view) => view.id !== 'home' && (!view.domain || domains.has(view.domain)));
    const name = this.user?.name?.trim();
    return html`
      <div class="home" part="base">
        <h3 class="greeting" part="greeting">${name ? t.t('widget.home.greetingNamed', { name }) : t.t('widget.home.greeting')}</h3>
        <p class="subtitle">${t.t('widget.home.subtitle')}</p>
        ${domains.has('articles')
          ? html`<form class="search" part="search-form" role="search" @submit=${this.onSubmit}>
              ${icons.search}
              <input
                part="input"
                type="search"
                enterkeyhint="search"
                aria-label=${t.t('widget.home.searchPlaceholder')}
                placeholder=${t.t('widget.home.searchPlaceholder')}
                @focus=${() => void VIEWS.find((v) => v.id === 'search')?.load()}
              />
            </form>`
          : nothing}
        ${domains.has('status') ? html`<lb-incident-notice part="incidents"></lb-incident-notice>` : nothing}
        <slot name="home-top"></slot>
        <ul class="actions" part="actions">
          ${actions.map(
            (view) => html`<li>
              <button type="button" class="action" part="action" @click=${() => this.go(view.id)} @pointerenter=${() => void view.load()}>
                <span class="action-icon">${view.icon}</span>
                <span class="action-text">
                  <span class="action-label">${t.t(`widget.home.action.${view.id}`)}</span>
                  ${view.description ? html`<span class="action-desc">${t.t(view.description)}</span>` : nothing}
                </span>
                <span class="chevron">${icons.chevron}</span>
              </button>
            </li>`,
          )}
        </ul>
        <p class="safety" part="safety">${icons.shield}<span>${t.t('safety.reminder')}</span></p>
      </div>
    `;
  }
}
