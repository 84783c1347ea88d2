/**
 * Global design tokens, declared on :host of every Lifebuoy element (we are a guest on the page,
 * so never on :root), with light/dark/auto modes and the rule that lets nested elements inherit
 * them (see tokens-css.ts). Component tokens default to these. Every `--lb-*` used anywhere must
 * be defined in tokens-css.ts and documented in docs/theming.md (tests/theme/tokens-check.mjs).
 */
import { unsafeCSS } from 'lit';
import { baseCss, tokensCss } from './tokens-css.js';
import { componentBaseCss } from './base.styles.js';

/** The global `--lb-*` tokens, for Lit components' `static styles`. */
export const tokens = unsafeCSS(tokensCss);
/** The shared reset and accessibility floor (forced colors, reduced motion), for Lit components' `static styles`. */
export const base = unsafeCSS(baseCss + componentBaseCss);
