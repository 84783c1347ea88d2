/**
 * The plumbing both vendor fakes share: a tiny router over `node:http`, tenants (each test gets
 * its own isolated account under `/t/<tenant>/…`, so tests never see each other's state), CORS for
 * the browser tests, and fault injection driven by the tests themselves:
 *
 *   POST /t/<tenant>/__fake/faults  [{ method?, path (regex), status?, body?, headers?,
 *                                      times? (default 1), malformed?: true | 'text',
 *                                      dropResponse?: true, delayMs? }]
 *
 * `status` answers at once with that status (and `body`, `headers`); `malformed` lets the real
 * handler run and then breaks its JSON (`true`: a body of the wrong shape, `'text'`: not JSON);
 * `dropResponse` lets the handler run (the change is made) and cuts the answer off half-way, like
 * a response lost on the way back.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';

export class HttpError extends Error {
  constructor(status, body, headers = {}) {
    super(typeof body === 'string' ? body : JSON.stringify(body));
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

export const json = (status, body, headers = {}) => ({ status, body, headers });
export const token = (bytes = 12) => randomBytes(bytes).toString('hex');

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Expose-Headers': 'Retry-After, X-Idempotency-Lookup, Location',
  'Access-Control-Max-Age': '600',
};

/** Reads the request body as a Buffer, up to `limit` bytes (413 past it). */
export function readBody(req, limit = 60 * 1024 * 1024) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, { error: 'RequestEntityTooLarge', description: 'The request is too large.' }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function parseJson(buffer) {
  if (!buffer.length) return {};
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch {
    throw new HttpError(400, { error: 'Invalid JSON' });
  }
}

function writeResult(res, result) {
  const headers = { ...CORS, ...result.headers };
  let payload = '';
  if (result.raw !== undefined) {
    payload = result.raw;
  } else if (result.body !== undefined && result.body !== null) {
    if (typeof result.body === 'string') {
      payload = result.body;
      headers['Content-Type'] ??= 'text/plain; charset=utf-8';
    } else {
      payload = JSON.stringify(result.body);
      headers['Content-Type'] ??= 'application/json; charset=utf-8';
    }
  }
  res.writeHead(result.status, headers);
  res.end(payload);
}

/** A body of the wrong shape for whatever the endpoint returns. */
function malformedBody(body) {
  if (Array.isArray(body)) return { unexpected: true };
  if (body && typeof body === 'object') return Array.isArray(Object.values(body)[0]) ? { unexpected: true } : [{ unexpected: true }];
  return { unexpected: true };
}

/**
 * Starts an HTTP server for one vendor. `routes` is a list of [method, RegExp, handler]; the
 * handler gets ({ req, params, query, tenant, body(), url }) and returns { status, body, headers }.
 * `createTenant(options)` builds a tenant's state; paths under `/t/<id>` are routed with it.
 */
