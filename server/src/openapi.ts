/**
 * Builds the OpenAPI 3.1 document of the HTTP contract from `spec.ts` — routes from the adapter's
 * route table, bodies from the widget's zod schemas through `z.toJSONSchema`. docs/openapi.json is
 * this function's output (`npm --prefix server run openapi`), and a test fails when they differ.
 */
import { z } from 'zod/mini';
import { NAMED_SCHEMAS, OPERATIONS, type Operation } from './spec.js';

type Json = Record<string, unknown>;
const REF = '#/components/schemas/';

const requestSchemas = new Set(Object.values(OPERATIONS).flatMap((op) => (op.body ? [op.body] : [])));

function registry(io: 'input' | 'output'): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(NAMED_SCHEMAS)) {
    if ((io === 'input') === requestSchemas.has(schema)) registry.add(schema, { id: name });
  }
  return registry;
}

const registries = { input: registry('input'), output: registry('output') };

/** Rewrites `#/$defs/X` references into component references and drops `$schema`/`$id`/`$defs`. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (!value || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, inner] of Object.entries(value as Json)) {
    if (key === '$schema' || key === '$id' || key === '$defs') continue;
    // zod spells out its ISO date-time check as a 400-character regex; `format` says the same.
    if (key === 'pattern' && (value as Json).format === 'date-time') continue;
    if (key === '$ref' && typeof inner === 'string') out[key] = inner.replace('#/$defs/', REF);
    else out[key] = clean(inner);
  }
  return out;
}

function nameOf(schema: z.ZodMiniType): string | undefined {
  return Object.entries(NAMED_SCHEMAS).find(([, named]) => named === schema)?.[0];
}

/** A schema as JSON Schema: a component reference when it is named, inline otherwise. */
function schemaFor(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  const name = nameOf(schema);
  if (name) return { $ref: REF + name };
  const json = z.toJSONSchema(schema, {
    io,
    metadata: registries[io],
    unrepresentable: 'any',
    uri: (id: string) => REF + id,
  } as Parameters<typeof z.toJSONSchema>[1]);
  return clean(json) as Json;
}

function components(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const io of ['output', 'input'] as const) {
    const { schemas } = z.toJSONSchema(registries[io], { io, unrepresentable: 'any', uri: (id: string) => REF + id });
    for (const [name, schema] of Object.entries(schemas)) out[name] = clean(schema) as Json;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

function queryParameters(op: Operation): Json[] {
  if (!op.query) return [];
  const json = z.toJSONSchema(op.query, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema as Json & { description?: string };
    return {
      name,
      in: 'query',
      required: json.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      schema: clean(rest),
    };
  });
}

const SECURITY: Record<Operation['auth'], Json[]> = {
  none: [],
  user: [{ userToken: [] }, { userHash: [], userId: [] }, { visitor: [] }],
  agent: [{ agentToken: [] }],
  'stream-ticket': [{ streamTicket: [] }],
  'signed-url': [],
};

