/**
 * The demo help center: a crypto exchange's articles in English and Simplified Chinese, in the
 * static adapter's format. Loaded only by the demo adapter, as its own chunk.
 */
import type { Article } from '../../schemas.js';
import type { StaticCategory } from '../../static/index.js';
import { categories as seedCategories } from './categories.js';
import type { SeedArticle, SeedText } from './types.js';
import { account } from './account.js';
import { kyc } from './kyc.js';
import { deposits } from './deposits.js';
import { withdrawals } from './withdrawals.js';
import { spot } from './spot.js';
import { derivatives } from './derivatives.js';
import { p2p } from './p2p.js';
import { api } from './api.js';
import { fees } from './fees.js';
import { vip } from './vip.js';
import { scams } from './scams.js';

export const seedArticles: readonly SeedArticle[] = [
  ...account, ...kyc, ...deposits, ...withdrawals, ...spot, ...derivatives, ...p2p, ...api, ...fees, ...vip, ...scams,
];

function toArticle(entry: SeedArticle, locale: string, text: SeedText, popularity: number): Article {
  return {
    id: entry.id,
    title: text.title,
    categoryId: entry.category,
    locale,
    updatedAt: `${entry.updated}T08:00:00Z`,
    popularity,
    body: text.body,
    bodyFormat: text.html ? 'html' : 'markdown',
    relatedIds: entry.related,
    tags: text.tags ?? [],
  };
}

/** One `Article` per locale version (English first, then zh-CN). */
export const articles: Article[] = seedArticles.flatMap((entry) => {
  const versions = [toArticle(entry, 'en', entry.en, entry.popularity)];
  if (entry.zh) versions.push(toArticle(entry, 'zh-CN', entry.zh, entry.popularity));
  return versions;
});

export const categories: StaticCategory[] = seedCategories.map(({ id, icon, name, description }) => ({ id, icon, name, description }));
