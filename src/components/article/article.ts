import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { Task } from '@lit/task';
import { AdapterError, type SupportAdapter } from '../../adapters/contract.js';
import type { Article, ArticleSummary, Category } from '../../adapters/schemas.js';
import { AdapterController } from '../../core/adapter-controller.js';
import { emit, type NavigateParams, type ViewId } from '../../core/events.js';
import { LocalizeController } from '../../core/i18n.js';
import { interceptLinkClick, preloadOfficialChannels } from '../../core/link-guard.js';
import { renderRichText } from '../../core/rich-text.js';
import { icons } from '../../styles/icons.js';
import { base, tokens } from '../../styles/tokens.js';
import { articleStyles } from './article.styles.js';

type Vote = { helpful: boolean; status: 'sending' | 'sent' | 'error' };
export type HandoffView = Extract<ViewId, 'chat' | 'tickets' | 'channels'>;

const language = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * A help-center article: breadcrumbs, title, the locale-aware updated date, the body (HTML or
 * markdown, sanitized with DOMPurify; links go through the link guard), "was this helpful?",
 * related articles and optional back navigation. When the article is not available in the
 * reader's language the adapter's fallback version is shown with a notice.
 *
 * Navigation leaves the element as `lb-navigate` events with `view: 'search'` — `{ article }` for a
 * related article, `{ categoryId }` for the category breadcrumb, `{}` for the help-center root and
 * `{ back: true }` for the back button; `<lb-search>` handles them itself, a host page may route them.
 *
 * @summary A help-center article view.
 *
 * @csspart base - The article container.
 * @csspart back-button - The back button (with `back`).
 * @csspart breadcrumbs - The breadcrumb navigation.
 * @csspart breadcrumb - One breadcrumb button.
 * @csspart title - The article title.
 * @csspart meta - The updated date.
 * @csspart notice - The "shown in another language" notice.
 * @csspart body - The article body.
 * @csspart feedback - The "was this helpful?" section.
 * @csspart feedback-button - A Yes/No button.
 * @csspart handoff - A "contact us" button shown after a "No" vote.
 * @csspart related - The related-articles section.
 * @csspart related-link - A related article.
 * @csspart status - The loading message.
 * @csspart error - An error message.
 *
 * @cssprop --lb-color-primary - Links and buttons.
 * @cssprop --lb-color-surface-alt - Code blocks and the feedback box.
 *
 * @fires lb-article-open - The article was shown. `detail.article` (its summary).
 * @fires lb-article-feedback - The reader's vote was sent. `detail.articleId`, `detail.helpful`.
 * @fires lb-navigate - Breadcrumb, related article, back, or a hand-off to chat/tickets/channels. `detail.view`, `detail.params`.
 */
export class LbArticle extends LitElement {
  static override styles = [tokens, base, articleStyles];

  private readonly localize = new LocalizeController(this);
  private readonly adapters = new AdapterController(this, () => this.requestUpdate());

  /** The article to show. */
  @property({ attribute: 'article-id' }) articleId = '';
  /** Shows a back button (fires `lb-navigate` with `{ back: true }`). */
  @property({ type: Boolean }) back = false;
  /** The backend adapter (else the enclosing widget's, else the page default). */
  @property({ attribute: false }) adapter?: SupportAdapter;
  /** Categories for the breadcrumb, when the caller already has them (else they are fetched). */
  @property({ attribute: false }) categories?: Category[];
  /** The contact options offered after a "No" vote. */
  @property({ attribute: false }) handoffs: HandoffView[] = ['chat', 'tickets', 'channels'];

  @state() private vote?: Vote;

  @query('h3.title') private titleElement?: HTMLElement;

  private readonly articleTask = new Task(this, {
    task: async ([adapter, id, locale], { signal }): Promise<Article | undefined> => {
      if (!id) return undefined;
      if (!adapter?.articles) throw new AdapterError('unsupported', 'This adapter has no articles.');
      const article = await adapter.articles.get(id, locale, { signal });
      this.vote = undefined;
      const { body: _body, bodyFormat: _format, relatedIds: _related, tags: _tags, ...summary } = article;
      emit(this, 'lb-article-open', { article: summary });
      // Know the official domains before a link is clicked (see chat.ts).
      void preloadOfficialChannels(this);
      return article;
    },
    args: () => [this.adapters.value, this.articleId, this.localize.locale] as const,
  });

  private readonly categoryTask = new Task(this, {
    task: async ([adapter, locale, given], { signal }) => given ?? (await adapter?.articles?.categories(locale, { signal })) ?? [],
    args: () => [this.adapters.value, this.localize.locale, this.categories] as const,
  });

