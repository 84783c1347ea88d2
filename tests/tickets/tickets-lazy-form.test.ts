/**
 * `<lb-tickets>` loads the ticket form's code on first use. This file imports only the list (no
 * shared ticket helpers, which define the form), so the form really is still loading here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/tickets/define.js';
import type { LbTickets } from '../../src/components/tickets/tickets.js';
import { deepActiveElement } from '../../src/core/focus-trap.js';
import { resetStorage, testAdapter, until } from '../helpers.js';

describe('<lb-tickets> with the form not yet loaded', () => {
  beforeEach(() => resetStorage());

  it('moves focus from "New ticket" to the form\'s first field once the form\'s code arrives, not to the page', async () => {
    expect(customElements.get('lb-ticket-form'), 'the form is not loaded yet').to.equal(undefined);
    const element = await fixture<LbTickets>(html`<lb-tickets active .adapter=${testAdapter()}></lb-tickets>`);
    await until(() => element.shadowRoot!.querySelectorAll('[part~="ticket"]').length === 3, 3000, 'three tickets');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="new-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const focused = () => deepActiveElement()?.outerHTML.slice(0, 80) ?? 'nothing';
    await until(() => deepActiveElement()?.id === 'f-category', 5000, 'focus on the topic field');
    expect(focused()).to.contain('f-category');
  });
});
