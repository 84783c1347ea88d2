import { expect, fixture, html, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/chat/define.js';
import type { LbChat } from '../../src/components/chat/chat.js';
import type { LbChatComposer } from '../../src/components/chat-composer/chat-composer.js';
import type { SupportAdapter } from '../../src/adapters/contract.js';
import type { Message } from '../../src/adapters/schemas.js';
import type { DemoAdapterOptions } from '../../src/adapters/demo/index.js';
import { i18n } from '../../src/core/i18n-store.js';
import { storageGate } from '../../src/core/storage.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';
import { AGENT, BOT, FakeChat, fakeAdapter, ME } from './fake-chat.js';

const $ = <T extends Element = HTMLElement>(el: LbChat, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: LbChat, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));
const composerOf = (el: LbChat) => $<LbChatComposer>(el, 'lb-chat-composer')!;
const messageTexts = (el: LbChat) => $$(el, '.row.message .text').map((node) => node.textContent!.trim());

async function mount(adapter: SupportAdapter, { active = true } = {}) {
  return fixture<LbChat>(html`<lb-chat style="height: 520px" ?active=${active} .adapter=${adapter}></lb-chat>`);
}

/** The element focused inside the chat (through the composer's shadow root). */
const focused = (el: LbChat): Element | null => {
  const active = el.shadowRoot!.activeElement;
  return active?.shadowRoot?.activeElement ?? active;
};

/** Presses Enter on a button that goes away once used; focus must land in the message box. */
async function pressAndExpectComposerFocus(el: LbChat, selector: string) {
  $<HTMLButtonElement>(el, selector)!.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => !$(el, selector));
  await until(() => focused(el)?.tagName === 'TEXTAREA', 2000, `focus on the composer, not ${focused(el)?.tagName}`);
}

/** Types into the composer with real key presses and sends with Enter. */
async function say(el: LbChat, text: string) {
  const composer = composerOf(el);
  await composer.updateComplete;
  composer.shadowRoot!.querySelector('textarea')!.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

async function startFromPrechat(el: LbChat) {
  await until(() => $(el, '.prechat'), 3000, 'pre-chat form');
  $<HTMLButtonElement>(el, '.prechat button[type="submit"]')!.click();
  await until(() => $(el, 'lb-chat-composer'), 3000, 'composer');
}

/** The message row whose text is `text`. */
const rowOf = (el: LbChat, text: string) => $$(el, '.row.message').find((row) => row.querySelector('.text')?.textContent!.trim() === text);

const PHRASE = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';

/** Closes the conversation through the end button and waits for the rating form. */
async function endChat(el: LbChat) {
  await until(() => $(el, '[part="end-button"]'));
  $<HTMLButtonElement>(el, '[part="end-button"]')!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, '.confirm .danger')!.click();
  await until(() => $(el, '[part="rating"]'));
}

