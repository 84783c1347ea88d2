import { LbLinkInterstitial } from './link-interstitial.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-link-interstitial', LbLinkInterstitial);

export { LbLinkInterstitial };

declare global {
  interface HTMLElementTagNameMap {
    'lb-link-interstitial': LbLinkInterstitial;
  }
}
