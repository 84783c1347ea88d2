import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ContextProvider } from '@lit/context';
import type { SupportAdapter } from '../../src/adapters/contract.js';
import { adapterContext } from '../../src/core/context.js';
import { deepActiveElement } from '../../src/core/focus-trap.js';
import { interceptLinkClick, isDangerousHref, preloadOfficialChannels, setOfficialDomains, type LinkDecision } from '../../src/core/link-guard.js';
import { renderRichText } from '../../src/core/rich-text.js';
import type { LbLinkInterstitial } from '../../src/components/link-interstitial/link-interstitial.js';
import '../../src/components/link-interstitial/define.js';
import { i18n } from '../../src/core/i18n.js';
import { testAdapter, until, visibleText } from '../helpers.js';

/** Renders a bot message the way chat does (sanitized rich text) and guards its links, as documented: every click and auxclick, unfiltered. */
class TestMessage extends LitElement {
  static override properties = { source: { attribute: false } };
  source = '';
  adapter?: SupportAdapter;
  decisions: LinkDecision[] = [];
  private guard = (event: MouseEvent) => this.decisions.push(interceptLinkClick(event, this));
  override render() {
    return html`<div @click=${this.guard} @auxclick=${this.guard}>${unsafeHTML(this.source)}</div>`;
  }
}
customElements.define('test-guarded-message', TestMessage);