function record<T>(el: EventTarget, name: string): T[] {
  const details: T[] = [];
  el.addEventListener(name, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

describe('<lb-chat>', () => {
  beforeEach(() => resetStorage());
  afterEach(() => {
    window.dispatchEvent(new Event('online'));
    resetStorage();
  });

  it('starts from the pre-chat step, asking for the UID only when the user is not identified', async () => {
    const el = await mount(testAdapter());
    await until(() => $(el, '.prechat'));
    expect($(el, 'input[name="uid"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
    el.user = { uid: '12345678', name: 'Ana' };
    await el.updateComplete;
    expect($(el, 'input[name="uid"]')).to.equal(null);
    const starts = record<{ conversationId: string }>(el, 'lb-conversation-start');
    $<HTMLInputElement>(el, '.topic input[value="deposits"]')!.click();
    await startFromPrechat(el);
    await until(() => visibleText(el).includes('Lifebuoy assistant'));
    expect(starts).to.have.length(1);
    // Focus moved to the message box, ready to type.
    expect(composerOf(el).shadowRoot!.activeElement?.tagName).to.equal('TEXTAREA');
    expect(starts[0]!.conversationId).to.match(/^conv_/);
  });

  it('rejects a malformed UID before starting', async () => {
    const el = await mount(testAdapter());
    await until(() => $(el, '.prechat'));
    $<HTMLInputElement>(el, 'input[name="uid"]')!.value = 'not a uid!';
    $<HTMLButtonElement>(el, '.prechat button[type="submit"]')!.click();
    await el.updateComplete;
    expect($(el, 'input[name="uid"]')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, 'lb-chat-composer')).to.equal(null);
  });

  it('puts the prefill in the composer', async () => {
    const el = await fixture<LbChat>(html`<lb-chat active .prefill=${'withdrawal stuck'} .adapter=${testAdapter()}></lb-chat>`);
    await startFromPrechat(el);
    const composer = composerOf(el);
    await composer.updateComplete;
    expect(composer.shadowRoot!.querySelector('textarea')!.value).to.equal('withdrawal stuck');
  });

  it('streams the bot answer with cited articles and quick replies; fires send and receive once each', async () => {
    const el = await mount(testAdapter());
    await startFromPrechat(el);
    const sent = record<{ message: Message }>(el, 'lb-message-send');
    const received = record<{ message: Message }>(el, 'lb-message-receive');
    await say(el, 'deposit not credited');
    await until(() => $(el, '[part="article"]') && $$(el, '[part="quick-reply"]').length, 5000, 'bot answer');
    expect(sent.map((d) => d.message.text)).to.deep.equal(['deposit not credited']);
    const answers = received.filter((d) => d.message.articles.length);
    expect(answers).to.have.length(1);
    expect(answers[0]!.message.streaming).to.equal(false);
    expect(answers[0]!.message.text).to.contain('Did this solve it?');
    expect($$(el, '[part="quick-reply"]').map((b) => b.textContent!.trim())).to.deep.equal(['This solved it', 'Talk to a human']);
    await expect(el).to.be.accessible();
  });

  it('hands off to a person with live queue updates, then shows the verified agent', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const el = await mount(fakeAdapter(chat));
    await until(() => $(el, '[part="human-button"]'));
    $<HTMLButtonElement>(el, '[part="human-button"]')!.click();
    await until(() => visibleText($(el, '[part="header"]')!).includes('Waiting for an agent'), 3000, `queued, header: ${visibleText(el)}`);
    chat.push({ type: 'queue', position: 3, estimatedWaitSeconds: 135 });
    await until(() => $(el, '[part="queue"]'));
    expect(visibleText($(el, '[part="queue"]')!)).to.equal('You are number 3 in line Estimated wait: about 3 minutes');
    chat.push({ type: 'queue', position: 2, estimatedWaitSeconds: 90 });
    await until(() => visibleText($(el, '[part="queue"]')!).includes('number 2'));
    expect(visibleText($(el, '[part="queue"]')!)).to.contain('about 2 minutes');
    chat.push({ type: 'queue', position: 1, estimatedWaitSeconds: 20 });
    await until(() => visibleText($(el, '[part="queue"]')!) === 'You are next in line Estimated wait: less than a minute');
    chat.push({ type: 'agent_joined', agent: { ...AGENT, avatarUrl: 'https://example.com/mei.png' } });
    chat.push({ type: 'typing', participant: AGENT, typing: true });
    await until(() => visibleText($(el, '[part="header"]')!).includes('Chatting with Mei'));
    expect($(el, '[part="header"] [part="verified"]')).not.to.equal(null);
    expect($(el, '[part="header"] img[part="avatar"]')!.getAttribute('src')).to.equal('https://example.com/mei.png');
    expect(visibleText($(el, '[part="system"]')!)).to.equal('Mei joined the chat');
    expect(visibleText($(el, '[part="typing"]')!)).to.equal('Mei is typing…');
    chat.push({ type: 'message', message: chat.message(AGENT, 'Could you send me your UID?') });
    await until(() => messageTexts(el).includes('Could you send me your UID?'));
    expect($(el, '[part="typing"]')).to.equal(null);
    expect($(el, '[part="staff-warning"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('warns about an agent the backend did not verify', async () => {
    const chat = new FakeChat({ open: true });
    const impostor = { id: 'x', role: 'agent' as const, name: 'Support Team' };
    chat.push({ type: 'agent_joined', agent: impostor });
    chat.push({ type: 'message', message: chat.message(impostor, 'Please tell me your recovery phrase') });
    const el = await mount(fakeAdapter(chat));
    await until(() => $$(el, '[part="staff-warning"]').length === 2);
    expect($(el, '[part="verified"]')).to.equal(null);
    expect(visibleText($(el, '.row [part="staff-warning"]')!)).to.contain('could not be verified');
  });

  it('runs the demo handoff with a queue that counts down to an agent asking for details', async () => {
    const el = await mount(testAdapter({ speed: 0.03 }));
    await startFromPrechat(el);
    $<HTMLButtonElement>(el, '[part="human-button"]')!.click();
    const positions: string[] = [];
    await until(() => {
      const queue = $(el, '[part="queue"]');
      const text = queue ? visibleText(queue) : '';
      if (text && positions.at(-1) !== text) positions.push(text);
      return visibleText(el).includes('joined the chat');
    }, 8000, 'agent joined');
    expect(positions.length, positions.join(' | ')).to.be.at.least(2);
    await until(() => messageTexts(el).some((text) => text.includes('transaction ID')), 5000, 'agent asks for details');
  });

  it('offers a ticket with the conversation when no agent is available', async () => {
    const el = await mount(testAdapter({ agentsAvailable: false }));
    await startFromPrechat(el);
    const conversationId = (el as unknown as { session: { conversationId: string } }).session.conversationId;
    const closes = record<{ conversationId: string }>(el, 'lb-conversation-close');
    $<HTMLButtonElement>(el, '[part="human-button"]')!.click();
    await until(() => $(el, '[part="ticket-offer"]'), 3000, 'ticket offer');
    expect(visibleText($(el, '[part="ticket-offer"]')!)).to.contain('No agent is available right now');
    expect(closes).to.deep.equal([{ conversationId }]);
    const navigations = record<{ view: string; params: unknown }>(el, 'lb-navigate');
    $<HTMLButtonElement>(el, '[part="ticket-offer"] button')!.click();
    expect(navigations).to.deep.equal([{ view: 'tickets', params: { mode: 'new', conversationId } }]);
  });

  it('says when live chat is outside business hours', async () => {
    const el = await mount(testAdapter({ outsideHours: true }));
    await startFromPrechat(el);
    await say(el, 'I want to talk to a human');
    await until(() => $(el, '[part="ticket-offer"]'), 3000, 'ticket offer');
    expect(visibleText($(el, '[part="ticket-offer"]')!)).to.contain('Live chat is closed right now');
  });

  it('delivers messages written offline exactly once and in order, across a reload', async () => {
    storageGate.allow();
    const options: DemoAdapterOptions = { namespace: `reload${Date.now()}` };
    const first = await mount(testAdapter(options));
    await startFromPrechat(first);
    window.dispatchEvent(new Event('offline'));
    await until(() => $(first, '[part="banner"]'));
    expect(visibleText($(first, '[part="banner"]')!)).to.contain('You are offline');
    await say(first, 'first');
    await say(first, 'second');
    await until(() => $$(first, '[part="delivery"]').filter((d) => d.textContent!.includes('Waiting for connection')).length === 2);
    fixtureCleanup(); // the page reloads: element, adapter and session are gone

    const adapter = testAdapter(options);
    const sent = record<{ message: Message }>(document.body, 'lb-message-send');
    const second = await mount(adapter);
    await until(() => messageTexts(second).includes('second'), 3000, 'outbox restored');
    await say(second, 'third');
    expect(messageTexts(second).filter((t) => ['first', 'second', 'third'].includes(t))).to.deep.equal(['first', 'second', 'third']);
    window.dispatchEvent(new Event('online'));
    await until(() => sent.length === 3, 5000, 'three deliveries');
    expect(sent.map((d) => d.message.text)).to.deep.equal(['first', 'second', 'third']);
    const conversation = (await adapter.chat!.current())!;
    const history = await adapter.chat!.history(conversation.id);
    expect(history.messages.filter((m) => m.author.role === 'user').map((m) => m.text)).to.deep.equal(['first', 'second', 'third']);
    await until(() => !$$(second, '[part="delivery"]').some((d) => /Waiting|Sending/.test(d.textContent!)));
    expect(messageTexts(second).filter((t) => ['first', 'second', 'third'].includes(t))).to.deep.equal(['first', 'second', 'third']);
    await new Promise((r) => setTimeout(r, 100));
    expect(sent).to.have.length(3);
  });

  it('shows a failed send with retry, and retry delivers it once', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    chat.failSend = 'invalid_request';
    const el = await mount(fakeAdapter(chat));
    await until(() => $(el, 'lb-chat-composer'));
    await say(el, 'please help');
    await until(() => $(el, '[part="retry-button"]'), 3000, 'retry button');
    expect(visibleText($(el, '.delivery.failed')!)).to.contain('Not sent');
    chat.failSend = undefined;
    await pressAndExpectComposerFocus(el, '[part="retry-button"]'); // and focus stays in the chat
    await until(() => !$(el, '.delivery.failed') && chat.messages().some((m) => m.text === 'please help'));
    expect(chat.messages().filter((m) => m.text === 'please help')).to.have.length(1);
    expect(messageTexts(el).filter((t) => t === 'please help')).to.have.length(1);
  });

  it('says a message that failed on the network is being retried (a status, not an alert), then delivers it by itself', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    chat.failSend = 'network';
    const el = await mount(fakeAdapter(chat));
    await until(() => $(el, 'lb-chat-composer'));
    await say(el, 'still there?');
    await until(() => $(el, '.delivery.failed'), 3000, 'the failed send');
    const delivery = $(el, '.delivery.failed')!;
    expect(visibleText(delivery)).to.contain('Not sent yet, trying again');
    expect(delivery.getAttribute('role')).to.equal('status');
    expect($(el, '[part="retry-button"]'), 'the user can still retry now').to.exist;
    chat.failSend = undefined;
    await until(() => !$(el, '.delivery.failed') && chat.messages().some((m) => m.text === 'still there?'), 5000, 'delivered without the user');
    expect(chat.messages().filter((m) => m.text === 'still there?')).to.have.length(1);
  });

  it('resumes after a broken stream without gaps or duplicates', async () => {
    const chat = new FakeChat({ open: true, messages: 3 });
    const el = await mount(fakeAdapter(chat));
    await until(() => messageTexts(el).length === 3);
    chat.push({ type: 'message', message: chat.message(BOT, 'live before the break') });
    await until(() => messageTexts(el).length === 4);
    chat.drop();
    await until(() => $(el, '[part="banner"]'));
    expect(visibleText($(el, '[part="banner"]')!)).to.contain('Reconnecting');
    chat.push({ type: 'message', message: chat.message(BOT, 'sent while the stream was down') });
    await until(() => chat.liveSubscribers === 1, 5000, 'resubscribed');
    chat.push({ type: 'message', message: chat.message(BOT, 'live again') });
    await until(() => messageTexts(el).includes('live again'));
    expect(messageTexts(el)).to.deep.equal(['Message 0', 'Message 1', 'Message 2', 'live before the break', 'sent while the stream was down', 'live again']);
    expect(chat.subscribeCalls).to.deep.equal([3, 4]); // after the history page, then from the last event seen
    await until(() => !$(el, '[part="banner"]'), 3000, 'banner gone');
  });

  it('renders a hostile message without running any script', async () => {
    const chat = new FakeChat({ open: true });
    const hostile = {
      id: 'evil', role: 'agent' as const, name: '<img src=x onerror="window.__lbPwned=1">Mallory', verified: true,
      avatarUrl: 'javascript:window.__lbPwned=2',
    };
    chat.push({
      type: 'message',
      message: chat.message(hostile, '<img src=x onerror="window.__lbPwned=3"><script>window.__lbPwned=4</script> [click me](javascript:window.__lbPwned=5) <a href="javascript:window.__lbPwned=6">raw</a> <svg onload="window.__lbPwned=7"></svg>', {
        attachments: [{ id: 'a', name: 'x.pdf', size: 10, mimeType: 'application/pdf', url: 'javascript:window.__lbPwned=8' }],
      }),
    });
    const el = await mount(fakeAdapter(chat));
    await until(() => $(el, '.row.message'));
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __lbPwned?: number }).__lbPwned).to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelectorAll('[onerror], [onload]')).to.have.length(0);
    for (const link of Array.from(root.querySelectorAll('a'))) expect(link.getAttribute('href') ?? '').not.to.match(/^\s*javascript:/i);
    expect(root.querySelector('img[src^="javascript"]')).to.equal(null);
    expect(visibleText($(el, '.author')!)).to.contain('<img src=x onerror="window.__lbPwned=1">Mallory'); // shown as text
    for (const link of Array.from(root.querySelectorAll<HTMLAnchorElement>('.text a'))) link.click();
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __lbPwned?: number }).__lbPwned).to.equal(undefined);
  });

  it('counts unread messages while not active and announces them', async () => {
    const chat = new FakeChat({ open: true, messages: 2 });
    const el = await mount(fakeAdapter(chat), { active: false });
    await until(() => messageTexts(el).length === 2);
    const counts = record<{ count: number }>(el, 'lb-unread-change');
    chat.push({ type: 'message', message: chat.message(AGENT, 'Are you there?') });
    await until(() => counts.length === 1);
    const streamed = chat.message(BOT, '', { streaming: true });
    chat.push({ type: 'message', message: streamed });
    chat.push({ type: 'message_delta', messageId: streamed.id, delta: 'Still ' });
    chat.push({ type: 'message_delta', messageId: streamed.id, delta: 'here', done: true });
    await chat.send('conv_1', { clientId: 'own-1', text: 'my own message does not count', attachmentIds: [] });
    await until(() => counts.length === 2);
    await new Promise((r) => setTimeout(r, 50));
    expect(counts).to.deep.equal([{ count: 1 }, { count: 2 }]);
    expect(visibleText($(el, '[role="log"][aria-live="polite"]')!)).to.contain('New message from Mei: Are you there?');
    el.active = true;
    await until(() => counts.length === 3);
    expect(counts.at(-1)).to.deep.equal({ count: 0 });
  });

  it('rates the conversation at the end and downloads a transcript', async () => {
    const chat = new FakeChat({ open: true, messages: 2 });
    const el = await mount(fakeAdapter(chat));
    await until(() => $(el, '[part="end-button"]'));
    const closes = record(el, 'lb-conversation-close');
    $<HTMLButtonElement>(el, '[part="end-button"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.confirm .danger')!.click();
    await until(() => $(el, '[part="rating"]'));
    expect(closes).to.have.length(1);
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '.star:nth-child(4) input')!.click();
    $<HTMLTextAreaElement>(el, 'textarea[name="comment"]')!.value = 'Quick and clear';
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part="rating"] button[type="submit"]')!.click();
    await until(() => visibleText(el).includes('Thank you for your feedback'));
    expect(chat.ratings).to.deep.equal([{ score: 4, comment: 'Quick and clear' }]);

    let download: { name: string; text: Promise<string> } | undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) download = { name: this.download, text: fetch(this.href).then((r) => r.text()) };
      else click.call(this);
    };
    try {
      $<HTMLButtonElement>(el, '[part="closed"] .closed-actions button')!.click();
      await until(() => download);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(download!.name).to.match(/^chat-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = await download!.text;
    expect(text).to.contain('Chat transcript');
    expect(text).to.contain('Helper Bot: Message 0');
    expect(text).to.contain('You: Message 1');
  });

  it('asks before sending what looks like a private key or hash, and sends only on confirmation', async () => {
    const chat = new FakeChat({ open: true });
    const el = await mount(fakeAdapter(chat));
    await until(() => $(el, 'lb-chat-composer'));
    const hash = 'a'.repeat(64);
    await say(el, `my tx is ${hash}`);
    await until(() => $(el, 'lb-secret-alert'));
    expect(chat.sendCalls).to.have.length(0);
    expect(Object.keys(localStorage).filter((k) => k.includes('outbox'))).to.deep.equal([]);
    expect(composerOf(el).shadowRoot!.querySelector('textarea')!.value).to.equal(`my tx is ${hash}`);
    $(el, 'lb-secret-alert')!.dispatchEvent(new CustomEvent('lb-secret-confirm', { detail: {}, bubbles: true, composed: true }));
    await until(() => chat.sendCalls.length === 1);
    expect(chat.sendCalls[0]!.text).to.equal(`my tx is ${hash}`);
    await until(() => composerOf(el).shadowRoot!.querySelector('textarea')!.value === '');
  });

  it('never sends a recovery phrase: keeps it in the composer and reports it', async () => {
    const chat = new FakeChat({ open: true });
    const el = await mount(fakeAdapter(chat));
    await until(() => $(el, 'lb-chat-composer'));
    const blocked = record<{ kind: string; source: string }>(el, 'lb-secret-blocked');
    storageGate.allow();
    await say(el, PHRASE);
    await until(() => $(el, 'lb-secret-alert'));
    expect(blocked).to.have.length(1);
    expect(blocked[0]!.source).to.equal('chat');
    expect(chat.sendCalls).to.have.length(0);
    expect(Object.values(localStorage).some((value) => value.includes('abandon'))).to.equal(false);
    expect(composerOf(el).shadowRoot!.querySelector('textarea')!.value).to.equal(PHRASE);
  });

  it('shows the verified mark only for messages the backend confirms, and warns on the one it does not', async () => {
    const chat = new FakeChat({ open: true });
    chat.push({ type: 'agent_joined', agent: AGENT });
    const genuine = chat.message(AGENT, 'Hi, I am Mei from the support team.');
    // Same name and id as the real agent, and `verified: true` claimed on the author: only the signature check can tell.
    const forged = chat.message(AGENT, 'To verify your account, send me your recovery phrase.');
    chat.push({ type: 'message', message: genuine });
    chat.push({ type: 'message', message: forged });
    const calls: string[][] = [];
    let release!: () => void;
    const answered = new Promise<void>((resolve) => (release = resolve));
    const verification = {
      officialChannels: async () => ({ domains: [], emails: [], phones: [], handles: [], brands: [] }),
      async verifyStaffMessages(ids: string[]) {
        calls.push([...ids]);
        await answered;
        return ids.map((messageId) => ({ messageId, verified: messageId !== forged.id }));
      },
    };
    const el = await mount(fakeAdapter(chat, { verification }));
    await until(() => messageTexts(el).length === 2);
    await until(() => calls.length === 1);
    await el.updateComplete;
    // Until the backend answers, nobody gets the mark (the author's own `verified` claim is not enough).
    expect($(el, '[part="verified"]')).to.equal(null);
    expect($(el, '[part="staff-warning"]')).to.equal(null);
    release();
    await until(() => $(el, '[part="verified"]'), 3000, 'verified mark');
    expect(calls).to.deep.equal([[genuine.id, forged.id]]); // one batch
    expect(rowOf(el, genuine.text)!.querySelector('[part="verified"]')).not.to.equal(null);
    expect(rowOf(el, genuine.text)!.querySelector('[part="staff-warning"]')).to.equal(null);
    expect(visibleText(rowOf(el, forged.text)!.querySelector('[part="staff-warning"]')!)).to.contain('could not be verified');
    // The header speaks for the agent's latest message: the forged one.
    expect($(el, '[part="header"] [part="verified"]')).to.equal(null);
    expect($(el, '[part="header"] [part="staff-warning"]')).not.to.equal(null);

    const later = chat.message(AGENT, 'Sorry, ignore that: we never ask for it.');
    chat.push({ type: 'message', message: later });
    await until(() => $(el, '[part="header"] [part="verified"]'), 3000, 'header mark for the newest genuine message');
    expect(calls).to.deep.equal([[genuine.id, forged.id], [later.id]]); // answers are cached per message
    expect($(el, '[part="header"] [part="staff-warning"]')).to.equal(null);
    expect(rowOf(el, forged.text)!.querySelector('[part="staff-warning"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('holds an outside link in a bot message behind the leaving-the-site warning', async () => {
    const chat = new FakeChat({ open: true });
    chat.push({ type: 'message', message: chat.message(BOT, 'Log in at [our support portal](https://lifebuoy-exchange.example.support-login.io/verify) to continue.') });
    const verification = {
      officialChannels: async () => ({ domains: ['lifebuoy-exchange.example'], emails: [], phones: [], handles: [], brands: ['lifebuoy'] }),
    };
    const el = await mount(fakeAdapter(chat, { verification }));
    await until(() => $(el, '.text a'));
    const opened: unknown[] = [];
    const open = window.open;
    window.open = ((...args: unknown[]) => {
      opened.push(args);
      return null;
    }) as typeof window.open;
    try {
      const link = $<HTMLAnchorElement>(el, '.text a')!;
      link.click();
      await until(() => $(el, 'lb-link-interstitial')?.shadowRoot?.querySelector('dialog[open]'), 3000, 'link warning');
      const dialog = $(el, 'lb-link-interstitial')!;
      expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(visibleText(dialog.shadowRoot!.querySelector('[part="destination"]')!)).to.equal('lifebuoy-exchange.example.support-login.io');
      expect(dialog.shadowRoot!.querySelector('[part="lookalike-warning"]')).not.to.equal(null);
      expect(opened).to.deep.equal([]);
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="back-button"]')!.click();
      await until(() => !$(el, 'lb-link-interstitial'), 3000, 'warning closed');
      expect(opened).to.deep.equal([]);
    } finally {
      window.open = open;
    }
  });

  it('never sends a recovery phrase in the rating comment, and explains why', async () => {
    const chat = new FakeChat({ open: true, messages: 2 });
    const el = await mount(fakeAdapter(chat));
    await endChat(el);
    const blocked = record<{ kind: string; source: string }>(el, 'lb-secret-blocked');
    $<HTMLInputElement>(el, '.star:nth-child(5) input')!.click();
    $<HTMLTextAreaElement>(el, 'textarea[name="comment"]')!.value = `Great help. My words: ${PHRASE}`;
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part="rating"] button[type="submit"]')!.click();
    await until(() => $(el, '[part="rating"] lb-secret-alert'), 3000, 'secret alert');
    await new Promise((r) => setTimeout(r, 50));
    expect(chat.ratings).to.deep.equal([]);
    expect(blocked).to.deep.equal([{ kind: blocked[0]!.kind, source: 'chat-rating' }]);
    expect(visibleText($(el, 'lb-secret-alert')!)).to.contain('recovery phrase');
    expect(visibleText(el)).not.to.contain('Thank you for your feedback');
    expect(Object.values(localStorage).some((value) => value.includes('abandon'))).to.equal(false);
  });

  it('lets the demo bot hand off by itself after two questions it cannot answer', async () => {
    const el = await mount(testAdapter({ speed: 0.02 }));
    await startFromPrechat(el);
    await say(el, 'qxzv brimple');
    await until(() => messageTexts(el).some((t) => t.startsWith("I couldn't find an article")), 5000, 'first miss');
    expect(visibleText($(el, '[part="header"]')!)).to.contain('Assistant');
    await say(el, 'zzqv xkpt');
    await until(() => messageTexts(el).some((t) => t.includes('Let me connect you with a colleague')), 5000, `second miss: ${messageTexts(el).join(' | ')}`);
    await until(() => visibleText(el).includes('joined the chat'), 8000, 'agent joined');
    expect($(el, '[part="human-button"]')).to.equal(null);
  });

  it('shows a system line when the agent leaves', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const el = await mount(fakeAdapter(chat));
    await until(() => $(el, '[part="header"]'));
    chat.push({ type: 'agent_joined', agent: AGENT });
    await until(() => visibleText($(el, '[part="header"]')!).includes('Chatting with Mei'));
    chat.push({ type: 'agent_left', agent: AGENT });
    await until(() => $$(el, '[part="system"]').length === 2);
    expect($$(el, '[part="system"]').map((line) => visibleText(line as HTMLElement))).to.deep.equal(['Mei joined the chat', 'Mei left the chat']);
    const header = visibleText($(el, '[part="header"]')!);
    expect(header).not.to.contain('Chatting with Mei');
    // The chat stays open without an agent: not the bot's title, but waiting, with why.
    expect(header).to.contain('Waiting for an agent');
    expect(header).to.contain('Mei has left. The chat stays open');
    expect(header).not.to.contain('Assistant');
    chat.push({ type: 'agent_joined', agent: { ...AGENT, id: 'agent-2', name: 'Ravi' } });
    await until(() => visibleText($(el, '[part="header"]')!).includes('Chatting with Ravi'));
    expect(visibleText($(el, '[part="header"]')!)).not.to.contain('has left');
  });

  it('tells the backend when the user types and stops, and marks seen messages read', async () => {
    const chat = new FakeChat({ open: true });
    const incoming = chat.message(AGENT, 'What is your UID?');
    chat.push({ type: 'message', message: incoming });
    const el = await mount(fakeAdapter(chat));
    await until(() => chat.readCalls.flat().includes(incoming.id), 3000, 'read receipt');
    const textarea = composerOf(el).shadowRoot!.querySelector('textarea')!;
    textarea.focus();
    await sendKeys({ type: 'abc' });
    await until(() => chat.typingCalls.length === 1);
    expect(chat.typingCalls).to.deep.equal([true]); // throttled: one call for three keys
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Backspace' });
    await until(() => chat.typingCalls.length === 2);
    expect(chat.typingCalls).to.deep.equal([true, false]); // the box was emptied
    await sendKeys({ type: '12345678' });
    await sendKeys({ press: 'Enter' });
    await until(() => chat.sendCalls.length === 1);
    expect(chat.typingCalls).to.deep.equal([true, false, true, false]); // sending stops typing
    expect(chat.readCalls.flat().filter((id) => id === incoming.id)).to.have.length(1); // once
  });

  it('shows sent, delivered and read on the user\'s latest message', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const el = await mount(fakeAdapter(chat));
    await until(() => $(el, 'lb-chat-composer'));
    await say(el, 'hello');
    const delivery = () => visibleText(rowOf(el, 'hello')?.querySelector<HTMLElement>('[part="delivery"]') ?? document.createElement('i'));
    await until(() => delivery() === 'Sent', 3000, `sent, was "${delivery()}"`);
    const sent = chat.messages().find((m) => m.text === 'hello')!;
    chat.push({ type: 'receipt', messageIds: [sent.id], status: 'delivered' });
    await until(() => delivery() === 'Delivered', 3000, 'delivered');
    chat.push({ type: 'receipt', messageIds: [sent.id], status: 'read' });
    await until(() => delivery() === 'Read', 3000, 'read');
    await say(el, 'one more');
    await until(() => visibleText(rowOf(el, 'one more')?.querySelector<HTMLElement>('[part="delivery"]') ?? document.createElement('i')) === 'Sent');
    expect(rowOf(el, 'hello')!.querySelector('[part="delivery"]')).to.equal(null); // only the latest carries the state
  });

  it('shows an image attachment as a thumbnail and a PDF as a file chip', async () => {
    const chat = new FakeChat({ open: true });
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    chat.push({
      type: 'message',
      message: chat.message(AGENT, 'Here are the two files.', {
        attachments: [
          { id: 'a1', name: 'screenshot.png', size: 48_213, mimeType: 'image/png', url: png },
          { id: 'a2', name: 'statement.pdf', size: 250_000, mimeType: 'application/pdf', url: 'https://files.example/statement.pdf' },
        ],
      }),
    });
    const el = await mount(fakeAdapter(chat));
    await until(() => $$(el, '[part="attachment"]').length === 2);
    const [image, pdf] = $$(el, '[part="attachment"]') as HTMLElement[];
    expect(image!.classList.contains('thumbnail')).to.equal(true);
    const img = image!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(png);
    expect(img.alt).to.equal('Attachment: screenshot.png');
    expect(pdf!.classList.contains('file')).to.equal(true);
    expect(pdf!.querySelector('img')).to.equal(null);
    expect(visibleText(pdf!.querySelector('.file-name')!)).to.equal('statement.pdf');
    expect(visibleText(pdf!.querySelector('.file-size')!)).to.equal(new Intl.NumberFormat('en', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(244));
    expect((pdf as HTMLAnchorElement).getAttribute('href')).to.equal('https://files.example/statement.pdf');
    await expect(el).to.be.accessible();
  });

  it('writes relative times in the user\'s locale (zh-CN)', async () => {
    await i18n.setLocale('zh-CN');
    try {
      const now = Date.now();
      const chat = new FakeChat({ open: true });
      chat.push({ type: 'message', message: chat.message(BOT, '您好', { createdAt: new Date(now - 3 * 3600_000).toISOString() }) });
      chat.push({ type: 'message', message: chat.message(ME, '我的充值没有到账', { createdAt: new Date(now - 5 * 60_000).toISOString(), status: 'read' }) });
      const el = await mount(fakeAdapter(chat));
      await until(() => $$(el, '[part="time"]').length === 2);
      const format = new Intl.RelativeTimeFormat('zh-CN', { numeric: 'auto' });
      expect($$(el, '[part="time"]').map((time) => time.textContent!.trim())).to.deep.equal([format.format(-3, 'hour'), format.format(-5, 'minute')]);
      expect(format.format(-5, 'minute')).to.match(/5\s*分钟前/); // really Chinese, not an English fallback
    } finally {
      await i18n.setLocale('en');
    }
  });

  it('keeps the DOM small for a 10,000-message history', async () => {
    const chat = new FakeChat({ open: true, messages: 10_000 });
    chat.pageSize = 10_000;
    const el = await mount(fakeAdapter(chat));
    await until(() => messageTexts(el).includes('Message 9999'), 5000, 'newest message');
    const rendered = $$(el, '.row.message').length;
    expect(rendered).to.be.greaterThan(3);
    expect(rendered).to.be.at.most(120);
    const scroller = $(el, '.scroller')!;
    scroller.scrollTop = 0;
    await until(() => messageTexts(el).includes('Message 0'), 5000, 'oldest message after scrolling up');
    expect($$(el, '.row.message').length).to.be.at.most(120);
  });

  it('loads earlier pages as the user scrolls up, keeping the view still', async () => {
    const chat = new FakeChat({ open: true, messages: 130 });
    chat.pageSize = 50;
    const el = await mount(fakeAdapter(chat));
    await until(() => messageTexts(el).includes('Message 129'));
    const scroller = $(el, '.scroller')!;
    const rowOf = (text: string) => $$(el, '.row.message').find((row) => row.querySelector('.text')?.textContent!.trim() === text);
    chat.holdHistory = true;
    scroller.scrollTop = 0;
    await until(() => rowOf('Message 80') && chat.historyCalls === 2, 3000, 'older page requested');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const before = rowOf('Message 80')!.getBoundingClientRect().top;
    chat.releaseHistory();
    await until(() => rowOf('Message 79'), 3000, 'the page before');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(Math.abs(rowOf('Message 80')!.getBoundingClientRect().top - before)).to.be.below(2); // the view did not jump
    await until(() => {
      scroller.scrollTop = 0;
      return messageTexts(el).includes('Message 0');
    }, 5000, 'all pages');
    expect(visibleText(el)).to.contain('This is the start of the conversation.');
  });

  it('shows an error with retry when the chat cannot load', async () => {
    const options: DemoAdapterOptions = { fail: { 'chat.current': 'unavailable' } };
    const el = await mount(testAdapter(options));
    await until(() => $(el, '[part="error"]'));
    expect(visibleText($(el, '[part="error"]')!)).to.contain('We could not load the chat.');
    delete options.fail!['chat.current'];
    $<HTMLButtonElement>(el, '[part="error"] button')!.click();
    await until(() => $(el, '.prechat'));
  });
});

