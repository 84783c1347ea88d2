/** `<lb-tickets>`: my tickets (status, last update, unread), the thread (reply, close, reopen), the form. */
import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import type { SupportAdapter, VerificationApi } from '../../src/adapters/contract.js';
import type { TicketMessage, TicketReplyInput } from '../../src/adapters/schemas.js';
import { validated } from '../../src/adapters/validated.js';
import '../../src/components/tickets/define.js';
import type { LbTickets } from '../../src/components/tickets/tickets.js';
import type { LbTicketForm } from '../../src/components/ticket-form/ticket-form.js';
import { deepActiveElement } from '../../src/core/focus-trap.js';
import { storageGate } from '../../src/core/storage.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';
import { $, $$, fillOther, pngFile, submit } from './helpers.js';

async function ticketsFixture(adapter: SupportAdapter, props: Partial<Pick<LbTickets, 'mode' | 'ticketId'>> = {}): Promise<LbTickets> {
  const element = await fixture<LbTickets>(html`<lb-tickets active .adapter=${adapter} .mode=${props.mode ?? 'list'} .ticketId=${props.ticketId ?? ''}></lb-tickets>`);
  return element;
}

const rows = (element: Element) => $$(element, '[part~="ticket"]');
const row = (element: Element, text: string) => rows(element).find((candidate) => candidate.textContent!.includes(text));

async function openThread(element: LbTickets, subject: string): Promise<void> {
  await until(() => row(element, subject), 3000, `the ticket "${subject}"`);
  row(element, subject)!.click();
  await until(() => $(element, '#thread-title'), 3000, 'the thread');
}

async function typeReply(element: LbTickets, text: string): Promise<void> {
  const box = $<HTMLTextAreaElement>(element, '#reply')!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

/** The adapter, with `messages` added to every ticket it returns (validated like any backend answer). */
function withExtraMessages(inner: SupportAdapter, messages: TicketMessage[]): SupportAdapter {
  return validated({ ...inner, tickets: { ...inner.tickets!, get: async (id, options) => {
    const detail = await inner.tickets!.get(id, options);
    return { ...detail, messages: [...detail.messages, ...messages] };
  } } });
}

/** The adapter with its staff-signature check replaced by `verify`, or left out (`null`). */
function withStaffCheck(inner: SupportAdapter, verify: VerificationApi['verifyStaffMessages'] | null): SupportAdapter {
  return validated({ ...inner, verification: { ...inner.verification!, verifyStaffMessages: verify ?? undefined } });
}

/** A promise with its resolve and reject at hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((yes) => (resolve = yes));
  return { promise, resolve };
}

/** Per message of the thread: the verified mark, the staff warning, or neither. */
const staffMarks = (element: LbTickets) =>
  $$(element, '[part~="message"]').map((message) =>
    message.querySelector('.verified') ? (message.querySelector('[part~="staff-warning"]') ? 'both' : 'verified') : message.querySelector('[part~="staff-warning"]') ? 'warning' : 'none');

/** Polls an async condition until it holds. */
async function eventually(predicate: () => Promise<boolean>, message: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await predicate()) return;
    await aTimeout(20);
  }
  throw new Error(`Timed out waiting for ${message}`);
}

