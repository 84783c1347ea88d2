/** `<lb-ticket-form>`: fields, validation, drafts, idempotent submit, duplicates, deflection, secrets. */
import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { render, type LitElement } from 'lit';
import { AdapterError, type SupportAdapter } from '../../src/adapters/contract.js';
import type { CreateTicketInput, TicketReplyInput } from '../../src/adapters/schemas.js';
import { viewById } from '../../src/components/panel/views.js';
import '../../src/components/tickets/define.js';
import type { LbTicketForm } from '../../src/components/ticket-form/ticket-form.js';
import { setDefaultAdapter } from '../../src/core/adapter-controller.js';
import type { NavigateParams } from '../../src/core/events.js';
import { deepActiveElement } from '../../src/core/focus-trap.js';
import { storageGate } from '../../src/core/storage.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';
import {
  $, $$, aMinuteAgo, blur, chooseCategory, fieldError, fieldWarning, fill, fillOther, fillWithdrawal, formFixture, submit, visibleFieldIds,
} from './helpers.js';

const BTC_GENESIS_TX = '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b';

/** The demo backend, recording what the form asks tickets.create for. */
function recordingCreates(): { adapter: SupportAdapter; sent: CreateTicketInput[] } {
  const inner = testAdapter();
  const sent: CreateTicketInput[] = [];
  const adapter: SupportAdapter = { ...inner, tickets: { ...inner.tickets!, create: (input, options) => (sent.push(input), inner.tickets!.create(input, options)) } };
  return { adapter, sent };
}

