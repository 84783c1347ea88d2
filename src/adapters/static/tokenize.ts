/**
 * Tokenization for a mixed Latin + CJK help center. Latin text: lower-cased, accents folded, a
 * short stop-word list dropped and a plural "s" trimmed, so "Withdrawals" and "withdrawal" meet.
 * CJK runs (Han, kana, Hangul) have no spaces, so each run becomes overlapping character bigrams
 * ("充币未到账" → 充币 币未 未到 到账): no dictionary, identical in every browser, and a query
 * like "充币不到账" still shares 充币 and 到账 with the article. A run of one character stays a
 * unigram, which as the last query term is searched as a prefix ("充" finds 充币, 充值).
 * `words` mode segments CJK runs with `Intl.Segmenter` instead (kept for comparison; bigrams
 * measured better — see bench/search/README.md).
 */

export type CjkMode = 'bigram' | 'words';

const CJK_CHAR = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
/** A CJK run, or a run of other letters/digits (joined by inner dots or apostrophes: "v2.1", "don't"). */
const TOKEN = new RegExp(`[${CJK_CHAR}]+|(?:(?![${CJK_CHAR}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const CJK_RUN = new RegExp(`^[${CJK_CHAR}]`, 'u');
const MARKS = /\p{M}/gu;

const STOP_WORDS = new Set(
  ('a an and are as at be by can do does for from how i if in into is it its me my of on or our so that the their then there ' +
    'this to was what when where which who why will with you your').split(' '),
);

let segmenter: Intl.Segmenter | undefined;

export function isCjk(term: string): boolean {
  return CJK_RUN.test(term);
}

/** Lower-cases, folds accents and trims a plural "s"; null for stop words. */
export function normalizeLatin(word: string): string | null {
  let term = word.toLowerCase();
  if (/[^\x00-\x7f]/.test(term)) term = term.normalize('NFD').replace(MARKS, '');
  if (STOP_WORDS.has(term)) return null;
  if (term.length > 3 && term.endsWith('s') && !term.endsWith('ss') && !/\d/.test(term)) term = term.slice(0, -1);
  return term;
}

function cjkTerms(run: string, mode: CjkMode, out: string[]): void {
  if (mode === 'words' && typeof Intl.Segmenter === 'function') {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    for (const { segment, isWordLike } of segmenter.segment(run)) if (isWordLike) out.push(segment);
    return;
  }
  const chars = Array.from(run);
  if (chars.length === 1) {
    out.push(chars[0]!);
    return;
  }
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
}

/** Splits text into index terms (already normalized). */
export function tokenize(text: string, mode: CjkMode = 'bigram'): string[] {
  const out: string[] = [];
  for (const [token] of text.matchAll(TOKEN)) {
    if (isCjk(token)) cjkTerms(token, mode, out);
    else {
      const term = normalizeLatin(token);
      if (term) out.push(term);
    }
  }
  return out;
}

/** Plain text of an HTML or markdown article body, for indexing and snippets. */
export function plainText(body: string, format: 'html' | 'markdown'): string {
  let text = body;
  if (format === 'html') {
    text = text
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<\/(p|div|li|h\d|tr|td|th|blockquote|pre)>|<br\s*\/?>/gi, ' \n')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_m, entity: string) => ({ nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity]!);
  } else {
    text = text
      .replace(/```/g, ' ')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}(#{1,6}|[-*•]|\d+[.)]|>)\s+/gm, '')
      .replace(/[*_`~]+/g, '');
  }
  return text.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}
