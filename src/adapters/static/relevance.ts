/**
 * When a search hit really answers a chat question: the relevance threshold of the bots that answer
 * from the help center (the demo backend's and the reference server's). A search box may show
 * anything that shares a word with the query; a bot that answers must not, or "hello there" gets
 * "Sign in with a passkey" and the "two questions it cannot answer → a person" rule never fires.
 *
 * The question's content: its Latin words without stop words, small talk and bare numbers ("hello",
 * "thanks", "please", "help", "has", "not", "3"), and its CJK characters outside small-talk phrases
 * (你好, 谢谢, 请问, 我的, 怎么办 …). A hit's matched terms (`SearchHit.terms`, as the index matched
 * them: exact, as a prefix, or one or two typos away) cover a word, or the two characters of a
 * bigram; a CJK character counts half a word, since a bigram is about a word. A hit answers when
 *   - the question has content at all, and
 *   - the covered part is at least half of it, and
 *   - for a question of two words or more, at least two words are covered: one shared word is
 *     not a match ("slow message" shares "slow" with "Why is my withdrawal pending?").
 */
import type { SearchHit } from '../schemas.js';
import { normalizeLatin } from './tokenize.js';

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
/** As the tokenizer splits: a CJK run, or a run of other letters and digits. */
const TOKEN = new RegExp(`[${CJK}]+|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const CJK_RUN = new RegExp(`^[${CJK}]`, 'u');

/** Words that say nothing about the problem (on top of the tokenizer's stop words), as typed and normalized. */
const SMALL_TALK = new Set(
  ('hello hallo hi hey hiya yo greeting good morning afternoon evening dear sir madam guy team anyone everyone ' +
    'thank thanks thx ty cheer please pls plz help helping kindly sorry excuse ok okay yes yeah yep no nope bye goodbye ' +
    'am has have had having been being do did done doing doe not don doesn didn isn aren wasn weren hasn haven hadn ' +
    'can cannot cant could would should shall may might must won wont dont im ive let get got go going just still yet ' +
    'also any some very really much many more already again now here there want wanted need needed like know tell ' +
    'one me us we our ours mine myself you yours question problem issue something anything thing').split(' '),
);

/** Chinese small talk, particles and question words, removed before the text is split into bigrams. */
const CJK_SMALL_TALK = new RegExp(
  [
    '你好', '您好', '哈喽', '嗨', '在吗', '在不在', '谢谢', '多谢', '感谢', '请问', '麻烦', '帮帮我', '帮我', '帮忙', '帮助', '想问', '想知道', '一下',
    '我们', '我的', '你们', '我', '你', '您', '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '嗯',
    '为什么', '怎么办', '怎么样', '怎么', '怎样', '如何', '什么', '哪里', '可以', '能否', '是否', '非常', '一直', '已经', '还是', '总是', '很',
  ].join('|'),
  'g',
);

export interface QuestionContent {
  /** Normalized Latin content words, each once. */
  words: string[];
  /** CJK runs of two characters or more (a lone character matches too much to count). */
  runs: string[][];
}

/** The words and CJK runs of a question that can match an article. */
export function questionContent(question: string): QuestionContent {
  const words = new Set<string>();
  const runs: string[][] = [];
  for (const [token] of question.replace(CJK_SMALL_TALK, ' ').matchAll(TOKEN)) {
    if (CJK_RUN.test(token)) {
      const chars = Array.from(token);
      if (chars.length > 1) runs.push(chars);
      continue;
    }
    const term = normalizeLatin(token);
    if (!term || term.length < 2 || /^\d+$/.test(term) || SMALL_TALK.has(term) || SMALL_TALK.has(token.toLowerCase())) continue;
    words.add(term);
  }
  return { words: [...words], runs };
}

/** How much of a question (in words) a hit's matched terms cover, and its whole size. */
export function coverage(content: QuestionContent, terms: readonly string[]): { covered: number; total: number } {
  const matched = new Set(terms.map((term) => term.toLowerCase()));
  const matchedTerms = [...matched];
  let covered = content.words.filter((word) => matchedTerms.some((term) => sameWord(word, term))).length;
  let total = content.words.length;
  for (const chars of content.runs) {
    total += chars.length / 2;
    const hit = chars.map(() => false);
    for (let i = 0; i < chars.length - 1; i++) {
      if (matched.has(chars[i]! + chars[i + 1]!)) hit[i] = hit[i + 1] = true;
    }
    covered += hit.filter(Boolean).length / 2;
  }
  return { covered, total };
}

/** Whether `hit` answers `question` (see the rule above). */
export function answers(question: string | QuestionContent, hit: Pick<SearchHit, 'terms'>): boolean {
  const { covered, total } = coverage(typeof question === 'string' ? questionContent(question) : question, hit.terms);
  return total > 0 && covered >= total / 2 && (total < 2 || covered >= 2);
}

/** The hits that answer `question`, in their order. */
export function relevantHits<T extends Pick<SearchHit, 'terms'>>(question: string, hits: readonly T[]): T[] {
  const content = questionContent(question);
  return hits.filter((hit) => answers(content, hit));
}

/** A matched term stands for a query word as the index matches: exactly, as a prefix, or with the typos it allows. */
function sameWord(word: string, term: string): boolean {
  if (term === word || term.startsWith(word)) return true;
  if (word.length < 5) return false;
  return editDistance(word, term, word.length < 8 ? 1 : 2);
}

/** Whether the Levenshtein distance of `a` and `b` is at most `max`. */
function editDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...row) > max) return false;
    previous = row;
  }
  return previous[b.length]! <= max;
}
