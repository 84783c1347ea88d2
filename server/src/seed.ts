/**
 * Seed content: the demo adapter's help center (src/adapters/demo/seed) when it is there, else a
 * small built-in set; plus channels, the ticket form and the official-channel list. Imported into
 * the database on first start only (an existing database keeps its content).
 */
import { z } from 'zod/mini';
import {
  articleSchema, categorySchema, channelSchema, incidentSchema, officialChannelsSchema, ticketFormSchema,
  type Article, type Category, type Channel, type Incident, type OfficialChannels, type TicketFormDefinition,
} from '../../src/adapters/schemas.js';
import type { Config } from './config.js';
import type { Db } from './db.js';
import { demoSeedModules } from './seed-modules.js';

export interface SeedContent {
  source: 'demo' | 'builtin' | 'none';
  articles: Article[];
  /** Categories per locale. */
  categories: { locale: string; category: Category }[];
  channels: Channel[];
  ticketForm: TicketFormDefinition;
  officialChannels: OfficialChannels;
  incidents: Incident[];
}

const updatedAt = '2026-10-01T08:00:00Z';

const BUILTIN_ARTICLES: z.input<typeof articleSchema>[] = [
  {
    id: 'enable-2fa', title: 'How to enable two-factor authentication (2FA)', categoryId: 'account', locale: 'en', updatedAt, popularity: 900,
    body: 'Go to **Profile → Security → Authenticator app**, scan the QR code and enter the 6-digit code. Lifebuoy support never asks for your 2FA codes.',
    bodyFormat: 'markdown', tags: ['2FA', 'authenticator', 'security'],
  },
  {
    id: 'deposit-not-credited', title: 'My deposit has not arrived', categoryId: 'deposits', locale: 'en', updatedAt, popularity: 800,
    body: 'Deposits are credited after the network confirmations shown on the deposit page. Check the transaction hash on a block explorer, and that you used the right network and memo.',
    bodyFormat: 'markdown', tags: ['deposit', 'missing', 'not credited', 'confirmations', 'txid'],
  },
  {
    id: 'withdrawal-pending', title: 'Why is my withdrawal pending?', categoryId: 'withdrawals', locale: 'en', updatedAt, popularity: 700,
    body: 'Withdrawals can be held for a security review, after a password or 2FA change (24 hours), or while a network is under maintenance.',
    bodyFormat: 'markdown', tags: ['withdrawal', 'pending', 'stuck', 'review'],
  },
  {
    id: 'verify-official-channels', title: 'How to check that you are talking to real Lifebuoy staff', categoryId: 'account', locale: 'en', updatedAt, popularity: 600,
    body: 'Use the verification tool in the help widget to check a website, email address, phone number or social handle before you trust it.',
    bodyFormat: 'markdown', tags: ['scam', 'phishing', 'verify', 'official'],
  },
  {
    id: 'enable-2fa', title: '如何开启双重验证（2FA）', categoryId: 'account', locale: 'zh-CN', updatedAt, popularity: 900,
    body: '进入 **个人中心 → 安全 → 身份验证器**，扫描二维码并输入 6 位验证码。Lifebuoy 客服绝不会索要您的验证码。',
    bodyFormat: 'markdown', tags: ['2FA', '谷歌验证器', '安全'],
  },
];

const BUILTIN_CATEGORIES = [
  { id: 'account', icon: 'shield', name: { en: 'Account & security', 'zh-CN': '账户与安全' } },
  { id: 'deposits', icon: 'deposit', name: { en: 'Deposits', 'zh-CN': '充值' } },
  { id: 'withdrawals', icon: 'withdraw', name: { en: 'Withdrawals', 'zh-CN': '提现' } },
];

