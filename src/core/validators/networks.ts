/**
 * The networks Lifebuoy knows: their address family, native precision, whether deposits need a
 * memo or tag, and the block explorer for a transaction. Network ids follow what exchanges show
 * ("ETH", "TRX", "BSC"); common aliases ("ERC20", "TRC20", "BEP20") resolve to the same entry.
 * Names are proper nouns shown as they are.
 */

/** Networks whose addresses share one format (every EVM chain uses the same addresses). */
export type ChainFamily = 'btc' | 'ltc' | 'doge' | 'evm' | 'tron' | 'solana' | 'xrp' | 'xlm' | 'ton' | 'eos' | 'atom';

export interface NetworkInfo {
  id: string;
  name: string;
  family: ChainFamily;
  /** Decimals of the native coin (the amount precision when a field sets none). */
  decimals: number;
  /** What a deposit to a shared exchange address needs besides the address: a memo or a tag. */
  memo?: 'memo' | 'tag';
  /** Transaction page; `{hash}` is replaced by the (normalized) hash. */
  explorer: string;
  aliases?: string[];
}

export const NETWORKS: readonly NetworkInfo[] = [
  { id: 'BTC', name: 'Bitcoin', family: 'btc', decimals: 8, explorer: 'https://mempool.space/tx/{hash}' },
  { id: 'ETH', name: 'Ethereum (ERC20)', family: 'evm', decimals: 18, explorer: 'https://etherscan.io/tx/{hash}', aliases: ['ERC20'] },
  { id: 'TRX', name: 'TRON (TRC20)', family: 'tron', decimals: 6, explorer: 'https://tronscan.org/#/transaction/{hash}', aliases: ['TRC20', 'TRON'] },
  { id: 'BSC', name: 'BNB Smart Chain (BEP20)', family: 'evm', decimals: 18, explorer: 'https://bscscan.com/tx/{hash}', aliases: ['BEP20'] },
  { id: 'SOL', name: 'Solana', family: 'solana', decimals: 9, explorer: 'https://solscan.io/tx/{hash}', aliases: ['SPL'] },
  { id: 'POLYGON', name: 'Polygon PoS', family: 'evm', decimals: 18, explorer: 'https://polygonscan.com/tx/{hash}', aliases: ['MATIC', 'POL'] },
  { id: 'ARBITRUM', name: 'Arbitrum One', family: 'evm', decimals: 18, explorer: 'https://arbiscan.io/tx/{hash}', aliases: ['ARB'] },
  { id: 'OPTIMISM', name: 'OP Mainnet', family: 'evm', decimals: 18, explorer: 'https://optimistic.etherscan.io/tx/{hash}', aliases: ['OP'] },
  { id: 'BASE', name: 'Base', family: 'evm', decimals: 18, explorer: 'https://basescan.org/tx/{hash}' },
  { id: 'AVAXC', name: 'Avalanche C-Chain', family: 'evm', decimals: 18, explorer: 'https://snowtrace.io/tx/{hash}', aliases: ['AVAX'] },
  { id: 'XRP', name: 'XRP Ledger', family: 'xrp', decimals: 6, memo: 'tag', explorer: 'https://xrpscan.com/tx/{hash}' },
  { id: 'XLM', name: 'Stellar', family: 'xlm', decimals: 7, memo: 'memo', explorer: 'https://stellar.expert/explorer/public/tx/{hash}' },
  { id: 'TON', name: 'TON', family: 'ton', decimals: 9, memo: 'memo', explorer: 'https://tonviewer.com/transaction/{hash}' },
  { id: 'ATOM', name: 'Cosmos Hub', family: 'atom', decimals: 6, memo: 'memo', explorer: 'https://www.mintscan.io/cosmos/tx/{hash}', aliases: ['COSMOS'] },
  { id: 'EOS', name: 'EOS', family: 'eos', decimals: 4, memo: 'memo', explorer: 'https://bloks.io/transaction/{hash}' },
  { id: 'LTC', name: 'Litecoin', family: 'ltc', decimals: 8, explorer: 'https://litecoinspace.org/tx/{hash}' },
  { id: 'DOGE', name: 'Dogecoin', family: 'doge', decimals: 8, explorer: 'https://blockchair.com/dogecoin/transaction/{hash}' },
];

/** How a family is named when an address turns out to belong to it. */
export const FAMILY_NAMES: Record<ChainFamily, string> = {
  btc: 'Bitcoin',
  ltc: 'Litecoin',
  doge: 'Dogecoin',
  evm: 'EVM (Ethereum, BNB Smart Chain, Polygon…)',
  tron: 'TRON',
  solana: 'Solana',
  xrp: 'XRP Ledger',
  xlm: 'Stellar',
  ton: 'TON',
  eos: 'EOS',
  atom: 'Cosmos',
};

/** The network for an id or alias, case-insensitive; undefined when unknown. */
export function findNetwork(id: string | undefined): NetworkInfo | undefined {
  const wanted = id?.trim().toUpperCase();
  if (!wanted) return undefined;
  return NETWORKS.find((network) => network.id === wanted || network.aliases?.includes(wanted));
}

/** 'memo' or 'tag' when deposits on this network need one besides the address. */
export function memoKind(networkId: string | undefined): 'memo' | 'tag' | undefined {
  return findNetwork(networkId)?.memo;
}