  private readonly relatedTask = new Task(this, {
    task: async ([adapter, ids, locale], { signal }): Promise<ArticleSummary[]> => {
      if (!adapter?.articles || !ids) return [];
      const settled = await Promise.allSettled(ids.split(' ').slice(0, 5).map((id) => adapter.articles!.get(id, locale, { signal })));
      return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    },
    args: () => [this.adapters.value, this.articleTask.value?.relatedIds.join(' ') ?? '', this.localize.locale] as const,
  });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) this.adapters.explicit = this.adapter;
  }

  /** Moves focus to the title (after the article has loaded). */
  async focusTitle(): Promise<void> {
    await this.articleTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
    (this.titleElement ?? this.renderRoot.querySelector<HTMLElement>('[part~="error"] button, [part~="back-button"]'))?.focus();
  }

  private go(params: NavigateParams, view: ViewId = 'search') {
    emit(this, 'lb-navigate', { view, params });
  }

  private async sendFeedback(article: Article, helpful: boolean) {
    const articles = this.adapters.value?.articles;
    if (!articles || this.vote?.status === 'sending') return;
    this.vote = { helpful, status: 'sending' };
    try {
      await articles.feedback({ articleId: article.id, helpful });
      if (this.articleTask.value?.id !== article.id) return;
      this.vote = { helpful, status: 'sent' };
      emit(this, 'lb-article-feedback', { articleId: article.id, helpful });
    } catch {
      this.vote = { helpful, status: 'error' };
    }
  }

  /** Every link in the body goes through the link guard (clicks and auxclicks; it sorts the buttons out). */
  private onBodyClick(event: MouseEvent) {
    interceptLinkClick(event, this);
  }

  private renderError(error: unknown) {
    const failure = AdapterError.from(error);
    return html`<div class="error" part="error" role="alert">
      <p>${this.localize.error(failure)}</p>
      ${failure.retryable ? html`<button type="button" class="button" @click=${() => void this.articleTask.run()}>${this.localize.t('common.retry')}</button>` : nothing}
    </div>`;
  }

  private renderFeedback(article: Article) {
    const t = this.localize;
    const vote = this.vote;
    if (vote?.status === 'sent') {
      return html`<div class="feedback" part="feedback">
        <p role="status">${t.t('search.article.thanks')}</p>
        ${!vote.helpful && this.handoffs.length
          ? html`<p>${t.t('search.article.sorry')}</p>
              <div class="handoffs">
                ${this.handoffs.map(
                  (view) => html`<button type="button" class="button secondary" part="handoff" @click=${() => this.go(view === 'tickets' ? { mode: 'new', query: article.title } : { query: article.title }, view)}>
                    ${t.t(`search.handoff.${view}`)}
                  </button>`,
                )}
              </div>`
          : nothing}
      </div>`;
    }
    return html`<div class="feedback" part="feedback" role="group" aria-labelledby="feedback-question">
      <p id="feedback-question">${t.t('search.article.helpful')}</p>
      <div class="feedback-buttons">
        ${[true, false].map(
          (helpful) => html`<button
            type="button"
            class="button secondary"
            part="feedback-button"
            ?disabled=${vote?.status === 'sending'}
            aria-pressed=${vote?.helpful === helpful ? 'true' : 'false'}
            @click=${() => void this.sendFeedback(article, helpful)}
          >${t.t(helpful ? 'search.article.yes' : 'search.article.no')}</button>`,
        )}
      </div>
      ${vote?.status === 'error' ? html`<p class="feedback-error" role="alert">${t.t('search.article.feedbackError')}</p>` : nothing}
    </div>`;
  }

  private renderArticle(article: Article) {
    const t = this.localize;
    const category = this.categoryTask.value?.find((item) => item.id === article.categoryId);
    const related = this.relatedTask.value ?? [];
    let notice = '';
    if (language(article.locale) !== language(t.locale)) {
      let name = article.locale;
      try {
        name = new Intl.DisplayNames([t.locale], { type: 'language' }).of(article.locale) ?? name;
      } catch {
        // unknown tag: keep it as is
      }
      notice = t.t('search.article.fallback', { language: name });
    }
    return html`
      <nav class="breadcrumbs" part="breadcrumbs" aria-label=${t.t('search.article.breadcrumbs')}>
        <ol>
          <li><button type="button" class="crumb" part="breadcrumb" @click=${() => this.go({})}>${t.t('search.helpCenter')}</button></li>
          ${category ? html`<li><button type="button" class="crumb" part="breadcrumb" @click=${() => this.go({ categoryId: category.id })}>${category.name}</button></li>` : nothing}
        </ol>
      </nav>
      <h3 class="title" part="title" tabindex="-1">${article.title}</h3>
      <p class="meta" part="meta"><time datetime=${article.updatedAt}>${t.t('search.article.updated', { date: t.date(article.updatedAt, { dateStyle: 'long' }) })}</time></p>
      ${notice ? html`<p class="notice" part="notice">${icons.info}<span>${notice}</span></p>` : nothing}
      <div class="body" part="body" lang=${article.locale} @click=${this.onBodyClick} @auxclick=${this.onBodyClick}>${unsafeHTML(renderRichText(article.body, article.bodyFormat))}</div>
      ${this.renderFeedback(article)}
      ${related.length
        ? html`<section class="related" part="related" aria-labelledby="related-title">
            <h4 id="related-title">${t.t('search.article.related')}</h4>
            <ul>
              ${related.map(
                (item) => html`<li><button type="button" class="related-link" part="related-link" lang=${item.locale} @click=${() => this.go({ article: item.id })}>
                  ${icons.chevron}<span>${item.title}</span>
                </button></li>`,
              )}
            </ul>
          </section>`
        : nothing}
    `;
  }

  override render() {
    const t = this.localize;
    return html`<article class="article" part="base" aria-busy=${this.articleTask.status === 1 ? 'true' : 'false'}>
      ${this.back
        ? html`<button type="button" class="back" part="back-button" @click=${() => this.go({ back: true })}>${icons.back}<span>${t.t('search.back')}</span></button>`
        : nothing}
      ${this.articleTask.render({
        pending: () => html`<p class="status" part="status" role="status">${t.t('search.article.loading')}</p>`,
        complete: (article) => (article ? this.renderArticle(article) : nothing),
        error: (error) => this.renderError(error),
      })}
    </article>`;
  }
}
