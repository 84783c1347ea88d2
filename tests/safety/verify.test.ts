import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/verify/define.js';
import type { LbVerify } from '../../src/components/verify/verify.js';
import type { DemoAdapterOptions } from '../../src/adapters/demo/index.js';
import { deepActiveElement } from '../../src/core/focus-trap.js';
import { createWidget } from '../../src/api.js';
import { deepQuery, resetStorage, testAdapter, until, visibleText } from '../helpers.js';

async function verifyView(options: DemoAdapterOptions = {}, value = ''): Promise<LbVerify> {
  const el = await fixture<LbVerify>(html`<lb-verify .adapter=${testAdapter(options)} .value=${value}></lb-verify>`);
  return el;
}

const part = (el: LbVerify, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const verdictOf = (el: LbVerify) => part(el, 'verdict')?.dataset.verdict;

async function type(el: LbVerify, text: string) {
  el.focusInitial();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await until(() => part(el, 'verdict'), 3000, 'a verdict');
}

describe('<lb-verify>', () => {
  it('asks for a link, email, phone or account with a labelled input, and is accessible', async () => {
    const el = await verifyView();
    const input = part(el, 'input') as HTMLInputElement;
    expect(input.labels?.[0]?.textContent).to.equal('Link, email, phone number or account');
    expect(part(el, 'submit-button')!.textContent!.trim()).to.equal('Check');
    expect(part(el, 'result')!.getAttribute('role')).to.equal('status');
    await until(() => part(el, 'official-list'), 3000, 'the official list');
    await expect(el).to.be.accessible();
  });

  it('focusInitial() focuses the input', async () => {
    const el = await verifyView();
    el.focusInitial();
    expect(deepActiveElement()).to.equal(part(el, 'input'));
  });

  it('says "Official" for the official site typed by the user (Enter)', async () => {
    const el = await verifyView();
    await type(el, 'https://lifebuoy-exchange.example/login');
    expect(verdictOf(el)).to.equal('official');
    expect(visibleText(part(el, 'verdict')!)).to.match(/^Official lifebuoy-exchange\.example is our official website\. What to do Check the exact spelling/);
    await expect(el).to.be.accessible();
  });

  const verdicts: [string, string, string, RegExp][] = [
    ['subdomain', 'https://help.lifebuoy-exchange.example/articles/42', 'official', /help\.lifebuoy-exchange\.example is part of our official website lifebuoy-exchange\.example/],
    ['not official', 'https://cryptosupport-desk.io', 'not_official', /cryptosupport-desk\.io is not on our list of official channels/],
    ['punycode homoglyph', 'https://xn--lifebuy-exchange-rkn.example/login', 'lookalike', /lifebuоy-exchange\.example uses look-alike characters to pass for lifebuoy-exchange\.example.*Real address: xn--lifebuy-exchange-rkn\.example/],
    ['typosquat', 'lifebuoy-exchnage.example', 'lookalike', /is spelled almost like lifebuoy-exchange\.example, but it is a different address/],
    ['brand in a foreign domain', 'lifebuoy-exchange.example.io', 'lookalike', /uses our name, but it does not belong to us/],
    ['brand with a support word', 'lifebuoy-support.help', 'lookalike', /lifebuoy-support\.help uses our name/],
    ['official email', 'support@lifebuoy-exchange.example', 'official', /support@lifebuoy-exchange\.example is one of our official email addresses/],
    ['free-mail email', 'lifebuoy.helpdesk@gmail.com', 'lookalike', /uses our name/],
    ['official phone, national format', '020 7946 0958', 'official', /\+442079460958 is our official phone number/],
    ['unknown phone', '+1 212 555 9876', 'not_official', /\+12125559876 is not on our list/],
    // discord.gg/lifebuoyex, the picker's Discord invite, is the same name.
    ['official handle', '@LifebuoyEx', 'official', /@LifebuoyEx is our official account on X \(Twitter\) and Discord\. The same name on any other platform is not us/],
    ['handle on the wrong platform', 'https://t.me/LifebuoyEx', 'lookalike', /uses our name on a platform where we do not have this account/],
    ['impostor handle', 't.me/lifebuoy_support_247', 'lookalike', /Telegram: @lifebuoy_support_247 uses our name/],
    ['garbage', 'who knows', 'invalid', /Enter a full link/],
    ['official phone written with the (0) trunk prefix', '+44 (0)20 7946 0958', 'official', /\+442079460958 is our official phone number/],
    ['hyphenated impostor handle', '@lifebuoy-exchange', 'lookalike', /@lifebuoy-exchange uses look-alike characters to pass for @lifebuoy_exchange\. It is not ours/],
    // The channel picker marks these Official (channels.list): Verify must agree.
    ["the picker's Telegram community link", 'https://t.me/LifebuoyExchange', 'official', /This is our official account on Telegram/],
    ["the picker's Discord invite", 'https://discord.gg/lifebuoyex', 'official', /This is our official account on Discord/],
    ["the picker's Singapore phone line", '+65 6001 2345', 'official', /\+6560012345 is our official phone number/],
    ["the picker's WeChat ID", 'LifebuoyExchangeCN', 'official', /@LifebuoyExchangeCN is our official account on WeChat/],
  ];
  for (const [label, input, verdict, summary] of verdicts) {
    it(`shows the verdict for ${label}`, async () => {
      const el = await verifyView();
      await el.check(input);
      await el.updateComplete;
      expect(verdictOf(el)).to.equal(verdict);
      expect(part(el, 'verdict')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(summary);
    });
  }

  it('has a written explanation for every verdict reason', async () => {
    const el = await verifyView();
    const inputs = [
      'lifebuoy-exchange.example', 'www.lifebuoy-exchange.example', 'support@lifebuoy-exchange.example', 'ops@lifebuoy-exchange.example',
      '+18005550142', 'x.com/LifebuoyEx', '@LifebuoyEx', 'xn--lifebuy-exchange-rkn.example', 'lifebuoy-exchnage.example',
      'lifebuoy-exchange.com', 'lifebuoy-support.help', 'https://lifebuoy.example@evil.example.io', 'https://t.me/LifebuoyEx',
      '+18005550143', 'example.org', 'someone@gmail.com', 'http://10.0.0.1/login', '', 'who knows', 'javascript:alert(1)',
    ];
    const reasons = new Set<string>();
    for (const input of inputs) {
      const check = await el.check(input);
      await el.updateComplete;
      reasons.add(`${check.verdict}/${check.reason}`);
      const text = visibleText(part(el, 'verdict')!);
      expect(text, input).not.to.match(/safety\.|\{\w+\}/);
    }
    expect(reasons.size).to.equal(16); // every VerdictReason
  });

  it('in Arabic, keeps a checked number or @account in reading order, in the box and in the verdict', async () => {
    const el = await fixture<LbVerify>(html`<lb-verify dir="rtl" .adapter=${testAdapter()}></lb-verify>`);
    const input = part(el, 'input') as HTMLInputElement;
    expect(input.hasAttribute('dir'), 'the empty box follows the page').to.equal(false);
    for (const [value, shown] of [['+44 20 7946 0958', '+442079460958'], ['@Iifebuoy_exchange', '@Iifebuoy_exchange']] as const) {
      await type(el, value);
      expect(input.getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(input).textAlign).to.equal('right');
      // The first character ("+" or "@") is drawn left of the second, as in the user's own box.
      const node = [...part(el, 'summary')!.querySelectorAll('bdi')]
        .flatMap((bdi) => [...bdi.childNodes])
        .find((n) => n.nodeType === Node.TEXT_NODE && n.textContent === shown);
      const text = node?.textContent ?? '';
      expect(text, 'the value sits in its own left-to-right isolate').to.equal(shown);
      const box = (start: number) => {
        const range = document.createRange();
        range.setStart(node!, start);
        range.setEnd(node!, start + 1);
        return range.getBoundingClientRect();
      };
      expect(box(0).left, `${shown}: the first character comes first`).to.be.below(box(1).left);
      expect(visibleText(part(el, 'summary')!)).to.contain(shown);
      input.value = '';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
    }
  });

  it('checks a prefilled value as soon as the official list arrives', async () => {
    const el = await verifyView({ latency: 30 }, 'xn--lifebuy-exchange-rkn.example');
    expect((part(el, 'input') as HTMLInputElement).value).to.equal('xn--lifebuy-exchange-rkn.example');
    await until(() => part(el, 'verdict'), 3000, 'the verdict');
    expect(verdictOf(el)).to.equal('lookalike');
    expect(part(el, 'ascii')!.textContent).to.equal('Real address: xn--lifebuy-exchange-rkn.example');
    expect(part(el, 'lookalike-characters')!.textContent).to.equal('Look-alike characters: о (Cyrillic)');
    await expect(el).to.be.accessible();
  });

  it('gives next steps and a report action for a lookalike', async () => {
    const el = await verifyView();
    await type(el, 'lifebuoy-exchange.com');
    const steps = [...part(el, 'steps')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(steps).to.deep.equal([
      'Close it now. Do not enter your password, 2FA codes or recovery phrase.',
      'If you already did: change your password, reset 2FA and contact us right away.',
      'Report it to us so we can warn others and have it taken down.',
    ]);
    const navigation = oneEvent(el, 'lb-navigate');
    part(el, 'report-button')!.click();
    const { detail } = await navigation;
    expect(detail).to.deep.equal({ view: 'chat', params: { query: 'I want to report a suspicious website that claims to be you: lifebuoy-exchange.com' } });
    const channels = oneEvent(el, 'lb-navigate');
    part(el, 'channels-button')!.click();
    expect((await channels).detail).to.deep.equal({ view: 'channels', params: {} });
  });

  it('has no report action for an official channel', async () => {
    const el = await verifyView();
    await el.check('https://x.com/LifebuoySupport');
    await el.updateComplete;
    expect(part(el, 'report-button')).to.equal(null);
    expect(visibleText(part(el, 'verdict')!)).to.include('This is our official account on X (Twitter).');
  });

  it('Escape clears a filled box and keeps the panel open; an empty box lets Escape through', async () => {
    const el = await verifyView();
    await type(el, 'okx.com');
    const seen: boolean[] = [];
    document.addEventListener('keydown', (event) => seen.push(event.defaultPrevented), { once: true });
    await sendKeys({ press: 'Escape' });
    expect(seen).to.deep.equal([true]);
    expect((part(el, 'input') as HTMLInputElement).value).to.equal('');
    expect(part(el, 'verdict')).to.equal(null);
    document.addEventListener('keydown', (event) => seen.push(event.defaultPrevented), { once: true });
    await sendKeys({ press: 'Escape' });
    expect(seen).to.deep.equal([true, false]);
  });

  it('lists every official channel for comparison', async () => {
    const el = await verifyView();
    await until(() => part(el, 'official-list'), 3000, 'the official list');
    const list = part(el, 'official-list') as HTMLDetailsElement;
    list.querySelector('summary')!.click();
    const text = visibleText(list);
    expect(text).to.include('lifebuoy-exchange.example');
    expect(text).to.include('support@lifebuoy-exchange.example');
    expect(text).to.include('+442079460958');
    expect(text).to.include('Telegram: @lifebuoy_exchange');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry when the official list cannot load', async () => {
    const el = await verifyView({ fail: { 'verification.officialChannels': 'unavailable' } });
    await until(() => part(el, 'error'), 3000, 'the error');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(visibleText(part(el, 'error')!)).to.include('We could not load the list of our official channels.');
    await expect(el).to.be.accessible();
  });

  it('treats a malformed official list as an error, not as "nothing is official"', async () => {
    const el = await verifyView({ corrupt: ['verification.officialChannels'] });
    await until(() => part(el, 'error'), 3000, 'the error');
    expect(visibleText(part(el, 'error')!)).to.include('Support sent an answer we could not read.');
  });

  it('says so when the adapter has no verification domain', async () => {
    const el = await verifyView({ without: ['verification'] });
    await until(() => part(el, 'error'), 3000, 'the error');
    expect(visibleText(part(el, 'error')!)).to.include('This is not available here.');
  });

  it('opens inside the widget panel with a prefilled value from navigation', async () => {
    const widget = createWidget({ adapter: testAdapter() });
    try {
      await widget.open({ view: 'verify', query: 'https://lifebuoy-support.help/login' });
      await until(() => deepQuery(document.body, 'lb-verify')?.shadowRoot?.querySelector('[part~="verdict"]'), 5000, 'the verdict in the panel');
      const view = deepQuery<LbVerify>(document.body, 'lb-verify')!;
      expect(view.active).to.equal(true);
      expect(verdictOf(view)).to.equal('lookalike');
    } finally {
      widget.destroy();
      resetStorage();
    }
  });
});
