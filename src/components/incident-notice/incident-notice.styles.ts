import { css } from 'lit';

export const incidentNoticeStyles = css`
  :host {
    display: block;
    position: relative;
  }
  .incidents {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
  }
  .incident {
    display: flex;
    gap: var(--lb-space);
    padding: calc(var(--lb-space) * 1.5);
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-warning-surface);
    color: var(--lb-color-warning);
  }
  .incident.critical {
    background: var(--lb-color-danger-surface);
    color: var(--lb-color-danger);
  }
  .incident.maintenance {
    background: var(--lb-color-surface-alt);
    color: var(--lb-color-text);
    border-color: var(--lb-color-border);
  }
  .incident.over {
    background: var(--lb-color-success-surface);
    color: var(--lb-color-success);
  }
  .icon {
    flex: none;
    display: grid;
    padding-block-start: 2px;
  }
  .content {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) / 2);
    color: var(--lb-color-text);
  }
  p,
  h4,
  ul {
    margin: 0;
  }
  summary {
    display: flex;
    align-items: flex-start;
    gap: var(--lb-space);
    list-style: none;
    cursor: pointer;
    border-radius: var(--lb-radius-small);
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .summary-text {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) / 2);
  }
  .summary-text > * {
    display: block;
  }
  .chevron {
    flex: none;
    display: grid;
    color: var(--lb-color-text-muted);
    transform: rotate(90deg);
    transition: transform 0.15s;
  }
  .chevron svg {
    width: 16px;
    height: 16px;
  }
  details[open] > summary .chevron {
    transform: rotate(-90deg);
  }
  /* A <details> is not a flex container in every engine: space its contents with margins. */
  details.content {
    display: block;
  }
  details.content > :not(summary) {
    margin-block-start: calc(var(--lb-space) / 2);
  }
  .collapsible {
    padding-block: var(--lb-space);
  }
  .kind {
    font-size: var(--lb-font-size-small);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
    color: var(--lb-color-text-muted);
  }
  .title {
    font-weight: 700;
  }
  .ticket-hint {
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--lb-space) * 1.5);
    font-size: var(--lb-font-size-small);
    color: var(--lb-color-text-muted);
  }
  .body,
  .latest,
  .hint {
    font-size: var(--lb-font-size-small);
  }
  .latest-label {
    font-weight: 600;
  }
  .latest-label::after {
    content: ' · ';
  }
  time {
    color: var(--lb-color-text-muted);
  }
  .updates-heading {
    font-size: var(--lb-font-size-small);
    font-weight: 600;
  }
  .updates {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) / 2);
    font-size: var(--lb-font-size-small);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lb-space);
    margin-block-start: calc(var(--lb-space) / 2);
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--lb-space) / 2);
    min-height: 36px;
    padding: 0 calc(var(--lb-space) * 1.5);
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    color: var(--lb-color-text);
    font-size: var(--lb-font-size-small);
    font-weight: 600;
    cursor: pointer;
  }
  .button[aria-pressed='true'] {
    border-color: var(--lb-color-primary);
    color: var(--lb-color-primary);
  }
  .button svg,
  .link svg {
    width: 16px;
    height: 16px;
  }
  .link {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    color: var(--lb-color-primary);
    font-size: var(--lb-font-size-small);
    font-weight: 600;
  }
`;
