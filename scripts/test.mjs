// `npm test`: type check, browser unit tests (Chromium + Firefox), build, end-to-end tests of the
// built bundle and the size budgets — then one plain "N passed, N failed" line for CI to read.
// Installs Debian's chromium/firefox-esr first when they are missing and we are root.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = { chromium: '/usr/bin/chromium', 'firefox-esr': '/usr/bin/firefox-esr' };

function ensureBrowsers() {
  const missing = Object.entries(BROWSERS).filter(([, path]) => !existsSync(path)).map(([name]) => name);
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    console.error(`Missing browsers: ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get…`);
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  const result = spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs a command, echoing its output; resolves with its exit code and output. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    let output = '';
    const forward = (stream, target) => stream.on('data', (chunk) => {
      output += chunk;
      target.write(chunk);
    });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

ensureBrowsers();
// The reference server (server/) has its own dependencies (better-sqlite3 builds from source).
if (!existsSync('server/node_modules/better-sqlite3')) {
  console.log('Installing the reference server\'s dependencies (npm ci --prefix server)…');
  const result = spawnSync('npm', ['ci', '--prefix', 'server', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const counts = { passed: 0, failed: 0 };
const steps = [];
const failures = [];
const flaky = [];
const step = async (name, command, args, parse, env) => {
  console.log(`\n── ${name} ──`);
  const { code, output } = await run(command, args, { env });
  const plain = stripAnsi(output);
  const parsed = parse?.(plain);
  // Named in the summary: web-test-runner's "❌ test" lines, the e2e runner's "  ✗ test" lines, and
  // "[flaky] passed on retry: test" from both (web-test-runner repeats a file's logs per browser).
  failures.push(...wtrFailures(plain), ...[...plain.matchAll(/^ {2}✗ ([^\n]+)/gm)].map((m) => `${name} › ${m[1].trim()}`));
  flaky.push(...new Set([...plain.matchAll(/\[flaky\] passed on retry: ([^\n]+)/g)].map((m) => m[1].trim())));
  if (parsed) {
    counts.passed += parsed.passed;
    counts.failed += parsed.failed;
  }
  // A step that fails without reporting failed tests still counts as one failure.
  if (code !== 0 && !(parsed && parsed.failed > 0)) counts.failed += 1;
  else if (code === 0 && !parsed) counts.passed += 1;
  steps.push(`${name}: ${code === 0 ? 'ok' : `exit ${code}`}`);
  return code;
};

function stripAnsi(text) {
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
}

/** Failed tests as "file › test (failed on …): first error line", so CI's tail names them. */
const wtrFailures = (plain) => {
  const lines = plain.split('\n');
  const found = [];
  let file = '';
  lines.forEach((line, index) => {
    const header = line.match(/^\s*(tests\/\S+\.ts):?\s*$/);
    if (header) file = header[1];
    if (!line.includes('❌')) return;
    const detail = lines.slice(index + 1).find((next) => next.trim())?.trim() ?? '';
    found.push(`${file} › ${line.replace('❌', '').trim()}${detail && !detail.includes('❌') ? ` — ${detail.slice(0, 200)}` : ''}`);
  });
  return [...new Set(found)];
};

// The progress display redraws with cursor escapes, stripped before parsing, so each browser counts once.
const parseWtr = (plain) => {
  const last = new Map();
  for (const match of plain.matchAll(/(\w+):\s*\|[^\n]*?\|\s*(\d+) passed, (\d+) failed/g)) last.set(match[1], match);
  if (!last.size) return null;
  return [...last.values()].reduce((sum, m) => ({ passed: sum.passed + Number(m[2]), failed: sum.failed + Number(m[3]) }), { passed: 0, failed: 0 });
};
const parseLine = (prefix) => (output) => {
  const match = [...output.matchAll(new RegExp(`${prefix}: (\\d+) passed, (\\d+) failed`, 'g'))].at(-1);
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : null;
};

const parseNodeTest = (output) => {
  const pass = [...output.matchAll(/^# pass (\d+)$/gm)].at(-1);
  const fail = [...output.matchAll(/^# fail (\d+)$/gm)].at(-1);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : null;
};

await step('type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
await step('type check (server)', 'npx', ['tsc', '-p', 'server', '--noEmit']);
await step('design tokens defined and documented', 'node', ['tests/theme/tokens-check.mjs'], parseLine('tokens'));
await step('OpenAPI document matches the schemas', 'npm', ['--prefix', 'server', 'run', 'openapi:check']);
await step('reference server tests (Node)', 'npm', ['--prefix', 'server', 'test'], parseNodeTest);
await step('browser tests (Chromium + Firefox)', 'npx', ['wtr'], parseWtr, { CI: 'true' });
const built = await step('build', 'node', ['scripts/build.mjs']);
if (built === 0) {
  await step('end-to-end (built bundle)', 'node', ['tests/e2e/run.mjs'], parseLine('e2e'));
  if (existsSync('bench/size/check.mjs')) await step('size budgets', 'node', ['bench/size/check.mjs'], parseLine('size'));
  await step('npm package tree-shakes', 'node', ['bench/size/tree-shake.mjs'], parseLine('tree-shake'));
}
console.log(`\n${steps.join('\n')}`);
if (flaky.length) console.log(`\nPassed only on retry (flaky, to fix):\n${flaky.map((name) => `  ${name}`).join('\n')}`);
if (failures.length) console.log(`\nFailed tests:\n${failures.map((name) => `  ${name}`).join('\n')}`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
