// Search benchmark: `node bench/search/run.mjs`.
// 1. Bundles bench.ts with vite (production build), serves it and runs it in Debian's Chromium through
//    playwright-core: index build time and per-keystroke latency (median, p95) over 5,000 generated
//    English + Chinese articles, for CJK bigrams (the default) and Intl.Segmenter words.
// 2. Builds each part of the search code on its own (minified, everything else external) and prints
//    the gzip bytes it adds: the <lb-search>/<lb-article> UI, @lit/task, the static adapter, MiniSearch
//    and the demo seed content.
import { build } from 'vite';
import { launchChromium, serveDirectory } from '../lib/browser.mjs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(2)} ms`;

// ---------------------------------------------------------------- 1. latency in Chromium
const outDir = await mkdtemp(join(tmpdir(), 'lb-search-bench-'));
await build({
  root: here,
  logLevel: 'warn',
  configFile: false,
  build: { outDir, emptyOutDir: true, minify: true, target: 'es2022', reportCompressedSize: false, modulePreload: false },
});
const { server, url } = await serveDirectory(outDir, { isolated: true });
const browser = await launchChromium(['--enable-precise-memory-info']);
let results;
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  results = await page.evaluate(() => window.runBench());
} finally {
  await browser.close();
  server.close();
  await rm(outDir, { recursive: true, force: true });
}

console.log(`Search latency — Chromium ${browser.version()}, ${results[0].articles} articles (half English, half Chinese), ${results[0].keystrokesPerRound} keystrokes x 5 rounds`);
for (const r of results) {
  console.log(`\n  CJK tokenization: ${r.cjk === 'bigram' ? 'character bigrams (default)' : 'Intl.Segmenter words'}`);
  console.log(`    index build            ${ms(r.buildMs)}${r.heapMB !== undefined ? `   (heap +${r.heapMB.toFixed(1)} MB)` : ''}`);
  for (const [label, s] of [['per keystroke, English', r.en], ['per keystroke, Chinese', r.zh], ['per keystroke, all', r.all], ['via validated adapter', r.adapter]]) {
    console.log(`    ${label.padEnd(23)}median ${ms(s.median)}   p95 ${ms(s.p95)}   max ${ms(s.max)}   (n=${s.n})`);
  }
  console.log(`    average hits per keystroke ${r.avgHits.toFixed(1)}`);
}
const target = results[0].all.median <= 2 ? 'met' : 'MISSED';
console.log(`\n  target ≤ 2 ms median per keystroke (bigram index): ${target}`);

// ---------------------------------------------------------------- 2. bytes
const entriesDir = join(here, 'results', 'entries');
await mkdir(entriesDir, { recursive: true });
/** Rollup `external`: everything is external except modules under `keep` (source folders or packages). */
const inside = (keep) => (source, importer) => {
  if (!importer) return false;
  const path = source.startsWith('.') ? resolve(dirname(importer), source) : source.startsWith('/') ? source : null;
  if (!path) return !keep.some((name) => source === name || source.startsWith(`${name}/`));
  if (path.startsWith(entriesDir)) return false;
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const name = path.slice(modules + 14).split('/').slice(0, path.slice(modules + 14).startsWith('@') ? 2 : 1).join('/');
    return !keep.includes(name);
  }
  const rel = relative(root, path).replace(/\.js$/, '.ts');
  return !keep.some((folder) => rel === folder || rel.startsWith(`${folder}/`));
};
/** The CSS-in-template minifier of vite.config.ts (the embed build applies it to *.styles.ts). */
const minifyCssTemplates = {
  name: 'minify-css-templates',
  transform(code, id) {
    if (!/\.styles\.ts$/.test(id)) return null;
    const css = (body) => body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').trim();
    return { code: code.replace(/`([^`]*)`/g, (_match, body) => `\`${css(body)}\``), map: null };
  },
};
async function bytesOf(name, entry, keep) {
  const dir = await mkdtemp(join(tmpdir(), 'lb-search-size-'));
  await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [minifyCssTemplates],
    build: {
      outDir: dir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: 'part' },
      // Library mode leaves ES output unminified unless asked (as in vite.config.ts).
      rollupOptions: { external: inside(keep), output: { minify: true } },
    },
  });
  let raw = 0;
  let zipped = 0;
  for (const file of await readdir(dir)) {
    if (!file.endsWith('.js')) continue;
    const body = await readFile(join(dir, file));
    raw += body.length;
    zipped += gzip(body);
  }
  await rm(dir, { recursive: true, force: true });
  return { name, raw, zipped };
}
const entry = async (file, code) => {
  const path = join(entriesDir, file);
  await writeFile(path, code);
  return path;
};
const sizes = [
  await bytesOf('search UI (lb-search, lb-article, core/search)', join(root, 'src/components/search/define.ts'), ['src/components/search', 'src/components/article', 'src/core/search']),
  await bytesOf('search messages (en)', join(root, 'src/i18n/en/search.ts'), ['src/i18n/en/search.ts']),
  await bytesOf('@lit/task', await entry('task.ts', "export { Task } from '@lit/task';\n"), ['@lit/task']),
  await bytesOf('static adapter (own code)', join(root, 'src/adapters/static/index.ts'), ['src/adapters/static']),
  await bytesOf('MiniSearch 7', await entry('minisearch.ts', "export { default } from 'minisearch';\n"), ['minisearch']),
  await bytesOf('demo seed content (en + zh-CN)', join(root, 'src/adapters/demo/seed/index.ts'), ['src/adapters/demo/seed']),
];
await rm(join(here, 'results', 'entries'), { recursive: true, force: true });
console.log('\nBytes (minified, gzip -9; shared modules such as lit, i18n, schemas and rich-text excluded)');
for (const s of sizes) console.log(`  ${s.name.padEnd(48)} ${kb(s.raw).padStart(9)} raw ${kb(s.zipped).padStart(9)} gzip`);
const ui = sizes[0].zipped + sizes[1].zipped + sizes[2].zipped;
const engine = sizes[3].zipped + sizes[4].zipped;
console.log(`  ${'= loaded with the search view'.padEnd(48)} ${''.padStart(13)} ${kb(ui).padStart(9)} gzip`);
console.log(`  ${'= loaded with a static/demo help center'.padEnd(48)} ${''.padStart(13)} ${kb(engine).padStart(9)} gzip (+ seed ${kb(sizes[5].zipped)} for the demo)`);
