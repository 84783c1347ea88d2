/** Demo help center. (Foundation version: a naive search over a small seed; see issue 3.) */
import { AdapterError, type ArticlesApi } from '../contract.js';
import type { Article, Category } from '../schemas.js';
import type { DemoContext } from './context.js';

const updatedAt = '2026-10-01T08:00:00Z';
const CATEGORIES: Category[] = [
  { id: 'account', name: 'Account & security' },
  { id: 'deposits', name: 'Deposits' },
  { id: 'withdrawals', name: 'Withdrawals' },
];
const ARTICLES: Article[] = [
  { id: 'enable-2fa', title: 'How to enable two-factor authentication (2FA)', categoryId: 'account', locale: 'en', updatedAt, body: '<p>Go to Security and turn on an authenticator app.</p>', bodyFormat: 'html', relatedIds: [], tags: [] },
  { id: 'deposit-not-credited', title: 'Deposit not credited', categoryId: 'deposits', locale: 'en', updatedAt, body: '<p>Check the network confirmations.</p>', bodyFormat: 'html', relatedIds: [], tags: [] },
  { id: 'withdrawal-pending', title: 'Why is my withdrawal pending?', categoryId: 'withdrawals', locale: 'en', updatedAt, body: '<p>Withdrawals are reviewed for security.</p>', bodyFormat: 'html', relatedIds: [], tags: [] },
];

export function createDemoArticles(_context: DemoContext): ArticlesApi {
  const summary = ({ body: _b, bodyFormat: _f, relatedIds: _r, tags: _t, ...rest }: Article) => rest;
  return {
    async search({ query, limit = 10 }) {
      const q = query.toLowerCase();
      const hits = ARTICLES.filter((a) => a.title.toLowerCase().includes(q) || a.body.toLowerCase().includes(q))
        .slice(0, limit)
        .map((article) => ({ article: summary(article), score: 1, terms: [query] }));
      return { hits, total: hits.length };
    },
    async get(id) {
      const article = ARTICLES.find((a) => a.id === id);
      if (!article) throw new AdapterError('not_found', `No article ${id}.`);
      return article;
    },
    async categories() {
      return CATEGORIES;
    },
    async list({ categoryId, limit = 10 }) {
      return ARTICLES.filter((a) => !categoryId || a.categoryId === categoryId).slice(0, limit).map(summary);
    },
    async feedback() {},
  };
}