describe('<lb-chat> focus, layout and direction', () => {
  beforeEach(() => resetStorage());
  afterEach(() => resetStorage());

  it('keeps keyboard focus in the end-chat question, back on Escape, and through ending and rating', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const el = await mount(fakeAdapter(chat));
    await until(() => $(el, '[part="end-button"]'));
    $<HTMLButtonElement>(el, '[part="end-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.confirm'));
    await el.updateComplete;
    // The question takes the focus, on its safe answer.
    expect(focused(el)?.textContent!.trim()).to.equal('Keep chatting');
    await sendKeys({ press: 'Escape' });
    await until(() => !$(el, '.confirm'));
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, '[part="end-button"]'));
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.confirm .danger'));
    await sendKeys({ press: 'Tab' }); // from "Keep chatting" … the danger button comes first: go back to it
    $<HTMLButtonElement>(el, '.confirm .danger')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[part="rating"]'));
    await until(() => focused(el) !== null, 2000, 'focus in the closed panel');
    expect(focused(el)!.closest('[part="rating"]')).not.to.equal(null);
    // Rate with the keyboard: the thanks that replaces the form gets the focus.
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    $<HTMLButtonElement>(el, '[part="rating"] button[type="submit"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '.thanks'));
    await until(() => focused(el) === $(el, '.thanks'), 2000, 'focus on the thanks');
    expect(chat.ratings).to.have.length(1);
  });

  it('moves focus to the message box when "Talk to a human" goes away', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const el = await mount(fakeAdapter(chat));
    await until(() => $(el, '[part="human-button"]'));
    await pressAndExpectComposerFocus(el, '[part="human-button"]');
  });

  it('stays at the newest message when the log grows in the same frame as a message arrives', async () => {
    const chat = new FakeChat({ open: true, messages: 12 });
    const el = await mount(fakeAdapter(chat));
    await until(() => messageTexts(el).includes('Message 11'));
    const scroller = $(el, '.scroller')!;
    const gap = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
    await until(() => scroller.scrollTop > 0 && gap() < 2, 3000, 'at the bottom');
    // As after sending with attachments: the composer shrinks by more than the new message's
    // height, so the log grows and the browser clamps its scroll position; the message renders
    // before that clamp's scroll event (or any ResizeObserver) has run.
    el.style.height = '800px';
    void scroller.clientHeight; // layout now: the clamp happens, its scroll event is still pending
    chat.push({ type: 'message', message: chat.message(BOT, 'A long answer. '.repeat(8)) });
    el.requestUpdate();
    await el.updateComplete;
    await until(() => messageTexts(el).some((text) => text.startsWith('A long answer.')));
    for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
    expect(gap()).to.be.below(2);
  });

  it('lays out each message in its own direction, whatever the page direction', async () => {
    const chat = new FakeChat({ open: true });
    chat.push({ type: 'message', message: chat.message(BOT, 'Common reasons for a delay: a 24-hour lock.') });
    chat.push({ type: 'message', message: chat.message(ME, 'مرحبا، لم يصل الإيداع') });
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><lb-chat style="height: 520px" active .adapter=${fakeAdapter(chat)}></lb-chat></div>`);
    const el = wrapper.querySelector('lb-chat') as LbChat;
    await until(() => messageTexts(el).length === 2);
    const [english, arabic] = $$(el, '.row.message .text');
    expect(getComputedStyle(english!).direction).to.equal('ltr');
    expect(getComputedStyle(arabic!).direction).to.equal('rtl');
  });

  it('shows the whole status title on a phone, moving the actions below it if needed', async () => {
    const chat = new FakeChat({ open: true, messages: 1 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><lb-chat style="height: 520px" active .adapter=${fakeAdapter(chat)}></lb-chat></div>`);
    const el = wrapper.querySelector('lb-chat') as LbChat;
    await until(() => $(el, '[part="human-button"]'));
    const title = $(el, '.title-text')!;
    expect(title.scrollWidth, 'title truncated').to.be.at.most(title.clientWidth);
    for (const button of $$(el, '[part="header"] button')) {
      const rect = button.getBoundingClientRect();
      expect(rect.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
  });
});
