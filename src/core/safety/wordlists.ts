/**
 * The ten official BIP-39 word lists, from `@scure/bip39`. Each list is loaded on demand with a
 * dynamic import, so a bundler puts it in its own chunk and a page that never needs it never
 * downloads it. Lists are grouped by script: a message without Han characters never loads the
 * Chinese lists, and so on.
 */
import { damerauLevenshtein } from './edit-distance.js';

export type WordlistId =
  | 'english'
  | 'spanish'
  | 'french'
  | 'italian'
  | 'czech'
  | 'portuguese'
  | 'japanese'
  | 'korean'
  | 'chinese-simplified'
  | 'chinese-traditional';

/** The script a list's words are written in; it decides tokenization and matching. */
export type WordScript = 'latin' | 'han' | 'kana' | 'hangul';

type Loader = () => Promise<{ wordlist: readonly string[] }>;

// One literal import() per list: bundlers split each into its own chunk.
const LOADERS: Record<WordlistId, Loader> = {
  english: () => import('@scure/bip39/wordlists/english.js'),
  spanish: () => import('@scure/bip39/wordlists/spanish.js'),
  french: () => import('@scure/bip39/wordlists/french.js'),
  italian: () => import('@scure/bip39/wordlists/italian.js'),
  czech: () => import('@scure/bip39/wordlists/czech.js'),
  portuguese: () => import('@scure/bip39/wordlists/portuguese.js'),
  japanese: () => import('@scure/bip39/wordlists/japanese.js'),
  korean: () => import('@scure/bip39/wordlists/korean.js'),
  'chinese-simplified': () => import('@scure/bip39/wordlists/simplified-chinese.js'),
  'chinese-traditional': () => import('@scure/bip39/wordlists/traditional-chinese.js'),
};

export const LISTS_BY_SCRIPT: Readonly<Record<WordScript, readonly WordlistId[]>> = {
  latin: ['english', 'spanish', 'french', 'italian', 'czech', 'portuguese'],
  han: ['chinese-simplified', 'chinese-traditional'],
  kana: ['japanese'],
  hangul: ['korean'],
};

const SCRIPT_OF: Record<WordlistId, WordScript> = Object.fromEntries(
  (Object.entries(LISTS_BY_SCRIPT) as [WordScript, readonly WordlistId[]][]).flatMap(([script, ids]) => ids.map((id) => [id, script])),
) as Record<WordlistId, WordScript>;

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;
const ASCII_LETTERS = /^[A-Za-z]+$/;

/**
 * The form words are compared in. Latin: compatibility-decomposed, accents dropped (users type
 * "abaco" for "ábaco"; every Latin list stays unique without accents), lower case, so full-width
 * and styled letters match too. Other scripts: NFC (the Korean and parts of the Japanese lists
 * ship decomposed), keeping the Japanese voicing marks that tell words apart.
 */
export function fold(word: string, script: WordScript): string {
  if (script === 'latin' && ASCII_LETTERS.test(word)) return word.toLowerCase();
  if (script === 'han' && word.length === 1 && (word < '\uF900' || word > '\uFAFF')) return word; // NFC only changes compatibility ideographs
  const visible = word.replace(INVISIBLE, '');
  if (script === 'latin') return visible.normalize('NFKD').replace(LATIN_MARKS, '').toLowerCase();
  return visible.normalize('NFC');
}

export interface Wordlist {
  readonly id: WordlistId;
  readonly script: WordScript;
  /** Folded word → its index (0–2047), for the checksum. */
  readonly index: ReadonlyMap<string, number>;
  /** Folded words in list order. */
  readonly words: readonly string[];
  /** Shortest and longest word, in UTF-16 units of the folded form. */
  readonly minLength: number;
  readonly maxLength: number;
  /** Latin lists: every word with one letter deleted → the words it came from (typo matching). */
  deletions?: Map<string, number>;
}

const cache = new Map<WordlistId, Promise<Wordlist>>();

function build(id: WordlistId, words: readonly string[]): Wordlist {
  const script = SCRIPT_OF[id];
  const index = new Map<string, number>();
  const folded: string[] = [];
  let minLength = Infinity;
  let maxLength = 0;
  words.forEach((word, i) => {
    const form = fold(word, script);
    folded.push(form);
    index.set(form, i);
    minLength = Math.min(minLength, form.length);
    maxLength = Math.max(maxLength, form.length);
  });
  return { id, script, index, words: folded, minLength, maxLength };
}

/** Loads (once) and indexes a list. A failed load is forgotten so the next call retries. */
export function loadWordlist(id: WordlistId): Promise<Wordlist> {
  let pending = cache.get(id);
  if (!pending) {
    pending = LOADERS[id]().then((module) => build(id, module.wordlist));
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}

/** Loads every list written in one of `scripts`. */
export function loadWordlists(scripts: Iterable<WordScript>): Promise<Wordlist[]> {
  const ids = [...new Set(scripts)].flatMap((script) => LISTS_BY_SCRIPT[script]);
  return Promise.all(ids.map(loadWordlist));
}

/** Index of the word one typo (a letter added, dropped, changed or two swapped) away from `token`, or -1. */
export function nearWord(list: Wordlist, token: string): number {
  if (list.script !== 'latin' || token.length < 4 || token.length > list.maxLength + 1) return -1;
  if (!list.deletions) {
    const deletions = new Map<string, number>();
    for (const [word, i] of list.index) {
      for (let k = 0; k < word.length; k++) {
        const key = word.slice(0, k) + word.slice(k + 1);
        // A deletion shared by two words is ambiguous; keep the first, it is only a hint.
        if (!deletions.has(key)) deletions.set(key, i);
      }
    }
    list.deletions = deletions;
  }
  // token = word with a letter inserted → deleting one letter of the token gives the word.
  for (let k = 0; k < token.length; k++) {
    const shorter = token.slice(0, k) + token.slice(k + 1);
    const exact = list.index.get(shorter);
    if (exact !== undefined) return exact;
    // A changed or swapped letter: token and word share a one-letter deletion.
    const viaDeletion = list.deletions.get(shorter);
    if (viaDeletion !== undefined && damerauLevenshtein(token, list.words[viaDeletion]!, 1) <= 1) return viaDeletion;
  }
  // token = word with a letter dropped.
  return list.deletions.get(token) ?? -1;
}

