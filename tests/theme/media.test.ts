/**
 * Media-driven theming: `auto` (prefers-color-scheme), forced colors and reduced motion. These need
 * `emulateMedia`, which web-test-runner's puppeteer launcher cannot do in Firefox (it needs CDP):
 * there the tests are skipped, and they run in Chromium.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/widget/define.js';
import type { LbWidget } from '../../src/components/widget/widget.js';
import { applyTheme, parseTokens, resolveTokens } from '../../src/styles/theme.js';
import { darkTokens, lightTokens } from '../../src/styles/tokens-css.js';
import { deepActiveElement } from '../../src/core/focus-trap.js';
import { resetStorage, until } from '../helpers.js';
import { deepElements, demo, homeOf, launcherOf, openWidget, rgb, surfaceOf, tokenOn } from './helpers.js';

const LIGHT = parseTokens(lightTokens);
const DARK = parseTokens(darkTokens);
const bg = (el: Element) => getComputedStyle(el).backgroundColor;
const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));

let canEmulate = true;

describe('theming: media features', () => {
  before(async () => {
    try {
      await emulateMedia({ colorScheme: 'light' });
    } catch {
      canEmulate = false; // Firefox through puppeteer (no CDP)
    }
  });
  beforeEach(function () {
    if (!canEmulate) this.skip();
    resetStorage();
  });
  afterEach(async () => {
    fixtureCleanup();
    if (canEmulate) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  it('theme="auto" follows prefers-color-scheme, in the panel and the nested views', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<LbWidget>(html`<lb-widget theme="auto" .adapter=${demo()}></lb-widget>`);
    const panel = await openWidget(el);
    expect(bg(surfaceOf(panel))).to.equal(rgb(DARK['--lb-color-surface']!));
    expect(getComputedStyle(homeOf(panel)).colorScheme).to.equal('dark');
    await emulateMedia({ colorScheme: 'light' });
    await until(() => bg(surfaceOf(panel)) === rgb(LIGHT['--lb-color-surface']!), 2000, 'light surface');
    expect(tokenOn(homeOf(panel), '--lb-color-text')).to.equal(LIGHT['--lb-color-text']);
  });

  it('without a theme the widget stays light even when the user prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
    const panel = await openWidget(el);
    expect(bg(surfaceOf(panel))).to.equal(rgb(LIGHT['--lb-color-surface']!));
  });

  it("'high-contrast auto' follows prefers-color-scheme", async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
    await applyTheme(el, 'high-contrast auto');
    const panel = await openWidget(el);
    expect(bg(surfaceOf(panel))).to.equal(rgb(resolveTokens('high-contrast', 'light')['--lb-color-surface']!));
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => bg(surfaceOf(panel)) === rgb(resolveTokens('high-contrast', 'dark')['--lb-color-surface']!), 2000, 'dark surface');
    expect(getComputedStyle(homeOf(panel)).colorScheme).to.equal('dark');
  });

  it('forced colors keep a visible focus outline, even where a component draws its ring with box-shadow', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
    const panel = await openWidget(el);
    const home = homeOf(panel);
    // The home view's search input sets `outline: none` and shows focus with a box-shadow, which
    // forced-colors mode removes.
    const input = home.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    input.focus();
    await until(() => home.shadowRoot!.activeElement === input, 2000, 'input focused');
    let style = getComputedStyle(input);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    // A button reached with the keyboard.
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    expect(active && active !== input && active.matches(':focus-visible'), 'focus moved to another control').to.equal(true);
    style = getComputedStyle(active!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('forced colors: the launcher keeps a visible focus outline and border', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
    const button = document.createElement('button');
    button.textContent = 'page';
    document.body.prepend(button);
    try {
      button.focus();
      await sendKeys({ press: 'Tab' });
      await until(() => el.shadowRoot!.activeElement === launcherOf(el), 2000, 'launcher focused');
      const style = getComputedStyle(launcherOf(el));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(style.borderTopStyle).to.equal('solid');
    } finally {
      button.remove();
    }
  });

  it('reduced motion: no transition or animation anywhere in the widget', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
    expect(seconds(getComputedStyle(launcherOf(el)).transitionDuration)).to.be.greaterThan(0.05); // moves normally
    await emulateMedia({ reducedMotion: 'reduce' });
    const panel = await openWidget(el);
    expect(seconds(getComputedStyle(launcherOf(el)).transitionDuration)).to.be.at.most(0.001);
    const moving = [launcherOf(el), ...deepElements(panel.shadowRoot!)].filter((node) => {
      const style = getComputedStyle(node);
      return seconds(style.transitionDuration) > 0.001 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0.001);
    });
    expect(moving.map((node) => node.localName + '.' + node.className)).to.deep.equal([]);
  });

  it("reduced motion wins over an integrator's own --lb-transition-duration", async () => {
    const el = await fixture<LbWidget>(html`<lb-widget style="--lb-transition-duration: 400ms" .adapter=${demo()}></lb-widget>`);
    expect(seconds(getComputedStyle(launcherOf(el)).transitionDuration)).to.equal(0.4);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(seconds(getComputedStyle(launcherOf(el)).transitionDuration)).to.be.at.most(0.001);
  });
});
