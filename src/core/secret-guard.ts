/**
 * Secret guard: checks user text before it leaves the browser (chat messages, ticket fields,
 * email bodies). A recovery phrase or a private key blocks sending; a raw 64-hex string asks for
 * confirmation first, because transaction hashes look exactly the same.
 *
 * What is found:
 * - `mnemonic` — BIP-39 recovery phrases of 12–24 words in any of the ten official word lists
 *   (English, Spanish, French, Italian, Czech, Portuguese, Japanese, Korean, Chinese simplified and
 *   traditional), whatever the numbering, commas, line breaks or case, and CJK phrases with or
 *   without spaces. The rule and its measured false-alarm rate are in `safety/mnemonic.ts`.
 * - `wif` — Wallet Import Format keys (Base58Check, version 0x80/0xef, 32 or 33 bytes).
 * - `xprv` — BIP-32 extended private keys (xprv, yprv, zprv, tprv … 78 bytes). A key-shaped string
 *   with a broken checksum still blocks: nothing else looks like "xprv" + 107 base58 characters.
 * - `keystore` — Ethereum keystore JSON (a `crypto`/`Crypto` object with `ciphertext` and `kdf`).
 * - `hexkey` — 64 hex digits that the same sentence calls a private key ("my private key is …",
 *   "私钥：…", "… is my secret key"), in any of the widget's languages: `block`.
 * - `hex64` — other 64 hex digits with or without 0x: `confirm`, not `block`. Hashes inside links
 *   (explorer URLs) and block hashes (8+ leading zeros) are not reported.
 *
 * Speed: the cheap checks are regular expressions that run on every call. The phrase matcher and
 * the word lists load on first need only (a run of 12 word-shaped tokens, 12 Han characters …),
 * each list as its own chunk; a message without such a run never downloads them. Measured in
 * Chromium (bench/secret-guard/run.mjs): a 5,000-character English message scans in about 0.7 ms
 * (p95 2 ms), a 5,000-character Chinese one in about 1.5 ms (p95 4 ms), 200 characters in
 * under 0.1 ms.
 *
 * Nothing here logs, stores or sends the text.
 */
import type { WordScript } from './safety/wordlists.js';

export type SecretKind = 'mnemonic' | 'wif' | 'xprv' | 'keystore' | 'hexkey' | 'hex64';

export interface SecretFinding {
  kind: SecretKind;
  /** block: never send. confirm: ask "is this a transaction hash?" first. */
  action: 'block' | 'confirm';
  /** Character range of the finding in the scanned text. */
  start: number;
  end: number;
  /** mnemonic: the word list it matched ("english", "chinese-simplified" …). */
  language?: string;
  /** mnemonic: number of words. */
  words?: number;
  /** mnemonic, wif, xprv: whether the checksum is valid (a mistyped phrase still blocks). */
  checksum?: boolean;
}

export interface SecretScan {
  findings: SecretFinding[];
  /** True when any finding blocks sending. */
  blocked: boolean;
  /** True when nothing blocks but a finding needs the user's confirmation. */
  needsConfirmation: boolean;
}

export interface ScanOptions {
  /**
   * The text is meant to be a transaction hash (a ticket's tx-hash field): a 64-hex string is
   * expected there and is not reported. Phrases and keys still are.
   */
  expectTxHash?: boolean;
}

