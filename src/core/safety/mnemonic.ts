/**
 * Finds BIP-39 recovery phrases in free text, in any of the ten official word lists.
 *
 * The text is cut into items: a Latin (or other alphabetic) word, a run of kana, a run of Hangul,
 * or a single Han character, each with whether a separator (space, comma, line break, numbering,
 * any non-letter) came before it. A phrase is a run of consecutive items that are all words of the
 * same list. The rule, decided on the false-alarm corpus (`tests/data/false-alarm-corpus.ts`) and
 * on 12,915 paragraphs of English documentation (`bench/secret-guard/false-alarms.mjs`):
 *
 * 1. Separated words — spaces, commas, line breaks, numbering ("1. abandon 2. ability"), any
 *    case: a run of at least 12 words blocks, valid checksum or not, because people mistype and
 *    leave words out; one misspelled Latin word (one edit from a list word) per 12 counts as a
 *    word, anywhere in the run. Prose never strings 12 list words together: the commonest words
 *    ("the", "to", "I", "my", "is") are not in the lists, and Han characters in prose are not set
 *    apart one by one. Longest run measured in the corpus: 5 words; blocks in the 12,915
 *    documentation paragraphs: 0.
 * 2. Han characters written together (ordinary Chinese prose is exactly that, and nearly every
 *    common character is in the Chinese lists): a 12/15/18/21/24-character window blocks only when
 *    its BIP-39 checksum is valid AND it does not read like prose (`looksRandom`). Recall measured
 *    on random phrases: 99.5% for 12 characters, 100% for 24.
 * 3. Kana or Hangul written together: the run is segmented into list words (dynamic programming);
 *    12 or more consecutive words block.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { fold, nearWord, type Wordlist, type WordlistId, type WordScript } from './wordlists.js';

export interface MnemonicMatch {
  start: number;
  end: number;
  language: WordlistId;
  /** Number of words in the run. */
  words: number;
  /** True when a 12/15/18/21/24-word window of the run has a valid BIP-39 checksum. */
  checksum: boolean;
  layout: 'separated' | 'unspaced';
}

export const MIN_WORDS = 12;
const PHRASE_LENGTHS = [12, 15, 18, 21, 24] as const;

interface Item {
  text: string;
  start: number;
  end: number;
  script: WordScript;
  /** True when non-letters (space, punctuation, digits) separate this item from the previous one. */
  gap: boolean;
  /** `text` folded for comparison (see `fold`), computed once. */
  folded: string | undefined;
}

const folded = (item: Item): string => (item.folded ??= fold(item.text, item.script));

const TOKEN = /[\p{L}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;
const SEGMENT =
  /(\p{sc=Han})|([\p{sc=Hiragana}\p{sc=Katakana}\u30FC\u3099\u309A]+)|(\p{sc=Hangul}+)|([^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30FC\u3099\u309A]+)/gu;
const ASCII_WORD = /^[A-Za-z]+$/;

/** Cuts text into items (see the module comment). */
export function itemize(text: string): Item[] {
  const items: Item[] = [];
  let previousEnd = 0;
  for (const token of text.matchAll(TOKEN)) {
    const start = token.index;
    const word = token[0];
    const gap = start > previousEnd;
    previousEnd = start + word.length;
    if (ASCII_WORD.test(word)) {
      items.push({ text: word, start, end: previousEnd, script: 'latin', gap, folded: undefined });
      continue;
    }
    let first = true;
    for (const segment of word.matchAll(SEGMENT)) {
      const script: WordScript = segment[1] ? 'han' : segment[2] ? 'kana' : segment[3] ? 'hangul' : 'latin';
      const segmentStart = start + segment.index;
      items.push({ text: segment[0], start: segmentStart, end: segmentStart + segment[0].length, script, gap: first && gap, folded: undefined });
      first = false;
    }
  }
  return items;
}

/** True when the 11-bit word indices carry a valid BIP-39 checksum (12, 15, 18, 21 or 24 words). */
export function checksumValid(indices: readonly number[]): boolean {
  const count = indices.length;
  if (count % 3 !== 0 || count < 12 || count > 24) return false;
  const totalBits = count * 11;
  const checksumBits = count / 3;
  const entropyBits = totalBits - checksumBits;
  const bytes = new Uint8Array(Math.ceil(totalBits / 8));
  let bit = 0;
  for (const index of indices) {
    for (let b = 10; b >= 0; b--, bit++) if ((index >> b) & 1) bytes[bit >> 3]! |= 0x80 >> (bit & 7);
  }
  const expected = sha256(bytes.subarray(0, entropyBits / 8))[0]! >> (8 - checksumBits);
  let actual = 0;
  for (let i = entropyBits; i < totalBits; i++) actual = (actual << 1) | ((bytes[i >> 3]! >> (7 - (i & 7))) & 1);
  return actual === expected;
}

/**
 * Whether a 12–24-word window of `indices` (all real word indices) has a valid checksum. Only
 * informational for separated words (they block anyway), so a very long run is sampled at its
 * first 40 positions per length instead of hashing every window on every keystroke.
 */
function anyChecksumWindow(indices: readonly number[]): boolean {
  for (const length of PHRASE_LENGTHS) {
    for (let start = 0; start + length <= indices.length && start < 40; start++) if (checksumValid(indices.slice(start, start + length))) return true;
  }
  return false;
}

/**
 * Does a window of Han word indices look like a random phrase rather than prose? The Chinese lists
 * are sorted by frequency (的 一 是 在 不 了 …), so in prose most characters sit near the top,
 * while the words of a real phrase are drawn uniformly from all 2048. Measured on the corpus
 * (724 prose windows of 12–24 list characters) and on 20,000 random phrases:
 * - strict (median index ≥ 500, at most 1/6 of the words among the top 100): 0.14% of prose
 *   windows pass, 97% of random 12-word and 99% of 24-word phrases pass;
 * - relaxed (median ≥ 400, at most 1/4 in the top 100), used when the run of list characters is
 *   exactly the phrase length: 2% of prose windows, 99.5% of random phrases.
 * Combined with the checksum (1 in 16 prose windows for 12 words, 1 in 256 for 24) that leaves a
 * false alarm roughly once in 10,000 prose windows.
 */
export function looksRandom(indices: readonly number[], relaxed = false): boolean {
  const sorted = [...indices].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1]!;
  const common = indices.filter((index) => index < 100).length;
  return relaxed ? median >= 400 && common * 4 <= indices.length : median >= 500 && common * 6 <= indices.length;
}

