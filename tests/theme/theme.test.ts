import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/components/widget/define.js';
import '../../src/components/search/define.js';
import type { LbWidget } from '../../src/components/widget/widget.js';
import { applyTheme, installPresets, parseTokens, resolveTokens } from '../../src/styles/theme.js';
import { darkTokens, lightTokens } from '../../src/styles/tokens-css.js';
import { createWidget } from '../../src/api.js';
import { resetStorage, testAdapter, until } from '../helpers.js';
import { deepElements, demo, headerOf, homeOf, launcherOf, openWidget, rgb, surfaceOf, tokenOn } from './helpers.js';

const LIGHT = parseTokens(lightTokens);
const DARK = parseTokens(darkTokens);
const bg = (el: Element) => getComputedStyle(el).backgroundColor;

describe('theming: tokens reach every element', () => {
  beforeEach(() => resetStorage());
  afterEach(() => fixtureCleanup());

  it('uses the documented defaults when nothing is set', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
    expect(bg(launcherOf(el))).to.equal(rgb(LIGHT['--lb-color-primary']!));
    const panel = await openWidget(el);
    expect(bg(headerOf(panel))).to.equal(rgb(LIGHT['--lb-color-primary']!));
    expect(bg(surfaceOf(panel))).to.equal(rgb(LIGHT['--lb-color-surface']!));
  });

  it('an inline --lb-color-primary on <lb-widget> colours the launcher and, after opening, the panel header', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget style="--lb-color-primary: rgb(200, 30, 90)" .adapter=${demo()}></lb-widget>`);
    expect(bg(launcherOf(el))).to.equal('rgb(200, 30, 90)');
    const panel = await openWidget(el);
    expect(bg(headerOf(panel))).to.equal('rgb(200, 30, 90)');
    // …and the views nested two shadow roots deeper inherit it instead of their own defaults.
    expect(tokenOn(homeOf(panel), '--lb-color-primary')).to.equal('rgb(200, 30, 90)');
  });

  it("the integrator's own CSS rule on lb-widget reaches nested views (text colour inside the home view)", async () => {
    const style = document.createElement('style');
    style.textContent = 'lb-widget.brand { --lb-color-text-muted: rgb(1, 2, 3); --lb-color-surface: rgb(250, 250, 240); }';
    document.head.append(style);
    try {
      const el = await fixture<LbWidget>(html`<lb-widget class="brand" .adapter=${demo()}></lb-widget>`);
      const panel = await openWidget(el);
      expect(bg(surfaceOf(panel))).to.equal('rgb(250, 250, 240)');
      const home = homeOf(panel);
      const muted = deepElements(home.shadowRoot!).filter((node) => getComputedStyle(node).color === 'rgb(1, 2, 3)');
      expect(muted.length, 'elements in <lb-home> drawn in the overridden muted colour').to.be.greaterThan(0);
      // Nested Lifebuoy elements deeper still (e.g. the incident notice inside the home view) inherit too.
      for (const nested of deepElements(home.shadowRoot!).filter((node) => node.localName.startsWith('lb-'))) {
        expect(tokenOn(nested, '--lb-color-text-muted'), nested.localName).to.equal('rgb(1, 2, 3)');
      }
    } finally {
      style.remove();
    }
  });

  it('tokens set on a part (lb-widget::part(panel)) reach the views inside it', async () => {
    const style = document.createElement('style');
    style.textContent = 'lb-widget::part(panel) { --lb-color-surface: rgb(220, 230, 240); }';
    document.head.append(style);
    try {
      const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
      const panel = await openWidget(el);
      expect(bg(surfaceOf(panel))).to.equal('rgb(220, 230, 240)');
      expect(tokenOn(homeOf(panel), '--lb-color-surface')).to.equal('rgb(220, 230, 240)');
      expect(bg(launcherOf(el))).to.equal(rgb(LIGHT['--lb-color-primary']!)); // outside the part: unchanged
    } finally {
      style.remove();
    }
  });

  it('a component token (two tiers) follows the global one unless set itself', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget style="--lb-color-primary: rgb(10, 20, 30)" .adapter=${demo()}></lb-widget>`);
    expect(bg(launcherOf(el))).to.equal('rgb(10, 20, 30)');
    el.style.setProperty('--lb-launcher-background', 'rgb(40, 50, 60)');
    expect(bg(launcherOf(el))).to.equal('rgb(40, 50, 60)');
  });

  it('a standalone element on the page takes tokens set on itself', async () => {
    const el = await fixture(html`<lb-search mode="standalone" style="--lb-color-text: rgb(4, 5, 6); --lb-color-surface: rgb(7, 8, 9)" .adapter=${testAdapter()}></lb-search>`);
    await until(() => el.shadowRoot?.querySelector('input'), 3000, 'search input');
    const input = el.shadowRoot!.querySelector('input')!;
    expect(getComputedStyle(input).color).to.equal('rgb(4, 5, 6)');
    const painted = deepElements(el.shadowRoot!).filter((node) => bg(node) === 'rgb(7, 8, 9)');
    expect(painted.length, 'elements painted with the overridden surface').to.be.greaterThan(0);
  });

  it('a standalone element honours theme="dark" on itself', async () => {
    const el = await fixture(html`<lb-search mode="standalone" theme="dark" .adapter=${testAdapter()}></lb-search>`);
    await until(() => el.shadowRoot?.querySelector('input'), 3000, 'search input');
    expect(getComputedStyle(el.shadowRoot!.querySelector('input')!).color).to.equal(rgb(DARK['--lb-color-text']!));
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
  });

  it('the unread badge uses the on-danger token, not a hard-coded white', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget theme="dark" .unread=${3} .adapter=${demo()}></lb-widget>`);
    const badge = el.shadowRoot!.querySelector<HTMLElement>('[part~="badge"]')!;
    const dark = resolveTokens('default', 'dark');
    expect(getComputedStyle(badge).color).to.equal(rgb(dark['--lb-color-on-danger']!));
    expect(rgb(dark['--lb-color-on-danger']!)).to.not.equal('rgb(255, 255, 255)');
    expect(bg(badge)).to.equal(rgb(dark['--lb-color-danger']!));
  });
});

describe('theming: modes', () => {
  beforeEach(() => resetStorage());
  afterEach(() => fixtureCleanup());

  it('theme="dark" darkens the launcher, the panel and the nested views (and their color-scheme)', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget theme="dark" .adapter=${demo()}></lb-widget>`);
    expect(bg(launcherOf(el))).to.equal(rgb(DARK['--lb-color-primary']!));
    const panel = await openWidget(el);
    expect(bg(surfaceOf(panel))).to.equal(rgb(DARK['--lb-color-surface']!));
    expect(getComputedStyle(surfaceOf(panel)).color).to.equal(rgb(DARK['--lb-color-text']!));
    expect(bg(headerOf(panel))).to.equal(rgb(DARK['--lb-color-primary']!));
    const home = homeOf(panel);
    expect(tokenOn(home, '--lb-color-surface')).to.equal(DARK['--lb-color-surface']);
    expect(getComputedStyle(home).colorScheme).to.equal('dark');
    expect(getComputedStyle(panel).colorScheme).to.equal('dark');
  });

  it('switching the theme attribute at runtime restyles the open panel', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
    const panel = await openWidget(el);
    expect(bg(surfaceOf(panel))).to.equal(rgb(LIGHT['--lb-color-surface']!));
    el.setAttribute('theme', 'dark');
    expect(bg(surfaceOf(panel))).to.equal(rgb(DARK['--lb-color-surface']!));
    el.setAttribute('theme', 'light');
    expect(bg(surfaceOf(panel))).to.equal(rgb(LIGHT['--lb-color-surface']!));
  });

  it("the integrator's CSS beats the dark mode and presets", async () => {
    const style = document.createElement('style');
    style.textContent = 'lb-widget { --lb-color-primary: rgb(9, 99, 9); }';
    document.head.append(style);
    try {
      const el = await fixture<LbWidget>(html`<lb-widget theme="dark" .adapter=${demo()}></lb-widget>`);
      await applyTheme(el, 'midnight');
      expect(bg(launcherOf(el))).to.equal('rgb(9, 99, 9)');
      const panel = await openWidget(el);
      expect(bg(headerOf(panel))).to.equal('rgb(9, 99, 9)');
      // …while the preset still sets everything the integrator did not.
      expect(bg(surfaceOf(panel))).to.equal(rgb(resolveTokens('midnight', 'dark')['--lb-color-surface']!));
    } finally {
      style.remove();
    }
  });
});

