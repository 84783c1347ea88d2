import { expect } from '@open-wc/testing';
import type { Incident } from '../../src/adapters/schemas.js';
import { demoIncidents } from '../../src/adapters/demo/status.js';
import { incidentPhase, matchIncidents, queryFacets } from '../../src/core/status/match.js';

const NOW = Date.parse('2027-01-05T02:00:00Z');
const incidents = demoIncidents(NOW);
const titles = (query: Parameters<typeof matchIncidents>[1], list: Incident[] = incidents, now = NOW) =>
  matchIncidents(list, query, { now }).map((match) => match.incident.title);

describe('incident matching', () => {
  it('matches "ETH withdrawals delayed" to a free-text query about a stuck ETH withdrawal', () => {
    expect(titles({ text: 'eth withdrawal stuck' })).to.deep.equal(['ETH withdrawals delayed']);
    expect(titles({ text: 'My ETH withdraw has been pending for an hour' })).to.deep.equal(['ETH withdrawals delayed']);
  });

  it('matches a ticket category tagged withdrawals + ETH, not one tagged deposits + ETH', () => {
    expect(titles({ tags: ['withdrawals', 'ETH'] })).to.deep.equal(['ETH withdrawals delayed']);
    expect(titles({ tags: ['deposits', 'ETH'] })).to.deep.equal([]);
  });

  it('takes unknown tags at their word: lower-case ones as areas, upper-case ones as assets', () => {
    const account: Incident = { ...incidents[0]!, id: 'acc', title: 'Account page errors', assets: [], networks: [], areas: ['account'] };
    const pepe: Incident = { ...incidents[0]!, id: 'pepe', title: 'Token delisting', assets: ['PEPE'], networks: [], areas: [] };
    expect(titles({ tags: ['account'] }, [...incidents, account, pepe])).to.deep.equal(['Account page errors']);
    expect(titles({ tags: ['PEPE'] }, [...incidents, account, pepe])).to.deep.equal(['Token delisting']);
  });

  it('matches by network, and by a token on that network', () => {
    expect(titles({ text: 'USDT ERC20 withdrawal' })).to.deep.equal(['ETH withdrawals delayed']);
    expect(titles({ networks: ['erc-20'] })).to.deep.equal(['ETH withdrawals delayed']);
    expect(titles({ text: 'USDT TRC20 withdrawal' }), 'another network').to.deep.equal([]);
  });

  it('does not match another asset', () => {
    expect(titles({ text: 'btc withdrawal stuck' })).to.deep.equal(['Scheduled BTC wallet maintenance']);
    expect(titles({ assets: ['SOL'] })).to.deep.equal([]);
  });

  it('matches by area alone ("my withdrawal is stuck") and in Chinese', () => {
    expect(titles({ text: 'my withdrawal is stuck' })).to.deep.equal(['ETH withdrawals delayed', 'Scheduled BTC wallet maintenance']);
    expect(titles({ text: '以太坊提币卡住了' })).to.deep.equal(['ETH withdrawals delayed']);
    expect(queryFacets({ text: '以太坊提币卡住了' }).assets.has('ETH')).to.equal(true);
  });

  it('ignores words that name no asset, network or area', () => {
    expect(titles({ text: 'I forgot my password' })).to.deep.equal([]);
  });

  it('with an empty query lists everything active, ongoing first', () => {
    expect(titles({})).to.deep.equal(['ETH withdrawals delayed', 'Scheduled BTC wallet maintenance']);
  });

  it('leaves out resolved incidents and maintenance far in the future', () => {
    const resolved: Incident = { ...incidents[0]!, id: 'old', resolvedAt: new Date(NOW - 60_000).toISOString() };
    const later: Incident = { ...incidents[1]!, id: 'later', startedAt: new Date(NOW + 10 * 86_400_000).toISOString(), endsAt: undefined };
    expect(incidentPhase(resolved, NOW)).to.equal('over');
    expect(titles({}, [resolved, later])).to.deep.equal([]);
  });

  it('knows when maintenance is upcoming, ongoing and over', () => {
    const maintenance = incidents[1]!;
    expect(incidentPhase(maintenance, NOW)).to.equal('upcoming');
    expect(incidentPhase(maintenance, NOW + 7 * 3_600_000)).to.equal('ongoing');
    expect(incidentPhase(maintenance, NOW + 9 * 3_600_000)).to.equal('over');
  });
});
