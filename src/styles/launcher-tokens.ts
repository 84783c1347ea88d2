/**
 * The tokens the launcher itself draws with, the mode rules, and the reset: the part of the design
 * tokens in the first-load chunk (the 8 KB budget). tokens-css.ts adds every other token; the
 * widget adds that full set to its shadow root when the panel loads (see widget.ts).
 */

/** Light defaults of the launcher's tokens (part of `lightTokens`). */
export const launcherLightTokens = `
  --lb-color-primary: #1a56db;
  --lb-color-on-primary: #fff;
  --lb-color-surface: #fff;
  --lb-color-text: #111827;
  --lb-color-focus: var(--lb-color-primary);
  --lb-color-danger: #b91c1c;
  --lb-color-on-danger: var(--lb-color-surface);
  --lb-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  --lb-font-size: 14px;
  --lb-font-size-small: 12px;
  --lb-line-height: 1.5;
  --lb-focus-width: 2px;
  --lb-shadow: 0 12px 40px #0000002e;
  --lb-z-index: 2147483000;
  --lb-launcher-size: 56px;
  --lb-launcher-offset-x: 20px;
  --lb-launcher-offset-y: 20px;
  --lb-launcher-background: var(--lb-color-primary);
  --lb-launcher-color: var(--lb-color-on-primary);
  --lb-transition-duration: 160ms;
`;

/** Dark values of the launcher's tokens (part of `darkTokens`). */
export const launcherDarkTokens = `
  --lb-color-primary: #60a5fa;
  --lb-color-on-primary: #0b1220;
  --lb-color-surface: #111827;
  --lb-color-text: #f3f4f6;
  --lb-color-danger: #f87171;
`;

/** `:host` defaults, the dark mode and the `auto` mode for a set of light and dark tokens. */
export const modeCss = (light: string, dark: string): string =>
  ':host{' + light + '}' +
  ':host([theme~=dark]){color-scheme:dark;' + dark + '}' +
  '@media (prefers-color-scheme:dark){:host([theme~=auto]){color-scheme:dark;' + dark + '}}';

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