describe('lb-ticket-form', () => {
  beforeEach(() => resetStorage());
  afterEach(async () => {
    // A removed form saves its draft (asynchronously, through the secret guard): let it land
    // before the next test resets storage.
    fixtureCleanup();
    await aTimeout(20);
  });

  it('offers the topics of the form definition and shows a topic\'s fields', async () => {
    const element = await formFixture(testAdapter());
    const options = $$<HTMLOptionElement>(element, '#f-category option').map((option) => option.textContent?.trim());
    expect(options).to.include.members([
      'Account restriction or appeal', 'Login or 2FA problem', 'Identity verification (KYC)', 'Deposit not credited',
      'Withdrawal not received', 'Wrong address, network or memo', 'Trading or order dispute', 'API keys', 'P2P trade dispute', 'Something else',
    ]);
    expect(visibleFieldIds(element)).to.deep.equal([]);
    await chooseCategory(element, 'deposit');
    expect(visibleFieldIds(element)).to.deep.equal(['subject', 'description', 'uid', 'asset', 'network', 'tx-hash', 'address', 'amount', 'sent-at', 'files']);
    expect(visibleText(element)).to.contain('You sent crypto to your deposit address');
    expect($(element, '[part~="incident"] slot[name="incident"]'), 'the spot for an incident notice').to.exist;
  });

  it('shows and hides conditional fields, through chains', async () => {
    const element = await formFixture(testAdapter(), 'login-2fa');
    expect(visibleFieldIds(element)).to.not.include.members(['method', 'time-synced', 'selfie']);
    await fill(element, 'problem', 'lost-device');
    expect(visibleFieldIds(element)).to.include.members(['method', 'selfie']);
    expect(visibleFieldIds(element)).to.not.include('time-synced');
    await fill(element, 'method', 'authenticator');
    expect(visibleFieldIds(element)).to.include('time-synced');
    await fill(element, 'problem', 'no-code');
    // "method" is hidden, so "time-synced" (which depends on it) is hidden too, even with method still set.
    expect(visibleFieldIds(element)).to.not.include.members(['method', 'time-synced', 'selfie']);
    await fill(element, 'problem', 'code-rejected');
    expect(visibleFieldIds(element)).to.include.members(['method', 'time-synced']);
    expect(visibleFieldIds(element)).to.not.include('selfie');
  });

  it('asks for a memo or tag only on networks that need one', async () => {
    const element = await formFixture(testAdapter(), 'deposit');
    await fill(element, 'network', 'ETH');
    expect(visibleFieldIds(element)).to.not.include('memo');
    await fill(element, 'network', 'XRP');
    expect(visibleFieldIds(element)).to.include('memo');
    expect($(element, '#f-memo-help')!.textContent).to.contain('destination tag');
    await fill(element, 'memo', 'abc');
    expect(fieldError(element, 'memo')).to.contain('whole number');
    await fill(element, 'network', 'XLM');
    expect($(element, '#f-memo-help')!.textContent).to.contain('memo');
  });

  it('shows an error once a field is left, tied to it with aria-describedby and aria-invalid', async () => {
    const element = await formFixture(testAdapter(), 'deposit');
    const uid = $<HTMLInputElement>(element, '#f-uid')!;
    await fill(element, 'uid', '12', false);
    expect(fieldError(element, 'uid'), 'not while typing').to.equal(undefined);
    await blur(element, 'uid');
    expect(fieldError(element, 'uid')).to.contain('5 to 20 digits');
    expect(uid.getAttribute('aria-invalid')).to.equal('true');
    expect(uid.getAttribute('aria-describedby')!.split(' ')).to.include.members(['f-uid-help', 'f-uid-error']);
    await fill(element, 'uid', '35281649');
    expect(fieldError(element, 'uid')).to.equal(undefined);
    expect(uid.getAttribute('aria-invalid')).to.equal('false');
  });

  it('checks hashes, addresses and amounts against the chosen network and coin', async () => {
    const element = await formFixture(testAdapter(), 'deposit');
    await fill(element, 'asset', 'USDT');
    await fill(element, 'network', 'ETH');
    await fill(element, 'address', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD');
    expect(fieldError(element, 'address')).to.contain('checksum');
    await fill(element, 'address', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t');
    expect(fieldError(element, 'address')).to.equal(undefined);
    expect(fieldWarning(element, 'address')).to.contain('looks like a TRON address, but you chose Ethereum (ERC20)');
    expect($(element, '#f-address')!.getAttribute('aria-describedby')).to.contain('f-address-warning');

    await fill(element, 'tx-hash', BTC_GENESIS_TX.slice(1));
    expect(fieldError(element, 'tx-hash')).to.contain('64 hexadecimal characters; this one has 63');
    expect($(element, '[part~="explorer-link"]')).to.equal(null);
    await fill(element, 'tx-hash', BTC_GENESIS_TX);
    expect($(element, '[data-field="tx-hash"] lb-secret-alert'), 'a hash is expected in a hash field').to.equal(null);
    const link = $<HTMLAnchorElement>(element, '[part~="explorer-link"]')!;
    expect(link.href).to.equal(`https://etherscan.io/tx/0x${BTC_GENESIS_TX}`);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');

    await fill(element, 'amount', '10.1234567');
    expect(fieldError(element, 'amount')).to.contain('at most 6 decimals');
    await fill(element, 'asset', 'ETH');
    expect(fieldError(element, 'amount'), 'ETH has 18 decimals').to.equal(undefined);
  });

  it('links a TON hash pasted in base64 to the explorer by its hex form', async () => {
    const element = await formFixture(testAdapter(), 'deposit');
    await fill(element, 'network', 'TON');
    // A TON mainnet transaction as toncenter prints it; tonviewer links it by hex.
    await fill(element, 'tx-hash', 'jszcJzTyl9FRxfLUf6m+PcE8Smdtg1NcNYuHKa0vXhw=');
    expect(fieldError(element, 'tx-hash')).to.equal(undefined);
    expect($<HTMLAnchorElement>(element, '[part~="explorer-link"]')!.href)
      .to.equal('https://tonviewer.com/transaction/8eccdc2734f297d151c5f2d47fa9be3dc13c4a676d83535c358b8729ad2f5e1c');
    await fill(element, 'tx-hash', 'jszcJzTyl9FRxfLUf6m+PcE8Smdtg1NcNYuHKa0vXhx=');
    expect(fieldError(element, 'tx-hash')).to.contain('not a valid transaction hash for TON');
    expect($(element, '[part~="explorer-link"]')).to.equal(null);
  });

  it('on submit, lists what to fix and moves focus to the first invalid field', async () => {
    const element = await formFixture(testAdapter(), 'deposit');
    await fill(element, 'subject', 'Deposit missing');
    submit(element);
    await until(() => $(element, '[part~="error-summary"]'));
    const summary = $(element, '[part~="error-summary"]')!;
    expect(summary.textContent).to.contain('fields need your attention');
    expect(summary.textContent).to.contain('Describe what happened');
    await until(() => deepActiveElement()?.id === 'f-description', 2000, 'focus on the description');
    expect($(element, '#f-description')!.getAttribute('aria-invalid')).to.equal('true');
    // The summary's entries move focus to their field.
    const entries = Array.from($(element, '[part~="error-summary"]')!.querySelectorAll('button'));
    const uidEntry = entries.find((button) => button.textContent!.trim().startsWith('UID'));
    expect(uidEntry, entries.map((button) => button.textContent).join(' | ')).to.exist;
    uidEntry!.click();
    expect(deepActiveElement()?.id).to.equal('f-uid');
  });

  it('keeps the draft across a reload, per topic, and clears it only when the server confirmed the ticket', async () => {
    storageGate.allow();
    const adapter = testAdapter();
    let element = await formFixture(adapter, 'deposit');
    await fill(element, 'subject', 'USDT on TRON not credited');
    await fill(element, 'description', 'Sent 250 USDT two hours ago, the explorer shows it confirmed.');
    await fill(element, 'network', 'TRX');
    await fill(element, 'tx-hash', BTC_GENESIS_TX);
    await until(() => visibleText(element).includes('Draft saved'), 3000, 'the draft to be saved');

    // Another topic has its own draft; the subject carries over into an empty one.
    await chooseCategory(element, 'other');
    expect($<HTMLInputElement>(element, '#f-subject')!.value).to.equal('USDT on TRON not credited');
    element.remove();

    // "Reload": a new element (and a new store) built from storage only.
    element = await formFixture(testAdapter({ namespace: 'after-reload' }));
    await chooseCategory(element, 'deposit');
    expect($<HTMLInputElement>(element, '#f-subject')!.value).to.equal('USDT on TRON not credited');
    expect($<HTMLTextAreaElement>(element, '#f-description')!.value).to.contain('Sent 250 USDT');
    expect($<HTMLSelectElement>(element, '#f-network')!.value).to.equal('TRX');
    expect($<HTMLInputElement>(element, '#f-tx-hash')!.value).to.equal(BTC_GENESIS_TX);
    const stored = Object.keys(localStorage).filter((key) => key.startsWith('lifebuoy:tickets.draft.'));
    expect(stored.length).to.be.greaterThan(0);
    // The user is told the text is the one left earlier, until it is saved again.
    const draftStatus = () => visibleText($(element, '[part~="draft-status"]')!);
    expect(draftStatus()).to.match(/^Your draft from .+ was restored$/);
    expect(draftStatus(), 'a draft saved seconds ago shows its time, not "from now"').to.match(/^Your draft from \d{1,2}:\d{2}\s?[AP]M was restored$/);
    expect($(element, '[part~="discard-button"]'), 'a restored draft can be discarded').to.exist;

    // A failed submit keeps the draft.
    await fill(element, 'uid', '35281649');
    await until(() => draftStatus() === 'Draft saved', 3000, 'the edited draft to be saved');
    await fill(element, 'asset', 'USDT');
    await fill(element, 'address', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t');
    await fill(element, 'amount', '250');
    await fill(element, 'sent-at', aMinuteAgo());
    element.adapter = testAdapter({ fail: { 'tickets.create': 'unavailable' } });
    await element.updateComplete;
    await until(() => element.status === 'editing' && $(element, '#f-subject'));
    submit(element);
    await until(() => $(element, '[part~="submit-error"]'), 3000, 'the error');
    expect(localStorage.getItem('lifebuoy:tickets.draft.default.deposit')).to.not.equal(null);

    element.adapter = adapter;
    await element.updateComplete;
    await until(() => element.status === 'editing' && $(element, '#f-subject'));
    submit(element);
    await until(() => element.status === 'success', 3000, 'the ticket');
    expect(localStorage.getItem('lifebuoy:tickets.draft.default.deposit')).to.equal(null);
  });

  it('creates one ticket when the first submit times out after the server created it', async () => {
    const inner = testAdapter();
    const calls: CreateTicketInput[] = [];
    const flaky: SupportAdapter = {
      ...inner,
      tickets: {
        ...inner.tickets!,
        async create(input, options) {
          calls.push(input);
          const ticket = await inner.tickets!.create(input, options);
          if (calls.length === 1) throw new AdapterError('timeout', 'The request timed out.');
          return ticket;
        },
      },
    };
    const element = await formFixture(flaky);
    let created = 0;
    element.addEventListener('lb-ticket-created', () => created++);
    await fillOther(element, 'Fee tier question after timeout');
    submit(element);
    await until(() => $(element, '[part~="submit-error"]'), 3000, 'the timeout message');
    expect(visibleText($(element, '[part~="submit-error"]')!)).to.contain('taking too long');
    expect(visibleText($(element, '[part~="submit-error"]')!)).to.contain('will not create a second ticket');

    $<HTMLButtonElement>(element, '[part~="submit-error"] button')!.click();
    await until(() => element.status === 'success', 3000, 'success after retry');
    expect(calls).to.have.length(2);
    expect(calls[1]!.idempotencyKey).to.equal(calls[0]!.idempotencyKey);
    const tickets = (await inner.tickets!.list()).filter((ticket) => ticket.subject === 'Fee tier question after timeout');
    expect(tickets).to.have.length(1);
    expect(visibleText(element)).to.contain(`Ticket #${tickets[0]!.number} created`);
    expect(created).to.equal(1);
  });

  it('files the ticket without the chat when the backend does not know it, and says so', async () => {
    const inner = testAdapter();
    const calls: CreateTicketInput[] = [];
    // E.g. the chat ran on another backend, or the user signed in after the draft kept its id.
    const strict: SupportAdapter = {
      ...inner,
      tickets: {
        ...inner.tickets!,
        async create(input, options) {
          calls.push(input);
          if (input.conversationId) throw new AdapterError('not_found', 'No such conversation.');
          return inner.tickets!.create(input, options);
        },
      },
    };
    const element = await fixture<LbTicketForm>(html`<lb-ticket-form .adapter=${strict} conversation-id="c_elsewhere_1"></lb-ticket-form>`);
    await until(() => element.status === 'editing', 3000, 'the form');
    await fillOther(element, 'Filed although the chat is unknown');
    submit(element);
    await until(() => element.status === 'success', 3000, 'the ticket');
    expect(calls.map((call) => call.conversationId)).to.deep.equal(['c_elsewhere_1', undefined]);
    expect(calls[1]!.idempotencyKey).to.equal(calls[0]!.idempotencyKey);
    const success = visibleText($(element, '[part~="success"]')!);
    expect(success).to.match(/Ticket #\d+ created/);
    expect(success).to.contain('We could not attach your chat to this ticket');
    // The next ticket starts without the notice, and without the chat the backend did not know.
    $<HTMLButtonElement>(element, '[part~="new-ticket"]')!.click();
    await until(() => element.status === 'editing');
    expect($(element, '[part~="chat-not-attached"]')).to.equal(null);
    await fillOther(element, 'The next ticket after the unknown chat');
    expect(visibleText(element)).to.not.contain('Your chat will be attached to this ticket');
    submit(element);
    await until(() => element.status === 'success', 3000, 'the ticket');
    expect(calls.map((call) => call.conversationId)).to.deep.equal(['c_elsewhere_1', undefined, undefined]);
  });

  it('sends once on a double click', async () => {
    const inner = testAdapter({ latency: 30 });
    let calls = 0;
    const counting: SupportAdapter = { ...inner, tickets: { ...inner.tickets!, create: (input, options) => (calls++, inner.tickets!.create(input, options)) } };
    const element = await formFixture(counting);
    await fillOther(element, 'Double click');
    const button = $<HTMLButtonElement>(element, '[part~="submit-button"]')!;
    button.click();
    button.click();
    await until(() => element.status === 'success', 3000);
    button.click();
    expect(calls).to.equal(1);
    expect((await inner.tickets!.list()).filter((ticket) => ticket.subject === 'Double click')).to.have.length(1);
  });

  it('attaches the chat to a ticket opened with the params chat navigates with, and says so', async () => {
    const { adapter, sent } = recordingCreates();
    // What <lb-chat> emits when no agent is available (tests/chat/chat.test.ts), rendered the way
    // the panel renders the tickets view for it; the adapter comes from the page, as in the panel
    // it comes from the widget.
    const params: NavigateParams = { mode: 'new', conversationId: 'c_handover_42' };
    setDefaultAdapter(adapter);
    try {
      const view = await fixture(html`<div>${viewById('tickets').render(params, true)}</div>`);
      const form = () => view.querySelector('lb-tickets')?.shadowRoot?.querySelector<LbTicketForm>('lb-ticket-form') ?? null;
      await until(() => form()?.status === 'editing', 3000, 'the form');
      const element = form()!;
      await fillOther(element, 'Continuing my chat');
      expect(visibleText($(element, '[part~="conversation"]')!)).to.contain('Your chat will be attached to this ticket');
      submit(element);
      await until(() => element.status === 'success', 3000, 'the ticket');
      expect(sent).to.have.length(1);
      expect(sent[0]!.conversationId).to.equal('c_handover_42');
    } finally {
      setDefaultAdapter(undefined);
    }
  });

  it('attaches the chat to the next ticket too when the chat hands it over again after "Create another ticket"', async () => {
    const { adapter, sent } = recordingCreates();
    const params: NavigateParams = { mode: 'new', conversationId: 'c_handover_again' };
    setDefaultAdapter(adapter);
    try {
      // The panel renders the tickets view like this on each update. The chat handing the same
      // conversation over again renders the same values, so no binding sets anything anew.
      const view = await fixture<HTMLDivElement>(html`<div></div>`);
      const show = async (active: boolean) => {
        render(viewById('tickets').render(params, active), view);
        await view.querySelector<LitElement>('lb-tickets')!.updateComplete;
      };
      await show(true);
      const form = () => view.querySelector('lb-tickets')?.shadowRoot?.querySelector<LbTicketForm>('lb-ticket-form') ?? null;
      await until(() => form()?.status === 'editing', 3000, 'the form');
      const element = form()!;
      await fillOther(element, 'First ticket from my chat');
      submit(element);
      await until(() => element.status === 'success', 3000, 'the first ticket');
      $<HTMLButtonElement>(element, '[part~="new-ticket"]')!.click();
      await until(() => element.status === 'editing', 3000, 'a new form');
      await show(false); // the user goes back to the chat…
      await show(true); // …and turns it into a ticket again
      await fillOther(element, 'Second ticket from my chat');
      expect(visibleText(element)).to.contain('Your chat will be attached to this ticket');
      submit(element);
      await until(() => element.status === 'success', 3000, 'the second ticket');
      expect(sent.map((input) => input.conversationId)).to.deep.equal(['c_handover_again', 'c_handover_again']);
    } finally {
      setDefaultAdapter(undefined);
    }
  });

  it('gives the next ticket the chat the host hands over by then: a new one, or none once it is cleared', async () => {
    const { adapter, sent } = recordingCreates();
    const element = await fixture<LbTicketForm>(html`<lb-ticket-form .adapter=${adapter} conversation-id="c_first_chat"></lb-ticket-form>`);
    await until(() => element.status === 'editing', 3000, 'the form');
    await fillOther(element, 'Filed from the first chat');
    submit(element);
    await until(() => element.status === 'success', 3000, 'the first ticket');
    // Another chat is handed over while the confirmation shows: it is for the next ticket.
    element.conversationId = 'c_second_chat';
    await element.updateComplete;
    $<HTMLButtonElement>(element, '[part~="new-ticket"]')!.click();
    await until(() => element.status === 'editing', 3000, 'a new form');
    await fillOther(element, 'Filed from the second chat');
    expect(visibleText(element)).to.contain('Your chat will be attached to this ticket');
    submit(element);
    await until(() => element.status === 'success', 3000, 'the ticket');
    // The host no longer hands a chat over: the next ticket goes without one.
    element.conversationId = '';
    await element.updateComplete;
    $<HTMLButtonElement>(element, '[part~="new-ticket"]')!.click();
    await until(() => element.status === 'editing', 3000, 'a new form');
    await fillOther(element, 'Filed without a chat');
    expect(visibleText(element)).to.not.contain('Your chat will be attached to this ticket');
    submit(element);
    await until(() => element.status === 'success', 3000, 'the ticket');
    expect(sent.map((input) => input.conversationId)).to.deep.equal(['c_first_chat', 'c_second_chat', undefined]);
  });

  it('sends no conversation and shows no chat note for a ticket not opened from chat', async () => {
    const { adapter, sent } = recordingCreates();
    const element = await formFixture(adapter);
    await fillOther(element);
    expect($(element, '[part~="conversation"]')).to.equal(null);
    submit(element);
    await until(() => element.status === 'success', 3000, 'the ticket');
    expect(sent[0]!.conversationId).to.equal(undefined);
  });

  /** A draft begun on a form opened from a chat, left behind by a "reload" (the element goes). */
  const leaveDraftFromChat = async (conversationId: string, subject: string) => {
    storageGate.allow();
    const element = await fixture<LbTicketForm>(html`<lb-ticket-form .adapter=${testAdapter()} category-id="other" conversation-id=${conversationId}></lb-ticket-form>`);
    await until(() => element.status === 'editing', 3000, 'the form');
    await fill(element, 'subject', subject);
    await fill(element, 'description', 'The agent in the chat asked me to open a ticket for this.');
    await until(() => visibleText(element).includes('Draft saved'), 3000, 'the draft to be saved');
    element.remove();
  };

  it('keeps the chat with the draft across a reload: the note stays and the ticket still gets the chat', async () => {
    await leaveDraftFromChat('c_before_reload', 'Continuing my chat after a reload');
    // A new element, opened without the chat (e.g. from My tickets), built from storage only.
    const { adapter, sent } = recordingCreates();
    const element = await formFixture(adapter);
    expect($<HTMLInputElement>(element, '#f-subject')!.value).to.equal('Continuing my chat after a reload');
    expect(visibleText($(element, '[part~="conversation"]')!)).to.contain('Your chat will be attached to this ticket');
    submit(element);
    await until(() => element.status === 'success', 3000, 'the ticket');
    expect(sent[0]!.conversationId).to.equal('c_before_reload');
  });

  it('attaches the chat handed over after a reload rather than the one saved with the draft', async () => {
    await leaveDraftFromChat('c_first_chat', 'Two chats about one problem');
    const { adapter, sent } = recordingCreates();
    const element = await fixture<LbTicketForm>(html`<lb-ticket-form .adapter=${adapter} conversation-id="c_second_chat"></lb-ticket-form>`);
    await until(() => element.status === 'editing' && $(element, '#f-subject'), 3000, 'the restored draft');
    expect($<HTMLInputElement>(element, '#f-subject')!.value).to.equal('Two chats about one problem');
    // The draft now remembers the chat handed over.
    await until(() => localStorage.getItem('lifebuoy:tickets.draft.default.other')?.includes('c_second_chat'), 3000, 'the draft saved with the new chat');
    expect(visibleText($(element, '[part~="conversation"]')!)).to.contain('Your chat will be attached to this ticket');
    submit(element);
    await until(() => element.status === 'success', 3000, 'the ticket');
    expect(sent[0]!.conversationId).to.equal('c_second_chat');
  });

  it('shows the ticket number, expected response time and what happens next, and fires lb-ticket-created once', async () => {
    const element = await formFixture(testAdapter());
    await fillOther(element);
    const event = oneEvent(element, 'lb-ticket-created');
    submit(element);
    const { detail } = await event;
    await element.updateComplete;
    const success = visibleText($(element, '[part~="success"]')!);
    expect(success).to.contain(`Ticket #${detail.ticket.number} created`);
    expect(success).to.contain('We usually answer within 24 hours');
    expect(success).to.contain('What happens next');
    expect(deepActiveElement()?.id).to.equal('success-title');
    // "View ticket" asks the host to show it.
    const navigate = oneEvent(element, 'lb-navigate');
    $<HTMLButtonElement>(element, '[part~="view-ticket"]')!.click();
    expect((await navigate).detail).to.deep.equal({ view: 'tickets', params: { ticket: detail.ticket.id } });
  });

  it('offers to add to an open ticket of the same topic instead of filing a duplicate', async () => {
    const adapter = testAdapter();
    const element = await formFixture(adapter, 'withdrawal');
    // The demo user has ticket #100231 pending in "Withdrawal not received".
    await until(() => $(element, '[part~="duplicate"]'), 3000, 'the duplicate notice');
    expect(visibleText($(element, '[part~="duplicate"]')!)).to.contain('#100231');

    await fillWithdrawal(element);
    submit(element);
    await until(() => $(element, '[part~="duplicate-prompt"]'), 3000, 'the prompt');
    expect(visibleText($(element, '[part~="duplicate-prompt"]')!)).to.contain('Add to your open ticket instead?');
    expect(deepActiveElement()?.id).to.equal('duplicate-title');

    $<HTMLButtonElement>(element, '[part~="append-button"]')!.click();
    await until(() => element.status === 'success', 3000, 'added');
    expect(visibleText(element)).to.contain('Added to ticket #100231');
    const thread = await adapter.tickets!.get('t_seed_withdrawal');
    const added = thread.messages.filter((message) => message.author.role === 'user').at(-1)!;
    expect(added.text).to.contain('The USDT withdrawal has been processing for two days now.');
    expect(added.text).to.contain('Network: TRX');
    expect((await adapter.tickets!.list()).filter((ticket) => ticket.categoryId === 'withdrawal')).to.have.length(1);
  });

  it('attaches the chat to the open ticket it adds to, and says so before and after', async () => {
    const inner = testAdapter();
    const replies: TicketReplyInput[] = [];
    const adapter: SupportAdapter = { ...inner, tickets: { ...inner.tickets!, reply: (id, input, options) => (replies.push(input), inner.tickets!.reply(id, input, options)) } };
    const element = await fixture<LbTicketForm>(html`<lb-ticket-form .adapter=${adapter} category-id="withdrawal" conversation-id="c_handover_7"></lb-ticket-form>`);
    await until(() => element.status === 'editing' && $(element, '[part~="duplicate"]'), 3000, 'the form and the duplicate notice');
    await fillWithdrawal(element, { subject: 'Still missing, as I told the chat' });
    submit(element);
    await until(() => $(element, '[part~="append-button"]'), 3000, 'the prompt');
    expect(visibleText($(element, '[part~="conversation"]')!)).to.contain('Your chat will be attached to this ticket');
    const events: string[] = [];
    for (const name of ['lb-ticket-created', 'lb-ticket-updated']) {
      document.addEventListener(name, (event) => events.push(`${name}:${(event as CustomEvent).detail.ticket.number}`), { once: true });
    }
    $<HTMLButtonElement>(element, '[part~="append-button"]')!.click();
    await until(() => element.status === 'success', 3000, 'added');
    expect(events).to.deep.equal(['lb-ticket-updated:100231']); // integrators hear of it, and not as a new ticket

    expect(replies).to.have.length(1);
    expect(replies[0]!.conversationId).to.equal('c_handover_7');
    expect(visibleText($(element, '[part~="success"]')!)).to.contain('Added to ticket #100231');
    expect(visibleText($(element, '[part~="success"]')!)).to.not.contain('created');
    // What the user finds in the ticket: the added message names the chat that came with it.
    const added = (await inner.tickets!.get('t_seed_withdrawal')).messages.filter((message) => message.author.role === 'user').at(-1)!;
    expect(added.text).to.contain('Still missing, as I told the chat');
    expect(added.text).to.contain('(Chat c_handover_7 attached.)');
  });

  it('says "added", not "created", when a form that created a ticket later adds to one', async () => {
    const adapter = testAdapter();
    const element = await formFixture(adapter);
    await fillOther(element, 'First, a new ticket');
    submit(element);
    await until(() => element.status === 'success', 3000, 'the ticket');
    // The backend changes (e.g. the user signs in): the form reloads its definition without "Create another ticket".
    element.adapter = testAdapter();
    await element.updateComplete;
    await until(() => element.status === 'editing' && $(element, '#f-category'), 3000, 'the form again');
    await chooseCategory(element, 'withdrawal');
    await until(() => $(element, '[part~="duplicate"]'), 3000, 'the duplicate notice');
    await fillWithdrawal(element);
    submit(element);
    await until(() => $(element, '[part~="append-button"]'), 3000, 'the prompt');
    $<HTMLButtonElement>(element, '[part~="append-button"]')!.click();
    await until(() => element.status === 'success', 3000, 'added');
    expect(visibleText($(element, '[part~="success"]')!)).to.contain('Added to ticket #100231');
  });

  it('waits for the duplicate check before sending, however fast the user is', async () => {
    const inner = testAdapter({ speed: 1 }); // the agent takes 30 s: a new ticket stays open
    let release!: () => void;
    const slowList = new Promise<void>((resolve) => (release = resolve));
    const adapter: SupportAdapter = { ...inner, tickets: { ...inner.tickets!, list: async (options) => (await slowList, inner.tickets!.list(options)) } };
    const element = await formFixture(adapter, 'login-2fa');
    await inner.tickets!.create({ categoryId: 'login-2fa', subject: 'Earlier', description: 'x', fields: {}, attachmentIds: [], idempotencyKey: 'earlier-open-1' });
    await fill(element, 'subject', 'Codes rejected again');
    await fill(element, 'description', 'My authenticator codes are rejected again since this morning.');
    await fill(element, 'email', 'me@example.com');
    await fill(element, 'problem', 'no-code');
    submit(element);
    await aTimeout(50);
    expect(element.status, 'waiting for the check').to.not.equal('success');
    release();
    await until(() => $(element, '[part~="duplicate-prompt"]'), 3000, 'the prompt');
  });

  it('creates a new ticket anyway when the user says so', async () => {
    const adapter = testAdapter();
    const element = await formFixture(adapter, 'withdrawal');
    await until(() => $(element, '[part~="duplicate"]'));
    await fillWithdrawal(element, {
      subject: 'A different withdrawal',
      description: 'This is about another withdrawal, of BTC this time.',
      asset: 'BTC',
      network: 'BTC',
      'withdrawal-status': 'failed',
      address: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      amount: '0.015',
    });
    submit(element);
    await until(() => $(element, '[part~="create-anyway"]'));
    $<HTMLButtonElement>(element, '[part~="create-anyway"]')!.click();
    await until(() => element.status === 'success', 3000);
    expect((await adapter.tickets!.list()).filter((ticket) => ticket.categoryId === 'withdrawal')).to.have.length(2);
  });

  it('suggests up to three articles while the user writes, and records when one solved it', async () => {
    const inner = testAdapter();
    const queries: string[] = [];
    const feedback: { articleId: string; helpful: boolean }[] = [];
    const summary = (id: string, title: string) => ({ id, title, categoryId: 'deposits', locale: 'en', updatedAt: '2026-10-01T08:00:00Z' });
    const adapter: SupportAdapter = {
      ...inner,
      articles: {
        ...inner.articles!,
        async search(query) {
          queries.push(query.query);
          const hits = ['Deposit not credited', 'Deposit with a missing memo', 'Deposit on the wrong network', 'Network confirmations']
            .map((title, i) => ({ article: summary(`a${i}`, title), score: 4 - i, terms: [] }));
          return { hits, total: hits.length };
        },
        async feedback(vote) {
          feedback.push(vote);
        },
      },
    };
    const element = await formFixture(adapter, 'deposit');
    await fill(element, 'subject', 'Deposit', false);
    expect(queries, 'too short to search').to.deep.equal([]);
    await fill(element, 'subject', 'USDT deposit not credited', false);
    await until(() => $(element, '[part~="suggestions"]'), 3000, 'suggestions');
    expect(queries.at(-1)).to.equal('USDT deposit not credited');
    const titles = $$(element, '[part~="suggestion"]').map((link) => link.textContent!.trim());
    expect(titles).to.deep.equal(['Deposit not credited', 'Deposit with a missing memo', 'Deposit on the wrong network']);

    const deflected = oneEvent(element, 'lb-ticket-deflected');
    $$<HTMLButtonElement>(element, '[part~="solved-button"]')[0]!.click();
    const { detail } = await deflected;
    expect(detail.article.id).to.equal('a0');
    expect(detail.categoryId).to.equal('deposit');
    await until(() => feedback.length === 1);
    expect(feedback[0]).to.deep.equal({ articleId: 'a0', helpful: true });
    expect(visibleText(element)).to.contain('Glad that helped');
    expect(visibleText(element)).to.contain('No ticket was sent');
    expect((await inner.tickets!.list()).some((ticket) => ticket.subject === 'USDT deposit not credited')).to.equal(false);

    // "I still need help" goes back to the form as it was.
    $<HTMLButtonElement>(element, '[part~="resume-button"]')!.click();
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#f-subject')!.value).to.equal('USDT deposit not credited');
  });

  it('never searches, saves or sends text holding a secret', async () => {
    storageGate.allow();
    const inner = testAdapter();
    let searches = 0;
    let creates = 0;
    const adapter: SupportAdapter = {
      ...inner,
      articles: { ...inner.articles!, search: async () => (searches++, { hits: [], total: 0 }) },
      tickets: { ...inner.tickets!, create: (input, options) => (creates++, inner.tickets!.create(input, options)) },
    };
    const element = await formFixture(adapter, 'other');
    const blocked = oneEvent(element, 'lb-secret-blocked');
    const phrase = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
    await fill(element, 'subject', 'My wallet was emptied');
    await fill(element, 'description', `Here is my recovery phrase so you can check: ${phrase}`);
    const { detail } = await blocked;
    expect(detail).to.deep.equal({ kind: 'mnemonic', source: 'ticket-form' });
    await until(() => $(element, '[data-field="description"] lb-secret-alert'), 3000, 'the alert');
    expect(fieldError(element, 'description')).to.contain('looks like a secret');

    await until(() => visibleText(element).includes('Draft saved'), 3000, 'the draft (without the phrase)');
    const stored = localStorage.getItem('lifebuoy:tickets.draft.default.other')!;
    expect(stored).to.contain('My wallet was emptied');
    expect(stored).to.not.contain('abandon');

    submit(element);
    await until(() => $(element, '[part~="error-summary"]'));
    expect(creates).to.equal(0);
    expect(searches, 'deflection never sent the phrase').to.equal(0);
  });

  it('asks before sending a 64-hex string in free text, and sends after confirmation', async () => {
    const { adapter, sent } = recordingCreates();
    const element = await formFixture(adapter, 'other');
    await fill(element, 'subject', 'Where is my deposit');
    await fill(element, 'description', `My transaction is ${BTC_GENESIS_TX} and it is not credited.`);
    submit(element);
    await until(() => $(element, '[data-field="description"] lb-secret-alert'));
    expect(sent).to.have.length(0);
    expect(fieldError(element, 'description')).to.contain('confirm');
    // In a transaction-hash field the same string needs no confirmation.
    $(element, '[data-field="description"] lb-secret-alert')!.dispatchEvent(new CustomEvent('lb-secret-confirm', { detail: {}, bubbles: true, composed: true }));
    await until(() => element.status === 'success', 3000, 'sent after confirming');
    expect(sent).to.have.length(1);
    expect(sent[0]!.description).to.contain(BTC_GENESIS_TX);
  });

  it('is accessible with errors, warnings and suggestions on screen', async () => {
    const element = await formFixture(testAdapter(), 'deposit');
    await fill(element, 'network', 'XRP');
    await fill(element, 'address', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t');
    submit(element);
    await until(() => $(element, '[part~="error-summary"]'));
    await expect(element).to.be.accessible();
  });

  it('is accessible on the success screen', async () => {
    const element = await fixture<LbTicketForm>(html`<lb-ticket-form .adapter=${testAdapter()} category-id="other"></lb-ticket-form>`);
    await until(() => element.status === 'editing');
    await fillOther(element);
    submit(element);
    await until(() => element.status === 'success');
    await expect(element).to.be.accessible();
  });
});
