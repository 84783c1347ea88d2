// Every `--lb-*` token used anywhere under src/ is defined — in src/styles/tokens-css.ts (global
// tokens: a default, and nested elements inherit it) or, for a component token, with its default
// in that component's *.styles.ts — and documented in docs/theming.md; every defined token is
// documented and every documented one exists. Also the parts <lb-widget> forwards from the panel
// and its views (src/components/panel/views.ts): each is a @csspart of lb-widget (so it reaches
// custom-elements.json) and in docs/theming.md, and each part the panel and the views document is
// forwarded. Node, not the browser: it reads the sources.
// Run: node tests/theme/tokens-check.mjs   → prints "tokens: N passed, N failed", exits 1 on failure.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');

function files(dir) {
  const out = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...files(path));
    else if (/\.(ts|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

/** The body of `export const <name> = \`…\`` in a source file. */
function templateBody(source, name) {
  const match = source.match(new RegExp(`export const ${name}\\s*=\\s*\`([^\`]*)\``));
  if (!match) throw new Error(`tokens-check: could not find ${name} in src/styles/tokens-css.ts or launcher-tokens.ts`);
  return match[1];
}

const declared = (css) => [...css.matchAll(/(--lb-[\w-]+)\s*:/g)].map((m) => m[1]);
const lineOf = (source, index) => source.slice(0, index).split('\n').length;

// Global tokens are split in two: the launcher's own (launcher-tokens.ts, first load) and the rest.
const tokensSource = read('src/styles/tokens-css.ts');
const launcherSource = read('src/styles/launcher-tokens.ts');
const globalTokens = new Set([...declared(templateBody(launcherSource, 'launcherLightTokens')), ...declared(templateBody(tokensSource, 'restLightTokens'))]);
// Component tokens (two tiers): declared with their default in the component's own styles, e.g.
// `--lb-search-popup-width: 440px` on lb-search's :host. Only for tokens that matter on a
// top-level element; anything a nested element reads must be a global token (see tokens-css.ts).
const componentTokens = new Map(); // token → file
for (const file of files('src/components').filter((f) => f.endsWith('.styles.ts'))) {
  for (const token of declared(read(file))) if (!globalTokens.has(token)) componentTokens.set(token, file);
}
const defined = new Set([...globalTokens, ...componentTokens.keys()]);
const darkOnly = [...declared(templateBody(launcherSource, 'launcherDarkTokens')), ...declared(templateBody(tokensSource, 'restDarkTokens'))];

let docs = '';
try {
  docs = read('docs/theming.md');
} catch {
  console.log('  ✗ docs/theming.md is missing');
}
const documented = new Set([...docs.matchAll(/`(--lb-[\w-]+)`/g)].map((m) => m[1]));

// Where each token is used: var(--lb-x), '--lb-x' strings (setProperty, presets), @cssprop docs, and
// declarations outside tokens-css.ts (a component token must be documented too).
const uses = new Map(); // token → ["file:line (how)"]
const addUse = (token, where) => {
  if (!uses.has(token)) uses.set(token, []);
  uses.get(token).push(where);
};
for (const file of files('src')) {
  if (file === join('src', 'styles', 'tokens-css.ts') || file === join('src', 'styles', 'launcher-tokens.ts')) continue;
  const source = read(file);
  const rel = relative(root, join(root, file));
  for (const m of source.matchAll(/var\(\s*(--lb-[\w-]+)/g)) addUse(m[1], `${rel}:${lineOf(source, m.index)} (var)`);
  for (const m of source.matchAll(/['"`](--lb-[\w-]+)['"`]/g)) addUse(m[1], `${rel}:${lineOf(source, m.index)} (string)`);
  for (const m of source.matchAll(/@cssprop\s+(--lb-[\w-]+)/g)) addUse(m[1], `${rel}:${lineOf(source, m.index)} (@cssprop)`);
  // A declaration in component CSS, e.g. `--lb-search-popup-width: 440px;`
  for (const m of source.matchAll(/(?<=[\s{;])(--lb-[\w-]+)\s*:/g)) addUse(m[1], `${rel}:${lineOf(source, m.index)} (declared)`);
}

let passed = 0;
let failed = 0;
const problems = [];
const check = (ok, message) => {
  if (ok) passed++;
  else {
    failed++;
    problems.push(message);
  }
};

for (const [token, where] of [...uses].sort(([a], [b]) => a.localeCompare(b))) {
  check(defined.has(token), `${token} is used but defined neither in src/styles/tokens-css.ts (lightTokens) nor as a component token in a *.styles.ts — ${where.slice(0, 3).join(', ')}`);
  check(documented.has(token), `${token} is used but not documented in docs/theming.md — ${where[0]}`);
}
for (const token of defined) check(documented.has(token), `${token} is defined but not documented in docs/theming.md`);
for (const token of darkOnly) check(globalTokens.has(token), `${token} has a dark value but no default in lightTokens`);
for (const token of documented) check(defined.has(token), `${token} is documented in docs/theming.md but does not exist`);

// Forwarded parts: views.ts lists them; lb-widget's JSDoc, the docs and the components must agree.
const viewsSource = read('src/components/panel/views.ts');
const names = (list) => [...list.matchAll(/'([\w-]+)'/g)].map((m) => m[1]);
const panelParts = names(viewsSource.match(/PANEL_PARTS = \[([^\]]*)\]/)?.[1] ?? '');
const viewParts = Object.fromEntries(
  [...(viewsSource.match(/VIEW_PARTS[^=]*= \{([\s\S]*?)\n\};/)?.[1] ?? '').matchAll(/(\w+): \[([\s\S]*?)\]/g)].map((m) => [m[1], names(m[2])]),
);
check(panelParts.length > 0 && Object.keys(viewParts).length > 0, 'could not read PANEL_PARTS and VIEW_PARTS from src/components/panel/views.ts');
const cssParts = (file) => [...read(file).matchAll(/@csspart ([\w-]+)/g)].map((m) => m[1]);
const forwarded = [...panelParts.map((part) => `panel-${part}`), ...Object.entries(viewParts).flatMap(([view, parts]) => parts.map((part) => `${view}-${part}`))];
const widgetParts = new Set(cssParts('src/components/widget/widget.ts'));
const documentedNames = new Set([...docs.matchAll(/`([\w-]+)`/g)].map((m) => m[1]));
for (const name of forwarded) {
  check(widgetParts.has(name), `part ${name} is forwarded (views.ts) but not a @csspart of lb-widget (src/components/widget/widget.ts)`);
  check(documentedNames.has(name), `part ${name} is forwarded (views.ts) but not in docs/theming.md`);
}
for (const name of widgetParts) check(['launcher', 'badge', 'panel', ...forwarded].includes(name), `lb-widget documents @csspart ${name}, which is not forwarded (views.ts)`);
const viewFiles = { home: 'home/home.ts', search: 'search/search.ts', chat: 'chat/chat.ts', tickets: 'tickets/tickets.ts', channels: 'channel-picker/channel-picker.ts', verify: 'verify/verify.ts' };
for (const part of cssParts('src/components/panel/panel.ts')) check(panelParts.includes(part), `lb-panel documents @csspart ${part}, which lb-widget does not forward (PANEL_PARTS in views.ts)`);
for (const [view, file] of Object.entries(viewFiles)) {
  check(Array.isArray(viewParts[view]), `views.ts has no VIEW_PARTS entry for ${view}`);
  for (const part of cssParts(`src/components/${file}`)) check(viewParts[view]?.includes(part), `${file} documents @csspart ${part}, which lb-widget does not forward as ${view}-${part} (VIEW_PARTS in views.ts)`);
}

for (const problem of problems) console.log(`  ✗ ${problem}`);
console.log(`${forwarded.length} forwarded parts; ${globalTokens.size} global tokens, ${componentTokens.size} component tokens (${[...componentTokens.keys()].join(', ') || 'none'}), ${uses.size} used under src/, ${documented.size} documented`);
console.log(`tokens: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
