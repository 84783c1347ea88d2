/**
 * Lazy loaders for every catalogue but English (which is bundled). Each becomes its own chunk.
 * Add a locale here and in src/i18n/locales/<tag>.ts; tests/i18n checks every key of English is present.
 */
import type { Messages } from '../core/i18n-store.js';

export const catalogueLoaders: Record<string, () => Promise<{ messages: Messages }>> = {
  'zh-CN': () => import('./locales/zh-CN.js'),
  'zh-TW': () => import('./locales/zh-TW.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  vi: () => import('./locales/vi.js'),
  ru: () => import('./locales/ru.js'),
  es: () => import('./locales/es.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  tr: () => import('./locales/tr.js'),
  ar: () => import('./locales/ar.js'),
};

/** Languages written right to left. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);

/** The writing direction of a BCP-47 locale ("ar-EG" → rtl). */
export const directionOf = (locale: string): 'ltr' | 'rtl' => (RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr');
