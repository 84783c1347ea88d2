import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { SecretScan } from '../../core/secret-guard.js';

declare global {
  interface HTMLElementEventMap {
    'lb-secret-confirm': CustomEvent<Record<string, never>>;
    'lb-secret-dismiss': CustomEvent<Record<string, never>>;
  }
}

/**
 * Explains why text was held back by the secret guard. (Stub — issue 7 implements it.)
 * @summary Secret-guard warning.
 * @fires lb-secret-confirm - The user confirmed a "confirm" finding (e.g. it is a transaction hash).
 * @fires lb-secret-dismiss - The user chose to edit the text.
 */
export class LbSecretAlert extends LitElement {
  /** The scan result to explain; nothing renders when it has no findings. */
  @property({ attribute: false }) scan?: SecretScan;
  override render() {
    if (!this.scan?.findings.length) return nothing;
    return html`<div role="alert">${this.scan.blocked ? 'blocked' : 'confirm?'}</div>`;
  }
}
