import { css } from 'lit';

/** The list and the thread of `<lb-tickets>` (fields and buttons come from the form's styles). */
export const ticketsStyles = css`
  .base {
    padding: calc(var(--lb-space) * 2);
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--lb-space);
  }
  .tickets,
  .messages,
  .message-attachments {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
  }
  .ticket {
    width: 100%;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--lb-space) / 2);
    padding: calc(var(--lb-space) * 1.5);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    text-align: start;
  }
  .ticket:hover {
    background: var(--lb-color-surface-alt);
  }
  .ticket[data-unread='true'] .ticket-subject {
    font-weight: 700;
  }
  .ticket-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lb-space);
    align-items: center;
  }
  .unread {
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
  }
  .back {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--lb-space) / 2);
    min-height: 32px;
    text-decoration: none;
  }
  :host(:dir(rtl)) .back svg {
    transform: scaleX(-1);
  }
  .form-wrap > .back {
    margin: 0 calc(var(--lb-space) * 2);
  }
  .form-wrap {
    margin: calc(var(--lb-space) * -2);
  }
  .thread-head {
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) / 2);
  }
  .message {
    padding: calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface-alt);
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) / 2);
  }
  .message.user {
    margin-inline-start: calc(var(--lb-space) * 4);
    border: 1px solid var(--lb-color-border);
    background: var(--lb-color-surface);
  }
  .message.agent {
    margin-inline-end: calc(var(--lb-space) * 4);
  }
  .message-author {
    display: flex;
    gap: var(--lb-space);
    align-items: center;
  }
  .message-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .verified {
    display: inline-grid;
    color: var(--lb-color-success);
  }
  .verified svg {
    width: 16px;
    height: 16px;
  }
  .staff-warning {
    margin: 0;
  }
  .message-attachments a,
  .message-attachments .file {
    display: inline-flex;
    align-items: center;
    gap: var(--lb-space);
  }
  details dl {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: calc(var(--lb-space) / 2) var(--lb-space);
    overflow-wrap: anywhere;
  }
  details dt {
    color: var(--lb-color-text-muted);
  }
  details dd {
    margin: 0;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .end {
    justify-content: flex-end;
  }
`;
