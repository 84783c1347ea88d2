/**
 * The design tokens and reset as plain CSS text, so the launcher (which loads before Lit) can use
 * them too. Lit components import `tokens.ts` instead. Every token is documented in
 * docs/theming.md; `node tests/theme/tokens-check.mjs` fails when one is used but not defined here
 * or not documented there.
 *
 * How values reach every element (the one rule to keep in mind when editing this file):
 * - Each Lifebuoy element declares the defaults on its own `:host`. For a top-level element (the
 *   `<lb-widget>` or a standalone `<lb-search>` on a page) the integrator's CSS on the element and
 *   its inline style come from the outer tree, so they beat these `:host` defaults.
 * - A Lifebuoy element nested in another one's shadow root (the panel in the widget, the views in
 *   the panel) must not re-declare the defaults — that would hide the values it inherits. So every
 *   shadow root also carries `* { --lb-…: inherit }` (generated below from the token list). For a
 *   nested host this rule belongs to the outer tree, which wins over the nested `:host` defaults;
 *   for plain elements it changes nothing. Themes therefore only need to be set on the top-level
 *   element, as CSS, inline custom properties, or the `theme` attribute.
 * - Modes are `:host([theme~=dark])` and, for `auto`, the same values under
 *   `@media (prefers-color-scheme: dark)`; nested elements inherit them like any other value.
 *   Named presets are lazy (see presets.ts / theme.ts), installed into the element's shadow root.
 *
 * Bytes matter here: this file is in the launcher chunk (the 8 KB first-load budget, nearly full),
 * so the dark block is written once and used twice, the inherit rule is built from the names at
 * runtime, and CSS only Lit components need lives in base.styles.ts instead.
 */

/** Light defaults of every token (also the non-colour tokens, which modes do not change). */
export const lightTokens = `
  --lb-color-primary: #1a56db;
  --lb-color-on-primary: #fff;
  --lb-color-surface: #fff;
  --lb-color-surface-alt: #f3f4f6;
  --lb-color-text: #111827;
  --lb-color-text-muted: #4b5563;
  --lb-color-border: #d1d5db;
  --lb-color-focus: var(--lb-color-primary);
  --lb-color-danger: #b91c1c;
  --lb-color-on-danger: var(--lb-color-surface);
  --lb-color-danger-surface: #fef2f2;
  --lb-color-warning: #92400e;
  --lb-color-warning-surface: #fffbeb;
  --lb-color-success: #047857;
  --lb-color-success-surface: #ecfdf5;
  --lb-color-highlight: #fef08a;
  --lb-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  --lb-font-size: 14px;
  --lb-font-size-small: 12px;
  --lb-font-size-large: 18px;
  --lb-font-size-input: 16px;
  --lb-line-height: 1.5;
  --lb-radius: 12px;
  --lb-radius-small: 6px;
  --lb-focus-width: 2px;
  --lb-space: 8px;
  --lb-shadow: 0 12px 40px #0000002e;
  --lb-z-index: 2147483000;
  --lb-launcher-size: 56px;
  --lb-launcher-offset-x: 20px;
  --lb-launcher-offset-y: 20px;
  --lb-launcher-background: var(--lb-color-primary);
  --lb-launcher-color: var(--lb-color-on-primary);
  --lb-panel-width: 400px;
  --lb-panel-height: 640px;
  --lb-search-popup-width: 440px;
  --lb-transition-duration: 160ms;
`;

/** Dark values: colours only (everything else keeps its light value). */
export const darkTokens = `
  --lb-color-primary: #60a5fa;
  --lb-color-on-primary: #0b1220;
  --lb-color-surface: #111827;
  --lb-color-surface-alt: #1f2937;
  --lb-color-text: #f3f4f6;
  --lb-color-text-muted: #9ca3af;
  --lb-color-border: #374151;
  --lb-color-danger: #f87171;
  --lb-color-danger-surface: #3b1219;
  --lb-color-warning: #fbbf24;
  --lb-color-warning-surface: #3a2a06;
  --lb-color-success: #34d399;
  --lb-color-success-surface: #06301f;
  --lb-color-highlight: #854d0e;
`;

/** The names of every token, in declaration order. */
export const tokenNames: string[] = lightTokens.match(/--lb-[\w-]+(?=:)/g)!;

export const tokensCss =
  ':host{' + lightTokens + '}' +
  ':host([theme~=dark]){color-scheme:dark;' + darkTokens + '}' +
  '@media (prefers-color-scheme:dark){:host([theme~=auto]){color-scheme:dark;' + darkTokens + '}}' +
  // Nested Lifebuoy elements inherit instead of re-declaring (see the comment at the top).
  '*{color-scheme:inherit;' + tokenNames.join(':inherit;') + ':inherit}';

/**
 * Resets every Lifebuoy shadow root starts from, in px (not rem) so a host's `html { font-size }`
 * cannot shrink us. `all: initial` on :host stops inherited host styles from leaking in (custom
 * properties are not affected by `all`); the same typography is set again on the shadow root's
 * top-level elements because a host page's `!important` rules on our host element beat `:host`.
 * Lit components also get `componentBaseCss` (base.styles.ts: forced colors, reduced motion).
 */
export const baseCss = `
  :host {
    all: initial;
    color-scheme: light;
    font-family: var(--lb-font-family);
    font-size: var(--lb-font-size);
    line-height: var(--lb-line-height);
    color: var(--lb-color-text);
    -webkit-font-smoothing: antialiased;
    box-sizing: border-box;
  }
  :host > * {
    font-family: var(--lb-font-family);
    font-size: var(--lb-font-size);
    line-height: var(--lb-line-height);
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
    visibility: visible;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: var(--lb-focus-width) solid var(--lb-color-focus);
    outline-offset: 2px;
  }
`;
