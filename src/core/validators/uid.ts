/** The exchange account UID: digits only, as shown on the profile page. */
import { asciiDigits } from './digits.js';
import { fail, ok, type ValidationResult } from './result.js';

export const UID_PATTERN = /^\d{5,20}$/;

export function validateUid(value: string): ValidationResult {
  const uid = asciiDigits(value.trim());
  return UID_PATTERN.test(uid) ? ok(uid) : fail('tickets.validation.uid.format');
}
