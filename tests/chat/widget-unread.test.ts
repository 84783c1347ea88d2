import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/components/widget/define.js';
import type { LbWidget } from '../../src/components/widget/widget.js';
import { storageGate } from '../../src/core/storage.js';
import { deepQuery, resetStorage, testAdapter, until, visibleText } from '../helpers.js';
import { AGENT, FakeChat, fakeAdapter } from './fake-chat.js';
import { setOpenConversationHint } from '../../src/core/chat/open-hint.js';

const chatViews = (el: LbWidget) => {
  const panel = el.shadowRoot!.querySelector('lb-panel');
  return Array.from(panel?.shadowRoot?.querySelectorAll('lb-chat') ?? []);
};

describe('unread badge (lb-chat inside lb-widget)', () => {
  beforeEach(() => resetStorage());
  afterEach(() => resetStorage());

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

  it('after a reload with a conversation open, asks the backend for it once (the panel and the chat session share the answer)', async () => {
    storageGate.allow();
    const chat = new FakeChat({ open: true, messages: 2 });
    setOpenConversationHint('conv_1'); // left by the page before the reload
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${fakeAdapter(chat)}></lb-widget>`);
    // The launcher loads the panel when idle; the panel finds the conversation and mounts the chat view, which resumes it.
    await until(() => chatViews(el)[0]?.shadowRoot?.querySelector('lb-chat-composer') && chat.liveSubscribers === 1, 8000, 'hidden chat view listening');
    expect(chat.currentCalls).to.equal(1);
    expect(chat.historyCalls).to.equal(1);

    // Still what the user sees: agent messages count on the launcher, and opening the chat shows the conversation without asking again.
    chat.push({ type: 'message', message: chat.message(AGENT, 'Are you still there?') });
    const badge = el.shadowRoot!.querySelector<HTMLElement>('[part="badge"]')!;
    await until(() => badge.textContent === '1', 5000, 'badge');
    await el.show('chat');
    await until(() => badge.hidden && visibleText(chatViews(el)[0]!).includes('Are you still there?'), 3000, 'the resumed conversation');
    expect(chatViews(el)).to.have.length(1);
    expect(chat.currentCalls).to.equal(1);
  });

  it('after a reload, a chat opened at once resumes the signed-in user\'s conversation (the views wait for identify)', async () => {
    const chat = new FakeChat({ open: true, messages: 2 });
    let signedIn = false;
    // The backend knows whose conversation it is only once identify() has reached it.
    const current = chat.current.bind(chat);
    chat.current = async () => (signedIn ? current() : (chat.currentCalls++, null));
    const adapter = fakeAdapter(chat, {
      identify: async (user) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        signedIn = Boolean(user);
      },
    });
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${adapter} .user=${{ uid: '12345678', name: 'Alex' }}></lb-widget>`);
    await el.show('chat');
    await until(() => chatViews(el)[0] && visibleText(chatViews(el)[0]!).includes('Message 1'), 8000, 'the resumed conversation');
    expect(visibleText(chatViews(el)[0]!)).not.to.contain('What is it about?');
  });

  it('after a reload with a conversation open, counts agent messages before the chat view was ever opened', async () => {
    storageGate.allow(); // the user chatted before the reload
    const namespace = `unread-reload${Date.now()}`;
    const before = testAdapter({ namespace });
    const { id } = await before.chat!.start({});
    await before.chat!.requestHuman(id);
    const agentAsked = async () => (await before.chat!.history(id)).messages.some((m) => m.author.role === 'agent' && m.text.includes('transaction ID'));
    for (let i = 0; !(await agentAsked()); i++) {
      if (i > 300) throw new Error('the demo agent never joined');
      await new Promise((r) => setTimeout(r, 20));
    }
    setOpenConversationHint(id); // what the earlier page's chat session recorded
    before.dispose?.();
    fixtureCleanup();

    // The page reloads: a new widget and adapter over the same demo storage.
    const after = testAdapter({ namespace });
    const el = await fixture<LbWidget>(html`<lb-widget .adapter=${after}></lb-widget>`);
    // The launcher loads the panel when idle (the hint says a conversation is open); nobody touched it.
    await until(() => chatViews(el)[0]?.shadowRoot?.querySelector('lb-chat-composer'), 8000, 'hidden chat view listening');
    await new Promise((r) => setTimeout(r, 50)); // the subscription goes live
    expect(el.open).to.equal(false);
    expect(chatViews(el)[0]!.hasAttribute('active')).to.equal(false);
    const badge = el.shadowRoot!.querySelector<HTMLElement>('[part="badge"]')!;
    const launcher = el.shadowRoot!.querySelector<HTMLElement>('[part="launcher"]')!;
    const live = el.shadowRoot!.querySelector<HTMLElement>('[role="status"][aria-live="polite"]')!;
    expect(badge.hidden).to.equal(true);

    // The agent answers (to a message sent from another tab): one new agent message.
    await after.chat!.send(id, { clientId: 'other-tab-1', text: 'UID 12345678', attachmentIds: [] });
    await until(() => !badge.hidden, 5000, 'badge');
    expect(badge.textContent).to.equal('1');
    expect(launcher.getAttribute('aria-label')).to.contain('1 unread message');
    expect(live.textContent).to.contain('1 unread message');
    await new Promise((r) => setTimeout(r, 100));
    expect(badge.textContent).to.equal('1'); // counted once: one chat view listens
    expect(chatViews(el)).to.have.length(1);

    await el.show('chat');
    await until(() => badge.hidden, 3000, 'badge cleared');
    expect(chatViews(el)).to.have.length(1); // the view that listened is the one shown
    after.dispose?.();
  });
});
