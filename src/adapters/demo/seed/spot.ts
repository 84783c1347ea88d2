import type { SeedArticle } from './types.js';

export const spot: SeedArticle[] = [
  {
    id: 'spot-place-order', category: 'spot', popularity: 6900, updated: '2026-09-17', related: ['order-types', 'trading-fees', 'order-not-filled'],
    en: {
      title: 'How to place a spot order',
      tags: ['buy', 'sell', 'trade', 'spot', 'first trade', 'BTC/USDT'],
      body: `1. Transfer funds to your **Spot** account (Assets → Transfer) if they are in Funding.
2. Open **Trade → Spot** and search for the pair, for example BTC/USDT.
3. Choose **Buy** or **Sell** and the order type: *Limit* to set your price, *Market* to trade now at the best available price.
4. Enter the price (limit orders) and the amount or total, then confirm.

Filled orders appear under **Order history**; open limit orders under **Open orders**. Fees are deducted from what you receive.`,
    },
    zh: {
      title: '如何进行现货下单',
      tags: ['买入', '卖出', '交易', '现货', '第一次交易', 'BTC/USDT'],
      body: `1. 如资金在资金账户，先划转到 **现货账户**（资产 → 划转）。
2. 打开 **交易 → 现货**，搜索交易对，例如 BTC/USDT。
3. 选择 **买入** 或 **卖出** 以及订单类型：*限价* 自定价格，*市价* 以当前最优价格立即成交。
4. 输入价格（限价单）和数量或金额，然后确认。

成交的订单显示在 **历史订单**，未成交的限价单显示在 **当前委托**。手续费从您收到的资产中扣除。`,
    },
  },
  {
    id: 'order-types', category: 'spot', popularity: 4400, updated: '2026-08-02', related: ['spot-place-order', 'tp-sl', 'order-not-filled'],
    en: {
      title: 'Limit, market and stop-limit orders explained',
      tags: ['limit order', 'market order', 'stop limit', 'stop loss', 'OCO', 'order type'],
      body: `- **Limit order:** buy or sell at your price or better. It waits in the order book until the market reaches it. You pay the maker fee if it rests on the book.
- **Market order:** trades immediately at the best prices available. Fast, but in a thin market the average price can differ from the last price (slippage). Taker fee.
- **Stop-limit order:** when the market reaches your *stop* price, a limit order is placed at your *limit* price. Useful to limit losses or buy a breakout.
- **OCO (one cancels the other):** a limit order and a stop-limit order together; when one fills, the other is cancelled.`,
    },
    zh: {
      title: '限价单、市价单与止盈止损单说明',
      tags: ['限价单', '市价单', '止损限价', '止损', 'OCO', '订单类型'],
      body: `- **限价单：**以您设定的价格或更优价格买卖，在订单簿中等待成交。挂单成交时收取 Maker 费率。
- **市价单：**以当前最优价格立即成交。速度快，但在深度不足时成交均价可能偏离最新价（滑点）。收取 Taker 费率。
- **止损限价单：**当市场价格达到 *触发价* 时，以您设定的 *限价* 下单。可用于控制亏损或追突破。
- **OCO（二选一）：**同时下一笔限价单和一笔止损限价单，其中一笔成交后另一笔自动撤销。`,
    },
  },
  {
    id: 'order-not-filled', category: 'spot', popularity: 3800, updated: '2026-09-01', related: ['order-types', 'cancel-order'],
    en: {
      title: "Why hasn't my order been filled?",
      tags: ['order not executed', 'order open', 'not filled', 'partially filled', 'order stuck'],
      body: `A limit order fills only when someone is willing to trade at your price.

- **Buy orders** fill when the best ask falls to your price; **sell orders** when the best bid rises to it.
- The last traded price touching your price is not enough: orders at the same price before yours fill first.
- Large orders can be **partially filled**; the rest stays open.

To fill now, cancel the order and place it closer to the market, or use a market order. Open orders lock the funds they need until they fill or you cancel them.`,
    },
    zh: {
      title: '为什么我的订单没有成交？',
      tags: ['订单未成交', '挂单不成交', '部分成交', '订单卡住', '委托未成交'],
      body: `限价单只有在有人愿意以您的价格交易时才会成交。

- **买单**在卖一价降到您的价格时成交；**卖单**在买一价涨到您的价格时成交。
- 最新成交价触及您的价格并不一定成交：同一价格上更早的订单优先成交。
- 大额订单可能 **部分成交**，剩余部分继续挂单。

如需立即成交，可撤单后以更接近市价的价格重新下单，或使用市价单。未成交的订单会冻结所需资金，直到成交或撤单。`,
    },
  },
  {
    id: 'cancel-order', category: 'spot', popularity: 2200, updated: '2026-05-30', related: ['order-not-filled', 'spot-place-order'],
    en: {
      title: 'Cancel an open order',
      tags: ['cancel order', 'revoke order', 'frozen balance', 'locked funds'],
      body: `Open **Trade → Spot → Open orders** and select **Cancel** next to the order, or **Cancel all** to cancel every open order on the pair.

Cancelling releases the funds locked by the order at once. A partially filled order keeps its filled part; only the rest is cancelled. If a cancel fails with "order already filled", the order was completed before your request arrived — check Order history.`,
    },
    zh: {
      title: '撤销未成交订单',
      tags: ['撤单', '取消订单', '冻结余额', '资金被冻结'],
      body: `打开 **交易 → 现货 → 当前委托**，点击订单旁的 **撤单**，或点击 **全部撤单** 撤销该交易对的所有订单。

撤单后订单冻结的资金立即释放。部分成交的订单保留已成交部分，仅撤销剩余部分。如果撤单提示"订单已成交"，说明订单在请求到达前已完成——请查看历史订单。`,
    },
  },
  {
    id: 'convert', category: 'spot', popularity: 5100, updated: '2026-10-09', related: ['spot-place-order', 'trading-fees'],
    en: {
      title: 'Convert one crypto to another instantly',
      tags: ['convert', 'swap', 'exchange coins', 'instant trade', 'dust'],
      body: `Convert swaps coins at a quoted price with no order book and no trading fee (the spread is included in the quote).

1. Go to **Trade → Convert**.
2. Choose the coin to spend and the coin to receive, and enter an amount.
3. Select **Preview**: the quote is valid for 8 seconds.
4. Confirm. The converted coins arrive in your Funding account immediately.

Use **Convert small balances** to turn leftover "dust" into BNB or USDT once every 6 hours.`,
    },
    zh: {
      title: '闪兑：一键兑换币种',
      tags: ['闪兑', '兑换', '换币', '即时兑换', '小额资产'],
      body: `闪兑按报价直接兑换币种，无需订单簿，也不收取交易手续费（价差已包含在报价中）。

1. 进入 **交易 → 闪兑**。
2. 选择支付币种和获得币种，输入数量。
3. 点击 **预览**，报价有效期 8 秒。
4. 确认后，兑换所得立即到达资金账户。

可使用 **小额资产兑换** 每 6 小时将零散余额兑换为 BNB 或 USDT。`,
    },
  },
  {
    id: 'delisting', category: 'spot', popularity: 2700, updated: '2026-10-24', related: ['withdraw-crypto', 'convert'],
    en: {
      title: 'A token is being delisted: what happens to my assets?',
      tags: ['delisting', 'delist', 'removed token', 'trading pair removed'],
      body: `When we delist a token we announce it at least 7 days in advance. On the delisting date:

- Trading pairs stop and all open orders on them are cancelled.
- Deposits stop; withdrawals stay open for **90 days** after delisting.
- Where possible, remaining balances are converted to USDT afterwards and credited to your account.

Withdraw the token to a wallet you control before the deadline if you want to keep it.`,
    },
    zh: {
      title: '代币下架后我的资产怎么办？',
      tags: ['下架', '下币', '代币下线', '交易对下线'],
      body: `下架代币前我们至少提前 7 天公告。下架当天：

- 相关交易对停止交易，所有未成交订单自动撤销。
- 停止充值；提现在下架后 **90 天** 内仍可进行。
- 期满后剩余余额将尽可能兑换为 USDT 并发放到您的账户。

如希望继续持有，请在截止日期前将代币提现到您自己控制的钱包。`,
    },
  },
];
