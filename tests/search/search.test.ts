import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Article } from '../../src/adapters/schemas.js';
import { createStaticAdapter } from '../../src/adapters/static/index.js';
import { i18n } from '../../src/core/i18n.js';
import { storageGate } from '../../src/core/storage.js';
import type { LbEvent } from '../../src/core/events.js';
import '../../src/components/search/define.js';
import type { LbSearch } from '../../src/components/search/search.js';
import { deepActiveElement } from '../../src/core/focus-trap.js';
import { $, $$, input, options, panel, resultsFor, typeQuery } from './helpers.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';

const article = (el: LbSearch) => $(el, 'lb-article');

/** A modifier chord, pressed the way every launcher supports. */
async function chord(modifier: string, key: string) {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

function collect<N extends 'lb-navigate' | 'lb-search' | 'lb-article-open' | 'lb-secret-blocked'>(target: EventTarget, name: N) {
  const events: LbEvent<N>['detail'][] = [];
  target.addEventListener(name, (event) => events.push((event as LbEvent<N>).detail));
  return events;
}

describe('<lb-search>', () => {
  beforeEach(() => resetStorage());
  afterEach(async () => {
    resetStorage();
    await i18n.setLocale('en');
  });

  it('is an accessible combobox showing popular articles and categories before typing', async () => {
    const el = await panel();
    const box = input(el);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-autocomplete')).to.equal('list');
    expect(box.getAttribute('aria-keyshortcuts')).to.contain('Control+K');
    await until(() => options(el).length > 0);
    expect(box.getAttribute('aria-controls')).to.equal('listbox');
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect(options(el)[0]!.textContent).to.contain('Deposit not credited'); // the most popular article
    expect(visibleText(el)).to.contain('Browse by category');
    expect(visibleText(el)).to.contain('Scams & phishing');
    await expect(el).to.be.accessible();
  });

  it('shows results as you type, grouped by category, and fires lb-search once per settled search', async () => {
    const el = await panel();
    const searches = collect(el, 'lb-search');
    // Pasted in one go: typed key by key on a loaded machine, every pause would settle a search.
    input(el).focus();
    input(el).value = 'withdrawal stuck';
    input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.querySelector('[role="listbox"][aria-label]') && options(el).length > 0 && $(el, '[aria-busy="true"]') === null, 5000, 'results');
    expect(options(el)[0]!.textContent).to.contain('Why is my withdrawal pending?');
    const groups = $$(el, '[role="group"]');
    expect(groups.length).to.be.greaterThan(0);
    expect($(el, '[part~="group-label"]')!.textContent).to.equal('Withdrawals');
    await until(() => searches.length > 0);
    expect(searches).to.have.length(1);
    expect(searches[0]).to.deep.include({ query: 'withdrawal stuck' });
    expect(searches[0]!.total).to.be.greaterThan(0);
    expect($(el, '[role="status"]')!.textContent).to.match(/\d+ results? for “withdrawal stuck”/);
    await expect(el).to.be.accessible();
  });

  it('moves through results with arrows, Home and End, and opens one with Enter', async () => {
    const el = await panel();
    const opened = collect(el, 'lb-article-open');
    await resultsFor(el, 'deposit');
    const count = options(el).length;
    expect(count).to.be.greaterThan(2);
    const active = () => input(el).getAttribute('aria-activedescendant');
    const selected = () => options(el).findIndex((o) => o.getAttribute('aria-selected') === 'true');
    expect(active()).to.equal('option-0'); // the best hit is ready for Enter
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal('option-1');
    expect(selected()).to.equal(1);
    await sendKeys({ press: 'End' });
    expect(active()).to.equal(`option-${count - 1}`);
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal('option-0');
    await sendKeys({ press: 'ArrowUp' });
    expect(active()).to.equal(`option-${count - 1}`);
    await sendKeys({ press: 'Home' });
    expect(active()).to.equal('option-0');
    const title = options(el)[0]!.querySelector('[part~="result-title"]')!.textContent!;
    await sendKeys({ press: 'Enter' });
    await until(() => article(el)?.shadowRoot?.querySelector('h3'), 5000, 'article');
    expect(article(el)!.shadowRoot!.querySelector('h3')!.textContent).to.equal(title);
    expect(opened).to.have.length(1);
    expect(opened[0]!.article.title).to.equal(title);
    await until(() => deepActiveElement() === article(el)!.shadowRoot!.querySelector('h3'));
    // Back returns to the results with the query kept.
    (article(el)!.shadowRoot!.querySelector('[part~="back-button"]') as HTMLElement).click();
    await until(() => options(el).length > 0);
    expect(input(el).value).to.equal('deposit');
    expect(deepActiveElement() === input(el)).to.equal(true);
  });

  it('clears with Escape first (consumed, so the panel stays open), then lets Escape through', async () => {
    const el = await panel();
    const prevented: boolean[] = [];
    const listener = (event: KeyboardEvent) => event.key === 'Escape' && prevented.push(event.defaultPrevented);
    document.addEventListener('keydown', listener);
    await resultsFor(el, 'kyc');
    await sendKeys({ press: 'Escape' });
    expect(input(el).value).to.equal('');
    await until(() => $(el, '[part~="category"]'));
    await sendKeys({ press: 'Escape' });
    document.removeEventListener('keydown', listener);
    expect(prevented).to.deep.equal([true, false]);
  });

  it('renders a malicious title and snippet as text, highlighted safely', async () => {
    const evil: Article = {
      id: 'evil', locale: 'en', categoryId: 'general', updatedAt: '2026-10-01T00:00:00Z', bodyFormat: 'markdown', relatedIds: [], tags: [],
      title: '<img src=x onerror="window.__lbTitlePwned=1"> onerror guide',
      body: '<b onmouseover="window.__lbTitlePwned=2">onerror</b> <script>window.__lbTitlePwned=3</script>',
    };
    const el = await fixture<LbSearch>(html`<lb-search mode="panel" active .adapter=${createStaticAdapter([evil])}></lb-search>`);
    await resultsFor(el, 'onerror');
    const option = options(el)[0]!;
    expect(option.querySelector('[part~="result-title"]')!.textContent).to.equal(evil.title);
    expect(option.querySelector('img, script, b') === null).to.equal(true);
    expect([...option.querySelectorAll('mark')].map((m) => m.textContent)).to.include('onerror');
    expect(option.querySelector('[part~="result-snippet"]')!.textContent).to.contain('<script>');
    expect((window as { __lbTitlePwned?: number }).__lbTitlePwned).to.equal(undefined);
  });

  it('remembers searches, lets the user remove them, and keeps them across reloads', async () => {
    const el = await panel();
    await resultsFor(el, 'funding rate');
    await sendKeys({ press: 'Enter' }); // opens the best hit and records the query
    await until(() => article(el));
    await resultsFor(el, 'api key');
    await sendKeys({ press: 'Escape' });
    const recent = () => $$(el, '[part~="recent"]').map((item) => item.textContent!.trim());
    await until(() => recent().length === 1);
    expect(recent()).to.deep.equal(['funding rate']);
    // Pick the recent search again.
    ($(el, '.recent-query') as HTMLElement).click();
    await until(() => input(el).value === 'funding rate' && $(el, '[role="listbox"][aria-label]') && options(el).length > 0 && $(el, '[aria-busy="true"]') === null);
    await sendKeys({ press: 'Enter' });
    await until(() => article(el));
    input(el).focus();
    await sendKeys({ press: 'Escape' });
    await until(() => recent().length === 1);
    storageGate.allow();
    expect(JSON.parse(localStorage.getItem('lifebuoy:search:recent')!)).to.deep.equal(['funding rate']);
    const again = await panel();
    await until(() => $$(again, '[part~="recent"]').length === 1);
    const remove = $(again, '[part~="recent-remove"]')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove “funding rate” from recent searches');
    remove.click();
    await until(() => $$(again, '[part~="recent"]').length === 0);
    expect(localStorage.getItem('lifebuoy:search:recent')).to.equal(null);
    await until(() => recent().length === 0); // every search box shares the list
  });

  it('says plainly when nothing matches and hands the query to chat, a ticket or the contact page', async () => {
    const el = await panel();
    await typeQuery(el, 'qwzx jjkv');
    await until(() => $(el, '[part~="empty"]'), 5000, 'empty state');
    expect($(el, '[part~="empty"]')!.innerText).to.contain('No results for “qwzx jjkv”'); // as rendered: the query is its own isolate
    expect($(el, '[role="status"]')!.textContent).to.equal('No results for “qwzx jjkv”');
    await expect(el).to.be.accessible();
    const buttons = $$(el, '[part~="handoff"]');
    expect(buttons.map((b) => b.dataset.view)).to.deep.equal(['chat', 'tickets', 'channels']);
    const expected = [
      { view: 'chat', params: { query: 'qwzx jjkv' } },
      { view: 'tickets', params: { mode: 'new', query: 'qwzx jjkv' } },
      { view: 'channels', params: { query: 'qwzx jjkv' } },
    ];
    for (const [index, button] of buttons.entries()) {
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'lb-navigate');
      expect(event.detail).to.deep.equal(expected[index]);
      expect(event.bubbles && event.composed).to.equal(true);
    }
  });

  it('offers only the hand-offs the adapter supports in panel mode', async () => {
    const el = await panel(testAdapter({ without: ['chat', 'channels'] }));
    await typeQuery(el, 'qwzx jjkv');
    await until(() => $(el, '[part~="empty"]'));
    expect($$(el, '[part~="handoff"]').map((b) => b.dataset.view)).to.deep.equal(['tickets']);
  });

  it('shows an error with a retry when the search fails', async () => {
    const el = await panel(testAdapter({ fail: { 'articles.search': 'unavailable' } }));
    await typeQuery(el, 'deposit');
    await until(() => $(el, '[part~="error"]'), 5000, 'error');
    const error = $(el, '[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(visibleText(error)).to.contain('Support is unavailable right now');
    expect(error.querySelector('button')!.textContent).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('treats an invalid search payload as an error, not as results', async () => {
    const el = await panel(testAdapter({ corrupt: ['articles.search'] }));
    await typeQuery(el, 'deposit');
    await until(() => $(el, '[part~="error"]'), 5000, 'error');
    expect(visibleText($(el, '[part~="error"]')!)).to.contain('Support sent an answer we could not read');
    expect(options(el)).to.have.length(0);
  });

  it('searches Chinese in the Chinese locale and highlights the matched words', async () => {
    await i18n.setLocale('zh-CN');
    const el = await panel();
    await resultsFor(el, '充币不到账');
    const first = options(el)[0]!;
    expect(first.querySelector('[part~="result-title"]')!.textContent).to.equal('充币未到账怎么办？');
    expect(first.getAttribute('lang')).to.equal('zh-CN');
    expect([...first.querySelectorAll('[part~="result-title"] mark')].map((m) => m.textContent)).to.deep.equal(['充币', '到账']);
  });

  it('falls back to the English article when there is no translation', async () => {
    await i18n.setLocale('zh-CN');
    const el = await panel();
    await resultsFor(el, 'passkey');
    const first = options(el)[0]!;
    expect(first.textContent).to.contain('Sign in with a passkey');
    expect(first.getAttribute('lang')).to.equal('en');
  });

  it('opens an article from the articleId deep link and browses its category from the breadcrumb', async () => {
    const el = await fixture<LbSearch>(html`<lb-search mode="panel" active .adapter=${testAdapter()} article-id="enable-2fa"></lb-search>`);
    await until(() => article(el)?.shadowRoot?.querySelector('h3'), 5000, 'article');
    const view = article(el)!.shadowRoot!;
    expect(view.querySelector('h3')!.textContent).to.equal('How to enable two-factor authentication (2FA)');
    await until(() => view.querySelectorAll('[part~="breadcrumb"]').length === 2);
    const navigations = collect(el, 'lb-navigate');
    (view.querySelectorAll('[part~="breadcrumb"]')[1] as HTMLElement).click();
    await until(() => $(el, '.category-header'), 5000, 'category view');
    expect(visibleText($(el, '.category-header')!)).to.equal('Account & security');
    await until(() => options(el).length > 0);
    expect(options(el).map((o) => o.textContent)).to.satisfy((texts: string[]) => texts.some((t) => t.includes('Reset your login password')));
    expect(navigations).to.deep.equal([]); // handled inside the search, not bubbled to the panel
    await expect(el).to.be.accessible();
  });

  it('opens the best hit when Enter comes before the results do', async () => {
    const el = await panel(testAdapter({ latency: 400, speed: 1 }));
    const opened = collect(el, 'lb-article-open');
    await typeQuery(el, 'funding rate');
    await sendKeys({ press: 'Enter' }); // well before the slow backend answers
    expect(article(el)).to.equal(null);
    await until(() => article(el) && opened.length > 0, 8000, 'the best hit');
    expect(opened).to.have.length(1);
    expect(opened[0]!.article.title.toLowerCase()).to.contain('funding');
    input(el).focus();
    await sendKeys({ press: 'Escape' });
    await until(() => $$(el, '[part~="recent"]').length === 1, 5000, 'recent search');
  });

  it('does not search or remember a recovery phrase', async () => {
    const el = await panel();
    const blocked = collect(el, 'lb-secret-blocked');
    const phrase = 'abandon ability able about above absent absorb abstract absurd abuse access accident';
    input(el).value = phrase;
    input(el).dispatchEvent(new InputEvent('input', { bubbles: true }));
    await until(() => $(el, '[part~="error"]'), 5000, 'blocked');
    expect(visibleText($(el, '[part~="error"]')!)).to.contain('looks like a recovery phrase');
    expect(blocked).to.deep.equal([{ kind: 'mnemonic', source: 'search' }]);
    input(el).focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Escape' });
    expect($$(el, '[part~="recent"]')).to.have.length(0);
  });
});

describe('<lb-search> standalone', () => {
  beforeEach(() => resetStorage());
  afterEach(() => resetStorage());

  it('focuses with "/" and Ctrl+K, but not while the user types in a page field', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><input id="host-field" aria-label="Host field" /><lb-search .adapter=${testAdapter()}></lb-search></div>`);
    const el = wrapper.querySelector('lb-search')!;
    await el.updateComplete;
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: '/' });
    await until(() => deepActiveElement() === input(el));
    expect(input(el).value).to.equal(''); // the "/" was not typed into the box
    const field = wrapper.querySelector<HTMLInputElement>('#host-field')!;
    field.focus();
    await sendKeys({ press: '/' });
    expect(document.activeElement === field).to.equal(true);
    expect(field.value).to.equal('/');
    field.blur();
    await chord('Control', 'k');
    await until(() => deepActiveElement() === input(el));
  });

  it('uses a custom shortcut, or none', async () => {
    const el = await fixture<LbSearch>(html`<lb-search shortcut="alt+s" .adapter=${testAdapter()}></lb-search>`);
    expect($(el, '[part~="shortcut-hint"]')!.textContent).to.equal('Alt S');
    expect(input(el).getAttribute('aria-keyshortcuts')).to.equal('Alt+S');
    await sendKeys({ press: '/' });
    expect(deepActiveElement() === input(el)).to.equal(false);
    await chord('Alt', 's');
    await until(() => deepActiveElement() === input(el));
    el.shortcut = '';
    await el.updateComplete;
    expect($(el, '[part~="shortcut-hint"]') === null).to.equal(true);
    expect(input(el).hasAttribute('aria-keyshortcuts')).to.equal(false);
  });

  it('shows results in a popup under the box that Escape and an outside click close', async () => {
    const el = await fixture<LbSearch>(html`<lb-search .adapter=${testAdapter()}></lb-search>`);
    const popup = $(el, '[part~="popup"]')!;
    expect(popup.hidden).to.equal(true);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await resultsFor(el, 'p2p appeal');
    expect(popup.hidden).to.equal(false);
    expect(getComputedStyle(popup).position).to.equal('fixed');
    await until(() => popup.getBoundingClientRect().top >= $(el, '[part~="field"]')!.getBoundingClientRect().bottom);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' }); // clears
    await sendKeys({ press: 'Escape' }); // closes
    expect(popup.hidden).to.equal(true);
    await sendKeys({ press: 'ArrowDown' }); // reopens
    expect(popup.hidden).to.equal(false);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(popup.hidden).to.equal(true);
  });
});

describe('<lb-search> in the panel', () => {
  beforeEach(() => resetStorage());

  it('runs a prefilled query and keeps the user’s search when the panel comes back without one', async () => {
    const el = await fixture<LbSearch>(html`<lb-search mode="panel" active .adapter=${testAdapter()} .query=${'vip'}></lb-search>`);
    await until(() => options(el).length > 0 && input(el).value === 'vip', 5000, 'prefilled results');
    el.query = ''; // the panel re-renders the view with empty params
    await el.updateComplete;
    expect(input(el).value).to.equal('vip');
    el.query = 'funding';
    await until(() => input(el).value === 'funding' && options(el)[0]?.textContent?.includes('funding rate'), 5000, 'new prefill');
  });
});
