/**
 * The design tokens and reset as plain CSS text, so the launcher (which loads before Lit) can use
 * them too. Lit components import `tokens.ts` instead.
 */
export const tokensCss = `
  :host {
    --lb-color-primary: #1a56db;
    --lb-color-on-primary: #ffffff;
    --lb-color-surface: #ffffff;
    --lb-color-surface-alt: #f3f4f6;
    --lb-color-text: #111827;
    --lb-color-text-muted: #4b5563;
    --lb-color-border: #d1d5db;
    --lb-color-focus: #1a56db;
    --lb-color-danger: #b91c1c;
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
    --lb-space: 8px;
    --lb-shadow: 0 12px 40px rgba(0, 0, 0, 0.18);
    --lb-z-index: 2147483000;
    --lb-launcher-size: 56px;
    --lb-launcher-offset-x: 20px;
    --lb-launcher-offset-y: 20px;
    --lb-launcher-background: var(--lb-color-primary);
    --lb-launcher-color: var(--lb-color-on-primary);
    --lb-panel-width: 400px;
    --lb-panel-height: 640px;
    --lb-transition-duration: 160ms;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --lb-transition-duration: 0ms;
    }
  }
`;

/**
 * Resets every Lifebuoy shadow root starts from, in px (not rem) so a host's `html { font-size }`
 * cannot shrink us. `all: initial` on :host stops inherited host styles from leaking in; the same
 * typography is set again on the shadow root's top-level elements because a host page's
 * `!important` rules on our host element beat `:host`.
 */
export const baseCss = `
  :host {
    all: initial;
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
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--lb-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