interface Run {
  items: Item[];
  /** Word index per item; -1 (NOT_A_WORD) for a misspelled word. */
  indices: number[];
}

const OTHER_SCRIPT = -2;
const NOT_A_WORD = -1;

/** Each item's index in `list`: the word index, NOT_A_WORD, or OTHER_SCRIPT. One lookup per item and list. */
function lookup(items: readonly Item[], list: Wordlist): Int32Array {
  const indices = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    indices[i] = item.script !== list.script ? OTHER_SCRIPT : (list.index.get(folded(item)) ?? NOT_A_WORD);
  }
  return indices;
}

/**
 * Runs of consecutive list words. `mode` says how items must be joined: "any" (Latin, kana,
 * Hangul words are always set apart), "gap" (Han characters set apart), "adjacent" (Han characters
 * written together). Latin runs may bridge a misspelled word.
 */
function runs(items: readonly Item[], indices: Int32Array, list: Wordlist, mode: 'any' | 'gap' | 'adjacent'): Run[] {
  const found: Run[] = [];
  const allowTypos = list.script === 'latin';
  let start = -1;
  let typos = 0;
  let lastTypo = -2;
  const close = (end: number) => {
    if (start < 0) return;
    // A misspelled word at either edge stays only when the phrase needs it to reach 12 words.
    if (lastTypo === end - 1 && end - 1 - start >= MIN_WORDS) {
      end--;
      typos--;
    }
    if (indices[start]! < 0 && end - start - 1 >= MIN_WORDS) {
      start++;
      typos--;
    }
    const count = end - start;
    if (count >= MIN_WORDS && typos * MIN_WORDS <= count) {
      // Misspelled words keep NOT_A_WORD (-1) in the run's indices.
      found.push({ items: items.slice(start, end), indices: Array.from(indices.subarray(start, end)) });
    }
    start = -1;
    typos = 0;
    lastTypo = -2;
  };
  const isTypo = (i: number) => nearWord(list, folded(items[i]!)) >= 0;
  for (let i = 0; i < items.length; i++) {
    const index = indices[i]!;
    if (index === OTHER_SCRIPT) {
      close(i);
      continue;
    }
    if (start >= 0 && mode !== 'any' && items[i]!.gap !== (mode === 'gap')) close(i);
    if (index >= 0) {
      if (start < 0) start = i;
      continue;
    }
    // A misspelled word continues a run, or starts one when a real word follows; never two in a row.
    if (allowTypos && start >= 0 && lastTypo !== i - 1 && isTypo(i)) {
      typos++;
      lastTypo = i;
      continue;
    }
    close(i);
    if (allowTypos && (indices[i + 1] ?? -1) >= 0 && isTypo(i)) {
      start = i;
      typos = 1;
      lastTypo = i;
    }
  }
  close(items.length);
  return found;
}

