// False alarms and recall of the secret guard on larger text than the test corpus:
// `node bench/secret-guard/false-alarms.mjs`.
// - every paragraph of every README/markdown file under node_modules (technical English prose,
//   tens of thousands of "messages"), and any Chinese sample text found on the machine;
// - recall on random phrases: unspaced Chinese 12/24-character phrases, which only pass when the
//   prose test agrees (see src/core/safety/mnemonic.ts), and mistyped English phrases.
// Runs the guard's TypeScript directly under Node (bundled with esbuild); no browser needed.
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

const out = mkdtempSync(join(tmpdir(), 'lb-false-alarms-'));
const entry = join(out, 'guard.mjs');
await build({
  stdin: {
    contents: `export { scanForSecrets } from './src/core/secret-guard.ts';
      export { generateMnemonic } from '@scure/bip39';
      export { wordlist as zh } from '@scure/bip39/wordlists/simplified-chinese.js';
      export { wordlist as en } from '@scure/bip39/wordlists/english.js';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  logLevel: 'error',
});
const { scanForSecrets, generateMnemonic, zh, en } = await import(pathToFileURL(entry).href);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) yield* files(path);
    else if (/\.(md|markdown|txt)$/i.test(name) && stat.size < 2_000_000) yield path;
  }
}

async function measure(label, messages) {
  let blocked = 0;
  let confirms = 0;
  const examples = [];
  for (const message of messages) {
    const scan = await scanForSecrets(message);
    if (scan.blocked) {
      blocked++;
      if (examples.length < 5) examples.push(message.slice(0, 160).replace(/\s+/g, ' '));
    } else if (scan.needsConfirmation) confirms++;
  }
  console.log(`${label}: ${messages.length} messages, ${blocked} blocked, ${confirms} asked "is this a transaction hash?"`);
  for (const example of examples) console.log(`   blocked: ${example}`);
}

// English: paragraphs of package documentation (code blocks dropped — they are not support messages).
const paragraphs = [];
for (const path of files('node_modules')) {
  const text = readFileSync(path, 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const paragraph of text.split(/\n\s*\n/)) if (paragraph.trim().length > 40) paragraphs.push(paragraph.trim());
}
await measure('English package docs (node_modules/**/*.md)', paragraphs);

const chineseSample = '/usr/lib/google-cloud-sdk/platform/gsutil/third_party/charset_normalizer/data/sample-chinese.txt';
if (existsSync(chineseSample)) {
  const text = new TextDecoder('big5').decode(readFileSync(chineseSample));
  await measure('Chinese sample (Wikipedia intro, classical)', text.split(/\n+/).filter((line) => line.trim()));
}

const { englishMessages, chineseMessages, otherMessages } = await import(pathToFileURL(join(out, 'corpus.mjs')).href).catch(async () => {
  await build({ entryPoints: ['tests/data/false-alarm-corpus.ts'], bundle: true, format: 'esm', outfile: join(out, 'corpus.mjs'), logLevel: 'error' });
  return import(pathToFileURL(join(out, 'corpus.mjs')).href);
});
await measure('Test corpus (tests/data/false-alarm-corpus.ts)', [...englishMessages, ...chineseMessages, ...otherMessages]);

// Recall.
async function recall(label, make, count = 2000) {
  let caught = 0;
  for (let i = 0; i < count; i++) if ((await scanForSecrets(make(i))).blocked) caught++;
  console.log(`${label}: ${caught}/${count} blocked (${((caught / count) * 100).toFixed(1)}%)`);
}
await recall('random 12-character Chinese phrases written without spaces', () => generateMnemonic(zh, 128).replace(/ /g, ''));
await recall('random 24-character Chinese phrases written without spaces', () => generateMnemonic(zh, 256).replace(/ /g, ''));
await recall('random 12-character Chinese phrases inside a sentence, no spaces', () => `你好我的助记词是${generateMnemonic(zh, 128).replace(/ /g, '')}请帮我找回`);
await recall('random 12-word English phrases with one word misspelled', (i) => {
  const words = generateMnemonic(en, 128).split(' ');
  const k = i % 12;
  const word = words[k];
  words[k] = word.length > 4 ? word.slice(0, 2) + word[3] + word[2] + word.slice(4) : `${word}s`;
  return words.join(' ');
});
rmSync(out, { recursive: true, force: true });
