/**
 * The encodings behind addresses, from the audited @scure/base and @noble/hashes (narrow entry
 * points so only SHA-256 and Keccak-256 are bundled). Each check returns a verdict, never throws.
 */
import { base32, base58, base58xrp, base64, bech32, bech32m, createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';

/** 'ok', or why it failed: 'format' (not this kind of string at all) or 'checksum' (a typo). */
export type Check = 'ok' | 'format' | 'checksum';

const base58check = createBase58check(sha256);
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;
const XRP58 = /^[rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz]+$/;

/** Base58 (Bitcoin alphabet) without checksum; undefined when not base58. */
export function base58Bytes(value: string): Uint8Array | undefined {
  if (!BASE58.test(value)) return undefined;
  try {
    return base58.decode(value);
  } catch {
    return undefined;
  }
}

/** Base58Check with a one-byte version among `versions` and a 20-byte payload (BTC, LTC, DOGE, TRON). */
export function checkBase58Check(value: string, versions: readonly number[]): Check {
  const raw = base58Bytes(value);
  if (!raw || raw.length !== 25 || !versions.includes(raw[0]!)) return 'format';
  try {
    base58check.decode(value);
    return 'ok';
  } catch {
    return 'checksum';
  }
}

/** XRP classic address: its own base58 alphabet, version 0, double-SHA-256 checksum. */
export function checkXrp(value: string): Check {
  if (!value.startsWith('r') || value.length < 25 || value.length > 35 || !XRP58.test(value)) return 'format';
  let raw: Uint8Array;
  try {
    raw = base58xrp.decode(value);
  } catch {
    return 'format';
  }
  if (raw.length !== 25 || raw[0] !== 0) return 'format';
  const digest = sha256(sha256(raw.subarray(0, 21)));
  return digest.subarray(0, 4).every((byte, i) => byte === raw[21 + i]) ? 'ok' : 'checksum';
}

/** SegWit address (BIP-173 bech32 for v0, BIP-350 bech32m for v1+) with the given prefix. */
export function checkSegwit(value: string, hrp: string): Check {
  const lower = value.toLowerCase();
  if (value !== lower && value !== value.toUpperCase()) return 'format';
  if (!lower.startsWith(`${hrp}1`) || !/^[a-z0-9]+1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{6,}$/.test(lower)) return 'format';
  const classic = bech32.decodeUnsafe(lower);
  const modern = classic ? undefined : bech32m.decodeUnsafe(lower);
  const decoded = classic || modern;
  if (!decoded) return 'checksum';
  const [version, ...data] = decoded.words;
  const program = bech32.fromWordsUnsafe(data);
  if (decoded.prefix !== hrp || version === undefined || version > 16 || !program) return 'format';
  if (program.length < 2 || program.length > 40) return 'format';
  if (version === 0 && program.length !== 20 && program.length !== 32) return 'format';
  // v0 must use bech32 and v1+ bech32m; the wrong variant is a corrupted address.
  if ((version === 0) !== Boolean(classic)) return 'checksum';
  return 'ok';
}

/** Plain bech32 account address (Cosmos): prefix and a 20- or 32-byte payload. */
export function checkBech32Account(value: string, hrp: string): Check {
  const lower = value.toLowerCase();
  if (value !== lower || !lower.startsWith(`${hrp}1`) || !/^[a-z0-9]+1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{6,}$/.test(lower)) return 'format';
  const decoded = bech32.decodeUnsafe(lower);
  if (!decoded) return 'checksum';
  const bytes = bech32.fromWordsUnsafe(decoded.words);
  return decoded.prefix === hrp && bytes && (bytes.length === 20 || bytes.length === 32) ? 'ok' : 'format';
}

/** EVM address; a mixed-case one must match its EIP-55 checksum. */
export function checkEvm(value: string): Check {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value)) return 'format';
  const body = value.slice(2);
  if (body === body.toLowerCase() || body === body.toUpperCase()) return 'ok';
  return value === toChecksumAddress(value) ? 'ok' : 'checksum';
}

/** The EIP-55 mixed-case form of an EVM address. */
export function toChecksumAddress(value: string): string {
  const body = value.slice(2).toLowerCase();
  const hash = keccak_256(new TextEncoder().encode(body));
  let out = '0x';
  for (let i = 0; i < 40; i++) {
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    out += nibble >= 8 ? body[i]!.toUpperCase() : body[i]!;
  }
  return out;
}

/** CRC-16/XMODEM, used by Stellar StrKeys and TON user-friendly addresses. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** Stellar account (StrKey "G…"): base32, version byte 6 << 3, 32-byte key, CRC-16 little-endian. */
export function checkStellar(value: string): Check {
  if (!/^G[A-Z2-7]{55}$/.test(value)) return 'format';
  let raw: Uint8Array;
  try {
    raw = base32.decode(value);
  } catch {
    return 'format';
  }
  if (raw.length !== 35 || raw[0] !== 6 << 3) return 'format';
  const crc = crc16(raw.subarray(0, 33));
  return raw[33] === (crc & 0xff) && raw[34] === crc >> 8 ? 'ok' : 'checksum';
}

/** TON address: raw "0:<hex>" or user-friendly base64(url) with flags, workchain, hash and CRC-16. */
export function checkTon(value: string): Check {
  if (/^(0|-1):[0-9a-fA-F]{64}$/.test(value)) return 'ok';
  if (!/^[A-Za-z0-9+/_-]{48}$/.test(value)) return 'format';
  let raw: Uint8Array;
  try {
    raw = Uint8Array.from(atob(value.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return 'format';
  }
  const tag = raw[0]!;
  // 0x11 bounceable, 0x51 non-bounceable; the 0x80 bit marks a testnet address.
  if (raw.length !== 36 || (tag !== 0x11 && tag !== 0x51) || (raw[1] !== 0 && raw[1] !== 0xff)) return 'format';
  const crc = crc16(raw.subarray(0, 34));
  return raw[34] === crc >> 8 && raw[35] === (crc & 0xff) ? 'ok' : 'checksum';
}

/**
 * Standard or URL-safe base64, padded or not (TON tools print all four), strictly decoded: one
 * alphabet only and zero trailing bits, so a mistyped last character is not silently accepted.
 */
export function base64Bytes(value: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value) || (/[+/]/.test(value) && /[-_]/.test(value))) return undefined;
  const standard = value.replace(/-/g, '+').replace(/_/g, '/');
  try {
    return base64.decode(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
  } catch {
    return undefined;
  }
}

/** Solana: base58 of a 32-byte public key; a transaction signature is 64 bytes. */
export function checkBase58Length(value: string, length: number): Check {
  const raw = base58Bytes(value);
  if (!raw) return 'format';
  return raw.length === length ? 'ok' : 'format';
}
