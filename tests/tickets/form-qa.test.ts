/**
 * `<lb-ticket-form>` as users met it in QA: the first error brought into view without pushing the
 * panel's frame, hashes pasted as explorer links or across a line break, digits typed on Arabic or
 * Chinese keyboards, a negative amount, and the backend's English labels in the Arabic interface.
 */
import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import type { SupportAdapter } from '../../src/adapters/contract.js';
import type { User } from '../../src/adapters/schemas.js';
import { userContext } from '../../src/core/context.js';
import '../../src/components/ticket-form/define.js';
import '../../src/components/tickets/define.js';
import type { LbTickets } from '../../src/components/tickets/tickets.js';
import type { LbTicketForm } from '../../src/components/ticket-form/ticket-form.js';
import { deepActiveElement } from '../../src/core/focus-trap.js';
import { i18n } from '../../src/core/i18n.js';
import { explorerUrl, extractTxHash, validateAmount, validateMemo, validateTxHash, validateUid } from '../../src/core/validators/index.js';
import { resetStorage, testAdapter, until } from '../helpers.js';
import { $, chooseCategory, fieldError, fill, fillOther, formFixture, submit } from './helpers.js';

const ETH_TX = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060';
const BTC_GENESIS_TX = '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b';
const SOL_SIGNATURE = '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW';

const errorKey = (result: { valid: boolean; error?: { key: string } }) => (result.valid ? 'valid' : result.error!.key);

