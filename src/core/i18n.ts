/**
 * The localization API for components: the store and controller from `i18n-store.ts`, with the
 * full English catalogue registered (the source of every key and the last fallback).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from '../i18n/en.js';
import { i18n, type MessageKey, type MessageParams } from './i18n-store.js';

i18n.register('en', en);

export { i18n, type Messages, type MessageKey, type MessageParams } from './i18n-store.js';

/** Re-renders its host when the locale changes; `t()` reads the current catalogue. */
export class LocalizeController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = i18n.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  get locale(): string {
    return i18n.locale;
  }

  get dir(): 'ltr' | 'rtl' {
    return i18n.dir;
  }

  t(key: MessageKey, params?: MessageParams): string {
    return i18n.t(key, params);
  }

  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return i18n.date(value, options);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return i18n.number(value, options);
  }

  relativeTime(value: Date | string | number, now?: number): string {
    return i18n.relativeTime(value, now);
  }
}
