// Compares full-text libraries for the static adapter: `LB_ALT_MODULES=/path/to/node_modules node bench/search/compare.mjs`.
// FlexSearch and Orama are not project dependencies; install them anywhere outside the project
// (`npm install --prefix /tmp/lb-alt flexsearch @orama/orama`) and point LB_ALT_MODULES at that node_modules.
// Prints, per library, in Chromium: index build time over the 5,000 generated articles, per-keystroke
// median/p95, recall@5 on tests/data/search-queries.json (same tokenizer everywhere), and gzip bytes.
import { build } from 'vite';
import { launchChromium, serveDirectory } from '../lib/browser.mjs';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const alt = process.env.LB_ALT_MODULES;
if (!alt || !existsSync(join(alt, 'flexsearch')) || !existsSync(join(alt, '@orama/orama'))) {
  console.log('Set LB_ALT_MODULES to a node_modules with flexsearch and @orama/orama (see the header of this file).');
  process.exit(0);
}
const alias = {
  flexsearch: join(alt, 'flexsearch/dist/flexsearch.bundle.module.min.mjs'),
  '@orama/orama': join(alt, '@orama/orama/dist/esm/index.js'),
};

// Bytes of each library alone (minified, gzip -9).
const bytes = {};
for (const [name, code] of Object.entries({
  minisearch: "export { default } from 'minisearch';",
  flexsearch: "export { default } from 'flexsearch';",
  orama: "export { create, insertMultiple, search } from '@orama/orama';",
})) {
  const entry = join(here, 'results', `lib-${name}.js`);
  await writeFile(entry, code);
  const dir = await mkdtemp(join(tmpdir(), 'lb-lib-'));
  await build({ root, logLevel: 'silent', configFile: false, resolve: { alias }, build: { outDir: dir, minify: true, lib: { entry, formats: ['es'], fileName: 'lib' }, rollupOptions: { output: { minify: true } } } });
  const file = (await readdir(dir)).find((f) => f.endsWith('.js'));
  bytes[name] = gzipSync(await readFile(join(dir, file)), { level: 9 }).length;
  await rm(dir, { recursive: true, force: true });
  await rm(entry);
}

const outDir = await mkdtemp(join(tmpdir(), 'lb-compare-'));
await writeFile(join(here, 'results', 'compare.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="../compare-page.js"></script>');
await build({
  root: here,
  logLevel: 'warn',
  configFile: false,
  resolve: { alias },
  build: { outDir, emptyOutDir: true, minify: true, target: 'es2022', modulePreload: false, rollupOptions: { input: join(here, 'results', 'compare.html') } },
});
const queries = JSON.parse(await readFile(join(root, 'tests/data/search-queries.json'), 'utf8'));
const { server, url } = await serveDirectory(outDir, { index: 'results/compare.html', isolated: true });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.runCompare === 'function');
  const rows = await page.evaluate((q) => window.runCompare(q), queries);
  console.log(`Library comparison — Chromium ${browser.version()}, same tokenizer (bigrams + Latin normalization)`);
  console.log('library      gzip      build (5,000)   keystroke median   p95       recall@5 (seed, 136 queries)');
  for (const r of rows) {
    console.log(`${r.name.padEnd(12)} ${(bytes[r.name] / 1024).toFixed(1).padStart(5)} KB  ${r.buildMs.toFixed(0).padStart(8)} ms     ${r.median.toFixed(2).padStart(8)} ms    ${r.p95.toFixed(2).padStart(6)} ms  ${r.recall.toFixed(3)}`);
  }
} finally {
  await browser.close();
  server.close();
  await rm(outDir, { recursive: true, force: true });
  await rm(join(here, 'results', 'compare.html'), { force: true });
}
