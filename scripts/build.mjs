// Builds everything `npm run build` promises: npm ES modules + types, the script-tag bundle and
// its loader, and custom-elements.json.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
await build({ mode: 'npm', logLevel: 'warn' });
await build({ mode: 'embed', logLevel: 'warn' });
await build({ mode: 'loader', logLevel: 'warn' });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze']);
console.log('build: dist/esm (npm), dist/types, dist/lifebuoy.js + dist/lifebuoy/ (script tag), custom-elements.json');
