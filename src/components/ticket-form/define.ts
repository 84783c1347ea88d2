import { LbTicketForm } from './ticket-form.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-ticket-form', LbTicketForm);

declare global {
  interface HTMLElementTagNameMap {
    'lb-ticket-form': LbTicketForm;
  }
}
