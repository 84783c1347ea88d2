/**
 * Three builds (scripts/build.mjs runs them all):
 *  - default: the npm ES modules, one file per source module (tree-shakable), dependencies external;
 *  - `--mode embed`: the script-tag bundle in dist/lifebuoy/ — everything bundled, split into
 *    chunks that load on demand (launcher first, panel on intent, each view on first use);
 *  - `--mode loader`: dist/lifebuoy.js, the classic script that imports the embed bundle.
 * `vite` (dev) serves demo/ with the sources.
 */
import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {})];
const isExternal = (id: string) => external.some((dep) => id === dep || id.startsWith(`${dep}/`));

export default defineConfig(({ mode }) => {
  if (mode === 'embed') {
    return {
      // Chunks are found relative to embed.js, wherever the integrator hosts it.
      base: './',
      build: {
        outDir: 'dist/lifebuoy',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        modulePreload: false,
        rollupOptions: {
          input: { embed: 'src/embed.ts' },
          preserveEntrySignatures: 'exports-only',
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
          },
        },
      },
    };
  }
  if (mode === 'loader') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2020',
        minify: true,
        lib: { entry: 'src/loader.ts', formats: ['iife'], name: 'LifebuoyLoader', fileName: () => 'lifebuoy.js' },
      },
    };
  }
  if (mode === 'npm') {
    return {
      build: {
        outDir: 'dist/esm',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: { entry: { index: 'src/index.ts', register: 'src/register.ts', embed: 'src/embed.ts' }, formats: ['es'] },
        rollupOptions: {
          external: isExternal,
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  // dev server: the demo page on the sources
  return {
    server: { port: 5173, host: '127.0.0.1' },
    preview: { port: 4173, host: '127.0.0.1' },
  };
});
