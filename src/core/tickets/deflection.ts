/**
 * Deflection: while the user writes the subject and description, suggest up to three help
 * articles that may answer the question before a ticket is filed. The text goes through the
 * secret guard first: anything that looks like a secret is never sent to the search.
 */
import type { SupportAdapter } from '../../adapters/contract.js';
import type { ArticleSummary } from '../../adapters/schemas.js';
import type { SecretScan } from '../secret-guard.js';
import { Observable } from './observable.js';

export interface DeflectionOptions {
  adapter: () => SupportAdapter | undefined;
  locale: () => string;
  scan: (text: string) => Promise<SecretScan>;
  /** Milliseconds of quiet typing before searching. Default 400. */
  delay?: number;
  /** Characters needed before searching. Default 12. */
  minLength?: number;
}

export class DeflectionStore extends Observable {
  suggestions: ArticleSummary[] = [];
  /** The article the user said solved the problem, if any. */
  solvedBy?: ArticleSummary;
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;
  private lastQuery = '';

  constructor(private readonly options: DeflectionOptions) {
    super();
  }

  /** Schedules a search for `text` (the subject and description together). */
  update(text: string): void {
    clearTimeout(this.timer);
    const query = text.replace(/\s+/g, ' ').trim().slice(0, 300);
    if (query.length < (this.options.minLength ?? 12)) {
      this.controller?.abort();
      this.lastQuery = '';
      if (this.suggestions.length) {
        this.suggestions = [];
        this.changed();
      }
      return;
    }
    this.timer = setTimeout(() => void this.search(query), this.options.delay ?? 400);
  }

  /** Runs the search now (the component calls this on blur); resolves when suggestions are set. */
  async search(query: string): Promise<void> {
    clearTimeout(this.timer);
    const articles = this.options.adapter()?.articles;
    if (!articles || query === this.lastQuery) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const scan = await this.options.scan(query);
    if (controller.signal.aborted) return;
    if (scan.findings.length) {
      this.suggestions = [];
      this.changed();
      return;
    }
    try {
      const result = await articles.search({ query, locale: this.options.locale(), limit: 3 }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.lastQuery = query;
      this.suggestions = result.hits.slice(0, 3).map((hit) => hit.article);
      this.changed();
    } catch {
      // Suggestions are a bonus: a failed search leaves the form as it was.
    }
  }

  /**
   * Records that an article solved the problem (no ticket needed): tells the help center the
   * article was helpful. The caller announces it (`lb-ticket-deflected`).
   */
  async markSolved(article: ArticleSummary): Promise<void> {
    this.solvedBy = article;
    this.changed();
    try {
      await this.options.adapter()?.articles?.feedback({ articleId: article.id, helpful: true });
    } catch {
      // Feedback is best effort; the deflection is still recorded by the event.
    }
  }

  reset(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.suggestions = [];
    this.solvedBy = undefined;
    this.lastQuery = '';
    this.changed();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
  }
}
