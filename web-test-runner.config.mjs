// Runs every tests/**/*.test.ts in Debian's Chromium and Firefox (see ../shared/TOOLCHAIN.md).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { lifebuoyServerPlugin } from './tests/adapters/http-server-plugin.mjs';
import { vendorFakesPlugin } from './tests/adapters/fakes/plugin.mjs';

const chromiumArgs = [
  '--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

const only = process.env.LB_BROWSERS?.split(',') ?? ['chromium', 'firefox'];
const browsers = [];
if (only.includes('chromium')) {
  browsers.push(playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  }));
}
if (only.includes('firefox')) {
  browsers.push(puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
  }));
}

// On CI a test gets one retry, so a timing hiccup on a loaded two-core runner does not sink the run;
// a test that passes only on its retry logs "[flaky]", which `npm test` lists in its summary.
const retries = process.env.CI ? 1 : 0;
const flakyReport = {
  name: 'lifebuoy-flaky-report',
  transform(context) {
    if (!retries || !/^\/tests\/.*\.test\.ts$/.test(context.path)) return undefined;
    return `${context.body}
afterEach(function () {
  const test = this.currentTest;
  if (test && test.state === 'passed' && test.currentRetry() > 0) console.warn('[flaky] passed on retry: ' + test.fullTitle());
});`;
  },
};

export default {
  files: ['tests/**/*.test.ts', '!tests/e2e/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [flakyReport, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), lifebuoyServerPlugin(), vendorFakesPlugin()],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 20000, retries } }, // generous: CI runs two browsers on two cores
  testsFinishTimeout: 20 * 60 * 1000,
  // A loaded two-core CI runner can take long to start a browser or a page: wait rather than fail.
  browserStartTimeout: 2 * 60 * 1000,
  testsStartTimeout: 3 * 60 * 1000,
};
