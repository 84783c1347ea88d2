/**
 * Demo support channels of a fictional exchange: the self-service and real-time doors (24/7),
 * tickets, email with its SLA, the official social and community accounts, a VIP desk for tier 1+
 * and phone lines in a few regions, each with office hours in its own time zone and its holidays.
 * The adapter returns every channel; the picker filters by the user's region and VIP tier.
 */
import type { ChannelsApi } from '../contract.js';
import type { Channel, OpeningHours } from '../schemas.js';
import type { DemoContext } from './context.js';

const weekdays = (ranges: [string, string][]): OpeningHours['weekly'] => ({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });

export const DEMO_DOMAIN = 'lifebuoy-exchange.example';

export const demoChannels: Channel[] = [
  {
    id: 'help-center',
    kind: 'help_center',
    label: { en: 'Help center', 'zh-CN': '帮助中心' },
    description: { en: 'Guides and answers, any time.', 'zh-CN': '指南与常见问题，随时可查。' },
    official: true,
  },
  {
    id: 'live-chat',
    kind: 'live_chat',
    label: { en: 'Live chat', 'zh-CN': '在线客服' },
    description: { en: 'Our assistant answers at once; an agent joins when needed, 24/7.', 'zh-CN': '智能助手即时回复，需要时转人工，7×24 小时。' },
    responseMinutes: 2,
    official: true,
  },
  {
    id: 'tickets',
    kind: 'ticket',
    label: { en: 'Support ticket', 'zh-CN': '提交工单' },
    description: {
      en: 'For problems that need evidence: transaction IDs, screenshots, documents.',
      'zh-CN': '适合需要提供凭证的问题：交易哈希、截图、文件。',
    },
    responseMinutes: 12 * 60,
    official: true,
  },
  {
    id: 'email',
    kind: 'email',
    label: { en: 'Email', 'zh-CN': '电子邮件' },
    description: {
      en: 'For non-urgent matters that can wait a day or more.',
      'zh-CN': '适合可以等待一天以上的不紧急事务。',
    },
    target: `support@${DEMO_DOMAIN}`,
    responseMinutes: 24 * 60,
    official: true,
  },
  {
    id: 'vip-desk',
    kind: 'vip',
    label: { en: 'VIP account manager', 'zh-CN': 'VIP 专属客户经理' },
    description: { en: 'Your dedicated manager, for VIP 1 and above.', 'zh-CN': 'VIP 1 及以上用户的专属经理。' },
    target: `vip@${DEMO_DOMAIN}`,
    minVipTier: 1,
    responseMinutes: 15,
    hours: { timeZone: 'Asia/Singapore', weekly: { ...weekdays([['08:00', '22:00']]), sat: [['10:00', '18:00']] }, holidays: ['2026-12-25', '2027-01-01'] },
    official: true,
  },
  {
    id: 'x',
    kind: 'social',
    platform: 'X',
    label: { en: 'X (Twitter) @LifebuoyEx', 'zh-CN': 'X（推特）@LifebuoyEx' },
    description: { en: 'Announcements and status updates. Never share account details here.', 'zh-CN': '公告与状态更新。切勿在此透露账户信息。' },
    target: 'https://x.com/LifebuoyEx',
    official: true,
  },
  {
    id: 'telegram',
    kind: 'community',
    platform: 'Telegram',
    label: { en: 'Telegram community', 'zh-CN': 'Telegram 社群' },
    description: { en: 'Chat with other users. Admins never message you first.', 'zh-CN': '与其他用户交流。管理员绝不会主动私信您。' },
    target: 'https://t.me/LifebuoyExchange',
    official: true,
  },
  {
    id: 'discord',
    kind: 'community',
    platform: 'Discord',
    label: { en: 'Discord server', 'zh-CN': 'Discord 社区' },
    target: 'https://discord.gg/lifebuoyex',
    official: true,
  },
  {
    id: 'wechat',
    kind: 'community',
    platform: 'WeChat',
    label: { en: 'WeChat official account', 'zh-CN': '微信公众号' },
    description: { en: 'Search for this ID in WeChat.', 'zh-CN': '在微信中搜索此 ID。' },
    target: 'LifebuoyExchangeCN',
    regions: ['CN', 'HK', 'TW', 'MO', 'SG', 'MY'],
    official: true,
  },
  {
    id: 'phone-sg',
    kind: 'phone',
    label: { en: 'Phone (Singapore)', 'zh-CN': '电话（新加坡）' },
    description: { en: 'Best for emergencies such as a stolen account.', 'zh-CN': '适合紧急情况，例如账户被盗。' },
    target: '+65 6001 2345',
    regions: ['SG', 'MY'],
    responseMinutes: 3,
    hours: { timeZone: 'Asia/Singapore', weekly: weekdays([['09:00', '18:00']]), holidays: ['2026-12-25', '2027-01-01', '2027-02-06', '2027-02-08'] },
    official: true,
  },
  {
    id: 'phone-uk',
    kind: 'phone',
    label: { en: 'Phone (United Kingdom)', 'zh-CN': '电话（英国）' },
    description: { en: 'Best for emergencies such as a stolen account.', 'zh-CN': '适合紧急情况，例如账户被盗。' },
    target: '+44 20 7946 0123',
    regions: ['GB', 'IE'],
    responseMinutes: 5,
    hours: {
      timeZone: 'Europe/London',
      weekly: { ...weekdays([['08:00', '20:00']]), sat: [['09:00', '13:00']] },
      holidays: ['2026-12-25', '2026-12-28', '2027-01-01', '2027-03-26', '2027-03-29'],
    },
    official: true,
  },
  {
    id: 'phone-us',
    kind: 'phone',
    label: { en: 'Phone (United States)', 'zh-CN': '电话（美国）' },
    description: { en: 'Best for emergencies such as a stolen account.', 'zh-CN': '适合紧急情况，例如账户被盗。' },
    target: '+1 212 555 0142',
    regions: ['US'],
    responseMinutes: 5,
    hours: {
      timeZone: 'America/New_York',
      weekly: { ...weekdays([['07:00', '23:00']]), sat: [['09:00', '17:00']], sun: [['09:00', '17:00']] },
      holidays: ['2026-11-26', '2026-12-25', '2027-01-01'],
    },
    official: true,
  },
  {
    id: 'phone-cn',
    kind: 'phone',
    label: { en: 'Phone (mainland China)', 'zh-CN': '客服热线（中国大陆）' },
    description: { en: 'Mandarin hotline. Best for emergencies such as a stolen account.', 'zh-CN': '普通话热线。适合紧急情况，例如账户被盗。' },
    target: '+86 400 820 0123',
    regions: ['CN'],
    responseMinutes: 3,
    hours: {
      timeZone: 'Asia/Shanghai',
      weekly: { ...weekdays([['09:00', '21:00']]), sat: [['10:00', '18:00']], sun: [['10:00', '18:00']] },
      holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
    },
    official: true,
  },
];

export function createDemoChannels(_context: DemoContext): ChannelsApi {
  return {
    async list() {
      return structuredClone(demoChannels);
    },
  };
}
