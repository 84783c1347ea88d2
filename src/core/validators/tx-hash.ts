/** Transaction hashes checked per network, and the block-explorer page of a valid one. */
import { hex as hexCodec } from '@scure/base';
import { base64Bytes, checkBase58Length } from './encodings.js';
import { findNetwork, type ChainFamily } from './networks.js';
import { fail, ok, type ValidationResult } from './result.js';

const HEX64 = /^(0x)?([0-9a-fA-F]{64})$/;

/** Canonical spelling per family: EVM with 0x, XRP and Cosmos upper-case, the rest lower-case. */
function canonicalHex(hex: string, family: ChainFamily): string {
  if (family === 'evm') return `0x${hex.toLowerCase()}`;
  if (family === 'xrp' || family === 'atom') return hex.toUpperCase();
  return hex.toLowerCase();
}

/** A TON hash written in base64 (what toncenter and wallets show): its 32 bytes, else undefined. */
function tonBase64(hash: string): Uint8Array | undefined {
  if (hash.length < 43 || hash.length > 44) return undefined;
  const bytes = base64Bytes(hash);
  return bytes?.length === 32 ? bytes : undefined;
}

/** A transaction id of some chain: 32-byte hex, a Solana signature or a TON base64 hash. */
const looksLikeHash = (text: string) => HEX64.test(text) || checkBase58Length(text, 64) === 'ok' || Boolean(tonBase64(text));

/**
 * The transaction id in what the user pasted: whitespace dropped (a hash copied across a line
 * break, or with a stray space), and a block-explorer link ("https://etherscan.io/tx/0x…#eventlog",
 * "https://tronscan.org/#/transaction/…") reduced to the hash in it.
 */
export function extractTxHash(value: string): string {
  const compact = value.replace(/\s+/g, '');
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(compact)) return compact;
  let url: URL;
  try {
    url = new URL(compact);
  } catch {
    return compact;
  }
  const segments = `${url.pathname}/${url.search}/${url.hash}`.split(/[/?#&=]/).filter(Boolean).map(safeDecode);
  return segments.reverse().find(looksLikeHash) ?? compact;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Checks a transaction id for the chosen network: 32-byte hex for most chains (an `0x` prefix is
 * added or dropped as the network writes it), a 64-byte base58 signature for Solana, and hex or
 * base64 for TON (normalized to hex, the form explorers link by).
 */
export function validateTxHash(value: string, networkId?: string): ValidationResult {
  const hash = extractTxHash(value);
  const network = findNetwork(networkId);
  const hex = HEX64.exec(hash)?.[2];
  const solana = !hex && checkBase58Length(hash, 64) === 'ok';
  const ton = hex || solana ? undefined : tonBase64(hash);
  if (!network) return hex || solana || ton ? ok(hash) : fail('tickets.validation.txHash.format');
  if (network.family === 'solana') {
    if (solana) return ok(hash);
    return fail(hex ? 'tickets.validation.txHash.notSolana' : 'tickets.validation.txHash.invalid', { network: network.name });
  }
  if (hex) return ok(canonicalHex(hex, network.family));
  if (network.family === 'ton' && ton) return ok(hexCodec.encode(ton));
  if (solana) return fail('tickets.validation.txHash.solanaElsewhere', { network: network.name });
  if (/^(0x)?[0-9a-fA-F]+$/.test(hash)) return fail('tickets.validation.txHash.length', { length: hash.replace(/^0x/, '').length });
  return fail('tickets.validation.txHash.invalid', { network: network.name });
}

/** The explorer page of a transaction, or undefined when the hash or network is not valid. */
export function explorerUrl(networkId: string | undefined, value: string): string | undefined {
  const network = findNetwork(networkId);
  const result = validateTxHash(value, networkId);
  if (!network || !result.valid || !result.normalized) return undefined;
  return network.explorer.replace('{hash}', encodeURIComponent(result.normalized));
}
