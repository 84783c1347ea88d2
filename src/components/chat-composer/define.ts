import { LbChatComposer } from './chat-composer.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-chat-composer', LbChatComposer);

declare global {
  interface HTMLElementTagNameMap {
    'lb-chat-composer': LbChatComposer;
  }
}
