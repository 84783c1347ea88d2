import { LbPanel } from './panel.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-panel', LbPanel);

declare global {
  interface HTMLElementTagNameMap {
    'lb-panel': LbPanel;
  }
}
