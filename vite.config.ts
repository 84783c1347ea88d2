/**
 * Three builds (scripts/build.mjs runs them all):
 *  - default: the npm ES modules, one file per source module (tree-shakable), dependencies external;
 *  - `--mode embed`: the script-tag bundle in dist/lifebuoy/ — everything bundled, split into
 *    chunks that load on demand (launcher first, panel on intent, each view on first use);
 *  - `--mode loader`: dist/lifebuoy.js, the classic script that imports the embed bundle.
 * `vite` (dev) serves demo/ with the sources.
 */
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {})];
const isExternal = (id: string) => external.some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * Collapses whitespace and comments in the CSS template literals of style modules
 * (`*.styles.ts`, `tokens-css.ts`, `launcher-tokens.ts`): the bundler minifies code, not the CSS inside strings.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'lifebuoy:minify-css-templates',
    transform(code, id) {
      if (!/(\.styles|tokens-css|launcher-tokens)\.ts$/.test(id)) return null;
      const minified = code.replace(/`([^`]*)`/g, (_match, body: string) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          // After a colon only declarations have spaces (`a :hover` has its space before the colon).
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'embed') {
    return {
      plugins: [minifyCssTemplates()],
      // Chunks are found relative to embed.js, wherever the integrator hosts it.
      base: './',
      build: {
        outDir: 'dist/lifebuoy',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        modulePreload: false,
        // bench/size/check.mjs reads the manifest to tell what loads before interaction.
        manifest: 'manifest.json',
        // Library mode: Vite then adds no module-preload helper (3 KB we would load before interaction).
        lib: { entry: { embed: 'src/embed.ts' }, formats: ['es'] },
        rollupOptions: {
          output: {
            format: 'es',
            // Vite leaves library ES output unminified; this is a CDN bundle, so minify it.
            minify: true,
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            // What the launcher needs (and the panel shares) travels in one chunk: fewer requests before interaction.
            codeSplitting: {
              groups: [{ name: 'launcher', test: /src[\\/](core[\\/](i18n-store|storage|events|define|top-layer|focus-within|chat[\\/]open-hint)|styles[\\/]launcher-tokens|i18n[\\/](en[\\/]launcher|locales))\.ts/ }],
            },
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
