/**
 * The localization API for components: the store and controller from `i18n-store.ts`, with the
 * full English catalogue registered (the source of every key and the last fallback).
 */
import { en } from '../i18n/en.js';
import { i18n } from './i18n-store.js';

i18n.register('en', en);

export { i18n, LocalizeController, type Messages, type MessageKey, type MessageParams } from './i18n-store.js';
