import { css } from 'lit';

export const channelPickerStyles = css`
  :host {
    display: block;
  }
  .picker {
    padding: calc(var(--lb-space) * 2);
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) * 2);
  }
  p,
  h3,
  h4,
  h5,
  ol,
  ul,
  dl,
  dd {
    margin: 0;
  }
  .heading {
    font-size: 16px;
    font-weight: 700;
  }
  .hint,
  .muted {
    color: var(--lb-color-text-muted);
    font-size: var(--lb-font-size-small);
  }
  .recommend,
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    flex: 1;
    min-width: 0;
  }
  .label {
    font-weight: 600;
    font-size: var(--lb-font-size-small);
  }
  textarea,
  select {
    width: 100%;
    min-height: 44px;
    padding: var(--lb-space);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    font-size: var(--lb-font-size-input);
  }
  textarea {
    resize: vertical;
  }
  textarea:focus-visible,
  select:focus-visible {
    outline-offset: 0;
  }
  .selects {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lb-space);
  }
  .selects .field {
    flex: 1 1 220px;
  }
  .advice {
    padding: calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface-alt);
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
  }
  .advice.compromised {
    background: var(--lb-color-danger-surface);
    border: 1px solid var(--lb-color-danger);
  }
  .advice-title {
    display: flex;
    align-items: center;
    gap: var(--lb-space);
    font-size: var(--lb-font-size);
  }
  .advice.compromised .advice-title {
    color: var(--lb-color-danger);
  }
  .advice ol {
    padding-inline-start: calc(var(--lb-space) * 2.5);
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .channels {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
  }
  .channel {
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
    padding: calc(var(--lb-space) * 1.5);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
  }
  .channel.best {
    border-color: var(--lb-color-primary);
    box-shadow: 0 0 0 1px var(--lb-color-primary);
  }
  .channel.unsuitable {
    background: var(--lb-color-surface-alt);
  }
  .channel-main {
    display: flex;
    gap: calc(var(--lb-space) * 1.5);
  }
  .channel-icon {
    flex: none;
    display: grid;
    color: var(--lb-color-primary);
  }
  .channel-text {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .name {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    font-size: var(--lb-font-size);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    padding: 0 6px;
    border-radius: 999px;
    font-size: var(--lb-font-size-small);
    font-weight: 600;
    line-height: 20px;
  }
  .badge svg {
    width: 14px;
    height: 14px;
  }
  .badge.best {
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
  }
  .badge.official {
    background: var(--lb-color-success-surface);
    color: var(--lb-color-success);
  }
  .badge.unofficial {
    background: var(--lb-color-warning-surface);
    color: var(--lb-color-warning);
  }
  .description,
  .response,
  .handle {
    color: var(--lb-color-text-muted);
    font-size: var(--lb-font-size-small);
  }
  .handle code {
    color: var(--lb-color-text);
    font-size: var(--lb-font-size);
    user-select: all;
  }
  .availability {
    display: flex;
    align-items: center;
    gap: 6px;
    font-size: var(--lb-font-size-small);
    font-weight: 600;
  }
  .open {
    color: var(--lb-color-success);
  }
  .closed {
    color: var(--lb-color-text-muted);
  }
  .dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: currentColor;
  }
  .closed .dot {
    background: transparent;
    border: 1px solid currentColor;
  }
  .channel-actions,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lb-space);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 40px;
    padding: 0 calc(var(--lb-space) * 1.5);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    color: var(--lb-color-text);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    background: var(--lb-color-surface-alt);
  }
  .button.primary {
    background: var(--lb-color-primary);
    border-color: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
  }
  .button.primary:hover {
    filter: brightness(0.92);
  }
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .button svg {
    width: 16px;
    height: 16px;
  }
  .icon-button {
    width: 40px;
    padding: 0;
    color: var(--lb-color-text-muted);
  }
  .icon-button svg {
    width: 20px;
    height: 20px;
  }
  .icon-button[aria-expanded='true'] {
    color: var(--lb-color-primary);
    border-color: var(--lb-color-primary);
  }
  .link-button {
    padding: 0;
    border: none;
    background: none;
    color: var(--lb-color-primary);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .warning,
  .note {
    display: flex;
    gap: var(--lb-space);
    align-items: flex-start;
    font-size: var(--lb-font-size-small);
  }
  .warning {
    padding: var(--lb-space);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-warning-surface);
    color: var(--lb-color-warning);
  }
  .warning > div {
    display: flex;
    flex-direction: column;
    gap: 4px;
    align-items: flex-start;
  }
  .warning svg,
  .note svg {
    flex: none;
    width: 16px;
    height: 16px;
    margin-block-start: 2px;
  }
  .expanded {
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
    padding: calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface-alt);
  }
  .expanded-title,
  .popover-title {
    font-size: var(--lb-font-size);
  }
  .draft {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px calc(var(--lb-space) * 1.5);
    font-size: var(--lb-font-size-small);
  }
  .draft dt {
    font-weight: 600;
  }
  .draft dd {
    overflow-wrap: anywhere;
  }
  .draft .body {
    white-space: pre-wrap;
    padding: var(--lb-space);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
  }
  .number {
    font-size: var(--lb-font-size-large);
    font-weight: 700;
  }
  .popover {
    position: fixed;
    inset: auto;
    margin: 0;
    z-index: var(--lb-z-index);
    width: max-content;
    max-width: min(320px, calc(100vw - 16px));
    max-height: calc(100vh - 16px);
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: calc(var(--lb-space) * 1.5);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    color: var(--lb-color-text);
    box-shadow: var(--lb-shadow);
    font-size: var(--lb-font-size-small);
    flex-direction: column;
    gap: var(--lb-space);
  }
  .popover:not(.open) {
    display: none;
  }
  .popover.open:popover-open {
    display: flex;
  }
  .hours {
    border-collapse: collapse;
    width: 100%;
  }
  .hours caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 4px;
  }
  .hours th,
  .hours td {
    text-align: start;
    padding-block: 2px;
    padding-inline: 0 var(--lb-space);
    font-weight: normal;
  }
  .hours thead th {
    font-weight: 600;
    color: var(--lb-color-text-muted);
  }
  .hours tr.today th,
  .hours tr.today td {
    font-weight: 700;
  }
  .state {
    padding: var(--lb-space) 0;
    color: var(--lb-color-text-muted);
  }
  .state.error {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--lb-space);
    color: var(--lb-color-danger);
  }
  .checklist {
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
  }
  .checklist ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .checklist li {
    display: flex;
    gap: var(--lb-space);
    align-items: flex-start;
  }
  .checklist svg {
    flex: none;
    color: var(--lb-color-success);
    width: 16px;
    height: 16px;
    margin-block-start: 2px;
  }
  .safety {
    display: flex;
    gap: var(--lb-space);
    align-items: flex-start;
    padding: calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-warning-surface);
    color: var(--lb-color-warning);
    font-size: var(--lb-font-size-small);
    font-weight: 600;
  }
  .safety svg {
    flex: none;
  }
`;
