import type { SeedArticle } from './types.js';

export const vip: SeedArticle[] = [
  {
    id: 'vip-program', category: 'vip', popularity: 3100, updated: '2026-10-03', related: ['vip-upgrade', 'vip-manager', 'trading-fees'],
    en: {
      title: 'VIP levels and benefits',
      tags: ['VIP', 'VIP tiers', 'benefits', 'lower fees', 'institutional'],
      body: `VIP levels 1–9 reward active traders and large holders:

- Lower maker and taker fees at every level (down to 0.012% / 0.024% spot at VIP 9).
- Higher withdrawal limits and priority withdrawal review.
- A dedicated account manager from VIP 2, reachable through the VIP channel in this widget.
- Faster support: VIP chats skip the queue.

Your level and the requirements for the next one are on **Profile → VIP**.`,
    },
    zh: {
      title: 'VIP 等级与权益',
      tags: ['VIP', 'VIP 等级', '权益', '降低手续费', '机构'],
      body: `VIP 1–9 级面向活跃交易者和大额持仓用户：

- 各等级均享更低的 Maker 与 Taker 费率（VIP 9 现货低至 0.012% / 0.024%）。
- 更高的提现额度和优先提现审核。
- VIP 2 起配备专属客户经理，可通过本窗口的 VIP 渠道联系。
- 更快的客服响应：VIP 会话无需排队。

当前等级及升级条件见 **个人中心 → VIP**。`,
    },
  },
  {
    id: 'vip-upgrade', category: 'vip', popularity: 2200, updated: '2026-09-16', related: ['vip-program'],
    en: {
      title: 'How your VIP level is calculated',
      tags: ['VIP requirements', 'trading volume', '30-day volume', 'asset balance', 'upgrade VIP'],
      body: `Your level is recalculated every day at 00:00 UTC from either:

- your **30-day trading volume** (spot plus futures, in USD), or
- your **average daily asset balance** over the last 30 days.

Whichever gives the higher level counts. A level drops only if you miss both requirements for two consecutive days. Sub-account volume counts toward the main account.`,
    },
    zh: {
      title: 'VIP 等级如何计算',
      tags: ['VIP 条件', '交易量', '30 天交易量', '资产余额', '升级 VIP'],
      body: `每天 UTC 00:00 根据以下任一标准重新计算等级：

- **30 天交易量**（现货加合约，按美元计），或
- 过去 30 天的 **日均资产余额**。

以两者中较高的等级为准。只有连续两天两项条件都未达到才会降级。子账户交易量计入主账户。`,
    },
  },
  {
    id: 'vip-manager', category: 'vip', popularity: 1400, updated: '2026-08-05', related: ['vip-program', 'verify-official-channel'],
    en: {
      title: 'Contact your VIP account manager',
      tags: ['account manager', 'VIP support', 'VIP contact', 'relationship manager'],
      body: `From VIP 2 your account manager is shown on **Profile → VIP** and in the VIP channel of this widget.

Before sharing anything, check that you are talking to the real manager: use the **Verify** tool on any Telegram handle, email or phone number. Your manager will **never** ask for your password, 2FA codes, API secret or seed phrase, and will never ask you to move funds to "a safer account".`,
    },
    zh: {
      title: '联系您的 VIP 客户经理',
      tags: ['客户经理', 'VIP 客服', 'VIP 联系方式', '专属经理'],
      body: `VIP 2 起，您的专属客户经理显示在 **个人中心 → VIP** 以及本窗口的 VIP 渠道中。

分享任何信息前，请先确认对方是真正的经理：对任何 Telegram 账号、邮箱或电话号码使用 **官方验证** 工具核实。客户经理**绝不会**索要您的密码、2FA 验证码、API Secret 或助记词，也绝不会让您把资金转到"更安全的账户"。`,
    },
  },
  {
    id: 'sub-accounts', category: 'vip', popularity: 1100, updated: '2026-07-09', related: ['vip-upgrade', 'api-create'],
    en: {
      title: 'Create and manage sub-accounts',
      tags: ['sub-account', 'subaccount', 'multiple accounts', 'institution', 'fund manager'],
      body: `Sub-accounts let VIP and institutional users separate strategies and teams under one verified main account.

1. Go to **Profile → Sub-accounts → Create**.
2. Give it a name and choose which products it may use (spot, futures).
3. Transfer funds from the main account; transfers between your accounts are free.

Each sub-account can have its own API keys. Sub-accounts cannot withdraw directly unless you allow it, and their trading volume counts toward your VIP level.`,
    },
    zh: {
      title: '创建和管理子账户',
      tags: ['子账户', '多账户', '机构', '资管'],
      body: `子账户让 VIP 和机构用户在一个已认证主账户下分隔不同策略和团队。

1. 进入 **个人中心 → 子账户 → 创建**。
2. 设置名称，选择可使用的产品（现货、合约）。
3. 从主账户划转资金，账户间划转免费。

每个子账户可创建独立的 API Key。未经您允许，子账户不能直接提现；其交易量计入您的 VIP 等级。`,
    },
  },
];