describe('lb-tickets', () => {
  beforeEach(() => resetStorage());
  afterEach(async () => {
    fixtureCleanup();
    await aTimeout(20);
  });

  it('lists my tickets with status, last update and unread replies, newest first', async () => {
    const element = await ticketsFixture(testAdapter());
    await until(() => rows(element).length === 3, 3000, 'three tickets');
    const texts = rows(element).map((candidate) => visibleText(candidate));
    expect(texts[0]).to.contain('USDT withdrawal to my Ledger still processing');
    expect(texts[0]).to.contain('#100231');
    expect(texts[0]).to.contain('Awaiting your reply');
    expect(texts[0]).to.contain('Updated 2 hours ago');
    expect(texts[0]).to.contain('1 new reply');
    expect(texts[1]).to.contain('Solved');
    expect(texts[1]).to.contain('Updated 4 days ago');
    expect(texts[2]).to.contain('Closed');
    expect(texts[1]).to.not.contain('new repl');
    expect($$(element, '[part~="status"]').map((badge) => badge.dataset.status)).to.deep.equal(['pending', 'solved', 'closed']);
  });

  it('shows an empty state and an error state with retry', async () => {
    const inner = testAdapter();
    const empty = await ticketsFixture({ ...inner, tickets: { ...inner.tickets!, list: async () => [] } });
    await until(() => $(empty, '[part~="empty"]'), 3000, 'the empty state');
    expect(visibleText(empty)).to.contain('No tickets yet');

    let fail = true;
    const flaky: SupportAdapter = {
      ...inner,
      tickets: {
        ...inner.tickets!,
        list: async (options) => {
          if (fail) throw new Error('boom');
          return inner.tickets!.list(options);
        },
      },
    };
    const failing = await ticketsFixture(flaky);
    await until(() => $(failing, '[part~="error"]'), 3000, 'the error');
    expect(visibleText($(failing, '[part~="error"]')!)).to.contain('Support is unavailable right now');
    fail = false;
    $<HTMLButtonElement>(failing, '[part~="error"] button')!.click();
    await until(() => rows(failing).length === 3, 3000, 'the list after retry');
  });

  it('opens a thread with the agent\'s reply and marks it read', async () => {
    const adapter = testAdapter();
    const element = await ticketsFixture(adapter);
    await openThread(element, 'USDT withdrawal to my Ledger');
    expect(deepActiveElement()?.id).to.equal('thread-title');
    const messages = $$(element, '[part~="message"]');
    expect(messages.map((message) => message.dataset.role)).to.deep.equal(['user', 'agent']);
    expect(visibleText(messages[1]!)).to.contain('Mia · Support');
    expect(visibleText(messages[1]!)).to.contain('payments team');
    await until(() => staffMarks(element)[1] === 'verified', 3000, 'the demo backend vouching for its agent');
    expect(visibleText($(element, '[part~="status-hint"]')!)).to.contain('waiting for your answer');
    expect(visibleText($(element, '[part~="details"]')!)).to.contain('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t');
    await eventually(async () => (await adapter.tickets!.get('t_seed_withdrawal')).unread === 0, 'read on the server');

    $<HTMLButtonElement>(element, '[part~="back-button"]')!.click();
    await until(() => rows(element).length === 3);
    expect(visibleText(row(element, 'USDT withdrawal')!)).to.not.contain('new repl');
  });

  it('replies with an attachment, idempotently', async () => {
    const inner = testAdapter();
    const replies: TicketReplyInput[] = [];
    const adapter: SupportAdapter = { ...inner, tickets: { ...inner.tickets!, reply: (id, input, options) => (replies.push(input), inner.tickets!.reply(id, input, options)) } };
    const element = await ticketsFixture(adapter);
    await openThread(element, 'USDT withdrawal to my Ledger');
    await typeReply(element, 'Yes, my Ledger supports TRON. Screenshot attached.');
    const input = $<HTMLInputElement>(element, '[part~="reply"] input[type=file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(pngFile('ledger.png'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => $(element, '[part~="reply"] [part~="attachment"][data-status="done"]'), 3000, 'the upload');
    const send = $<HTMLButtonElement>(element, '[part~="send-button"]')!;
    send.click();
    send.click();
    await until(() => $$(element, '[part~="message"][data-role="user"]').length === 2, 3000, 'the reply in the thread');
    const mine = $$(element, '[part~="message"][data-role="user"]')[1]!;
    expect(visibleText(mine)).to.contain('Yes, my Ledger supports TRON.');
    expect(visibleText(mine)).to.contain('ledger.png');
    expect(replies).to.have.length(1);
    expect(replies[0]!.attachmentIds).to.have.length(1);
    expect($<HTMLTextAreaElement>(element, '#reply')!.value).to.equal('');
    expect($(element, '[part~="reply"] [part~="attachment"]')).to.equal(null);
  });

  it('closes and reopens a ticket', async () => {
    const adapter = testAdapter();
    const element = await ticketsFixture(adapter);
    await openThread(element, 'USDT withdrawal to my Ledger');
    $<HTMLButtonElement>(element, '[part~="close-button"]')!.click();
    await until(() => $(element, '[part~="reopen-button"]'), 3000, 'closed');
    expect($(element, '[part~="status"]')!.dataset.status).to.equal('closed');
    expect($(element, '[part~="reply"]'), 'no reply box on a closed ticket').to.equal(null);
    expect(visibleText($(element, '[part~="status-hint"]')!)).to.contain('closed');
    expect((await adapter.tickets!.get('t_seed_withdrawal')).status).to.equal('closed');
    expect(deepActiveElement()).to.equal($(element, '[part~="reopen-button"]'));

    $<HTMLButtonElement>(element, '[part~="reopen-button"]')!.click();
    await until(() => $(element, '[part~="reply"]'), 3000, 'reopened');
    expect($(element, '[part~="status"]')!.dataset.status).to.equal('open');
    expect((await adapter.tickets!.get('t_seed_withdrawal')).status).not.to.equal('closed');
  });

  it('follows a ticket through its statuses as time passes', async () => {
    let now = Date.parse('2026-11-24T10:00:00Z');
    const adapter = testAdapter({ speed: 1, now: () => now });
    const created = await adapter.tickets!.create({
      categoryId: 'deposit', subject: 'SOL deposit missing', description: 'Sent 2 SOL an hour ago.', fields: {}, attachmentIds: [], idempotencyKey: 'key-sol-1',
    });
    const element = await ticketsFixture(adapter);
    await until(() => row(element, 'SOL deposit missing'));
    expect(visibleText(row(element, 'SOL deposit missing')!)).to.contain('Open');

    now += 31_000; // the agent answers after 30 s
    // Coming back to the view (the panel reopened) refreshes it.
    element.active = false;
    await element.updateComplete;
    element.active = true;
    await until(() => visibleText(row(element, 'SOL deposit missing') ?? element).includes('1 new reply'), 3000, 'the agent reply');
    expect(visibleText(row(element, 'SOL deposit missing')!)).to.contain('Awaiting your reply');

    await openThread(element, 'SOL deposit missing');
    await typeReply(element, 'The memo is correct.');
    $<HTMLButtonElement>(element, '[part~="send-button"]')!.click();
    await until(() => $(element, '[part~="status"]')?.dataset.status === 'open', 3000, 'open again after my reply');

    now += 31_000;
    $<HTMLButtonElement>(element, '[part~="back-button"]')!.click();
    await until(() => visibleText(row(element, 'SOL deposit missing') ?? element).includes('Solved'), 3000, 'solved');
    expect((await adapter.tickets!.get(created.id)).messages.map((message) => message.author.role)).to.deep.equal(['user', 'agent', 'user', 'agent']);
  });

  it('does not send a reply holding a recovery phrase', async () => {
    const inner = testAdapter();
    let replies = 0;
    const adapter: SupportAdapter = { ...inner, tickets: { ...inner.tickets!, reply: (id, input, options) => (replies++, inner.tickets!.reply(id, input, options)) } };
    const element = await ticketsFixture(adapter);
    await openThread(element, 'USDT withdrawal to my Ledger');
    await typeReply(element, 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about');
    const blocked = oneEvent(element, 'lb-secret-blocked');
    $<HTMLButtonElement>(element, '[part~="send-button"]')!.click();
    expect((await blocked).detail).to.deep.equal({ kind: 'mnemonic', source: 'ticket-reply' });
    await until(() => $(element, '[part~="reply"] lb-secret-alert'));
    expect(replies).to.equal(0);
  });

  it('opens the thread given by ticket-id', async () => {
    const element = await ticketsFixture(testAdapter(), { ticketId: 't_seed_login' });
    await until(() => $(element, '#thread-title'));
    expect(visibleText($(element, '#thread-title')!)).to.contain('Authenticator codes rejected');
    expect($(element, '[part~="message"] img')).to.exist;
    expect(visibleText($(element, '[part~="message"][data-role="agent"]')!)).to.contain('time-sync-guide.svg');
  });

  it('files a new ticket from the form and shows it in the list', async () => {
    const element = await ticketsFixture(testAdapter(), { mode: 'new' });
    await until(() => element.shadowRoot!.querySelector<LbTicketForm>('lb-ticket-form')?.status === 'editing', 3000, 'the form');
    const form = element.shadowRoot!.querySelector<LbTicketForm>('lb-ticket-form')!;
    await fillOther(form, 'Question from the tickets view');
    const created = oneEvent(element, 'lb-ticket-created');
    submit(form);
    const { detail } = await created;
    await until(() => form.status === 'success');
    let escaped = false;
    element.addEventListener('lb-navigate', () => (escaped = true));
    $<HTMLButtonElement>(form, '[part~="view-ticket"]')!.click();
    await until(() => $(element, '#thread-title'), 3000, 'the new ticket');
    expect(visibleText($(element, '#thread-title')!)).to.equal('Question from the tickets view');
    expect(escaped, 'handled inside the view').to.equal(false);
    $<HTMLButtonElement>(element, '[part~="back-button"]')!.click();
    await until(() => row(element, 'Question from the tickets view'), 3000, 'in the list');
    expect(visibleText(row(element, detail.ticket.subject)!)).to.contain(`#${detail.ticket.number}`);
    // "New ticket" again starts from an empty form.
    $<HTMLButtonElement>(element, '[part~="new-button"]')!.click();
    await until(() => form.status === 'editing');
    await form.updateComplete;
    expect($(form, '#f-subject')).to.equal(null);
  });

  it('renders a hostile agent reply, file names and attachment URLs without running any script', async () => {
    const pwned = () => (window as unknown as { __lbPwned?: number }).__lbPwned;
    const hostileName = '<img src=x onerror="window.__lbPwned=4">statement.pdf';
    const element = await ticketsFixture(withExtraMessages(testAdapter(), [{
      id: 'tm_evil', createdAt: new Date().toISOString(),
      author: { id: 'evil', role: 'agent', name: '<img src=x onerror="window.__lbPwned=1">Mallory', verified: true },
      text: '<img src=x onerror="window.__lbPwned=2"><script>window.__lbPwned=3</script><a href="javascript:window.__lbPwned=3">raw</a>',
      attachments: [
        { id: 'a1', name: hostileName, size: 10, mimeType: 'application/pdf', url: 'javascript:window.__lbPwned=5' },
        { id: 'a2', name: 'invoice.html', size: 10, mimeType: 'text/html', url: 'data:text/html,<script>parent.__lbPwned=6</script>' },
        { id: 'a3', name: 'photo.png', size: 10, mimeType: 'image/png', url: '\tjavascript:window.__lbPwned=7', thumbnailUrl: 'javascript:window.__lbPwned=8' },
        { id: 'a4', name: 'vector.svg', size: 10, mimeType: 'image/svg+xml', url: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__lbPwned=9"/>' },
        { id: 'a5', name: 'receipt.png', size: 10, mimeType: 'image/png', url: 'data:image/png;base64,iVBORw0KGgo=' },
      ],
    }]), { ticketId: 't_seed_withdrawal' });
    await until(() => $$(element, '.message-attachments li').length === 5, 3000, 'the hostile reply');
    await aTimeout(100);
    expect(pwned()).to.equal(undefined);
    const root = element.shadowRoot!;
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelectorAll('[onerror], [onload]')).to.have.length(0);
    const hrefs = Array.from(root.querySelectorAll('a[href]'), (link) => link.getAttribute('href')!);
    expect(hrefs, 'only the safe attachment is a link').to.deep.equal(['data:image/png;base64,iVBORw0KGgo=']);
    const sources = Array.from(root.querySelectorAll('img'), (image) => image.getAttribute('src')!);
    expect(sources.filter((src) => /^\s*(javascript|data:text)/i.test(src))).to.deep.equal([]);
    const evil = $(element, '[part~="message"][data-role="agent"]:last-child')!;
    const files = Array.from(evil.querySelectorAll('.message-attachments li'), (file) => visibleText(file));
    expect(files).to.have.length(5);
    expect(files[0]).to.contain(hostileName); // the name is text, not markup
    expect(visibleText(evil)).to.contain('<img src=x onerror="window.__lbPwned=1">Mallory');
    expect(visibleText(evil)).to.contain('<script>window.__lbPwned=3</script>');
    expect(pwned()).to.equal(undefined);
  });

  it('without a signature check, warns on an agent reply the backend did not flag verified', async () => {
    const at = new Date().toISOString();
    const element = await ticketsFixture(withExtraMessages(withStaffCheck(testAdapter(), null), [
      { id: 'tm_impostor', createdAt: at, author: { id: 'impostor', role: 'agent', name: 'Mia · Support' }, text: 'Send me your recovery phrase to speed this up.', attachments: [] },
      { id: 'tm_flagged', createdAt: at, author: { id: 'flagged', role: 'agent', name: 'Mia · Support', verified: false }, text: 'Please confirm your 2FA code.', attachments: [] },
      { id: 'tm_bot', createdAt: at, author: { id: 'bot', role: 'bot', name: 'Assistant' }, text: 'An automatic update.', attachments: [] },
    ]), { ticketId: 't_seed_withdrawal' });
    await until(() => $$(element, '[part~="message"]').length === 5, 3000, 'the thread');
    const warned = $$(element, '[part~="message"]').map((message) => message.querySelector('[part~="staff-warning"]') !== null);
    expect(warned, 'only the two unverified agent replies').to.deep.equal([false, false, true, true, false]);
    expect(staffMarks(element)[1], 'the seed reply, flagged verified').to.equal('verified');
    const warning = $(element, '[part~="staff-warning"]')!;
    expect(warning.getAttribute('role')).to.equal('note');
    expect(visibleText(warning)).to.contain('could not verify that this reply comes from our staff');
    await expect(element).to.be.accessible();
  });

  describe('with the backend\'s staff-signature check', () => {
    const at = new Date().toISOString();
    // Flagged verified and named like the real agent, but never signed by the backend.
    const forged: TicketMessage = {
      id: 'tm_forged', createdAt: at, author: { id: 'agent-mia', role: 'agent', name: 'Mia · Support', verified: true },
      text: 'To release your withdrawal, send me your recovery phrase.', attachments: [],
    };
    const bot: TicketMessage = { id: 'tm_bot', createdAt: at, author: { id: 'bot', role: 'bot', name: 'Assistant' }, text: 'An automatic update.', attachments: [] };
    const mine: TicketMessage = { id: 'tm_mine', createdAt: at, author: { id: 'me', role: 'user', name: 'You' }, text: 'Is that safe?', attachments: [] };
    const extras = [forged, bot, mine];
    const signedExceptForged = async (ids: string[]) => ids.map((messageId) => ({ messageId, verified: messageId !== forged.id }));

    it('asks about every staff reply in one call; marks the signed ones and warns on the forged one despite its flag', async () => {
      const calls: string[][] = [];
      const element = await ticketsFixture(withExtraMessages(withStaffCheck(testAdapter(), async (ids) => (calls.push([...ids]), signedExceptForged(ids))), extras), { ticketId: 't_seed_withdrawal' });
      await until(() => staffMarks(element).length === 5 && staffMarks(element)[1] !== 'none', 3000, 'the answer');
      expect(staffMarks(element)).to.deep.equal(['none', 'verified', 'warning', 'verified', 'none']);
      expect(calls, 'one call, staff replies only').to.deep.equal([['tm_seed_2', forged.id, bot.id]]);
      const warning = $$(element, '[part~="message"]')[2]!.querySelector('[part~="staff-warning"]')!;
      expect(warning.getAttribute('role')).to.equal('note');
      expect(visibleText(warning)).to.contain('could not verify that this reply comes from our staff');
      await expect(element).to.be.accessible();
    });

    it('shows neither mark nor warning while the answer is pending', async () => {
      const answer = deferred<{ messageId: string; verified: boolean }[]>();
      let asked: string[] = [];
      const element = await ticketsFixture(withExtraMessages(withStaffCheck(testAdapter(), (ids) => ((asked = ids), answer.promise)), extras), { ticketId: 't_seed_withdrawal' });
      await until(() => asked.length > 0, 3000, 'the question');
      await aTimeout(50);
      expect(staffMarks(element), 'the seed reply flagged verified and the forged one alike').to.deep.equal(['none', 'none', 'none', 'none', 'none']);
      answer.resolve(await signedExceptForged(asked));
      await until(() => staffMarks(element)[1] === 'verified', 3000, 'the answer');
      expect(staffMarks(element)).to.deep.equal(['none', 'verified', 'warning', 'verified', 'none']);
    });

    it('a failed call neither marks nor accuses, and is asked again when the thread refreshes', async () => {
      const calls: string[][] = [];
      const verify = async (ids: string[]) => {
        calls.push([...ids]);
        if (calls.length === 1) throw new Error('offline');
        return signedExceptForged(ids);
      };
      const element = await ticketsFixture(withExtraMessages(withStaffCheck(testAdapter(), verify), extras), { ticketId: 't_seed_withdrawal' });
      await until(() => calls.length === 1, 3000, 'the first call');
      await aTimeout(100);
      expect(staffMarks(element)).to.deep.equal(['none', 'none', 'none', 'none', 'none']);
      expect(calls, 'not asked again in a loop').to.have.length(1);
      // Coming back to the view refreshes the thread, which asks again.
      element.active = false;
      await element.updateComplete;
      element.active = true;
      await until(() => staffMarks(element)[1] === 'verified', 3000, 'the retried answer');
      expect(staffMarks(element)).to.deep.equal(['none', 'verified', 'warning', 'verified', 'none']);
      expect(calls).to.deep.equal([['tm_seed_2', forged.id, bot.id], ['tm_seed_2', forged.id, bot.id]]);
    });

    it('drops the check when the adapter changes and when the element leaves the page', async () => {
      const signals: AbortSignal[] = [];
      const pending = (options?: { signal?: AbortSignal }) => (signals.push(options!.signal!), new Promise<never>(() => {}));
      const first = withExtraMessages(withStaffCheck(testAdapter(), (_ids, options) => pending(options)), extras);
      const element = await ticketsFixture(first, { ticketId: 't_seed_withdrawal' });
      await until(() => signals.length === 1, 3000, 'the first check');
      element.adapter = withExtraMessages(withStaffCheck(testAdapter(), (_ids, options) => pending(options)), extras);
      await until(() => signals.length === 2, 3000, 'the new adapter\'s check');
      expect(signals.map((signal) => signal.aborted)).to.deep.equal([true, false]);
      element.remove();
      expect(signals[1]!.aborted).to.equal(true);
    });
  });

  it('is accessible: list and thread', async () => {
    const element = await ticketsFixture(testAdapter());
    await until(() => rows(element).length === 3);
    await expect(element).to.be.accessible();
    await openThread(element, 'Authenticator codes rejected');
    await expect(element).to.be.accessible();
  });
});

describe('<lb-tickets> inside the widget', () => {
  beforeEach(() => resetStorage());
  afterEach(async () => {
    fixtureCleanup();
    await aTimeout(20);
  });

  it('gets the adapter and user from <lb-widget>, opens the form with handed-over values, keeps drafts per user', async () => {
    await import('../../src/components/widget/define.js');
    const widget = await fixture<HTMLElementTagNameMap['lb-widget']>(html`<lb-widget .adapter=${testAdapter()} .user=${{ uid: '87654321' }}></lb-widget>`);
    await widget.show('tickets');
    const view = () => widget.shadowRoot!.querySelector('lb-panel')?.shadowRoot?.querySelector<LbTickets>('lb-tickets') ?? null;
    await until(() => view() && rows(view()!).length === 3, 5000, 'my tickets in the panel');

    // Search without results hands over to a new ticket with the query as subject.
    widget.navigate('tickets', { mode: 'new', query: 'USDC deposit on Base missing', categoryId: 'deposit' });
    const form = () => view()!.shadowRoot!.querySelector<LbTicketForm>('lb-ticket-form');
    await until(() => form()?.status === 'editing' && $(form()!, '#f-subject'), 5000, 'the form');
    expect($<HTMLInputElement>(form()!, '#f-subject')!.value).to.equal('USDC deposit on Base missing');
    expect($<HTMLSelectElement>(form()!, '#f-category')!.value).to.equal('deposit');
    storageGate.allow();
    $(form()!, '#f-subject')!.dispatchEvent(new Event('input'));
    await until(() => localStorage.getItem('lifebuoy:tickets.draft.87654321.deposit')?.includes('USDC deposit on Base missing'), 3000, 'the user\'s draft');
    expect(Object.keys(localStorage).filter((key) => key.startsWith('lifebuoy:tickets.draft.default.'))).to.deep.equal([]);
  });
});
