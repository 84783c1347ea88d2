import { LbIncidentNotice } from './incident-notice.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-incident-notice', LbIncidentNotice);

declare global {
  interface HTMLElementTagNameMap {
    'lb-incident-notice': LbIncidentNotice;
  }
}
