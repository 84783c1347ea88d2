import { css } from 'lit';

export const searchStyles = css`
  :host {
    display: block;
  }
  :host([mode='standalone']) {
    display: inline-block;
    width: 100%;
    max-width: 100%;
  }
  .search {
    position: relative;
    display: flex;
    flex-direction: column;
  }
  .panel {
    padding: calc(var(--lb-space) * 2);
    gap: calc(var(--lb-space) * 1.5);
  }
  button {
    cursor: pointer;
  }
  .field {
    display: flex;
    align-items: center;
    gap: var(--lb-space);
    padding-inline: calc(var(--lb-space) * 1.5) 4px;
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface);
    color: var(--lb-color-text-muted);
  }
  .field:focus-within {
    border-color: var(--lb-color-focus);
    box-shadow: 0 0 0 1px var(--lb-color-focus);
  }
  .field > svg {
    flex: none;
  }
  input {
    flex: 1;
    min-width: 0;
    min-height: 42px;
    border: none;
    outline: none;
    background: transparent;
    color: var(--lb-color-text);
    font-size: var(--lb-font-size-input);
  }
  /* The field's ring shows focus: the base :focus-visible outline would draw a second one inside it. */
  input:focus-visible {
    outline: none;
  }
  input::-webkit-search-cancel-button {
    display: none;
  }
  .hint {
    margin-inline-end: 6px;
    padding: 1px 6px;
    border: 1px solid var(--lb-color-border);
    border-radius: 4px;
    font: 12px/18px var(--lb-font-family);
  }
  .icon-button {
    display: grid;
    place-items: center;
    flex: none;
    width: 36px;
    height: 36px;
    border: none;
    border-radius: var(--lb-radius-small);
    background: none;
    color: var(--lb-color-text-muted);
  }
  .icon-button:hover {
    background: var(--lb-color-surface-alt);
  }
  .standalone .popup {
    position: fixed;
    left: 0;
    top: 0;
    z-index: var(--lb-z-index);
    width: var(--lb-search-popup-width);
    overflow-y: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--lb-color-border);
    border-radius: var(--lb-radius);
    background: var(--lb-color-surface);
    box-shadow: var(--lb-shadow);
  }
  .standalone .popup > :is(.section, .status, .empty, .error, .listbox) {
    margin: var(--lb-space);
  }
  .popup {
    display: flex;
    flex-direction: column;
    gap: calc(var(--lb-space) * 1.5);
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .section-title,
  .group-label {
    margin: 0;
    padding: 4px var(--lb-space);
    color: var(--lb-color-text-muted);
    font-size: var(--lb-font-size-small);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .category-header {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .category-header .section-title {
    color: var(--lb-color-text);
    font-size: var(--lb-font-size);
    text-transform: none;
  }
  .listbox {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .group + .group {
    margin-top: var(--lb-space);
  }
  .option {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: var(--lb-space) calc(var(--lb-space) * 1.25);
    border-radius: var(--lb-radius-small);
    border-inline-start: 3px solid transparent;
    cursor: pointer;
  }
  .option[aria-selected='true'] {
    background: var(--lb-color-surface-alt);
    border-inline-start-color: var(--lb-color-primary);
  }
  .option-title {
    font-weight: 600;
  }
  .option-snippet {
    color: var(--lb-color-text-muted);
    font-size: var(--lb-font-size-small);
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  mark {
    background: var(--lb-color-highlight);
    /* Not inherited: in a muted snippet the muted colour fails 4.5:1 on the dark highlights. */
    color: var(--lb-color-text);
    border-radius: 2px;
  }
  .recent-list,
  .categories {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .recent {
    display: flex;
    align-items: center;
  }
  .recent-query,
  .category {
    flex: 1;
    display: flex;
    align-items: center;
    gap: var(--lb-space);
    min-height: 40px;
    padding: 0 var(--lb-space);
    border: none;
    border-radius: var(--lb-radius-small);
    background: none;
    text-align: start;
  }
  .recent-query svg {
    flex: none;
    color: var(--lb-color-text-muted);
  }
  .recent-query:hover,
  .category:hover {
    background: var(--lb-color-surface-alt);
  }
  .categories {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
    gap: 4px;
  }
  .category {
    width: 100%;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 0;
    padding: 6px var(--lb-space);
    border: 1px solid var(--lb-color-border);
  }
  .category-name {
    font-weight: 600;
  }
  .category-count {
    color: var(--lb-color-text-muted);
    font-size: var(--lb-font-size-small);
  }
  .status {
    margin: 0;
    padding: var(--lb-space);
    color: var(--lb-color-text-muted);
  }
  .empty,
  .error {
    display: flex;
    flex-direction: column;
    gap: var(--lb-space);
    padding: calc(var(--lb-space) * 1.5);
    border-radius: var(--lb-radius-small);
    background: var(--lb-color-surface-alt);
  }
  .error {
    background: var(--lb-color-danger-surface);
    color: var(--lb-color-danger);
  }
  .empty p,
  .error p {
    margin: 0;
    /* A long unbroken query ("aaaa…", a pasted URL) wraps instead of running out of the box. */
    overflow-wrap: anywhere;
  }
  .handoffs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lb-space);
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
  .error .button {
    align-self: flex-start;
  }
  :host(:dir(rtl)) .category-header svg {
    transform: scaleX(-1);
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;
