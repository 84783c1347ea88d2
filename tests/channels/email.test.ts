import { expect } from '@open-wc/testing';
import { composeSupportEmail, emailSubject, mailtoUrl } from '../../src/core/channels/email.js';
import { i18n } from '../../src/core/i18n.js';

const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);

/** Reads a mailto: URL the way a mail client does. */
function parseMailto(href: string): { to: string; subject?: string; body?: string } {
  const [address, query = ''] = href.slice('mailto:'.length).split('?');
  const fields: Record<string, string> = {};
  for (const pair of query.split('&')) {
    const [name, value = ''] = pair.split('=');
    fields[name!] = decodeURIComponent(value);
  }
  return { to: decodeURIComponent(address!), ...fields };
}

describe('support email template', () => {
  it('puts the UID and the problem in the subject', () => {
    expect(emailSubject('withdrawal_issue', '12345678', t)).to.equal('UID 12345678 – withdrawal not received');
    expect(emailSubject('deposit_missing', undefined, t)).to.equal('Support request – deposit not credited');
  });

  it('fills the checklist: UID, time with time zone, transaction id, what was tried', () => {
    const draft = composeSupportEmail({ to: 'support@example.com', problem: 'withdrawal_issue', uid: '12345678', timeZone: 'Europe/London', t });
    const lines = draft.body.split('\n');
    expect(lines).to.include('- UID: 12345678');
    expect(lines).to.include('- Time it happened (my time zone is Europe/London):');
    expect(lines).to.include('- Transaction ID (TxID), asset, network and amount:');
    expect(lines).to.include('- What I have already tried:');
    expect(draft.body).to.contain('I am sending this from the email address registered on my account.');
    expect(draft.body).to.contain('never ask for my password, private keys or recovery phrase');
  });

  it('asks for the UID when the user is not identified', () => {
    const draft = composeSupportEmail({ to: 'support@example.com', problem: 'general', timeZone: 'UTC', t });
    expect(draft.body).to.contain('- UID: (your UID, from your account profile)');
  });

  it('includes the user\'s own words when given', () => {
    const draft = composeSupportEmail({ to: 'support@example.com', problem: 'general', description: 'My order page is blank', timeZone: 'UTC', t });
    expect(draft.body).to.contain('In my own words:\nMy order page is blank');
  });

  it('encodes a mailto: URL per RFC 6068 that round-trips exactly', () => {
    const description = 'Sent 0.5 ETH + fee & it says "pending"? 100% stuck — 提币未到账\nsecond line';
    const draft = composeSupportEmail({ to: 'support@lifebuoy-exchange.example', problem: 'withdrawal_issue', uid: '12345678', description, timeZone: 'Asia/Shanghai', t });
    expect(draft.href.startsWith('mailto:support@lifebuoy-exchange.example?subject=UID%2012345678%20%E2%80%93%20withdrawal%20not%20received&body=')).to.equal(true);
    expect(draft.href, 'no raw spaces, plus signs or bare line breaks').not.to.match(/[ +\n\r]/);
    expect(draft.href).to.contain('%0D%0A');
    const parsed = parseMailto(draft.href);
    expect(parsed.to).to.equal('support@lifebuoy-exchange.example');
    expect(parsed.subject).to.equal(draft.subject);
    expect(parsed.body).to.equal(draft.body.replace(/\n/g, '\r\n'));
    expect(parsed.body).to.contain(description.replace(/\n/g, '\r\n'));
  });

  it('encodes odd characters in the address but keeps the @', () => {
    expect(mailtoUrl('help+vip@example.com')).to.equal('mailto:help%2Bvip@example.com');
  });
});