function operation(operationId: string, op: Operation): Json {
  const parameters: Json[] = [...op.route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name, in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 255 },
  }));
  parameters.push(...queryParameters(op));
  if (op.idempotencyKey) {
    parameters.push({
      name: 'Idempotency-Key', in: 'header', required: op.idempotencyKey === 'required',
      description: 'The same key on a retry returns the first result instead of creating again.',
      schema: { type: 'string', minLength: 1, maxLength: 200 },
    });
  }
  if (op.kind === 'sse') {
    parameters.push({ name: 'Last-Event-ID', in: 'header', required: false, description: 'The last seq received; replaces `after`.', schema: { type: 'string' } });
  }

  const okStatus = String(op.response === null ? 204 : op.status ?? 200);
  const responses: Json = {};
  if (op.kind === 'sse') {
    responses['200'] = {
      description: 'An event stream. Each message\'s `data` is one JSON value of the schema below; its `id` is the seq.',
      content: { 'text/event-stream': { schema: schemaFor(op.response!, 'output') } },
    };
  } else if (op.kind === 'file') {
    responses['200'] = { description: 'The file\'s bytes.', content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } };
  } else if (op.response === null) {
    responses['204'] = { description: 'Done.' };
  } else {
    responses[okStatus] = { description: op.summary, content: { 'application/json': { schema: schemaFor(op.response, 'output') } } };
    if (okStatus === '201' && op.idempotencyKey) {
      responses['200'] = { description: 'Already created under this key: the first result again.', content: { 'application/json': { schema: schemaFor(op.response, 'output') } } };
    }
  }
  const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: `${REF}Error` } } } });
  if (op.auth === 'user' || op.auth === 'agent' || op.auth === 'stream-ticket') responses['401'] = errorResponse('Missing or invalid identity.');
  if (op.route.path.includes('{')) responses['404'] = errorResponse('Not found, or not the caller\'s.');
  if (op.body || op.query || op.kind === 'upload') responses['400'] = errorResponse('The request does not match the schema (code invalid_request).');
  if (op.kind === 'upload') {
    responses['413'] = errorResponse('Larger than the upload limit (code too_large).');
    responses['415'] = errorResponse('A file type that is not accepted (code invalid_request).');
  } else if (op.body) {
    responses['413'] = errorResponse('Body larger than the JSON limit (code too_large).');
  }
  responses['429'] = {
    ...errorResponse('Rate limited (code rate_limited); see Retry-After.'),
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
  };
  responses['503'] = errorResponse('Temporarily unavailable (code unavailable); safe to retry idempotent calls.');

  const result: Json = {
    operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    'x-idempotent': op.route.idempotent,
    security: SECURITY[op.auth],
  };
  if (parameters.length) result.parameters = parameters;
  if (op.kind === 'upload') {
    result.requestBody = {
      required: true,
      description: 'The file\'s bytes. Content-Type is the file\'s MIME type.',
      content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
    };
  } else if (op.body) {
    result.requestBody = { required: true, content: { 'application/json': { schema: schemaFor(op.body, 'input') } } };
  }
  result.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
  return result;
}

export function buildOpenApi(): Json {
  const paths: Record<string, Json> = {};
  for (const [operationId, op] of Object.entries(OPERATIONS)) {
    const entry = (paths[op.route.path] ??= {});
    entry[op.route.method.toLowerCase()] = operation(operationId, op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lifebuoy HTTP contract',
      version: '1.0.0',
      summary: 'The backend API behind Lifebuoy\'s HttpAdapter: help center, live chat, attachments, tickets, channels, status, verification.',
      description: 'Generated from the zod schemas of src/adapters/schemas.ts and the route table of src/adapters/http/routes.ts. '
        + 'See docs/http-contract.md for the semantics (identity, idempotency, retries, event streams, errors).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: 'http://localhost:8787', description: 'The reference server (npm --prefix server start)' }],
    tags: [
      { name: 'identity' }, { name: 'articles' }, { name: 'chat' }, { name: 'attachments' }, { name: 'tickets' },
      { name: 'channels' }, { name: 'status' }, { name: 'verification' },
      { name: 'agent', description: 'The reference server\'s agent API (used by its /agent console); not part of the widget contract.' },
    ],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas: components(),
      securitySchemes: {
        userToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A JWT (HS256) your backend signs with LIFEBUOY_IDENTITY_SECRET; `sub` is the uid.' },
        userId: { type: 'apiKey', in: 'header', name: 'X-Lifebuoy-User-Id', description: 'The uid, with X-Lifebuoy-User-Hash.' },
        userHash: { type: 'apiKey', in: 'header', name: 'X-Lifebuoy-User-Hash', description: 'hex(HMAC-SHA256(LIFEBUOY_IDENTITY_SECRET, uid)).' },
        visitor: { type: 'apiKey', in: 'header', name: 'X-Lifebuoy-Visitor', description: 'The token from POST /v1/visitors.' },
        agentToken: { type: 'http', scheme: 'bearer', description: 'LIFEBUOY_AGENT_TOKEN.' },
        streamTicket: { type: 'apiKey', in: 'query', name: 'ticket', description: 'From the matching stream-tickets call; valid for 60 s.' },
      },
    },
  };
}

/** The document as written to docs/openapi.json. */
export function openApiText(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}
