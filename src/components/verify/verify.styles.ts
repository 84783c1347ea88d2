import { css } from 'lit';

export const verifyStyles = css`
  :host {
    display: block;
  }
  .verify {
    padding: calc(var(--lb-space) * 2);
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) * 2);
  }
  h3,
  h4,
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  .heading {
    font-size: 16px;
    font-weight: 700;
  }
  .intro,
  .muted {
    color: var(--lb-color-text-muted);
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  label {
    font-weight: 600;
    font-size: var(--lb-font-size-small);
  }
  .row {
    display: flex;
    gap: var(--lb-space);
  }
  input {
    flex: 1;
    min-width: 0;
    min-height: 44px;
    padding: 0 calc(var(--lb-space) * 1.5);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    font-size: var(--lb-font-size-input);
  }
  /* A link, number or @account reads left to right, but starts at the form's edge in Arabic. */
  :host(:dir(rtl)) input[dir='ltr'] {
    text-align: right;
  }
  input:focus-visible {
    outline: none;
    border-color: var(--lb-color-focus);
    box-shadow: 0 0 0 1px var(--lb-color-focus);
  }
  .button {
    min-height: 44px;
    padding: 0 calc(var(--lb-space) * 2);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    color: var(--lb-color-text);
    font-weight: 600;
    cursor: pointer;
  }
  .button.primary {
    border-color: var(--lb-color-primary);
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
  }
  .button:hover {
    filter: brightness(0.96);
  }
  .verdict {
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
    padding: calc(var(--lb-space) * 1.5);
    border: 1px solid currentColor;
    border-radius: var(--lb-radius-small);
  }
  .verdict.official {
    background: var(--lb-color-success-surface);
    color: var(--lb-color-success);
  }
  .verdict.not_official {
    background: var(--lb-color-warning-surface);
    color: var(--lb-color-warning);
  }
  .verdict.lookalike {
    background: var(--lb-color-danger-surface);
    color: var(--lb-color-danger);
  }
  .verdict.invalid {
    background: var(--lb-color-surface-alt);
    color: var(--lb-color-text);
  }
  .verdict-title {
    display: flex;
    align-items: center;
    gap: var(--lb-space);
    font-size: var(--lb-font-size-large);
    font-weight: 700;
  }
  .verdict-title svg {
    flex: none;
  }
  .summary,
  .ascii,
  .steps {
    color: var(--lb-color-text);
    overflow-wrap: anywhere;
  }
  .ascii {
    font-size: var(--lb-font-size-small);
  }
  .steps-heading {
    font-weight: 700;
    color: var(--lb-color-text);
  }
  .steps {
    padding-inline-start: 20px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lb-space);
  }
  .state.error {
    color: var(--lb-color-danger);
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
    align-items: flex-start;
  }
  details {
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    padding: var(--lb-space) calc(var(--lb-space) * 1.5);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 28px;
    display: list-item;
  }
  dl {
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
    margin-block-start: var(--lb-space);
  }
  dt {
    font-weight: 600;
    font-size: var(--lb-font-size-small);
    color: var(--lb-color-text-muted);
  }
  dd ul {
    list-style: none;
    padding: 0;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .verdict {
      border-color: CanvasText;
    }
  }
`;
