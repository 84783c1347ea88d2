/**
 * The demo help center: the static articles adapter over the seed content. The seed and the index
 * code load on first use, as their own chunk, and the index is built then; votes from "was this
 * helpful?" are kept in the demo database.
 */
import type { ArticlesApi } from '../contract.js';
import type { ArticleFeedback } from '../schemas.js';
import type { DemoContext } from './context.js';

export function createDemoArticles(context: DemoContext): ArticlesApi {
  let loading: Promise<ArticlesApi> | undefined;
  const load = (): Promise<ArticlesApi> =>
    (loading ??= Promise.all([import('../static/index.js'), import('./seed/index.js')]).then(
      ([{ createStaticArticles }, seed]) =>
        createStaticArticles(
          { articles: seed.articles, categories: seed.categories },
          {
            onFeedback: (feedback) =>
              void context.db.update<(ArticleFeedback & { at: number })[]>('articleFeedback', () => [], (votes) => [
                ...votes.slice(-99),
                { ...feedback, at: context.now() },
              ]),
          },
        ),
      (error: unknown) => {
        loading = undefined; // a chunk that failed to load is fetched again next time
        throw error;
      },
    ));
  return {
    search: async (query, options) => (await load()).search(query, options),
    get: async (id, locale, options) => (await load()).get(id, locale, options),
    categories: async (locale, options) => (await load()).categories(locale, options),
    list: async (params, options) => (await load()).list(params, options),
    feedback: async (feedback, options) => (await load()).feedback(feedback, options),
  };
}
