import { LbTickets } from './tickets.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-tickets', LbTickets);

declare global {
  interface HTMLElementTagNameMap {
    'lb-tickets': LbTickets;
  }
}