/** Provides the signed-in user the way <lb-panel> does. */
class UserProvider extends LitElement {
  readonly provider = new ContextProvider(this, { context: userContext, initialValue: null as User | null });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-user-provider', UserProvider);

describe('lb-ticket-form QA', () => {
  beforeEach(() => resetStorage());
  afterEach(async () => {
    fixtureCleanup();
    await aTimeout(20);
    await i18n.setLocale('en');
  });

  it('shows the known incident of the topic inside <lb-tickets>, which forwards its incident slot', async () => {
    const tickets = await fixture<LbTickets>(html`<lb-tickets active mode="new" .adapter=${testAdapter()}></lb-tickets>`);
    await until(() => tickets.shadowRoot!.querySelector<LbTicketForm>('lb-ticket-form')?.status === 'editing', 3000, 'the form');
    const element = tickets.shadowRoot!.querySelector<LbTicketForm>('lb-ticket-form')!;
    await chooseCategory(element, 'withdrawal');
    const notice = () => $(element, 'lb-incident-notice');
    await until(() => notice() && notice()!.getBoundingClientRect().height > 0, 5000, 'the incident notice on screen');
    expect(notice()!.shadowRoot!.textContent).to.match(/ETH withdrawals delayed/);
  });

  it('puts a notice the integrator slots into <lb-tickets> in place of its own', async () => {
    const tickets = await fixture<LbTickets>(html`<lb-tickets active mode="new" .adapter=${testAdapter()}>
      <p slot="incident" id="custom">Our own status note</p>
    </lb-tickets>`);
    await until(() => tickets.shadowRoot!.querySelector<LbTicketForm>('lb-ticket-form')?.status === 'editing', 3000, 'the form');
    const element = tickets.shadowRoot!.querySelector<LbTicketForm>('lb-ticket-form')!;
    await chooseCategory(element, 'withdrawal');
    await aTimeout(300);
    await element.updateComplete;
    expect($(element, 'lb-incident-notice')).to.equal(null);
    expect(tickets.querySelector('#custom')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('brings the first field to fix into view without scrolling the clipped frame around it', async () => {
    // The panel: a frame that clips (overflow: hidden) around a header, a scrolling body and a nav.
    const frame = await fixture<HTMLElement>(html`<div style="height: 400px; width: 360px; overflow: hidden; display: flex; flex-direction: column">
      <header style="flex: none; height: 60px">Tickets</header>
      <div class="body" style="flex: 1 0 340px; overflow: auto">
        <lb-ticket-form .adapter=${testAdapter({ incidents: 'none' })} category-id="deposit"></lb-ticket-form>
      </div>
      <nav style="flex: none; height: 60px">Home</nav>
    </div>`);
    const element = frame.querySelector<LbTicketForm>('lb-ticket-form')!;
    await until(() => element.status === 'editing' && $(element, '#f-uid'), 3000, 'the form');
    await fill(element, 'subject', 'USDT deposit not credited');
    await fill(element, 'description', 'I sent 250 USDT two hours ago and it is not in my account yet.');
    const body = frame.querySelector<HTMLElement>('.body')!;
    await aTimeout(300); // nothing left to load above the fields
    body.scrollTop = body.scrollHeight; // the user is at the submit button
    submit(element);
    await until(() => deepActiveElement()?.id === 'f-uid', 3000, 'focus on the first field to fix');
    await aTimeout(50);
    expect(frame.scrollTop, 'the frame (and its header) did not move').to.equal(0);
    const label = $(element, 'label[for="f-uid"]')!.getBoundingClientRect();
    const view = body.getBoundingClientRect();
    expect(label.top, 'the label shows too').to.be.at.least(view.top - 1);
    expect($(element, '#f-uid')!.getBoundingClientRect().bottom).to.be.at.most(view.bottom + 1);
  });

  it('accepts a transaction hash pasted as an explorer link or broken by spaces, and sends the bare hash', async () => {
    const element = await formFixture(testAdapter(), 'deposit');
    await fill(element, 'network', 'ETH');
    await fill(element, 'tx-hash', `https://etherscan.io/tx/${ETH_TX}#eventlog`);
    expect(fieldError(element, 'tx-hash')).to.equal(undefined);
    expect($<HTMLAnchorElement>(element, '[part~="explorer-link"]')!.href).to.equal(`https://etherscan.io/tx/${ETH_TX}`);
    await fill(element, 'tx-hash', `${ETH_TX.slice(0, 30)} \n${ETH_TX.slice(30)}`);
    expect(fieldError(element, 'tx-hash')).to.equal(undefined);
    await fill(element, 'tx-hash', 'https://etherscan.io/address/0x52908400098527886E0F7030069857D2E4169EE7');
    expect(fieldError(element, 'tx-hash')).to.contain('not a valid transaction hash');
  });

  it('reduces explorer links of every kind to their hash', () => {
    expect(extractTxHash(`https://tronscan.org/#/transaction/${BTC_GENESIS_TX}`)).to.equal(BTC_GENESIS_TX);
    expect(extractTxHash(`https://mempool.space/tx/${BTC_GENESIS_TX}`)).to.equal(BTC_GENESIS_TX);
    expect(extractTxHash(`https://solscan.io/tx/${SOL_SIGNATURE}?cluster=mainnet`)).to.equal(SOL_SIGNATURE);
    expect(extractTxHash(`https://example.com/explorer?tx=${ETH_TX}&lang=en`)).to.equal(ETH_TX);
    expect(extractTxHash(`  ${BTC_GENESIS_TX}\n`)).to.equal(BTC_GENESIS_TX);
    expect(validateTxHash(`https://mempool.space/tx/${BTC_GENESIS_TX}`, 'BTC')).to.deep.include({ valid: true, normalized: BTC_GENESIS_TX });
    expect(validateTxHash(`https://solscan.io/tx/${SOL_SIGNATURE}`, 'SOL')).to.deep.include({ valid: true, normalized: SOL_SIGNATURE });
    expect(explorerUrl('TRX', `https://tronscan.org/#/transaction/${BTC_GENESIS_TX}`)).to.equal(`https://tronscan.org/#/transaction/${BTC_GENESIS_TX}`);
    // A link without a hash in it is still refused.
    expect(errorKey(validateTxHash('https://etherscan.io/', 'ETH'))).to.equal('tickets.validation.txHash.invalid');
  });

  it('reads digits typed on Arabic, Persian or Chinese keyboards, and calls a negative amount what it is', async () => {
    expect(validateAmount('١٢٥٫٥', 6)).to.deep.include({ valid: true, normalized: '125.5' });
    expect(validateAmount('۱۰', 6)).to.deep.include({ valid: true, normalized: '10' });
    expect(validateAmount('１２．５', 6)).to.deep.include({ valid: true, normalized: '12.5' });
    expect(errorKey(validateAmount('١٬٠٠٠', 6))).to.equal('tickets.validation.amount.separator');
    expect(errorKey(validateAmount('-5', 6))).to.equal('tickets.validation.amount.positive');
    expect(errorKey(validateAmount('−0.5', 6))).to.equal('tickets.validation.amount.positive');
    expect(validateUid('١٢٣٤٥٦٧٨')).to.deep.include({ valid: true, normalized: '12345678' });
    expect(validateMemo('１２３４５', 'XRP')).to.deep.include({ valid: true, normalized: '12345' });

    const element = await formFixture(testAdapter(), 'deposit');
    await fill(element, 'uid', '٣٥٢٨١٦٤٩');
    expect(fieldError(element, 'uid')).to.equal(undefined);
    await fill(element, 'amount', '-5');
    expect(fieldError(element, 'amount')).to.contain('more than 0');
  });

  it('lays out the backend\'s English labels and help in their own direction in the Arabic interface', async () => {
    await i18n.setLocale('ar');
    const element = await formFixture(testAdapter());
    await chooseCategory(element, 'deposit');
    await fill(element, 'network', 'ETH');
    const direction = (node: Element) => getComputedStyle(node).direction;
    expect(direction($(element, '[part~="base"]')!), 'the form itself').to.equal('rtl');
    expect(direction($(element, 'label[for="f-sent-at"] [dir]')!), '"When did you send it?"').to.equal('ltr');
    expect(direction($(element, '#f-network-help')!)).to.equal('ltr');
    expect(direction($(element, '#f-category-help')!)).to.equal('ltr');
    expect(direction($(element, '#f-description-help')!), 'our own help, translated').to.equal('rtl');
    for (const id of ['uid', 'tx-hash', 'address', 'amount']) expect(direction($(element, `#f-${id}`)!), id).to.equal('ltr');
    // In the error summary too.
    submit(element);
    await until(() => $(element, '[part~="error-summary"]'), 3000, 'the error summary');
    const entry = Array.from(element.shadowRoot!.querySelectorAll('[part~="error-summary"] button')).find((button) => button.textContent!.includes('UID'))!;
    expect(direction(entry.querySelector('[dir]')!)).to.equal('ltr');
  });

  it('says which time zone a date-and-time field is read in, in the widget\'s language', async () => {
    const element = await formFixture(testAdapter());
    await chooseCategory(element, 'deposit');
    const zone = $(element, '[part~="time-zone"]')!;
    const expected = new Intl.DateTimeFormat('en', { timeZoneName: 'long' }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')!.value;
    expect(zone.textContent!.trim()).to.equal(expected);
    expect($(element, '#f-sent-at')!.getAttribute('aria-describedby')!.split(' ')).to.include(zone.id);
  });

  it('promises a reply by email only when an address is known (the user\'s, or one the form asked for)', async () => {
    const steps = (element: Element) => $(element, '[part~="next-steps"]')!.textContent!.replace(/\s+/g, ' ');
    const anonymous = await formFixture(testAdapter());
    await fillOther(anonymous, 'Nobody told us an email');
    submit(anonymous);
    await until(() => anonymous.status === 'success', 3000, 'the ticket');
    expect(steps(anonymous)).to.contain('An agent reviews your request and replies here.');
    expect(steps(anonymous)).not.to.contain('email');

    const signedIn = await formFixture(testAdapter());
    signedIn.user = { uid: '12345678', name: 'Alex', email: 'alex@example.com' };
    await fillOther(signedIn, 'We know this one');
    submit(signedIn);
    await until(() => signedIn.status === 'success', 3000, 'the ticket');
    expect(steps(signedIn)).to.contain('We also email you.');

    // An open ticket's thread says the same, following the signed-in user.
    const base = testAdapter();
    const adapter: SupportAdapter = { ...base, tickets: { ...base.tickets!, get: async (id, options) => ({ ...(await base.tickets!.get(id, options)), status: 'open' }) } };
    const provider = await fixture<UserProvider>(html`<test-user-provider><lb-tickets active .adapter=${adapter}></lb-tickets></test-user-provider>`);
    const tickets = provider.querySelector<LbTickets>('lb-tickets')!;
    await until(() => tickets.shadowRoot!.querySelectorAll('[part~="ticket"]').length === 3, 3000, 'the list');
    tickets.shadowRoot!.querySelector<HTMLElement>('[part~="ticket"]')!.click();
    const hint = () => $(tickets, '[part~="status-hint"]')?.textContent?.trim() ?? '';
    await until(() => hint(), 3000, 'the thread');
    expect(hint()).to.equal('An agent will answer here.');
    provider.provider.setValue({ uid: '12345678', email: 'alex@example.com' });
    await until(() => hint().includes('We also email you'), 3000, 'the email promise once the address is known');
  });
});
