/**
 * Every validator with real-world samples: well-known mainnet addresses and transactions (the
 * Bitcoin genesis address and coinbase, BIP-173/350 vectors, the USDT contracts on Ethereum and
 * TRON, the USDC mint on Solana, the XRP genesis account…) and the typos users make.
 */
import { expect } from '@open-wc/testing';
import {
  detectAddressFamilies, explorerUrl, findNetwork, memoKind, needsMemo, NETWORKS, toChecksumAddress, validateAddress,
  validateAmount, validateDateTime, validateField, validateMemo, validateTxHash, validateUid,
} from '../../src/core/validators/index.js';
import type { TicketField } from '../../src/adapters/schemas.js';
import { en } from '../../src/i18n/en.js';

const errorKey = (result: { valid: boolean; error?: { key: string } }) => (result.valid ? 'valid' : result.error!.key);

describe('validators: addresses', () => {
  const valid: [network: string, address: string, what: string][] = [
    ['BTC', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'P2PKH: the genesis block address'],
    ['BTC', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'P2SH (BIP-13 example)'],
    ['BTC', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'P2WPKH, bech32 (BIP-173)'],
    ['BTC', 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3', 'P2WSH, bech32 (BIP-173)'],
    ['BTC', 'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 'bech32 in upper case'],
    ['BTC', 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0', 'Taproot, bech32m (BIP-350)'],
    ['BTC', 'bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr', 'Taproot, bech32m (BIP-86)'],
    ['ETH', '0xdAC17F958D2ee523a2206206994597C13D831ec7', 'USDT contract, EIP-55 checksummed'],
    ['ETH', '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045', 'vitalik.eth, EIP-55 checksummed'],
    ['ETH', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'EIP-55 test vector'],
    ['BSC', '0xdac17f958d2ee523a2206206994597c13d831ec7', 'all lower case (no checksum to check)'],
    ['TRX', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'USDT (TRC20) contract'],
    ['SOL', 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v', 'USDC mint'],
    ['SOL', 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA', 'SPL Token program'],
    ['SOL', '11111111111111111111111111111111', 'System program (32 zero bytes)'],
    ['XRP', 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', 'XRP Ledger genesis account'],
    ['XLM', 'GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7', 'Stellar account (SEP-23 example)'],
    ['TON', 'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N', 'TON Foundation wallet'],
    ['TON', '0:83dfd552e63729b472fcbcc8c45ebcc6691702558b68ec7527e1ba403a0f31a8', 'TON raw form'],
    ['ATOM', 'cosmos1yeac5tgm4mqwl4fyrqp34s0gq5fy8ugxcj76vc', 'Cosmos Hub account'],
    ['EOS', 'eosio.token', 'EOS system token account'],
    ['LTC', 'LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz', 'Litecoin P2PKH'],
    ['DOGE', 'DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L', 'Dogecoin P2PKH'],
  ];
  for (const [network, address, what] of valid) {
    it(`accepts ${network} ${what}`, () => {
      const result = validateAddress(address, network);
      expect(result.valid, JSON.stringify(result)).to.equal(true);
      expect(result.warning).to.equal(undefined);
    });
  }

  const checksumTypos: [string, string, string][] = [
    ['ETH', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', 'EIP-55: one letter in the wrong case'],
    ['ETH', '0xdAC17F958D2ee523a2206206994597C13D831eC7', 'EIP-55: the USDT contract with one case flipped'],
    ['BTC', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', 'bech32: last character changed'],
    ['BTC', 'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx', 'Taproot encoded with bech32 instead of bech32m'],
    ['BTC', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', 'base58check: last character changed'],
    ['TRX', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u', 'base58check: last character changed'],
    ['XRP', 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTi', 'XRP checksum: last character changed'],
    ['XLM', 'GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN6', 'StrKey CRC: last character changed'],
    ['TON', 'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2M', 'TON CRC: last character changed'],
    ['ATOM', 'cosmos1yeac5tgm4mqwl4fyrqp34s0gq5fy8ugxcj76vd', 'bech32: last character changed'],
  ];
  for (const [network, address, what] of checksumTypos) {
    it(`rejects a ${network} checksum failure (${what})`, () => {
      expect(errorKey(validateAddress(address, network))).to.equal('tickets.validation.address.checksum');
    });
  }

  const malformed: [string, string][] = [
    ['BTC', '1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a'], // 0 is not base58
    ['ETH', '0xdAC17F958D2ee523a2206206994597C13D831e'], // 39 hex digits
    ['SOL', 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZw'], // truncated: 28 bytes
    ['SOL', 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDtlv'], // l is not base58
    ['XRP', 'xHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh'],
    ['EOS', 'Eosio.Token'],
  ];
  for (const [network, address] of malformed) {
    it(`rejects the malformed ${network} address ${address}`, () => {
      expect(errorKey(validateAddress(address, network))).to.equal('tickets.validation.address.invalid');
    });
  }

  it('rejects an address with spaces in it', () => {
    expect(errorKey(validateAddress('TR7NHqjeKQxGTCi8q8 ZY4pL8otSzgjLj6t', 'TRX'))).to.equal('tickets.validation.address.spaces');
  });

  it('warns (without blocking) when the address belongs to another network than the chosen one', () => {
    const tronOnEthereum = validateAddress('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'ETH');
    expect(tronOnEthereum.valid).to.equal(true);
    expect(tronOnEthereum.warning?.key).to.equal('tickets.validation.address.otherNetwork');
    expect(tronOnEthereum.warning?.params).to.deep.equal({ detected: 'TRON', chosen: 'Ethereum (ERC20)' });

    const evmOnTron = validateAddress('0xdAC17F958D2ee523a2206206994597C13D831ec7', 'TRC20');
    expect(evmOnTron.warning?.params?.detected).to.contain('EVM');
    const bitcoinOnSolana = validateAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'SOL');
    expect(bitcoinOnSolana.warning?.params?.detected).to.equal('Bitcoin');
  });

  it('does not warn for an EVM address on another EVM chain (same address format)', () => {
    const result = validateAddress('0xdAC17F958D2ee523a2206206994597C13D831ec7', 'ARBITRUM');
    expect(result.valid).to.equal(true);
    expect(result.warning).to.equal(undefined);
  });

  it('detects the network an address belongs to', () => {
    expect(detectAddressFamilies('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')).to.deep.equal(['tron']);
    expect(detectAddressFamilies('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v')).to.deep.equal(['solana']);
    expect(detectAddressFamilies('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh')).to.deep.equal(['xrp']);
    expect(detectAddressFamilies('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).to.deep.equal(['btc', 'ltc']);
    expect(detectAddressFamilies('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')).to.deep.equal([]); // checksum fails
    expect(detectAddressFamilies('hello')).to.deep.equal([]);
  });

  it('without a chosen network, accepts any recognised address and rejects the rest', () => {
    expect(validateAddress('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t').valid).to.equal(true);
    expect(errorKey(validateAddress('not-an-address'))).to.equal('tickets.validation.address.unknown');
  });

  it('computes EIP-55 checksums (spec test vectors)', () => {
    for (const address of ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb']) {
      expect(toChecksumAddress(address.toLowerCase())).to.equal(address);
    }
  });
});

describe('validators: transaction hashes and explorer links', () => {
  const bitcoinGenesis = '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b';
  const firstEthereumTx = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060';
  const solanaSignature = '5VERv8NMvzbJMEkV8xnrLkEaWRtSz9CosKDYjCJjBRnbJLgp8uirBgmQpjKhoR4tjF3ZpRzrFmBV6UjKdiSZkQUW';
  // TRON mainnet, block 32880248: the example of TRON's HTTP API docs (gettransactionbyid).
  const tronTx = '7c2d4206c03a883dd9066d620335dc1be272a8dc733cfa3f6d10308faa37facc';
  // XRP Ledger mainnet, an OfferCreate in ledger 56865245: the example of xrpl.org's `tx` method.
  const xrpTx = 'C53ECF838647FA5A4C780377025FEC7999AB4182590510CA461444B207AB74A9';
  // TON mainnet transfers as toncenter prints them (base64) and tonviewer links them (hex).
  const tonBase64 = 'jszcJzTyl9FRxfLUf6m+PcE8Smdtg1NcNYuHKa0vXhw=';
  const tonHex = '8eccdc2734f297d151c5f2d47fa9be3dc13c4a676d83535c358b8729ad2f5e1c';
  const tonSlash = 'bZVcHTtOXE4r2TnI7hvYC/KcwaHT75bd8WD1EdheLOc=';
  const tonSlashHex = '6d955c1d3b4e5c4e2bd939c8ee1bd80bf29cc1a1d3ef96ddf160f511d85e2ce7';
  // The coinbase transactions of the Litecoin and Dogecoin genesis blocks.
  const litecoinGenesis = '97ddfbbae6be97fd6cdf3e7ca13232a3afff2353e29badfab7f73011edd4ced9';
  const dogecoinGenesis = '5b2a3f53f605d62c53e62932dac6925e3d74afa5a4b459745c36d42d0ed26a69';

  it('accepts 64-hex hashes and writes them the way each network does', () => {
    expect(validateTxHash(bitcoinGenesis, 'BTC')).to.include({ valid: true, normalized: bitcoinGenesis });
    expect(validateTxHash(firstEthereumTx, 'ETH')).to.include({ valid: true, normalized: firstEthereumTx });
    // Exchanges often show EVM hashes without 0x: accepted and completed.
    expect(validateTxHash(firstEthereumTx.slice(2).toUpperCase(), 'ETH').normalized).to.equal(firstEthereumTx);
    expect(validateTxHash(tronTx, 'TRX')).to.include({ valid: true, normalized: tronTx });
    expect(validateTxHash(`0x${tronTx.toUpperCase()}`, 'TRC20').normalized, 'TRON writes neither 0x nor capitals').to.equal(tronTx);
    expect(validateTxHash(xrpTx, 'XRP')).to.include({ valid: true, normalized: xrpTx });
    expect(validateTxHash(xrpTx.toLowerCase(), 'XRP').normalized, 'XRP writes capitals').to.equal(xrpTx);
  });

  it('rejects TRON and XRP hashes one character off', () => {
    expect(errorKey(validateTxHash(tronTx.slice(0, -1), 'TRX'))).to.equal('tickets.validation.txHash.length');
    expect(validateTxHash(`${tronTx}c`, 'TRX').error?.params).to.deep.equal({ length: 65 });
    expect(validateTxHash(`${tronTx.slice(0, -1)}x`, 'TRX').error).to.deep.equal({ key: 'tickets.validation.txHash.invalid', params: { network: 'TRON (TRC20)' } });
    // An address pasted into the hash field.
    expect(errorKey(validateTxHash('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'TRX'))).to.equal('tickets.validation.txHash.invalid');
    expect(validateTxHash(xrpTx.slice(1), 'XRP').error).to.deep.equal({ key: 'tickets.validation.txHash.length', params: { length: 63 } });
    // The letter O for the digit 0.
    expect(validateTxHash(xrpTx.replace('0', 'O'), 'XRP').error).to.deep.equal({ key: 'tickets.validation.txHash.invalid', params: { network: 'XRP Ledger' } });
    expect(errorKey(validateTxHash('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', 'XRP'))).to.equal('tickets.validation.txHash.invalid');
  });

  it('accepts a TON hash in hex or base64 (standard or URL-safe, padded or not) and normalizes it to hex', () => {
    expect(validateTxHash(tonHex, 'TON')).to.include({ valid: true, normalized: tonHex });
    expect(validateTxHash(tonHex.toUpperCase(), 'TON').normalized).to.equal(tonHex);
    expect(validateTxHash(tonBase64, 'TON')).to.include({ valid: true, normalized: tonHex });
    expect(validateTxHash(tonBase64.slice(0, -1), 'TON').normalized, 'without padding').to.equal(tonHex);
    expect(validateTxHash(tonSlash, 'TON').normalized).to.equal(tonSlashHex);
    const urlSafe = tonSlash.replace('/', '_').slice(0, -1);
    expect(validateTxHash(urlSafe, 'TON').normalized, 'base64url').to.equal(tonSlashHex);
    // Before a network is chosen, a base64 hash is a recognised form too.
    expect(validateTxHash(tonBase64).valid).to.equal(true);
  });

  it('rejects TON hashes one character off, of the wrong length or alphabet, and base64 on other networks', () => {
    const invalid = { key: 'tickets.validation.txHash.invalid', params: { network: 'TON' } };
    expect(validateTxHash(`${tonBase64.slice(0, -2)}=`, 'TON').error, 'one character short').to.deep.equal(invalid);
    expect(validateTxHash(`${tonBase64.slice(0, -1)}A`, 'TON').error, 'one character more (33 bytes)').to.deep.equal(invalid);
    // The last character carries 4 bits and 2 zero bits: "x" for "w" sets a padding bit, so no 32-byte hash is written that way.
    expect(validateTxHash(tonBase64.replace('Xhw=', 'Xhx='), 'TON').error, 'last character changed').to.deep.equal(invalid);
    expect(validateTxHash(tonBase64.replace('+', '!'), 'TON').error, 'not base64').to.deep.equal(invalid);
    expect(validateTxHash(tonBase64.replace('l9', 'l_'), 'TON').error, 'base64 and base64url mixed').to.deep.equal(invalid);
    expect(validateTxHash(`${tonBase64}=`, 'TON').error, 'padding where none fits').to.deep.equal(invalid);
    expect(validateTxHash(tonHex.slice(0, -1), 'TON').error).to.deep.equal({ key: 'tickets.validation.txHash.length', params: { length: 63 } });
    expect(errorKey(validateTxHash(tonBase64, 'ETH')), 'base64 is TON only').to.equal('tickets.validation.txHash.invalid');
    expect(errorKey(validateTxHash(tonBase64, 'SOL'))).to.equal('tickets.validation.txHash.invalid');
  });

  it('accepts a Solana signature (64 bytes of base58) only on Solana', () => {
    expect(validateTxHash(solanaSignature, 'SOL').valid).to.equal(true);
    expect(errorKey(validateTxHash(solanaSignature, 'ETH'))).to.equal('tickets.validation.txHash.solanaElsewhere');
    expect(errorKey(validateTxHash(bitcoinGenesis, 'SOL'))).to.equal('tickets.validation.txHash.notSolana');
  });

  it('rejects wrong lengths and characters', () => {
    expect(errorKey(validateTxHash(bitcoinGenesis.slice(0, -1), 'BTC'))).to.equal('tickets.validation.txHash.length');
    expect(validateTxHash(bitcoinGenesis.slice(0, -1), 'BTC').error?.params).to.deep.equal({ length: 63 });
    expect(errorKey(validateTxHash(`${bitcoinGenesis.slice(0, -1)}g`, 'BTC'))).to.equal('tickets.validation.txHash.invalid');
    expect(errorKey(validateTxHash('hello world', undefined))).to.equal('tickets.validation.txHash.format');
  });

  it('links a valid hash to each network\'s block explorer, in the form that explorer uses', () => {
    // EVM chains, Stellar, Cosmos and EOS share the 64-hex format: the Ethereum and Bitcoin samples
    // check the link format there, not that those transactions exist on those chains.
    const evm = firstEthereumTx;
    const expected: Record<string, [hash: string, url: string]> = {
      BTC: [bitcoinGenesis, `https://mempool.space/tx/${bitcoinGenesis}`],
      ETH: [evm.slice(2), `https://etherscan.io/tx/${evm}`],
      TRX: [tronTx, `https://tronscan.org/#/transaction/${tronTx}`],
      BSC: [evm, `https://bscscan.com/tx/${evm}`],
      SOL: [solanaSignature, `https://solscan.io/tx/${solanaSignature}`],
      POLYGON: [evm, `https://polygonscan.com/tx/${evm}`],
      ARBITRUM: [evm, `https://arbiscan.io/tx/${evm}`],
      OPTIMISM: [evm, `https://optimistic.etherscan.io/tx/${evm}`],
      BASE: [evm, `https://basescan.org/tx/${evm}`],
      AVAXC: [evm, `https://snowtrace.io/tx/${evm}`],
      XRP: [xrpTx.toLowerCase(), `https://xrpscan.com/tx/${xrpTx}`],
      XLM: [bitcoinGenesis, `https://stellar.expert/explorer/public/tx/${bitcoinGenesis}`],
      // tonviewer links transactions by hex: a base64 hash (with "+", "/" and "=") is converted.
      TON: [tonBase64, `https://tonviewer.com/transaction/${tonHex}`],
      ATOM: [bitcoinGenesis, `https://www.mintscan.io/cosmos/tx/${bitcoinGenesis.toUpperCase()}`],
      EOS: [bitcoinGenesis, `https://bloks.io/transaction/${bitcoinGenesis}`],
      LTC: [litecoinGenesis, `https://litecoinspace.org/tx/${litecoinGenesis}`],
      DOGE: [dogecoinGenesis, `https://blockchair.com/dogecoin/transaction/${dogecoinGenesis}`],
    };
    expect(Object.keys(expected), 'every known network has a case').to.have.members(NETWORKS.map((network) => network.id));
    for (const [network, [hash, url]] of Object.entries(expected)) expect(explorerUrl(network, hash), network).to.equal(url);
    expect(explorerUrl('TON', tonSlash)).to.equal(`https://tonviewer.com/transaction/${tonSlashHex}`);
    expect(explorerUrl('TRC20', `0x${tronTx}`), 'an alias, and the 0x TRON does not write').to.equal(`https://tronscan.org/#/transaction/${tronTx}`);
  });

  it('links nothing for an invalid hash or without a network', () => {
    expect(explorerUrl('BTC', 'nope')).to.equal(undefined);
    expect(explorerUrl('TRX', tronTx.slice(1))).to.equal(undefined);
    expect(explorerUrl('XRP', solanaSignature)).to.equal(undefined);
    expect(explorerUrl('TON', tonBase64.replace('Xhw=', 'Xhx='))).to.equal(undefined);
    expect(explorerUrl(undefined, bitcoinGenesis)).to.equal(undefined);
    expect(explorerUrl('NOT-A-NETWORK', bitcoinGenesis)).to.equal(undefined);
  });
});

describe('validators: amounts, UIDs, times, memos', () => {
  it('accepts plain decimals within the precision', () => {
    expect(validateAmount('0.05', 8)).to.include({ valid: true, normalized: '0.05' });
    expect(validateAmount('250', 6)).to.include({ valid: true, normalized: '250' });
    expect(validateAmount('007.10', 6).normalized).to.equal('7.1');
    expect(validateAmount('.5', 2).normalized).to.equal('0.5');
    expect(validateAmount('1.123456789012345678', 18).valid).to.equal(true);
  });

  it('rejects more decimals than the asset has, commas, zero and junk', () => {
    expect(errorKey(validateAmount('1.1234567', 6))).to.equal('tickets.validation.amount.precision');
    expect(validateAmount('1.1234567', 6).error?.params).to.deep.equal({ precision: 6 });
    expect(errorKey(validateAmount('1.5', 0))).to.equal('tickets.validation.amount.whole');
    expect(errorKey(validateAmount('1,000', 2))).to.equal('tickets.validation.amount.separator');
    expect(errorKey(validateAmount('0,5', 2))).to.equal('tickets.validation.amount.separator');
    expect(errorKey(validateAmount('0.000', 8))).to.equal('tickets.validation.amount.positive');
    expect(errorKey(validateAmount('-5', 8))).to.equal('tickets.validation.amount.positive'); // says why, not "enter a number"
    expect(errorKey(validateAmount('1e5', 8))).to.equal('tickets.validation.amount.format');
    expect(errorKey(validateAmount('1'.repeat(21), 8))).to.equal('tickets.validation.amount.tooLarge');
  });

  it('checks UIDs', () => {
    expect(validateUid(' 35281649 ')).to.include({ valid: true, normalized: '35281649' });
    expect(errorKey(validateUid('1234'))).to.equal('tickets.validation.uid.format');
    expect(errorKey(validateUid('alice@example.com'))).to.equal('tickets.validation.uid.format');
  });

  it('checks times: real, not in the future, after 2009', () => {
    const now = new Date(2026, 10, 24, 12, 0).getTime();
    expect(validateDateTime('2026-11-24T11:30', now)).to.include({ valid: true, normalized: new Date(2026, 10, 24, 11, 30).toISOString() });
    expect(validateDateTime('2026-11-24T12:03', now).valid, 'a few minutes of clock skew').to.equal(true);
    expect(errorKey(validateDateTime('2026-11-24T13:00', now))).to.equal('tickets.validation.datetime.future');
    expect(errorKey(validateDateTime('2026-02-30T10:00', now))).to.equal('tickets.validation.datetime.invalid');
    expect(errorKey(validateDateTime('yesterday', now))).to.equal('tickets.validation.datetime.invalid');
    expect(errorKey(validateDateTime('2008-12-31T10:00', now))).to.equal('tickets.validation.datetime.tooOld');
  });

  it('knows which networks need a memo or tag', () => {
    expect(['XRP', 'XLM', 'TON', 'EOS', 'ATOM'].map(needsMemo)).to.deep.equal([true, true, true, true, true]);
    expect(['BTC', 'ETH', 'TRX', 'SOL', ''].map(needsMemo)).to.deep.equal([false, false, false, false, false]);
    expect(memoKind('XRP')).to.equal('tag');
    expect(memoKind('XLM')).to.equal('memo');
    expect(findNetwork('trc20')?.id).to.equal('TRX');
  });

  it('checks memos per network', () => {
    expect(validateMemo('104872', 'XRP').valid).to.equal(true);
    expect(errorKey(validateMemo('abc', 'XRP'))).to.equal('tickets.validation.memo.tag');
    expect(validateMemo('1234567890123', 'XLM').valid).to.equal(true);
    expect(validateMemo('exchange deposit 42', 'XLM').valid).to.equal(true);
    expect(errorKey(validateMemo('a memo that is much too long for stellar', 'XLM'))).to.equal('tickets.validation.memo.tooLong');
    expect(validateMemo('42 comment', 'TON').valid).to.equal(true);
  });

  it('keeps XRP destination tags within 32 bits', () => {
    expect(validateMemo('4294967295', 'XRP')).to.include({ valid: true, normalized: '4294967295' });
    expect(validateMemo('0', 'XRP').valid).to.equal(true);
    expect(validateMemo('00042', 'XRP').normalized, 'leading zeros dropped').to.equal('42');
    for (const tag of ['4294967296', '9999999999', '12345678901', '-1', '1.5', '1e9']) {
      expect(errorKey(validateMemo(tag, 'XRP')), tag).to.equal('tickets.validation.memo.tag');
    }
  });

  it('limits a TON comment to 256 bytes, counted in UTF-8', () => {
    expect(validateMemo('a'.repeat(256), 'TON').valid).to.equal(true);
    expect(validateMemo('a'.repeat(257), 'TON').error).to.deep.equal({ key: 'tickets.validation.memo.tooLong', params: { max: 256 } });
    // 128 two-byte letters fit; 129 (258 bytes) do not, though they are fewer than 256 characters.
    expect(validateMemo('é'.repeat(128), 'TON').valid).to.equal(true);
    expect(errorKey(validateMemo('é'.repeat(129), 'TON'))).to.equal('tickets.validation.memo.tooLong');
  });

  it('takes a Stellar number too large for an ID memo as a text memo, within 28 bytes', () => {
    expect(validateMemo('18446744073709551615', 'XLM').valid, '2^64 − 1, an ID memo').to.equal(true);
    expect(validateMemo('18446744073709551616', 'XLM').valid, '2^64, a 20-byte text memo').to.equal(true);
    expect(validateMemo('1'.repeat(29), 'XLM').error).to.deep.equal({ key: 'tickets.validation.memo.tooLong', params: { max: 28 } });
  });

  it('validates a form field by its type, using the network and asset it depends on', () => {
    const fields: TicketField[] = [
      { id: 'asset', type: 'select', label: 'Coin', required: true, options: [{ value: 'USDT', label: 'USDT', precision: 6 }, { value: 'BTC', label: 'BTC', precision: 8 }] },
      { id: 'network', type: 'network', label: 'Network', required: true },
      { id: 'amount', type: 'amount', label: 'Amount', required: true, networkField: 'network', assetField: 'asset' },
      { id: 'address', type: 'address', label: 'Address', required: false, networkField: 'network' },
    ];
    const amount = fields[2]!;
    expect(errorKey(validateField(amount, '1.1234567', { asset: 'USDT', network: 'TRX' }, { fields }))).to.equal('tickets.validation.amount.precision');
    expect(validateField(amount, '1.1234567', { asset: 'BTC', network: 'BTC' }, { fields }).valid).to.equal(true);
    // Without an asset, the network's native decimals apply (TRX: 6).
    expect(errorKey(validateField({ ...amount, assetField: undefined }, '1.1234567', { network: 'TRX' }))).to.equal('tickets.validation.amount.precision');
    expect(errorKey(validateField(amount, '  ', {}))).to.equal('tickets.validation.required');
    expect(validateField(fields[3]!, '', {}).valid, 'optional and empty').to.equal(true);
    expect(validateField(fields[3]!, 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', { network: 'TRX' }).valid).to.equal(true);
    expect(errorKey(validateField({ id: 'e', type: 'email', label: 'Email', required: true }, 'nope', {}))).to.equal('tickets.validation.email');
  });

  it('has an English message for every key a validator returns', () => {
    const keys = [
      'tickets.validation.address.checksum', 'tickets.validation.address.invalid', 'tickets.validation.address.otherNetwork',
      'tickets.validation.address.spaces', 'tickets.validation.address.unknown', 'tickets.validation.txHash.format',
      'tickets.validation.txHash.invalid', 'tickets.validation.txHash.length', 'tickets.validation.txHash.notSolana',
      'tickets.validation.txHash.solanaElsewhere', 'tickets.validation.amount.format', 'tickets.validation.amount.separator',
      'tickets.validation.amount.positive', 'tickets.validation.amount.tooLarge', 'tickets.validation.amount.precision',
      'tickets.validation.amount.whole', 'tickets.validation.uid.format', 'tickets.validation.datetime.invalid',
      'tickets.validation.datetime.future', 'tickets.validation.datetime.tooOld', 'tickets.validation.memo.tag',
      'tickets.validation.memo.tooLong', 'tickets.validation.required', 'tickets.validation.email', 'tickets.validation.option',
      'tickets.validation.tooLong',
    ];
    for (const key of keys) expect((en as Record<string, string>)[key], key).to.be.a('string');
  });
});
