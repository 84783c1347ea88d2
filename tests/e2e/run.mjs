// End-to-end tests of the BUILT script-tag bundle (dist/lifebuoy.js), loaded through the snippet
// into plain HTML pages in real Chromium, as an integrator would. Run `npm run build` first.
// Prints one line per test and a final "N passed, N failed" line.
import { existsSync } from 'node:fs';
import { launchChromium } from '../../bench/lib/browser.mjs';
import { serve } from '../../demo/serve.mjs';
import { tests } from './specs.mjs';

if (!existsSync(new URL('../../dist/lifebuoy.js', import.meta.url))) {
  console.error('dist/lifebuoy.js is missing: run `npm run build` first.');
  process.exit(1);
}

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
const server = await serve({ headers: (path) => (path.endsWith('/csp.html') ? { 'content-security-policy': STRICT_CSP } : {}) });
const browser = await launchChromium();
const only = process.argv[2];

/** One attempt in a fresh browser context; resolves with the error, if any. */
async function attempt(test) {
  const context = await browser.newContext(test.context ?? {});
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await test.run({ page, context, base: server.url, pageErrors });
    if (pageErrors.length && !test.allowPageErrors) throw new Error(`uncaught page errors: ${pageErrors.join(' | ')}`);
    return undefined;
  } catch (error) {
    return error ?? new Error('failed');
  } finally {
    await context.close();
  }
}

// As in the browser tests: on CI a test gets one retry, and one that passes only then is named as flaky.
const attempts = process.env.CI ? 2 : 1;
let passed = 0;
let failed = 0;
for (const test of tests) {
  if (only && !test.name.includes(only)) continue;
  const started = Date.now();
  let error;
  let tries = 0;
  do {
    tries++;
    error = await attempt(test);
  } while (error && tries < attempts);
  if (!error) {
    passed++;
    console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
    if (tries > 1) console.log(`[flaky] passed on retry: e2e › ${test.name}`);
  } else {
    failed++;
    console.log(`  ✗ ${test.name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n      ')}`);
  }
}
await browser.close();
await server.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
