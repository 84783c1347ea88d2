import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapters/contract.js';
import type { Article } from '../../src/adapters/schemas.js';
import { validated } from '../../src/adapters/validated.js';
import { createStaticAdapter, createStaticArticles } from '../../src/adapters/static/index.js';
import { articles as seedArticles, categories as seedCategories, seedArticles as seedEntries } from '../../src/adapters/demo/seed/index.js';

const article = (id: string, locale: string, title: string, body: string, extra: Partial<Article> = {}): Article => ({
  id, locale, title, body, categoryId: 'general', updatedAt: '2026-10-01T00:00:00Z', bodyFormat: 'markdown', relatedIds: [], tags: [], ...extra,
});

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('expected a rejection');
}

describe('demo seed content', () => {
  it('has at least 60 articles in English and Simplified Chinese, in every required category', () => {
    expect(seedEntries.length).to.be.at.least(60);
    expect(seedEntries.filter((entry) => entry.zh).length).to.be.at.least(60);
    const required = ['account', 'kyc', 'deposits', 'withdrawals', 'spot', 'derivatives', 'p2p', 'api', 'fees', 'vip', 'scams'];
    expect(seedCategories.map((c) => c.id)).to.include.members(required);
    for (const id of required) expect(seedEntries.filter((e) => e.category === id).length, id).to.be.at.least(4);
  });

  it('links only to articles that exist, and every article passes the schema', async () => {
    const ids = new Set(seedEntries.map((entry) => entry.id));
    for (const entry of seedEntries) for (const related of entry.related) expect(ids.has(related), `${entry.id} → ${related}`).to.equal(true);
    const adapter = validated(createStaticAdapter({ articles: seedArticles, categories: seedCategories }));
    const listed = await adapter.articles!.list({ locale: 'en', limit: 100 });
    expect(listed.length).to.equal(seedEntries.length);
  });
});

