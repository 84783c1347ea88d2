import { LbSearch } from './search.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-search', LbSearch);

declare global {
  interface HTMLElementTagNameMap {
    'lb-search': LbSearch;
  }
}