const BASE58 = '1-9A-HJ-NP-Za-km-z';
const HEX64 = /(?<![0-9A-Za-z])(?:0[xX])?[0-9a-fA-F]{64}(?![0-9A-Za-z])/g;
const WIF = new RegExp(`(?<![${BASE58}])[59KLc][${BASE58}]{50,51}(?![${BASE58}])`, 'g');
const XPRV = new RegExp(`(?<![${BASE58}])[xyztuvYZUV]prv[${BASE58}]{100,108}(?![${BASE58}])`, 'g');
// "Private key" in the widget's languages (and code spellings: private_key, privKey, secret key).
const KEY_WORDS = /priv(?:ate)?[\s_-]*key|secret[\s_-]*key|\bpk\s*[:=]|私钥|私鑰|秘密鍵|秘密キー|개인\s*키|비밀\s*키|(?:приватн|закрыт|секретн)\S*\s+ключ|clave\s+privada|chave\s+privada|cl[ée]\s+priv[ée]e|chiave\s+privata|privater\s+schl[üu]ssel|[öo]zel\s+anahtar|kh[óo]a\s+(?:ri[êe]ng|b[íi]\s+m[ậa]t)|المفتاح\s+(?:الخاص|السري)/iu;
const KEYSTORE_CRYPTO = /["']?\b(?:crypto|Crypto)\b["']?\s*:\s*\{/g;
const KEYSTORE_FIELDS = [/["']?\bciphertext\b["']?\s*:/, /["']?\bkdf\b["']?\s*:/];

// Pre-checks that decide whether the phrase matcher and which word lists are needed. They only
// look at shape (a run of 12 word-like tokens), so they are loose on purpose.
const SEP = '[^\\p{L}\\p{M}]';
const LATIN = '[\\p{sc=Latin}\\p{M}\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]';
const KANA = '[\\p{sc=Hiragana}\\p{sc=Katakana}\\u30FC\\u3099\\u309A]';
const NEEDS: [WordScript, RegExp][] = [
  ['latin', new RegExp(`(?<![\\p{L}\\p{M}])(?:${LATIN}{3,10}${SEP}+){11}${LATIN}{3,10}(?![\\p{L}\\p{M}])`, 'u')],
  ['han', new RegExp(`(?:\\p{sc=Han}${SEP}{0,8}){11}\\p{sc=Han}`, 'u')],
  ['kana', new RegExp(`${KANA}{36}|(?:${KANA}{2,16}${SEP}{1,8}){11}${KANA}{2,16}`, 'u')],
  ['hangul', new RegExp(`\\p{sc=Hangul}{24}|(?:\\p{sc=Hangul}{1,12}${SEP}{1,8}){11}\\p{sc=Hangul}{1,12}`, 'u')],
];

type Engine = typeof import('./safety/engine.js');
let engine: Promise<Engine> | undefined;

function loadEngine(): Promise<Engine> {
  if (!engine) {
    engine = import('./safety/engine.js');
    engine.catch(() => (engine = undefined));
  }
  return engine;
}

/**
 * Starts loading the phrase matcher ahead of time (call when a composer gets focus) so the first
 * scan does not wait for it. Word lists still load only when a message needs them.
 */
export async function preloadSecretGuard(scripts: WordScript[] = []): Promise<void> {
  const loaded = await loadEngine();
  if (scripts.length) await loaded.loadWordlists(scripts);
}

/** The scripts whose word lists `text` needs; empty when no run could be a recovery phrase. */
export function wordlistScriptsFor(text: string): WordScript[] {
  return NEEDS.filter(([, pattern]) => pattern.test(text)).map(([script]) => script);
}

/** The outermost `{ … }` object around `index`, as far as it is balanced (to the end of the text otherwise). */
function enclosingObject(text: string, index: number): [number, number] {
  let start = index;
  for (let depth = 0, i = index - 1; i >= 0; i--) {
    if (text[i] === '}') depth++;
    else if (text[i] === '{') {
      if (depth === 0) start = i;
      else depth--;
    }
  }
  let end = text.length;
  for (let depth = 0, i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) {
      end = i + 1;
      break;
    }
  }
  return [start, end];
}

function findKeystores(text: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  for (const match of text.matchAll(KEYSTORE_CRYPTO)) {
    const [start, end] = enclosingObject(text, match.index);
    if (found.some((f) => f.start <= match.index && match.index < f.end)) continue;
    const body = text.slice(start, end);
    if (KEYSTORE_FIELDS.every((field) => field.test(body))) found.push({ kind: 'keystore', action: 'block', start, end });
  }
  return found;
}

function findHex(text: string): SecretFinding[] {
  const found: SecretFinding[] = [];
  for (const match of text.matchAll(HEX64)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = match[0].replace(/^0x/i, '');
    // Called a private key in the same sentence, before it or just after: no question to ask.
    const sentenceBefore = /[^.!?。！？\n]*$/.exec(text.slice(Math.max(0, start - 60), start))![0];
    const sentenceAfter = /^[^.!?。！？\n]*/.exec(text.slice(end, end + 30))![0];
    if (KEY_WORDS.test(sentenceBefore) || KEY_WORDS.test(sentenceAfter)) {
      found.push({ kind: 'hexkey', action: 'block', start, end });
      continue;
    }
    // Part of a link or path (an explorer URL): the user is pointing at a transaction.
    const before = /\S*$/.exec(text.slice(Math.max(0, start - 300), start))![0];
    if (/[/#=]/.test(before)) continue;
    // Block hashes start with many zeros; a private key with 8 leading zero digits is a 1-in-4-billion event.
    if (/^0{8}/.test(digits)) continue;
    found.push({ kind: 'hex64', action: 'confirm', start, end });
  }
  return found;
}

function summarize(findings: SecretFinding[]): SecretScan {
  // A finding inside a blocking one (the ciphertext inside a keystore) adds nothing.
  const blocking = findings.filter((f) => f.action === 'block');
  const kept = findings
    .filter((f) => f.action === 'block' || !blocking.some((b) => b.start <= f.start && f.end <= b.end))
    .sort((a, b) => a.start - b.start);
  const blocked = blocking.length > 0;
  return { findings: kept, blocked, needsConfirmation: !blocked && kept.length > 0 };
}

async function scan(text: string, options: ScanOptions): Promise<SecretScan> {
  const findings: SecretFinding[] = [...findKeystores(text)];
  if (!options.expectTxHash) findings.push(...findHex(text));
  const wifCandidates = [...text.matchAll(WIF)];
  const xprvCandidates = [...text.matchAll(XPRV)];
  const scripts = wordlistScriptsFor(text);
  if (wifCandidates.length || xprvCandidates.length || scripts.length) {
    const loaded = await loadEngine();
    for (const match of xprvCandidates) {
      findings.push({ kind: 'xprv', action: 'block', start: match.index, end: match.index + match[0].length, checksum: loaded.isExtendedPrivateKey(match[0]) });
    }
    for (const match of wifCandidates) {
      if (loaded.isWif(match[0])) findings.push({ kind: 'wif', action: 'block', start: match.index, end: match.index + match[0].length, checksum: true });
    }
    if (scripts.length) {
      const lists = await loaded.loadWordlists(scripts);
      for (const match of loaded.findMnemonics(text, lists)) {
        findings.push({
          kind: 'mnemonic',
          action: 'block',
          start: match.start,
          end: match.end,
          language: match.language,
          words: match.words,
          checksum: match.checksum,
        });
      }
    }
  }
  return summarize(findings);
}

/**
 * Scans `text` for recovery phrases and private keys. Resolves with the findings; rejects only when
 * the guard's own code or word lists cannot be loaded (offline, blocked chunk) — callers must then
 * not send the text. Keeps no copy of the text once it resolves.
 */
export function scanForSecrets(text: string, options: ScanOptions = {}): Promise<SecretScan> {
  return scan(String(text ?? ''), options);
}
