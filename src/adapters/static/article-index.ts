/**
 * The in-browser full-text index behind the static articles adapter (MiniSearch, BM25). Every
 * locale version of every article is one document; a search ranks them all, keeps the best
 * version per article id in the reader's locale (exact → same language → default) and builds a
 * snippet around the first matched term.
 */
import MiniSearch, { type SearchResult as EngineResult } from 'minisearch';
import type { Article, ArticleSummary, SearchHit, SearchQuery, SearchResult } from '../schemas.js';
import { isCjk, plainText, tokenize, type CjkMode } from './tokenize.js';

export interface IndexOptions {
  /** The locale shown when an article has no version in the reader's language. Default "en". */
  defaultLocale?: string;
  /** CJK tokenization: character bigrams (default) or `Intl.Segmenter` words. */
  cjk?: CjkMode;
  /** Field boosts. Default: title 4, tags 2, body 1. */
  boost?: { title?: number; tags?: number; text?: number };
  /** Hits scoring below this fraction of the best hit are dropped. Default 0.08. */
  minRelativeScore?: number;
}

interface Doc {
  /** Position in `docs`, the engine's document id. */
  i: number;
  article: Article;
  title: string;
  tags: string;
  text: string;
  lower: string;
  boost: number;
}

const SNIPPET_LENGTH = 170;
const FEW_RESULTS = 5;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const lang = (locale: string) => locale.split('-')[0]!.toLowerCase();

export class ArticleIndex {
  private readonly docs: Doc[] = [];
  private readonly versions = new Map<string, Map<string, Doc>>();
  private readonly engine: MiniSearch<Doc>;
  private readonly defaultLocale: string;
  private readonly options: IndexOptions;

  constructor(articles: readonly Article[], options: IndexOptions = {}) {
    this.options = options;
    this.defaultLocale = (options.defaultLocale ?? 'en').toLowerCase();
    const mode = options.cjk ?? 'bigram';
    this.engine = new MiniSearch<Doc>({
      idField: 'i',
      fields: ['title', 'tags', 'text'],
      tokenize: (text) => tokenize(text, mode),
      processTerm: (term) => term,
    });
    for (const article of articles) {
      const text = plainText(article.body, article.bodyFormat);
      const doc: Doc = {
        i: this.docs.length,
        article,
        title: article.title,
        tags: article.tags.join(' \n '),
        text,
        lower: text.toLowerCase(),
        boost: 1 + Math.log10(1 + Math.max(0, article.popularity ?? 0)) / 30,
      };
      this.docs.push(doc);
      const byLocale = this.versions.get(article.id) ?? new Map<string, Doc>();
      byLocale.set(article.locale.toLowerCase(), doc);
      this.versions.set(article.id, byLocale);
    }
  }

  /** Adds every document to the engine, yielding to the page between chunks for large sets. */
  async build(): Promise<this> {
    if (this.docs.length > 800) await this.engine.addAllAsync(this.docs, { chunkSize: 400 });
    else this.engine.addAll(this.docs);
    return this;
  }

  get size(): number {
    return this.docs.length;
  }

  /** Article ids, each once. */
  ids(): string[] {
    return [...this.versions.keys()];
  }

  /** The version of an article to show in `locale`: exact, then same language, then the default. */
  pick(id: string, locale: string): Article | undefined {
    return this.pickDoc(id, locale)?.article;
  }

  summary(article: Article, snippet?: string): ArticleSummary {
    const { id, title, categoryId, locale, updatedAt, popularity } = article;
    const doc = this.versions.get(id)?.get(locale.toLowerCase());
    return { id, title, categoryId, locale, updatedAt, popularity, snippet: snippet ?? (doc ? excerpt(doc.text, 0) : undefined) };
  }

