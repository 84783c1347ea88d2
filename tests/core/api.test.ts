import { expect } from '@open-wc/testing';
import { createWidget, LifebuoyConfigError, type WidgetHandle } from '../../src/api.js';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import { i18n } from '../../src/core/i18n.js';
import { resetStorage, until, visibleText } from '../helpers.js';

const demo = () => createDemoAdapter({ latency: 0, speed: 0, namespace: `api${Math.random()}` });

describe('createWidget', () => {
  let widget: WidgetHandle | undefined;
  beforeEach(() => resetStorage());
  afterEach(async () => {
    widget?.destroy();
    widget = undefined;
    await i18n.setLocale('en');
  });

  it('rejects invalid options with a message naming each problem', () => {
    expect(() => createWidget({ position: 'top' as never, offset: { x: -5 }, colour: 'red' } as never))
      .to.throw(LifebuoyConfigError)
      .with.property('message')
      .that.includes('position must be "bottom-right" or "bottom-left"')
      .and.includes('offset.x must be a number')
      .and.includes('unknown option "colour"');
    expect(() => createWidget({ adapter: { type: 'ftp' } as never })).to.throw(LifebuoyConfigError, /Unknown adapter type "ftp"/);
    expect(() => createWidget({ adapter: 42 as never })).to.throw(LifebuoyConfigError, /Invalid "adapter" option/);
    expect(document.querySelector('lb-widget')).to.equal(null); // nothing half-mounted
  });

  it('mounts a widget with the options applied', async () => {
    widget = createWidget({ adapter: demo(), position: 'bottom-left', offset: { x: 40, y: 30 }, zIndex: 99 });
    const el = widget.element;
    expect(el.isConnected).to.equal(true);
    await el.updateComplete;
    expect(el.getAttribute('position')).to.equal('bottom-left');
    const launcher = el.shadowRoot!.querySelector<HTMLElement>('.launcher')!;
    const style = getComputedStyle(launcher);
    expect(style.left).to.equal('40px');
    expect(style.bottom).to.equal('30px');
    expect(style.zIndex).to.equal('99');
  });

  it('opens, closes and toggles, and reports through on/off', async () => {
    widget = createWidget({ adapter: demo() });
    const seen: string[] = [];
    const onOpen = (detail: { view: string }) => seen.push(`open:${detail.view}`);
    widget.on('open', onOpen);
    widget.on('close', (detail) => seen.push(`close:${detail.source}`));
    await widget.open('tickets');
    expect(widget.element.open).to.equal(true);
    expect(widget.element.view).to.equal('tickets');
    await widget.close();
    widget.off('open', onOpen);
    await widget.toggle();
    expect(widget.element.open).to.equal(true);
    expect(seen).to.deep.equal(['open:tickets', 'close:api']);
    expect(() => widget!.on('nope' as never, () => {})).to.throw(LifebuoyConfigError, /Unknown event "nope"/);
  });

  it('deep-links to an article and prefills a search', async () => {
    widget = createWidget({ adapter: demo() });
    await widget.open({ article: 'enable-2fa' });
    expect(widget.element.view).to.equal('search');
    expect(widget.element.params).to.deep.equal({ article: 'enable-2fa' });
    await widget.open({ query: 'withdrawal stuck' });
    expect(widget.element.params).to.deep.equal({ query: 'withdrawal stuck' });
  });

  it('rejects an unknown view by name instead of opening an error page', async () => {
    widget = createWidget({ adapter: demo() });
    for (const target of ['contact', { view: 'faq' }] as const) {
      let error: unknown;
      try {
        await widget.open(target as never);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(LifebuoyConfigError);
      expect((error as Error).message).to.match(/Unknown view "(contact|faq)": use one of home, search, chat, tickets, channels, verify/);
    }
    expect(widget.element.open).to.equal(false);
  });

  it('validates identify() with the user schema and shows the anti-phishing code', async () => {
    widget = createWidget({ adapter: demo() });
    let error: unknown;
    try {
      await widget.identify({ uid: '12345678', email: 'not-an-email' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(LifebuoyConfigError);
    expect((error as Error).message).to.include('email: must be a valid email');
    error = await widget.identify({ uid: 5 } as never).catch((e: unknown) => e);
    expect((error as Error).message, 'says what was expected, not "Invalid input"').to.include('uid: expected a string');
    await widget.identify({ uid: '12345678', name: 'Alex', antiPhishingCode: 'LBX-7Q' });
    await widget.open();
    const panel = widget.element.shadowRoot!.querySelector('lb-panel')!;
    await until(() => visibleText(panel).includes('LBX-7Q'));
    await until(() => visibleText(panel).includes('Hi Alex'), 3000, 'greeting with the name');
  });

  it('switches locale, and falls back to English for unknown ones', async () => {
    widget = createWidget({ adapter: demo(), locale: 'zh-CN' });
    await until(() => i18n.locale === 'zh-CN');
    await widget.element.updateComplete;
    expect(widget.element.shadowRoot!.querySelector('.launcher')!.getAttribute('aria-label')).to.equal('打开客服');
    expect(await widget.setLocale('xx-YY')).to.equal('en');
    expect(() => widget!.setLocale('' as string)).to.throw(LifebuoyConfigError);
  });

  it('takes the locale from the identified user unless the page chose one', async () => {
    widget = createWidget({ adapter: demo() });
    await widget.identify({ uid: '12345678', name: 'Yuki', locale: 'ja' });
    expect(i18n.locale).to.equal('ja');
    await widget.element.updateComplete;
    expect(widget.element.shadowRoot!.querySelector('.launcher')!.getAttribute('aria-label')).to.not.equal('Open support');
    widget.destroy();
    widget = createWidget({ adapter: demo(), locale: 'zh-CN' });
    await until(() => i18n.locale === 'zh-CN');
    await widget.identify({ uid: '12345678', locale: 'ja' });
    expect(i18n.locale).to.equal('zh-CN'); // the page's explicit choice stands
  });

  it('falls back to the browser\'s language, matched to the closest catalogue', async () => {
    Object.defineProperty(navigator, 'language', { value: 'pt-PT', configurable: true });
    try {
      widget = createWidget({ adapter: demo() });
      await until(() => i18n.locale === 'pt-BR', 3000, 'Portuguese');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).language;
    }
    expect(navigator.language).to.not.equal('pt-PT');
  });

  it('off removes only the listener of the event named, when one handler listens to several', async () => {
    widget = createWidget({ adapter: demo() });
    const seen: string[] = [];
    const handler = (detail: unknown) => seen.push('view' in (detail as object) ? 'open' : 'close');
    widget.on('open', handler);
    widget.on('close', handler);
    widget.on('close', handler); // a second registration is ignored, as with addEventListener
    widget.off('open', handler);
    await widget.open();
    await widget.close();
    expect(seen).to.deep.equal(['close']);
  });

  it('opens at init without taking focus from the page', async () => {
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Amount');
    document.body.append(field);
    field.focus();
    try {
      widget = createWidget({ adapter: demo(), open: 'home' });
      const panel = await new Promise<Element>((resolve) => {
        const check = () => {
          const found = widget!.element.shadowRoot!.querySelector('lb-panel');
          if (found && visibleText(found as HTMLElement).includes('how can we help')) resolve(found);
          else requestAnimationFrame(check);
        };
        check();
      });
      await (panel as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300)); // any deferred focusing would have happened
      expect(widget.element.open).to.equal(true);
      expect(document.activeElement).to.equal(field);
    } finally {
      field.remove();
    }
  });

  it('destroy removes the element and its listeners, and later calls fail clearly', async () => {
    widget = createWidget({ adapter: demo() });
    let calls = 0;
    widget.on('open', () => calls++);
    const el = widget.element;
    widget.destroy();
    expect(el.isConnected).to.equal(false);
    expect(document.querySelectorAll('lb-widget').length).to.equal(0);
    el.dispatchEvent(new CustomEvent('lb-open', { detail: { view: 'home' } }));
    expect(calls).to.equal(0);
    let error: unknown;
    try {
      await widget.open();
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(LifebuoyConfigError);
    widget = undefined;
  });

  it('applies theme tokens and refuses values that could inject CSS', async () => {
    widget = createWidget({ adapter: demo(), theme: { colorPrimary: '#f0b90b', '--lb-radius': '4px' } });
    await until(() => widget!.element.style.getPropertyValue('--lb-color-primary') === '#f0b90b');
    expect(widget.element.style.getPropertyValue('--lb-radius')).to.equal('4px');
    let error: unknown;
    try {
      await widget.setTheme({ colorPrimary: 'red; background: url(https://evil)' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect(widget.element.style.getPropertyValue('--lb-color-primary')).to.equal('#f0b90b');
  });
});

describe('window.Lifebuoy (the script-tag command function)', () => {
  type Stub = ((...args: unknown[]) => Promise<unknown>) & { q?: unknown[][]; loaded?: boolean };
  const errors: string[] = [];
  const realError = console.error;
  const opened: unknown[] = [];
  const options = { adapter: { type: 'demo', options: { latency: 0, speed: 0, namespace: `embed${Math.random()}` } } };
  const call = async (...args: unknown[]): Promise<string> => {
    try {
      const value = await (window.Lifebuoy as unknown as Stub)(...args);
      return `ok:${value === undefined ? '' : typeof value}`;
    } catch (error) {
      return `rejected:${(error as Error).message}`;
    }
  };

  before(async () => {
    resetStorage();
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    // The snippet's stub, with calls queued before the script arrived: a typo'd event among them.
    const stub = function (...args: unknown[]) {
      (stub.q = stub.q ?? []).push(args);
    } as unknown as Stub;
    (window as unknown as { Lifebuoy: Stub }).Lifebuoy = stub;
    stub('on', 'opne', () => {});
    stub('on', 'open', (detail: unknown) => opened.push(detail));
    stub('init', options);
    await import('../../src/embed.js');
  });
  after(async () => {
    await call('destroy');
    console.error = realError;
    await i18n.setLocale('en');
  });

  it('a bad queued listener is reported alone: init and the other listeners still work', async () => {
    expect(document.querySelectorAll('lb-widget').length).to.equal(1);
    expect(errors.some((e) => e.includes('Unknown event "opne"'))).to.equal(true);
    expect(errors.some((e) => e.includes('Unknown event') && e.includes('init'))).to.equal(false);
    expect(await call('open')).to.equal('ok:');
    await until(() => opened.length === 1, 5000, 'queued open listener called');
    expect(opened).to.deep.equal([{ view: 'home' }]);
    expect(await call('close')).to.equal('ok:');
  });

  it('rejects names that are not commands, even ones every object has', async () => {
    for (const name of ['toString', 'constructor', 'hasOwnProperty', 'element', 'bogus']) {
      expect(await call(name)).to.match(new RegExp(`^rejected:Unknown Lifebuoy command "${name}"\\. Known commands: init, open`));
    }
  });

  it('answers a second init like the first, without handing out internals', async () => {
    expect(await call('init', options)).to.equal('ok:');
    expect(document.querySelectorAll('lb-widget').length).to.equal(1);
  });

  it('before init: an unknown command is named as such, and off removes a queued listener', async () => {
    await call('destroy');
    expect(await call('opne')).to.match(/^rejected:Unknown Lifebuoy command "opne"/);
    expect(await call('open')).to.match(/before Lifebuoy\('init'\)/);
    expect(await call('on', 'nope', () => {})).to.match(/^rejected:Unknown event "nope"/);
    expect(await call('on', 'close')).to.match(/needs a function/);
    const seen: unknown[] = [];
    const handler = (detail: unknown) => seen.push(detail);
    expect(await call('on', 'open', handler)).to.equal('ok:');
    expect(await call('off', 'open', handler)).to.equal('ok:');
    expect(await call('init', options)).to.equal('ok:');
    await call('open');
    await call('close');
    expect(seen).to.deep.equal([]);
  });
});
