// Size budgets of the script-tag build (run after `npm run build`). Prints every chunk's gzip and
// brotli size, the totals per category, and fails when a budget is exceeded. Categories come from
// the Vite manifest: what embed.js imports statically loads before interaction; locale catalogues,
// BIP-39 word lists, the demo backend and optional adapters load on demand with budgets of their own.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = 'dist/lifebuoy';
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));

// Issue 10 asks for 45 KB gzip for the whole widget. Measured with every view built (Lit 6.2,
// floating-ui ~6, zod/mini + schemas ~11, DOMPurify ~9 and ~120 KB of our own views and messages)
// it is ~160 KB, so that target is NOT met: this budget stops regressions from where we are
// while the reduction is worked on (see docs/performance.md). ISSUE_TARGETS keeps the goal visible.
export const ISSUE_TARGETS = { 'whole widget': 45 * 1024 };
export const BUDGETS = {
  'before interaction': 8 * 1024,
  'whole widget': 175 * 1024,
  'locale catalogue (each)': 16 * 1024,
  'BIP-39 word lists (all)': 80 * 1024,
  'demo backend + seed content': 60 * 1024,
  'optional adapters (each)': 12 * 1024,
};

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function categoryOf(source) {
  if (/src\/i18n\/locales\//.test(source)) return 'locale';
  if (/bip39|wordlist/i.test(source)) return 'wordlist';
  if (/src\/adapters\/demo\//.test(source)) return 'demo';
  if (/src\/adapters\/(http|chatwoot|zendesk|static)\//.test(source) || /minisearch/.test(source)) return `adapter:${source.match(/adapters\/(\w+)/)?.[1] ?? 'static'}`;
  return 'widget';
}

// Who imports each chunk, to classify shared chunks by their importers.
const byFile = new Map(Object.entries(manifest).map(([key, entry]) => [entry.file, { key, ...entry }]));
const importers = new Map();
for (const entry of byFile.values()) {
  for (const imported of [...(entry.imports ?? []), ...(entry.dynamicImports ?? [])]) {
    const file = manifest[imported]?.file;
    if (!file) continue;
    if (!importers.has(file)) importers.set(file, new Set());
    importers.get(file).add(entry.file);
  }
}
const categories = new Map();
const classify = (file, seen = new Set()) => {
  if (categories.has(file)) return categories.get(file);
  const entry = byFile.get(file);
  let category = entry?.src ? categoryOf(entry.src) : null;
  if (!category) {
    seen.add(file);
    const from = [...(importers.get(file) ?? [])].filter((f) => !seen.has(f)).map((f) => classify(f, seen));
    const unique = [...new Set(from)];
    category = unique.length === 1 ? unique[0] : 'widget';
  }
  categories.set(file, category);
  return category;
};

// Before interaction: the loader, embed.js and everything it imports statically.
const initial = new Set(['../lifebuoy.js']);
const visit = (key) => {
  const entry = manifest[key];
  if (!entry || initial.has(entry.file)) return;
  initial.add(entry.file);
  for (const imported of entry.imports ?? []) visit(imported);
};
visit('src/embed.ts');

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.js')) files.push(relative(dist, path));
  }
};
walk(dist);
files.push('../lifebuoy.js');

const rows = files.map((file) => {
  const buffer = readFileSync(join(dist, file));
  const category = initial.has(file) ? 'initial' : classify(file);
  return { file, category, raw: buffer.length, gzip: gzip(buffer), brotli: brotli(buffer) };
}).sort((a, b) => a.category.localeCompare(b.category) || b.gzip - a.gzip);

console.log('chunk'.padEnd(52), 'category'.padEnd(18), 'raw'.padStart(9), 'gzip'.padStart(9), 'brotli'.padStart(9));
for (const row of rows) {
  console.log(row.file.padEnd(52), row.category.padEnd(18), kb(row.raw).padStart(9), kb(row.gzip).padStart(9), kb(row.brotli).padStart(9));
}

const sum = (filter, key = 'gzip') => rows.filter(filter).reduce((total, row) => total + row[key], 0);
const checks = [
  ['before interaction', sum((r) => r.category === 'initial'), sum((r) => r.category === 'initial', 'brotli')],
  ['whole widget', sum((r) => r.category === 'initial' || r.category === 'widget'), sum((r) => r.category === 'initial' || r.category === 'widget', 'brotli')],
  ['locale catalogue (each)', Math.max(0, ...rows.filter((r) => r.category === 'locale').map((r) => r.gzip)), Math.max(0, ...rows.filter((r) => r.category === 'locale').map((r) => r.brotli))],
  ['BIP-39 word lists (all)', sum((r) => r.category === 'wordlist'), sum((r) => r.category === 'wordlist', 'brotli')],
  ['demo backend + seed content', sum((r) => r.category === 'demo'), sum((r) => r.category === 'demo', 'brotli')],
  ['optional adapters (each)', Math.max(0, ...rows.filter((r) => r.category.startsWith('adapter:')).map((r) => r.gzip)), Math.max(0, ...rows.filter((r) => r.category.startsWith('adapter:')).map((r) => r.brotli))],
];
let passed = 0;
let failed = 0;
console.log('');
for (const [name, gz, br] of checks) {
  const budget = BUDGETS[name];
  const ok = gz <= budget;
  ok ? passed++ : failed++;
  const target = ISSUE_TARGETS[name];
  const note = target && gz > target ? `; issue target ${kb(target)} not met` : '';
  console.log(`${ok ? '✓' : '✗'} ${name.padEnd(30)} ${kb(gz).padStart(9)} gzip ${kb(br).padStart(9)} brotli  (budget ${kb(budget)} gzip${note})`);
}
console.log(`size: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
