/** ko — translation in progress (issue 8). */
import type { Messages } from '../../core/i18n-store.js';

export const messages: Messages = {};
