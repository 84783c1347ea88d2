/**
 * Addresses checked per network, and the network an address really belongs to (so the form can
 * warn "this looks like a TRON address, but you chose Ethereum").
 */
import {
  checkBase58Check, checkBase58Length, checkBech32Account, checkEvm, checkSegwit, checkStellar, checkTon, checkXrp,
  type Check,
} from './encodings.js';
import { FAMILY_NAMES, findNetwork, type ChainFamily } from './networks.js';
import { fail, ok, type ValidationResult } from './result.js';

const best = (...checks: Check[]): Check =>
  checks.includes('ok') ? 'ok' : checks.includes('checksum') ? 'checksum' : 'format';

const CHECKS: Record<ChainFamily, (value: string) => Check> = {
  // P2PKH (version 0, "1…"), P2SH (5, "3…"), SegWit v0 bech32 and Taproot bech32m ("bc1…").
  btc: (v) => best(checkBase58Check(v, [0x00, 0x05]), checkSegwit(v, 'bc')),
  ltc: (v) => best(checkBase58Check(v, [0x30, 0x32, 0x05]), checkSegwit(v, 'ltc')),
  doge: (v) => checkBase58Check(v, [0x1e, 0x16]),
  evm: checkEvm,
  tron: (v) => checkBase58Check(v, [0x41]),
  solana: (v) => (v.length >= 32 && v.length <= 44 ? checkBase58Length(v, 32) : 'format'),
  xrp: checkXrp,
  xlm: checkStellar,
  ton: checkTon,
  atom: (v) => checkBech32Account(v, 'cosmos'),
  // EOS account names: 1–12 of a–z, 1–5 and dots (not a dot last).
  eos: (v) => (/^[a-z1-5.]{0,11}[a-z1-5]$/.test(v) ? 'ok' : 'format'),
};

/** Families whose format is too loose to claim an address for (any short word is an EOS name). */
const NOT_DETECTED: ReadonlySet<ChainFamily> = new Set(['eos']);

/** The families an address is valid for (checksums included). Empty when none. */
export function detectAddressFamilies(value: string): ChainFamily[] {
  const trimmed = value.trim();
  if (!trimmed) return [];
  return (Object.keys(CHECKS) as ChainFamily[]).filter((family) => !NOT_DETECTED.has(family) && CHECKS[family](trimmed) === 'ok');
}

/**
 * Checks an address for the chosen network. A valid address of another network is accepted with
 * a warning (the user may be reporting exactly that mistake); a mistyped one is rejected.
 * Without a known network, any recognised address is accepted.
 */
export function validateAddress(value: string, networkId?: string): ValidationResult {
  const address = value.trim();
  const network = findNetwork(networkId);
  if (/\s/.test(address)) return fail('tickets.validation.address.spaces');
  if (!network) {
    // A network we do not know (a backend may list more): nothing to check against.
    if (networkId?.trim()) return ok(address);
    return detectAddressFamilies(address).length ? ok(address) : fail('tickets.validation.address.unknown');
  }
  const check = CHECKS[network.family](address);
  if (check === 'ok') return ok(address);
  const elsewhere = detectAddressFamilies(address);
  if (elsewhere.length) {
    return ok(address, {
      key: 'tickets.validation.address.otherNetwork',
      params: { detected: elsewhere.map((family) => FAMILY_NAMES[family]).join(', '), chosen: network.name },
    });
  }
  if (check === 'checksum') return fail('tickets.validation.address.checksum', { network: network.name });
  return fail('tickets.validation.address.invalid', { network: network.name });
}
