import { css } from 'lit';

export const articleStyles = css`
  :host {
    display: block;
  }
  .article {
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
    padding: calc(var(--lb-space) * 2);
    overflow-wrap: anywhere;
  }
  button {
    cursor: pointer;
  }
  .back,
  .crumb,
  .related-link {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 4px 0;
    border: none;
    background: none;
    color: var(--lb-color-primary);
    text-align: start;
  }
  .back {
    align-self: flex-start;
    min-height: 32px;
  }
  :host(:dir(rtl)) svg {
    transform: scaleX(-1);
  }
  .breadcrumbs ol {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--lb-font-size-small);
  }
  .breadcrumbs li + li::before {
    content: '/';
    margin-inline-end: 4px;
    color: var(--lb-color-text-muted);
  }
  .title {
    margin: 0;
    font-size: var(--lb-font-size-large);
    line-height: 1.3;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 2px solid var(--lb-color-focus);
  }
  .meta {
    margin: 0;
    color: var(--lb-color-text-muted);
    font-size: var(--lb-font-size-small);
  }
  .notice,
  .error {
    display: flex;
    gap: var(--lb-space);
    align-items: flex-start;
    margin: 0;
    padding: var(--lb-space) calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface-alt);
  }
  .error {
    flex-direction: column;
    background: var(--lb-color-danger-surface);
    color: var(--lb-color-danger);
  }
  .error p,
  .feedback p {
    margin: 0;
  }
  .notice svg {
    flex: none;
  }
  .body :is(p, ul, ol, pre, table, blockquote) {
    margin: 0 0 var(--lb-space);
  }
  .body :is(h1, h2, h3, h4, h5, h6) {
    margin: calc(var(--lb-space) * 2) 0 var(--lb-space);
    font-size: 15px;
  }
  .body :is(ul, ol) {
    padding-inline-start: 22px;
  }
  .body li + li {
    margin-top: 4px;
  }
  .body a {
    color: var(--lb-color-primary);
  }
  .body code,
  .body pre {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 13px;
    background: var(--lb-color-surface-alt);
    border-radius: 4px;
  }
  .body code {
    padding: 1px 4px;
  }
  .body pre {
    padding: var(--lb-space);
    overflow-x: auto;
  }
  .body img {
    max-width: 100%;
    height: auto;
  }
  .body table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
    font-size: 13px;
  }
  .body :is(th, td) {
    padding: 4px var(--lb-space);
    border: 1px solid var(--lb-color-border);
    text-align: start;
  }
  .body blockquote {
    padding-inline-start: var(--lb-space);
    border-inline-start: 3px solid var(--lb-color-border);
    color: var(--lb-color-text-muted);
  }
  .feedback {
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
    margin-top: var(--lb-space);
    padding: calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface-alt);
  }
  .feedback-buttons,
  .handoffs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lb-space);
  }
  .feedback-error {
    color: var(--lb-color-danger);
  }
  .button {
    min-height: 36px;
    padding: 0 calc(var(--lb-space) * 2);
    border: 1px solid var(--lb-color-primary);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
    font-weight: 600;
  }
  .button.secondary {
    background: var(--lb-color-surface);
    color: var(--lb-color-primary);
  }
  .button[aria-pressed='true'] {
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .related h4 {
    margin: var(--lb-space) 0 4px;
    font-size: var(--lb-font-size);
  }
  .related ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .related-link {
    min-height: 32px;
  }
  .related-link svg {
    flex: none;
    width: 16px;
    height: 16px;
  }
  .status {
    margin: 0;
    color: var(--lb-color-text-muted);
  }
`;
