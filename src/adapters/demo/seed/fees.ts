import type { SeedArticle } from './types.js';

export const fees: SeedArticle[] = [
  {
    id: 'trading-fees', category: 'fees', popularity: 6800, updated: '2026-10-15', related: ['fee-discount-token', 'vip-program', 'futures-fees'],
    en: {
      title: 'Trading fees: maker and taker',
      tags: ['fee rate', 'maker fee', 'taker fee', 'commission', 'spot fees', 'how much fee'],
      body: `Spot trades pay a percentage of the trade value:

- **Maker** (your order waits in the order book and adds liquidity): 0.10%
- **Taker** (your order fills immediately against the book, e.g. market orders): 0.10%

VIP levels lower both rates, and paying fees with LBT gives a further 25% off. The fee is taken from the asset you receive: buying BTC with USDT, the fee is charged in BTC.

Your current rates are on **Profile → Fee rates**. Every fill's fee is listed in **Order history → Trade history**.`,
    },
    zh: {
      title: '交易手续费：Maker 与 Taker',
      tags: ['手续费率', '挂单费', '吃单费', '佣金', '现货手续费', '手续费多少'],
      body: `现货交易按成交金额收取手续费：

- **Maker**（挂单，订单进入订单簿提供流动性）：0.10%
- **Taker**（吃单，订单立即与订单簿成交，例如市价单）：0.10%

VIP 等级可降低两项费率，使用 LBT 抵扣手续费可再享 75 折。手续费从您获得的资产中扣除：用 USDT 买 BTC 时，手续费以 BTC 收取。

当前费率见 **个人中心 → 费率**，每笔成交的手续费见 **历史订单 → 成交明细**。`,
    },
  },
  {
    id: 'withdrawal-fees', category: 'fees', popularity: 5000, updated: '2026-10-25', related: ['withdraw-crypto', 'withdrawal-limits', 'deposit-fees'],
    en: {
      title: 'Withdrawal fees by network',
      tags: ['withdrawal fee', 'network fee', 'gas fee', 'cheapest network', 'USDT fee'],
      body: `A withdrawal fee covers the blockchain's network (gas) fee; it depends on the **network**, not on the amount.

- USDT on **TRC20**: about 1 USDT
- USDT on **ERC20**: about 3–8 USDT (varies with Ethereum gas)
- USDT on **BEP20**, **Arbitrum**, **Solana**: under 1 USDT
- BTC: about 0.0002 BTC

The exact fee is shown on the withdrawal page before you confirm and is updated as network conditions change. Withdrawals between Lifebuoy accounts (by UID, email or phone) are free and instant.`,
    },
    zh: {
      title: '各网络提现手续费',
      tags: ['提现手续费', '提币手续费', '网络费', 'Gas 费', '哪个网络便宜', 'USDT 手续费'],
      body: `提现手续费用于支付区块链网络（Gas）费用，取决于 **网络** 而非提现数量。

- **TRC20** 网络 USDT：约 1 USDT
- **ERC20** 网络 USDT：约 3–8 USDT（随以太坊 Gas 变化）
- **BEP20**、**Arbitrum**、**Solana** 网络 USDT：低于 1 USDT
- BTC：约 0.0002 BTC

确认前提现页面会显示准确费用，并随网络状况更新。Lifebuoy 用户之间的内部转账（通过 UID、邮箱或手机号）免费且即时到账。`,
    },
  },
  {
    id: 'fee-discount-token', category: 'fees', popularity: 2500, updated: '2026-08-19', related: ['trading-fees', 'vip-program'],
    en: {
      title: 'Pay trading fees with LBT for a 25% discount',
      tags: ['LBT', 'fee discount', 'platform token', 'BNB', 'cheaper fees'],
      body: `Hold LBT (Lifebuoy Token) in your Spot account and turn on **Profile → Fee rates → Pay fees with LBT**. Spot fees are then charged in LBT at a 25% discount; futures fees at 10%.

If your LBT balance is too low for a fee, that fee is charged normally in the received asset. The discount combines with your VIP level.`,
    },
    zh: {
      title: '使用 LBT 抵扣手续费享 75 折',
      tags: ['LBT', '手续费折扣', '平台币', 'BNB 抵扣', '降低手续费'],
      body: `在现货账户持有 LBT（Lifebuoy 平台币），并开启 **个人中心 → 费率 → 使用 LBT 抵扣手续费**。现货手续费将以 LBT 收取并享 75 折，合约手续费享 9 折。

LBT 余额不足时，该笔手续费按常规方式以获得的资产收取。折扣可与 VIP 等级叠加。`,
    },
  },
  {
    id: 'futures-fees', category: 'fees', popularity: 2000, updated: '2026-09-08', related: ['funding-rate', 'trading-fees'],
    en: {
      title: 'Futures trading fees',
      tags: ['futures fee', 'contract fee', 'maker taker futures', 'liquidation fee'],
      body: `USDT-margined futures charge **0.02% maker** and **0.05% taker** on the position value (not on your margin). With 10x leverage, a 1,000 USDT margin position of 10,000 USDT pays 5 USDT as taker.

Other costs: funding payments every 8 hours (between traders) and a liquidation clearance fee if a position is liquidated. VIP levels and LBT lower the trading fee.`,
    },
    zh: {
      title: '合约交易手续费',
      tags: ['合约手续费', '永续手续费', '合约挂单吃单', '强平费'],
      body: `U 本位合约按仓位价值（而非保证金）收取 **Maker 0.02%**、**Taker 0.05%**。例如 10 倍杠杆、保证金 1,000 USDT 的 10,000 USDT 仓位，吃单手续费为 5 USDT。

其他费用：每 8 小时在交易者之间收付的资金费用，以及仓位被强平时的强平清算费。VIP 等级和 LBT 抵扣可降低手续费。`,
    },
  },
  {
    id: 'deposit-fees', category: 'fees', popularity: 1800, updated: '2026-05-14', related: ['withdrawal-fees', 'deposit-crypto', 'deposit-fiat-card'],
    en: {
      title: 'Are deposits free?',
      tags: ['deposit fee', 'free deposit', 'card fee', 'charges'],
      body: `Crypto deposits are free: Lifebuoy charges nothing, though the sending platform charges its own withdrawal (network) fee.

Buying crypto with a card carries a processing fee of up to 1.8%, shown in the quote. P2P trades have no fee for takers. Small recovery fees apply only when we recover a deposit sent with a missing memo or on a wrong network.`,
    },
    zh: {
      title: '充值收费吗？',
      tags: ['充值手续费', '免费充值', '银行卡手续费', '收费'],
      body: `加密货币充值免费：Lifebuoy 不收取任何费用，但转出平台会收取其提现（网络）手续费。

银行卡买币收取最高 1.8% 的通道费，已包含在报价中。P2P 交易的吃单方不收取手续费。只有在为漏填 Memo 或选错网络的充值申请找回时，才会收取少量找回费用。`,
    },
  },
];
