import { LbChannelPicker } from './channel-picker.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-channel-picker', LbChannelPicker);

declare global {
  interface HTMLElementTagNameMap {
    'lb-channel-picker': LbChannelPicker;
  }
}
