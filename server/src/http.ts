/** Plain node:http plumbing: errors, JSON bodies with size limits, CORS, and the route matcher. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod/mini';
import type { Operation } from './spec.js';

/** An error that becomes `{ "error": { code, message, details } }` with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  if (status === 204 || body === undefined) {
    response.writeHead(status === 200 ? 204 : status, headers);
    response.end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(text);
}

export function sendError(response: ServerResponse, error: HttpError): void {
  sendJson(response, error.status, { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } }, error.headers);
}

/** Reads the whole body, failing with 413 past `limit` bytes (checked against Content-Length first). */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    throw new HttpError(413, 'too_large', `The body is larger than ${limit} bytes.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      request.resume();
      throw new HttpError(413, 'too_large', `The body is larger than ${limit} bytes.`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Turns zod issues into a 400 with the first few issues as details. */
export function invalid(where: string, issues: readonly z.core.$ZodIssue[]): HttpError {
  const first = issues[0];
  const path = first?.path.length ? first.path.join('.') : where;
  return new HttpError(400, 'invalid_request', `Invalid ${where}: ${path}: ${first?.message ?? 'invalid'}`, issues.slice(0, 5).map((issue) => ({
    path: issue.path.map(String),
    message: issue.message,
  })));
}

export async function readJson<T>(request: IncomingMessage, schema: z.ZodMiniType<T>, limit: number): Promise<T> {
  const type = request.headers['content-type'] ?? '';
  const raw = await readBody(request, limit);
  if (raw.length && !/^application\/(.+\+)?json\b/i.test(type)) {
    throw new HttpError(415, 'invalid_request', 'Send JSON with Content-Type: application/json.');
  }
  let value: unknown = {};
  if (raw.length) {
    try {
      value = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new HttpError(400, 'invalid_request', 'The body is not valid JSON.');
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid('body', parsed.error.issues);
  return parsed.data;
}

const queryTypes = new WeakMap<z.ZodMiniObject, Record<string, string>>();

/** Parses query parameters with an object schema, converting numbers and booleans by the schema's types. */
export function readQuery<T>(schema: z.ZodMiniObject, params: URLSearchParams): T {
  let types = queryTypes.get(schema);
  if (!types) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { type?: string }> };
    types = Object.fromEntries(Object.entries(json.properties ?? {}).map(([key, value]) => [key, value.type ?? 'string']));
    queryTypes.set(schema, types);
  }
  const value: Record<string, unknown> = {};
  for (const [key, type] of Object.entries(types)) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    if (type === 'integer' || type === 'number') value[key] = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    else if (type === 'boolean') value[key] = raw === 'true' ? true : raw === 'false' ? false : raw;
    else value[key] = raw;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalid('query', parsed.error.issues);
  return parsed.data as T;
}

// ------------------------------------------------------------ CORS
const ALLOWED_HEADERS = [
  'Authorization', 'Content-Type', 'Idempotency-Key', 'Last-Event-ID', 'X-Lifebuoy-User-Id', 'X-Lifebuoy-User-Hash',
  'X-Lifebuoy-Visitor', 'X-Lifebuoy-Merge-Visitor', 'X-Lifebuoy-Agent-Name',
].join(', ');

/** Sets CORS headers; returns true when the request was a preflight that is now answered. */
export function cors(request: IncomingMessage, response: ServerResponse, allowedOrigins: string[]): boolean {
  const origin = request.headers.origin;
  if (origin && (allowedOrigins.includes('*') || allowedOrigins.includes(origin))) {
    response.setHeader('Access-Control-Allow-Origin', allowedOrigins.includes('*') ? '*' : origin);
    if (!allowedOrigins.includes('*')) response.setHeader('Vary', 'Origin');
    response.setHeader('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
  }
  if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
    if (origin && response.hasHeader('Access-Control-Allow-Origin')) {
      response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
      response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      response.setHeader('Access-Control-Max-Age', '600');
    }
    response.writeHead(204);
    response.end();
    return true;
  }
  return false;
}

// ------------------------------------------------------------ routing
export interface Match<Id extends string> {
  operationId: Id;
  operation: Operation;
  params: Record<string, string>;
}

interface Compiled<Id extends string> {
  operationId: Id;
  operation: Operation;
  pattern: RegExp;
  names: string[];
  literal: number;
}

export class Router<Id extends string> {
  private readonly routes: Compiled<Id>[];

  constructor(operations: Record<Id, Operation>) {
    this.routes = (Object.entries(operations) as [Id, Operation][]).map(([operationId, operation]) => {
      const names: string[] = [];
      const pattern = operation.route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { operationId, operation, pattern: new RegExp(`^${pattern}$`), names, literal: names.length };
    });
    // Literal segments win over parameters (/v1/articles/search before /v1/articles/{articleId}).
    this.routes.sort((a, b) => a.literal - b.literal);
  }

  /** The operation for a method and path; 404 or 405 otherwise. */
  match(method: string, path: string): Match<Id> {
    let pathMatched = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      pathMatched = true;
      if (route.operation.route.method !== method && !(method === 'HEAD' && route.operation.route.method === 'GET')) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        try {
          params[name] = decodeURIComponent(found[index + 1]!);
        } catch {
          throw new HttpError(400, 'invalid_request', `Bad path parameter ${name}.`);
        }
      });
      return { operationId: route.operationId, operation: route.operation, params };
    }
    if (pathMatched) throw new HttpError(405, 'invalid_request', `${method} is not allowed on ${path}.`);
    throw new HttpError(404, 'not_found', `No such endpoint: ${method} ${path}.`);
  }
}
