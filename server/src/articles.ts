/**
 * The help center: articles and categories live in the database; search runs on the same
 * in-memory index the widget's static adapter uses (MiniSearch BM25 with CJK bigrams), rebuilt
 * from the database at start.
 */
import type { Article, ArticleSummary, Category, SearchQuery, SearchResult } from '../../src/adapters/schemas.js';
import { ArticleIndex } from '../../src/adapters/static/article-index.js';
import type { Db } from './db.js';
import { nowIso, sql } from './db.js';
import { HttpError } from './http.js';

const lang = (locale: string) => locale.split('-')[0]!.toLowerCase();

export class Articles {
  private index!: ArticleIndex;

  constructor(private readonly db: Db) {}

  async load(): Promise<number> {
    const rows = sql(this.db, 'SELECT data FROM articles').all() as { data: string }[];
    this.index = await new ArticleIndex(rows.map((row) => JSON.parse(row.data) as Article)).build();
    return this.index.size;
  }

  search(query: SearchQuery): SearchResult {
    return this.index.search(query);
  }

  get(id: string, locale: string): Article {
    const article = this.index.pick(id, locale);
    if (!article) throw new HttpError(404, 'not_found', `No article "${id}".`);
    return article;
  }

  list(locale: string, categoryId?: string, limit = 10): ArticleSummary[] {
    return this.index.list(locale, categoryId).slice(0, limit).map((article) => this.index.summary(article));
  }

  summaries(ids: string[], locale: string): ArticleSummary[] {
    return ids.flatMap((id) => {
      const article = this.index.pick(id, locale);
      return article ? [this.index.summary(article)] : [];
    });
  }

  categories(locale: string): Category[] {
    const rows = sql(this.db, 'SELECT id, locale, data FROM categories ORDER BY position').all() as { id: string; locale: string; data: string }[];
    const byId = new Map<string, { locale: string; data: string }[]>();
    for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
    const wanted = locale.toLowerCase();
    return [...byId.entries()].map(([id, versions]) => {
      const chosen = versions.find((v) => v.locale.toLowerCase() === wanted)
        ?? versions.find((v) => lang(v.locale) === lang(wanted))
        ?? versions.find((v) => v.locale === 'en')
        ?? versions[0]!;
      const category = JSON.parse(chosen.data) as Category;
      return { ...category, articleCount: this.index.list(locale, id).length };
    });
  }

  feedback(articleId: string, userId: string, helpful: boolean, comment?: string): void {
    if (!this.index.pick(articleId, 'en')) throw new HttpError(404, 'not_found', `No article "${articleId}".`);
    sql(this.db, `
      INSERT INTO article_feedback (article_id, user_id, helpful, comment, created_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (article_id, user_id) DO UPDATE SET helpful = excluded.helpful, comment = excluded.comment, created_at = excluded.created_at
    `).run(articleId, userId, helpful ? 1 : 0, comment ?? null, nowIso());
  }
}
