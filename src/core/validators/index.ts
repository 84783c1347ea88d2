/**
 * Crypto-aware validators for support forms: addresses and transaction hashes per network,
 * amounts, UIDs, times, memos and tags. Pure functions returning message keys.
 */
export { ok, fail, type Issue, type ValidationResult } from './result.js';
export { NETWORKS, FAMILY_NAMES, findNetwork, memoKind, type ChainFamily, type NetworkInfo } from './networks.js';
export { validateAddress, detectAddressFamilies } from './address.js';
export { validateTxHash, explorerUrl, extractTxHash } from './tx-hash.js';
export { validateAmount } from './amount.js';
export { validateUid, UID_PATTERN } from './uid.js';
export { validateDateTime, parseLocalDateTime, toLocalInputValue } from './datetime.js';
export { validateMemo, needsMemo } from './memo.js';
export { validateField, amountPrecision } from './field.js';
export { toChecksumAddress } from './encodings.js';
