import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { SupportAdapter } from '../../src/adapters/contract.js';
import type { User } from '../../src/adapters/schemas.js';
import type { LbEventDetails } from '../../src/core/events.js';
import '../../src/components/channel-picker/define.js';
import type { LbChannelPicker } from '../../src/components/channel-picker/channel-picker.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';

// Tuesday 2027-01-05, 10:00 in Singapore: the SG phone line and the VIP desk are open.
const SG_OFFICE_HOURS = Date.parse('2027-01-05T02:00:00Z');
// Sunday 2027-01-10, 03:00 in Singapore (Saturday 14:00 in New York): closed.
const SG_NIGHT = Date.parse('2027-01-09T19:00:00Z');

const regular: User = { uid: '12345678', region: 'DE' };
const sgUser: User = { uid: '12345678', region: 'SG', vipTier: 0 };
const sgVip: User = { uid: '87654321', region: 'SG', vipTier: 2 };

async function picker(options: { user?: User | null; now?: number; zone?: string; problem?: string; adapter?: SupportAdapter } = {}) {
  const el = await fixture<LbChannelPicker>(html`<lb-channel-picker
    .adapter=${options.adapter ?? testAdapter({ now: () => options.now ?? SG_OFFICE_HOURS })}
    .user=${options.user ?? null}
    .now=${options.now ?? SG_OFFICE_HOURS}
    .problem=${options.problem ?? ''}
    time-zone=${options.zone ?? 'Asia/Singapore'}
  ></lb-channel-picker>`);
  await until(() => el.shadowRoot!.querySelector('[part~="channel"]') || el.shadowRoot!.querySelector('[role="alert"]'), 3000, 'channels');
  return el;
}

const root = (el: LbChannelPicker) => el.shadowRoot!;
const channelIds = (el: LbChannelPicker) => [...root(el).querySelectorAll<HTMLElement>('[part~="channel"]')].map((li) => li.dataset.channel);
const card = (el: LbChannelPicker, id: string) => root(el).querySelector<HTMLElement>(`[data-channel="${id}"]`)!;
const availabilityText = (el: LbChannelPicker, id: string) => visibleText(card(el, id).querySelector('[part~="availability"]')!);
const action = (el: LbChannelPicker, id: string) => card(el, id).querySelector<HTMLElement>('[part~="action"]')!;
const activeElement = (el: LbChannelPicker) => root(el).activeElement;

