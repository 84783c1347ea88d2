import { css } from 'lit';

export const homeStyles = css`
  :host {
    display: block;
  }
  .home {
    padding: calc(var(--lb-space) * 2);
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) * 1.5);
  }
  .greeting {
    margin: 0;
    font-size: 20px;
    font-weight: 700;
  }
  .subtitle {
    margin: 0;
    color: var(--lb-color-text-muted);
  }
  .search {
    display: flex;
    align-items: center;
    gap: var(--lb-space);
    padding: 0 calc(var(--lb-space) * 1.5);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    color: var(--lb-color-text-muted);
  }
  .search:focus-within {
    border-color: var(--lb-color-focus);
    box-shadow: 0 0 0 1px var(--lb-color-focus);
  }
  .search input {
    flex: 1;
    min-width: 0;
    min-height: 44px;
    border: none;
    outline: none;
    background: transparent;
    color: var(--lb-color-text);
    font-size: var(--lb-font-size-input);
  }
  .actions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
  }
  .action {
    width: 100%;
    display: flex;
    align-items: center;
    gap: calc(var(--lb-space) * 1.5);
    min-height: 56px;
    padding: var(--lb-space) calc(var(--lb-space) * 1.5);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    text-align: start;
    cursor: pointer;
  }
  .action:hover {
    background: var(--lb-color-surface-alt);
  }
  .action-icon {
    color: var(--lb-color-primary);
    display: grid;
  }
  .action-text {
    flex: 1;
    display: flex;
    flex-direction: column;
  }
  .action-label {
    font-weight: 600;
  }
  .action-desc {
    color: var(--lb-color-text-muted);
    font-size: var(--lb-font-size-small);
  }
  .chevron {
    color: var(--lb-color-text-muted);
    display: grid;
  }
  :host(:dir(rtl)) .chevron svg {
    transform: scaleX(-1);
  }
  .safety {
    display: flex;
    gap: var(--lb-space);
    align-items: flex-start;
    margin: 0;
    padding: calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-warning-surface);
    color: var(--lb-color-warning);
    font-size: var(--lb-font-size-small);
  }
  .safety svg {
    flex: none;
  }
`;
