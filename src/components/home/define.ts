import { LbHome } from './home.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-home', LbHome);

declare global {
  interface HTMLElementTagNameMap {
    'lb-home': LbHome;
  }
}
