// Chat benchmark in real Chromium: `node bench/chat/run.mjs`.
// Builds bench/chat/page.ts (production Lit, minified) into a temp dir, serves it, and measures
// `<lb-chat>`: time to open a 10,000-message conversation (paged as a user gets it, and with all
// 10,000 loaded at once), message rows in the DOM, JS heap used, and frame times while 2,000
// streamed tokens arrive. Prints the figures; nothing is written to the repository.
import { build } from 'vite';
import { launchChromium, serveDirectory } from '../lib/browser.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'lb-bench-chat-'));
const RUNS = Number(process.env.RUNS ?? 3);

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: out,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: { entry: join(root, 'bench/chat/page.ts'), formats: ['es'], fileName: () => 'page.js' },
    rollupOptions: { output: { codeSplitting: false } },
  },
});
writeFileSync(join(out, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><title>chat bench</title></head><body><script type="module" src="./page.js"></script></body></html>');

const { server, url } = await serveDirectory(out);
const browser = await launchChromium();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 1) => n.toFixed(digits);

async function heapMB(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

const results = { paged: [], full: [], top: [], stream: [], heapPaged: [], heapFull: [], heapBase: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    results.heapBase.push(await heapMB(page, cdp));
    results.paged.push(await page.evaluate(() => window.bench.open(10_000, 50)));
    results.heapPaged.push(await heapMB(page, cdp));
    results.full.push(await page.evaluate(() => window.bench.open(10_000, 10_000)));
    results.heapFull.push(await heapMB(page, cdp));
    results.top.push(await page.evaluate(() => window.bench.scrollToTop()));
    results.stream.push(await page.evaluate(() => window.bench.stream(2000, 4)));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}

const line = (label, value) => console.log(`${label.padEnd(58)} ${value}`);
console.log(`\n<lb-chat> benchmark — Chromium ${browser.version?.() ?? ''}, median of ${RUNS} runs\n`);
line('open 10,000-message conversation, paged (50/page): ms', fmt(median(results.paged.map((r) => r.ms))));
line('  message rows in DOM / shadow-root elements', `${median(results.paged.map((r) => r.rows))} / ${median(results.paged.map((r) => r.elements))}`);
line('open with all 10,000 messages loaded at once: ms', fmt(median(results.full.map((r) => r.ms))));
line('  message rows in DOM / shadow-root elements', `${median(results.full.map((r) => r.rows))} / ${median(results.full.map((r) => r.elements))}`);
line('scroll from newest to oldest of 10,000: ms', fmt(median(results.top.map((r) => r.ms))));
line('  message rows in DOM at the top', median(results.top.map((r) => r.rows)));
line('JS heap: empty page / paged open / 10,000 loaded: MB', `${fmt(median(results.heapBase))} / ${fmt(median(results.heapPaged))} / ${fmt(median(results.heapFull))}`);
const s = results.stream;
line('stream 2,000 tokens (1 per 4 ms): total ms', fmt(median(s.map((r) => r.totalMs))));
line('  frame time p50 / p95 / p99 / max: ms', `${fmt(median(s.map((r) => r.p50)))} / ${fmt(median(s.map((r) => r.p95)))} / ${fmt(median(s.map((r) => r.p99)))} / ${fmt(median(s.map((r) => r.max)))}`);
line('  frames over 50 ms / long tasks (longest ms)', `${median(s.map((r) => r.over50))} of ${median(s.map((r) => r.frames))} / ${median(s.map((r) => r.longTasks))} (${fmt(median(s.map((r) => r.longestTask)))})`);
line('  message rows in DOM while streaming', median(s.map((r) => r.rows)));
