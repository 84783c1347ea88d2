/**
 * The static articles adapter: give it articles (an array, a `{ articles, categories }` object, a
 * JSON URL or a loader function) and it indexes them in the browser — for the demo adapter and for
 * sites whose help center is a static FAQ. It provides only the `articles` domain.
 *
 * ```ts
 * const adapter = createStaticAdapter('/help/articles.json');
 * setDefaultAdapter(adapter); // <lb-search> in the site header now searches it
 * ```
 *
 * The source loads and the index builds on first use; a failed load is retried on the next call.
 * Input is validated with the same zod schemas as any backend response.
 */
import { z } from 'zod/mini';
import { AdapterError, type ArticlesApi, type RequestOptions, type SupportAdapter } from '../contract.js';
import { articleFeedbackSchema, articleSchema, type Article, type ArticleFeedback, type Category } from '../schemas.js';
import { parseResponse } from '../validated.js';
import { ArticleIndex, type IndexOptions } from './article-index.js';

export type { IndexOptions } from './article-index.js';
export type { CjkMode } from './tokenize.js';

/** Text given per locale ("en", "zh-CN"…) or once for all. */
const localizedText = z.union([z.string(), z.record(z.string(), z.string())]);

const staticCategorySchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: localizedText,
  description: z.optional(localizedText),
  icon: z.optional(z.string()),
  parentId: z.optional(z.string()),
});
export type StaticCategory = z.infer<typeof staticCategorySchema>;

const helpCenterSchema = z.object({
  articles: z.array(articleSchema),
  categories: z.optional(z.array(staticCategorySchema)),
});
/** The JSON a static help center is made of. Articles follow the `Article` schema (one entry per locale version). */
export type StaticHelpCenter = { articles: z.input<typeof articleSchema>[]; categories?: StaticCategory[] };

export type StaticSource =
  | z.input<typeof articleSchema>[]
  | StaticHelpCenter
  | string
  | URL
  | (() => Promise<z.input<typeof articleSchema>[] | StaticHelpCenter>);

export interface StaticArticlesOptions extends IndexOptions {
  /** Categories, when the source does not carry them. */
  categories?: StaticCategory[];
  /** Receives "was this helpful?" votes (e.g. to send them to analytics). */
  onFeedback?: (feedback: ArticleFeedback) => void | Promise<void>;
  /** The fetch used for URL sources. */
  fetch?: typeof fetch;
}

export interface StaticArticlesApi extends ArticlesApi {
  /** Loads the source and builds the index now (it otherwise happens on first use). */
  ready(): Promise<void>;
}

interface Loaded {
  index: ArticleIndex;
  categories: StaticCategory[];
}

function localized(text: z.infer<typeof localizedText> | undefined, locale: string, fallback: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const language = locale.split('-')[0]!;
  return text[locale] ?? Object.entries(text).find(([tag]) => tag.split('-')[0] === language)?.[1] ?? text[fallback] ?? Object.values(text)[0];
}

async function fetchSource(url: string | URL, fetchImpl: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    throw AdapterError.from(error);
  }
  if (!response.ok) {
    const code = response.status === 404 ? 'not_found' : response.status >= 500 ? 'unavailable' : 'invalid_request';
    throw new AdapterError(code, `The help-center file could not be loaded (HTTP ${response.status}).`);
  }
  try {
    return await response.json();
  } catch (error) {
    throw new AdapterError('invalid_response', 'The help-center file is not valid JSON.', { cause: error });
  }
}

export function createStaticArticles(source: StaticSource, options: StaticArticlesOptions = {}): StaticArticlesApi {
  const defaultLocale = options.defaultLocale ?? 'en';
  let loading: Promise<Loaded> | undefined;

  const load = async (): Promise<Loaded> => {
    const raw = typeof source === 'string' || source instanceof URL
      ? await fetchSource(source, options.fetch ?? globalThis.fetch.bind(globalThis))
      : typeof source === 'function' ? await source() : source;
    const data = parseResponse(helpCenterSchema, Array.isArray(raw) ? { articles: raw } : raw, 'help-center file');
    const index = await new ArticleIndex(data.articles, options).build();
    let categories = data.categories ?? options.categories;
    if (!categories) {
      const ids = new Set(data.articles.map((article) => article.categoryId));
      categories = [...ids].map((id) => ({ id, name: id }));
    }
    return { index, categories };
  };

  const ready = async (requestOptions?: RequestOptions): Promise<Loaded> => {
    requestOptions?.signal?.throwIfAborted();
    loading ??= load().catch((error: unknown) => {
      loading = undefined; // let the next call try again
      throw AdapterError.from(error);
    });
    const loaded = await loading;
    requestOptions?.signal?.throwIfAborted();
    return loaded;
  };

  return {
    async ready() {
      await ready();
    },
    async search(query, requestOptions) {
      const { index } = await ready(requestOptions);
      return index.search(query);
    },
    async get(id, locale, requestOptions) {
      const { index } = await ready(requestOptions);
      const article: Article | undefined = index.pick(id, locale);
      if (!article) throw new AdapterError('not_found', `There is no article "${id}".`);
      return article;
    },
    async categories(locale, requestOptions) {
      const { index, categories } = await ready(requestOptions);
      const counts = new Map<string, number>();
      for (const article of index.list(locale)) counts.set(article.categoryId, (counts.get(article.categoryId) ?? 0) + 1);
      return categories.map((category): Category => {
        const result: Category = {
          id: category.id,
          name: localized(category.name, locale, defaultLocale) ?? category.id,
          articleCount: counts.get(category.id) ?? 0,
        };
        const description = localized(category.description, locale, defaultLocale);
        if (description) result.description = description;
        if (category.icon) result.icon = category.icon;
        if (category.parentId) result.parentId = category.parentId;
        return result;
      });
    },
    async list({ locale, categoryId, limit = 10 }, requestOptions) {
      const { index } = await ready(requestOptions);
      return index.list(locale, categoryId).slice(0, limit).map((article) => index.summary(article));
    },
    async feedback(feedback, requestOptions) {
      const { index } = await ready(requestOptions);
      const checked = articleFeedbackSchema.safeParse(feedback);
      if (!checked.success) throw new AdapterError('invalid_request', 'Invalid feedback.');
      if (!index.pick(checked.data.articleId, defaultLocale)) throw new AdapterError('not_found', `There is no article "${checked.data.articleId}".`);
      await options.onFeedback?.(checked.data);
    },
  };
}

/** A `SupportAdapter` with only the articles domain, over a static help center. */
export function createStaticAdapter(source: StaticSource, options: StaticArticlesOptions = {}): SupportAdapter {
  return {
    name: 'static',
    async identify() {},
    articles: createStaticArticles(source, options),
  };
}