describe('theming: presets and applyTheme', () => {
  beforeEach(() => resetStorage());
  afterEach(() => fixtureCleanup());

  for (const [theme, preset, scheme] of [
    ['midnight', 'midnight', 'dark'],
    ['binance-like', 'binance-like', 'dark'],
    ['binance-like light', 'binance-like', 'dark'], // dark-only preset: dark whatever the mode
    ['high-contrast', 'high-contrast', 'light'],
    ['high-contrast dark', 'high-contrast', 'dark'],
    ['default dark', 'default', 'dark'],
  ] as const) {
    it(`applyTheme(el, '${theme}') styles the launcher and the open panel (${scheme})`, async () => {
      const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
      await applyTheme(el, theme);
      const expected = resolveTokens(preset, scheme);
      expect(bg(launcherOf(el))).to.equal(rgb(expected['--lb-launcher-background']!));
      const panel = await openWidget(el);
      expect(bg(surfaceOf(panel))).to.equal(rgb(expected['--lb-color-surface']!));
      expect(getComputedStyle(headerOf(panel)).color).to.equal(rgb(expected['--lb-color-on-primary']!));
      expect(getComputedStyle(surfaceOf(panel)).borderTopLeftRadius).to.equal(expected['--lb-radius']);
      expect(getComputedStyle(homeOf(panel)).colorScheme).to.equal(scheme);
    });
  }

  it('a mode keeps the preset and a preset keeps the mode', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
    await applyTheme(el, 'high-contrast');
    await applyTheme(el, 'dark');
    expect(el.getAttribute('theme')).to.equal('high-contrast dark');
    await applyTheme(el, 'default');
    expect(el.getAttribute('theme')).to.equal('dark');
    await applyTheme(el, { mode: 'light', preset: 'midnight' });
    expect(el.getAttribute('theme')).to.equal('midnight light');
  });

  it('token objects (camelCase or --lb- names) merge, an empty string removes one', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
    await applyTheme(el, { colorPrimary: 'rgb(1, 1, 1)', '--lb-launcher-size': '64px' });
    await applyTheme(el, { mode: 'dark', radius: '2px' });
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(bg(launcherOf(el))).to.equal('rgb(1, 1, 1)');
    expect(getComputedStyle(launcherOf(el)).width).to.equal('64px');
    await applyTheme(el, { colorPrimary: '' });
    expect(bg(launcherOf(el))).to.equal(rgb(DARK['--lb-color-primary']!));
  });

  it('refuses unknown modes, presets and tokens and unsafe values, changing nothing', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget theme="dark" .adapter=${demo()}></lb-widget>`);
    const before = el.getAttribute('style');
    expect(() => applyTheme(el, 'sepia')).to.throw(TypeError, /Unknown theme "sepia"/);
    expect(() => applyTheme(el, { preset: 'nope' })).to.throw(TypeError, /Unknown theme/);
    expect(() => applyTheme(el, { colourPrimary: 'red' })).to.throw(TypeError, /Unknown theme token/);
    expect(() => applyTheme(el, { colorPrimary: 'red; background: url(x)' })).to.throw(TypeError, /Invalid value/);
    expect(() => applyTheme(el, { colorPrimary: 'red', colorText: 'url(https://evil.example/x)' })).to.throw(TypeError, /Invalid value/);
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.getAttribute('style')).to.equal(before);
  });

  it('presets work on a standalone element that is upgraded later', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('lb-search');
    el.setAttribute('mode', 'standalone');
    (el as HTMLElement & { adapter: unknown }).adapter = testAdapter();
    const applied = applyTheme(el, 'binance-like');
    host.append(el);
    await applied;
    await until(() => el.shadowRoot?.querySelector('input'), 3000, 'search input');
    expect(getComputedStyle(el.shadowRoot!.querySelector('input')!).color).to.equal(rgb(resolveTokens('binance-like', 'dark')['--lb-color-text']!));
    await installPresets(el); // idempotent
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.equal(new Set(el.shadowRoot!.adoptedStyleSheets).size);
  });

  it("Lifebuoy('init', { theme }) and setTheme apply to the mounted widget", async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const handle = createWidget({ adapter: demo(), container, theme: { preset: 'midnight', colorPrimary: 'rgb(3, 3, 3)' } });
    try {
      await until(() => handle.element.getAttribute('theme') === 'midnight', 3000, 'theme attribute');
      expect(bg(launcherOf(handle.element))).to.equal('rgb(3, 3, 3)');
      await handle.setTheme('high-contrast');
      expect(handle.element.getAttribute('theme')).to.equal('high-contrast');
      const panel = await openWidget(handle.element);
      expect(bg(surfaceOf(panel))).to.equal(rgb(resolveTokens('high-contrast', 'light')['--lb-color-surface']!));
      let error: unknown;
      await handle.setTheme('neon').catch((e: unknown) => (error = e));
      expect(String(error)).to.match(/Unknown theme "neon"/);
    } finally {
      handle.destroy();
    }
  });
});
