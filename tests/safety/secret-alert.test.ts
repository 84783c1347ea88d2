import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/secret-alert/define.js';
import type { LbSecretAlert } from '../../src/components/secret-alert/secret-alert.js';
import { scanForSecrets, type SecretScan } from '../../src/core/secret-guard.js';
import { keys, keystoreV3, phrases } from '../data/secret-samples.js';
import { visibleText } from '../helpers.js';

async function alertFor(scan: SecretScan | undefined): Promise<LbSecretAlert> {
  const el = await fixture<LbSecretAlert>(html`<lb-secret-alert .scan=${scan}></lb-secret-alert>`);
  await el.updateComplete;
  return el;
}

const part = (el: LbSecretAlert, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

function count(el: HTMLElement, name: 'lb-secret-confirm' | 'lb-secret-dismiss'): { events: CustomEvent[] } {
  const log = { events: [] as CustomEvent[] };
  el.addEventListener(name, (event) => log.events.push(event));
  return log;
}

describe('<lb-secret-alert>', () => {
  it('renders nothing without findings', async () => {
    expect(part(await alertFor(undefined), 'base')).to.equal(null);
    expect(part(await alertFor({ findings: [], blocked: false, needsConfirmation: false }), 'base')).to.equal(null);
  });

  const blocked: [string, string, RegExp][] = [
    ['mnemonic', phrases.english!.twelve, /looks like a recovery phrase.*Support will never ask for it\. It was not sent\./],
    ['wif', `import ${keys.wifCompressed}`, /looks like a private key\. Support will never ask for it\. It was not sent\./],
    ['xprv', keys.zprv, /extended private key.*Support will never ask for it\. It was not sent\./],
    ['keystore', keystoreV3, /wallet keystore file.*Support will never ask for it\. It was not sent\./],
    ['hexkey', `my private key is ${keys.hex}`, /looks like a private key\. Support will never ask for it\. It was not sent\./],
  ];
  for (const [kind, text, explanation] of blocked) {
    it(`explains a blocked ${kind} as an alert, offers only Edit, and never repeats the secret`, async () => {
      const el = await alertFor(await scanForSecrets(text));
      const base = part(el, 'base')!;
      expect(base.getAttribute('role')).to.equal('alert');
      const shown = visibleText(el);
      expect(shown).to.match(/Not sent: your message contains a secret/);
      expect(shown).to.match(explanation);
      expect(el.shadowRoot!.querySelector(`[part="reason"][data-kind="${kind}"]`)).to.exist;
      expect(part(el, 'confirm-button')).to.equal(null);
      expect(part(el, 'edit-button')!.textContent!.trim()).to.equal('Edit');
      for (const word of text.split(/\s+/).filter((w) => w.length > 12)) expect(shown).not.to.include(word);
      await expect(el).to.be.accessible();
    });
  }

  it('lists every kind found in one message', async () => {
    const el = await alertFor(await scanForSecrets(`${phrases.english!.twelve}\nand the key ${keys.wifCompressed}`));
    const kinds = [...el.shadowRoot!.querySelectorAll('[part="reason"]')].map((li) => li.getAttribute('data-kind'));
    expect(kinds).to.deep.equal(['mnemonic', 'wif']);
  });

  it('asks "Is this a transaction hash?" with Yes, send and Edit for a 64-hex string', async () => {
    const el = await alertFor(await scanForSecrets(`TxID ${keys.hex}`));
    expect(part(el, 'base')!.getAttribute('role')).to.equal('alert');
    expect(visibleText(el)).to.match(/^Is this a transaction hash\? Your message contains a 64-character code\./);
    expect(part(el, 'confirm-button')!.textContent!.trim()).to.equal('Yes, send');
    expect(part(el, 'edit-button')!.textContent!.trim()).to.equal('Edit');
    await expect(el).to.be.accessible();
  });

  it('counts several hashes', async () => {
    const el = await alertFor(await scanForSecrets(`${keys.hex}\n0x${'ab'.repeat(32)}`));
    expect(visibleText(el)).to.include('Your message contains 2 64-character codes.');
  });

  it('fires lb-secret-confirm once for Yes, send (mouse and keyboard)', async () => {
    const el = await alertFor(await scanForSecrets(keys.hex));
    const confirmed = count(el, 'lb-secret-confirm');
    const dismissed = count(el, 'lb-secret-dismiss');
    part(el, 'confirm-button')!.click();
    expect(confirmed.events).to.have.length(1);
    expect(confirmed.events[0]!.bubbles && confirmed.events[0]!.composed).to.equal(true);
    expect(confirmed.events[0]!.detail).to.deep.equal({});
    part(el, 'confirm-button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(confirmed.events).to.have.length(2);
    expect(dismissed.events).to.have.length(0);
  });

  it('fires lb-secret-dismiss once for Edit', async () => {
    const el = await alertFor(await scanForSecrets(phrases.korean!.twelve));
    const confirmed = count(el, 'lb-secret-confirm');
    const dismissed = count(el, 'lb-secret-dismiss');
    part(el, 'edit-button')!.focus();
    await sendKeys({ press: ' ' });
    expect(dismissed.events).to.have.length(1);
    expect(confirmed.events).to.have.length(0);
  });
});
