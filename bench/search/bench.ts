/** The benchmark page: builds the index over 5,000 generated articles and times every keystroke. */
import { ArticleIndex } from '../../src/adapters/static/article-index.js';
import { createStaticAdapter } from '../../src/adapters/static/index.js';
import type { CjkMode } from '../../src/adapters/static/tokenize.js';
import { validated } from '../../src/adapters/validated.js';
import { generateArticles, keystrokes } from './corpus.js';

const ROUNDS = 5;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

async function measure(cjk: CjkMode) {
  const articles = generateArticles();
  const heapBefore = (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
  const started = performance.now();
  const index = await new ArticleIndex(articles, { cjk }).build();
  const buildMs = performance.now() - started;
  const heapAfter = (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
  const strokes = keystrokes();
  const en: number[] = [];
  const zh: number[] = [];
  let hits = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    for (const { text, locale } of strokes) {
      const t0 = performance.now();
      const result = index.search({ query: text, locale, limit: 20 });
      const elapsed = performance.now() - t0;
      if (round === 0) continue; // warm-up
      hits += result.hits.length;
      (locale === 'en' ? en : zh).push(elapsed);
    }
  }
  // The whole adapter path a component sees: static adapter + zod validation of the response.
  const adapter = validated(createStaticAdapter(articles, { cjk }));
  await adapter.articles!.search({ query: 'warm', locale: 'en' });
  const viaAdapter: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const { text, locale } of strokes) {
      const t0 = performance.now();
      await adapter.articles!.search({ query: text, locale, limit: 20 });
      viaAdapter.push(performance.now() - t0);
    }
  }
  return {
    cjk,
    articles: articles.length,
    keystrokesPerRound: strokes.length,
    buildMs,
    heapMB: heapBefore !== undefined && heapAfter !== undefined ? (heapAfter - heapBefore) / 1048576 : undefined,
    en: stats(en),
    zh: stats(zh),
    all: stats([...en, ...zh]),
    adapter: stats(viaAdapter),
    avgHits: hits / (en.length + zh.length),
  };
}

(window as { runBench?: () => Promise<unknown> }).runBench = async () => [await measure('bigram'), await measure('words')];
