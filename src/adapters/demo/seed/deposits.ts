import type { SeedArticle } from './types.js';

export const deposits: SeedArticle[] = [
  {
    id: 'deposit-crypto', category: 'deposits', popularity: 9100, updated: '2026-10-20', related: ['deposit-not-credited', 'deposit-confirmations', 'deposit-wrong-network'],
    en: {
      title: 'How to deposit crypto',
      tags: ['deposit', 'receive crypto', 'deposit address', 'transfer in', 'top up'],
      body: `1. Go to **Assets → Deposit** and pick the coin, for example USDT.
2. Choose the **network**. It must be the same network the sending wallet or exchange uses (for USDT: TRC20, ERC20, BEP20, Solana…).
3. Copy the deposit address, or scan the QR code. Some coins (XRP, XLM, EOS, TON, ATOM) also show a **memo / tag**: you must enter it on the sending side, or the deposit cannot be matched to your account.
4. Send a small test amount first when using a new address.

The deposit appears in **Assets → History** as soon as it is seen on chain, and becomes available after the required number of network confirmations.

Your deposit address is reusable. Always copy it from this page: malware can replace addresses in your clipboard, so compare the first and last characters before sending.`,
    },
    zh: {
      title: '如何充值加密货币（充币）',
      tags: ['充币', '充值', '充值地址', '转入', '入金'],
      body: `1. 进入 **资产 → 充值**，选择币种，例如 USDT。
2. 选择 **网络**，必须与转出钱包或交易所使用的网络一致（USDT 可选 TRC20、ERC20、BEP20、Solana 等）。
3. 复制充值地址或扫描二维码。部分币种（XRP、XLM、EOS、TON、ATOM）还会显示 **Memo / 标签**：转出时必须填写，否则无法匹配到您的账户。
4. 使用新地址时，建议先小额测试。

交易在链上被发现后即显示在 **资产 → 历史记录** 中，达到所需网络确认数后即可使用。

充值地址可重复使用。请始终从本页面复制地址：恶意软件可能篡改剪贴板中的地址，转账前请核对地址首尾字符。`,
    },
  },
  {
    id: 'deposit-not-credited', category: 'deposits', popularity: 12800, updated: '2026-11-02', related: ['deposit-confirmations', 'deposit-missing-memo', 'deposit-wrong-network'],
    en: {
      title: 'Deposit not credited? What to check',
      tags: ['deposit not received', 'deposit missing', 'deposit not arrived', 'deposit pending', 'where is my deposit', 'not showing', 'stuck'],
      body: `Most "missing" deposits are still waiting for network confirmations. Check these in order:

1. **Find the TXID** (transaction hash) in the wallet or exchange you sent from, and open it in a block explorer.
2. **Confirmations:** if the transaction is not yet confirmed, or has fewer confirmations than we require, the deposit will arrive on its own. See the confirmation numbers in *How many confirmations do deposits need?*
3. **Address and network:** the receiving address must be exactly your deposit address, on the network you selected. Funds sent on another network need a recovery.
4. **Memo / tag:** for coins that need one, a missing or wrong memo means we cannot match the deposit automatically.
5. **Service status:** deposits for a network may be paused during wallet maintenance — see the status notice at the top of this widget.

If the transaction has enough confirmations and more than 1 hour has passed, submit a ticket with your **UID, coin, network, amount and TXID**. We will never ask for your password or private keys to trace a deposit.`,
    },
    zh: {
      title: '充币未到账怎么办？',
      tags: ['充币不到账', '充值没到账', '充值未到账', '充币没到', '充值不显示', '到账慢', '入金没到'],
      body: `大多数"没到账"的充值其实还在等待网络确认。请按以下顺序排查：

1. **找到 TXID**（交易哈希）：在转出方的钱包或交易所中找到，并在区块浏览器中打开。
2. **确认数：**如果交易尚未确认，或确认数低于我们的要求，到达后会自动入账。各币种确认数请见《充值需要多少个网络确认？》。
3. **地址和网络：**接收地址必须与您的充值地址完全一致，且网络与所选网络相同。选错网络需要申请找回。
4. **Memo / 标签：**需要 Memo 的币种若漏填或填错，系统无法自动入账。
5. **服务状态：**钱包维护期间某些网络的充值可能暂停，请查看本窗口顶部的状态公告。

如果交易确认数已足够且超过 1 小时仍未到账，请提交工单并提供 **UID、币种、网络、金额和 TXID**。查询充值时我们绝不会索要您的密码或私钥。`,
    },
  },
  {
    id: 'deposit-missing-memo', category: 'deposits', popularity: 6400, updated: '2026-09-25', related: ['deposit-not-credited', 'deposit-crypto'],
    en: {
      title: 'I forgot the memo / tag on my deposit',
      tags: ['memo', 'tag', 'destination tag', 'XRP', 'TON comment', 'missing memo', 'wrong memo'],
      body: `Coins such as XRP, XLM, EOS, TON, ATOM and HBAR send every customer's deposit to one shared address; the **memo** (also called tag, destination tag or comment) tells us whose it is. Without it the deposit cannot be credited automatically, but it is not lost.

1. Go to **Assets → Deposit → Deposit not credited?**
2. Select **Missing or wrong memo** and enter the coin, network and TXID.
3. Confirm you are the sender: you may be asked for a screenshot of the withdrawal record from the sending platform.

Recoveries are usually processed within 3 business days. A recovery fee may apply for small amounts. Next time, copy the memo together with the address.`,
    },
    zh: {
      title: '充值忘记填写 Memo / 标签',
      tags: ['Memo', '标签', 'Tag', 'XRP 标签', 'TON 备注', '漏填 memo', 'memo 填错'],
      body: `XRP、XLM、EOS、TON、ATOM、HBAR 等币种的充值会进入同一个共享地址，**Memo**（也叫标签、Tag 或备注）用于识别是谁的充值。漏填时无法自动入账，但资产并没有丢失。

1. 进入 **资产 → 充值 → 充值未到账？**
2. 选择 **Memo 漏填或填错**，填写币种、网络和 TXID。
3. 证明您是转出方：可能需要提供转出平台提现记录的截图。

找回通常在 3 个工作日内处理，小额找回可能收取手续费。下次充值时请将 Memo 与地址一并复制。`,
    },
  },
  {
    id: 'deposit-wrong-network', category: 'deposits', popularity: 7000, updated: '2026-10-11', related: ['deposit-not-credited', 'deposit-unsupported-token', 'withdrawal-not-received'],
    en: {
      title: 'Sent crypto on the wrong network',
      tags: ['wrong chain', 'wrong network', 'ERC20 instead of TRC20', 'BEP20', 'recover funds', 'wrong address'],
      body: `If you sent a coin on a network we do not support for it (for example USDT on BEP20 to an ERC20-only address), the funds did not reach our deposit system.

- **If the address is one of ours on the other network** (EVM networks such as Ethereum, BNB Smart Chain, Arbitrum and Polygon share addresses), we can often recover it. Submit a recovery request at **Assets → Deposit → Deposit not credited?** with the TXID.
- **If the network is not EVM-compatible** (sending to a Tron address on Ethereum is impossible, for instance), the transfer would have failed or went elsewhere: check the explorer.

Recovery is not guaranteed, takes up to 14 days and may carry a fee. Always choose the same network on both sides.`,
    },
    zh: {
      title: '充值选错了网络',
      tags: ['选错链', '选错网络', 'ERC20 充到 TRC20', 'BEP20', '找回资产', '充错地址'],
      body: `如果您使用了我们不支持的网络充值（例如用 BEP20 向仅支持 ERC20 的地址充 USDT），资产不会进入充值系统。

- **如果该地址在另一网络上也属于我们**（以太坊、BNB Smart Chain、Arbitrum、Polygon 等 EVM 网络地址相同），通常可以找回。请在 **资产 → 充值 → 充值未到账？** 提交找回申请并附上 TXID。
- **如果网络不兼容 EVM**（例如无法在以太坊上向 Tron 地址转账），转账会失败或转到了别处：请在区块浏览器中核查。

找回不保证成功，最长需要 14 天，并可能收取手续费。充提两端请务必选择相同网络。`,
    },
  },
  {
    id: 'deposit-confirmations', category: 'deposits', popularity: 5200, updated: '2026-10-01', related: ['deposit-not-credited', 'deposit-crypto'],
    en: {
      title: 'How many network confirmations do deposits need?',
      tags: ['confirmations', 'block confirmations', 'deposit time', 'how long deposit', 'unlock deposit'],
      body: `A deposit is credited after enough blocks are added on top of it, so it cannot be reversed. Typical numbers:

- **BTC:** 1 confirmation to credit, 2 to withdraw (about 10–30 minutes)
- **ETH and ERC20 tokens:** 12 confirmations (about 3 minutes)
- **TRX and TRC20 (USDT):** 20 confirmations (about 1 minute)
- **BNB Smart Chain (BEP20):** 15 confirmations
- **Solana:** finalized (under a minute)

The exact number for each coin is shown on the deposit page. When a network is congested, confirmations can take much longer; the deposit arrives without any action from you.`,
    },
    zh: {
      title: '充值需要多少个网络确认？',
      tags: ['确认数', '区块确认', '充值多久到账', '到账时间', '充值解锁'],
      body: `充值需要在其后追加足够多的区块、确保不可逆后才会入账。常见确认数：

- **BTC：**1 个确认入账，2 个确认可提现（约 10–30 分钟）
- **ETH 及 ERC20 代币：**12 个确认（约 3 分钟）
- **TRX 及 TRC20（USDT）：**20 个确认（约 1 分钟）
- **BNB Smart Chain（BEP20）：**15 个确认
- **Solana：**最终确认（不到 1 分钟）

各币种的具体确认数以充值页面显示为准。网络拥堵时确认可能慢很多，达到后会自动入账，无需任何操作。`,
    },
  },
  {
    id: 'deposit-fiat-card', category: 'deposits', popularity: 4600, updated: '2026-08-08', related: ['kyc-verify-identity', 'p2p-buy', 'deposit-fees'],
    en: {
      title: 'Buy crypto with a bank card',
      tags: ['credit card', 'debit card', 'Visa', 'Mastercard', 'buy crypto', 'card payment declined', 'fiat'],
      body: `1. Complete identity verification (Lv1).
2. Go to **Buy crypto → Card**, choose the currency you pay with and the coin you want.
3. Add a Visa or Mastercard in **your own name** and pass the 3-D Secure check in your bank's app.
4. Confirm the quote within 60 seconds.

Coins arrive in your Funding account within minutes. If the payment was declined, your bank may block crypto purchases — try another card or use P2P. A declined payment is never charged; a pending authorisation is released by your bank within 7 days.`,
    },
    zh: {
      title: '使用银行卡买币',
      tags: ['信用卡', '借记卡', 'Visa', 'Mastercard', '买币', '银行卡支付失败', '法币'],
      body: `1. 完成身份认证（Lv1）。
2. 进入 **买币 → 银行卡**，选择支付币种和想要购买的币种。
3. 添加**本人名下**的 Visa 或 Mastercard，并在银行 App 中完成 3-D Secure 验证。
4. 在 60 秒内确认报价。

数字资产几分钟内到达资金账户。若支付被拒，可能是银行限制了加密货币交易——请换卡或使用 P2P。被拒的支付不会扣款；预授权冻结的金额会在 7 天内由银行退回。`,
    },
  },
  {
    id: 'deposit-unsupported-token', category: 'deposits', popularity: 2100, updated: '2026-06-27', related: ['deposit-wrong-network', 'deposit-not-credited'],
    en: {
      title: 'I deposited a token that is not listed',
      tags: ['unsupported token', 'unlisted coin', 'token not supported', 'airdrop', 'recover'],
      body: `Tokens we do not list are not credited, even if they were sent to a valid deposit address.

If you sent an unlisted token on a supported network, you can request a recovery at **Assets → Deposit → Deposit not credited?** Provide the contract address and the TXID. Recoveries are reviewed case by case, can take up to 30 days and carry a fee.

Unknown tokens that appear in your wallet ("airdrops") can be scams: never visit the website named in the token or sign transactions to "claim" them.`,
    },
    zh: {
      title: '充值了未上线的代币',
      tags: ['不支持的代币', '未上线币种', '代币不支持', '空投', '找回'],
      body: `我们未上线的代币即使转入了有效的充值地址，也不会入账。

如果您在支持的网络上转入了未上线代币，可在 **资产 → 充值 → 充值未到账？** 申请找回，需提供合约地址和 TXID。找回逐笔审核，最长 30 天，并收取手续费。

钱包中出现的陌生代币（"空投"）可能是骗局：切勿访问代币名称中的网站，也不要为"领取"而签名任何交易。`,
    },
  },
];
