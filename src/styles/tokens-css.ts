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
 * Bytes matter: the launcher's own tokens and the reset are in launcher-tokens.ts (the first-load
 * chunk, 8 KB budget); this file adds the rest and loads with the panel. The dark block is written
 * once and used twice, the inherit rule is built from the names at runtime, and CSS only Lit
 * components need lives in base.styles.ts.
 */
import { baseCss, launcherDarkTokens, launcherLightTokens, modeCss } from './launcher-tokens.js';

export { baseCss };

/** Light defaults of the tokens the launcher does not use. */
export const restLightTokens = `
  --lb-color-surface-alt: #f3f4f6;
  --lb-color-text-muted: #4b5563;
  --lb-color-border: #d1d5db;
  --lb-color-danger-surface: #fef2f2;
  --lb-color-warning: #92400e;
  --lb-color-warning-surface: #fffbeb;
  --lb-color-success: #047857;
  --lb-color-success-surface: #ecfdf5;
  --lb-color-highlight: #fef08a;
  --lb-font-size-large: 18px;
  --lb-font-size-input: 16px;
  --lb-radius: 12px;
  --lb-radius-small: 6px;
  --lb-space: 8px;
  --lb-panel-width: 400px;
  --lb-panel-height: 640px;
  --lb-search-popup-width: 440px;
`;

/** Light defaults of every token (also the non-colour tokens, which modes do not change). */
export const lightTokens = launcherLightTokens + restLightTokens;

/** Dark values of the colours the launcher does not use. */
export const restDarkTokens = `
  --lb-color-surface-alt: #1f2937;
  --lb-color-text-muted: #9ca3af;
  --lb-color-border: #374151;
  --lb-color-danger-surface: #3b1219;
  --lb-color-warning: #fbbf24;
  --lb-color-warning-surface: #3a2a06;
  --lb-color-success: #34d399;
  --lb-color-success-surface: #06301f;
  --lb-color-highlight: #854d0e;
`;

/** Dark values: colours only (everything else keeps its light value). */
export const darkTokens = launcherDarkTokens + restDarkTokens;

/** The names of every token, in declaration order. */
export const tokenNames: string[] = lightTokens.match(/--lb-[\w-]+(?=:)/g)!;

export const tokensCss =
  modeCss(lightTokens, darkTokens) +
  // Nested Lifebuoy elements inherit instead of re-declaring (see the comment at the top).
  '*{color-scheme:inherit;' + tokenNames.join(':inherit;') + ':inherit}';