/** Provides an adapter through the Lit context, like <lb-widget>. */
class TestProvider extends LitElement {
  provider = new ContextProvider(this, { context: adapterContext, initialValue: undefined });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-adapter-provider', TestProvider);

const message = (markdown: string) => renderRichText(markdown, 'markdown');

async function guarded(markdown: string, adapter?: SupportAdapter): Promise<TestMessage> {
  const el = await fixture<TestMessage>(html`<test-guarded-message .source=${message(markdown)} .adapter=${adapter}></test-guarded-message>`);
  return el;
}

const link = (el: TestMessage, index = 0) => el.shadowRoot!.querySelectorAll<HTMLAnchorElement | HTMLElement>('a')[index]!;
const dialogOf = (el: TestMessage) => el.shadowRoot!.querySelector<LbLinkInterstitial>('lb-link-interstitial');
const dialogPart = (el: TestMessage, name: string) => dialogOf(el)?.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

describe('link guard', () => {
  let navigations: { href: string; prevented: boolean }[];
  let opened: unknown[][];
  const originalOpen = window.open;
  // After the guard has run, record what would have happened and stop real navigation.
  const recordClick = (event: MouseEvent) => {
    const anchor = event.composedPath().find((node) => node instanceof HTMLAnchorElement) as HTMLAnchorElement | undefined;
    if (!anchor) return;
    navigations.push({ href: anchor.href, prevented: event.defaultPrevented });
    event.preventDefault();
  };

  beforeEach(() => {
    navigations = [];
    opened = [];
    window.open = ((...args: unknown[]) => {
      opened.push(args);
      return null;
    }) as typeof window.open;
    window.addEventListener('click', recordClick);
    setOfficialDomains(['lifebuoy-exchange.example', 'lifebuoy.example']);
  });

  afterEach(() => {
    window.open = originalOpen;
    window.removeEventListener('click', recordClick);
    setOfficialDomains(undefined);
  });

  it('never follows javascript:, data:, vbscript: or file: links, however they are written', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'jav\nascript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd']) {
      expect(isDangerousHref(href), JSON.stringify(href)).to.equal(true);
    }
    for (const href of ['https://lifebuoy-exchange.example', '/help', 'mailto:support@lifebuoy-exchange.example', '#top']) expect(isDangerousHref(href)).to.equal(false);
  });

  it('opens an official link directly, with rel="noopener noreferrer"', async () => {
    const el = await guarded('Read [the guide](https://help.lifebuoy-exchange.example/articles/7).');
    link(el).click();
    expect(el.decisions).to.deep.equal(['official']);
    expect(navigations).to.deep.equal([{ href: 'https://help.lifebuoy-exchange.example/articles/7', prevented: false }]);
    expect(link(el).getAttribute('rel')!.split(' ')).to.include.members(['noopener', 'noreferrer']);
    expect(dialogOf(el)).to.equal(null);
  });

  it('holds a foreign link behind a warning dialog; Go back is focused and Escape goes back', async () => {
    const el = await guarded('Claim your bonus at https://lifebuoy-bonus.example.io/claim today');
    const cancelled: CustomEvent[] = [];
    el.addEventListener('lb-link-cancel', (event) => cancelled.push(event));
    link(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(el.decisions).to.deep.equal(['warned']);
    expect(navigations).to.deep.equal([{ href: 'https://lifebuoy-bonus.example.io/claim', prevented: true }]);
    await until(() => dialogPart(el, 'dialog')?.hasAttribute('open'), 3000, 'the warning');
    expect(dialogOf(el)!.open).to.equal(true);
    expect(deepActiveElement()).to.equal(dialogPart(el, 'back-button'));
    expect(dialogPart(el, 'destination')!.textContent).to.equal('lifebuoy-bonus.example.io');
    expect(visibleText(dialogOf(el)!)).to.include('You are leaving our official site');
    await expect(dialogOf(el)!).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await until(() => !dialogOf(el), 3000, 'the warning to close');
    expect(cancelled).to.have.length(1);
    expect(cancelled[0]!.detail).to.deep.equal({ url: 'https://lifebuoy-bonus.example.io/claim' });
    expect(opened).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(link(el));
  });

  it('warns about a lookalike of the official site in stronger words', async () => {
    const el = await guarded('Log in at https://lifebuoy-exchange.example.io/login');
    link(el).click();
    await until(() => dialogPart(el, 'lookalike-warning'), 3000, 'the lookalike warning');
    expect(dialogPart(el, 'lookalike-warning')!.textContent).to.equal(
      'Warning: lifebuoy-exchange.example.io imitates our official site lifebuoy-exchange.example. It is very likely a scam.',
    );
  });

  it('shows the real (punycode) address of an internationalized lookalike', async () => {
    const el = await guarded('Go to https://xn--lifebuy-exchange-rkn.example/login');
    link(el).click();
    await until(() => dialogPart(el, 'destination'), 3000, 'the warning');
    expect(dialogPart(el, 'destination')!.textContent).to.equal('lifebuоy-exchange.example');
    expect(dialogPart(el, 'ascii')!.textContent).to.equal('Real address: xn--lifebuy-exchange-rkn.example');
  });

  it('opens the link only when the user chooses Open anyway, without opener or referrer', async () => {
    const el = await guarded('See https://example.org/page');
    const openEvents: CustomEvent[] = [];
    el.addEventListener('lb-link-open', (event) => openEvents.push(event));
    link(el).click();
    await until(() => dialogPart(el, 'open-button'), 3000, 'the warning');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(dialogPart(el, 'open-button'));
    await sendKeys({ press: 'Enter' });
    await until(() => opened.length === 1, 3000, 'the link to open');
    expect(opened).to.deep.equal([['https://example.org/page', '_blank', 'noopener,noreferrer']]);
    expect(openEvents.map((event) => event.detail)).to.deep.equal([{ url: 'https://example.org/page' }]);
    expect(dialogOf(el)).to.equal(null);
  });

  it('holds a middle-click and a Ctrl, ⌘, Shift or Alt click on a foreign link behind the warning too', async () => {
    const el = await guarded('Claim your bonus at https://lifebuoy-bonus.example.io/claim today');
    const press = (type: 'click' | 'auxclick', init: MouseEventInit) => {
      const event = new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, ...init });
      link(el).dispatchEvent(event);
      return event;
    };
    const middle = press('auxclick', { button: 1 });
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey'] as const) press('click', { button: 0, [modifier]: true });
    expect(el.decisions).to.deep.equal(['warned', 'warned', 'warned', 'warned', 'warned']);
    expect(middle.defaultPrevented).to.equal(true); // no new tab behind the warning's back
    expect(navigations.map((n) => n.prevented)).to.deep.equal([true, true, true, true]);
    await until(() => dialogOf(el), 3000, 'the warning');
    expect(opened).to.deep.equal([]);
  });

  it('lets a middle-click or Ctrl-click on an official link open its new tab', async () => {
    const el = await guarded('Read [the guide](https://help.lifebuoy-exchange.example/articles/7).');
    const middle = new MouseEvent('auxclick', { bubbles: true, composed: true, cancelable: true, button: 1 });
    link(el).dispatchEvent(middle);
    link(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0, ctrlKey: true }));
    expect(el.decisions).to.deep.equal(['official', 'official']);
    expect(middle.defaultPrevented).to.equal(false);
    expect(navigations.map((n) => n.prevented)).to.deep.equal([false]);
    expect(dialogOf(el)).to.equal(null);
  });

  it('leaves right-click and the back/forward buttons on a foreign link to the browser', async () => {
    const el = await guarded('Claim your bonus at https://lifebuoy-bonus.example.io/claim today');
    const presses = [2, 3, 4].map((button) => new MouseEvent('auxclick', { bubbles: true, composed: true, cancelable: true, button }));
    for (const press of presses) link(el).dispatchEvent(press);
    expect(el.decisions).to.deep.equal(['ignored', 'ignored', 'ignored']);
    expect(presses.map((press) => press.defaultPrevented)).to.deep.equal([false, false, false]); // the context menu stays the browser's
    await aTimeout(50);
    expect(dialogOf(el)).to.equal(null);
  });

  it('blocks a javascript: link that slipped into the markup, without a dialog', async () => {
    const el = await guarded('');
    el.source = '<a href="javascript:window.__lbPwned=1">click</a> <a href="data:text/html,hi">data</a>';
    await el.updateComplete;
    link(el, 0).click();
    link(el, 1).click();
    expect(el.decisions).to.deep.equal(['blocked', 'blocked']);
    expect(navigations.every((n) => n.prevented)).to.equal(true);
    expect((window as unknown as { __lbPwned?: number }).__lbPwned).to.equal(undefined);
    expect(dialogOf(el)).to.equal(null);
  });

  it('leaves mailto: links and links to the host page alone', async () => {
    const el = await guarded(`Write to [us](mailto:support@lifebuoy-exchange.example) or see [this page](${location.origin}/faq)`);
    link(el, 0).click();
    link(el, 1).click();
    expect(el.decisions).to.deep.equal(['ignored', 'official']);
    expect(navigations.map((n) => n.prevented)).to.deep.equal([false, false]);
  });

  describe('official domains from the adapter', () => {
    beforeEach(() => setOfficialDomains(undefined));

    it('uses the element\'s own adapter once its list is loaded', async () => {
      const el = await guarded('[Official](https://www.lifebuoy.example/fees) and [other](https://example.net)', testAdapter());
      await preloadOfficialChannels(el);
      link(el, 0).click();
      link(el, 1).click();
      expect(el.decisions).to.deep.equal(['official', 'warned']);
    });

    it('decides a click made before the list arrived as soon as it does', async () => {
      const el = await guarded('[Fees](https://www.lifebuoy.example/fees)', testAdapter({ latency: 40 }));
      link(el).click();
      expect(el.decisions).to.deep.equal(['pending']);
      expect(navigations[0]!.prevented).to.equal(true);
      await until(() => opened.length === 1, 3000, 'the official link to open');
      expect(opened[0]).to.deep.equal(['https://www.lifebuoy.example/fees', '_blank', 'noopener,noreferrer']);
      expect(dialogOf(el)).to.equal(null);
    });

    it('asks the enclosing widget (Lit context) for the adapter', async () => {
      const provider = await fixture<TestProvider>(html`<test-adapter-provider><test-guarded-message></test-guarded-message></test-adapter-provider>`);
      provider.provider.setValue(testAdapter());
      const el = provider.querySelector<TestMessage>('test-guarded-message')!;
      el.source = message('[Status](https://status.lifebuoy-exchange.example)');
      await el.updateComplete;
      await preloadOfficialChannels(el);
      link(el).click();
      expect(el.decisions).to.deep.equal(['official']);
    });

    it('warns about every outside link when no official list is known', async () => {
      const el = await guarded('[Fees](https://www.lifebuoy.example/fees)', testAdapter({ without: ['verification'] }));
      link(el).click();
      expect(el.decisions).to.deep.equal(['warned']);
      await until(() => dialogOf(el), 3000, 'the warning');
    });
  });

  it('in Arabic, keeps the link and its host in reading order inside the right-to-left warning', async () => {
    await i18n.setLocale('ar');
    try {
      const url = 'https://lifebuoy-exchange.example.evil.test/login?next=/wallet';
      const dialog = await fixture<LbLinkInterstitial>(html`<lb-link-interstitial .url=${url}></lb-link-interstitial>`);
      await dialog.updateComplete;
      const fullUrl = dialog.shadowRoot!.querySelector<HTMLElement>('[part~="full-url"]')!;
      expect(getComputedStyle(fullUrl).direction, 'the Arabic label reads right to left').to.equal('rtl');
      const bdi = fullUrl.querySelector('bdi');
      expect(bdi?.getAttribute('dir'), 'the link sits in its own left-to-right isolate').to.equal('ltr');
      expect(bdi?.textContent).to.equal(url);
      // The label comes first in reading order, so it is drawn to the right of the link.
      const label = [...fullUrl.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
      const range = document.createRange();
      range.selectNodeContents(label);
      expect(range.getBoundingClientRect().left).to.be.at.least(bdi!.getBoundingClientRect().right - 1);
      const body = dialog.shadowRoot!.querySelector('#description p:not([part])')!;
      expect(body.querySelector('bdi[dir="ltr"]')?.textContent, 'the host in the sentence too').to.equal('lifebuoy-exchange.example.evil.test');
    } finally {
      await i18n.setLocale('en');
    }
  });
});
