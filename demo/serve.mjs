// A small static server for the demo page, the built bundle and the end-to-end test pages.
// `npm start` builds first, then runs this. Usage: node demo/serve.mjs [--port 8080]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

/** Starts the server; resolves with { url, close }. Headers can be set per path (tests use CSP). */
export async function serve({ port = 0, host = '127.0.0.1', headers = () => ({}) } = {}) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (path === '/' || path === '/demo') {
        response.writeHead(302, { location: '/demo/' });
        response.end();
        return;
      }
      const file = normalize(join(root, path));
      if (!file.startsWith(root) || file.includes(`${root}/node_modules/.`)) throw Object.assign(new Error('forbidden'), { code: 'EACCES' });
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers(path) });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  await new Promise((done) => server.listen(port, host, done));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--port');
  const port = Number(index > 0 ? process.argv[index + 1] : process.env.PORT ?? 8080);
  const { url } = await serve({ port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Lifebuoy demo: ${url}/  (exchange page with the widget on the in-browser demo backend; Ctrl+C to stop)`);
}
