/**
 * Localization: English is bundled; other catalogues load lazily per locale and fall back
 * key by key (zh-TW → zh → en). Messages use `{name}` placeholders; plurals are keys with a
 * `.one` / `.other` (… `Intl.PluralRules` category) suffix. Numbers go through `Intl`; dates and
 * relative times are formatted in i18n.ts (only the panel needs them, not the launcher). Components use `LocalizeController`, which re-renders on locale change.
 *
 * This file holds no catalogue, so the launcher can use it without pulling in every message:
 * import `./i18n.js` (which registers the full English catalogue) everywhere else.
 */
import type { MessageKey } from '../i18n/en.js';
import { catalogueLoaders, directionOf } from '../i18n/locales.js';

export type Messages = Partial<Record<MessageKey, string>>;
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

type Listener = () => void;

class I18nStore {
  private current = 'en';
  private readonly catalogues = new Map<string, Messages>();
  private readonly listeners = new Set<Listener>();
  private pluralRules = new Intl.PluralRules('en');

  get locale(): string {
    return this.current;
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.current);
  }

  /** The locales that have a catalogue, English first. */
  get available(): string[] {
    return ['en', ...Object.keys(catalogueLoaders).filter((tag) => tag !== 'en')];
  }

  /** Picks the best supported catalogue for a BCP-47 tag: exact, then language-script, then language. */
  resolve(tag: string | undefined): string {
    if (!tag) return 'en';
    let canonical: string;
    try {
      canonical = Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      return 'en';
    }
    const available = this.available;
    if (available.includes(canonical)) return canonical;
    const [language] = canonical.split('-');
    const lower = canonical.toLowerCase();
    // Chinese: Traditional for TW/HK/MO or Hant, Simplified otherwise.
    if (language === 'zh') {
      const traditional = /hant|-tw|-hk|-mo/.test(lower);
      const pick = traditional ? 'zh-TW' : 'zh-CN';
      if (available.includes(pick)) return pick;
    }
    const sameLanguage = available.find((candidate) => candidate.split('-')[0] === language);
    return sameLanguage ?? 'en';
  }

  /** Switches locale, loading its catalogue first. Unknown locales fall back to English. */
  async setLocale(tag: string | undefined): Promise<string> {
    const locale = this.resolve(tag);
    if (locale !== 'en' && !this.catalogues.has(locale)) {
      const load = catalogueLoaders[locale];
      if (load) {
        try {
          this.catalogues.set(locale, (await load()).messages);
        } catch {
          // A catalogue that fails to load (offline, blocked chunk) leaves English in place.
          return this.current;
        }
      }
    }
    this.current = locale;
    this.pluralRules = new Intl.PluralRules(locale);
    for (const listener of this.listeners) listener();
    return locale;
  }

  /** Adds messages to a locale's catalogue (English areas register as their code loads). */
  register(locale: string, messages: Messages): void {
    this.catalogues.set(locale, { ...this.catalogues.get(locale), ...messages });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The message for `key` in the current locale, with fallback to its language and English. */
  t(key: MessageKey, params?: MessageParams): string {
    let message: string | undefined;
    if (params && typeof params.count === 'number') {
      const category = this.pluralRules.select(params.count);
      message = this.lookup(`${key}.${category}`) ?? this.lookup(`${key}.other`);
    }
    message ??= this.lookup(key) ?? key;
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? this.number(value) : value;
    });
  }

  has(key: string): boolean {
    return this.lookup(key) !== undefined;
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.current, options).format(value);
  }

  private lookup(key: string): string | undefined {
    const chain = this.fallbackChain();
    for (const locale of chain) {
      const message = (this.catalogues.get(locale) as Record<string, string> | undefined)?.[key];
      if (message !== undefined) return message;
    }
    return undefined;
  }

  private fallbackChain(): string[] {
    const chain = [this.current];
    const language = this.current.split('-')[0]!;
    for (const locale of this.catalogues.keys()) {
      if (locale !== this.current && locale.split('-')[0] === language) chain.push(locale);
    }
    chain.push('en');
    return chain;
  }
}

/** The page-wide localization store. */
export const i18n = new I18nStore();

