import { css } from 'lit';

export const secretAlertStyles = css`
  :host {
    display: block;
  }
  .alert {
    display: flex;
    gap: var(--lb-space);
    align-items: flex-start;
    padding: calc(var(--lb-space) * 1.5);
    border: 1px solid currentColor;
    border-radius: var(--lb-radius-small);
    font-size: var(--lb-font-size-small);
  }
  .alert.blocked {
    background: var(--lb-color-danger-surface);
    color: var(--lb-color-danger);
  }
  .alert.confirm {
    background: var(--lb-color-warning-surface);
    color: var(--lb-color-warning);
  }
  .icon {
    flex: none;
    display: grid;
  }
  .content {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  p,
  ul {
    margin: 0;
  }
  ul {
    padding-inline-start: 18px;
  }
  .title {
    font-size: var(--lb-font-size);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lb-space);
    margin-block-start: 4px;
  }
  .button {
    min-height: 36px;
    padding: 0 calc(var(--lb-space) * 1.5);
    border: 1px solid currentColor;
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    color: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button.primary {
    border-color: var(--lb-color-primary);
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
  }
  @media (forced-colors: active) {
    .alert {
      border-color: CanvasText;
    }
  }
`;
