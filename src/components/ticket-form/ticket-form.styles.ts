import { css } from 'lit';

/** Fields, buttons, notices and attachments: shared by `<lb-ticket-form>` and `<lb-tickets>`. */
export const fieldStyles = css`
  :host {
    display: block;
  }
  .stack {
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) * 2);
  }
  h2,
  h3 {
    margin: 0;
    font-size: var(--lb-font-size-large);
    line-height: 1.3;
  }
  h3 {
    font-size: var(--lb-font-size);
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--lb-color-text-muted);
  }
  .small {
    font-size: var(--lb-font-size-small);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) / 2);
  }
  label,
  .label {
    font-weight: 600;
  }
  .optional {
    font-weight: 400;
    color: var(--lb-color-text-muted);
  }
  input:not([type='file']),
  select,
  textarea {
    width: 100%;
    min-height: 44px;
    padding: var(--lb-space) calc(var(--lb-space) * 1.5);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    font-size: var(--lb-font-size-input);
  }
  textarea {
    min-height: 120px;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--lb-color-danger);
    box-shadow: inset 0 0 0 1px var(--lb-color-danger);
  }
  .error,
  .warning,
  .notice {
    display: flex;
    gap: var(--lb-space);
    align-items: flex-start;
    font-size: var(--lb-font-size-small);
  }
  .error {
    color: var(--lb-color-danger);
  }
  .warning {
    color: var(--lb-color-warning);
  }
  .error svg,
  .warning svg,
  .notice svg {
    flex: none;
    width: 16px;
    height: 16px;
    margin-block-start: 2px;
  }
  .box {
    padding: calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    border: 1px solid var(--lb-color-border);
    background: var(--lb-color-surface-alt);
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
  }
  .box.danger {
    background: var(--lb-color-danger-surface);
    border-color: var(--lb-color-danger);
    color: var(--lb-color-danger);
  }
  .box.warning {
    background: var(--lb-color-warning-surface);
    border-color: var(--lb-color-warning);
    color: var(--lb-color-warning);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lb-space);
    align-items: center;
  }
  button {
    cursor: pointer;
  }
  .primary,
  .secondary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--lb-space);
    min-height: 44px;
    padding: var(--lb-space) calc(var(--lb-space) * 2);
    border-radius: var(--lb-radius-small);
    font-weight: 600;
  }
  .primary {
    border: 1px solid var(--lb-color-primary);
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
  }
  .secondary {
    border: 1px solid var(--lb-color-border);
    background: var(--lb-color-surface);
    color: var(--lb-color-text);
  }
  .secondary.small {
    min-height: 32px;
    padding: 2px var(--lb-space);
    font-size: var(--lb-font-size-small);
  }
  .link {
    padding: 0;
    border: none;
    background: none;
    color: var(--lb-color-primary);
    text-decoration: underline;
    text-align: start;
  }
  a {
    color: var(--lb-color-primary);
  }
  [aria-disabled='true'],
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .icon-button {
    display: grid;
    place-items: center;
    flex: none;
    width: 36px;
    height: 36px;
    padding: 0;
    border: none;
    border-radius: var(--lb-radius-small);
    background: transparent;
    color: var(--lb-color-text-muted);
  }
  .icon-button:hover {
    background: var(--lb-color-surface-alt);
  }
  .dropzone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lb-space);
    padding: calc(var(--lb-space) * 1.5);
    border: 1px dashed var(--lb-color-border);
    border-radius: var(--lb-radius-small);
  }
  .dropzone[data-over] {
    border-color: var(--lb-color-primary);
    background: var(--lb-color-surface-alt);
  }
  .dropzone p {
    flex-basis: 100%;
  }
  .attachments,
  .rejected {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
  }
  .rejected li {
    display: flex;
    gap: var(--lb-space);
    color: var(--lb-color-danger);
    font-size: var(--lb-font-size-small);
  }
  .attachment {
    display: flex;
    align-items: center;
    gap: var(--lb-space);
    padding: var(--lb-space);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
  }
  .attachment[data-status='error'] {
    border-color: var(--lb-color-danger);
  }
  .preview {
    flex: none;
    width: 40px;
    height: 40px;
    border-radius: var(--lb-radius-small);
    object-fit: cover;
    background: var(--lb-color-surface-alt);
  }
  .file-icon {
    display: grid;
    place-items: center;
    color: var(--lb-color-text-muted);
  }
  .attachment-body {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .attachment-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  progress {
    width: 100%;
    height: 6px;
    accent-color: var(--lb-color-primary);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--lb-space);
    border-radius: 999px;
    font-size: var(--lb-font-size-small);
    font-weight: 600;
    background: var(--lb-color-surface-alt);
  }
  .badge[data-status='open'] {
    background: var(--lb-color-surface-alt);
    color: var(--lb-color-primary);
  }
  .badge[data-status='pending'] {
    background: var(--lb-color-warning-surface);
    color: var(--lb-color-warning);
  }
  .badge[data-status='solved'] {
    background: var(--lb-color-success-surface);
    color: var(--lb-color-success);
  }
  .badge[data-status='closed'] {
    color: var(--lb-color-text-muted);
  }
`;

/** The form itself: summary, suggestions, success. */
export const formStyles = css`
  .base {
    padding: calc(var(--lb-space) * 2);
  }
  .summary {
    border: 2px solid var(--lb-color-danger);
    border-radius: var(--lb-radius-small);
    padding: calc(var(--lb-space) * 1.5);
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
  }
  .summary ul,
  .suggestions ul,
  .next-steps {
    margin: 0;
    padding-inline-start: calc(var(--lb-space) * 2.5);
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) / 2);
  }
  .summary .link {
    color: var(--lb-color-danger);
  }
  .summary ul,
  .suggestions ul {
    list-style: none;
    padding: 0;
  }
  .suggestion {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lb-space);
    justify-content: space-between;
  }
  /* Takes no room (no flex gap) until a notice is slotted in. */
  .incident {
    display: contents;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lb-space);
    align-items: center;
    justify-content: space-between;
    padding-block-start: var(--lb-space);
    border-block-start: 1px solid var(--lb-color-border);
  }
  .done {
    align-items: flex-start;
  }
  .done > svg {
    width: 40px;
    height: 40px;
    color: var(--lb-color-success);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
`;
