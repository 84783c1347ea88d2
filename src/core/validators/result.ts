/**
 * What every validator returns: a verdict and message keys (never a sentence), so components
 * translate them and tests assert on stable keys.
 */
import type { MessageKey } from '../../i18n/en.js';

export type MessageParams = Record<string, string | number>;

export interface Issue {
  key: MessageKey;
  params?: MessageParams;
}

export interface ValidationResult {
  valid: boolean;
  /** Why the value is rejected (only when `valid` is false). */
  error?: Issue;
  /** A note that does not block submitting, e.g. "this address belongs to another network". */
  warning?: Issue;
  /** The canonical form to submit (trimmed, `0x` added, ISO time…), when the value is valid. */
  normalized?: string;
}

export const ok = (normalized?: string, warning?: Issue): ValidationResult => ({ valid: true, normalized, warning });
export const fail = (key: MessageKey, params?: MessageParams): ValidationResult => ({ valid: false, error: { key, params } });
