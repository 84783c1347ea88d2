/**
 * A moment the user picked in a `datetime-local` input ("2026-11-24T14:05", local time): a real
 * date, not in the future, and not before Bitcoin existed. Normalized to ISO-8601 UTC.
 */
import { fail, ok, type ValidationResult } from './result.js';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** 3 January 2009, the Bitcoin genesis block. */
const EARLIEST = Date.UTC(2009, 0, 3);
/** Clock skew tolerated between the user's device and the moment they describe. */
const SKEW_MS = 5 * 60_000;

export function parseLocalDateTime(value: string): Date | undefined {
  const match = LOCAL.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(year!, month! - 1, day, hour, minute, second);
  // new Date() rolls 31 February into March: reject dates that do not exist.
  if (date.getFullYear() !== year || date.getMonth() !== month! - 1 || date.getDate() !== day || hour! > 23 || minute! > 59) {
    return undefined;
  }
  return date;
}

export function validateDateTime(value: string, now: number = Date.now()): ValidationResult {
  const date = parseLocalDateTime(value);
  if (!date) return fail('tickets.validation.datetime.invalid');
  if (date.getTime() > now + SKEW_MS) return fail('tickets.validation.datetime.future');
  if (date.getTime() < EARLIEST) return fail('tickets.validation.datetime.tooOld');
  return ok(date.toISOString());
}

/** `now` as a `datetime-local` value (for the input's max). */
export function toLocalInputValue(now: number = Date.now()): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
