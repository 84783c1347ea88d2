/**
 * Help-center articles from a Chatwoot portal's public JSON: search and lists from
 * `/hc/{portal}/{locale}/articles.json`, an article from `/hc/{portal}/articles/{slug}.json`,
 * categories from `/hc/{portal}/{locale}/categories.json`. Article ids are Chatwoot slugs and
 * category ids are category slugs (the portal addresses both by slug). Chatwoot has no public
 * "was this helpful?" endpoint, so feedback goes to the integrator's `onArticleFeedback` when
 * given, and is otherwise refused as `unsupported`.
 */
import { AdapterError, type ArticlesApi } from '../contract.js';
import type { ArticleFeedback, SearchHit } from '../schemas.js';
import { portalArticleSchema, portalArticlesSchema, portalCategoriesSchema, toArticle, toArticleSummary, toCategory } from './api.js';
import type { VendorHttp } from './vendor-http.js';

export interface ChatwootArticlesContext {
  http: VendorHttp;
  portalSlug: string;
  /** Lifebuoy locale → portal locale (e.g. "zh-CN" → "zh_CN"). Default: as given. */
  locale(locale: string): string;
  onFeedback?: (feedback: ArticleFeedback) => void | Promise<void>;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function createChatwootArticles(context: ChatwootArticlesContext): ArticlesApi {
  const portal = encodeURIComponent(context.portalSlug);
  const base = (locale: string) => `/hc/${portal}/${encodeURIComponent(context.locale(locale))}`;

  return {
    async search(query, options = {}) {
      const limit = query.limit ?? 10;
      const path = query.categoryId ? `${base(query.locale)}/categories/${encodeURIComponent(query.categoryId)}/articles.json` : `${base(query.locale)}/articles.json`;
      const page = await context.http.json(path, portalArticlesSchema, 'article search', {
        query: { query: query.query, page: 1, per_page: Math.min(limit, 100) },
        signal: options.signal,
      });
      const terms = words(query.query);
      const hits: SearchHit[] = page.payload.slice(0, limit).map((article, index, all) => {
        const text = `${article.title} ${article.description ?? ''} ${article.content ?? ''}`.toLowerCase();
        return {
          article: toArticleSummary(article, query.locale),
          // Chatwoot ranks but does not score: keep its order.
          score: all.length - index,
          terms: [...new Set(terms.filter((term) => text.includes(term)))].slice(0, 20),
        };
      });
      return { hits, total: Math.max(hits.length, page.meta?.articles_count ?? hits.length) };
    },

    async get(id, locale, options = {}) {
      const article = await context.http.json(`/hc/${portal}/articles/${encodeURIComponent(id)}.json`, portalArticleSchema, 'article', { signal: options.signal });
      return toArticle(article, locale);
    },

    async categories(locale, options = {}) {
      const list = await context.http.json(`${base(locale)}/categories.json`, portalCategoriesSchema, 'category list', { signal: options.signal });
      return list.payload.map(toCategory);
    },

    async list(params, options = {}) {
      const limit = params.limit ?? 10;
      const path = params.categoryId ? `${base(params.locale)}/categories/${encodeURIComponent(params.categoryId)}/articles.json` : `${base(params.locale)}/articles.json`;
      const page = await context.http.json(path, portalArticlesSchema, 'article list', {
        query: { page: 1, per_page: Math.min(limit, 100), ...(params.categoryId ? {} : { sort: 'views' }) },
        signal: options.signal,
      });
      return page.payload.slice(0, limit).map((article) => toArticleSummary(article, params.locale));
    },

    async feedback(feedback) {
      if (!context.onFeedback) throw new AdapterError('unsupported', 'Chatwoot portals take no article votes; pass onArticleFeedback to collect them.');
      await context.onFeedback(feedback);
    },
  };
}
