/** `<lb-tickets>`: where focus goes between the list and a thread, and text direction of what users wrote. */
import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportAdapter } from '../../src/adapters/contract.js';
import '../../src/components/tickets/define.js';
import type { LbTickets } from '../../src/components/tickets/tickets.js';
import { deepActiveElement } from '../../src/core/focus-trap.js';
import { i18n } from '../../src/core/i18n.js';
import { resetStorage, testAdapter, until } from '../helpers.js';
import { $, $$ } from './helpers.js';

const rows = (element: Element) => $$(element, '[part~="ticket"]');
const row = (element: Element, text: string) => rows(element).find((candidate) => candidate.textContent!.includes(text));
/** What has focus, briefly (chai cannot print an element it compares). */
const focused = () => deepActiveElement()?.outerHTML.slice(0, 100) ?? 'nothing';

async function list(adapter: SupportAdapter = testAdapter()): Promise<LbTickets> {
  const element = await fixture<LbTickets>(html`<lb-tickets active .adapter=${adapter}></lb-tickets>`);
  await until(() => rows(element).length === 3, 3000, 'three tickets');
  return element;
}

describe('<lb-tickets> focus and direction', () => {
  beforeEach(() => resetStorage());
  afterEach(async () => {
    fixtureCleanup();
    await aTimeout(20);
    await i18n.setLocale('en');
  });

  it('returns focus to the ticket the user opened when they go back to the list', async () => {
    const element = await list();
    row(element, 'Authenticator codes rejected')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.id === 'thread-title', 3000, 'focus on the thread title');
    $<HTMLButtonElement>(element, '[part~="back-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => rows(element).length === 3, 3000, 'the list again');
    await element.updateComplete;
    expect(deepActiveElement() === row(element, 'Authenticator codes rejected'), focused()).to.equal(true);
  });

  it('falls back to the first ticket when the opened one left the list', async () => {
    const inner = testAdapter();
    let hide = false;
    const adapter: SupportAdapter = {
      ...inner,
      tickets: { ...inner.tickets!, list: async (options) => (await inner.tickets!.list(options)).filter((ticket) => !hide || !ticket.subject.includes('Authenticator')) },
    };
    const element = await list(adapter);
    row(element, 'Authenticator codes rejected')!.click();
    await until(() => $(element, '#thread-title'), 3000, 'the thread');
    hide = true;
    $<HTMLButtonElement>(element, '[part~="back-button"]')!.click();
    await until(() => rows(element).length === 2, 3000, 'the shorter list');
    await element.updateComplete;
    expect(deepActiveElement() === rows(element)[0], focused()).to.equal(true);
  });

  it('follows the ticket when the refreshed list moved it (a reply makes it the newest)', async () => {
    const element = await list();
    expect(rows(element).indexOf(row(element, 'Authenticator codes rejected')!)).to.equal(1);
    row(element, 'Authenticator codes rejected')!.click();
    await until(() => $(element, '#reply'), 3000, 'the reply box');
    const box = $<HTMLTextAreaElement>(element, '#reply')!;
    box.value = 'It works again, thanks';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    $<HTMLButtonElement>(element, '[part~="send-button"]')!.click();
    await until(() => $$(element, '.message-text').some((text) => text.textContent!.includes('It works again')), 3000, 'the reply in the thread');
    $<HTMLButtonElement>(element, '[part~="back-button"]')!.click();
    await until(() => rows(element)[0]?.textContent!.includes('Authenticator codes rejected'), 3000, 'the ticket on top');
    await aTimeout(50);
    expect(deepActiveElement() === row(element, 'Authenticator codes rejected'), focused()).to.equal(true);
  });

  it('lays out what users and agents wrote in its own direction in the Arabic interface', async () => {
    await i18n.setLocale('ar');
    const element = await list();
    const subject = row(element, 'USDT withdrawal')!.querySelector('.ticket-subject')!;
    expect(getComputedStyle(subject).direction).to.equal('ltr');
    row(element, 'USDT withdrawal')!.click();
    await until(() => $(element, '#thread-title') && $$(element, '[part~="message"]').length > 0, 3000, 'the thread');
    expect(getComputedStyle($(element, '#thread-title')!).direction).to.equal('ltr');
    const text = $$(element, '.message-text');
    expect(text.length).to.be.greaterThan(0);
    for (const paragraph of text) expect(getComputedStyle(paragraph).direction).to.equal('ltr');
    expect(getComputedStyle($(element, '[part~="base"]')!).direction).to.equal('rtl'); // the view itself stays right to left
  });
});
