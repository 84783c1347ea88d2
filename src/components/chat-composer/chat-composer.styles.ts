import { css } from 'lit';

export const composerStyles = css`
  :host {
    display: block;
  }
  .composer {
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) / 2);
    padding: var(--lb-space) calc(var(--lb-space) * 1.5) calc(var(--lb-space) / 2);
    border-block-start: 1px solid var(--lb-color-border);
    background: var(--lb-color-surface);
  }
  .composer.dragging {
    outline: 2px dashed var(--lb-color-primary);
    outline-offset: -4px;
  }
  .row {
    display: flex;
    align-items: flex-end;
    gap: calc(var(--lb-space) / 2);
  }
  textarea {
    flex: 1;
    min-width: 0;
    min-height: 40px;
    max-height: 160px;
    resize: none;
    padding: 8px 12px;
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    font-size: var(--lb-font-size-input);
    line-height: 1.4;
    overflow-y: auto;
  }
  textarea:focus-visible {
    outline: none;
    border-color: var(--lb-color-focus);
    box-shadow: 0 0 0 1px var(--lb-color-focus);
  }
  .icon-button {
    flex: none;
    display: grid;
    place-items: center;
    width: 40px;
    height: 40px;
    padding: 0;
    border: none;
    border-radius: var(--lb-radius-small);
    background: transparent;
    color: var(--lb-color-text-muted);
    cursor: pointer;
  }
  .icon-button:hover:not([disabled]) {
    background: var(--lb-color-surface-alt);
  }
  .send {
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
  }
  .send:hover:not([disabled]) {
    background: var(--lb-color-primary);
    filter: brightness(1.1);
  }
  .send[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  [disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .hint {
    margin: 0;
    font-size: var(--lb-font-size-small);
    color: var(--lb-color-text-muted);
  }
  /* The rejections' role="alert" sits on a wrapper: a list may not carry it (axe aria-allowed-role). */
  .uploads,
  .rejections ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .upload {
    display: flex;
    align-items: center;
    gap: var(--lb-space);
    padding: 4px;
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    font-size: var(--lb-font-size-small);
  }
  .upload.failed {
    border-color: var(--lb-color-danger);
    background: var(--lb-color-danger-surface);
  }
  .thumb {
    flex: none;
    width: 36px;
    height: 36px;
    object-fit: cover;
    border-radius: 4px;
    display: grid;
    place-items: center;
    background: var(--lb-color-surface-alt);
  }
  .upload-text {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .size {
    color: var(--lb-color-text-muted);
  }
  progress {
    width: 100%;
    height: 6px;
    accent-color: var(--lb-color-primary);
  }
  .error,
  .rejections {
    color: var(--lb-color-danger);
    font-size: var(--lb-font-size-small);
  }
  .small {
    padding: 4px 8px;
    border: 1px solid currentColor;
    border-radius: var(--lb-radius-small);
    background: transparent;
    color: var(--lb-color-danger);
    cursor: pointer;
  }
  .remove {
    width: 32px;
    height: 32px;
  }
`;
