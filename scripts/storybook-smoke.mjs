// Renders every story of the built Storybook in real Chromium and fails on any story that throws,
// logs an error, renders nothing or has an axe-core accessibility violation (WCAG 2.2 A/AA rules)
// or shows a message key instead of its text (a string missing from the catalogue) — a Storybook
// build can succeed while its stories are broken or inaccessible.
import { launchChromium } from '../bench/lib/browser.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Every English message key (plural keys also by their base), to spot one shown as raw text.
const messageKeys = [...new Set(readdirSync('src/i18n/en').flatMap((file) =>
  [...readFileSync(join('src/i18n/en', file), 'utf8').matchAll(/^\s*'([a-z]+\.[A-Za-z0-9_.]+)':/gm)]
    .flatMap(([, key]) => [key, key.replace(/\.(zero|one|two|few|many|other)$/, '')])))];

const root = normalize(join(process.cwd(), 'storybook-static'));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await launchChromium();
let passed = 0;
let failed = 0;
for (const story of stories) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && !/Failed to load resource/.test(message.text()) && problems.push(message.text()));
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
  try {
    await page.waitForFunction(() => {
      const rootEl = document.querySelector('#storybook-root');
      return rootEl && rootEl.querySelector('*') && !document.body.classList.contains('sb-show-errordisplay');
    }, null, { timeout: 10000 });
    await page.waitForTimeout(600);
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) problems.push('Storybook error display');
    const rawKeys = await page.evaluate((keys) => {
      // Visible text and accessible names, through every shadow root.
      const texts = [];
      const visit = (node) => {
        if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent);
        if (node.nodeType === Node.ELEMENT_NODE) {
          for (const name of ['aria-label', 'title', 'placeholder', 'alt']) if (node.hasAttribute(name)) texts.push(node.getAttribute(name));
          if (node.shadowRoot) visit(node.shadowRoot);
        }
        for (const child of node.childNodes) visit(child);
      };
      visit(document.querySelector('#storybook-root'));
      const text = texts.join('\n');
      return keys.filter((key) => new RegExp(`(^|[^\\w.])${key.replaceAll('.', '\\.')}($|[^\\w.])`).test(text));
    }, messageKeys);
    if (rawKeys.length) problems.push(`message keys shown as text: ${rawKeys.slice(0, 5).join(', ')}`);
    if (!story.tags?.includes('skip-axe')) {
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
        });
        return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
      });
      for (const violation of violations) problems.push(`axe ${violation}`);
    }
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  }
  if (problems.length) {
    failed++;
    console.log(`  ✗ ${story.title} / ${story.name}: ${problems.slice(0, 3).join(' | ')}`);
  } else passed++;
  await page.close();
}
await browser.close();
server.close();
console.log(`storybook: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
