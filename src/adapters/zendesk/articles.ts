/**
 * Help-center articles from Zendesk's Help Center API. Zendesk's categories hold sections and
 * sections hold articles; Lifebuoy shows both as categories (`category-<id>` at the top,
 * `section-<id>` beneath) and files each article under its section. "Popular" articles are the
 * promoted ones first, then by vote sum (the API has no view counts). Votes need a signed-in end
 * user: anonymous feedback is refused by Zendesk with 401 (`unauthorized`).
 */
import { AdapterError, type ArticlesApi } from '../contract.js';
import type { Category } from '../schemas.js';
import type { Query, VendorHttp } from '../chatwoot/vendor-http.js';
import {
  articleResponseSchema, articlesResponseSchema, categoriesResponseSchema, categoryKey, highlightedTerms, parseCategoryKey,
  searchResponseSchema, sectionKey, sectionsResponseSchema, toArticle, toArticleSummary, voteResponseSchema,
} from './api.js';
import type { z } from 'zod/mini';

export interface ZendeskArticlesContext {
  http: VendorHttp;
  /** Lifebuoy locale → Help Center locale. */
  locale(locale: string): string;
  /** Most pages followed for one list. */
  maxPages: number;
}

export function createZendeskArticles(context: ZendeskArticlesContext): ArticlesApi {
  /** Every page of an offset-paginated list, up to `maxPages`. */
  async function allPages<T extends { next_page?: string | null }>(path: string, schema: z.ZodMiniType<T>, where: string, query: Query, signal?: AbortSignal): Promise<T[]> {
    const pages = [await context.http.json(path, schema, where, { query, signal })];
    while (pages.length < context.maxPages && pages.at(-1)!.next_page) {
      pages.push(await context.http.follow(pages.at(-1)!.next_page!, schema, where, { signal }));
    }
    return pages;
  }

  const articleId = (id: string) => {
    if (!/^\d+$/.test(id)) throw new AdapterError('not_found', `No Zendesk article ${id}.`);
    return id;
  };

  return {
    async search(query, options = {}) {
      const limit = query.limit ?? 10;
      const filter = query.categoryId ? parseCategoryKey(query.categoryId) : undefined;
      const result = await context.http.json('/api/v2/help_center/articles/search', searchResponseSchema, 'article search', {
        query: {
          query: query.query,
          locale: context.locale(query.locale),
          per_page: Math.min(limit, 100),
          page: 1,
          ...(filter ? { [filter.kind]: filter.id } : {}),
        },
        signal: options.signal,
      });
      const hits = result.results.slice(0, limit).map((article, index, all) => ({
        article: toArticleSummary(article, query.locale),
        // Zendesk orders by relevance without a score: keep its order.
        score: all.length - index,
        terms: highlightedTerms(article.snippet),
      }));
      return { hits, total: Math.max(hits.length, result.count ?? hits.length) };
    },

    async get(id, locale, options = {}) {
      const { article } = await context.http.json(
        `/api/v2/help_center/${encodeURIComponent(context.locale(locale))}/articles/${articleId(id)}`,
        articleResponseSchema, 'article', { signal: options.signal },
      );
      return toArticle(article, locale);
    },

    async categories(locale, options = {}) {
      const base = `/api/v2/help_center/${encodeURIComponent(context.locale(locale))}`;
      const [categoryPages, sectionPages] = await Promise.all([
        allPages(`${base}/categories`, categoriesResponseSchema, 'category list', { per_page: 100 }, options.signal),
        allPages(`${base}/sections`, sectionsResponseSchema, 'section list', { per_page: 100 }, options.signal),
      ]);
      const categories: Category[] = categoryPages.flatMap((page) => page.categories).map((category) => ({
        id: categoryKey(category.id),
        name: category.name.slice(0, 200),
        ...(category.description ? { description: category.description.slice(0, 1000) } : {}),
      }));
      const sections: Category[] = sectionPages.flatMap((page) => page.sections).map((section) => ({
        id: sectionKey(section.id),
        name: section.name.slice(0, 200),
        ...(section.description ? { description: section.description.slice(0, 1000) } : {}),
        parentId: section.parent_section_id ? sectionKey(section.parent_section_id) : categoryKey(section.category_id),
      }));
      return [...categories, ...sections];
    },

    async list(params, options = {}) {
      const limit = params.limit ?? 10;
      const base = `/api/v2/help_center/${encodeURIComponent(context.locale(params.locale))}`;
      if (params.categoryId) {
        const filter = parseCategoryKey(params.categoryId);
        if (!filter) throw new AdapterError('not_found', `No Zendesk category ${params.categoryId}.`);
        const path = `${base}/${filter.kind === 'category' ? 'categories' : 'sections'}/${filter.id}/articles`;
        const pages = await allPages(path, articlesResponseSchema, 'article list', { per_page: Math.min(Math.max(limit, 1), 100) }, options.signal);
        return pages.flatMap((page) => page.articles).slice(0, limit).map((article) => toArticleSummary(article, params.locale));
      }
      // Popular: promoted first, then by votes, from the first page of the whole list.
      const page = await context.http.json(`${base}/articles`, articlesResponseSchema, 'article list', { query: { per_page: 100 }, signal: options.signal });
      return [...page.articles]
        .sort((a, b) => Number(Boolean(b.promoted)) - Number(Boolean(a.promoted)) || (b.vote_sum ?? 0) - (a.vote_sum ?? 0))
        .slice(0, limit)
        .map((article) => toArticleSummary(article, params.locale));
    },

    async feedback(feedback, options = {}) {
      await context.http.json(
        `/api/v2/help_center/articles/${articleId(feedback.articleId)}/${feedback.helpful ? 'up' : 'down'}`,
        voteResponseSchema, 'vote', { method: 'POST', signal: options.signal },
      );
    },
  };
}