const BUILTIN_CHANNELS: z.input<typeof channelSchema>[] = [
  { id: 'help', kind: 'help_center', label: { en: 'Help center', 'zh-CN': '帮助中心' }, official: true },
  { id: 'chat', kind: 'live_chat', label: { en: 'Live chat', 'zh-CN': '在线客服' }, responseMinutes: 3, official: true },
  { id: 'ticket', kind: 'ticket', label: { en: 'Submit a request', 'zh-CN': '提交工单' }, responseMinutes: 720, official: true },
  { id: 'email', kind: 'email', label: { en: 'Email', 'zh-CN': '邮箱' }, target: 'support@lifebuoy-exchange.example', responseMinutes: 1440, official: true },
  {
    id: 'vip', kind: 'vip', label: { en: 'VIP hotline', 'zh-CN': 'VIP 专线' }, target: '+6560000000', minVipTier: 3, official: true,
    hours: { timeZone: 'Asia/Singapore', weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']], sat: [], sun: [] }, holidays: [] },
  },
];

const NETWORKS = [
  { value: 'ERC20', label: 'Ethereum (ERC20)' }, { value: 'TRC20', label: 'Tron (TRC20)' },
  { value: 'BEP20', label: 'BNB Smart Chain (BEP20)' }, { value: 'SOL', label: 'Solana' }, { value: 'BTC', label: 'Bitcoin' },
];

const BUILTIN_FORM: z.input<typeof ticketFormSchema> = {
  categories: [
    {
      id: 'deposit-missing', name: 'Deposit not credited', expectedResponseMinutes: 240, incidentTags: ['deposits'],
      fields: [
        { id: 'network', type: 'network', label: 'Network', required: true, options: NETWORKS },
        { id: 'txHash', type: 'tx-hash', label: 'Transaction hash (TxID)', required: true, networkField: 'network' },
        { id: 'amount', type: 'amount', label: 'Amount', required: true, precision: 8 },
        { id: 'memo', type: 'memo', label: 'Memo / tag', networkField: 'network' },
        { id: 'screenshot', type: 'file', label: 'Screenshot', maxFiles: 3 },
      ],
    },
    {
      id: 'withdrawal', name: 'Withdrawal problem', expectedResponseMinutes: 240, incidentTags: ['withdrawals'],
      fields: [
        { id: 'network', type: 'network', label: 'Network', required: true, options: NETWORKS },
        { id: 'address', type: 'address', label: 'Destination address', required: true, networkField: 'network' },
        { id: 'time', type: 'datetime', label: 'When did you withdraw?' },
      ],
    },
    {
      id: 'account', name: 'Account access', expectedResponseMinutes: 720,
      fields: [{ id: 'uid', type: 'uid', label: 'UID' }, { id: 'email', type: 'email', label: 'Email on the account' }],
    },
    { id: 'other', name: 'Something else', expectedResponseMinutes: 1440, fields: [] },
  ],
};

const BUILTIN_OFFICIAL: OfficialChannels = {
  domains: ['lifebuoy-exchange.example'],
  emails: ['support@lifebuoy-exchange.example'],
  phones: ['+6560000000'],
  handles: [{ platform: 'x', handle: '@lifebuoy_support' }, { platform: 'telegram', handle: '@lifebuoy_official' }],
  brands: ['lifebuoy'],
};

type Localized = string | Record<string, string>;

function localized(value: Localized | undefined, locale: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return value[locale] ?? value.en ?? Object.values(value)[0];
}

/** Categories given with per-locale names become one Category per locale. */
function expandCategories(list: unknown[]): { locale: string; category: Category }[] {
  const out: { locale: string; category: Category }[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const raw = item as { id?: unknown; name?: Localized; description?: Localized; icon?: unknown; parentId?: unknown };
    if (typeof raw.id !== 'string' || raw.name === undefined) continue;
    const locales = typeof raw.name === 'string' ? ['en'] : Object.keys(raw.name);
    for (const locale of locales) {
      const parsed = categorySchema.safeParse({
        id: raw.id,
        name: localized(raw.name, locale),
        description: localized(raw.description, locale),
        icon: typeof raw.icon === 'string' ? raw.icon : undefined,
        parentId: typeof raw.parentId === 'string' ? raw.parentId : undefined,
      });
      if (parsed.success) out.push({ locale, category: parsed.data });
    }
  }
  return out;
}

/** Finds seed data among a module's exports by shape: anything that parses is used. */
function collect(modules: Record<string, unknown>[]): Partial<SeedContent> {
  const articles = new Map<string, Article>();
  let categories: { locale: string; category: Category }[] = [];
  const found: Partial<SeedContent> = {};
  for (const module of modules) {
    for (const value of Object.values(module)) {
      if (Array.isArray(value) && value.length) {
        const asArticles = z.array(articleSchema).safeParse(value);
        if (asArticles.success) {
          for (const article of asArticles.data) articles.set(`${article.id}\u0000${article.locale}`, article);
          continue;
        }
        const first = value[0] as Record<string, unknown>;
        if (first && typeof first === 'object' && 'name' in first && 'id' in first && !('kind' in first) && !('fields' in first)) {
          const expanded = expandCategories(value);
          if (expanded.length > categories.length) categories = expanded;
          continue;
        }
        const asChannels = z.array(channelSchema).safeParse(value);
        if (asChannels.success) found.channels = asChannels.data;
        const asIncidents = z.array(incidentSchema).safeParse(value);
        if (asIncidents.success) found.incidents = asIncidents.data;
      } else if (value && typeof value === 'object') {
        const asForm = ticketFormSchema.safeParse(value);
        if (asForm.success && asForm.data.categories.length) found.ticketForm = asForm.data;
        const asOfficial = officialChannelsSchema.safeParse(value);
        if (asOfficial.success && asOfficial.data.domains.length) found.officialChannels = asOfficial.data;
      }
    }
  }
  if (articles.size) found.articles = [...articles.values()];
  if (categories.length) found.categories = categories;
  return found;
}

export async function loadSeed(mode: Config['seed']): Promise<SeedContent> {
  const builtin: SeedContent = {
    source: 'builtin',
    articles: z.array(articleSchema).parse(BUILTIN_ARTICLES),
    categories: expandCategories(BUILTIN_CATEGORIES),
    channels: z.array(channelSchema).parse(BUILTIN_CHANNELS),
    ticketForm: ticketFormSchema.parse(BUILTIN_FORM),
    officialChannels: BUILTIN_OFFICIAL,
    incidents: [],
  };
  if (mode === 'none') return { ...builtin, source: 'none', articles: [], categories: [] };
  if (mode === 'builtin') return builtin;
  let demo: Partial<SeedContent> = {};
  try {
    demo = collect(await demoSeedModules());
  } catch (error) {
    console.warn(`[lifebuoy-server] demo seed not loaded (${(error as Error).message}); using the built-in seed.`);
  }
  if (!demo.articles?.length) return builtin;
  return {
    source: 'demo',
    articles: demo.articles,
    categories: demo.categories ?? builtin.categories,
    channels: demo.channels ?? builtin.channels,
    ticketForm: demo.ticketForm ?? builtin.ticketForm,
    officialChannels: demo.officialChannels ?? builtin.officialChannels,
    incidents: demo.incidents ?? builtin.incidents,
  };
}

/** Writes the seed into an empty database; returns false when content already exists. */
export function importSeed(db: Db, seed: SeedContent): boolean {
  const existing = db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number };
  if (existing.n > 0) return false;
  db.transaction(() => {
    const insertArticle = db.prepare('INSERT OR REPLACE INTO articles (id, locale, category_id, popularity, data) VALUES (?, ?, ?, ?, ?)');
    for (const article of seed.articles) insertArticle.run(article.id, article.locale, article.categoryId, article.popularity ?? 0, JSON.stringify(article));
    const insertCategory = db.prepare('INSERT OR REPLACE INTO categories (id, locale, position, data) VALUES (?, ?, ?, ?)');
    seed.categories.forEach(({ locale, category }, position) => insertCategory.run(category.id, locale, position, JSON.stringify(category)));
    const insertDocument = db.prepare('INSERT OR REPLACE INTO documents (name, data) VALUES (?, ?)');
    insertDocument.run('channels', JSON.stringify(seed.channels));
    insertDocument.run('ticketForm', JSON.stringify(seed.ticketForm));
    insertDocument.run('officialChannels', JSON.stringify(seed.officialChannels));
    insertDocument.run('incidents', JSON.stringify(seed.incidents));
    insertDocument.run('seed', JSON.stringify({ source: seed.source, articles: seed.articles.length, at: new Date().toISOString() }));
  })();
  return true;
}
