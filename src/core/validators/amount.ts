/** Amounts as plain decimals ("0.05", never "0,05" or "1,000") within the asset's precision. */
import { asciiDigits } from './digits.js';
import { fail, ok, type ValidationResult } from './result.js';

/** Checks a positive decimal with at most `precision` decimals (no limit when undefined). */
export function validateAmount(value: string, precision?: number): ValidationResult {
  const amount = asciiDigits(value.trim());
  // "1,000" or "0,5": a comma is ambiguous (thousands or decimals), so ask for a dot instead.
  if (amount.includes(',')) return fail('tickets.validation.amount.separator');
  if (/^-\s*[\d.]/.test(amount)) return fail('tickets.validation.amount.positive');
  const match = /^(\d*)(?:\.(\d*))?$/.exec(amount);
  if (!match || (!match[1] && !match[2])) return fail('tickets.validation.amount.format');
  const whole = match[1]!.replace(/^0+(?=\d)/, '') || '0';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (!/[1-9]/.test(whole + fraction)) return fail('tickets.validation.amount.positive');
  if (whole.length > 20) return fail('tickets.validation.amount.tooLarge');
  if (precision !== undefined && fraction.length > precision) {
    return precision === 0
      ? fail('tickets.validation.amount.whole')
      : fail('tickets.validation.amount.precision', { precision });
  }
  return ok(fraction ? `${whole}.${fraction}` : whole);
}
