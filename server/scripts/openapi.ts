/**
 * Writes docs/openapi.json from the zod schemas, or with --check fails when the file differs
 * from what the schemas say (run in CI so the document cannot drift).
 *   npm --prefix server run openapi          # write
 *   npm --prefix server run openapi:check    # verify
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApiText } from '../src/openapi.js';

const target = fileURLToPath(new URL('../../docs/openapi.json', import.meta.url));
const text = openApiText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as different
  }
  if (current !== text) {
    console.error('docs/openapi.json is out of date with the zod schemas: run `npm --prefix server run openapi` and commit it.');
    process.exit(1);
  }
  console.log('docs/openapi.json matches the schemas.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target} (${text.length} bytes).`);
}
