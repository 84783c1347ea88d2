/**
 * Global design tokens, declared on :host of every top-level Lifebuoy element (we are a guest on
 * the page, so never on :root). Component tokens default to these. Every `--lb-*` used anywhere
 * must be listed here and documented (a test checks it).
 */
import { unsafeCSS } from 'lit';
import { baseCss, tokensCss } from './tokens-css.js';

/** The global `--lb-*` tokens, for Lit components' `static styles`. */
export const tokens = unsafeCSS(tokensCss);
/** The shared reset, for Lit components' `static styles`. */
export const base = unsafeCSS(baseCss);
