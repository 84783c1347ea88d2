import { css } from 'lit';

export const linkInterstitialStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    width: min(420px, calc(100vw - 32px));
    max-height: calc(100vh - 32px);
    overflow: auto;
    padding: calc(var(--lb-space) * 2.5);
    border: none;
    border-radius: var(--lb-radius);
    background: var(--lb-color-surface);
    color: var(--lb-color-text);
    box-shadow: var(--lb-shadow);
    font-family: var(--lb-font-family);
    font-size: var(--lb-font-size);
    line-height: var(--lb-line-height);
  }
  dialog::backdrop {
    background: rgba(0, 0, 0, 0.5);
  }
  h2,
  p {
    margin: 0;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) * 1.5);
  }
  .title {
    display: flex;
    align-items: center;
    gap: var(--lb-space);
    font-size: var(--lb-font-size-large);
    font-weight: 700;
    color: var(--lb-color-warning);
  }
  .title.lookalike {
    color: var(--lb-color-danger);
  }
  .destination {
    display: block;
    padding: var(--lb-space) calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface-alt);
    font-size: var(--lb-font-size-large);
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .ascii,
  .full-url {
    color: var(--lb-color-text-muted);
    font-size: var(--lb-font-size-small);
    overflow-wrap: anywhere;
  }
  .lookalike-warning {
    padding: var(--lb-space) calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-danger-surface);
    color: var(--lb-color-danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--lb-space);
  }
  .button {
    min-height: 44px;
    padding: 0 calc(var(--lb-space) * 2);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    color: var(--lb-color-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button.primary {
    border-color: var(--lb-color-primary);
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
  }
`;
