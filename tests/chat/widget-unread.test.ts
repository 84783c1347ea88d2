import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/widget/define.js';
import type { LbWidget } from '../../src/components/widget/widget.js';
import { deepQuery, resetStorage, until, visibleText } from '../helpers.js';
import { AGENT, FakeChat, fakeAdapter } from './fake-chat.js';

describe('unread badge (lb-chat inside lb-widget)', () => {
  beforeEach(() => resetStorage());

  it('counts agent messages on the launcher while the panel is closed, and clears when the chat is seen', async () => {
    const chat = new FakeChat({ open: true, messages: 2 });
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fakeAdapter(chat)}></lb-widget>`);
    await el.show('chat');
    const chatView = () => deepQuery(el.shadowRoot!, 'lb-chat');
    await until(() => chatView() && visibleText(chatView()!).includes('Message 1'), 5000, 'chat view');
    await el.hide();
    const badge = el.shadowRoot!.querySelector<HTMLElement>('[part="badge"]')!;
    const launcher = el.shadowRoot!.querySelector<HTMLElement>('[part="launcher"]')!;
    expect(badge.hidden).to.equal(true);

    chat.push({ type: 'message', message: chat.message(AGENT, 'Are you still there?') });
    await until(() => !badge.hidden, 3000, 'badge');
    expect(badge.textContent).to.equal('1');
    expect(launcher.getAttribute('aria-label')).to.contain('1 unread message');
    chat.push({ type: 'message', message: chat.message(AGENT, 'I will wait a few minutes.') });
    await until(() => badge.textContent === '2');
    expect(launcher.getAttribute('aria-label')).to.contain('2 unread messages');

    await el.show('chat');
    await until(() => badge.hidden, 3000, 'badge cleared');
  });
});
