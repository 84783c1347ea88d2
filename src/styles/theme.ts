/**
 * Themes at runtime, behind `Lifebuoy('init', { theme })`, `setTheme` and `applyTheme(el, …)`.
 * Loaded only when a theme is given: the default look needs none of this.
 *
 * A theme is any of:
 * - a mode: `light` (default), `dark`, `auto` (follows `prefers-color-scheme`);
 * - a preset name (`midnight`, `binance-like`, `high-contrast`, `default`), optionally with a mode:
 *   `'high-contrast dark'`;
 * - an object: `{ mode?, preset?, ...tokens }` where tokens are camelCase names without the prefix
 *   (`colorPrimary`) or full names (`'--lb-color-primary'`).
 *
 * Mode and preset become the `theme` attribute of the element (`theme="high-contrast dark"`); the
 * matching CSS lives in the element's own shadow root (modes in tokens-css.ts, presets installed
 * here), so an integrator's CSS on the element always wins over them. Token objects are set as
 * inline custom properties, merged with earlier ones (an empty string removes one) and apply in
 * every mode. Nested Lifebuoy elements inherit all of it.
 */
import { darkTokens, lightTokens, tokenNames } from './tokens-css.js';
import { presets, type Preset, type PresetName, type TokenMap } from './presets.js';

export { presets, type Preset, type PresetName, type TokenMap } from './presets.js';

export type ThemeMode = 'light' | 'dark' | 'auto';
export type ThemeTokens = Record<string, string>;
export type ThemeOption =
  | ThemeMode
  | PresetName
  | `${PresetName} ${ThemeMode}`
  | (string & {})
  | (ThemeTokens & { mode?: ThemeMode; preset?: PresetName | (string & {}) });

const MODES: readonly string[] = ['light', 'dark', 'auto'];
const TOKEN_NAME = /^[a-z][a-zA-Z0-9]*$/;
const KNOWN = new Set(tokenNames);

