import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/ticket-form/define.js';
import type { LbTicketForm } from '../../src/components/ticket-form/ticket-form.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';

describe('<lb-ticket-form> and known incidents', () => {
  beforeEach(() => resetStorage());

  it('tells the user about a known withdrawal delay at the top of the withdrawal topic only', async () => {
    const adapter = testAdapter();
    const form = await fixture<LbTicketForm>(html`<lb-ticket-form .adapter=${adapter}></lb-ticket-form>`);
    const select = await (async () => {
      await until(() => form.shadowRoot!.querySelector('select'), 5000, 'topic select');
      return form.shadowRoot!.querySelector('select')!;
    })();
    const choose = async (value: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      select.dispatchEvent(new Event('input', { bubbles: true }));
      await form.updateComplete;
    };
    const withdrawal = [...select.options].find((o) => /withdrawal/i.test(o.textContent ?? '') && /not received|received/i.test(o.textContent ?? ''))!;
    await choose(withdrawal.value);
    await until(() => /ETH withdrawals/i.test(visibleText(form)), 5000, 'the incident notice');
    expect(visibleText(form)).to.match(/may not need a ticket/i);
    const kyc = [...select.options].find((o) => /KYC|identity/i.test(o.textContent ?? ''))!;
    await choose(kyc.value);
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('lb-incident-notice')).to.equal(null);
  });
});
