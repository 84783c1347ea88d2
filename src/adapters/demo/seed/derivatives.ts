import type { SeedArticle } from './types.js';

export const derivatives: SeedArticle[] = [
  {
    id: 'futures-intro', category: 'derivatives', popularity: 6300, updated: '2026-09-20', related: ['margin-modes', 'liquidation', 'funding-rate'],
    en: {
      title: 'Getting started with perpetual futures',
      tags: ['futures', 'perpetual', 'contract', 'leverage', 'long', 'short', 'derivatives'],
      body: `Perpetual futures let you go **long** (profit if the price rises) or **short** (profit if it falls) with leverage, without an expiry date.

1. Complete the futures knowledge quiz at **Trade → Futures**.
2. Transfer USDT from Spot to your **Futures** account.
3. Choose the margin mode and leverage, then open a position with a limit or market order.

Leverage multiplies gains **and losses**. If your margin falls below the maintenance margin, your position is liquidated. Start with low leverage and always set a stop-loss.`,
    },
    zh: {
      title: '永续合约入门',
      tags: ['合约', '永续合约', '杠杆', '做多', '做空', '衍生品', '期货'],
      body: `永续合约支持加杠杆 **做多**（价格上涨获利）或 **做空**（价格下跌获利），没有交割日。

1. 在 **交易 → 合约** 完成合约知识问答。
2. 将 USDT 从现货账户划转到 **合约账户**。
3. 选择保证金模式和杠杆倍数，用限价单或市价单开仓。

杠杆会同时放大盈利**和亏损**。当保证金低于维持保证金时，仓位会被强制平仓。建议从低杠杆开始，并始终设置止损。`,
    },
  },
  {
    id: 'funding-rate', category: 'derivatives', popularity: 3500, updated: '2026-08-26', related: ['futures-intro', 'futures-fees'],
    en: {
      title: 'What is the funding rate?',
      tags: ['funding fee', 'funding rate', 'funding interval', 'perpetual fee'],
      body: `Perpetual futures have no expiry, so a **funding payment** every 8 hours keeps their price close to the spot index.

- When the funding rate is **positive**, longs pay shorts; when **negative**, shorts pay longs.
- Payment = position value × funding rate. Lifebuoy takes no part of it: it is exchanged between traders.
- You only pay or receive funding if you hold a position at 00:00, 08:00 or 16:00 UTC.

The current rate and a countdown are shown above the order form.`,
    },
    zh: {
      title: '什么是资金费率？',
      tags: ['资金费', '资金费率', '结算时间', '永续合约费用'],
      body: `永续合约没有交割日，因此每 8 小时进行一次 **资金费用** 结算，使合约价格贴近现货指数。

- 资金费率为 **正** 时，多头支付空头；为 **负** 时，空头支付多头。
- 资金费用 = 仓位价值 × 资金费率。费用在交易者之间收付，Lifebuoy 不收取。
- 只有在 UTC 00:00、08:00、16:00 持有仓位时才会收付资金费用。

当前费率及倒计时显示在下单区上方。`,
    },
  },
  {
    id: 'liquidation', category: 'derivatives', popularity: 5400, updated: '2026-10-07', related: ['margin-modes', 'leverage-adjust', 'tp-sl'],
    en: {
      title: 'How liquidation works',
      tags: ['liquidated', 'liquidation price', 'margin call', 'forced close', 'insurance fund', 'lost position'],
      body: `Your position is liquidated when its margin falls to the **maintenance margin** because the mark price moved against you. We use the mark price (not the last price) so a brief spike on one exchange does not liquidate you.

- The estimated **liquidation price** is shown on every position.
- Before liquidation you receive a margin call notification.
- In **isolated** margin you lose at most the position's margin; in **cross** margin your whole futures balance supports the position.

To avoid liquidation: use lower leverage, add margin, or set a stop-loss. Liquidation history is under **Futures → Orders → Liquidations**.`,
    },
    zh: {
      title: '强制平仓（爆仓）机制',
      tags: ['爆仓', '强平', '强平价格', '追加保证金', '保险基金', '仓位没了'],
      body: `当标记价格向不利方向变动、使保证金降至 **维持保证金** 时，仓位会被强制平仓。我们使用标记价格而非最新价，避免单一交易所的瞬时插针导致强平。

- 每个仓位都会显示预估 **强平价格**。
- 强平前您会收到追加保证金提醒。
- **逐仓** 模式下最多损失该仓位的保证金；**全仓** 模式下整个合约账户余额都会用于维持仓位。

避免强平的方法：降低杠杆、追加保证金或设置止损。强平记录见 **合约 → 订单 → 强平记录**。`,
    },
  },
  {
    id: 'margin-modes', category: 'derivatives', popularity: 2600, updated: '2026-07-22', related: ['liquidation', 'leverage-adjust'],
    en: {
      title: 'Cross margin vs isolated margin',
      tags: ['cross margin', 'isolated margin', 'margin mode'],
      body: `- **Isolated margin:** each position has its own margin. If it is liquidated you lose only that margin. Good for limiting risk per trade.
- **Cross margin:** all positions share your futures balance. Profits on one position support another, but a large loss can use up the whole balance.

Change the mode next to the leverage setting. You cannot switch mode while you have an open position or open orders on that contract.`,
    },
    zh: {
      title: '全仓与逐仓的区别',
      tags: ['全仓', '逐仓', '保证金模式'],
      body: `- **逐仓：**每个仓位独立计算保证金，强平时只损失该仓位的保证金，适合控制单笔风险。
- **全仓：**所有仓位共用合约账户余额，一个仓位的盈利可以支撑另一个仓位，但大额亏损可能耗尽全部余额。

在杠杆设置旁切换模式。该合约有持仓或未成交订单时无法切换。`,
    },
  },
  {
    id: 'leverage-adjust', category: 'derivatives', popularity: 2300, updated: '2026-06-11', related: ['margin-modes', 'liquidation'],
    en: {
      title: 'Adjust leverage',
      tags: ['leverage', 'change leverage', 'max leverage', '10x', '100x'],
      body: `Select the leverage number above the order form, move the slider and confirm. Higher leverage needs less margin but brings the liquidation price closer.

Maximum leverage depends on the contract and on position size: the larger the position, the lower the maximum (risk limit tiers). New users are limited to 20x during their first 30 days.

Lowering leverage on an open position is only possible if you have enough available margin.`,
    },
    zh: {
      title: '调整杠杆倍数',
      tags: ['杠杆', '修改杠杆', '最高杠杆', '10倍', '100倍'],
      body: `点击下单区上方的杠杆倍数，拖动滑块并确认。杠杆越高，所需保证金越少，但强平价格离当前价格越近。

最高杠杆取决于合约和仓位规模：仓位越大，最高杠杆越低（风险限额档位）。新用户在注册后 30 天内最高 20 倍。

持仓时降低杠杆，需要有足够的可用保证金。`,
    },
  },
  {
    id: 'tp-sl', category: 'derivatives', popularity: 3200, updated: '2026-09-05', related: ['order-types', 'liquidation'],
    en: {
      title: 'Set take-profit and stop-loss (TP/SL)',
      tags: ['take profit', 'stop loss', 'TP/SL', 'trailing stop', 'close position'],
      body: `A TP/SL closes your position automatically when the mark price reaches a level you choose.

1. When opening a position, tick **TP/SL** and enter the trigger prices; or
2. On an open position, select **TP/SL** and set them afterwards.

TP/SL orders are market orders by default, so the fill price can differ slightly in fast markets. A **trailing stop** follows the price by a set distance and triggers when it reverses.`,
    },
    zh: {
      title: '设置止盈止损（TP/SL）',
      tags: ['止盈', '止损', 'TP/SL', '跟踪止损', '平仓'],
      body: `止盈止损会在标记价格达到您设定的价位时自动平仓。

1. 开仓时勾选 **止盈/止损** 并输入触发价；或
2. 在已有仓位上点击 **止盈/止损** 补充设置。

止盈止损默认以市价单执行，行情剧烈时成交价可能略有偏差。**跟踪止损** 会按设定距离跟随价格，在价格回撤时触发。`,
    },
  },
];
