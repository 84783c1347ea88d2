import { LbChat } from './chat.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-chat', LbChat);

declare global {
  interface HTMLElementTagNameMap {
    'lb-chat': LbChat;
  }
}
