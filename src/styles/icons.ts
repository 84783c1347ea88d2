/** Inline SVG icons (no icon font, no network). Decorative: callers give the accessible name. */
import { svg, type SVGTemplateResult } from 'lit';

const icon = (body: SVGTemplateResult) => svg`<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${body}</svg>`;

export const icons = {
  chat: icon(svg`<path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/>`),
  close: icon(svg`<path d="M6 6l12 12M18 6L6 18"/>`),
  back: icon(svg`<path d="M15 18l-6-6 6-6"/>`),
  search: icon(svg`<circle cx="11" cy="11" r="7"/><path d="M20 20l-3.5-3.5"/>`),
  home: icon(svg`<path d="M3 11l9-8 9 8"/><path d="M5 10v10h14V10"/>`),
  ticket: icon(svg`<path d="M4 5h16v4a3 3 0 0 0 0 6v4H4v-4a3 3 0 0 0 0-6z"/>`),
  channels: icon(svg`<path d="M4 4h16v12H7l-3 3z"/><path d="M8 9h8M8 12h5"/>`),
  shield: icon(svg`<path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z"/><path d="M9 12l2 2 4-4"/>`),
  warning: icon(svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18h.01"/>`),
  info: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7h.01"/>`),
  chevron: icon(svg`<path d="M9 6l6 6-6 6"/>`),
  attach: icon(svg`<path d="M21 11l-8.5 8.5a5 5 0 0 1-7-7L14 4a3.5 3.5 0 0 1 5 5l-8.5 8.5a2 2 0 0 1-3-3L15 7"/>`),
  external: icon(svg`<path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6"/>`),
  check: icon(svg`<path d="M5 12l5 5 9-10"/>`),
};
