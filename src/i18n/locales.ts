/**
 * Lazy loaders for every catalogue but English (which is bundled). Each becomes its own chunk.
 * Add a locale here and in src/i18n/locales/<tag>.ts; tests check every key of English is present.
 */
import type { Messages } from '../core/i18n.js';

export const catalogueLoaders: Record<string, () => Promise<Messages>> = {
  'zh-CN': () => import('./locales/zh-CN.js').then((m) => m.messages),
};

/** Languages written right to left. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);
