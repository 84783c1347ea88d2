import { expect } from '@open-wc/testing';
import { scanForSecrets } from '../../src/core/secret-guard.js';
import { chineseMessages, englishMessages, otherMessages, txHashMessages } from '../data/false-alarm-corpus.js';
import { keys, keystoreMinified, keystoreV3, mistypedPhrases, pastedPhrases, phrases, testVector } from '../data/secret-samples.js';

describe('secret guard: recovery phrases', () => {
  for (const [language, { twelve, twentyFour }] of Object.entries(phrases)) {
    it(`blocks a 12-word and a 24-word ${language} phrase`, async () => {
      for (const [phrase, words] of [[twelve, 12], [twentyFour, 24]] as const) {
        const scan = await scanForSecrets(phrase);
        expect(scan.blocked, phrase).to.equal(true);
        expect(scan.needsConfirmation).to.equal(false);
        expect(scan.findings).to.have.length(1);
        expect(scan.findings[0]).to.include({ kind: 'mnemonic', action: 'block', language, words, checksum: true });
      }
    });
  }

  for (const { label, text, language } of pastedPhrases) {
    it(`blocks a phrase pasted as: ${label}`, async () => {
      const scan = await scanForSecrets(text);
      expect(scan.blocked, text).to.equal(true);
      const finding = scan.findings.find((f) => f.kind === 'mnemonic')!;
      expect(finding.language).to.equal(language);
      expect(finding.checksum).to.equal(true);
    });
  }

  it('blocks the all-zero test vector (repeated words)', async () => {
    const scan = await scanForSecrets(testVector);
    expect(scan.findings[0]).to.include({ kind: 'mnemonic', language: 'english', words: 12, checksum: true });
  });

  for (const { label, text } of mistypedPhrases) {
    it(`still blocks a mistyped phrase (${label}) although its checksum fails`, async () => {
      const scan = await scanForSecrets(text);
      expect(scan.blocked).to.equal(true);
      expect(scan.findings[0]).to.include({ kind: 'mnemonic', language: 'english' });
    });
  }

  it('reports where the phrase is, so the composer can highlight it', async () => {
    const phrase = phrases.english!.twelve;
    const text = `Hello, I need help. Here it is:\n${phrase}\nThanks!`;
    const [finding] = (await scanForSecrets(text)).findings;
    expect(text.slice(finding!.start, finding!.end)).to.equal(phrase);
  });

  it('does not block eleven words, nor phrases broken up by ordinary words', async () => {
    const words = phrases.english!.twelve.split(' ');
    expect((await scanForSecrets(words.slice(0, 11).join(' '))).blocked).to.equal(false);
    const broken = `${words.slice(0, 6).join(' ')} and then the rest ${words.slice(6).join(' ')}`;
    expect((await scanForSecrets(broken)).blocked).to.equal(false);
  });
});

