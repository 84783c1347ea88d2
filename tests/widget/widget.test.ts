import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/widget/define.js';
import type { LbWidget } from '../../src/components/widget/widget.js';
import type { LbPanel } from '../../src/components/panel/panel.js';
import { AdapterError, type SupportAdapter } from '../../src/adapters/contract.js';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import { resetStorage, until, visibleText } from '../helpers.js';
import { hasFocusWithin } from '../../src/core/focus-within.js';

const fastDemo = (options = {}) => createDemoAdapter({ latency: 0, speed: 0, namespace: `w${Math.random()}`, ...options });

async function openWidget(el: LbWidget): Promise<LbPanel> {
  await el.show();
  await until(() => el.shadowRoot!.querySelector('lb-panel'), 8000, 'panel');
  const panel = el.shadowRoot!.querySelector('lb-panel') as LbPanel;
  await until(() => visibleText(panel).includes('how can we help'), 8000, 'home view');
  return panel;
}

const launcher = (el: LbWidget) => el.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!;

describe('<lb-widget>', () => {
  beforeEach(() => resetStorage());
  afterEach(async () => {
    await setViewport({ width: 1024, height: 768 });
  });

  it('renders an accessible launcher that is closed by default', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    const button = launcher(el);
    expect(button.getAttribute('aria-label')).to.equal('Open support');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('lb-panel')).to.equal(null); // panel code not even rendered yet
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="badge"]')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens on click, fires lb-open once and shows the home view', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    let opens = 0;
    el.addEventListener('lb-open', () => opens++);
    const opened = oneEvent(el, 'lb-open');
    launcher(el).click();
    const event = await opened;
    expect(event.detail).to.deep.equal({ view: 'home' });
    const panel = el.shadowRoot!.querySelector('lb-panel')!;
    await until(() => visibleText(panel).includes('how can we help'));
    expect(el.open).to.equal(true);
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('true');
    expect(launcher(el).getAttribute('aria-label')).to.equal('Close support');
    expect(opens).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('opens with the keyboard and closes with Escape, returning focus to the launcher', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    launcher(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.open && el.shadowRoot!.querySelector('lb-panel'), 8000);
    const panel = el.shadowRoot!.querySelector('lb-panel') as LbPanel;
    await until(() => visibleText(panel).includes('how can we help'));
    await until(() => hasFocusWithin(panel), 8000, 'focus inside the panel');
    // …on the view's own first field once the view has loaded (the search box on home).
    await until(() => panel.shadowRoot!.querySelector('lb-home')?.shadowRoot?.activeElement?.localName === 'input', 8000, 'focus on the search box');
    const closed = oneEvent(el, 'lb-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail).to.deep.equal({ source: 'escape' });
    expect(el.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(launcher(el));
  });

  it('moves focus with the user when a view sends them to another (home search, Back), keeping it off the page', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    launcher(el).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.querySelector('lb-panel'), 8000, 'panel');
    const panel = el.shadowRoot!.querySelector('lb-panel') as LbPanel;
    const home = () => panel.shadowRoot!.querySelector('lb-home');
    await until(() => home()?.shadowRoot?.activeElement?.localName === 'input', 8000, 'focus on the home search box');
    await sendKeys({ type: 'withdrawal' });
    await sendKeys({ press: 'Enter' });
    const search = () => panel.shadowRoot!.querySelector('lb-search');
    await until(() => el.view === 'search' && search() && hasFocusWithin(search()!), 8000, 'focus in the search view');
    expect(document.activeElement, 'not on the page').to.equal(el);

    const back = panel.shadowRoot!.querySelector<HTMLElement>('[part~="back-button"]')!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.view === 'home' && home() && hasFocusWithin(home()!), 8000, 'focus back in the home view');
  });

  it('honours a cancelled lb-request-close', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    const panel = await openWidget(el);
    el.addEventListener('lb-request-close', (event) => event.preventDefault(), { once: true });
    const closeButton = panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
    closeButton.click();
    await aTimeout(50);
    expect(el.open).to.equal(true);
    closeButton.click();
    await until(() => !el.open);
  });

  it('greets the identified user by name, and everyone else without a stray gap', async () => {
    const greeting = (panel: LbPanel) => panel.shadowRoot!.querySelector('lb-home')!.shadowRoot!.querySelector('[part="greeting"]')!.textContent!.trim();
    const anonymous = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    expect(greeting(await openWidget(anonymous))).to.equal('Hi, how can we help?');
    const named = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    named.user = { uid: '12345678', name: 'Alex' };
    expect(greeting(await openWidget(named))).to.equal('Hi Alex, how can we help?');
  });

  it('keeps the current view across close and reopen', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    const panel = await openWidget(el);
    const navigated = oneEvent(el, 'lb-navigate');
    const tickets = [...panel.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="nav-item"]')].find((b) => b.textContent!.includes('Tickets'))!;
    tickets.click();
    expect((await navigated).detail.view).to.equal('tickets');
    await el.hide();
    await el.show();
    expect(el.view).to.equal('tickets');
    expect(panel.shadowRoot!.querySelector('#title')!.textContent).to.equal('Tickets');
    const current = panel.shadowRoot!.querySelector('[aria-current="page"]')!;
    expect(current.textContent).to.contain('Tickets');
  });

  it('hides views whose domain the adapter does not provide', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo({ without: ['chat', 'tickets'] })}></lb-widget>`);
    const panel = await openWidget(el);
    const nav = visibleText(panel.shadowRoot!.querySelector('[part="nav"]')!);
    expect(nav).to.contain('Help center');
    expect(nav).not.to.contain('Chat');
    expect(nav).not.to.contain('Tickets');
  });

  it('shows a clear error with retry when the adapter cannot be loaded', async () => {
    let attempts = 0;
    const loader = async (): Promise<SupportAdapter> => {
      attempts++;
      if (attempts === 1) throw new AdapterError('network', 'offline');
      return fastDemo();
    };
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${loader}></lb-widget>`);
    await el.show();
    await until(() => el.shadowRoot!.querySelector('lb-panel'));
    const panel = el.shadowRoot!.querySelector('lb-panel') as LbPanel;
    await until(() => panel.shadowRoot!.querySelector('[role="alert"]'));
    expect(visibleText(panel)).to.contain('We could not reach support');
    await expect(panel).to.be.accessible();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await until(() => visibleText(panel).includes('how can we help'));
    expect(attempts).to.equal(2);
  });

  it('shows the unread count on the launcher and announces it in its name', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    const changed = oneEvent(el, 'lb-unread-change');
    el.unread = 3;
    expect((await changed).detail).to.deep.equal({ count: 3 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('3');
    // Screen readers hear it even though the panel (and its live regions) are closed.
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('3 unread messages');
    expect(launcher(el).getAttribute('aria-label')).to.equal('Open support, 3 unread messages');
    el.unread = 1;
    await el.updateComplete;
    expect(launcher(el).getAttribute('aria-label')).to.equal('Open support, 1 unread message');
    el.unread = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="badge"]')!.hidden).to.equal(true);
    expect(launcher(el).getAttribute('aria-label')).to.equal('Open support');
  });

  it('takes the unread count from a view inside the panel', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    const panel = await openWidget(el);
    panel.dispatchEvent(new CustomEvent('lb-unread-change', { detail: { count: 2 }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.unread).to.equal(2);
  });

  it('goes full screen as a modal dialog on a phone-sized viewport', async () => {
    await setViewport({ width: 375, height: 667 });
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    const panel = await openWidget(el);
    const surface = panel.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    await until(() => Math.round(surface.getBoundingClientRect().width) === 375);
    const rect = surface.getBoundingClientRect();
    expect(Math.round(rect.left)).to.equal(0);
    expect(Math.round(rect.top)).to.equal(0);
    expect(Math.round(rect.height)).to.equal(667);
    expect(surface.getAttribute('aria-modal')).to.equal('true');
  });

  it('keeps the panel inside the viewport on a desktop', async () => {
    await setViewport({ width: 900, height: 600 });
    const el = await fixture<LbWidget>(html`<lb-widget position="bottom-left" .adapter=${fastDemo()}></lb-widget>`);
    const panel = await openWidget(el);
    const surface = panel.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    await until(() => surface.style.top !== '' && surface.style.top !== '0px');
    const rect = surface.getBoundingClientRect();
    expect(rect.left).to.be.at.least(0);
    expect(rect.top).to.be.at.least(0);
    expect(rect.bottom).to.be.at.most(600);
    expect(rect.left).to.be.below(100); // anchored to the bottom-left launcher
    expect(surface.getAttribute('aria-modal')).to.equal('false');
  });

  it('keeps the launcher in the corner its position names on a right-to-left page', async () => {
    // "bottom-right" is a physical corner: an RTL host page (html[dir=rtl]) must not mirror it.
    document.documentElement.dir = 'rtl';
    try {
      for (const [position, side] of [['bottom-right', 'right'], ['bottom-left', 'left']] as const) {
        const el = await fixture<LbWidget>(html`<lb-widget position=${position} .adapter=${fastDemo()}></lb-widget>`);
        const rect = launcher(el).getBoundingClientRect();
        if (side === 'right') expect(Math.round(window.innerWidth - rect.right)).to.equal(20);
        else expect(Math.round(rect.left)).to.equal(20);
        el.remove();
      }
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('keeps the full-screen panel and the launcher clear of the notch and home indicator', async () => {
    // Browsers give tests no way to set the safe-area insets: check the rules that apply them.
    await setViewport({ width: 375, height: 667 });
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    const panel = await openWidget(el);
    const surface = panel.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    const header = panel.shadowRoot!.querySelector<HTMLElement>('[part="header"]')!;
    const declared = (root: ShadowRoot, element: Element, property: string) => {
      const values: string[] = [];
      const visit = (rules: CSSRuleList) => {
        for (const rule of Array.from(rules)) {
          if (rule instanceof CSSStyleRule && element.matches(rule.selectorText)) values.push(rule.style.getPropertyValue(property));
          else if (rule instanceof CSSMediaRule && matchMedia(rule.conditionText).matches) visit(rule.cssRules);
        }
      };
      for (const sheet of root.adoptedStyleSheets) visit(sheet.cssRules);
      return values.filter(Boolean).at(-1) ?? '';
    };
    expect(declared(panel.shadowRoot!, header, 'padding-top')).to.include('env(safe-area-inset-top');
    expect(declared(panel.shadowRoot!, surface, 'padding-bottom')).to.include('env(safe-area-inset-bottom');
    expect(declared(el.shadowRoot!, launcher(el), 'bottom')).to.include('env(safe-area-inset-bottom');
    // With no insets (this browser) nothing moves: full screen, launcher 20px from the corner.
    expect(Math.round(surface.getBoundingClientRect().height)).to.equal(667);
    expect(Math.round(header.getBoundingClientRect().top)).to.equal(0);
  });

  it('writes nothing to storage before the user interacts', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fastDemo()}></lb-widget>`);
    await el.show(); // an API call is not a user interaction
    await aTimeout(50);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lifebuoy:'))).to.deep.equal([]);
    expect(document.cookie).to.equal('');
  });

  it('works inside another component\'s shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('lb-widget') as LbWidget;
    el.adapter = fastDemo();
    root.appendChild(el);
    await el.updateComplete;
    launcher(el).click();
    await until(() => el.shadowRoot!.querySelector('lb-panel'));
    const panel = el.shadowRoot!.querySelector('lb-panel') as LbPanel;
    await until(() => visibleText(panel).includes('how can we help'));
    await sendKeys({ press: 'Escape' });
    await until(() => !el.open);
    expect(el.shadowRoot!.activeElement).to.equal(launcher(el));
  });
});
