import { LbSecretAlert } from './secret-alert.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-secret-alert', LbSecretAlert);

declare global {
  interface HTMLElementTagNameMap {
    'lb-secret-alert': LbSecretAlert;
  }
}
