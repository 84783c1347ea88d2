/**
 * `::part` from the page: the parts of the panel and of every view inside it are forwarded through
 * `<lb-widget>` (`panel-title`, `chat-bubble`, `tickets-field` …), so an integrator's
 * `lb-widget::part(…)` rule reaches elements two and three shadow roots deep.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/widget/define.js';
import type { LbWidget } from '../../src/components/widget/widget.js';
import type { LbPanel } from '../../src/components/panel/panel.js';
import { PANEL_PARTS, VIEW_PARTS } from '../../src/components/panel/views.js';
import type { ViewId } from '../../src/core/events.js';
import { resetStorage, until } from '../helpers.js';
import { demo, openWidget, partIn, viewIn, VIEW_STATES } from './helpers.js';

/** Every forwarded name, each with its own outline colour so a match proves which rule applied. */
const FORWARDED = [...PANEL_PARTS.map((name) => `panel-${name}`), ...Object.entries(VIEW_PARTS).flatMap(([view, names]) => names.map((name) => `${view}-${name}`))];
const colourOf = (name: string) => {
  const index = FORWARDED.indexOf(name);
  return `rgb(1, ${Math.floor(index / 256)}, ${index % 256})`;
};
const outlined = (element: Element) => getComputedStyle(element).outlineColor;

let style: HTMLStyleElement;
before(() => {
  style = document.createElement('style');
  style.textContent = FORWARDED.map((name) => `lb-widget::part(${name}) { outline: 3px solid ${colourOf(name)}; }`).join('\n');
  document.head.append(style);
});
after(() => style.remove());

describe('theming: parts forwarded through <lb-widget>', () => {
  let el: LbWidget;
  let panel: LbPanel;

  before(async () => {
    resetStorage();
    // Not fixture(): @open-wc/testing cleans fixtures up after each test; the views load once.
    el = Object.assign(document.createElement('lb-widget'), { adapter: demo() });
    document.body.append(el);
    panel = await openWidget(el);
  });
  after(() => el.remove());

  /** [state to show, forwarded name, the element it names] — at least one part of each view. */
  const CASES: [string, string, (panel: LbPanel) => Element | null][] = [
    ['home', 'panel-header', (p) => partIn(p, 'header')],
    ['home', 'panel-title', (p) => partIn(p, 'title')],
    ['home', 'panel-close-button', (p) => partIn(p, 'close-button')],
    ['home', 'panel-nav-item', (p) => partIn(p, 'nav-item')],
    ['home', 'home-greeting', (p) => partIn(viewIn(p, 'lb-home'), 'greeting')],
    ['search', 'panel-back-button', (p) => partIn(p, 'back-button')],
    ['search', 'search-input', (p) => partIn(viewIn(p, 'lb-search'), 'input')],
    ['search', 'search-result', (p) => partIn(viewIn(p, 'lb-search'), 'result')],
    ['search', 'search-mark', (p) => partIn(viewIn(p, 'lb-search'), 'mark')],
    ['chat', 'chat-bubble', (p) => partIn(viewIn(p, 'lb-chat'), 'bubble')],
    ['chat', 'chat-composer', (p) => partIn(viewIn(p, 'lb-chat'), 'composer')],
    // Passed on by lb-chat from its composer: three shadow roots below the page.
    ['chat', 'chat-send-button', (p) => partIn(partIn(viewIn(p, 'lb-chat'), 'composer'), 'send-button')],
    ['tickets', 'tickets-ticket', (p) => partIn(viewIn(p, 'lb-tickets'), 'ticket')],
    ['new ticket', 'tickets-field', (p) => partIn(partIn(viewIn(p, 'lb-tickets'), 'form'), 'field')],
    ['new ticket', 'tickets-input', (p) => partIn(partIn(viewIn(p, 'lb-tickets'), 'form'), 'input')],
    ['channels', 'channels-channel', (p) => partIn(viewIn(p, 'lb-channel-picker'), 'channel')],
    ['verify', 'verify-verdict', (p) => partIn(viewIn(p, 'lb-verify'), 'verdict')],
    ['verify', 'verify-input', (p) => partIn(viewIn(p, 'lb-verify'), 'input')],
  ];

  for (const [state, name, find] of CASES) {
    it(`lb-widget::part(${name}) reaches its element (${state})`, async () => {
      await VIEW_STATES[state]!(el, panel);
      const target = find(panel);
      expect(target, name).to.exist;
      expect(outlined(target!), name).to.equal(colourOf(name));
      expect(getComputedStyle(target!).outlineWidth).to.equal('3px');
    });
  }

  /** The view element of a state and its id. */
  const VIEW_OF: Record<string, [ViewId, string]> = {
    home: ['home', 'lb-home'], search: ['search', 'lb-search'], chat: ['chat', 'lb-chat'], tickets: ['tickets', 'lb-tickets'],
    'new ticket': ['tickets', 'lb-tickets'], channels: ['channels', 'lb-channel-picker'], verify: ['verify', 'lb-verify'],
  };

  for (const state of Object.keys(VIEW_STATES)) {
    it(`every part ${state} renders is forwarded and reachable from the page`, async () => {
      await VIEW_STATES[state]!(el, panel);
      const [view, tag] = VIEW_OF[state]!;
      const problems: string[] = [];
      for (const element of Array.from(viewIn(panel, tag)!.shadowRoot!.querySelectorAll('[part]'))) {
        const names = element.getAttribute('part')!.split(/\s+/).filter(Boolean);
        for (const name of names.filter((part) => !VIEW_PARTS[view].includes(part))) problems.push(`${name} is not forwarded`);
        if (!names.some((part) => outlined(element) === colourOf(`${view}-${part}`))) problems.push(`${names.join(' ')} is not reached`);
      }
      // The panel's own parts too; `view` marks the view elements and is not forwarded.
      for (const element of Array.from(panel.shadowRoot!.querySelectorAll('[part]:not([part="view"])'))) {
        const names = element.getAttribute('part')!.split(/\s+/);
        if (!names.some((part) => outlined(element) === colourOf(`panel-${part}`))) problems.push(`panel ${names.join(' ')} is not reached`);
      }
      expect([...new Set(problems)]).to.deep.equal([]);
    });
  }
});

describe('theming: panel parts when no view can load', () => {
  beforeEach(() => resetStorage());

  it('lb-widget::part(panel-error) reaches the error shown when the adapter fails to load', async () => {
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${() => Promise.reject(new Error('offline'))}></lb-widget>`);
    await el.show();
    const panel = () => el.shadowRoot!.querySelector<LbPanel>('lb-panel');
    await until(() => partIn(panel(), 'error'), 3000, 'the adapter error');
    expect(outlined(partIn(panel(), 'error')!)).to.equal(colourOf('panel-error'));
    expect(outlined(partIn(panel(), 'header')!)).to.equal(colourOf('panel-header'));
  });
});
