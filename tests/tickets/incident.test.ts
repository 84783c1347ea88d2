import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/ticket-form/define.js';
import type { LbTicketForm } from '../../src/components/ticket-form/ticket-form.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';

describe('<lb-ticket-form> and known incidents', () => {
  beforeEach(() => resetStorage());

  it('tells the user about a known withdrawal delay at the top of the withdrawal topic only', async () => {
    const form = await fixture<LbTicketForm>(html`<lb-ticket-form .adapter=${testAdapter()}></lb-ticket-form>`);
    await until(() => form.shadowRoot!.querySelector('select'), 5000, 'topic select');
    const select = form.shadowRoot!.querySelector('select')!;
    const choose = async (value: string) => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await form.updateComplete;
    };
    await choose('withdrawal');
    await until(() => /ETH withdrawals/i.test(visibleText(form)), 5000, 'the incident notice');
    expect(visibleText(form)).to.match(/may not need a ticket/i);
    await choose('kyc');
    await until(() => !/ETH withdrawals/i.test(visibleText(form)), 5000, 'no withdrawal incident under KYC');
  });
});
