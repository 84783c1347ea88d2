/**
 * Matches service incidents to what the user is looking at: a search query ("eth withdrawal
 * stuck"), a ticket category's tags (["withdrawals", "ETH"]) or explicit assets / networks / areas.
 *
 * Both sides are reduced to facets — assets (ETH), networks (ERC20) and areas (withdrawals) —
 * through a small synonym table (English and Chinese, plurals and verb forms). An incident matches
 * when the query names at least one facet the incident has, and contradicts none: a query about
 * BTC withdrawals does not match "ETH withdrawals delayed", a query about "withdrawal stuck" does.
 */
import type { Incident } from '../../adapters/schemas.js';

export interface IncidentQuery {
  /** Free text: a search query, a ticket subject, a topic. */
  text?: string;
  /** Tags such as a ticket category's `incidentTags`: assets, networks or areas. */
  tags?: readonly string[];
  assets?: readonly string[];
  networks?: readonly string[];
  areas?: readonly string[];
}

export interface Facets {
  assets: Set<string>;
  networks: Set<string>;
  areas: Set<string>;
}

/** Words for each area, as canonical area names. */
export const AREA_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  withdrawals: ['withdrawal', 'withdrawals', 'withdraw', 'withdrawing', 'withdrew', 'withdrawn', 'payout', 'payouts', 'cashout', '提现', '提币', '出金', '提款'],
  deposits: ['deposit', 'deposits', 'depositing', 'deposited', 'topup', '充值', '充币', '入金'],
  trading: ['trading', 'trade', 'trades', 'order', 'orders', 'spot', 'futures', 'margin', '交易', '下单', '合约', '现货'],
  login: ['login', 'logins', 'log-in', 'signin', 'sign-in', '2fa', 'authentication', '登录', '登陆', '验证码'],
  transfers: ['transfer', 'transfers', 'internal transfer', '划转', '转账'],
  p2p: ['p2p', 'otc', 'c2c', '法币'],
  cards: ['card', 'cards', 'visa', 'mastercard', '银行卡'],
  api: ['api', 'websocket', 'websockets'],
  kyc: ['kyc', 'verification', 'identity', '实名', '认证'],
};

/** Common names of assets, as their symbols. */
export const ASSET_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  BTC: ['bitcoin', '比特币'],
  ETH: ['ether', 'ethereum', '以太坊', '以太'],
  USDT: ['tether', '泰达币'],
  USDC: ['usd coin'],
  SOL: ['solana'],
  XRP: ['ripple', '瑞波'],
  TRX: ['tron', '波场'],
  BNB: [],
  DOGE: ['dogecoin', '狗狗币'],
};

/** Network names and spellings, as canonical network ids. */
export const NETWORK_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  ERC20: ['erc20', 'erc-20', 'erc 20'],
  TRC20: ['trc20', 'trc-20', 'trc 20'],
  BEP20: ['bep20', 'bep-20', 'bep 20', 'bsc', 'bnb smart chain'],
  SOL: ['spl'],
  ARBITRUM: ['arbitrum', 'arb'],
  OPTIMISM: ['optimism'],
  POLYGON: ['polygon', 'matic'],
  LIGHTNING: ['lightning', 'lightning network'],
};

const lookup = <T extends Record<string, readonly string[]>>(table: T, fold: (key: string) => string) => {
  const map = new Map<string, string>();
  for (const [canonical, words] of Object.entries(table)) {
    map.set(fold(canonical), canonical);
    for (const word of words) map.set(word.toLowerCase(), canonical);
  }
  return map;
};
const AREA_WORDS = lookup(AREA_SYNONYMS, (key) => key);
const ASSET_WORDS = lookup(ASSET_SYNONYMS, (key) => key.toLowerCase());
const NETWORK_WORDS = lookup(NETWORK_SYNONYMS, (key) => key.toLowerCase());
/** Phrases that contain spaces or CJK, found by substring rather than by token. */
const PHRASES: readonly [string, 'areas' | 'assets' | 'networks', string][] = [
  ...[...AREA_WORDS].map(([word, area]) => [word, 'areas', area] as [string, 'areas', string]),
  ...[...ASSET_WORDS].map(([word, asset]) => [word, 'assets', asset] as [string, 'assets', string]),
  ...[...NETWORK_WORDS].map(([word, network]) => [word, 'networks', network] as [string, 'networks', string]),
].filter(([word]) => /\s|[^\x00-\x7f]/.test(word));

const emptyFacets = (): Facets => ({ assets: new Set(), networks: new Set(), areas: new Set() });

/** Sorts one word (a token or a tag) into a facet; unknown short upper-case-able words count as assets. */
function addWord(facets: Facets, word: string, knownAssets: ReadonlySet<string>, asTag: boolean): void {
  const lower = word.toLowerCase();
  if (!lower) return;
  const area = AREA_WORDS.get(lower);
  if (area) return void facets.areas.add(area);
  const network = NETWORK_WORDS.get(lower);
  if (network && !ASSET_WORDS.has(lower)) return void facets.networks.add(network);
  const asset = ASSET_WORDS.get(lower) ?? (knownAssets.has(lower.toUpperCase()) ? lower.toUpperCase() : undefined);
  if (asset) {
    facets.assets.add(asset);
    if (network) facets.networks.add(network);
    return;
  }
  // A tag we do not know is taken at its word: "ERC20"-like ids are networks, upper-case symbols
  // ("PEPE") assets, anything else ("account") an area.
  if (asTag) {
    if (/^[a-z]{2,6}\d{2,3}$/i.test(word)) facets.networks.add(word.toUpperCase());
    else if (/^[A-Z0-9]{2,10}$/.test(word) && /[A-Z]/.test(word)) facets.assets.add(word);
    else facets.areas.add(lower);
  }
}

