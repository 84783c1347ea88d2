/**
 * The localization API for components: the store and controller from `i18n-store.ts`, with the
 * full English catalogue registered (the source of every key and the last fallback).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from '../i18n/en.js';
import { i18n, type MessageKey, type MessageParams } from './i18n-store.js';

i18n.register('en', en);

export { i18n, type Messages, type MessageKey, type MessageParams } from './i18n-store.js';

/** Elements whose `dir`/`lang` this controller manages. */
const marked = new WeakSet<HTMLElement>();

/** Re-renders its host when the locale changes; `t()` reads the current catalogue. */
export class LocalizeController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.markHost();
    this.unsubscribe = i18n.subscribe(() => {
      this.markHost();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /**
   * Marks the host with the widget's language and direction, so an element used on its own (a
   * header `<lb-search>`) reads right to left in Arabic on any page. A `dir` the integrator set on
   * the element first is theirs and stays. Done on connect and on a locale change, not per render.
   */
  private markHost(): void {
    const host = this.host as unknown as HTMLElement;
    if (!(host instanceof HTMLElement) || (host.hasAttribute('dir') && !marked.has(host))) return;
    marked.add(host);
    if (host.getAttribute('dir') !== i18n.dir) host.setAttribute('dir', i18n.dir);
    if (host.getAttribute('lang') !== i18n.locale) host.setAttribute('lang', i18n.locale);
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

  /**
   * An adapter error in words (`error.<code>`); a rate limit with a known wait says how long
   * ("Try again in 2 minutes") instead of "wait a moment". `fallback` is the code when there is none.
   */
  error(error: { code: string; retryAfter?: number } | undefined, fallback = 'unavailable'): string {
    const wait = error?.code === 'rate_limited' ? error.retryAfter : undefined;
    if (wait !== undefined && wait > 0) return i18n.t('error.rate_limited.wait', { when: formatWait(wait) });
    return i18n.t(`error.${error?.code ?? fallback}`);
  }

  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, options);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return i18n.number(value, options);
  }

  relativeTime(value: Date | string | number, now?: number): string {
    return formatRelativeTime(value, now);
  }

  /** A file size in the current locale: "12 kB", "2.5 MB". */
  fileSize(bytes: number): string {
    const mega = bytes >= 1024 * 1024;
    return i18n.number(mega ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)), {
      style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1,
    });
  }
}

/** A date in the current locale (empty for an invalid date). */
function formatDate(value: Date | string | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(i18n.locale, options).format(date);
}

/** "3 minutes ago", "yesterday", "in 2 hours"; older than 26 days: the date. */
function formatRelativeTime(value: Date | string | number, now: number = Date.now()): string {
  const date = value instanceof Date ? value : new Date(value);
  const seconds = Math.round((date.getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(i18n.locale, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) return format.format(0, 'second');
  if (abs < 45 * 60) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return format.format(Math.round(seconds / 3600), 'hour');
  if (abs < 26 * 86400) return format.format(Math.round(seconds / 86400), 'day');
  return formatDate(date);
}

/** "in 30 seconds", "in 2 minutes", "in 1 hour": a wait, rounded up to the unit that reads best. */
function formatWait(seconds: number): string {
  const format = new Intl.RelativeTimeFormat(i18n.locale, { numeric: 'always' });
  if (seconds < 60) return format.format(Math.ceil(seconds), 'second');
  if (seconds < 3600) return format.format(Math.ceil(seconds / 60), 'minute');
  return format.format(Math.ceil(seconds / 3600), 'hour');
}