  search({ query, locale, categoryId, limit = 20 }: SearchQuery): SearchResult {
    if (!query.trim()) return { hits: [], total: 0 };
    const typingLastWord = !/\s$/.test(query);
    const boost = { title: 4, tags: 2, text: 1, ...this.options.boost };
    const options = {
      boost,
      prefix: (term: string, index: number, terms: string[]) =>
        typingLastWord && index === terms.length - 1 && (isCjk(term) ? term.length === 1 : term.length > 1),
      // Typo tolerance is the expensive part of a search: one edit from 5 letters, two from 8; the
      // word being typed (already searched as a prefix) only from 6 letters.
      fuzzy: (term: string, index: number, terms: string[]) => {
        if (isCjk(term) || term.length < 5) return false;
        if (typingLastWord && index === terms.length - 1 && term.length < 6) return false;
        return term.length < 8 ? 1 : 2;
      },
      filter: categoryId ? (result: EngineResult) => this.docs[result.id as number]!.article.categoryId === categoryId : undefined,
    };
    // Words must all match (like a search box users know) — unless that leaves almost nothing,
    // then any word may ("my deposit hasn't arrived"). Chinese bigrams always combine with OR:
    // a colloquial "充币不到账" shares only some of its bigrams with "充币未到账".
    let results: EngineResult[] = [];
    if (!CJK_CHAR.test(query)) results = this.engine.search(query, { ...options, combineWith: 'AND' });
    if (results.length < FEW_RESULTS) results = this.engine.search(query, { ...options, combineWith: 'OR' });
    // One entry per article, however many of its locale versions matched (kept cheap: a search
    // can match thousands of documents, and only the first `limit` need terms and a snippet).
    const best = new Map<string, { doc: Doc; score: number; matched: EngineResult[] }>();
    for (const result of results) {
      const matched = this.docs[result.id as number]!;
      const id = matched.article.id;
      let entry = best.get(id);
      if (!entry) best.set(id, (entry = { doc: this.pickDoc(id, locale)!, score: 0, matched: [] }));
      // A hit on another language's version still finds the article, at a lower rank.
      entry.score = Math.max(entry.score, result.score * matched.boost * (entry.doc === matched ? 1 : 0.5));
      entry.matched.push(result);
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score);
    const floor = (ranked[0]?.score ?? 0) * (this.options.minRelativeScore ?? 0.08);
    const kept = ranked.filter((entry) => entry.score >= floor);
    const hits: SearchHit[] = kept.slice(0, limit).map(({ doc, score, matched }) => {
      const terms = [...new Set(matched.flatMap((result) => result.terms))];
      return { article: this.summary(doc.article, excerpt(doc.text, firstMatch(doc.lower, terms))), score: Math.round(score * 1000) / 1000, terms };
    });
    return { hits, total: kept.length };
  }

  /** The article ids visible in `locale` (one version each), most popular first. */
  list(locale: string, categoryId?: string): Article[] {
    const out: Article[] = [];
    for (const id of this.versions.keys()) {
      const article = this.pickDoc(id, locale)!.article;
      if (!categoryId || article.categoryId === categoryId) out.push(article);
    }
    return out.sort((a, b) => (b.popularity ?? 0) - (a.popularity ?? 0));
  }

  private pickDoc(id: string, locale: string): Doc | undefined {
    const byLocale = this.versions.get(id);
    if (!byLocale) return undefined;
    const wanted = locale.toLowerCase();
    const exact = byLocale.get(wanted);
    if (exact) return exact;
    const language = lang(wanted);
    for (const [tag, doc] of byLocale) if (lang(tag) === language) return doc;
    return byLocale.get(this.defaultLocale) ?? byLocale.values().next().value;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Position of the earliest matched term in `lower` (Latin terms at a word start), or -1. */
function firstMatch(lower: string, terms: string[]): number {
  let first = -1;
  for (const term of terms) {
    let from = 0;
    while (from < lower.length) {
      const at = lower.indexOf(term, from);
      if (at < 0 || (first >= 0 && at >= first)) break;
      if (isCjk(term) || at === 0 || !WORD_CHAR.test(lower[at - 1]!)) {
        first = at;
        break;
      }
      from = at + 1;
    }
  }
  return first;
}

/** About SNIPPET_LENGTH characters of `text` starting a little before `at`, on word boundaries. */
function excerpt(text: string, at: number): string {
  let start = Math.max(0, at - 40);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < at && space - start < 20) start = space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + SNIPPET_LENGTH / 2) end = space;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '… ' : ''}${body}${end < text.length ? ' …' : ''}`;
}
