/**
 * Memos and tags: which networks need one (deposits to a shared exchange address are matched by
 * it) and what each network accepts.
 */
import { asciiDigits } from './digits.js';
import { findNetwork } from './networks.js';
import { fail, ok, type ValidationResult } from './result.js';

export { memoKind } from './networks.js';

/** True when a deposit on this network needs a memo or tag besides the address. */
export function needsMemo(networkId: string | undefined): boolean {
  return Boolean(findNetwork(networkId)?.memo);
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * XRP destination tags are whole numbers up to 4 294 967 295; Stellar text memos hold 28 bytes
 * (or a number up to 2^64 − 1); other networks take up to 256 bytes.
 */
export function validateMemo(value: string, networkId?: string): ValidationResult {
  const memo = value.trim();
  const network = findNetwork(networkId);
  if (network?.id === 'XRP') {
    const tag = asciiDigits(memo);
    return /^\d{1,10}$/.test(tag) && Number(tag) <= 0xffffffff ? ok(String(Number(tag))) : fail('tickets.validation.memo.tag');
  }
  if (network?.id === 'XLM') {
    // A number too large for an ID memo is still a valid text memo if it fits in 28 bytes.
    if (/^\d+$/.test(memo) && BigInt(memo) < 2n ** 64n) return ok(memo);
    return utf8Length(memo) <= 28 ? ok(memo) : fail('tickets.validation.memo.tooLong', { max: 28 });
  }
  return utf8Length(memo) <= 256 ? ok(memo) : fail('tickets.validation.memo.tooLong', { max: 256 });
}
