import { css } from 'lit';

export const chatStyles = css`
  :host {
    display: block;
    height: 100%;
    min-height: 320px;
  }
  .chat {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    background: var(--lb-color-surface);
  }
  h3 {
    margin: 0;
    font-size: var(--lb-font-size-large);
  }
  p {
    margin: 0;
  }
  .hint {
    color: var(--lb-color-text-muted);
    font-size: var(--lb-font-size-small);
  }
  .error {
    color: var(--lb-color-danger);
  }
  .error.block,
  .loading {
    padding: calc(var(--lb-space) * 3);
    text-align: center;
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
    align-items: center;
  }
  .loading {
    color: var(--lb-color-text-muted);
  }
  .error.inline {
    padding: 0 calc(var(--lb-space) * 1.5);
    font-size: var(--lb-font-size-small);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 36px;
    padding: 6px 14px;
    border: 1px solid var(--lb-color-primary);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
    font-weight: 600;
    cursor: pointer;
  }
  .button.secondary {
    background: var(--lb-color-surface);
    color: var(--lb-color-primary);
  }
  .button.danger {
    border-color: var(--lb-color-danger);
    background: var(--lb-color-danger);
    color: var(--lb-color-on-primary);
  }
  .button[disabled],
  .icon-button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .icon-button {
    display: grid;
    place-items: center;
    width: 36px;
    height: 36px;
    padding: 0;
    border: none;
    border-radius: var(--lb-radius-small);
    background: transparent;
    color: var(--lb-color-text-muted);
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--lb-color-surface-alt);
  }
  .link {
    padding: 0;
    border: none;
    background: none;
    color: var(--lb-color-primary);
    text-decoration: underline;
    cursor: pointer;
    font-size: inherit;
  }

  /* header */
  .header {
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: var(--lb-space) calc(var(--lb-space) * 1.5);
    border-block-end: 1px solid var(--lb-color-border);
  }
  .header-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px var(--lb-space);
  }
  /* The title keeps its full width; on a narrow screen the actions move to a line of their own. */
  .title {
    flex: 1 0 auto;
    max-width: 100%;
    min-width: 0;
    display: flex;
    align-items: center;
    gap: var(--lb-space);
    font-weight: 600;
  }
  .title-text {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .actions {
    display: flex;
    align-items: center;
    gap: 4px;
    margin-inline-start: auto;
  }
  .queue {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    font-size: var(--lb-font-size-small);
    color: var(--lb-color-text-muted);
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lb-space);
    padding-block-start: 4px;
  }
  .spinner {
    width: 16px;
    height: 16px;
    border: 2px solid var(--lb-color-border);
    border-block-start-color: var(--lb-color-primary);
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .avatar {
    flex: none;
    width: 28px;
    height: 28px;
    border-radius: 50%;
    display: inline-grid;
    place-items: center;
    background: var(--lb-color-surface-alt);
    color: var(--lb-color-text-muted);
    font-size: var(--lb-font-size-small);
    font-weight: 700;
    object-fit: cover;
  }
  .avatar.bot {
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
  }
  .avatar.bot svg {
    width: 16px;
    height: 16px;
  }
  .verified {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    padding: 0 6px;
    border-radius: 999px;
    background: var(--lb-color-success-surface);
    color: var(--lb-color-success);
    font-size: var(--lb-font-size-small);
    font-weight: 600;
    white-space: nowrap;
  }
  .verified svg {
    width: 14px;
    height: 14px;
  }
  .verified.compact {
    padding: 2px;
  }
  .verified.compact svg {
    width: 16px;
    height: 16px;
  }
  .banner {
    display: flex;
    gap: var(--lb-space);
    align-items: center;
    padding: 6px calc(var(--lb-space) * 1.5);
    background: var(--lb-color-warning-surface);
    color: var(--lb-color-warning);
    font-size: var(--lb-font-size-small);
  }
  .banner.error {
    background: var(--lb-color-danger-surface);
    color: var(--lb-color-danger);
  }

  /* log */
  .log-wrap {
    position: relative;
    flex: 1;
    min-height: 0;
  }
  .scroller {
    height: 100%;
    overflow-y: auto;
    overflow-anchor: none;
    overscroll-behavior: contain;
  }
  .scroller:focus-visible {
    outline-offset: -2px;
  }
  .rows {
    padding-inline: calc(var(--lb-space) * 1.5);
  }
  .row {
    display: flow-root;
    padding-block: 2px;
  }
  .row.top {
    padding-block: 12px 4px;
    text-align: center;
    font-size: var(--lb-font-size-small);
    color: var(--lb-color-text-muted);
  }
  .row.day {
    padding-block: 12px 6px;
    text-align: center;
    font-size: var(--lb-font-size-small);
    color: var(--lb-color-text-muted);
    font-weight: 600;
  }
  .row.system {
    padding-block: 6px;
    text-align: center;
    font-size: var(--lb-font-size-small);
    color: var(--lb-color-text-muted);
  }
  .message {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 2px;
  }
  .message.first {
    padding-block-start: 8px;
  }
  .message.mine {
    align-items: flex-end;
  }
  .author {
    display: flex;
    align-items: center;
    gap: 6px;
    font-size: var(--lb-font-size-small);
    color: var(--lb-color-text-muted);
  }
  .author .name {
    font-weight: 600;
    color: var(--lb-color-text);
  }
  .bubble {
    max-width: 85%;
    padding: 8px 12px;
    border-radius: var(--lb-radius);
    background: var(--lb-color-surface-alt);
    overflow-wrap: anywhere;
  }
  .mine .bubble {
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
  }
  /* Not yet delivered: a dashed outline, not faded colours (fading would fail text contrast). */
  .mine .bubble.waiting,
  .mine .bubble.sending {
    outline: 1px dashed var(--lb-color-primary);
    outline-offset: 2px;
  }
  .mine .bubble.failed {
    background: var(--lb-color-danger-surface);
    color: var(--lb-color-text);
    border: 1px solid var(--lb-color-danger);
  }
  .text :first-child {
    margin-block-start: 0;
  }
  .text :last-child {
    margin-block-end: 0;
  }
  .text p,
  .text ul,
  .text ol,
  .text pre,
  .text blockquote {
    margin-block: 0 6px;
  }
  .text ul,
  .text ol {
    padding-inline-start: 20px;
  }
  .text pre {
    overflow-x: auto;
    padding: 6px;
    border-radius: 4px;
    background: rgba(0, 0, 0, 0.06);
  }
  .text a {
    color: inherit;
    text-decoration: underline;
  }
  .text img {
    max-width: 100%;
    height: auto;
  }
  .caret {
    display: inline-block;
    width: 8px;
    height: 14px;
    margin-inline-start: 2px;
    vertical-align: text-bottom;
    background: currentColor;
    animation: blink 1s steps(2) infinite;
  }
  @keyframes blink {
    50% {
      opacity: 0;
    }
  }
  .attachments {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-block-start: 6px;
  }
  .thumbnail img {
    display: block;
    max-width: 180px;
    max-height: 140px;
    border-radius: var(--lb-radius-small);
    object-fit: cover;
    background: var(--lb-color-surface);
  }
  .file {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    max-width: 100%;
    padding: 4px 8px;
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    color: var(--lb-color-text);
    font-size: var(--lb-font-size-small);
    text-decoration: none;
  }
  .file svg {
    width: 16px;
    height: 16px;
    flex: none;
  }
  .file-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .file-size {
    color: var(--lb-color-text-muted);
  }
  .articles {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .article {
    width: 100%;
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 6px 8px;
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    text-align: start;
    cursor: pointer;
  }
  .article:hover {
    border-color: var(--lb-color-primary);
  }
  .article-title {
    font-weight: 600;
    color: var(--lb-color-primary);
  }
  .article-snippet {
    font-size: var(--lb-font-size-small);
    color: var(--lb-color-text-muted);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  time,
  .delivery {
    font-size: var(--lb-font-size-small);
    color: var(--lb-color-text-muted);
  }
  .delivery {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .delivery svg {
    width: 14px;
    height: 14px;
  }
  .delivery.failed {
    color: var(--lb-color-danger);
  }
  .delivery.failed .link {
    color: var(--lb-color-danger);
  }
  .delivery.failed.retrying,
  .delivery.failed.retrying .link {
    color: var(--lb-color-text-muted);
  }
  .jump {
    position: absolute;
    inset-block-end: 8px;
    left: 50%; /* centring: the same in both directions */
    transform: translateX(-50%);
    padding: 6px 12px;
    border: none;
    border-radius: 999px;
    background: var(--lb-color-primary);
    color: var(--lb-color-on-primary);
    box-shadow: var(--lb-shadow);
    cursor: pointer;
  }
  .typing {
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 2px calc(var(--lb-space) * 1.5);
    font-size: var(--lb-font-size-small);
    color: var(--lb-color-text-muted);
  }
  .dots {
    display: inline-flex;
    gap: 3px;
  }
  .dots i {
    width: 5px;
    height: 5px;
    border-radius: 50%;
    background: currentColor;
    animation: bounce 1.2s infinite;
  }
  .dots i:nth-child(2) {
    animation-delay: 0.2s;
  }
  .dots i:nth-child(3) {
    animation-delay: 0.4s;
  }
  @keyframes bounce {
    40% {
      transform: translateY(-3px);
    }
  }
  .quick-replies {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    padding: 4px calc(var(--lb-space) * 1.5) 6px;
  }
  .quick-reply {
    padding: 6px 12px;
    border: 1px solid var(--lb-color-primary);
    border-radius: 999px;
    background: var(--lb-color-surface);
    color: var(--lb-color-primary);
    cursor: pointer;
  }
  .quick-reply:hover {
    background: var(--lb-color-surface-alt);
  }
  .ticket-offer {
    display: flex;
    flex-direction: column;
    gap: 6px;
    align-items: flex-start;
    margin: 6px calc(var(--lb-space) * 1.5);
    padding: var(--lb-space) calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-warning-surface);
    color: var(--lb-color-text);
  }
  .closed .ticket-offer {
    margin-inline: 0;
  }

  /* forms */
  .prechat,
  .closed {
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) * 1.5);
    padding: calc(var(--lb-space) * 2);
    overflow-y: auto;
  }
  .closed {
    flex: none;
    max-height: 60%;
    border-block-start: 1px solid var(--lb-color-border);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
  }
  legend {
    padding: 0;
    margin-block-end: 6px;
    font-weight: 600;
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .topic {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 6px 10px;
    border: 1px solid var(--lb-color-border);
    border-radius: 999px;
    cursor: pointer;
  }
  .topic.selected {
    border-color: var(--lb-color-primary);
    background: var(--lb-color-surface-alt);
  }
  .topic:focus-within {
    outline: 2px solid var(--lb-color-focus);
    outline-offset: 2px;
  }
  .topic input {
    margin: 0;
    accent-color: var(--lb-color-primary);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    font-weight: 600;
  }
  .field small {
    font-weight: 400;
    font-size: var(--lb-font-size-small);
  }
  .field input,
  .field textarea {
    min-height: 40px;
    padding: 8px 10px;
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    font-size: var(--lb-font-size-input);
    font-weight: 400;
  }
  .field input[aria-invalid='true'] {
    border-color: var(--lb-color-danger);
  }
  .stars {
    display: flex;
    gap: 4px;
  }
  .star {
    position: relative;
    font-size: 28px;
    line-height: 1;
    color: var(--lb-color-border);
    cursor: pointer;
  }
  .star.on {
    color: #d97706;
  }
  .star:focus-within {
    outline: 2px solid var(--lb-color-focus);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .closed-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lb-space);
  }
  .thanks {
    color: var(--lb-color-success);
    font-weight: 600;
  }
  lb-secret-alert {
    display: block;
    margin: 0 calc(var(--lb-space) * 1.5);
  }
  .closed lb-secret-alert {
    margin: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner,
    .caret,
    .dots i {
      animation: none;
    }
  }
`;
