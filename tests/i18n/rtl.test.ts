// Right-to-left layout: what an Arabic-speaking user sees, measured from the rendered boxes.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/widget/define.js';
import '../../src/components/search/define.js';
import type { LbWidget } from '../../src/components/widget/widget.js';
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import { i18n } from '../../src/core/i18n.js';
import { messages as arabic } from '../../src/i18n/locales/ar.js';
import { resetStorage, until, visibleText } from '../helpers.js';

const demo = () => createDemoAdapter({ latency: 0, speed: 0, namespace: `rtl${Math.random()}` });

async function openInArabic(): Promise<{ el: LbWidget; panel: HTMLElement; surface: HTMLElement }> {
  await i18n.setLocale('ar');
  const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
  await el.show();
  await until(() => el.shadowRoot!.querySelector('lb-panel'), 8000, 'panel');
  const panel = el.shadowRoot!.querySelector<HTMLElement>('lb-panel')!;
  await until(() => visibleText(panel).includes(arabic['widget.panel.title']!), 8000, 'Arabic home view');
  const surface = panel.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
  return { el, panel, surface };
}

const box = (element: Element) => element.getBoundingClientRect();

describe('right-to-left layout (Arabic)', () => {
  beforeEach(() => resetStorage());
  afterEach(() => i18n.setLocale('en'));

  it('marks the panel as Arabic, right to left, and lays the header out from the right', async () => {
    const { surface } = await openInArabic();
    expect(surface.getAttribute('dir')).to.equal('rtl');
    expect(surface.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(surface).direction).to.equal('rtl');
    const title = surface.querySelector('[part="title"]')!;
    const close = surface.querySelector('[part="close-button"]')!;
    // The title starts at the right edge; the close button sits at the left end of the header.
    expect(box(close).right).to.be.at.most(box(title).left + 1);
    expect(getComputedStyle(title).textAlign).to.be.oneOf(['start', 'right']);
    await expect(surface).to.be.accessible();
  });

  it('mirrors the back arrow and keeps the navigation in reading order from the right', async () => {
    const { panel, surface } = await openInArabic();
    const items = [...surface.querySelectorAll<HTMLElement>('[part="nav-item"]')];
    expect(items.length).to.be.greaterThan(1);
    // First item in the DOM (and in reading order) is the right-most one.
    for (let i = 1; i < items.length; i++) expect(box(items[i]!).right).to.be.at.most(box(items[i - 1]!).left + 1);
    items[1]!.click();
    await until(() => surface.querySelector('[part="back-button"]'), 5000, 'back button');
    const back = surface.querySelector('[part="back-button"]')!;
    const arrow = back.querySelector('svg')!;
    // scaleX(-1): the arrow points right, back towards where an RTL reader came from.
    expect(new DOMMatrix(getComputedStyle(arrow).transform).a).to.equal(-1);
    // The back button is at the right end of the header, the close button at the left.
    const close = surface.querySelector('[part="close-button"]')!;
    expect(box(back).left).to.be.greaterThan(box(close).right);
    expect(panel.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.not.equal('');
  });

  it('switches back to left to right with the locale, without reopening', async () => {
    const { surface } = await openInArabic();
    await i18n.setLocale('en');
    await until(() => surface.getAttribute('dir') === 'ltr', 5000, 'ltr');
    expect(surface.getAttribute('lang')).to.equal('en');
    const title = surface.querySelector('[part="title"]')!;
    const close = surface.querySelector('[part="close-button"]')!;
    expect(box(close).left).to.be.at.least(box(title).right - 1);
  });

  it('turns a standalone element right to left on an English page, unless the integrator set dir', async () => {
    await i18n.setLocale('ar');
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="ltr" lang="en"><lb-search .adapter=${demo()}></lb-search><lb-search dir="ltr" .adapter=${demo()}></lb-search></div>`);
    const [search, pinned] = [...wrapper.querySelectorAll('lb-search')] as HTMLElement[];
    await (search as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(search!.getAttribute('dir')).to.equal('rtl');
    expect(search!.getAttribute('lang')).to.equal('ar');
    const input = search!.shadowRoot!.querySelector('input')!;
    expect(getComputedStyle(input).direction).to.equal('rtl');
    expect(input.placeholder).to.not.match(/[a-z]{4}/i); // Arabic, not the English fallback
    expect(pinned!.getAttribute('dir')).to.equal('ltr');
    await i18n.setLocale('en');
    await (search as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(search!.getAttribute('dir')).to.equal('ltr');
    expect(search!.getAttribute('lang')).to.equal('en');
  });
});
