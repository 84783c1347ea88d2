import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { catalogueLoaders } from '../../src/i18n/locales.js';
import { i18n } from '../../src/core/i18n.js';

const english = en as Record<string, string>;
const placeholders = (message: string) => new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
/** Keys English pluralises: `x` when English has `x.one`. */
const pluralBases = new Set(Object.keys(english).filter((k) => k.endsWith('.one')).map((k) => k.slice(0, -4)));
const isPluralVariant = (key: string) => {
  const dot = key.lastIndexOf('.');
  return pluralBases.has(key.slice(0, dot)) && ['zero', 'one', 'two', 'few', 'many', 'other'].includes(key.slice(dot + 1));
};

describe('locale catalogues', () => {
  after(() => i18n.setLocale('en'));

  for (const [locale, load] of Object.entries(catalogueLoaders)) {
    describe(locale, () => {
      let messages: Record<string, string>;
      before(async () => {
        messages = (await load()).messages as Record<string, string>;
      });

      it('has every key of the English catalogue', () => {
        const missing = Object.keys(english).filter((key) => !isPluralVariant(key) && !pluralBases.has(key) && messages[key] === undefined);
        expect(missing, `${locale} lacks ${missing.length} keys`).to.deep.equal([]);
      });

      it('has the plural forms its language needs', () => {
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((c) => c !== 'other');
        const missing: string[] = [];
        for (const base of pluralBases) {
          if (messages[base] === undefined && messages[`${base}.other`] === undefined) missing.push(`${base} (other)`);
          for (const category of categories) if (messages[`${base}.${category}`] === undefined) missing.push(`${base}.${category}`);
        }
        expect(missing).to.deep.equal([]);
      });

      it('uses only the placeholders English defines, and keeps them in the main form', () => {
        const problems: string[] = [];
        for (const [key, message] of Object.entries(messages)) {
          const base = isPluralVariant(key) ? key.slice(0, key.lastIndexOf('.')) : key;
          const source = english[key] ?? english[base] ?? english[`${base}.other`];
          if (source === undefined) {
            problems.push(`${key}: not an English key`);
            continue;
          }
          const allowed = new Set([...placeholders(source), ...placeholders(english[`${base}.other`] ?? ''), ...placeholders(english[base] ?? '')]);
          for (const name of placeholders(message)) if (!allowed.has(name)) problems.push(`${key}: unknown {${name}}`);
          const isOtherForm = !isPluralVariant(key) || key.endsWith('.other');
          if (isOtherForm) for (const name of placeholders(source)) if (!placeholders(message).has(name)) problems.push(`${key}: drops {${name}}`);
        }
        expect(problems).to.deep.equal([]);
      });
    });
  }

  it('falls back key by key to English, and picks the right Chinese script', async () => {
    expect(i18n.resolve('zh-Hant-HK')).to.equal('zh-TW');
    expect(i18n.resolve('zh-SG')).to.equal('zh-CN');
    expect(i18n.resolve('pt-PT')).to.equal('pt-BR');
    expect(i18n.resolve('de-DE')).to.equal('en');
    await i18n.setLocale('ar');
    expect(i18n.dir).to.equal('rtl');
    i18n.register('ar', { 'common.retry': 'إعادة المحاولة' });
    expect(i18n.t('common.retry')).to.equal('إعادة المحاولة');
    expect(i18n.t('widget.nav.home' as never)).to.be.a('string').and.not.equal('widget.nav.home');
  });
});
