// Measures what a support widget costs an exchange page in real Chromium: each variant loads
// bench/pages/exchange.html with one widget (or none) several times, in a fresh context each run.
import { launchChromium } from './browser.mjs';
import { gzipSync } from 'node:zlib';
import { serve } from '../../demo/serve.mjs';


/** How to tell, per widget, that its entry point (bubble, button, chat box) is on screen. */
const VISIBLE = {
  none: () => true,
  lifebuoy: () => {
    const button = document.querySelector('lb-widget')?.shadowRoot?.querySelector('.launcher');
    return Boolean(button && button.getBoundingClientRect().width > 0);
  },
  'deep-chat': () => {
    const chat = document.querySelector('deep-chat');
    return Boolean(chat?.shadowRoot?.querySelector('#container, .container, #input, div') && chat.getBoundingClientRect().width > 0);
  },
  docsearch: () => Boolean(document.querySelector('.DocSearch-Button')),
};

const OBSERVERS = `
  window.__perf = { longTasks: [], cls: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__perf.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function measureOnce(browser, base, widget) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVERS);
  const scripts = new Map();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      const body = await response.body();
      scripts.set(response.url(), { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      // navigation raced the body
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const start = Date.now();
  await page.goto(`${base}/bench/pages/exchange.html?widget=${widget}`, { waitUntil: 'load' });
  await page.waitForFunction(VISIBLE[widget], null, { timeout: 20000, polling: 'raf' });
  const visibleAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1500); // let idle work and late layout shifts happen
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const longTasks = window.__perf.longTasks;
    return {
      load: nav.loadEventEnd,
      longTasks: longTasks.length,
      tbt: longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      cls: window.__perf.cls,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  const js = [...scripts.values()].reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), { raw: 0, gzip: 0 });
  return { ...result, visible: visibleAt, heap: usedSize, jsRaw: js.raw, jsGzip: js.gzip, wall: Date.now() - start };
}

/** Runs every variant `runs` times (interleaved, so machine noise hits all alike) and returns medians. */
export async function measure(variants, runs = 5) {
  const server = await serve();
  const browser = await launchChromium(['--enable-precise-memory-info']);
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const variant of variants) samples[variant].push(await measureOnce(browser, server.url, variant));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const keys = ['visible', 'load', 'tbt', 'longTasks', 'cls', 'jsRaw', 'jsGzip', 'heap'];
  return Object.fromEntries(variants.map((v) => [v, Object.fromEntries(keys.map((k) => [k, median(samples[v].map((s) => s[k]))]))]));
}

const fmt = {
  visible: (v) => `${v.toFixed(0)} ms`,
  load: (v) => `${v.toFixed(0)} ms`,
  tbt: (v) => `${v.toFixed(0)} ms`,
  longTasks: (v) => String(v),
  cls: (v) => v.toFixed(3),
  jsRaw: (v) => `${(v / 1024).toFixed(1)} KB`,
  jsGzip: (v) => `${(v / 1024).toFixed(1)} KB`,
  heap: (v) => `${(v / 1048576).toFixed(2)} MB`,
};
const LABELS = { visible: 'entry point visible', load: 'page load event', tbt: 'total blocking time', longTasks: 'long tasks (>50 ms)', cls: 'layout shift (CLS)', jsRaw: 'JS bytes (raw)', jsGzip: 'JS bytes (gzip)', heap: 'JS heap after GC' };

/** A markdown table: one row per metric, one column per variant, with the ratio to the baseline. */
export function table(results, baseline = 'none') {
  const variants = Object.keys(results);
  const lines = [`| metric | ${variants.join(' | ')} |`, `| --- | ${variants.map(() => '---').join(' | ')} |`];
  for (const key of Object.keys(LABELS)) {
    const cells = variants.map((v) => {
      const value = results[v][key];
      const base = results[baseline]?.[key];
      const ratio = v !== baseline && base > 0 ? ` (×${(value / base).toFixed(2)})` : '';
      return `${fmt[key](value)}${ratio}`;
    });
    lines.push(`| ${LABELS[key]} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
