import { expect } from '@open-wc/testing';
import { checkOfficial, classifyChannel, normalizePhone, registrable, withListedChannels, type OfficialCheck } from '../../src/core/official-check.js';
import { demoChannels } from '../../src/adapters/demo/channels.js';
import { decodePunycode, hostToUnicode } from '../../src/core/safety/punycode.js';
import { skeleton } from '../../src/core/safety/confusables.js';
import { DEMO_OFFICIAL_CHANNELS as demo } from '../../src/adapters/demo/verification.js';
import type { OfficialChannels } from '../../src/adapters/schemas.js';

const okx: OfficialChannels = {
  domains: ['okx.com'],
  emails: ['support@okx.com'],
  phones: [],
  handles: [{ platform: 'X', handle: 'okx' }, { platform: 'Telegram', handle: 'OKXOfficial_English' }],
  brands: ['okx'],
};

type Expectation = Partial<OfficialCheck> & Pick<OfficialCheck, 'verdict'>;
const cases: [string, OfficialChannels, Expectation][] = [
  // official
  ['https://www.okx.com/account/login', okx, { kind: 'url', verdict: 'official', reason: 'subdomain', matched: 'okx.com' }],
  ['okx.com', okx, { kind: 'url', verdict: 'official', reason: 'exact' }],
  ['https://app.lifebuoy-exchange.example/deposit?coin=BTC', demo, { verdict: 'official', reason: 'subdomain', matched: 'lifebuoy-exchange.example' }],
  ['HTTPS://LIFEBUOY-EXCHANGE.EXAMPLE.', demo, { verdict: 'official', reason: 'exact' }],
  ['http://lifebuoy.example/reset', demo, { verdict: 'official', reason: 'exact', insecure: true }],
  // lookalikes
  ['okx.com.example.io', okx, { verdict: 'lookalike', reason: 'brand', matched: 'okx.com' }],
  ['okx-support.help', okx, { verdict: 'lookalike', reason: 'brand' }],
  ['https://okxsupport.help/ticket', okx, { verdict: 'lookalike', reason: 'brand' }],
  ['https://0kx.com', okx, { verdict: 'lookalike', reason: 'typosquat', matched: 'okx.com' }],
  ['okkx.com', okx, { verdict: 'lookalike', reason: 'typosquat' }],
  ['okx.co', okx, { verdict: 'lookalike', reason: 'tld' }],
  ['https://оkx.com/', okx, { verdict: 'lookalike', reason: 'homoglyph', display: 'оkx.com', ascii: 'xn--kx-emc.com', lookalikeCharacters: [{ character: 'о', script: 'Cyrl' }] }],
  ['xn--lifebuy-exchange-rkn.example', demo, { verdict: 'lookalike', reason: 'homoglyph', display: 'lifebuоy-exchange.example', ascii: 'xn--lifebuy-exchange-rkn.example' }],
  ['https://www.lifebuöy-exchange.example/login', demo, { verdict: 'lookalike', reason: 'homoglyph' }],
  ['lifebuoy-exchnage.example', demo, { verdict: 'lookalike', reason: 'typosquat', matched: 'lifebuoy-exchange.example' }],
  ['lifebouy-exchange.example', demo, { verdict: 'lookalike', reason: 'typosquat' }],
  ['lifebuoy-exchange.com', demo, { verdict: 'lookalike', reason: 'tld' }],
  ['lifebuoy-exchange.example.io', demo, { verdict: 'lookalike', reason: 'brand' }],
  ['https://secure-lifebuoy.com/verify-wallet', demo, { verdict: 'lookalike', reason: 'brand' }],
  ['https://lifebuoy.github.io/airdrop', demo, { verdict: 'lookalike' }],
  ['https://lifebuoy-exchange.example@evil.io/login', demo, { verdict: 'lookalike', reason: 'userinfo', display: 'evil.io' }],
  // not official
  ['https://google.com', demo, { verdict: 'not_official', reason: 'unlisted' }],
  ['http://192.168.1.20/login', demo, { verdict: 'not_official', reason: 'ip-address' }],
  // emails
  ['support@okx.com', okx, { kind: 'email', verdict: 'official', reason: 'exact' }],
  ['Lifebuoy Support <no-reply@notice.lifebuoy-exchange.example>', demo, { kind: 'email', verdict: 'official', reason: 'exact' }],
  ['mailto:billing@lifebuoy-exchange.example?subject=hi', demo, { kind: 'email', verdict: 'official', reason: 'official-domain' }],
  ['support@lifebuoy-exchange.co', demo, { kind: 'email', verdict: 'lookalike', reason: 'tld' }],
  ['support@xn--lifebuy-exchange-rkn.example', demo, { kind: 'email', verdict: 'lookalike', reason: 'homoglyph' }],
  ['okx.help.desk@gmail.com', okx, { kind: 'email', verdict: 'lookalike', reason: 'brand' }],
  ['john.smith@gmail.com', demo, { kind: 'email', verdict: 'not_official', reason: 'free-mail' }],
  ['agent@cryptohelp.io', demo, { kind: 'email', verdict: 'not_official', reason: 'unlisted' }],
  // phones
  ['+1 (800) 555-0142', demo, { kind: 'phone', verdict: 'official', display: '+18005550142' }],
  ['0044 20 7946 0958', demo, { kind: 'phone', verdict: 'official', display: '+442079460958' }],
  ['020 7946 0958', demo, { kind: 'phone', verdict: 'official', matched: '+442079460958' }],
  ['tel:+61-2-5550-1234', demo, { kind: 'phone', verdict: 'official' }],
  ['+44 20 7946 0959', demo, { kind: 'phone', verdict: 'lookalike', reason: 'similar', matched: '+442079460958' }],
  ['+1 212 555 9876', demo, { kind: 'phone', verdict: 'not_official' }],
  // handles
  ['@LifebuoyEx', demo, { kind: 'handle', verdict: 'official', officialOn: ['x'] }],
  ['https://x.com/LifebuoySupport', demo, { kind: 'handle', verdict: 'official', platform: 'x' }],
  ['https://twitter.com/lifebuoyex/status/1850000000000000000', demo, { kind: 'handle', verdict: 'official', platform: 'x' }],
  ['t.me/lifebuoy_exchange', demo, { kind: 'handle', verdict: 'official', platform: 'telegram' }],
  ['https://discord.gg/lifebuoy', demo, { kind: 'handle', verdict: 'official', platform: 'discord' }],
  ['https://t.me/OKXOfficial_English', okx, { kind: 'handle', verdict: 'official' }],
  ['https://t.me/LifebuoyEx', demo, { kind: 'handle', verdict: 'lookalike', reason: 'platform', officialOn: ['x'] }],
  ['@IifebuoyEx', demo, { kind: 'handle', verdict: 'lookalike', reason: 'homoglyph', matched: '@LifebuoyEx' }],
  ['x.com/Lifebuoy_Ex', demo, { kind: 'handle', verdict: 'lookalike', matched: '@LifebuoyEx' }],
  ['@LifebuoySupport_', demo, { kind: 'handle', verdict: 'lookalike' }],
  ['t.me/lifebuoy_support_desk', demo, { kind: 'handle', verdict: 'lookalike', reason: 'brand' }],
  ['x.com/0kx', okx, { kind: 'handle', verdict: 'lookalike', reason: 'homoglyph' }],
  ['@cryptohelper', demo, { kind: 'handle', verdict: 'not_official' }],
  // invalid
  ['', demo, { kind: null, verdict: 'invalid', reason: 'empty' }],
  ['javascript:alert(document.cookie)', demo, { verdict: 'invalid', reason: 'unsafe-scheme' }],
  ['hello there friend', demo, { verdict: 'invalid', reason: 'unrecognized' }],
];