describe('static articles adapter', () => {
  const help = [
    article('deposit', 'en', 'Deposit not credited', 'Check the **TXID** and the network confirmations.', { popularity: 50, categoryId: 'deposits', relatedIds: ['fees'] }),
    article('deposit', 'zh-CN', '充币未到账怎么办？', '请检查 TXID 和网络确认数。', { popularity: 50, categoryId: 'deposits' }),
    article('fees', 'en', 'Trading fees', 'Maker and taker fees. A deposit is free.', { popularity: 90, categoryId: 'fees' }),
    article('new-feature', 'en', 'Sign in with a passkey', 'Passkeys replace passwords.', { popularity: 5, categoryId: 'account' }),
  ];
  const categories = [
    { id: 'deposits', name: { en: 'Deposits', 'zh-CN': '充值' } },
    { id: 'fees', name: { en: 'Fees', 'zh-CN': '费率' } },
    { id: 'account', name: 'Account' },
  ];
  const api = () => validated(createStaticAdapter({ articles: help, categories })).articles!;

  it('returns the reader’s locale, falling back to the same language and then English', async () => {
    expect((await api().get('deposit', 'zh-CN')).title).to.equal('充币未到账怎么办？');
    expect((await api().get('deposit', 'zh-TW')).locale).to.equal('zh-CN');
    expect((await api().get('deposit', 'fr')).locale).to.equal('en');
    expect((await api().get('new-feature', 'zh-CN')).locale).to.equal('en');
    expect((await rejection(api().get('missing', 'en'))).code).to.equal('not_found');
  });

  it('names categories per locale and counts the articles a reader can see', async () => {
    const zh = await api().categories('zh-CN');
    expect(zh.map((c) => [c.name, c.articleCount])).to.deep.equal([['充值', 1], ['费率', 1], ['Account', 1]]);
  });

  it('lists the most popular articles, or those of a category', async () => {
    expect((await api().list({ locale: 'en' })).map((a) => a.id)).to.deep.equal(['fees', 'deposit', 'new-feature']);
    const inCategory = await api().list({ locale: 'zh-CN', categoryId: 'deposits' });
    expect(inCategory.map((a) => [a.id, a.locale])).to.deep.equal([['deposit', 'zh-CN']]);
    expect(inCategory[0]!.snippet).to.contain('TXID');
  });

  it('ranks a title match above a body match and snippets around the match', async () => {
    const result = await api().search({ query: 'deposit', locale: 'en' });
    expect(result.hits.map((h) => h.article.id)).to.deep.equal(['deposit', 'fees']);
    expect(result.hits[1]!.article.snippet).to.contain('deposit is free');
    expect(result.hits[0]!.terms).to.include('deposit');
  });

  it('finds Chinese text by bigrams, a partial word by prefix and a typo by edit distance', async () => {
    expect((await api().search({ query: '充币不到账', locale: 'zh-CN' })).hits[0]!.article).to.include({ id: 'deposit', locale: 'zh-CN' });
    expect((await api().search({ query: '充', locale: 'zh-CN' })).hits[0]!.article.id).to.equal('deposit');
    expect((await api().search({ query: 'confirma', locale: 'en' })).hits[0]!.article.id).to.equal('deposit');
    expect((await api().search({ query: 'pasword', locale: 'en' })).hits[0]!.article.id).to.equal('new-feature');
  });

  it('shows each article once, in the reader’s language, even when another version matched', async () => {
    const result = await api().search({ query: 'TXID', locale: 'zh-CN' });
    expect(result.hits.map((h) => [h.article.id, h.article.locale])).to.deep.equal([['deposit', 'zh-CN']]);
    const english = await api().search({ query: 'passkey', locale: 'zh-CN' });
    expect(english.hits[0]!.article).to.include({ id: 'new-feature', locale: 'en' });
  });

  it('filters by category, honours the limit and answers an empty query with nothing', async () => {
    expect((await api().search({ query: 'deposit', locale: 'en', categoryId: 'fees' })).hits.map((h) => h.article.id)).to.deep.equal(['fees']);
    expect((await api().search({ query: 'deposit', locale: 'en', limit: 1 })).hits).to.have.length(1);
    expect(await api().search({ query: '   ', locale: 'en' })).to.deep.equal({ hits: [], total: 0 });
  });

  it('passes votes to onFeedback and rejects votes for unknown articles', async () => {
    const votes: unknown[] = [];
    const articles = createStaticArticles(help, { onFeedback: (vote) => void votes.push(vote) });
    await articles.feedback({ articleId: 'fees', helpful: false });
    expect(votes).to.deep.equal([{ articleId: 'fees', helpful: false }]);
    expect((await rejection(articles.feedback({ articleId: 'nope', helpful: true }))).code).to.equal('not_found');
  });

  it('loads a JSON URL once, lazily', async () => {
    let fetched = 0;
    const url = URL.createObjectURL(new Blob([JSON.stringify({ articles: help, categories })], { type: 'application/json' }));
    const articles = createStaticArticles(url, { fetch: (input, init) => (fetched++, fetch(input, init)) });
    expect(fetched).to.equal(0);
    const [a, b] = await Promise.all([articles.search({ query: 'fees', locale: 'en' }), articles.categories('en')]);
    expect(a.hits[0]!.article.id).to.equal('fees');
    expect(b).to.have.length(3);
    expect(fetched).to.equal(1);
    URL.revokeObjectURL(url);
  });

  it('turns a missing file, bad JSON and invalid articles into AdapterErrors, and retries later', async () => {
    const notFound = createStaticArticles('/no/such/help-center.json');
    expect((await rejection(notFound.list({ locale: 'en' }))).code).to.equal('not_found');
    const badJson = URL.createObjectURL(new Blob(['{ nope'], { type: 'application/json' }));
    expect((await rejection(createStaticArticles(badJson).list({ locale: 'en' }))).code).to.equal('invalid_response');
    let attempts = 0;
    const flaky = createStaticArticles(async () => {
      attempts++;
      return attempts === 1 ? ([{ id: 42, title: null }] as unknown as Article[]) : help;
    });
    expect((await rejection(flaky.list({ locale: 'en' }))).code).to.equal('invalid_response');
    expect(await flaky.list({ locale: 'en' })).to.have.length(3);
  });

  it('derives categories from the articles when none are given', async () => {
    const adapter = createStaticAdapter(help);
    expect(adapter.name).to.equal('static');
    expect(adapter.chat).to.equal(undefined);
    expect((await adapter.articles!.categories('en')).map((c) => c.id)).to.deep.equal(['deposits', 'fees', 'account']);
  });
});
