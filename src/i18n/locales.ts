/**
 * Lazy loaders for every catalogue but English (which is bundled). Each becomes its own chunk.
 * Add a locale here and in src/i18n/locales/<tag>.ts; tests/i18n checks every key of English is present.
 */
import type { Messages } from '../core/i18n-store.js';

export const catalogueLoaders: Record<string, () => Promise<Messages>> = {
  'zh-CN': () => import('./locales/zh-CN.js').then((m) => m.messages),
  'zh-TW': () => import('./locales/zh-TW.js').then((m) => m.messages),
  ja: () => import('./locales/ja.js').then((m) => m.messages),
  ko: () => import('./locales/ko.js').then((m) => m.messages),
  vi: () => import('./locales/vi.js').then((m) => m.messages),
  ru: () => import('./locales/ru.js').then((m) => m.messages),
  es: () => import('./locales/es.js').then((m) => m.messages),
  'pt-BR': () => import('./locales/pt-BR.js').then((m) => m.messages),
  tr: () => import('./locales/tr.js').then((m) => m.messages),
  ar: () => import('./locales/ar.js').then((m) => m.messages),
};

/** Languages written right to left. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);
