/**
 * Safe highlighting: text is split into plain and matched segments, which components render with
 * Lit text bindings (`<mark>${segment.text}</mark>`) — never as HTML, so a title such as
 * `<img src=x onerror=…>` stays text.
 */

export interface Segment {
  text: string;
  match: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MAX_TERMS = 24;

/** Words of a query, for adapters that return no matched terms. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((term) => term.length > 1 || CJK.test(term));
}

/**
 * Splits `text` where `terms` occur, case-insensitively. A Latin term matches at the start of a
 * word and the highlight extends to the word's end ("withdrawal" marks "Withdrawals"); a CJK term
 * matches anywhere. Overlapping matches merge.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const lower = text.toLowerCase();
  // Some characters change length when lower-cased; positions would no longer line up.
  if (!text || lower.length !== text.length) return text ? [{ text, match: false }] : [];
  const ranges: [number, number][] = [];
  const unique = [...new Set(terms.map((term) => term.toLowerCase().trim()))].filter((term) => term.length > 1 || CJK.test(term)).slice(0, MAX_TERMS);
  for (const term of unique) {
    const cjk = CJK.test(term);
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
      if (!cjk && at > 0 && WORD_CHAR.test(lower[at - 1]!)) continue;
      let end = at + term.length;
      if (!cjk) while (end < lower.length && WORD_CHAR.test(lower[end]!) && !CJK.test(lower[end]!)) end++;
      ranges.push([at, end]);
    }
  }
  if (ranges.length === 0) return [{ text, match: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = 0;
  let [start, end] = ranges[0]!;
  const flush = () => {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  };
  for (const [nextStart, nextEnd] of ranges.slice(1)) {
    if (nextStart <= end) end = Math.max(end, nextEnd);
    else {
      flush();
      [start, end] = [nextStart, nextEnd];
    }
  }
  flush();
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