describe('official-channel check', () => {
  for (const [input, channels, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected.verdict}${expected.reason ? ` (${expected.reason})` : ''}`, () => {
      expect(checkOfficial(input, channels)).to.deep.include(expected);
    });
  }

  it('classifies what was pasted', () => {
    expect(classifyChannel('name@example.com')).to.equal('email');
    expect(classifyChannel('+44 20 7946 0958')).to.equal('phone');
    expect(classifyChannel('@someone')).to.equal('handle');
    expect(classifyChannel('example.com/login')).to.equal('url');
    expect(classifyChannel('10.0.0.1')).to.equal('url');
  });

  it('normalises phone numbers to E.164', () => {
    expect(normalizePhone('+1 (800) 555-0142')).to.deep.equal({ e164: '+18005550142' });
    expect(normalizePhone('0044 20 7946 0958')).to.deep.equal({ e164: '+442079460958' });
    expect(normalizePhone('020 7946 0958')).to.deep.equal({ national: '2079460958' });
    expect(normalizePhone('call me')).to.equal(null);
    expect(normalizePhone('+44 (0)20 7946 0958')).to.deep.equal({ e164: '+442079460958' });
    expect(normalizePhone('0044 (0) 20 7946 0958')).to.deep.equal({ e164: '+442079460958' });
    expect(classifyChannel('@lifebuoy-exchange')).to.equal('handle');
  });

  it('finds the registrable label under two-level suffixes and hosting platforms', () => {
    expect(registrable('help.lifebuoy.co.uk')).to.deep.include({ label: 'lifebuoy', suffix: 'co.uk' });
    expect(registrable('lifebuoy.github.io')).to.deep.include({ label: 'lifebuoy', suffix: 'github.io' });
    expect(registrable('okx.com.example.io')).to.deep.include({ label: 'example', suffix: 'io', subdomains: ['okx', 'com'] });
  });
});

describe('punycode and confusables', () => {
  it('decodes punycode labels (RFC 3492 samples)', () => {
    expect(decodePunycode('mnchen-3ya')).to.equal('münchen');
    expect(decodePunycode('ihqwcrb4cv8a8dqg056pqjye')).to.equal('他们为什么不说中文');
    expect(decodePunycode('80ak6aa92e')).to.equal('аррӏе');
    expect(decodePunycode('a-!')).to.equal(null);
    expect(hostToUnicode('www.xn--80ak6aa92e.com')).to.equal('www.аррӏе.com');
  });

  it('maps look-alike characters to one skeleton', () => {
    for (const lookalike of ['lifebuоy', 'lifebu0y', 'life-buoy', 'lifebuöy', 'IifebuoY', 'lifebuoy']) expect(skeleton(lookalike)).to.equal('lifebuoy');
    expect(skeleton('rnetamask')).to.equal(skeleton('metamask'));
    expect(skeleton('binance')).not.to.equal(skeleton('lifebuoy'));
  });
});

describe('withListedChannels', () => {
  const merged = withListedChannels(demo, demoChannels);

  it('adds the official channels the picker offers: emails, phones, accounts on known platforms', () => {
    expect(merged.phones).to.include('+6560012345');
    expect(merged.phones).to.include('+442079460123');
    expect(merged.emails).to.include('vip@lifebuoy-exchange.example');
    expect(merged.handles).to.deep.include({ platform: 'telegram', handle: 'LifebuoyExchange' });
    expect(merged.handles).to.deep.include({ platform: 'discord', handle: 'lifebuoyex' });
    expect(merged.handles).to.deep.include({ platform: 'WeChat', handle: 'LifebuoyExchangeCN' });
    expect(checkOfficial('https://t.me/LifebuoyExchange', merged).verdict).to.equal('official');
    expect(checkOfficial('+65 6001 2345', merged).verdict).to.equal('official');
  });

  it('adds no site and no unofficial channel, and keeps entries unique', () => {
    const extra = withListedChannels(demo, [
      { id: 'forum', kind: 'community', label: { en: 'Forum' }, target: 'https://medium.com/@lifebuoy', official: true },
      { id: 'fan', kind: 'community', platform: 'Telegram', label: { en: 'Fans' }, target: 'https://t.me/lifebuoy_fans', official: false },
      { id: 'x', kind: 'social', label: { en: 'X' }, target: 'https://x.com/lifebuoyex', official: true },
    ]);
    expect(extra.domains).to.deep.equal(demo.domains);
    expect(extra.handles).to.deep.equal(demo.handles);
    expect(checkOfficial('https://medium.com/@someone', extra).verdict).to.equal('not_official');
  });
});
