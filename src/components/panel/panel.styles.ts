import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: block;
  }
  .surface {
    position: fixed;
    z-index: var(--lb-z-index);
    /* A manual popover in the top layer where supported; undo the UA popover styles. */
    inset: auto;
    margin: 0;
    padding: 0;
    top: 0;
    left: 0;
    width: min(var(--lb-panel-width), calc(100vw - 16px));
    height: min(var(--lb-panel-height), calc(100vh - 100px));
    display: flex;
    flex-direction: column;
    overflow: hidden;
    background: var(--lb-color-surface);
    color: var(--lb-color-text);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius);
    box-shadow: var(--lb-shadow);
    outline: none;
  }
  .surface.mobile {
    width: 100vw;
    height: 100vh;
    height: 100dvh;
    max-width: none;
    max-height: none;
    border-radius: 0;
    border: none;
    /* Full screen on a phone: keep clear of the notch and the home indicator when the page uses
       viewport-fit=cover (the insets are 0 otherwise). The header paints under the notch. */
    padding-bottom: env(safe-area-inset-bottom, 0px);
  }
  .surface.mobile .header {
    padding-top: calc(var(--lb-space) * 1.5 + env(safe-area-inset-top, 0px));
  }
  .surface.mobile > * {
    padding-left: env(safe-area-inset-left, 0px);
    padding-right: env(safe-area-inset-right, 0px);
  }
  .surface.mobile > .header,
  .surface.mobile > .anti-phishing {
    padding-left: calc(var(--lb-space) * 2 + env(safe-area-inset-left, 0px));
    padding-right: calc(var(--lb-space) * 2 + env(safe-area-inset-right, 0px));
  }
  .header {
    display: flex;
    align-items: center;
    gap: var(--lb-space);
    padding: calc(var(--lb-space) * 1.5) calc(var(--lb-space) * 2);
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
    flex: none;
  }
  .title {
    flex: 1;
    margin: 0;
    font-size: var(--lb-font-size-large);
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .icon-button {
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    margin: -8px;
    padding: 0;
    border: none;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .icon-button:hover {
    background: rgba(255, 255, 255, 0.15);
    /* A tint of the header's text colour, so it shows on light and dark brand colours alike. */
    background: color-mix(in srgb, currentColor 15%, transparent);
  }
  .icon-button:focus-visible {
    outline-color: var(--lb-color-on-primary);
  }
  :host([dir='rtl']) .back svg,
  .surface[dir='rtl'] .back svg {
    transform: scaleX(-1);
  }
  .anti-phishing {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 0;
    padding: 6px calc(var(--lb-space) * 2);
    background: var(--lb-color-success-surface);
    color: var(--lb-color-success);
    border-block-end: 1px solid var(--lb-color-border);
    font-size: var(--lb-font-size-small);
    font-weight: 600;
    flex: none;
    overflow-wrap: anywhere;
  }
  .anti-phishing svg {
    width: 14px;
    height: 14px;
    flex: none;
  }
  .body {
    flex: 1;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .view {
    height: 100%;
  }
  .view > * {
    display: block;
    height: 100%;
  }
  .loading,
  .error {
    padding: calc(var(--lb-space) * 3);
    text-align: center;
    color: var(--lb-color-text-muted);
  }
  .error {
    color: var(--lb-color-danger);
  }
  .button {
    min-height: 44px;
    padding: 0 calc(var(--lb-space) * 2);
    border: none;
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
    cursor: pointer;
  }
  .nav {
    display: flex;
    flex: none;
    border-block-start: 1px solid var(--lb-color-border);
    background: var(--lb-color-surface);
  }
  .nav-item {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 2px;
    min-height: 52px;
    padding: 6px 2px;
    border: none;
    background: transparent;
    color: var(--lb-color-text-muted);
    font-size: var(--lb-font-size-small);
    cursor: pointer;
  }
  /* Colour and a bar mark the current view, not bold text: a bolder label is wider, and on a phone
     "Help center" wrapped to two lines and shifted the bar whenever it became current. */
  .nav-item[aria-current='page'] {
    color: var(--lb-color-primary);
    box-shadow: inset 0 2px 0 var(--lb-color-primary);
  }
  @media (forced-colors: active) {
    .surface {
      border: 1px solid CanvasText;
    }
    .nav-item[aria-current='page'] {
      text-decoration: underline;
    }
  }
`;
