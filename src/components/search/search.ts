import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Task } from '@lit/task';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { AdapterError, capabilitiesOf, type SupportAdapter } from '../../adapters/contract.js';
import type { ArticleSummary } from '../../adapters/schemas.js';
import { AdapterController } from '../../core/adapter-controller.js';
import { emit, type LbEvent, type NavigateParams } from '../../core/events.js';
import { LocalizeController } from '../../core/i18n.js';
import { isolated } from '../../core/bidi.js';
import { groupByCategory, nextActiveIndex } from '../../core/search/combobox.js';
import { highlight, queryTerms } from '../../core/search/highlight.js';
import { directionOf } from '../../i18n/locales.js';
import { recentSearches } from '../../core/search/recent-searches.js';
import { screenQuery } from '../../core/search/screen.js';
import { SearchStore, StoreController } from '../../core/search/search-store.js';
import { ariaKeyShortcuts, DEFAULT_SHORTCUT, parseShortcuts, ShortcutController, shortcutLabel } from '../../core/search/shortcut.js';
import { icons } from '../../styles/icons.js';
import { base, tokens } from '../../styles/tokens.js';
import type { HandoffView, LbArticle } from '../article/article.js';
import '../incident-notice/define.js';
import { searchStyles } from './search.styles.js';

/**
 * The article view (with the sanitizer and markdown, ~15 KB gzip) loads when search is used, not
 * with the panel: a result or article shown, or the box focused, starts it.
 */
let articleModule: Promise<unknown> | undefined;
const loadArticle = () => (articleModule ??= import('../article/define.js'));

type View = 'article' | 'category' | 'idle' | 'loading' | 'results' | 'empty' | 'error' | 'blocked';
interface Option {
  article: ArticleSummary;
  terms: readonly string[];
}

const HANDOFFS: HandoffView[] = ['chat', 'tickets', 'channels'];
const isMac = () => /mac|iphone|ipad/i.test(navigator.platform);

/**
 * Help-center search: results as you type (debounced; a newer keystroke cancels the older
 * request), grouped by category with the matched words highlighted, recent searches and popular
 * articles before typing, category browsing, a plain "no results" with a hand-off to chat, a
 * ticket or the contact page carrying the query, and the article view.
 *
 * Two layouts: `mode="panel"` (inside `<lb-widget>`: results below the box) and
 * `mode="standalone"` (default; e.g. in a site header: results and articles in a popup under the
 * box, positioned with floating-ui, closed by Escape or a click outside).
 *
 * Keyboard: the `shortcut` ("/" and Ctrl/⌘+K by default) focuses the box from anywhere on the page
 * (not while typing in another field); ↑/↓ move through results, Home/End jump, Enter opens,
 * Escape clears the box and then closes. A WAI-ARIA combobox with `aria-activedescendant`; result
 * counts are announced politely.
 *
 * Hand-offs leave as `lb-navigate`: `chat` with `{ query }`, `tickets` with `{ mode: 'new', query }`,
 * `channels` with `{ query }`. In panel mode only the views the adapter supports are offered; in
 * standalone mode all three are, for the host page to route (e.g. to `Lifebuoy('open', …)`).
 *
 * @summary Help-center search box with results and the article view.
 *
 * @csspart base - The container.
 * @csspart field - The box around the input.
 * @csspart input - The search input.
 * @csspart incident - A known incident matching the query, shown above the results.
 * @csspart clear-button - Clears the query.
 * @csspart shortcut-hint - The keyboard shortcut hint.
 * @csspart popup - The results area (a floating popup in standalone mode).
 * @csspart results - The results list (listbox).
 * @csspart group - A category group of results.
 * @csspart group-label - A group's category name.
 * @csspart result - One result.
 * @csspart result-title - A result's title.
 * @csspart result-snippet - A result's snippet.
 * @csspart mark - A highlighted match.
 * @csspart section-title - A heading (recent, popular, categories).
 * @csspart recent - A recent search.
 * @csspart recent-remove - Removes a recent search.
 * @csspart category - A category button.
 * @csspart status - Loading and empty messages.
 * @csspart empty - The "no results" block.
 * @csspart handoff - A hand-off button (chat, ticket, contact).
 * @csspart error - The error block.
 * @csspart back-button - Back from a category.
 * @csspart article - The `<lb-article>` element (its parts are exported as `article-*`).
 *
 * @cssprop --lb-search-popup-width - Width of the standalone popup (default 440px; never wider than the viewport).
 * @cssprop --lb-color-highlight - Background of matched words.
 *
 * @fires lb-search - A search settled. `detail.query`, `detail.total`.
 * @fires lb-article-open - An article was shown (from `<lb-article>`). `detail.article`.
 * @fires lb-article-feedback - A vote was sent (from `<lb-article>`). `detail.articleId`, `detail.helpful`.
 * @fires lb-navigate - A hand-off to another view. `detail.view`, `detail.params`.
 * @fires lb-secret-blocked - The query held a recovery phrase or key and was not sent. `detail.kind`, `detail.source` ("search").
 */
