/**
 * Opening hours in IANA time zones, computed with `Intl.DateTimeFormat` only (no tz database of our
 * own). A channel's hours are written in its local wall-clock time (weekly ranges, local holidays);
 * this module turns them into real instants so the UI can say "open now" and "opens at …" in the
 * user's own time zone, correctly across DST changes.
 *
 * Rules:
 * - A range ["09:00", "18:00"] on "mon" is open from Monday 09:00 to 18:00 local time.
 * - A range whose close is not after its open (["22:00", "02:00"]) runs overnight into the next day;
 *   "24:00" means midnight at the end of the day. Touching ranges (Mon 00:00–24:00 and Tue
 *   00:00–24:00) merge, so "closes at" is the real end.
 * - A holiday (local "YYYY-MM-DD") cancels the ranges that start on that date; an overnight range
 *   that started the evening before still runs to its end.
 * - A local time that does not exist (skipped by a DST jump) resolves to the same wall-clock
 *   distance after the jump; a repeated local time (clocks going back) resolves to the earlier one.
 *   This is what Temporal calls the "compatible" disambiguation.
 */
import type { OpeningHours } from '../../adapters/schemas.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** Monday first, as ISO 8601 numbers them (1 = Monday … 7 = Sunday, index + 1). */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export type Availability =
  /** No hours configured: always open. */
  | { state: 'always' }
  /** Open now; `closesAt` is undefined when it stays open beyond the look-ahead. */
  | { state: 'open'; closesAt?: number }
  /** Closed now; `opensAt` is undefined when it does not open within the look-ahead. */
  | { state: 'closed'; opensAt?: number }
  /** The hours name a time zone this browser does not know. */
  | { state: 'unknown' };

/** A calendar date in some time zone. Month is 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface ZonedParts extends LocalDate {
  hour: number;
  minute: number;
  second: number;
  weekday: Weekday;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far ahead to look for the next opening (covers long holiday stretches). */
const LOOK_AHEAD_DAYS = 45;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** True when this browser knows the IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time of an instant in a time zone. */
export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines print midnight as 24 even with h23.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: (parts.weekday ?? 'Mon').slice(0, 3).toLowerCase() as Weekday,
  };
}

/** The time zone's offset from UTC at an instant, in ms (e.g. +8 h for Asia/Shanghai). */
export function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  // Drop the sub-second part of the instant so the offset is exact.
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a local wall-clock time (`minutes` after local midnight, may exceed 24 h).
 * Skipped times (spring forward) move forward by the gap; repeated times take the earlier instant.
 */
export function zonedInstant(date: LocalDate, minutes: number, timeZone: string): number {
  const local = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE;
  const before = offsetAt(local - DAY, timeZone);
  const after = offsetAt(local + DAY, timeZone);
  const candidates = [local - before, local - after].filter((instant) => instant + offsetAt(instant, timeZone) === local);
  if (candidates.length) return Math.min(...candidates);
  // In a gap: read the wall clock with the offset from before the jump, which lands after it.
  return local - before;
}

/** Adds days to a calendar date (proleptic Gregorian, no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function weekdayOf(date: LocalDate): Weekday {
  // getUTCDay: 0 = Sunday.
  return WEEKDAYS[(new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7]!;
}

export function isoDate(date: LocalDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** "HH:MM" → minutes after midnight. */
export function parseClock(value: string): number {
  const [hours, minutes] = value.split(':').map(Number);
  return Math.min(24 * 60, (hours ?? 0) * 60 + (minutes ?? 0));
}

export interface Interval {
  start: number;
  end: number;
}

/** The ranges that start on one local date, as instants (holidays give none). */
function intervalsStartingOn(hours: OpeningHours, date: LocalDate, holidays: ReadonlySet<string>): Interval[] {
  if (holidays.has(isoDate(date))) return [];
  const ranges = hours.weekly[weekdayOf(date)] ?? [];
  const result: Interval[] = [];
  for (const [open, close] of ranges) {
    const from = parseClock(open);
    let to = parseClock(close);
    if (to <= from) to += 24 * 60; // overnight
    const start = zonedInstant(date, from, hours.timeZone);
    const end = zonedInstant(date, to, hours.timeZone);
    if (end > start) result.push({ start, end });
  }
  return result;
}

/**
 * The opening intervals (merged, in order) that end after `from` and start before `until`,
 * looking from the local day before `from` so overnight ranges that began yesterday count.
 */
export function openIntervals(hours: OpeningHours, from: number, until: number): Interval[] {
  const holidays = new Set(hours.holidays ?? []);
  const today = zonedParts(from, hours.timeZone);
  const raw: Interval[] = [];
  // An overnight range may start up to a day before `from`; 2 days back covers long ranges too.
  for (let offset = -2; ; offset++) {
    const date = addDays(today, offset);
    const dayStart = zonedInstant(date, 0, hours.timeZone);
    if (dayStart >= until) break;
    raw.push(...intervalsStartingOn(hours, date, holidays));
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of raw) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged.filter((interval) => interval.end > from && interval.start < until);
}

/** Whether a channel with these hours is open at `now`, and when that changes. */
export function availability(hours: OpeningHours | undefined, now: number): Availability {
  if (!hours) return { state: 'always' };
  if (!isValidTimeZone(hours.timeZone)) return { state: 'unknown' };
  // A week decides almost every case; only long closures or non-stop hours need the full look-ahead.
  for (const days of [8, LOOK_AHEAD_DAYS]) {
    const horizon = now + days * DAY;
    const last = days === LOOK_AHEAD_DAYS;
    const intervals = openIntervals(hours, now, horizon);
    const current = intervals.find((interval) => interval.start <= now && now < interval.end);
    if (current) {
      if (current.end < horizon) return { state: 'open', closesAt: current.end };
      if (last) return { state: 'open' };
      continue;
    }
    const next = intervals.find((interval) => interval.start > now);
    if (next || last) return { state: 'closed', opensAt: next?.start };
  }
  return { state: 'unknown' };
}

/** True when open at `now` (always-open channels included; unknown counts as closed). */
export function isOpen(hours: OpeningHours | undefined, now: number): boolean {
  const state = availability(hours, now).state;
  return state === 'always' || state === 'open';
}

/** The configured holidays from today on (local dates of the channel's zone), soonest first. */
export function upcomingHolidays(hours: OpeningHours, now: number, limit = 3): string[] {
  if (!isValidTimeZone(hours.timeZone)) return [];
  const today = isoDate(zonedParts(now, hours.timeZone));
  return [...new Set(hours.holidays ?? [])].filter((date) => date >= today).sort().slice(0, limit);
}

/** The user's time zone as the browser reports it. */
export function userTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Whole calendar days from `a` to `b` as seen in a time zone (0 = same day, 1 = tomorrow). */
export function calendarDaysBetween(a: number, b: number, timeZone: string): number {
  const pa = zonedParts(a, timeZone);
  const pb = zonedParts(b, timeZone);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / DAY);
}
