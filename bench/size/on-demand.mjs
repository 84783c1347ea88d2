// What each step of a real visit downloads: the page with the widget, then the bubble hovered,
// the panel opened, and each view shown for the first time (script bytes, gzip -9 of each
// response). The adapter is the demo one, so its chunks and seed content count too; they are
// listed apart because a production backend (the HTTP adapter) is much smaller.
// Usage: npm run build && node bench/size/on-demand.mjs
import { launchChromium } from '../lib/browser.mjs';
import { gzipSync } from 'node:zlib';
import { serve } from '../../demo/serve.mjs';

const VIEWS = ['search', 'chat', 'tickets', 'channels', 'verify'];

const server = await serve();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
let scripts = [];
page.on('response', async (response) => {
  if (response.request().resourceType() !== 'script') return;
  const body = await response.body().catch(() => undefined);
  if (body) scripts.push({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length });
});
const settle = () => page.waitForLoadState('networkidle').then(() => page.waitForTimeout(300));
const rows = [];
const step = async (label, action) => {
  scripts = [];
  await action();
  await settle();
  const ours = scripts.filter((s) => new URL(s.url).pathname.startsWith('/dist/')); // not the host page's own
  const demo = ours.filter((s) => /\/(demo|seed)-/.test(s.url));
  const sum = (list) => list.reduce((total, s) => total + s.gzip, 0) / 1024;
  rows.push([label, sum(ours) - sum(demo), sum(demo), ours.length]);
};

await step('page load (before interaction)', () => page.goto(`${server.url}/bench/pages/exchange.html?widget=lifebuoy`, { waitUntil: 'load' }).then(() =>
  page.waitForFunction(() => document.querySelector('lb-widget')?.shadowRoot?.querySelector('.launcher'), null, { timeout: 20000 })));
await step('hover the bubble (prefetch on intent)', () => page.locator('lb-widget').evaluate((el) => el.shadowRoot.querySelector('.launcher').dispatchEvent(new PointerEvent('pointerenter'))));
await step('open the panel (home)', () => page.evaluate(() => window.Lifebuoy('open')));
for (const view of VIEWS) await step(`first visit: ${view}`, () => page.evaluate((v) => window.Lifebuoy('open', v), view));

await browser.close();
await server.close();
console.log(`Downloaded per step, Chromium, ${new Date().toISOString().slice(0, 10)} (script gzip -9, KB)`);
console.log('| step | widget | demo backend | files |');
console.log('| --- | --- | --- | --- |');
let total = 0;
for (const [label, widget, demo, files] of rows) {
  total += widget;
  console.log(`| ${label} | ${widget.toFixed(1)} | ${demo ? demo.toFixed(1) : '–'} | ${files} |`);
}
console.log(`| total (widget) | ${total.toFixed(1)} | | |`);
