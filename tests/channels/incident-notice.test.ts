import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportAdapter } from '../../src/adapters/contract.js';
import type { Incident } from '../../src/adapters/schemas.js';
import { validated } from '../../src/adapters/validated.js';
import { demoIncidents } from '../../src/adapters/demo/status.js';
import { followedIncidents } from '../../src/core/status/follow.js';
import '../../src/components/incident-notice/define.js';
import '../../src/components/home/define.js';
import type { LbIncidentNotice } from '../../src/components/incident-notice/incident-notice.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';

const NOW = Date.parse('2027-01-05T02:00:00Z');

/** A status backend whose incidents the test edits between refreshes. */
function statusBackend(incidents: Incident[]): SupportAdapter {
  return validated({ name: 'status-test', async identify() {}, status: { incidents: async () => structuredClone(incidents) } });
}

async function notice(template: ReturnType<typeof html>) {
  const el = await fixture<LbIncidentNotice>(template);
  await el.ready;
  return el;
}

const titles = (el: LbIncidentNotice) => [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((node) => node.textContent);
const statusText = (el: LbIncidentNotice) => el.shadowRoot!.querySelector('[role="status"]')!.textContent ?? '';

describe('<lb-incident-notice>', () => {
  beforeEach(() => resetStorage());

  it('with no filter shows every active incident and upcoming maintenance', async () => {
    const el = await notice(html`<lb-incident-notice .adapter=${testAdapter({ now: () => NOW })} .now=${NOW}></lb-incident-notice>`);
    expect(titles(el)).to.deep.equal(['ETH withdrawals delayed', 'Scheduled BTC wallet maintenance']);
    const text = visibleText(el);
    expect(text).to.contain('Known issue (major)');
    expect(text).to.contain('Started 2 hours ago');
    expect(text).to.contain('Affects: ETH, USDT, USDC, ERC20');
    expect(text).to.contain('Scheduled maintenance (minor)');
  });

  it('shows the first incident whole and the others as one line each that opens with the keyboard', async () => {
    const el = await notice(html`<lb-incident-notice .adapter=${testAdapter({ now: () => NOW })} .now=${NOW}></lb-incident-notice>`);
    const [first, second] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="incident"]')];
    expect(visibleText(first!)).to.contain('Affects: ETH, USDT, USDC, ERC20');
    const summary = second!.querySelector<HTMLElement>('summary')!;
    // What is rendered (innerText leaves out a closed <details>' content).
    const rendered = (node: HTMLElement) => node.innerText.replace(/\s+/g, ' ').trim();
    expect(rendered(second!)).to.equal(rendered(summary));
    expect(visibleText(summary)).to.contain('Scheduled maintenance (minor)');
    expect(visibleText(summary)).to.contain('Scheduled BTC wallet maintenance');
    expect(second!.getBoundingClientRect().height, 'one line, not the whole notice').to.be.below(first!.getBoundingClientRect().height / 2);

    summary.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => rendered(second!).includes('Affects: BTC'), 3000, 'the details');
    expect(second!.querySelector('[part~="follow-button"]')).to.exist;
    await el.refresh(); // a refresh keeps what the user opened
    await el.updateComplete;
    expect(rendered(second!)).to.contain('Affects: BTC');
    await expect(el).to.be.accessible();
  });

  it('in Arabic, an English status text keeps its own direction (its full stop stays at its end)', async () => {
    const el = await notice(html`<lb-incident-notice dir="rtl" .adapter=${testAdapter({ now: () => NOW })} .now=${NOW}></lb-incident-notice>`);
    const root = el.shadowRoot!;
    const texts: Text[] = [];
    for (const container of root.querySelectorAll('[part~="latest"], .body')) {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) if (/[a-z]\.$/.test((walker.currentNode as Text).data.trim())) texts.push(walker.currentNode as Text);
    }
    expect(texts.length, 'an English latest update and an English body').to.be.at.least(2);
    for (const node of texts) {
      const end = node.data.trimEnd().length;
      const box = (start: number) => {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + 1);
        const rects = [...range.getClientRects()];
        return rects[rects.length - 1]!;
      };
      expect(box(end - 1).left, `"${node.data}": the full stop comes after the last word`).to.be.greaterThan(box(end - 2).left);
    }
  });

  it('shows only what matches its topic, assets or areas', async () => {
    const adapter = testAdapter({ now: () => NOW });
    const byTopic = await notice(html`<lb-incident-notice .adapter=${adapter} .now=${NOW} topic="eth withdrawal stuck"></lb-incident-notice>`);
    expect(titles(byTopic)).to.deep.equal(['ETH withdrawals delayed']);
    const byAsset = await notice(html`<lb-incident-notice .adapter=${adapter} .now=${NOW} assets="BTC"></lb-incident-notice>`);
    expect(titles(byAsset)).to.deep.equal(['Scheduled BTC wallet maintenance']);
    const byArea = await notice(html`<lb-incident-notice .adapter=${adapter} .now=${NOW} areas="trading"></lb-incident-notice>`);
    expect(titles(byArea)).to.deep.equal([]);
    expect(byArea.shadowRoot!.querySelector('[part~="base"]'), 'renders nothing when nothing matches').to.equal(null);
  });

  it('at the top of a ticket category, says a ticket may not be needed', async () => {
    const el = await notice(html`<lb-incident-notice
      .adapter=${testAdapter({ now: () => NOW })}
      .now=${NOW}
      variant="ticket"
      .tags=${['withdrawals', 'ETH']}
    ></lb-incident-notice>`);
    expect(titles(el)).to.deep.equal(['ETH withdrawals delayed']);
    expect(visibleText(el.shadowRoot!.querySelector('[part~="ticket-hint"]')!)).to.equal(
      'Your withdrawal may be affected by a known delay — you may not need a ticket.',
    );
  });

  it('reports nothing when the service is healthy or status is unavailable', async () => {
    const healthy = await notice(html`<lb-incident-notice .adapter=${testAdapter({ incidents: 'none' })}></lb-incident-notice>`);
    expect(titles(healthy)).to.deep.equal([]);
    const failing = await notice(html`<lb-incident-notice .adapter=${testAdapter({ fail: { status: 'unavailable' } })}></lb-incident-notice>`);
    expect(titles(failing)).to.deep.equal([]);
  });

  it('links to the status page in a new tab', async () => {
    const el = await notice(html`<lb-incident-notice .adapter=${testAdapter({ now: () => NOW })} .now=${NOW} assets="ETH"></lb-incident-notice>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!;
    expect(link.href).to.equal('https://status.lifebuoy-exchange.example/incidents/eth-withdrawals');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
  });

  it('following shows every update, is shared by other notices, and announces new updates', async () => {
    const incidents = demoIncidents(NOW).slice(0, 1);
    incidents[0]!.updates = incidents[0]!.updates.slice(0, 2);
    const adapter = statusBackend(incidents);
    const el = await notice(html`<lb-incident-notice .adapter=${adapter} .now=${NOW}></lb-incident-notice>`);
    const other = await notice(html`<lb-incident-notice .adapter=${adapter} .now=${NOW} topic="eth"></lb-incident-notice>`);
    const follow = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="follow-button"]')!;
    expect(follow.getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part~="updates"]')).to.equal(null);

    follow.click();
    await el.updateComplete;
    expect(follow.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[part~="updates"] li')).to.have.length(2);
    expect(followedIncidents.has('inc-eth-withdrawals')).to.equal(true);
    await other.updateComplete;
    expect(other.shadowRoot!.querySelector('[part~="follow-button"]')!.getAttribute('aria-pressed')).to.equal('true');

    incidents[0]!.updates.push({ at: new Date(NOW - 1000).toISOString(), text: 'The queue is clear.' });
    await el.refresh();
    await el.updateComplete;
    expect(statusText(el)).to.equal('Update on ETH withdrawals delayed: The queue is clear.');
    expect(visibleText(el.shadowRoot!.querySelector('[part~="updates"]')!)).to.contain('The queue is clear.');

    incidents[0]!.resolvedAt = new Date(NOW - 500).toISOString();
    await el.refresh();
    await el.updateComplete;
    expect(statusText(el)).to.equal('ETH withdrawals delayed is resolved.');
    expect(visibleText(el)).to.contain('Resolved');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="follow-button"]')!.click();
    await el.updateComplete;
    expect(titles(el), 'dismissed').to.deep.equal([]);
  });

  it('refreshes by itself while the user follows an incident', async () => {
    const incidents = demoIncidents(NOW).slice(0, 1);
    const adapter = statusBackend(incidents);
    let calls = 0;
    const counting: SupportAdapter = { ...adapter, status: { incidents: (o) => (calls++, adapter.status!.incidents(o)) } };
    const el = await notice(html`<lb-incident-notice .adapter=${counting} .now=${NOW} refresh-interval="0.05"></lb-incident-notice>`);
    const before = calls;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="follow-button"]')!.click();
    await until(() => calls >= before + 2, 3000, 'two refreshes');
    followedIncidents.set('inc-eth-withdrawals', false);
    await el.updateComplete;
  });

  it('does not announce anything for incidents the user does not follow', async () => {
    const incidents = demoIncidents(NOW).slice(0, 1);
    const el = await notice(html`<lb-incident-notice .adapter=${statusBackend(incidents)} .now=${NOW}></lb-incident-notice>`);
    incidents[0]!.updates.push({ at: new Date(NOW).toISOString(), text: 'News.' });
    await el.refresh();
    await el.updateComplete;
    expect(statusText(el)).to.equal('');
  });

  it('appears on the home view', async () => {
    const home = await fixture<HTMLElementTagNameMap['lb-home']>(html`<lb-home></lb-home>`);
    await home.updateComplete;
    expect(home.shadowRoot!.querySelector('lb-incident-notice'), 'home without a status domain').to.equal(null);
    const { setDefaultAdapter } = await import('../../src/core/adapter-controller.js');
    setDefaultAdapter(testAdapter());
    try {
      await until(() => home.shadowRoot!.querySelector('lb-incident-notice'), 2000, 'notice on home');
      const inner = home.shadowRoot!.querySelector<LbIncidentNotice>('lb-incident-notice')!;
      await inner.ready;
      await until(() => visibleText(inner).includes('ETH withdrawals delayed'), 2000, 'incident on home');
    } finally {
      setDefaultAdapter(undefined);
    }
  });

  it('is accessible, following or not', async () => {
    const el = await notice(html`<lb-incident-notice .adapter=${testAdapter({ now: () => NOW })} .now=${NOW} variant="ticket"></lb-incident-notice>`);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="follow-button"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
