import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ROUTES } from '../../src/adapters/http/routes.js';
import { buildOpenApi, openApiText } from '../src/openapi.js';
import { OPERATIONS } from '../src/spec.js';

test('docs/openapi.json is what the zod schemas generate (regenerate with npm --prefix server run openapi)', () => {
  const committed = readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8');
  assert.equal(committed, openApiText());
});

test('every operation of the adapter\'s route table is documented, with its method and path', () => {
  const document = buildOpenApi() as { paths: Record<string, Record<string, { operationId: string }>> };
  for (const [operationId, route] of Object.entries(ROUTES)) {
    assert.ok(OPERATIONS[operationId as keyof typeof OPERATIONS], `${operationId} has a spec`);
    assert.equal(document.paths[route.path]?.[route.method.toLowerCase()]?.operationId, operationId);
  }
});

test('every $ref in the document resolves to a component', () => {
  const document = buildOpenApi() as { components: { schemas: Record<string, unknown> } };
  const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
  assert.ok(refs.length > 20);
  for (const ref of refs) {
    const name = ref.slice('"$ref":"#/components/schemas/'.length, -1);
    assert.ok(document.components.schemas[name], `${ref} resolves`);
  }
});

test('request bodies are documented as input (defaults optional), responses as output (defaults required)', () => {
  const { components } = buildOpenApi() as { components: { schemas: Record<string, { required?: string[] }> } };
  assert.ok(!components.schemas.SendMessage!.required!.includes('attachmentIds'));
  assert.ok(components.schemas.Message!.required!.includes('attachments'));
});
