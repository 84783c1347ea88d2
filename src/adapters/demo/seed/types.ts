/** The shape the seed is authored in: one entry per article, every locale side by side. */
export interface SeedText {
  title: string;
  /** Markdown (the safe subset of `renderRichText`) unless `html` is set. */
  body: string;
  /** Search synonyms and colloquial phrasing readers type ("stuck", "没到账"). */
  tags?: string[];
  html?: boolean;
}

export interface SeedArticle {
  id: string;
  category: string;
  /** Views in the last 30 days; drives "popular articles" and a small ranking boost. */
  popularity: number;
  /** YYYY-MM-DD */
  updated: string;
  related: string[];
  en: SeedText;
  /** Missing = not translated yet (readers fall back to English). */
  zh?: SeedText;
}
