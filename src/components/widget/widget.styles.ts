/** The launcher's styles, as plain CSS: the launcher renders before Lit loads. */
export const widgetCss = `
  :host {
    display: contents !important;
  }
  .launcher {
    position: fixed;
    z-index: var(--lb-z-index);
    /* The launcher is a manual popover (top layer) where supported: no host transform, clip or
       z-index can hide it. Undo the UA popover styles. */
    inset: auto;
    overflow: visible;
    /* Physical sides: position is "bottom-right"/"bottom-left" whatever the page's direction
       (html[dir=rtl] must not move it; the panel takes its direction from the locale, not the page). */
    bottom: calc(var(--lb-launcher-offset-y) + env(safe-area-inset-bottom, 0px));
    right: calc(var(--lb-launcher-offset-x) + env(safe-area-inset-right, 0px));
    width: var(--lb-launcher-size);
    height: var(--lb-launcher-size);
    display: grid;
    place-items: center;
    margin: 0;
    padding: 0;
    border: none;
    border-radius: 50%;
    background: var(--lb-launcher-background);
    color: var(--lb-launcher-color);
    box-shadow: var(--lb-shadow);
    cursor: pointer;
    transition: transform var(--lb-transition-duration) ease;
  }
  :host([position='bottom-left']) .launcher {
    right: auto;
    left: calc(var(--lb-launcher-offset-x) + env(safe-area-inset-left, 0px));
  }
  .launcher:hover {
    transform: scale(1.05);
  }
  .launcher svg {
    width: 26px;
    height: 26px;
  }
  .launcher .when-open,
  :host([open]) .launcher .when-closed {
    display: none;
  }
  :host([open]) .launcher .when-open {
    display: contents;
  }
  .badge {
    position: absolute;
    inset-block-start: -4px;
    inset-inline-end: -4px;
    min-width: 20px;
    height: 20px;
    padding: 0 5px;
    border-radius: 10px;
    background: var(--lb-color-danger);
    color: var(--lb-color-on-danger);
    font-size: var(--lb-font-size-small);
    font-weight: 700;
    line-height: 20px;
    text-align: center;
  }
  .live {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .launcher {
      border: 2px solid ButtonText;
    }
    .badge {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .launcher {
      transition: none;
    }
  }
`;
