import { LbArticle } from './article.js';
import { defineElement } from '../../core/define.js';

defineElement('lb-article', LbArticle);

declare global {
  interface HTMLElementTagNameMap {
    'lb-article': LbArticle;
  }
}