export class LbSearch extends LitElement {
  static override styles = [tokens, base, searchStyles];

  private readonly localize = new LocalizeController(this);
  private readonly adapters = new AdapterController(this, () => {
    this.requestUpdate();
    this.store.refresh();
  });
  private readonly store = new SearchStore({
    search: (searchQuery, options) => {
      const articles = this.adapters.value?.articles;
      return articles ? articles.search(searchQuery, options) : Promise.reject(new AdapterError('unsupported', 'This adapter has no articles.'));
    },
    locale: () => this.localize.locale,
    screen: screenQuery,
    onSettle: (text, total) => emit(this, 'lb-search', { query: text, total }),
    onBlocked: (kind) => emit(this, 'lb-secret-blocked', { kind, source: 'search' }),
  });

  /** The text in the search box; set it to run a search (deep link, API prefill). */
  @property() query = '';
  /** An article to show (deep link); empty shows the search. */
  @property({ attribute: 'article-id' }) articleId = '';
  /** `panel` inside the widget; `standalone` on a page (results in a popup). */
  @property({ reflect: true }) mode: 'panel' | 'standalone' = 'standalone';
  /** True while the view is on screen (panel mode; enables the shortcut). */
  @property({ type: Boolean, reflect: true }) active = false;
  /** The backend adapter (else the enclosing widget's, else the page default). */
  @property({ attribute: false }) adapter?: SupportAdapter;
  /** Comma-separated shortcuts that focus the box, e.g. "/, mod+k" (mod = Ctrl or ⌘); "" for none. */
  @property() shortcut = DEFAULT_SHORTCUT;

  @state() private activeIndex = -1;
  @state() private open = false;
  @state() private categoryId = '';
  /** Popular articles and categories load once the user shows interest (focus, query, panel view). */
  @state() private engaged = false;

  @query('input') private input?: HTMLInputElement;
  @query('.popup') private popup?: HTMLElement;
  @query('.field') private field?: HTMLElement;
  @query('lb-article') private articleElement?: LbArticle;

  private readonly browseTask = new Task(this, {
    task: async ([adapter, locale, engaged], { signal }) => {
      if (!engaged || !adapter?.articles) return undefined;
      const [categories, popular] = await Promise.all([
        adapter.articles.categories(locale, { signal }),
        adapter.articles.list({ locale, limit: 5 }, { signal }),
      ]);
      return { categories, popular };
    },
    args: () => [this.adapters.value, this.localize.locale, this.engaged] as const,
  });

  private readonly categoryTask = new Task(this, {
    task: async ([adapter, locale, categoryId], { signal }) =>
      categoryId && adapter?.articles ? adapter.articles.list({ locale, categoryId, limit: 50 }, { signal }) : [],
    args: () => [this.adapters.value, this.localize.locale, this.categoryId] as const,
  });

  /** Article ids before the current one ("" = the search). */
  private history: string[] = [];
  private navigatingInternally = false;
  private composing = false;
  private locale = '';
  private optionsKey = '';
  private announcement = '';
  private stopAutoUpdate?: () => void;

