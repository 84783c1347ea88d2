/**
 * Proof of who is speaking: the anti-phishing code the user set on the exchange, passed through
 * `identify`, shows in the panel so the user knows this panel is the real one.
 */
import { expect } from '@open-wc/testing';
import { createWidget, type WidgetHandle } from '../../src/api.js';
import { deepQuery, resetStorage, testAdapter, until } from '../helpers.js';

describe('anti-phishing code in the panel', () => {
  let widget: WidgetHandle | undefined;
  afterEach(() => {
    widget?.destroy();
    widget = undefined;
    resetStorage();
  });

  const codeElement = () => deepQuery<HTMLElement>(document.body, '[part="anti-phishing"]');

  it('shows the code passed at init, in full, with its explanation', async () => {
    widget = createWidget({ adapter: testAdapter(), user: { uid: 'u_1001', antiPhishingCode: 'BLUE-OTTER-2931' } });
    await widget.open();
    await until(codeElement, 3000, 'the anti-phishing code');
    const element = codeElement()!;
    // The explanation is read to screen readers too, not only shown as a tooltip.
    expect(element.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Your anti-phishing code: BLUE-OTTER-2931 Only the genuine support panel knows this code.',
    );
    expect(element.getAttribute('title')).to.equal('Only the genuine support panel knows this code.');
    // Not clipped: a user compares every character.
    const rect = element.getBoundingClientRect();
    expect(rect.width).to.be.greaterThan(0);
    expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
  });

  it('wraps a long code instead of cutting it off', async () => {
    const code = 'my-very-long-personal-anti-phishing-code-0123456789-abcdefghij';
    widget = createWidget({ adapter: testAdapter(), user: { uid: 'u_1002', antiPhishingCode: code } });
    await widget.open();
    await until(codeElement, 3000, 'the anti-phishing code');
    expect(codeElement()!.textContent).to.include(code);
    expect(codeElement()!.scrollWidth).to.be.at.most(codeElement()!.clientWidth + 1);
  });

  it('shows nothing when the user has no code, and the code once identify() passes one', async () => {
    widget = createWidget({ adapter: testAdapter(), user: { uid: 'u_1003' } });
    await widget.open();
    await until(() => deepQuery(document.body, '[part="header"]'), 3000, 'the panel');
    expect(codeElement()).to.equal(null);
    await widget.identify({ uid: 'u_1003', antiPhishingCode: 'Nebula7' });
    await until(codeElement, 3000, 'the anti-phishing code');
    expect(codeElement()!.textContent).to.include('Nebula7');
    await widget.identify(null);
    await until(() => !codeElement(), 3000, 'the code to go away');
  });

  it('escapes a code that looks like markup', async () => {
    widget = createWidget({ adapter: testAdapter(), user: { uid: 'u_1004', antiPhishingCode: '<img src=x onerror=alert(1)>' } });
    await widget.open();
    await until(codeElement, 3000, 'the anti-phishing code');
    expect(codeElement()!.querySelector('img')).to.equal(null);
    expect(codeElement()!.textContent).to.include('<img src=x onerror=alert(1)>');
  });
});
