import { LbVerify } from './verify.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-verify', LbVerify);

declare global {
  interface HTMLElementTagNameMap {
    'lb-verify': LbVerify;
  }
}
