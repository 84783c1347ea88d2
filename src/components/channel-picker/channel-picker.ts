import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * Placeholder until its issue lands.
 * @summary Placeholder.
 */
export class LbChannelPicker extends LitElement {
  /** True while on screen. */
  @property({ type: Boolean }) active = false;
  override render() {
    return html`<p>lb-channel-picker</p>`;
  }
}
