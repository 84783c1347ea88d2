/**
 * The demo adapter's seed modules (src/adapters/demo/seed/*.ts), loaded at run time under tsx.
 * The production bundle (scripts/build.mjs) replaces this file with static imports of the same
 * files, since plain Node cannot import TypeScript. Missing folder = no modules (builtin seed).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export async function demoSeedModules(): Promise<Record<string, unknown>[]> {
  const dir = fileURLToPath(new URL('../../src/adapters/demo/seed/', import.meta.url));
  if (!existsSync(dir)) return [];
  // The seed's index gathers every part; without one, take the parts one by one.
  const files = existsSync(join(dir, 'index.ts'))
    ? ['index.ts']
    : readdirSync(dir).filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts') && !/\.(test|stories)\.ts$/.test(file)).sort();
  const modules: Record<string, unknown>[] = [];
  for (const file of files) {
    try {
      modules.push(await import(pathToFileURL(join(dir, file)).href) as Record<string, unknown>);
    } catch (error) {
      console.warn(`[lifebuoy-server] skipped seed module ${file}: ${(error as Error).message}`);
    }
  }
  return modules;
}
