/**
 * Base58Check, the encoding of Bitcoin WIF private keys and BIP-32 extended keys: base58 of
 * payload + the first 4 bytes of sha256(sha256(payload)).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { base58 } from '@scure/base';

/** The payload of a valid Base58Check string, or null (bad alphabet or checksum). */
export function decodeBase58Check(text: string): Uint8Array | null {
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(text);
  } catch {
    return null;
  }
  if (bytes.length < 5) return null;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[payload.length + i]) return null;
  return payload;
}

/** A Wallet Import Format private key: version 0x80 (mainnet) or 0xef (testnet), 32 key bytes, optional 0x01 (compressed). */
export function isWif(text: string): boolean {
  const payload = decodeBase58Check(text);
  if (!payload || (payload[0] !== 0x80 && payload[0] !== 0xef)) return false;
  return payload.length === 33 || (payload.length === 34 && payload[33] === 0x01);
}

/** Version bytes of BIP-32 extended private keys (xprv, yprv, zprv, Yprv, Zprv and their testnet forms). */
const PRIVATE_VERSIONS = new Set([
  0x0488ade4, 0x049d7878, 0x04b2430c, 0x0295b005, 0x02aa7a99, // mainnet: xprv yprv zprv Yprv Zprv
  0x04358394, 0x044a4e28, 0x045f18bc, 0x024285b5, 0x02575048, // testnet: tprv uprv vprv Uprv Vprv
]);

/** A valid 78-byte BIP-32 extended private key (key data starts with 0x00). */
export function isExtendedPrivateKey(text: string): boolean {
  const payload = decodeBase58Check(text);
  if (!payload || payload.length !== 78) return false;
  const version = ((payload[0]! << 24) | (payload[1]! << 16) | (payload[2]! << 8) | payload[3]!) >>> 0;
  return PRIVATE_VERSIONS.has(version) && payload[45] === 0x00;
}