describe('secret guard: private keys', () => {
  for (const name of ['wifUncompressed', 'wifCompressed', 'wifTestnet', 'wifTestnetCompressed', 'wifWiki'] as const) {
    it(`blocks a WIF private key (${name})`, async () => {
      const scan = await scanForSecrets(`Can you import this for me? ${keys[name]}`);
      expect(scan.blocked).to.equal(true);
      expect(scan.findings).to.have.length(1);
      expect(scan.findings[0]).to.include({ kind: 'wif', action: 'block', checksum: true });
    });
  }

  it('does not block a WIF-shaped string whose checksum is wrong', async () => {
    const broken = `${keys.wifCompressed.slice(0, -1)}${keys.wifCompressed.endsWith('g') ? 'h' : 'g'}`;
    expect((await scanForSecrets(broken)).findings).to.deep.equal([]);
  });

  for (const name of ['xprv', 'yprv', 'zprv', 'tprv', 'vprv', 'Zprv'] as const) {
    it(`blocks an extended private key (${name})`, async () => {
      const scan = await scanForSecrets(keys[name]);
      expect(scan.findings).to.have.length(1);
      expect(scan.findings[0]).to.include({ kind: 'xprv', action: 'block', checksum: true });
    });
  }

  it('blocks a truncated or mistyped xprv too (checksum false)', async () => {
    const scan = await scanForSecrets(`my key ${keys.xprv.slice(0, 105)}`);
    expect(scan.findings[0]).to.include({ kind: 'xprv', action: 'block', checksum: false });
  });

  it('lets an extended public key (xpub) through', async () => {
    expect((await scanForSecrets(`watch-only: ${keys.xpub}`)).findings).to.deep.equal([]);
  });

  it('blocks an Ethereum keystore, pretty-printed or minified, as one finding', async () => {
    for (const keystore of [keystoreV3, keystoreMinified]) {
      const text = `My wallet backup:\n${keystore}\nPassword is in my notes.`;
      const scan = await scanForSecrets(text);
      expect(scan.blocked).to.equal(true);
      expect(scan.findings.map((f) => f.kind)).to.deep.equal(['keystore']);
      expect(text.slice(scan.findings[0]!.start, scan.findings[0]!.end)).to.equal(keystore);
    }
  });

  it('asks "is this a transaction hash?" for 64 hex digits, with or without 0x', async () => {
    for (const text of [keys.hex, `0x${keys.hex}`, `key: ${keys.hex.toUpperCase()}`]) {
      const scan = await scanForSecrets(text);
      expect(scan.blocked).to.equal(false);
      expect(scan.needsConfirmation).to.equal(true);
      expect(scan.findings).to.have.length(1);
      expect(scan.findings[0]).to.include({ kind: 'hex64', action: 'confirm' });
    }
  });

  it('blocks 64 hex digits that the sentence calls a private key, in any of the widget\'s languages', async () => {
    const called = [
      `my private key is ${keys.hex}`,
      `Private Key: 0x${keys.hex}`,
      `privateKey=${keys.hex}`,
      `${keys.hex} is my secret key`,
      `私钥：${keys.hex}`,
      `秘密鍵は ${keys.hex} です`,
      `개인 키 ${keys.hex}`,
      `мой приватный ключ ${keys.hex}`,
      `mi clave privada es ${keys.hex}`,
      `minha chave privada: ${keys.hex}`,
      `özel anahtarım ${keys.hex}`,
      `khóa riêng tư: ${keys.hex}`,
      `المفتاح الخاص ${keys.hex}`,
    ];
    for (const text of called) {
      const scan = await scanForSecrets(text);
      expect(scan.blocked, text).to.equal(true);
      expect(scan.findings[0], text).to.include({ kind: 'hexkey', action: 'block' });
    }
    // Another sentence, or a transaction next to the words: still only the question.
    for (const text of [`My private key is safe. The deposit tx is ${keys.hex}`, `tx ${keys.hex}\nI never shared my private key`]) {
      const scan = await scanForSecrets(text);
      expect(scan.blocked, text).to.equal(false);
      expect(scan.findings[0], text).to.include({ kind: 'hex64', action: 'confirm' });
    }
  });

  it('does not ask in a transaction-hash field, but still blocks a phrase there', async () => {
    expect((await scanForSecrets(keys.hex, { expectTxHash: true })).findings).to.deep.equal([]);
    expect((await scanForSecrets(phrases.english!.twelve, { expectTxHash: true })).blocked).to.equal(true);
  });

  it('blocks when a secret and a hash come together', async () => {
    const scan = await scanForSecrets(`tx ${keys.hex} and my key ${keys.wifCompressed}`);
    expect(scan.blocked).to.equal(true);
    expect(scan.needsConfirmation).to.equal(false);
    expect(scan.findings.map((f) => f.kind)).to.deep.equal(['hex64', 'wif']);
  });
});

describe('secret guard: false alarms', () => {
  it('raises nothing on ordinary English support messages', async () => {
    const alarms = [];
    for (const message of englishMessages) if ((await scanForSecrets(message)).findings.length) alarms.push(message);
    expect(alarms).to.deep.equal([]);
  });

  it('raises nothing on ordinary Chinese support messages (common characters are all in the Chinese lists)', async () => {
    const alarms = [];
    for (const message of chineseMessages) if ((await scanForSecrets(message)).findings.length) alarms.push(message);
    expect(alarms).to.deep.equal([]);
  });

  it('raises nothing on messages in the other BIP-39 languages', async () => {
    const alarms = [];
    for (const message of otherMessages) if ((await scanForSecrets(message)).findings.length) alarms.push(message);
    expect(alarms).to.deep.equal([]);
  });

  it('never blocks a real transaction hash; asks only about bare ones, not explorer links', async () => {
    for (const { text, bareHashes } of txHashMessages) {
      const scan = await scanForSecrets(text);
      expect(scan.blocked, text).to.equal(false);
      expect(scan.findings.length, text).to.equal(bareHashes);
    }
  });

  it('raises nothing on the whole corpus run together as one long message', async () => {
    const all = [...englishMessages, ...chineseMessages, ...otherMessages].join('\n');
    expect((await scanForSecrets(all)).findings).to.deep.equal([]);
  });
});
