/**
 * WCAG 2.2 AA colour contrast of every preset in every scheme it has: computed from the preset's
 * values (≥ 4.5:1 for text, ≥ 3:1 for focus rings, control borders and icons), checked against what
 * the browser actually computes for a themed widget, and cross-checked with axe's colour-contrast
 * rule on every view of the rendered panel (home, search results, chat, tickets, channels, verify).
 */
import { expect, fixture, fixtureCleanup, html, nextFrame } from '@open-wc/testing';
// axe-core (a dependency of @open-wc/testing) registers itself as window.axe.
import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';
import '../../src/components/widget/define.js';
import type { LbWidget } from '../../src/components/widget/widget.js';
import type { LbPanel } from '../../src/components/panel/panel.js';
import { applyTheme, presets, resolveTokens, type PresetName } from '../../src/styles/theme.js';
import { resetStorage } from '../helpers.js';
import { contrast, demo, homeOf, openWidget, rgb, tokenOn, VIEW_STATES } from './helpers.js';

const TEXT = 4.5;
const UI = 3;

/** [foreground, background, minimum ratio, where the pair appears] */
const PAIRS: [string, string, number, string][] = [
  ['text', 'surface', TEXT, 'body text'],
  ['text', 'surface-alt', TEXT, 'text on cards and inputs'],
  ['text-muted', 'surface', TEXT, 'secondary text'],
  ['text-muted', 'surface-alt', TEXT, 'secondary text on cards'],
  ['primary', 'surface', TEXT, 'links, current navigation item'],
  ['primary', 'surface-alt', TEXT, 'links on cards'],
  ['on-primary', 'primary', TEXT, 'panel header, primary buttons'],
  ['danger', 'surface', TEXT, 'error messages'],
  ['danger', 'danger-surface', TEXT, 'error banners'],
  ['text', 'danger-surface', TEXT, 'text in error banners'],
  ['on-danger', 'danger', TEXT, 'unread badge'],
  ['warning', 'surface', TEXT, 'warnings'],
  ['warning', 'warning-surface', TEXT, 'warning banners'],
  ['text', 'warning-surface', TEXT, 'text in warning banners'],
  ['success', 'surface', TEXT, 'success messages'],
  ['success', 'success-surface', TEXT, 'anti-phishing code, verified badge'],
  ['text', 'success-surface', TEXT, 'text in success banners'],
  ['text-muted', 'danger-surface', TEXT, 'secondary text in error banners'],
  ['text-muted', 'warning-surface', TEXT, 'secondary text in warning banners (incident notice)'],
  ['text-muted', 'success-surface', TEXT, 'secondary text in success banners'],
  ['text', 'highlight', TEXT, 'search matches'],
  ['focus', 'surface', UI, 'focus ring'],
  ['focus', 'surface-alt', UI, 'focus ring on cards'],
];

const CASES: [PresetName, 'light' | 'dark'][] = [];
for (const [name, preset] of Object.entries(presets) as [PresetName, (typeof presets)[PresetName]][]) {
  const hasLight = !('dark' in preset) || 'light' in preset;
  const hasDark = 'dark' in preset || !('light' in preset);
  if (hasLight) CASES.push([name, 'light']);
  if (hasDark) CASES.push([name, 'dark']);
}

const token = (map: Record<string, string>, name: string) => map[`--lb-color-${name}`]!;

describe('theming: contrast of every preset (WCAG AA)', () => {
  beforeEach(() => resetStorage());
  afterEach(() => fixtureCleanup());

  it('covers every preset, light and dark where the preset has them', () => {
    expect(CASES.map(([name, scheme]) => `${name} ${scheme}`)).to.include.members([
      'default light', 'default dark', 'midnight dark', 'binance-like dark', 'high-contrast light', 'high-contrast dark',
    ]);
  });

  for (const [name, scheme] of CASES) {
    const label = `${name} (${scheme})`;

    it(`${label}: every text/background pair meets its minimum`, () => {
      const tokens = resolveTokens(name, scheme);
      const failures = PAIRS.map(([fg, bg, min, where]) => ({ fg, bg, min, where, ratio: contrast(token(tokens, fg), token(tokens, bg)) }))
        .filter(({ ratio, min }) => !(ratio >= min))
        .map(({ fg, bg, min, ratio, where }) => `${fg} on ${bg}: ${ratio.toFixed(2)}:1 < ${min}:1 (${where})`);
      // The launcher's icon is a UI graphic on the launcher background (component tokens).
      const launcher = contrast(tokens['--lb-launcher-color']!, tokens['--lb-launcher-background']!);
      if (!(launcher >= UI)) failures.push(`launcher icon: ${launcher.toFixed(2)}:1 < 3:1`);
      expect(failures).to.deep.equal([]);
    });

    it(`${label}: a themed widget computes exactly these values, down to the nested views`, async () => {
      const el = await fixture<LbWidget>(html`<lb-widget .adapter=${demo()}></lb-widget>`);
      await applyTheme(el, `${name} ${scheme}`);
      const panel = await openWidget(el);
      const expected = resolveTokens(name, scheme);
      const home = homeOf(panel);
      const mismatches = Object.keys(expected)
        .filter((property) => property.startsWith('--lb-color-'))
        .filter((property) => rgb(tokenOn(home, property)) !== rgb(expected[property]!))
        .map((property) => `${property}: ${tokenOn(home, property)} ≠ ${expected[property]}`);
      expect(mismatches).to.deep.equal([]);
    });
  }
});

// One widget walks every view state once; each preset is then applied to the same widget and axe
// checks every state under it. Loading the views once per preset would take a minute per browser.
describe('theming: axe colour-contrast in every view under every preset', () => {
  let el: LbWidget;
  let panel: LbPanel;
  const axe = () => (window as unknown as { axe: typeof Axe }).axe;

  before(async () => {
    resetStorage();
    // Not fixture(): @open-wc/testing cleans fixtures up after each test.
    el = Object.assign(document.createElement('lb-widget'), { adapter: demo() });
    document.body.append(el);
    panel = await openWidget(el);
    for (const show of Object.values(VIEW_STATES)) await show(el, panel);
  });
  after(() => el.remove());

  it('walks home, search results, chat, tickets list and form, channels and a verify verdict', () => {
    expect(Object.keys(VIEW_STATES)).to.deep.equal(['home', 'search', 'chat', 'tickets', 'new ticket', 'channels', 'verify']);
  });

  for (const [name, scheme] of CASES) {
    it(`${name} (${scheme}): no colour-contrast violation in any view`, async () => {
      await applyTheme(el, `${name} ${scheme}`);
      const violations: string[] = [];
      for (const [state, show] of Object.entries(VIEW_STATES)) {
        await show(el, panel);
        await nextFrame();
        const results = await axe().run(el, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] });
        violations.push(...results.violations.flatMap((violation) => violation.nodes.map((node) => `${state}: ${node.target.join(' ')}: ${node.any[0]?.message ?? violation.help}`)));
      }
      expect(violations).to.deep.equal([]);
    });
  }
});
