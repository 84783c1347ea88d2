import { expect } from '@open-wc/testing';
import type { Channel, ChannelKind, User } from '../../src/adapters/schemas.js';
import { demoChannels } from '../../src/adapters/demo/channels.js';
import { channelsFor, isOfferedTo, localizedText } from '../../src/core/channels/filter.js';
import { PROBLEM_RULES, PROBLEM_TYPES, URGENCIES, URGENCY_RULES, rankChannels, type ProblemType, type Urgency } from '../../src/core/channels/ranking.js';
import { en } from '../../src/i18n/en.js';

const ids = (channels: readonly Channel[]) => channels.map((channel) => channel.id);
const KINDS: ChannelKind[] = ['help_center', 'live_chat', 'ticket', 'social', 'email', 'vip', 'community', 'phone'];

// Tuesday 2027-01-05 10:00 in Singapore (02:00Z): the SG phone line and VIP desk are open.
const SG_OFFICE_HOURS = Date.parse('2027-01-05T02:00:00Z');
// Sunday 2027-01-10 03:00 in Singapore: phone and VIP desk closed.
const SG_NIGHT = Date.parse('2027-01-09T19:00:00Z');

const sgVip: User = { uid: '12345678', region: 'SG', vipTier: 2 };

describe('channel filtering by region and tier', () => {
  it('shows a phone line only in the regions where it is offered', () => {
    expect(ids(channelsFor(demoChannels, { region: 'SG' })).filter((id) => id.startsWith('phone'))).to.deep.equal(['phone-sg']);
    expect(ids(channelsFor(demoChannels, { region: 'US' })).filter((id) => id.startsWith('phone'))).to.deep.equal(['phone-us']);
    expect(ids(channelsFor(demoChannels, { region: 'GB' })).filter((id) => id.startsWith('phone'))).to.deep.equal(['phone-uk']);
  });

  it('hides every phone line in a region without one, and when the region is unknown', () => {
    expect(channelsFor(demoChannels, { region: 'DE' }).some((c) => c.kind === 'phone')).to.equal(false);
    expect(channelsFor(demoChannels, null).some((c) => c.kind === 'phone')).to.equal(false);
  });

  it('shows VIP support only to identified users of the required tier', () => {
    const vip = demoChannels.find((c) => c.kind === 'vip')!;
    expect(isOfferedTo(vip, { uid: '12345678', vipTier: 1 })).to.equal(true);
    expect(isOfferedTo(vip, { uid: '12345678', vipTier: 0 })).to.equal(false);
    expect(isOfferedTo(vip, { vipTier: 5 }), 'a tier without an identified user').to.equal(false);
    expect(isOfferedTo(vip, null)).to.equal(false);
    expect(isOfferedTo({ ...vip, minVipTier: 3 }, { uid: 'abc', vipTier: 2 })).to.equal(false);
    expect(isOfferedTo({ ...vip, minVipTier: undefined }, { uid: 'abc', vipTier: 1 }), 'vip kind needs tier 1 by default').to.equal(true);
    expect(isOfferedTo({ ...vip, minVipTier: undefined }, { uid: 'abc' })).to.equal(false);
  });

  it('keeps everything else for everyone, in configured order', () => {
    expect(ids(channelsFor(demoChannels, null))).to.deep.equal(['help-center', 'live-chat', 'tickets', 'email', 'x', 'telegram', 'discord']);
  });

  it('picks the label for the locale, then the language, then English', () => {
    expect(localizedText({ en: 'Live chat', 'zh-CN': '在线客服' }, 'zh-CN')).to.equal('在线客服');
    expect(localizedText({ en: 'Live chat', 'zh-CN': '在线客服' }, 'zh-TW')).to.equal('在线客服');
    expect(localizedText({ en: 'Live chat', 'zh-CN': '在线客服' }, 'fr')).to.equal('Live chat');
  });
});

describe('ranking rules', () => {
  const offered = channelsFor(demoChannels, sgVip);
  const rank = (problem: ProblemType, urgency: Urgency, now = SG_OFFICE_HOURS) =>
    rankChannels(offered, { problem, urgency, now }).map((entry) => entry.channel.kind);

  it('are complete data: every problem weighs every kind and has advice with messages', () => {
    for (const problem of PROBLEM_TYPES) {
      const rule = PROBLEM_RULES[problem];
      expect(Object.keys(rule.weights).sort(), problem).to.deep.equal([...KINDS].sort());
      expect(rule.advice.steps.length, problem).to.be.greaterThan(0);
      for (const key of [rule.advice.title, ...rule.advice.steps]) expect(en, key).to.have.property(key);
    }
    for (const urgency of URGENCIES) expect(URGENCY_RULES[urgency].closedPenalty).to.be.a('number');
  });

  it('emergency, compromised account: phone first while it is open, then live chat and VIP; never social or community', () => {
    const order = rank('compromised', 'emergency');
    expect(order.slice(0, 3)).to.deep.equal(['phone', 'live_chat', 'vip']);
    const ranked = rankChannels(offered, { problem: 'compromised', urgency: 'emergency', now: SG_OFFICE_HOURS });
    expect(ranked.filter((entry) => !entry.suitable).map((entry) => entry.channel.kind).sort()).to.deep.equal(['community', 'community', 'community', 'social']);
    expect(order.slice(-4).sort()).to.deep.equal(['community', 'community', 'community', 'social']);
  });

  it('emergency after hours: the closed phone line drops below live chat (24/7)', () => {
    const order = rank('compromised', 'emergency', SG_NIGHT);
    expect(order[0]).to.equal('live_chat');
    expect(order.indexOf('phone')).to.be.greaterThan(order.indexOf('live_chat'));
  });

  it('urgent, missing deposit: live chat first', () => {
    expect(rank('deposit_missing', 'urgent')[0]).to.equal('live_chat');
  });

  it('normal, missing deposit: a ticket (with the transaction id) first', () => {
    expect(rank('deposit_missing', 'normal')[0]).to.equal('ticket');
    expect(rank('withdrawal_issue', 'normal')[0]).to.equal('ticket');
  });

  it('low, how-to: the help center first', () => {
    expect(rank('how_to', 'low')[0]).to.equal('help_center');
  });

  it('evidence needed: ticket first, email second', () => {
    expect(rank('evidence', 'normal').slice(0, 2)).to.deep.equal(['ticket', 'email']);
  });

  it('general question: live chat, then the help center', () => {
    expect(rank('general', 'normal').slice(0, 2)).to.deep.equal(['live_chat', 'help_center']);
  });

  it('follows the table, not code: changing a weight changes the order', () => {
    const problems = { ...PROBLEM_RULES, how_to: { ...PROBLEM_RULES.how_to, weights: { ...PROBLEM_RULES.how_to.weights, email: 500 } } };
    const order = rankChannels(offered, { problem: 'how_to', urgency: 'low', now: SG_OFFICE_HOURS, rules: { problems, urgencies: URGENCY_RULES } });
    expect(order[0]!.channel.kind).to.equal('email');
  });

  it('breaks ties by faster response, then configured order', () => {
    const a: Channel = { id: 'a', kind: 'email', label: { en: 'A' }, official: true, responseMinutes: 600 };
    const b: Channel = { id: 'b', kind: 'email', label: { en: 'B' }, official: true, responseMinutes: 60 };
    const c: Channel = { id: 'c', kind: 'email', label: { en: 'C' }, official: true, responseMinutes: 60 };
    expect(ids(rankChannels([a, b, c], { problem: 'general', urgency: 'normal', now: 0 }).map((r) => r.channel))).to.deep.equal(['b', 'c', 'a']);
  });
});
