// On a phone the on-screen keyboard shrinks the visual viewport, not the layout viewport: the
// panel must follow it, or the keyboard covers the composer the user is typing in.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/widget/define.js';
import type { LbWidget } from '../../src/components/widget/widget.js';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import { resetStorage, until, visibleText } from '../helpers.js';

/** A stand-in for window.visualViewport whose size the test controls (browsers give no way to open a keyboard). */
class FakeVisualViewport extends EventTarget {
  width = 375;
  height = 667;
  offsetTop = 0;
  offsetLeft = 0;
  pageTop = 0;
  pageLeft = 0;
  scale = 1;
  resize(height: number, offsetTop: number) {
    this.height = height;
    this.offsetTop = offsetTop;
    this.dispatchEvent(new Event('resize'));
  }
}

describe('<lb-widget> on a phone', () => {
  const real = Object.getOwnPropertyDescriptor(window, 'visualViewport');
  let fake: FakeVisualViewport;
  beforeEach(async () => {
    resetStorage();
    await setViewport({ width: 375, height: 667 });
    fake = new FakeVisualViewport();
    Object.defineProperty(window, 'visualViewport', { value: fake, configurable: true });
  });
  afterEach(async () => {
    if (real) Object.defineProperty(window, 'visualViewport', real);
    else delete (window as { visualViewport?: unknown }).visualViewport;
    await setViewport({ width: 1024, height: 768 });
  });

  it('fits the panel to the visual viewport when the keyboard opens, and back when it closes', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${createDemoAdapter({ latency: 0, speed: 0, namespace: `m${Math.random()}` })}></lb-widget>`);
    await el.show();
    await until(() => el.shadowRoot!.querySelector('lb-panel'), 8000, 'panel');
    const panel = el.shadowRoot!.querySelector('lb-panel')!;
    await until(() => visibleText(panel).includes('how can we help'), 8000, 'home view');
    const surface = panel.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    await until(() => Math.round(surface.getBoundingClientRect().height) === 667, 5000, 'full screen');

    fake.resize(360, 40); // keyboard up, page scrolled by the browser
    await until(() => Math.round(surface.getBoundingClientRect().height) === 360, 5000, 'panel above the keyboard');
    expect(Math.round(surface.getBoundingClientRect().top)).to.equal(40);

    fake.resize(667, 0); // keyboard down
    await until(() => Math.round(surface.getBoundingClientRect().height) === 667, 5000, 'full height again');
    expect(Math.round(surface.getBoundingClientRect().top)).to.equal(0);
  });

  it('keeps every bottom-nav label on one line and in place, whichever view is current', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${createDemoAdapter({ latency: 0, speed: 0, namespace: `m${Math.random()}` })}></lb-widget>`);
    await el.show();
    await until(() => el.shadowRoot!.querySelector('lb-panel'), 8000, 'panel');
    const panel = el.shadowRoot!.querySelector('lb-panel')!;
    await until(() => panel.shadowRoot!.querySelectorAll('[part="nav-item"]').length === 5, 8000, 'the nav');
    const items = () => [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[part="nav-item"]')];
    const layout = () => items().map((item) => {
      const label = item.querySelector('span')!;
      const lineHeight = parseFloat(getComputedStyle(label).lineHeight) || parseFloat(getComputedStyle(label).fontSize) * 1.6;
      return { left: Math.round(item.getBoundingClientRect().left), lines: Math.round(label.getBoundingClientRect().height / lineHeight) };
    });
    const before = layout();
    for (const view of ['search', 'tickets', 'channels'] as const) {
      await el.show(view);
      await until(() => el.view === view, 3000, view);
      await panel.updateComplete;
      expect(layout(), `with ${view} current`).to.deep.equal(before);
    }
    expect(before.every(({ lines }) => lines === 1), JSON.stringify(before)).to.equal(true);
  });
});
