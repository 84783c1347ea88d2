import { LbWidget } from './widget.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-widget', LbWidget);

declare global {
  interface HTMLElementTagNameMap {
    'lb-widget': LbWidget;
  }
}
