// Library comparison page (plain JS: the alternatives are not project dependencies, see compare.mjs).
// Same tokenizer, same documents, same queries for MiniSearch, FlexSearch and Orama.
import FlexSearch from 'flexsearch';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import { ArticleIndex } from '../../src/adapters/static/article-index.ts';
import { plainText, tokenize } from '../../src/adapters/static/tokenize.ts';
import { articles as seed } from '../../src/adapters/demo/seed/index.ts';
import { generateArticles, keystrokes } from './corpus.ts';

const docsOf = (articles) => articles.map((a, i) => ({ i, id: String(i), articleId: a.id, locale: a.locale, title: a.title, tags: a.tags.join(' \n '), text: plainText(a.body, a.bodyFormat) }));

/** Article ids in rank order, each once (the reader's locale is not needed to score recall). */
const ids = (docs, order) => [...new Set(order.map((i) => docs[Number(i)].articleId))];

const engines = {
  async minisearch(articles) {
    const index = await new ArticleIndex(articles).build();
    return (query, locale) => index.search({ query, locale, limit: 20 }).hits.map((h) => h.article.id);
  },
  async flexsearch(articles) {
    const docs = docsOf(articles);
    const encoder = { encode: (text) => tokenize(text) };
    const index = new FlexSearch.Document({
      tokenize: 'forward',
      encoder: new FlexSearch.Encoder({ normalize: false, dedupe: false, prepare: null, finalize: null }),
      document: { id: 'i', index: ['title', 'tags', 'text'].map((field) => ({ field, tokenize: 'forward', encode: encoder.encode })) },
    });
    for (const doc of docs) index.add(doc);
    return (query) => {
      const byField = index.search(query, { limit: 60, suggest: true });
      const order = ['title', 'tags', 'text'].flatMap((field) => byField.find((r) => r.field === field)?.result ?? []);
      return ids(docs, order).slice(0, 20);
    };
  },
  async orama(articles) {
    const docs = docsOf(articles);
    const db = create({
      schema: { id: 'string', title: 'string', tags: 'string', text: 'string' },
      components: { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: (raw) => tokenize(raw) } },
    });
    await insertMultiple(db, docs.map(({ id, title, tags, text }) => ({ id, title, tags, text })), 500);
    return (query) => {
      const result = oramaSearch(db, { term: query, properties: ['title', 'tags', 'text'], boost: { title: 4, tags: 2 }, tolerance: 1, limit: 20 });
      return ids(docs, result.hits.map((h) => h.id));
    };
  },
};

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

window.runCompare = async (queries) => {
  const out = [];
  const generated = generateArticles();
  const strokes = keystrokes();
  for (const [name, make] of Object.entries(engines)) {
    const t0 = performance.now();
    const searchBig = await make(generated);
    const buildMs = performance.now() - t0;
    const times = [];
    for (let round = 0; round <= 3; round++) {
      for (const { text, locale } of strokes) {
        const s = performance.now();
        searchBig(text, locale);
        if (round) times.push(performance.now() - s);
      }
    }
    const searchSeed = await make(seed);
    let recall = 0;
    for (const q of queries) {
      const top = searchSeed(q.query, q.locale).slice(0, 5);
      recall += q.expected.filter((id) => top.includes(id)).length / q.expected.length;
    }
    out.push({ name, buildMs, ...stats(times), recall: recall / queries.length });
  }
  return out;
};