/** `colorPrimary` → `--lb-color-primary`; full `--lb-*` names pass through. */
export function tokenProperty(name: string): string {
  if (name.startsWith('--lb-')) return name;
  if (!TOKEN_NAME.test(name)) throw new TypeError(`Invalid theme token "${name}".`);
  return `--lb-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Values that could break out of a declaration or load something are refused. */
function safeValue(value: unknown): value is string {
  return typeof value === 'string' && value.length < 500 && !/[;{}<>\\]|url\s*\(|expression\s*\(|image(-set)?\s*\(/i.test(value);
}

function isPreset(name: string): name is PresetName {
  return Object.prototype.hasOwnProperty.call(presets, name);
}

function unknownTheme(word: string): TypeError {
  return new TypeError(`Unknown theme "${word}". Use ${MODES.join(', ')} or a preset: ${Object.keys(presets).join(', ')}.`);
}

/** Reads a `theme` attribute value: its mode and preset words. */
export function parseTheme(value: string | null): { mode?: ThemeMode; preset?: PresetName } {
  const result: { mode?: ThemeMode; preset?: PresetName } = {};
  for (const word of (value ?? '').split(/\s+/).filter(Boolean)) {
    if (MODES.includes(word)) result.mode = word as ThemeMode;
    else if (isPreset(word)) result.preset = word;
    else throw unknownTheme(word);
  }
  return result;
}

/** The `theme` attribute value for a mode and preset (`default` and nothing are left out). */
function themeAttribute(mode: ThemeMode | undefined, preset: PresetName | undefined): string {
  return [preset === 'default' ? undefined : preset, mode].filter(Boolean).join(' ');
}

/**
 * Applies a theme to a top-level Lifebuoy element (`<lb-widget>`, or a standalone element such as
 * `<lb-search>`). Throws a TypeError for an unknown mode, preset or token, or an unsafe value.
 * Returns a promise that resolves once a preset's styles are installed (the element may not be
 * upgraded yet); mode, attribute and token overrides are applied before it returns.
 */
export function applyTheme(element: HTMLElement, theme: ThemeOption): Promise<void> {
  if (!element || typeof element.setAttribute !== 'function') throw new TypeError('applyTheme needs a Lifebuoy element.');
  let { mode, preset } = safeParse(element.getAttribute('theme'));
  let tokens: [string, string][] = [];
  if (typeof theme === 'string') {
    const next = parseTheme(theme);
    if (!next.mode && !next.preset) throw unknownTheme(theme);
    mode = next.mode ?? mode;
    preset = next.preset ?? preset;
  } else if (theme && typeof theme === 'object' && !Array.isArray(theme)) {
    const { mode: nextMode, preset: nextPreset, ...rest } = theme;
    if (nextMode !== undefined) {
      if (!MODES.includes(nextMode)) throw unknownTheme(String(nextMode));
      mode = nextMode;
    }
    if (nextPreset !== undefined) {
      if (!isPreset(nextPreset)) throw unknownTheme(String(nextPreset));
      preset = nextPreset;
    }
    tokens = Object.entries(rest).map(([name, value]) => {
      const property = tokenProperty(name);
      if (!KNOWN.has(property)) throw new TypeError(`Unknown theme token "${name}" (${property}). See docs/theming.md for the list.`);
      if (!safeValue(value)) throw new TypeError(`Invalid value for theme token "${name}".`);
      return [property, value];
    });
  } else {
    throw new TypeError('theme must be "light", "dark", "auto", a preset name or an object of tokens.');
  }

  // Everything is valid: apply.
  const attribute = themeAttribute(mode, preset);
  if (attribute) element.setAttribute('theme', attribute);
  else element.removeAttribute('theme');
  for (const [property, value] of tokens) {
    if (value === '') element.style.removeProperty(property);
    else element.style.setProperty(property, value);
  }
  return preset && preset !== 'default' ? installPresets(element) : Promise.resolve();
}

/** An attribute written by hand may hold nonsense: ignore it rather than refuse the new theme. */
function safeParse(value: string | null): { mode?: ThemeMode; preset?: PresetName } {
  try {
    return parseTheme(value);
  } catch {
    return {};
  }
}

const declarations = (map: TokenMap | undefined) =>
  Object.entries(map ?? {})
    .map(([name, value]) => `${name}:${value};`)
    .join('');

/** The CSS of every preset, as `:host([theme~='name'])` rules for the element's shadow root. */
export function presetCss(): string {
  let css = '';
  for (const [name, preset] of Object.entries(presets) as [PresetName, Preset][]) {
    if (!preset.tokens && !preset.light && !preset.dark) continue;
    const host = `:host([theme~='${name}'])`;
    const dark = `color-scheme:dark;${darkTokens}${declarations(preset.tokens)}${declarations(preset.dark)}`;
    if (!preset.light) {
      css += `${host}{${dark}}`; // dark only, whatever the mode
      continue;
    }
    const light = `color-scheme:light;${preset.dark ? '' : lightTokens}${declarations(preset.tokens)}${declarations(preset.light)}`;
    css += `${host}{${light}}`;
    if (!preset.dark) continue; // light only
    css += `:host([theme~='${name}'][theme~='dark']){${dark}}`;
    css += `@media (prefers-color-scheme:dark){:host([theme~='${name}'][theme~='auto']){${dark}}}`;
  }
  return css;
}

let sheet: CSSStyleSheet | undefined;
const installed = new WeakSet<ShadowRoot>();

/** Adds the preset rules to the element's shadow root (once), waiting for it to exist. */
export async function installPresets(element: HTMLElement): Promise<void> {
  if (!element.shadowRoot && element.localName.includes('-')) {
    await customElements.whenDefined(element.localName);
    // Lit elements create their shadow root when first connected; updateComplete waits for that.
    const lit = element as HTMLElement & { updateComplete?: Promise<unknown> };
    if (!element.shadowRoot && lit.updateComplete) await lit.updateComplete;
  }
  const root = element.shadowRoot;
  if (!root) throw new TypeError(`<${element.localName}> is not a Lifebuoy element: presets need its shadow root.`);
  if (installed.has(root)) return;
  installed.add(root);
  if ('adoptedStyleSheets' in root) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(presetCss());
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = presetCss();
    (root as ShadowRoot).append(style);
  }
}

/** Parses `--lb-x: value;` declarations (as written in tokens-css.ts) into a map. */
export function parseTokens(css: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const match of css.matchAll(/(--lb-[\w-]+)\s*:\s*([^;]+);/g)) map[match[1]!] = match[2]!.trim();
  return map;
}

/** The scheme a preset shows in a mode (`auto` needs the user's preference). */
export function schemeOf(preset: PresetName, mode: ThemeMode = 'light', prefersDark = false): 'light' | 'dark' {
  const p: Preset = presets[preset];
  if (p.dark && !p.light) return 'dark';
  if (p.light && !p.dark) return 'light';
  return mode === 'dark' || (mode === 'auto' && prefersDark) ? 'dark' : 'light';
}

/**
 * Every token's value for a preset in a scheme, with `var(--lb-…)` references resolved — what an
 * element with that theme (and no overrides) computes. Used by the contrast tests and Storybook.
 */
export function resolveTokens(preset: PresetName, scheme: 'light' | 'dark'): Record<string, string> {
  const p: Preset = presets[preset];
  const dark = schemeOf(preset, scheme) === 'dark';
  const map: Record<string, string> = {
    ...parseTokens(lightTokens),
    ...(dark ? parseTokens(darkTokens) : {}),
    ...p.tokens,
    ...(dark ? p.dark : p.light),
  };
  const resolve = (value: string, depth = 0): string =>
    depth > 5 ? value : value.replace(/var\((--lb-[\w-]+)\)/g, (_m, name: string) => resolve(map[name] ?? '', depth + 1));
  for (const name of Object.keys(map)) map[name] = resolve(map[name]!);
  return map;
}
