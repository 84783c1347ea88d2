import { expect } from '@open-wc/testing';
import type { OpeningHours } from '../../src/adapters/schemas.js';
import { availability, isOpen, openIntervals, upcomingHolidays, zonedInstant } from '../../src/core/channels/hours.js';

const at = (iso: string) => Date.parse(iso);
const iso = (instant: number | undefined) => (instant === undefined ? undefined : new Date(instant).toISOString());
const days = (ranges: [string, string][], which = ['mon', 'tue', 'wed', 'thu', 'fri']) =>
  Object.fromEntries(which.map((day) => [day, ranges])) as OpeningHours['weekly'];
const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function describeAt(hours: OpeningHours, when: string) {
  const state = availability(hours, at(when));
  return {
    state: state.state,
    closesAt: state.state === 'open' ? iso(state.closesAt) : undefined,
    opensAt: state.state === 'closed' ? iso(state.opensAt) : undefined,
  };
}

describe('opening hours', () => {
  describe('Asia/Shanghai (UTC+8, no DST)', () => {
    const hours: OpeningHours = { timeZone: 'Asia/Shanghai', weekly: days([['09:00', '18:00']]), holidays: [] };

    it('is open at 09:00 local (01:00Z) and says when it closes', () => {
      expect(describeAt(hours, '2027-01-04T01:00:00Z')).to.deep.equal({ state: 'open', closesAt: '2027-01-04T10:00:00.000Z', opensAt: undefined });
    });

    it('is closed a minute before opening and opens at 09:00 local', () => {
      expect(describeAt(hours, '2027-01-04T00:59:00Z')).to.deep.include({ state: 'closed', opensAt: '2027-01-04T01:00:00.000Z' });
    });

    it('after Friday closing, next opens on Monday morning', () => {
      // Friday 2027-01-08 18:00 local = 10:00Z.
      expect(describeAt(hours, '2027-01-08T10:00:00Z')).to.deep.include({ state: 'closed', opensAt: '2027-01-11T01:00:00.000Z' });
    });

    it('a missing day is closed all day', () => {
      // Saturday noon local.
      expect(isOpen(hours, at('2027-01-09T04:00:00Z'))).to.equal(false);
    });
  });

  describe('America/New_York across DST changes', () => {
    const daily: OpeningHours = { timeZone: 'America/New_York', weekly: days([['09:00', '17:00']], everyDay), holidays: [] };

    it('opens at 09:00 EST (14:00Z) the day before clocks go forward', () => {
      expect(describeAt(daily, '2027-03-13T14:00:00Z')).to.deep.include({ state: 'open', closesAt: '2027-03-13T22:00:00.000Z' });
    });

    it('opens at 09:00 EDT (13:00Z, not 14:00Z) on the day clocks go forward', () => {
      expect(describeAt(daily, '2027-03-14T12:30:00Z')).to.deep.include({ state: 'closed', opensAt: '2027-03-14T13:00:00.000Z' });
      expect(isOpen(daily, at('2027-03-14T13:00:00Z'))).to.equal(true);
      expect(describeAt(daily, '2027-03-14T13:00:00Z').closesAt).to.equal('2027-03-14T21:00:00.000Z');
    });

    it('opens at 09:00 EST (14:00Z) again after clocks go back', () => {
      expect(describeAt(daily, '2027-11-06T13:00:00Z')).to.deep.include({ state: 'open', closesAt: '2027-11-06T21:00:00.000Z' });
      expect(describeAt(daily, '2027-11-07T13:30:00Z')).to.deep.include({ state: 'closed', opensAt: '2027-11-07T14:00:00.000Z' });
    });

    it('an overnight range spanning the spring-forward night ends at 06:00 EDT', () => {
      const overnight: OpeningHours = { timeZone: 'America/New_York', weekly: { sat: [['22:00', '06:00']] }, holidays: [] };
      // Saturday 22:00 EST = Sunday 03:00Z; Sunday 06:00 EDT = 10:00Z (7 hours later, not 8).
      expect(describeAt(overnight, '2027-03-14T02:59:00Z')).to.deep.include({ state: 'closed', opensAt: '2027-03-14T03:00:00.000Z' });
      expect(describeAt(overnight, '2027-03-14T09:59:00Z')).to.deep.include({ state: 'open', closesAt: '2027-03-14T10:00:00.000Z' });
      expect(isOpen(overnight, at('2027-03-14T10:00:00Z'))).to.equal(false);
    });

    it('a local time skipped by the jump resolves to just after it; a repeated one to the earlier instant', () => {
      // 02:30 does not exist on 2027-03-14: it becomes 03:30 EDT = 07:30Z.
      expect(iso(zonedInstant({ year: 2027, month: 3, day: 14 }, 150, 'America/New_York'))).to.equal('2027-03-14T07:30:00.000Z');
      // 01:30 happens twice on 2027-11-07: the first (EDT) one is 05:30Z.
      expect(iso(zonedInstant({ year: 2027, month: 11, day: 7 }, 90, 'America/New_York'))).to.equal('2027-11-07T05:30:00.000Z');
    });
  });

  describe('Europe/London across DST and holidays', () => {
    const office: OpeningHours = { timeZone: 'Europe/London', weekly: days([['09:00', '17:00']]), holidays: ['2027-03-26', '2027-03-29'] };

    it('skips holidays: Thursday evening → opens Tuesday 09:00 BST (08:00Z)', () => {
      expect(describeAt(office, '2027-03-25T17:30:00Z')).to.deep.include({ state: 'closed', opensAt: '2027-03-30T08:00:00.000Z' });
      expect(isOpen(office, at('2027-03-26T10:00:00Z'))).to.equal(false);
    });

    it('without holidays, Monday after the clock change opens at 08:00Z', () => {
      const plain = { ...office, holidays: [] };
      expect(describeAt(plain, '2027-03-29T07:59:00Z')).to.deep.include({ state: 'closed', opensAt: '2027-03-29T08:00:00.000Z' });
      expect(describeAt(plain, '2027-03-26T09:00:00Z')).to.deep.include({ state: 'open', closesAt: '2027-03-26T17:00:00.000Z' });
    });

    it('a holiday cancels ranges starting that day, but last night\'s overnight range runs to its end', () => {
      const late: OpeningHours = { timeZone: 'Europe/London', weekly: { fri: [['22:00', '02:00']], sat: [['10:00', '12:00']] }, holidays: ['2027-01-09'] };
      // Saturday 2027-01-09 01:00 GMT: inside Friday's overnight range.
      expect(describeAt(late, '2027-01-09T01:00:00Z')).to.deep.include({ state: 'open', closesAt: '2027-01-09T02:00:00.000Z' });
      // Saturday's own range is cancelled; next is the following Friday 22:00.
      expect(describeAt(late, '2027-01-09T09:00:00Z')).to.deep.include({ state: 'closed', opensAt: '2027-01-15T22:00:00.000Z' });
    });

    it('lists the coming holidays only', () => {
      expect(upcomingHolidays(office, at('2027-03-27T12:00:00Z'))).to.deep.equal(['2027-03-29']);
    });
  });

  describe('edge cases', () => {
    it('no hours means always open', () => {
      expect(availability(undefined, Date.now())).to.deep.equal({ state: 'always' });
    });

    it('an unknown time zone is reported, not guessed', () => {
      expect(availability({ timeZone: 'Mars/Olympus_Mons', weekly: {}, holidays: [] }, Date.now()).state).to.equal('unknown');
    });

    it('round-the-clock ranges merge: open, with no closing time in sight', () => {
      const nonstop: OpeningHours = { timeZone: 'Asia/Singapore', weekly: days([['00:00', '24:00']], everyDay), holidays: [] };
      expect(availability(nonstop, at('2027-05-05T05:00:00Z'))).to.deep.equal({ state: 'open' });
    });

    it('touching ranges merge so "closes at" is the real end', () => {
      const hours: OpeningHours = { timeZone: 'UTC', weekly: { mon: [['00:00', '24:00']], tue: [['00:00', '12:00']] }, holidays: [] };
      expect(describeAt(hours, '2027-01-04T10:00:00Z').closesAt).to.equal('2027-01-05T12:00:00.000Z');
      expect(openIntervals(hours, at('2027-01-04T10:00:00Z'), at('2027-01-06T00:00:00Z'))).to.have.length(1);
    });

    it('never opening within the look-ahead gives no opening time', () => {
      const closed: OpeningHours = { timeZone: 'UTC', weekly: {}, holidays: [] };
      expect(availability(closed, Date.now())).to.deep.equal({ state: 'closed', opensAt: undefined });
    });
  });
});