/** Splits a run's indices at bridged typos, so checksums are only computed on real words. */
function exactStretches(indices: readonly number[]): number[][] {
  const stretches: number[][] = [[]];
  for (const index of indices) {
    if (index === -1) stretches.push([]);
    else stretches.at(-1)!.push(index);
  }
  return stretches.filter((stretch) => stretch.length >= MIN_WORDS);
}

/**
 * The longest chain of list words that exactly tiles a stretch of `text` (kana or Hangul written
 * without spaces). Returns the offsets (in `text`) and indices of the best chain.
 */
function segment(text: string, list: Wordlist): { start: number; end: number; indices: number[] } | null {
  const n = text.length;
  const best = new Int32Array(n + 1);
  const choice = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    for (let length = list.minLength; length <= list.maxLength && i + length <= n; length++) {
      if (!list.index.has(text.slice(i, i + length))) continue;
      const chain = 1 + best[i + length]!;
      if (chain > best[i]!) {
        best[i] = chain;
        choice[i] = length;
      }
    }
  }
  let start = -1;
  for (let i = 0; i < n; i++) if (best[i]! >= MIN_WORDS && (start < 0 || best[i]! > best[start]!)) start = i;
  if (start < 0) return null;
  const indices: number[] = [];
  let at = start;
  while (at < n && best[at]! > 0) {
    const length = choice[at]!;
    indices.push(list.index.get(text.slice(at, at + length))!);
    at += length;
  }
  return { start, end: at, indices };
}

/** Every recovery phrase in `text` for the given lists (already loaded). */
export function findMnemonics(text: string, lists: readonly Wordlist[]): MnemonicMatch[] {
  const items = itemize(text);
  const matches: MnemonicMatch[] = [];
  for (const list of lists) {
    const indices = lookup(items, list);
    // 1. Separated words. Han characters count only when each one is set apart.
    for (const run of runs(items, indices, list, list.script === 'han' ? 'gap' : 'any')) {
      matches.push({
        start: run.items[0]!.start,
        end: run.items.at(-1)!.end,
        language: list.id,
        words: run.indices.length,
        checksum: exactStretches(run.indices).some((stretch) => anyChecksumWindow(stretch)),
        layout: 'separated',
      });
    }
    // 2. Han characters written together: a prose test, then the checksum.
    if (list.script === 'han') {
      for (const run of runs(items, indices, list, 'adjacent')) {
        // Prefix counts of very common characters: most prose windows fail on that alone, in O(1).
        const common = [0];
        for (const index of run.indices) common.push(common.at(-1)! + (index < 100 ? 1 : 0));
        for (const length of PHRASE_LENGTHS) {
          const exact = length === run.indices.length;
          for (let start = 0; start + length <= run.indices.length; start++) {
            const commonCount = common[start + length]! - common[start]!;
            if (commonCount * (exact ? 4 : 6) > length) continue;
            const window = run.indices.slice(start, start + length);
            if (!looksRandom(window, exact) || !checksumValid(window)) continue;
            matches.push({
              start: run.items[start]!.start,
              end: run.items[start + length - 1]!.end,
              language: list.id,
              words: length,
              checksum: true,
              layout: 'unspaced',
            });
          }
        }
      }
    }
    // 3. Kana or Hangul written together.
    if (list.script === 'kana' || list.script === 'hangul') {
      for (const item of items) {
        if (item.script !== list.script || item.text.length < MIN_WORDS * list.minLength) continue;
        const normalized = folded(item);
        const chain = segment(normalized, list);
        if (!chain) continue;
        // Offsets map one to one unless the item was not in NFC; then the whole item is reported.
        const exact = normalized === item.text;
        matches.push({
          start: exact ? item.start + chain.start : item.start,
          end: exact ? item.start + chain.end : item.end,
          language: list.id,
          words: chain.indices.length,
          checksum: anyChecksumWindow(chain.indices),
          layout: 'unspaced',
        });
      }
    }
  }
  return mergeOverlapping(matches);
}

/** One match per stretch of text: the same words found in two lists (English and French share 100) count once. */
function mergeOverlapping(matches: MnemonicMatch[]): MnemonicMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MnemonicMatch[] = [];
  for (const match of matches) {
    const last = merged.at(-1);
    if (last && match.start < last.end) {
      if (match.end > last.end || (match.checksum && !last.checksum) || match.words > last.words) {
        merged[merged.length - 1] = {
          ...(match.words > last.words || (match.checksum && !last.checksum) ? match : last),
          start: last.start,
          end: Math.max(last.end, match.end),
          checksum: last.checksum || match.checksum,
        };
      }
      continue;
    }
    merged.push(match);
  }
  return merged;
}
