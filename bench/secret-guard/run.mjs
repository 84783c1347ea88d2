// Secret-guard benchmark: `node bench/secret-guard/run.mjs`.
// Bundles bench.ts with vite (production build, so the word lists are real chunks), serves it,
// runs it in Debian's Chromium through playwright-core and prints per-scan times and chunk sizes.
import { build } from 'vite';
import { launchChromium, serveDirectory } from '../lib/browser.mjs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = await mkdtemp(join(tmpdir(), 'lb-secret-bench-'));

await build({
  root: here,
  logLevel: 'warn',
  configFile: false,
  build: { outDir, emptyOutDir: true, minify: true, target: 'es2022', reportCompressedSize: false, modulePreload: false },
});

// Chunk sizes: which file holds what.
const assets = join(outDir, 'assets');
const files = (await readdir(assets)).filter((f) => f.endsWith('.js'));
const sizes = [];
for (const file of files) {
  const body = await readFile(join(assets, file));
  const kind = /english|spanish|french|italian|czech|portuguese|japanese|korean|chinese/.test(file)
    ? 'word list'
    : /engine/.test(file) ? 'phrase matcher + base58check (lazy)'
    : /^index/.test(file) ? 'bench page (guard core + corpus)' : 'shared/lazy';
  sizes.push({ file, kind, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
}

const { server, url } = await serveDirectory(outDir, { isolated: true });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const figures = await page.evaluate(() => window.runBench());
  const version = browser.version();
  console.log(`scanForSecrets in Chromium ${version} — one scan per keystroke, every text new (ms)`);
  console.log('message'.padEnd(62), 'scans', 'first'.padStart(8), 'median'.padStart(8), 'p95'.padStart(8), ' blocked');
  for (const f of figures) {
    console.log(f.name.padEnd(62), String(f.scans).padStart(5), f.firstMs.toFixed(2).padStart(8), f.medianMs.toFixed(3).padStart(8), f.p95Ms.toFixed(3).padStart(8), ` ${f.blocked}`);
  }
  console.log('\nchunks (minified)');
  sizes.sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  for (const s of sizes) console.log(s.kind.padEnd(38), s.file.padEnd(40), `${(s.bytes / 1024).toFixed(1)} KB`.padStart(9), `${(s.gzip / 1024).toFixed(1)} KB gzip`.padStart(14));
  const lists = sizes.filter((s) => s.kind === 'word list');
  const sum = (rows, key) => (rows.reduce((t, s) => t + s[key], 0) / 1024).toFixed(1);
  console.log(`word lists: ${lists.length} chunks, ${sum(lists, 'bytes')} KB, ${sum(lists, 'gzip')} KB gzip in total`);
} finally {
  await browser.close();
  server.close();
  await rm(outDir, { recursive: true, force: true });
}
