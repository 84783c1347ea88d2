import { css } from 'lit';

/**
 * The note under a message whose author could not be verified as staff (chat and the ticket
 * thread): one look wherever a user may be talking to an impostor.
 */
export const staffWarningStyles = css`
  .staff-warning {
    display: flex;
    gap: calc(var(--lb-space) * 0.75);
    align-items: flex-start;
    padding: calc(var(--lb-space) * 0.75) var(--lb-space);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-warning-surface);
    color: var(--lb-color-warning);
    font-size: var(--lb-font-size-small);
  }
  .staff-warning svg {
    flex: none;
    width: 16px;
    height: 16px;
  }
`;
