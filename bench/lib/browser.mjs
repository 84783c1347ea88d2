// What every benchmark needs to run a page in Debian's Chromium: the launch flags that work here
// (root, no GPU, no background traffic) and a static server for a built bench page.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Launches Chromium (CHROMIUM_PATH or /usr/bin/chromium) with the flags above plus `extraArgs`. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * Serves `dir` on a free local port (`/` is `index`), optionally cross-origin isolated, which gives
 * performance.now() microsecond resolution. Resolves with the server and its base URL.
 */
export async function serveDirectory(dir, { index = 'index.html', isolated = false } = {}) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    try {
      const body = await readFile(join(dir, path === '/' ? index : path));
      response.writeHead(200, {
        'content-type': extname(path) === '.js' ? 'text/javascript' : 'text/html',
        ...(isolated ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {}),
      });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}
