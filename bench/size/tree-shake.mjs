// What an npm consumer's bundler keeps: bundles a few typical imports from the built package (as
// `lifebuoy`, through package.json `exports` and `sideEffects`) and checks that what was not
// imported is left out — no help-desk adapter in an app that only creates the widget, no widget
// in an app that only uses the secret guard. Prints each bundle's gzip size.
// Usage: npm run build && node bench/size/tree-shake.mjs   → "tree-shake: N passed, N failed"
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Markers: strings that only the named module contains.
const MARKERS = {
  zendesk: /\/api\/v2\/help_center|zendesk/i,
  chatwoot: /ActionCable|\/public\/api\/v1\/inboxes/,
  demoSeed: /lifebuoy-exchange\.example\/help/,
  lit: /lit-html|_\$litType\$/,
};
const CASES = [
  { name: 'createWidget only', code: "import { createWidget } from 'lifebuoy'; createWidget({ adapter: 'demo' });", absent: ['zendesk', 'chatwoot'] },
  { name: 'secret guard only', code: "import { scanForSecrets } from 'lifebuoy'; scanForSecrets('hello').then(console.log);", absent: ['zendesk', 'chatwoot', 'lit', 'demoSeed'] },
  { name: 'one component', code: "import 'lifebuoy/components/search/define'; document.body.append(document.createElement('lb-search'));", absent: ['zendesk', 'chatwoot'] },
];

// A consumer project whose node_modules/lifebuoy is this package, so `exports` and `sideEffects` apply.
const dir = mkdtempSync(join(tmpdir(), 'lb-treeshake-'));
mkdirSync(join(dir, 'node_modules'));
symlinkSync(root, join(dir, 'node_modules', 'lifebuoy'), 'dir');
let passed = 0;
let failed = 0;
try {
  for (const testCase of CASES) {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, testCase.code);
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'out' } },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
    const code = chunks.map((c) => c.code).join('\n');
    const gzip = gzipSync(chunks.find((c) => c.isEntry).code, { level: 9 }).length / 1024;
    const total = chunks.reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0) / 1024;
    const leaked = testCase.absent.filter((marker) => MARKERS[marker].test(code));
    const ok = leaked.length === 0;
    ok ? passed++ : failed++;
    console.log(`${ok ? '✓' : '✗'} ${testCase.name.padEnd(20)} entry ${gzip.toFixed(1)} KB gzip, all chunks ${total.toFixed(1)} KB gzip${ok ? '' : ` — includes ${leaked.join(', ')}`}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`tree-shake: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