  constructor() {
    super();
    new StoreController(this, this.store);
    new StoreController(this, { subscribe: (listener) => recentSearches.subscribe(listener) });
    new ShortcutController(this, {
      shortcut: () => this.shortcut,
      enabled: () => this.mode === 'standalone' || this.active,
      onTrigger: () => this.focusInitial(),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapters.explicit = this.adapter;
    // In the panel, coming back through the navigation bar passes an empty query: keep the search.
    const keepSearch = this.mode === 'panel' && this.query === '' && changed.get('query') !== undefined;
    if (changed.has('query') && this.query !== this.store.state.query && !keepSearch) {
      this.store.setQuery(this.query, { immediate: true });
      if (this.query) this.categoryId = '';
    }
    if (changed.has('articleId')) {
      if (!this.navigatingInternally) {
        this.history = [];
        if (this.articleId && this.mode === 'standalone') this.open = true;
      }
      this.navigatingInternally = false;
    }
    if (this.active || this.query || this.articleId) this.engaged = true;
    if (this.articleId || this.store.state.hits.length || this.categoryId) void loadArticle();
    const locale = this.localize.locale;
    if (this.locale && this.locale !== locale) this.store.refresh();
    this.locale = locale;
    const key = `${this.view}|${this.store.state.resultQuery}|${this.store.state.hits.length}|${this.categoryId}`;
    if (key !== this.optionsKey) {
      this.optionsKey = key;
      this.activeIndex = this.view === 'results' ? 0 : -1;
    }
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('open') || changed.has('mode')) this.position();
    if (changed.has('activeIndex') && this.activeIndex >= 0) {
      this.renderRoot.querySelector(`#option-${this.activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  /** Focuses the search box (the panel calls this when it opens on this view). */
  focusInitial(): void {
    void this.updateComplete.then(() => this.input?.focus());
  }

  private get view(): View {
    if (this.articleId) return 'article';
    const { status, hits } = this.store.state;
    if (status === 'idle') return this.categoryId ? 'category' : 'idle';
    if (status === 'loading') return hits.length ? 'results' : 'loading';
    return status;
  }

  /** The options of the listbox, in display order. */
  private get options(): Option[] {
    const view = this.view;
    if (view === 'results') {
      const { hits, resultQuery } = this.store.state;
      return groupByCategory(hits).flatMap((group) => group.hits.map((hit) => ({ article: hit.article, terms: hit.terms.length ? hit.terms : queryTerms(resultQuery) })));
    }
    if (view === 'idle') return (this.browseTask.value?.popular ?? []).map((article) => ({ article, terms: [] }));
    if (view === 'category') return (this.categoryTask.value ?? []).map((article) => ({ article, terms: [] }));
    return [];
  }

  private get handoffs(): HandoffView[] {
    if (this.mode === 'standalone') return HANDOFFS;
    const adapter = this.adapters.value;
    const domains = adapter ? capabilitiesOf(adapter) : new Set();
    return HANDOFFS.filter((view) => domains.has(view));
  }

  private get popupShown(): boolean {
    return this.mode === 'panel' || this.open;
  }

  private onDocumentPointerDown = (event: PointerEvent) => {
    if (this.mode === 'standalone' && this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private onFocusIn() {
    this.engaged = true;
    void loadArticle();
    if (this.mode === 'standalone') this.open = true;
  }

  private onFocusOut(event: FocusEvent) {
    const next = event.relatedTarget as Node | null;
    // relatedTarget is null when clicking plain text in the popup: outside clicks are handled on pointerdown.
    if (this.mode === 'standalone' && next && !this.contains(next) && !this.renderRoot.contains(next)) this.open = false;
  }

  private onInput(event: InputEvent) {
    if (this.composing || event.isComposing) return;
    this.setQuery((event.target as HTMLInputElement).value);
  }

  private onCompositionEnd(event: CompositionEvent) {
    this.composing = false;
    this.setQuery((event.target as HTMLInputElement).value);
  }

  private setQuery(text: string, immediate = false) {
    this.query = text;
    this.store.setQuery(text, { immediate });
    this.categoryId = '';
    if (this.articleId) this.showSearch();
    if (this.mode === 'standalone') this.open = true;
  }

  private clearQuery() {
    if (this.input) this.input.value = '';
    this.setQuery('');
    this.input?.focus();
  }

  private showSearch() {
    this.navigatingInternally = true;
    this.articleId = '';
    this.history = [];
  }

  private openArticle(id: string) {
    if (id === this.articleId) return;
    this.history.push(this.articleId);
    this.navigatingInternally = true;
    this.articleId = id;
    if (this.mode === 'standalone') this.open = true;
    void this.focusArticleTitle();
  }

  /** Focuses the article's title once its element is defined and rendered. */
  private async focusArticleTitle() {
    await loadArticle();
    await this.updateComplete;
    await this.articleElement?.updateComplete;
    this.articleElement?.focusTitle();
  }

  private back() {
    this.navigatingInternally = true;
    this.articleId = this.history.pop() ?? '';
    if (this.articleId) void this.focusArticleTitle();
    else void this.updateComplete.then(() => this.input?.focus());
  }

  private select(option: Option) {
    if (this.view === 'results' && this.store.state.resultQuery) recentSearches.add(this.store.state.resultQuery);
    this.openArticle(option.article.id);
  }

  private browse(categoryId: string) {
    this.categoryId = categoryId;
    if (this.store.state.query) {
      if (this.input) this.input.value = '';
      this.query = '';
      this.store.clear();
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.category-header button')?.focus());
  }

  /** Leaves a category for the browse view, focus on the category's button (else the box). */
  private leaveCategory() {
    const id = this.categoryId;
    this.categoryId = '';
    void this.updateComplete.then(() => {
      const button = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="category"]')].find((candidate) => candidate.dataset.categoryId === id);
      (button ?? this.input)?.focus();
    });
  }

  private handoff(view: HandoffView) {
    const text = this.store.state.resultQuery || this.store.state.query.trim();
    const params: NavigateParams = view === 'tickets' ? { mode: 'new', query: text } : { query: text };
    emit(this, 'lb-navigate', { view, params });
  }

  private useRecent(text: string) {
    if (this.input) this.input.value = text;
    this.setQuery(text, true);
    this.input?.focus();
  }

  private removeRecent(text: string, index: number) {
    recentSearches.remove(text);
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.recent-remove');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.input)?.focus();
    });
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.isComposing || this.composing) return;
    const options = this.options;
    const next = nextActiveIndex(event.key, this.activeIndex, options.length);
    if (next !== undefined && !event.altKey) {
      event.preventDefault();
      this.open = true;
      this.activeIndex = next;
      return;
    }
    if (event.key === 'Enter') {
      const option = options[this.activeIndex];
      // Typed on since the results came: they answer the previous query, so Enter searches anew.
      const stale = this.view === 'results' && this.store.state.resultQuery !== this.store.state.query.trim();
      if (option && this.popupShown && !stale) {
        event.preventDefault();
        this.select(option);
      } else if (this.store.state.query.trim()) {
        event.preventDefault();
        const text = this.store.state.query.trim();
        // Enter before the results arrived: search now and open the best hit once it is there (if
        // the user has not typed on or navigated meanwhile). Remembered only once it was searched:
        // a query the secret guard held back never is.
        void this.store.flush().then(() => {
          const { status, resultQuery, query } = this.store.state;
          if ((status !== 'results' && status !== 'empty') || resultQuery !== text) return;
          const best = this.options[0];
          if (status === 'results' && best && query.trim() === text && !this.articleId) this.select(best);
          else recentSearches.add(text);
        });
      }
    } else if (event.key === 'Escape') {
      if (this.store.state.query) {
        event.preventDefault();
        this.clearQuery();
      } else if (this.mode === 'standalone' && this.open) {
        event.preventDefault();
        this.open = false;
      } else if (this.categoryId) {
        event.preventDefault();
        this.leaveCategory();
      }
    }
  }

  /**
   * Escape inside the results area: in a category (whatever has focus there) it goes back to the
   * categories, as it does from the box, rather than closing the panel; inside the standalone popup
   * (e.g. reading an article) it closes the popup.
   */
  private onPopupKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || event.defaultPrevented || event.composedPath()[0] === this.input) return;
    if (this.view === 'category') {
      event.preventDefault();
      this.leaveCategory();
      return;
    }
    if (this.mode !== 'standalone') return;
    event.preventDefault();
    this.open = false;
    this.input?.focus();
  }

  /** Navigation from the article view: handled here when it stays within the search. */
  private onArticleNavigate(event: LbEvent<'lb-navigate'>) {
    const { view, params } = event.detail;
    if (view !== 'search') return;
    event.stopPropagation();
    if (params.back) this.back();
    else if (params.article) this.openArticle(params.article);
    else {
      this.showSearch();
      if (params.categoryId) this.browse(params.categoryId);
      else {
        this.categoryId = '';
        this.focusInitial();
      }
    }
  }

  private position(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    const { field, popup } = this;
    if (this.mode !== 'standalone' || !this.open || !field || !popup) return;
    this.stopAutoUpdate = autoUpdate(field, popup, () => {
      void computePosition(field, popup, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight, availableWidth, rects }) => {
              popup.style.maxHeight = `${Math.max(200, Math.min(availableHeight, 640))}px`;
              popup.style.minWidth = `${Math.min(rects.reference.width, availableWidth)}px`;
              popup.style.maxWidth = `${availableWidth}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        popup.style.left = `${x}px`;
        popup.style.top = `${y}px`;
      });
    });
  }

  private marked(text: string, terms: readonly string[]): TemplateResult[] | string {
    if (!terms.length) return text;
    return highlight(text, terms).map((segment) => (segment.match ? html`<mark part="mark">${segment.text}</mark>` : html`${segment.text}`));
  }

  private renderOption(option: Option, index: number) {
    const { article, terms } = option;
    const dir = directionOf(article.locale); // an English article in the Arabic UI reads left to right
    return html`<div
      role="option"
      id="option-${index}"
      class="option"
      part="result"
      lang=${article.locale}
      aria-selected=${index === this.activeIndex ? 'true' : 'false'}
      @click=${() => this.select(option)}
      @pointermove=${() => (this.activeIndex = index)}
    >
      <span class="option-title" part="result-title" dir=${dir}>${this.marked(article.title, terms)}</span>
      ${article.snippet ? html`<span class="option-snippet" part="result-snippet" dir=${dir}>${this.marked(article.snippet, terms)}</span>` : nothing}
    </div>`;
  }

  /** A known incident that matches the query ("ETH withdrawals delayed" for "eth withdrawal stuck"). */
  private renderIncident() {
    const adapter = this.adapters.value;
    const topic = this.store.state.resultQuery;
    if (!adapter?.status || !topic.trim()) return nothing;
    return html`<lb-incident-notice part="incident" exportparts="base: incident-notice" .adapter=${adapter} .topic=${topic}></lb-incident-notice>`;
  }

  private renderResults() {
    const t = this.localize;
    const names = new Map(this.browseTask.value?.categories.map((category) => [category.id, category.name]));
    const { hits, resultQuery, status } = this.store.state;
    let index = 0;
    return html`<div role="listbox" id="listbox" class="listbox" part="results" aria-label=${t.t('search.results')} aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${groupByCategory(hits).map((group, groupIndex) => {
        const options = group.hits.map((hit) => this.renderOption({ article: hit.article, terms: hit.terms.length ? hit.terms : queryTerms(resultQuery) }, index++));
        return html`<div role="group" class="group" part="group" aria-labelledby="group-${groupIndex}">
          <div role="presentation" id="group-${groupIndex}" class="group-label" part="group-label">${names.get(group.categoryId) ?? t.t('search.results')}</div>
          ${options}
        </div>`;
      })}
    </div>`;
  }

  private renderIdle() {
    const t = this.localize;
    const recent = recentSearches.list();
    const browse = this.browseTask.value;
    return html`
      ${recent.length
        ? html`<section class="section" aria-labelledby="recent-title">
            <h3 id="recent-title" class="section-title" part="section-title">${t.t('search.recent.title')}</h3>
            <ul class="recent-list">
              ${recent.map(
                (item, index) => html`<li class="recent" part="recent">
                  <button type="button" class="recent-query" @click=${() => this.useRecent(item)}>${icons.search}<span dir="auto">${item}</span></button>
                  <button type="button" class="icon-button recent-remove" part="recent-remove" aria-label=${t.t('search.recent.remove', { query: item })} @click=${() => this.removeRecent(item, index)}>
                    ${icons.close}
                  </button>
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${this.browseTask.render({
        pending: () => html`<p class="status" part="status">${t.t('common.loading')}</p>`,
        error: (error) => this.renderError(AdapterError.from(error), () => void this.browseTask.run()),
        complete: () =>
          browse
            ? html`${browse.popular.length
                  ? html`<section class="section">
                      <h3 id="popular-title" class="section-title" part="section-title">${t.t('search.popular.title')}</h3>
                      <div role="listbox" id="listbox" class="listbox" part="results" aria-labelledby="popular-title">${this.options.map((option, index) => this.renderOption(option, index))}</div>
                    </section>`
                  : nothing}
                ${browse.categories.length
                  ? html`<section class="section" aria-labelledby="categories-title">
                      <h3 id="categories-title" class="section-title" part="section-title">${t.t('search.categories.title')}</h3>
                      <ul class="categories">
                        ${browse.categories.map(
                          (category) => html`<li>
                            <button type="button" class="category" part="category" data-category-id=${category.id} @click=${() => this.browse(category.id)}>
                              <span class="category-name">${category.name}</span>
                              ${category.articleCount !== undefined ? html`<span class="category-count">${t.t('search.category.count', { count: category.articleCount })}</span>` : nothing}
                            </button>
                          </li>`,
                        )}
                      </ul>
                    </section>`
                  : nothing}`
            : nothing,
      })}
    `;
  }

  private renderCategory() {
    const t = this.localize;
    const name = this.browseTask.value?.categories.find((category) => category.id === this.categoryId)?.name ?? '';
    return html`<section class="section">
      <div class="category-header">
        <button type="button" class="icon-button" part="back-button" aria-label=${t.t('search.back')} @click=${this.leaveCategory}>${icons.back}</button>
        <h3 id="category-title" class="section-title" part="section-title">${name}</h3>
      </div>
      ${this.categoryTask.render({
        pending: () => html`<p class="status" part="status">${t.t('common.loading')}</p>`,
        error: (error) => this.renderError(AdapterError.from(error), () => void this.categoryTask.run()),
        complete: (articles) =>
          articles.length
            ? html`<div role="listbox" id="listbox" class="listbox" part="results" aria-labelledby="category-title">${this.options.map((option, index) => this.renderOption(option, index))}</div>`
            : html`<p class="status" part="status">${t.t('search.category.empty')}</p>`,
      })}
    </section>`;
  }

  private renderError(error: AdapterError, retry: () => void) {
    const t = this.localize;
    return html`<div class="error" part="error" role="alert">
      <p><strong>${t.t('search.error.title')}</strong></p>
      <p>${t.error(error)}</p>
      ${error.retryable || error.code === 'invalid_response' ? html`<button type="button" class="button" @click=${retry}>${t.t('common.retry')}</button>` : nothing}
    </div>`;
  }

  private renderEmpty() {
    const t = this.localize;
    const handoffs = this.handoffs;
    return html`<div class="empty" part="empty">
      <p class="empty-title"><strong>${isolated((p) => t.t('search.none.title', p), { query: this.store.state.resultQuery }, ['query'], 'auto')}</strong></p>
      <p>${t.t('search.none.body')}</p>
      ${handoffs.length
        ? html`<div class="handoffs">
            ${handoffs.map((view) => html`<button type="button" class="button ${view === 'chat' ? '' : 'secondary'}" part="handoff" data-view=${view} @click=${() => this.handoff(view)}>${t.t(`search.handoff.${view}`)}</button>`)}
          </div>`
        : nothing}
    </div>`;
  }

  private renderContent() {
    const t = this.localize;
    switch (this.view) {
      case 'article':
        return html`<lb-article
          part="article"
          exportparts="base:article-base,back-button:article-back-button,breadcrumbs:article-breadcrumbs,breadcrumb:article-breadcrumb,title:article-title,meta:article-meta,notice:article-notice,body:article-body,feedback:article-feedback,feedback-button:article-feedback-button,handoff:article-handoff,related:article-related,related-link:article-related-link,status:article-status,error:article-error"
          back
          .articleId=${this.articleId}
          .adapter=${this.adapter}
          .categories=${this.browseTask.value?.categories}
          .handoffs=${this.handoffs}
          @lb-navigate=${this.onArticleNavigate}
        ></lb-article>`;
      case 'category':
        return this.renderCategory();
      case 'idle':
        return this.renderIdle();
      case 'loading':
        return html`<p class="status" part="status">${t.t('search.loading')}</p>`;
      case 'results':
        return html`${this.renderIncident()}${this.renderResults()}`;
      case 'empty':
        return html`${this.renderIncident()}${this.renderEmpty()}`;
      case 'error':
        return this.renderError(this.store.state.error ?? new AdapterError('unavailable', ''), () => this.store.refresh());
      case 'blocked':
        return html`<div class="error" part="error" role="alert">
          <p><strong>${t.t('search.blocked.title')}</strong></p>
          <p>${t.t('search.blocked.body')}</p>
        </div>`;
    }
  }

  override render() {
    const t = this.localize;
    const { status, total, resultQuery, query: text } = this.store.state;
    if (status === 'results' || status === 'empty') {
      this.announcement = status === 'empty' ? t.t('search.none.title', { query: resultQuery }) : t.t('search.count', { count: total, query: resultQuery });
    } else if (status !== 'loading') this.announcement = '';
    const listbox = this.popupShown && this.options.length > 0;
    const active = listbox && this.activeIndex >= 0 ? `option-${this.activeIndex}` : undefined;
    const shortcuts = parseShortcuts(this.shortcut);
    const hintText = shortcuts[0] ? shortcutLabel(shortcuts[0], isMac()) : '';
    const keyshortcuts = ariaKeyShortcuts(shortcuts);
    return html`<div class="search ${this.mode}" part="base" @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>
      <div class="field" part="field">
        ${icons.search}
        <input
          part="input"
          type="search"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          maxlength="500"
          .value=${text}
          dir=${text ? 'auto' : nothing /* a query reads in its own direction; the placeholder in the widget's */}
          placeholder=${t.t('search.placeholder')}
          aria-label=${t.t('search.label')}
          aria-autocomplete="list"
          aria-expanded=${listbox ? 'true' : 'false'}
          aria-controls=${ifDefined(listbox ? 'listbox' : undefined)}
          aria-activedescendant=${ifDefined(active)}
          aria-keyshortcuts=${ifDefined(keyshortcuts || undefined)}
          @input=${this.onInput}
          @compositionstart=${() => (this.composing = true)}
          @compositionend=${this.onCompositionEnd}
          @keydown=${this.onKeydown}
        />
        ${text
          ? html`<button type="button" class="icon-button" part="clear-button" aria-label=${t.t('search.clear')} @click=${this.clearQuery}>${icons.close}</button>`
          : hintText && this.mode === 'standalone'
            ? html`<kbd class="hint" part="shortcut-hint" aria-hidden="true" title=${t.t('search.shortcutHint', { key: hintText })}>${hintText}</kbd>`
            : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="popup" part="popup" ?hidden=${!this.popupShown} @keydown=${this.onPopupKeydown}>
        ${this.popupShown ? this.renderContent() : nothing}
      </div>
    </div>`;
  }
}