async function describe_(el: LbChannelPicker, text: string) {
  const textarea = root(el).querySelector('textarea')!;
  textarea.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<lb-channel-picker>', () => {
  beforeEach(() => resetStorage());

  describe('who sees what', () => {
    it('a regular user outside phone regions: self-service, chat, tickets, email, social and community — no phone, no VIP', async () => {
      const el = await picker({ user: regular });
      expect(channelIds(el)).to.deep.equal(['help-center', 'live-chat', 'tickets', 'email', 'x', 'telegram', 'discord']);
    });

    it('a regular user in Singapore also sees the Singapore phone line and WeChat, but not VIP', async () => {
      const el = await picker({ user: sgUser });
      const ids = channelIds(el);
      expect(ids).to.include.members(['phone-sg', 'wechat']);
      expect(ids).not.to.include('vip-desk');
      expect(ids).not.to.include('phone-uk');
    });

    it('a VIP user sees the VIP desk', async () => {
      const el = await picker({ user: sgVip });
      expect(channelIds(el)).to.include('vip-desk');
      expect(visibleText(card(el, 'vip-desk'))).to.contain('VIP account manager');
    });

    it('an anonymous visitor sees no phone and no VIP', async () => {
      const el = await picker({ user: null });
      expect(channelIds(el).some((id) => id?.startsWith('phone') || id === 'vip-desk')).to.equal(false);
    });
  });

  describe('open now, in the user\'s time zone', () => {
    it('shows open channels with their closing time and 24/7 ones as such', async () => {
      const el = await picker({ user: sgUser });
      expect(availabilityText(el, 'phone-sg')).to.equal('Open now · closes 6:00 PM');
      expect(availabilityText(el, 'live-chat')).to.equal('Open 24/7');
    });

    it('after hours, says when the line opens — in Singapore time for a Singapore user', async () => {
      const el = await picker({ user: sgUser, now: SG_NIGHT, zone: 'Asia/Singapore' });
      expect(availabilityText(el, 'phone-sg')).to.equal('Closed · opens tomorrow at 9:00 AM');
    });

    it('and in the traveller\'s own time zone: New York, London', async () => {
      const ny = await picker({ user: sgUser, now: SG_NIGHT, zone: 'America/New_York' });
      expect(availabilityText(ny, 'phone-sg')).to.equal('Closed · opens tomorrow at 8:00 PM');
      const london = await picker({ user: sgUser, now: SG_NIGHT, zone: 'Europe/London' });
      expect(availabilityText(london, 'phone-sg')).to.equal('Closed · opens Monday at 1:00 AM');
      expect(visibleText(london)).to.contain('Times are shown in your time zone (');
    });

    it('shows the expected response time', async () => {
      const el = await picker({ user: regular });
      expect(visibleText(card(el, 'email'))).to.contain('Usually replies within 24 hours');
      expect(visibleText(card(el, 'live-chat'))).to.contain('Usually replies within 2 minutes');
      // Email has no opening hours of its own: no "Open 24/7", just the response time.
      expect(card(el, 'email').querySelector('[part~="availability"]')).to.equal(null);
    });
  });

  describe('recommendation', () => {
    it('without a problem, keeps the configured order and gives no advice', async () => {
      const el = await picker({ user: sgUser });
      expect(channelIds(el)[0]).to.equal('help-center');
      expect(root(el).querySelector('[part~="advice"]')).to.equal(null);
      expect(root(el).querySelector('[part~="best"]')).to.equal(null);
    });

    it('"my account may be compromised": phone first with the steps to freeze the account', async () => {
      const el = await picker({ user: sgUser });
      await describe_(el, 'my account may be compromised');
      expect(channelIds(el)[0]).to.equal('phone-sg');
      expect(visibleText(card(el, 'phone-sg').querySelector('[part~="best"]')!)).to.equal('Best match');
      const advice = visibleText(root(el).querySelector('[part~="advice"]')!);
      expect(advice).to.contain('Secure your account now');
      expect(advice).to.contain('Freeze your account');
      expect(root(el).querySelector<HTMLSelectElement>('[part~="problem-type"]')!.value).to.equal('compromised');
      expect(root(el).querySelector<HTMLSelectElement>('[part~="urgency"]')!.value).to.equal('emergency');
      expect(visibleText(root(el).querySelector('.picker > [role="status"]')!)).to.contain('Recommended: Phone (Singapore).');
      // Not for a compromised account: social media and community groups.
      expect(visibleText(card(el, 'x'))).to.contain('Not for this problem');
    });

    it('the same emergency after hours puts live chat first', async () => {
      const el = await picker({ user: sgUser, now: SG_NIGHT });
      await describe_(el, '账号被盗');
      expect(channelIds(el)[0]).to.equal('live-chat');
    });

    it('a Chinese description of a missing deposit ranks a ticket first; urgency "urgent" moves live chat up', async () => {
      const el = await picker({ user: regular, problem: '充值未到账' });
      expect(root(el).querySelector<HTMLSelectElement>('[part~="problem-type"]')!.value).to.equal('deposit_missing');
      expect(channelIds(el)[0]).to.equal('tickets');
      const urgency = root(el).querySelector<HTMLSelectElement>('[part~="urgency"]')!;
      urgency.value = 'urgent';
      urgency.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(channelIds(el)[0]).to.equal('live-chat');
    });

    it('choosing a problem type resets the urgency to that problem\'s default', async () => {
      const el = await picker({ user: sgUser });
      const [problem, urgency] = [...root(el).querySelectorAll('select')];
      // Real key presses: a user's choice sticks to an option in a way attribute changes cannot undo.
      urgency!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(urgency!.value).to.equal('low');
      problem!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(problem!.value).to.equal('compromised');
      expect(urgency!.value).to.equal('emergency');
      expect(channelIds(el)[0]).to.equal('phone-sg');
    });

    it('choosing "how-to" puts the help center first', async () => {
      const el = await picker({ user: regular });
      const select = root(el).querySelector<HTMLSelectElement>('[part~="problem-type"]')!;
      select.value = 'how_to';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(channelIds(el)[0]).to.equal('help-center');
      expect(visibleText(root(el).querySelector('[part~="advice"]')!)).to.contain('Most answers are in the help center');
    });
  });

  describe('using a channel', () => {
    it('live chat: fires lb-channel-select once, then navigates to chat with the problem', async () => {
      const el = await picker({ user: regular, problem: 'How do I enable 2FA?' });
      const selects: LbEventDetails['lb-channel-select'][] = [];
      el.addEventListener('lb-channel-select', (event) => selects.push(event.detail));
      const navigation = oneEvent(el, 'lb-navigate');
      action(el, 'live-chat').click();
      const { detail } = await navigation;
      expect(detail).to.deep.equal({ view: 'chat', params: { query: 'How do I enable 2FA?' } });
      expect(selects.map((s) => s.channel.id)).to.deep.equal(['live-chat']);
    });

    it('help center and tickets navigate to search and a new ticket', async () => {
      const el = await picker({ user: regular, problem: 'withdrawal not received' });
      let navigation = oneEvent(el, 'lb-navigate');
      action(el, 'help-center').click();
      expect((await navigation).detail).to.deep.equal({ view: 'search', params: { query: 'withdrawal not received' } });
      navigation = oneEvent(el, 'lb-navigate');
      action(el, 'tickets').click();
      expect((await navigation).detail).to.deep.equal({ view: 'tickets', params: { mode: 'new', query: 'withdrawal not received' } });
    });

    it('email: opens a prefilled draft with the UID subject, the checklist and the registered-address reminder', async () => {
      const el = await picker({ user: regular, problem: 'My withdrawal has not been received' });
      const button = action(el, 'email');
      button.click();
      await until(() => root(el).querySelector('[part~="email-draft"]'));
      const draft = root(el).querySelector<HTMLElement>('[part~="email-draft"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(activeElement(el)).to.equal(draft);
      await until(() => visibleText(draft).includes('In my own words'), 3000, 'description checked');
      const text = visibleText(draft);
      expect(text).to.contain('UID 12345678 – withdrawal not received');
      expect(text).to.contain('UID: 12345678');
      expect(text).to.contain('Transaction ID (TxID)');
      expect(text).to.contain('Send it from the email address registered on your account');
      const link = draft.querySelector<HTMLAnchorElement>('[part~="email-link"]')!;
      expect(link.getAttribute('href')).to.match(/^mailto:support@lifebuoy-exchange\.example\?subject=UID%2012345678%20%E2%80%93%20withdrawal%20not%20received&body=Hello%20support%20team%2C%0D%0A/);

      const selects: string[] = [];
      el.addEventListener('lb-channel-select', (event) => selects.push(event.detail.channel.id));
      document.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
      expect(selects).to.deep.equal(['email']);
    });

    it('email: leaves out a description that may hold a secret', async () => {
      const secret = 'my key is ' + 'a'.repeat(64);
      const el = await picker({ user: regular, problem: secret });
      action(el, 'email').click();
      await until(() => visibleText(root(el).querySelector('[part~="email-draft"]') ?? el).includes('We left your description out'), 3000, 'omitted note');
      const href = root(el).querySelector<HTMLAnchorElement>('[part~="email-link"]')!.getAttribute('href')!;
      expect(decodeURIComponent(href)).not.to.contain('a'.repeat(64));
    });

    it('phone: shows the hours and the recording notice before dialling; Escape goes back', async () => {
      const el = await picker({ user: sgUser });
      const selects: string[] = [];
      el.addEventListener('lb-channel-select', (event) => selects.push(event.detail.channel.id));
      const call = action(el, 'phone-sg');
      expect(call.tagName).to.equal('BUTTON');
      call.click();
      await until(() => root(el).querySelector('[part~="phone-confirm"]'));
      const confirm = root(el).querySelector<HTMLElement>('[part~="phone-confirm"]')!;
      const text = visibleText(confirm);
      expect(text).to.contain('Calls are recorded');
      expect(text).to.contain('+65 6001 2345');
      expect(confirm.querySelector('[part~="hours-table"]')).to.exist;
      expect(confirm.querySelector<HTMLAnchorElement>('[part~="call-link"]')!.getAttribute('href')).to.equal('tel:+6560012345');
      expect(selects, 'nothing dialled yet').to.deep.equal([]);

      let prevented = false;
      const listener = (event: KeyboardEvent) => (prevented = event.defaultPrevented);
      document.addEventListener('keydown', listener);
      await sendKeys({ press: 'Escape' });
      document.removeEventListener('keydown', listener);
      await el.updateComplete;
      expect(prevented, 'Escape is marked handled so the panel stays open').to.equal(true);
      expect(root(el).querySelector('[part~="phone-confirm"]')).to.equal(null);
      expect(activeElement(el)).to.equal(call);
    });

    it('phone after hours warns that the line is closed and when it opens', async () => {
      const el = await picker({ user: sgUser, now: SG_NIGHT });
      action(el, 'phone-sg').click();
      await until(() => root(el).querySelector('[part~="phone-confirm"]'));
      expect(visibleText(root(el).querySelector('[part~="phone-confirm"]')!)).to.contain('This line is closed now. It opens tomorrow at 9:00 AM');
    });

    it('social and community links carry the official mark and the impostor warning, and open in a new tab', async () => {
      const el = await picker({ user: sgUser });
      for (const id of ['x', 'telegram', 'discord', 'wechat']) {
        expect(visibleText(card(el, id).querySelector('[part~="official"]')!), id).to.equal('Official');
        expect(visibleText(card(el, id).querySelector('[part~="impostor-warning"]')!), id).to.contain('Beware of impostors');
      }
      const x = action(el, 'x') as HTMLAnchorElement;
      expect(x.href).to.equal('https://x.com/LifebuoyEx');
      expect(x.target).to.equal('_blank');
      expect(x.rel).to.contain('noopener');
      expect(visibleText(card(el, 'wechat'))).to.contain('WeChat ID: LifebuoyExchangeCN');
      expect(card(el, 'email').querySelector('[part~="impostor-warning"]')).to.equal(null);
      const navigation = oneEvent(el, 'lb-navigate');
      card(el, 'x').querySelector<HTMLButtonElement>('[part~="impostor-warning"] button')!.click();
      expect((await navigation).detail.view).to.equal('verify');
    });
  });

  describe('details popovers (hours, response time)', () => {
    it('every popover opens with Enter, traps nothing, and Escape closes it and returns focus', async () => {
      const el = await picker({ user: sgVip });
      const triggers = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="details-button"]')];
      expect(triggers.length).to.equal(channelIds(el).length);
      for (const trigger of triggers) {
        const panel = root(el).getElementById(trigger.getAttribute('aria-controls')!)!;
        trigger.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => panel.matches(':popover-open') && root(el).activeElement === panel, 2000, `open ${trigger.dataset.details}`);
        expect(trigger.getAttribute('aria-expanded')).to.equal('true');
        expect(visibleText(panel)).to.match(/Expected response|Response time varies/);
        await until(() => panel.style.top !== '', 2000, 'positioned by floating-ui');

        let prevented = false;
        const listener = (event: KeyboardEvent) => (prevented = event.defaultPrevented);
        document.addEventListener('keydown', listener);
        await sendKeys({ press: 'Escape' });
        document.removeEventListener('keydown', listener);
        await el.updateComplete;
        expect(prevented).to.equal(true);
        expect(panel.matches(':popover-open')).to.equal(false);
        expect(trigger.getAttribute('aria-expanded')).to.equal('false');
        expect(root(el).activeElement).to.equal(trigger);
      }
    });

    it('opens with Space too, shows the weekly hours in the line\'s time zone and the holidays', async () => {
      const el = await picker({ user: sgUser });
      const trigger = card(el, 'phone-sg').querySelector<HTMLButtonElement>('[part~="details-button"]')!;
      trigger.focus();
      await sendKeys({ press: ' ' });
      const panel = root(el).getElementById('details-phone-sg')!;
      await until(() => panel.matches(':popover-open'));
      const text = visibleText(panel);
      expect(text).to.contain('Monday 9:00 AM–6:00 PM');
      expect(text).to.contain('Saturday Closed');
      expect(text).to.contain('Closed on: Feb 6, 2027, Feb 8, 2027');
      expect(text).to.contain('Expected response: within 3 minutes');
      expect(panel.getAttribute('role')).to.equal('dialog');
    });

    it('stays on screen when it is taller than the room around its trigger, and scrolls to its close button', async () => {
      await setViewport({ width: 1280, height: 420 });
      try {
        const el = await picker({ user: sgUser });
        const trigger = card(el, 'phone-sg').querySelector<HTMLButtonElement>('[part~="details-button"]')!;
        trigger.scrollIntoView({ block: 'center' });
        trigger.click();
        const panel = root(el).getElementById('details-phone-sg')!;
        await until(() => panel.matches(':popover-open') && panel.style.top !== '', 3000, 'the positioned popover');
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const box = panel.getBoundingClientRect();
        expect(box.top, 'top edge').to.be.at.least(0);
        expect(box.bottom, 'bottom edge').to.be.at.most(window.innerHeight);
        expect(panel.scrollHeight).to.be.greaterThan(panel.clientHeight);
        const close = [...panel.querySelectorAll('button')].at(-1)!;
        close.scrollIntoView({ block: 'nearest' });
        const closeBox = close.getBoundingClientRect();
        expect(closeBox.bottom).to.be.at.most(window.innerHeight);
        expect(closeBox.bottom, 'the close button is inside the popover, not spilling out of it').to.be.at.most(panel.getBoundingClientRect().bottom);
        expect(document.elementFromPoint(closeBox.left + closeBox.width / 2, closeBox.top + closeBox.height / 2)).to.equal(el);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('in Arabic, the hours table keeps its gap between day and hours on the mirrored side', async () => {
      const el = await picker({ user: sgUser });
      el.setAttribute('dir', 'rtl');
      card(el, 'phone-sg').querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      const panel = root(el).getElementById('details-phone-sg')!;
      await until(() => panel.matches(':popover-open') && panel.querySelector('table'));
      const day = getComputedStyle(panel.querySelector('tbody th')!);
      expect(day.paddingLeft).not.to.equal('0px');
      expect(day.paddingRight).to.equal('0px');
    });

    it('closes when the view is hidden (the popover sits in the top layer)', async () => {
      const el = await picker({ user: regular });
      el.active = true;
      await el.updateComplete;
      card(el, 'email').querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      const panel = root(el).getElementById('details-email')!;
      await until(() => panel.matches(':popover-open'));
      el.active = false;
      await el.updateComplete;
      expect(panel.matches(':popover-open')).to.equal(false);
    });

    it('the close button and a click outside close it', async () => {
      const el = await picker({ user: regular });
      const trigger = card(el, 'email').querySelector<HTMLButtonElement>('[part~="details-button"]')!;
      trigger.click();
      const panel = root(el).getElementById('details-email')!;
      await until(() => panel.matches(':popover-open'));
      panel.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      expect(panel.matches(':popover-open')).to.equal(false);
      expect(root(el).activeElement).to.equal(trigger);

      trigger.click();
      await until(() => panel.matches(':popover-open'));
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(panel.matches(':popover-open')).to.equal(false);
    });
  });

  describe('states and safety', () => {
    it('always shows the "before you contact us" checklist and the safety reminder', async () => {
      const el = await picker({ user: regular });
      expect(visibleText(root(el).querySelector('[part~="checklist"]')!)).to.contain('Your UID');
      expect(visibleText(root(el).querySelector('[part~="safety"]')!)).to.equal(
        'Support will never ask for your password, private keys or recovery (mnemonic) phrase. Anyone who does is an impostor.',
      );
    });

    it('takes channels from configuration instead of the adapter, and rejects a malformed one', async () => {
      const configured = [
        { id: 'desk', kind: 'phone', label: { en: 'Hotline' }, target: '+44 20 7946 0999', regions: ['GB'], hours: { timeZone: 'Europe/London', weekly: { mon: [['09:00', '17:00']] } } },
        { id: 'mail', kind: 'email', label: { en: 'Write to us' }, target: 'help@example.com' },
      ];
      const el = await fixture<LbChannelPicker>(html`<lb-channel-picker
        .adapter=${testAdapter()}
        .channels=${configured}
        .user=${{ uid: '1234', region: 'GB' }}
        .now=${Date.parse('2027-01-04T10:00:00Z')}
        time-zone="Europe/London"
      ></lb-channel-picker>`);
      await until(() => root(el).querySelector('[part~="channel"]'));
      expect(channelIds(el)).to.deep.equal(['desk', 'mail']);
      expect(availabilityText(el, 'desk')).to.equal('Open now · closes 5:00 PM');

      el.channels = [{ id: 'bad', kind: 'carrier-pigeon', label: { en: 'Pigeon' } }];
      await until(() => root(el).querySelector('[role="alert"]'));
      expect(visibleText(root(el).querySelector('[role="alert"]')!)).to.contain('Support sent an answer we could not read');
    });

    it('shows an error with a retry when channels cannot be loaded', async () => {
      const el = await picker({ adapter: testAdapter({ fail: { 'channels.list': 'unavailable' } }) });
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(visibleText(alert)).to.contain('Support is unavailable right now');
      expect(alert.querySelector('button')).to.exist;
    });

    it('during an incident, shows it above the channels; with none, shows nothing', async () => {
      const el = await picker({ user: regular });
      const notice = root(el).querySelector('lb-incident-notice')!;
      await until(() => visibleText(notice).includes('ETH withdrawals delayed'), 3000, 'incident');
      const calm = await picker({ user: regular, adapter: testAdapter({ incidents: 'none', now: () => SG_OFFICE_HOURS }) });
      await root(calm).querySelector('lb-incident-notice')!.ready;
      expect(visibleText(root(calm).querySelector('lb-incident-notice')!)).to.equal('');
    });

    it('is accessible: list, recommendation, email draft and open popover', async () => {
      const el = await picker({ user: sgVip, problem: 'my withdrawal has not arrived' });
      await expect(el).to.be.accessible();
      action(el, 'email').click();
      await until(() => root(el).querySelector('[part~="email-draft"]'));
      await expect(el).to.be.accessible();
      card(el, 'phone-sg').querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
      await until(() => root(el).getElementById('details-phone-sg')!.matches(':popover-open'));
      await expect(el).to.be.accessible();
    });
  });
});

describe('<lb-channel-picker> inside the widget', () => {
  beforeEach(() => resetStorage());

  it('gets the adapter and the user from <lb-widget>, and Escape in a popover keeps the panel open', async () => {
    await import('../../src/components/widget/define.js');
    const widget = await fixture<HTMLElementTagNameMap['lb-widget']>(html`<lb-widget
      .adapter=${testAdapter()}
      .user=${{ uid: '12345678', region: 'SG', vipTier: 1 }}
    ></lb-widget>`);
    await widget.show('channels');
    let el: LbChannelPicker | null = null;
    await until(() => {
      el = widget.shadowRoot!.querySelector('lb-panel')?.shadowRoot?.querySelector('lb-channel-picker') ?? null;
      return el?.shadowRoot?.querySelector('[data-channel="phone-sg"]');
    }, 5000, 'picker with the SG phone line');
    const picker = el! as LbChannelPicker;
    expect(channelIds(picker)).to.include('vip-desk');
    const trigger = card(picker, 'live-chat').querySelector<HTMLButtonElement>('[part~="details-button"]')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    const panel = root(picker).getElementById('details-live-chat')!;
    await until(() => panel.matches(':popover-open'));
    await sendKeys({ press: 'Escape' });
    await picker.updateComplete;
    expect(panel.matches(':popover-open')).to.equal(false);
    expect(widget.open, 'the panel stays open').to.equal(true);
    // With no popover open, Escape is the panel's again.
    await sendKeys({ press: 'Escape' });
    await until(() => !widget.open, 2000, 'panel closed');
  });
});
