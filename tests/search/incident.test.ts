import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/search/define.js';
import type { LbSearch } from '../../src/components/search/search.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';

describe('<lb-search> and known incidents', () => {
  beforeEach(() => resetStorage());

  it('shows a matching incident beside the results, and none for unrelated queries', async () => {
    const search = await fixture<LbSearch>(html`<lb-search mode="panel" .adapter=${testAdapter()}></lb-search>`);
    search.query = 'eth withdrawal stuck';
    await until(() => /ETH withdrawals/i.test(visibleText(search)), 8000, 'the incident beside the results');
    const notice = search.shadowRoot!.querySelector('lb-incident-notice')!;
    expect(notice.closest('[role="listbox"]')).to.equal(null); // outside the listbox, so its ARIA stays valid
    search.query = 'enable 2fa';
    await until(() => !/ETH withdrawals/i.test(visibleText(search)), 8000, 'no incident for 2FA');
  });
});