/** The facets named by a query. `knownAssets` lets free text recognise symbols the incidents use. */
export function queryFacets(query: IncidentQuery, knownAssets: ReadonlySet<string> = new Set()): Facets {
  const facets = emptyFacets();
  const text = (query.text ?? '').toLowerCase();
  if (text) {
    for (const token of text.split(/[^\p{L}\p{N}-]+/u)) addWord(facets, token, knownAssets, false);
    for (const [phrase, facet, canonical] of PHRASES) if (text.includes(phrase)) facets[facet].add(canonical);
  }
  for (const tag of query.tags ?? []) addWord(facets, tag, knownAssets, true);
  for (const asset of query.assets ?? []) facets.assets.add(ASSET_WORDS.get(asset.toLowerCase()) ?? asset.toUpperCase());
  for (const network of query.networks ?? []) facets.networks.add(NETWORK_WORDS.get(network.toLowerCase()) ?? network.toUpperCase());
  for (const area of query.areas ?? []) facets.areas.add(AREA_WORDS.get(area.toLowerCase()) ?? area.toLowerCase());
  return facets;
}

/** The facets an incident declares, plus those its title names. */
export function incidentFacets(incident: Incident): Facets {
  const facets = queryFacets({ text: incident.title, assets: incident.assets, networks: incident.networks, areas: incident.areas }, new Set(incident.assets.map((a) => a.toUpperCase())));
  return facets;
}

export function isQueryEmpty(query: IncidentQuery): boolean {
  return !query.text?.trim() && !query.tags?.length && !query.assets?.length && !query.networks?.length && !query.areas?.length;
}

const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((value) => b.has(value));

/**
 * How well an incident matches (0 = not at all). Assets weigh most, then networks, then areas.
 * A facet the query names and the incident also describes must overlap, else no match.
 */
export function matchScore(incident: Incident, query: IncidentQuery, knownAssets?: ReadonlySet<string>): number {
  const own = incidentFacets(incident);
  const asked = queryFacets(query, knownAssets ?? own.assets);
  let score = 0;
  // An asset named in the query also covers the network of the same name (SOL) and vice versa.
  const ownChains = new Set([...own.assets, ...own.networks]);
  if (asked.assets.size && own.assets.size) {
    if (!intersects(asked.assets, ownChains)) return 0;
    score += 4;
  }
  if (asked.networks.size && own.networks.size) {
    if (!intersects(asked.networks, ownChains)) return 0;
    score += 2;
  }
  if (asked.areas.size && own.areas.size) {
    if (!intersects(asked.areas, own.areas)) return 0;
    score += 1;
  }
  return score;
}

export type IncidentPhase = 'ongoing' | 'upcoming' | 'over';

/** Ongoing (started, not resolved or ended), upcoming (scheduled maintenance) or over. */
export function incidentPhase(incident: Incident, now: number): IncidentPhase {
  const resolved = incident.resolvedAt ? Date.parse(incident.resolvedAt) : Infinity;
  const ends = incident.endsAt ? Date.parse(incident.endsAt) : Infinity;
  if (Math.min(resolved, ends) <= now) return 'over';
  return Date.parse(incident.startedAt) <= now ? 'ongoing' : 'upcoming';
}

const SEVERITY = { critical: 0, major: 1, minor: 2 } as const;

export interface IncidentMatch {
  incident: Incident;
  phase: Exclude<IncidentPhase, 'over'>;
  score: number;
}

export interface MatchOptions {
  now: number;
  /** Show scheduled maintenance this far ahead (ms). Default 72 h. */
  upcomingWithin?: number;
}

/**
 * The incidents to show for a query: not over, upcoming ones only within the window; with an
 * empty query every such incident. Ongoing first, then by severity, then by match strength.
 */
export function matchIncidents(incidents: readonly Incident[], query: IncidentQuery, options: MatchOptions): IncidentMatch[] {
  const within = options.upcomingWithin ?? 72 * 3_600_000;
  const empty = isQueryEmpty(query);
  const known = new Set(incidents.flatMap((incident) => incident.assets.map((a) => a.toUpperCase())));
  const matches: IncidentMatch[] = [];
  for (const incident of incidents) {
    const phase = incidentPhase(incident, options.now);
    if (phase === 'over') continue;
    if (phase === 'upcoming' && Date.parse(incident.startedAt) - options.now > within) continue;
    const score = empty ? 1 : matchScore(incident, query, known);
    if (score > 0) matches.push({ incident, phase, score });
  }
  return matches.sort(
    (a, b) =>
      (a.phase === b.phase ? 0 : a.phase === 'ongoing' ? -1 : 1) ||
      SEVERITY[a.incident.severity] - SEVERITY[b.incident.severity] ||
      b.score - a.score,
  );
}
