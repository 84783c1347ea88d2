/** `<lb-search>`: where focus goes when leaving a category, the field's focus ring, long queries, direction of results. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError, type SupportAdapter } from '../../src/adapters/contract.js';
import { i18n } from '../../src/core/i18n.js';
import '../../src/components/search/define.js';
import type { LbSearch } from '../../src/components/search/search.js';
import { deepActiveElement } from '../../src/core/focus-trap.js';
import { $, $$, input, options, panel, resultsFor, typeQuery } from './helpers.js';
import { resetStorage, testAdapter, until } from '../helpers.js';

describe('<lb-search> focus, direction and layout', () => {
  beforeEach(() => resetStorage());
  afterEach(async () => {
    resetStorage();
    await i18n.setLocale('en');
  });

  /** What has focus, briefly (chai cannot print an element it compares). */
  const focused = () => deepActiveElement()?.outerHTML.slice(0, 80) ?? 'nothing';
  const categoryButton = (el: LbSearch, name: string) => $$(el, '[part~="category"]').find((button) => button.textContent!.includes(name))!;

  it('returns focus to the category it left, by the back button or by Escape from anywhere in the category', async () => {
    const el = await panel();
    categoryButton(el, 'Scams & phishing').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement() === $(el, '[part~="back-button"]'), 3000, 'focus on the back button');
    await until(() => options(el).length > 0, 3000, 'the category articles');
    await sendKeys({ press: 'Enter' }); // the back button
    await until(() => $(el, '[part~="back-button"]') === null, 3000, 'the categories again');
    await el.updateComplete;
    expect(deepActiveElement() === categoryButton(el, 'Scams & phishing'), focused()).to.equal(true);

    // Escape where browse() put focus (the back button) goes back too, and is consumed: the panel stays open.
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement() === $(el, '[part~="back-button"]'), 3000, 'focus on the back button again');
    let escape: KeyboardEvent | undefined;
    el.addEventListener('keydown', (event) => event.key === 'Escape' && (escape = event));
    await sendKeys({ press: 'Escape' });
    await until(() => $(el, '[part~="back-button"]') === null, 3000, 'the categories after Escape');
    await el.updateComplete;
    expect(escape?.defaultPrevented).to.equal(true);
    expect(deepActiveElement() === categoryButton(el, 'Scams & phishing'), focused()).to.equal(true);
  });

  it('draws one focus ring, on the field, not a second one on the input inside it', async () => {
    const el = await panel();
    input(el).focus();
    await sendKeys({ type: 'a' });
    expect(getComputedStyle(input(el)).outlineStyle).to.equal('none');
    expect(getComputedStyle($(el, '[part~="field"]')!).boxShadow).to.not.equal('none'); // the field's ring
  });

  it('wraps a long unbroken query in the "no results" message instead of overflowing', async () => {
    const el = await fixture<LbSearch>(html`<lb-search mode="panel" active style="width: 320px" .adapter=${testAdapter()}></lb-search>`);
    await typeQuery(el, 'q'.repeat(120));
    await until(() => $(el, '[part~="empty"]'), 5000, 'no results');
    const title = $(el, '.empty-title')!;
    expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);
    expect($(el, '[part~="empty"]')!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
  });

  it('lays out an English article left to right in the Arabic interface', async () => {
    await i18n.setLocale('ar');
    const el = await panel();
    await resultsFor(el, 'withdrawal');
    const first = options(el)[0]!;
    expect(first.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(first).direction).to.equal('rtl'); // the list itself stays right to left
    expect(getComputedStyle(first.querySelector('[part~="result-title"]')!).direction).to.equal('ltr');
    expect(getComputedStyle(first.querySelector('[part~="result-snippet"]')!).direction).to.equal('ltr');
  });

  it('in the Arabic interface, keeps an English query in its own direction in "no results"', async () => {
    await i18n.setLocale('ar');
    const el = await panel();
    await typeQuery(el, 'zzqx qqvvw?');
    await until(() => $(el, '[part~="empty"]'), 5000, 'no results');
    const query = $(el, '.empty-title bdi')!;
    expect(query.textContent).to.equal('zzqx qqvvw?');
    expect(getComputedStyle(query).direction, 'its question mark stays at its end').to.equal('ltr');
    expect(getComputedStyle($(el, '.empty-title')!).direction).to.equal('rtl');
    expect(input(el).getAttribute('dir'), 'the box shows the query in its own direction too').to.equal('auto');
    expect(getComputedStyle(input(el)).direction).to.equal('ltr');
  });

  it('Enter right after typing a new query opens the new query\'s best match, never the previous results\' (also from an open article)', async () => {
    const el = await panel();
    await resultsFor(el, 'withdrawal pending');
    await sendKeys({ press: 'Enter' }); // opens the top hit: the article view
    await until(() => $(el, 'lb-article'), 5000, 'the article');
    // Replace the query and press Enter before its results arrive.
    input(el).focus();
    input(el).value = '2fa reset';
    input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await sendKeys({ press: 'Enter' });
    const title = () => $(el, 'lb-article')?.shadowRoot?.querySelector('h2, h1, [part~="title"]')?.textContent ?? '';
    await until(() => /two-factor/i.test(title()), 5000, 'the two-factor article');
    expect(title()).not.to.match(/withdraw/i);
  });

  it('says how long to wait when the backend rate-limits with a Retry-After, in the widget\'s language', async () => {
    const base = testAdapter();
    const limited: SupportAdapter = { ...base, articles: { ...base.articles!, search: async () => { throw new AdapterError('rate_limited', 'Slow down.', { retryAfter: 120 }); } } };
    const el = await panel(limited);
    await typeQuery(el, 'withdrawal');
    await until(() => $(el, '[part~="error"]'), 5000, 'the error');
    expect($(el, '[part~="error"]')!.textContent).to.contain('Too many requests. Try again in 2 minutes.');
    await i18n.setLocale('ja'); // searches again, in Japanese
    await until(() => $(el, '[part~="error"]')?.textContent?.includes('2 分後にもう一度お試しください。'), 5000, 'the wait in Japanese');
  });
});
