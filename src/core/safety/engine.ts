/**
 * The part of the secret guard that is loaded on demand: recovery-phrase matching (word lists load
 * separately, per script) and Base58Check validation. `secret-guard.ts` imports this module only
 * when its cheap pre-checks find something that needs it.
 */
export { findMnemonics, type MnemonicMatch } from './mnemonic.js';
export { loadWordlists, type WordScript } from './wordlists.js';
export { isWif, isExtendedPrivateKey } from './base58check.js';
