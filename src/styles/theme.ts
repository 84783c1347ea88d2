/**
 * Themes: token overrides set as `--lb-*` custom properties on the widget element. `light`, `dark`
 * and `auto` switch colour schemes; an object overrides individual tokens (camelCase names without
 * the prefix, e.g. `{ colorPrimary: '#f0b90b' }`, or full `--lb-*` names).
 */
export type ThemeMode = 'light' | 'dark' | 'auto';
export type ThemeTokens = Record<string, string>;
export type ThemeOption = ThemeMode | string | (ThemeTokens & { mode?: ThemeMode; preset?: string });

const TOKEN_NAME = /^[a-z][a-zA-Z0-9]*$/;

export function tokenProperty(name: string): string {
  if (name.startsWith('--lb-')) return name;
  if (!TOKEN_NAME.test(name)) throw new TypeError(`Invalid theme token "${name}".`);
  return `--lb-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Values that could break out of a declaration are refused. */
function safeValue(value: string): boolean {
  return typeof value === 'string' && value.length < 500 && !/[;{}<>]|url\s*\(|expression\s*\(/i.test(value);
}

export function applyTheme(element: HTMLElement, theme: ThemeOption): void {
  if (typeof theme === 'string') {
    element.setAttribute('theme', theme);
    return;
  }
  if (!theme || typeof theme !== 'object') throw new TypeError('theme must be "light", "dark", "auto", a preset name or an object of tokens.');
  const { mode, preset, ...tokens } = theme;
  if (mode || preset) element.setAttribute('theme', preset ?? mode!);
  for (const [name, value] of Object.entries(tokens)) {
    if (!safeValue(value)) throw new TypeError(`Invalid value for theme token "${name}".`);
    element.style.setProperty(tokenProperty(name), value);
  }
}
