/**
 * Bundles the reference server into dist/lifebuoy-server.mjs (one file, plain Node 20, no tsx):
 * the widget's zod schemas, the static adapter's search index and the demo seed are compiled in;
 * better-sqlite3 (a native addon) stays in server/node_modules.
 *   node server/scripts/build.mjs     (or: npm --prefix server run build)
 */
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedDir = fileURLToPath(new URL('../../src/adapters/demo/seed/', import.meta.url));

/** Replaces the run-time seed loader with static imports of the seed files present now. */
const staticSeed = {
  name: 'lifebuoy-static-seed',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]server[\\/]src[\\/]seed-modules\.ts$/ }, () => {
      let files = [];
      if (existsSync(seedDir)) {
        files = existsSync(join(seedDir, 'index.ts'))
          ? ['index.ts']
          : readdirSync(seedDir).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !/\.(test|stories)\.ts$/.test(file)).sort();
      }
      const imports = files.map((file, index) => `import * as m${index} from ${JSON.stringify(join(seedDir, file))};`).join('\n');
      const list = files.map((_, index) => `m${index}`).join(', ');
      return { contents: `${imports}\nexport async function demoSeedModules() { return [${list}]; }\n`, loader: 'ts', resolveDir: seedDir };
    });
  },
};

const started = performance.now();
const result = await build({
  entryPoints: [join(root, 'src/main.ts')],
  outfile: join(root, 'dist/lifebuoy-server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3'],
  sourcemap: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [staticSeed],
  banner: { js: "import { createRequire as __lbCreateRequire } from 'node:module'; const require = __lbCreateRequire(import.meta.url);" },
});
const bytes = Object.values(result.metafile.outputs).find((output) => output.entryPoint)?.bytes ?? 0;
console.log(`Built server/dist/lifebuoy-server.mjs (${(bytes / 1024).toFixed(0)} KB) in ${Math.round(performance.now() - started)} ms.`);