export async function startFake({ name, routes, createTenant, describeTenant, controlRoutes = [], onUpgrade }) {
  const tenants = new Map();

  const takeFault = (tenant, method, path) => {
    const index = tenant.faults.findIndex((fault) => (!fault.method || fault.method === method) && new RegExp(fault.path).test(path));
    if (index < 0) return undefined;
    const fault = tenant.faults[index];
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) tenant.faults.splice(index, 1);
    return fault;
  };

  const server = http.createServer(async (req, res) => {
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...CORS,
          'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
        });
        res.end();
        return;
      }
      const url = new URL(req.url, 'http://fake');
      const method = req.method;
      let bodyPromise;
      const body = () => (bodyPromise ??= readBody(req));

      // Global control: tenants.
      if (url.pathname === '/__fake/tenants' && method === 'POST') {
        const options = parseJson(await body());
        const id = token(6);
        const tenant = Object.assign(createTenant(options, id), { id, faults: [], log: [] });
        tenants.set(id, tenant);
        writeResult(res, json(201, describeTenant(tenant, `http://127.0.0.1:${server.address().port}/t/${id}`)));
        return;
      }
      const tenantMatch = /^\/t\/([0-9a-f]+)(\/.*)?$/.exec(url.pathname);
      if (!tenantMatch) {
        writeResult(res, json(404, { error: 'No such tenant path' }));
        return;
      }
      const tenant = tenants.get(tenantMatch[1]);
      if (!tenant) {
        writeResult(res, json(404, { error: 'Unknown tenant' }));
        return;
      }
      const path = tenantMatch[2] ?? '/';
      const query = url.searchParams;

      if (path.startsWith('/__fake/')) {
        if (path === '/__fake/tenant' && method === 'DELETE') {
          tenant.dispose?.();
          tenants.delete(tenant.id);
          writeResult(res, json(200, { deleted: true }));
          return;
        }
        if (path === '/__fake/faults' && method === 'POST') {
          const faults = parseJson(await body());
          tenant.faults.push(...(Array.isArray(faults) ? faults : [faults]));
          writeResult(res, json(200, { faults: tenant.faults.length }));
          return;
        }
        if (path === '/__fake/log' && method === 'GET') {
          writeResult(res, json(200, { log: tenant.log }));
          return;
        }
        for (const [routeMethod, pattern, handler] of controlRoutes) {
          const match = routeMethod === method ? pattern.exec(path) : null;
          if (!match) continue;
          const result = await handler({ req, params: match.groups ?? {}, query, tenant, body: async () => parseJson(await body()), url });
          writeResult(res, result);
          return;
        }
        writeResult(res, json(404, { error: `No control route ${method} ${path}` }));
        return;
      }

      tenant.log.push({ method, path, query: url.search, authorization: Boolean(req.headers.authorization) });
      const fault = takeFault(tenant, method, path);
      if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault?.status) {
        writeResult(res, json(fault.status, fault.body ?? '', fault.headers ?? {}));
        return;
      }

      let result;
      try {
        result = json(404, tenant.notFoundBody ?? { error: 'Not found' });
        for (const [routeMethod, pattern, handler] of routes) {
          const match = routeMethod === method ? pattern.exec(path) : null;
          if (!match) continue;
          result = await handler({ req, params: match.groups ?? {}, query, tenant, body, url, path });
          break;
        }
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        result = json(error.status, error.body, error.headers);
      }
      if (fault?.dropResponse) {
        // The change is made; the answer starts and is cut off. (Cutting the connection before any
        // byte would let Chromium resend the request on a reused keep-alive connection.)
        const payload = JSON.stringify(result.body ?? {});
        res.writeHead(result.status, { ...CORS, 'Content-Type': 'application/json', 'Content-Length': String(payload.length + 64) });
        res.write(payload.slice(0, Math.floor(payload.length / 2)));
        setTimeout(() => req.socket.destroy(), 20);
        return;
      }
      if (fault?.malformed === 'text') result = { ...result, body: undefined, raw: '<html><body>Bad gateway</body></html>', headers: { 'Content-Type': 'text/html' } };
      else if (fault?.malformed) result = { ...result, body: malformedBody(result.body) };
      writeResult(res, result);
    } catch (error) {
      if (error instanceof HttpError) {
        writeResult(res, json(error.status, error.body, error.headers));
        return;
      }
      console.error(`[${name} fake]`, error);
      if (!res.headersSent) writeResult(res, json(500, { error: 'Internal fake error', message: String(error?.message ?? error) }));
    }
  });

  if (onUpgrade) {
    server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url, 'http://fake');
      const tenantMatch = /^\/t\/([0-9a-f]+)(\/.*)?$/.exec(url.pathname);
      const tenant = tenantMatch && tenants.get(tenantMatch[1]);
      if (!tenant) {
        socket.destroy();
        return;
      }
      onUpgrade({ req, socket, head, tenant, path: tenantMatch[2] ?? '/', url });
    });
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return {
    url: `http://127.0.0.1:${server.address().port}`,
    tenants,
    async stop() {
      for (const tenant of tenants.values()) tenant.dispose?.();
      tenants.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Parses a positive integer query parameter, with a default and an upper bound. */
export function intParam(query, name, fallback, max = Number.MAX_SAFE_INTEGER) {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) return fallback;
  return Math.min(value, max);
}
