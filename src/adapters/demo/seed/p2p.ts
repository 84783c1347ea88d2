import type { SeedArticle } from './types.js';

export const p2p: SeedArticle[] = [
  {
    id: 'p2p-buy', category: 'p2p', popularity: 7300, updated: '2026-10-12', related: ['p2p-safety', 'p2p-appeal', 'deposit-fiat-card'],
    en: {
      title: 'How to buy crypto on P2P',
      tags: ['P2P', 'buy USDT', 'bank transfer', 'local currency', 'peer to peer', 'OTC'],
      body: `On P2P you buy directly from other users, paying with your local payment method. The seller's crypto is held in **escrow** by Lifebuoy until you pay.

1. Go to **Buy crypto → P2P**, choose the coin, your currency and payment method.
2. Pick an ad from a merchant with a high completion rate. Check the limits and payment terms.
3. Place the order and pay the seller **outside Lifebuoy** within the time limit, using an account in your own name.
4. Select **Transferred, notify seller**. The seller releases the crypto from escrow.

Never write "crypto", "USDT" or "Lifebuoy" in the payment reference, and never tap **Transferred** before you really paid.`,
    },
    zh: {
      title: '如何在 P2P 买币',
      tags: ['P2P', '买 USDT', '银行转账', '法币', '场外', 'C2C', 'OTC'],
      body: `P2P 交易是您直接向其他用户购买，使用本地支付方式付款。卖家的数字资产在您付款前由 Lifebuoy **托管**。

1. 进入 **买币 → P2P**，选择币种、法币和支付方式。
2. 选择成单率高的商家广告，查看限额和付款条款。
3. 下单后在时限内 **在 Lifebuoy 之外** 使用本人名下账户向卖家付款。
4. 点击 **我已付款，通知卖家**，卖家确认后放币。

付款备注中切勿填写"加密货币""USDT"或"Lifebuoy"，未真正付款前切勿点击 **我已付款**。`,
    },
  },
  {
    id: 'p2p-sell', category: 'p2p', popularity: 4000, updated: '2026-09-14', related: ['p2p-payment-not-received', 'p2p-safety'],
    en: {
      title: 'How to sell crypto on P2P',
      tags: ['sell USDT', 'cash out', 'P2P sell', 'release crypto'],
      body: `1. Add a payment method in your own name at **P2P → Profile → Payment methods**.
2. Go to **P2P → Sell**, choose the coin and an ad, and enter the amount. The crypto moves into escrow.
3. Wait for the buyer to pay. **Open your bank app and confirm the money has arrived** in your account — do not rely on screenshots or SMS.
4. Select **Release** and confirm with 2FA.

Once released, crypto cannot be recovered. If the buyer says they paid but nothing has arrived, do not release: file an appeal.`,
    },
    zh: {
      title: '如何在 P2P 卖币',
      tags: ['卖 USDT', '出金', 'P2P 卖出', '放币'],
      body: `1. 在 **P2P → 个人资料 → 收款方式** 添加本人名下的收款方式。
2. 进入 **P2P → 出售**，选择币种和广告并输入数量，数字资产将进入托管。
3. 等待买家付款。**打开银行 App 确认款项确实到账**——不要相信截图或短信。
4. 点击 **放币** 并输入 2FA 验证码确认。

放币后无法追回。如买家称已付款但您未收到，请不要放币，立即发起申诉。`,
    },
  },
  {
    id: 'p2p-appeal', category: 'p2p', popularity: 3400, updated: '2026-10-16', related: ['p2p-payment-not-received', 'p2p-safety'],
    en: {
      title: 'File a P2P appeal',
      tags: ['appeal', 'dispute', 'seller not releasing', 'P2P problem', 'order dispute'],
      body: `If the other party does not respond or does not release, you can appeal once the payment window ends.

1. Open the order and select **Appeal**.
2. Choose the reason and upload evidence: the payment receipt or bank statement showing the sender, receiver, amount and time.
3. Keep talking only in the order chat. Our P2P team joins it, usually within 30 minutes.

The crypto stays in escrow during the appeal, so it is safe. A Lifebuoy agent in the order chat is marked as verified; nobody from Lifebuoy will contact you on WhatsApp or Telegram about an appeal.`,
    },
    zh: {
      title: '发起 P2P 申诉',
      tags: ['申诉', '纠纷', '卖家不放币', 'P2P 问题', '订单纠纷'],
      body: `若对方无响应或不放币，付款时限结束后即可申诉。

1. 打开订单，点击 **申诉**。
2. 选择原因并上传凭证：显示付款人、收款人、金额和时间的付款回单或银行流水。
3. 只在订单聊天中沟通，P2P 客服通常会在 30 分钟内介入。

申诉期间数字资产仍在托管中，是安全的。订单聊天中的 Lifebuoy 客服带有认证标识；Lifebuoy 工作人员不会通过 WhatsApp 或 Telegram 联系您处理申诉。`,
    },
  },
  {
    id: 'p2p-payment-not-received', category: 'p2p', popularity: 2800, updated: '2026-09-28', related: ['p2p-appeal', 'p2p-sell'],
    en: {
      title: 'The buyer marked the order paid, but I have not received the money',
      tags: ['buyer paid not received', 'fake payment', 'fake receipt', 'payment pending'],
      body: `Do **not** release the crypto. Bank transfers can take time, and fake receipts are a common scam.

1. Check the incoming payment in your bank app (not SMS or email, which can be faked).
2. Ask the buyer in the order chat for the payment reference and time.
3. If nothing arrives within the payment window, select **Appeal** and upload your bank statement.

If the money arrives from a name different from the buyer's verified name, do not release; appeal and return the payment only when our team tells you to.`,
    },
    zh: {
      title: '买家已标记付款，但我没收到钱',
      tags: ['买家说已付款', '没收到款', '假付款截图', '假回单'],
      body: `**切勿**放币。银行转账可能有延迟，而伪造付款凭证是常见骗局。

1. 在银行 App 中核对入账记录（不要相信可伪造的短信或邮件）。
2. 在订单聊天中向买家索要付款流水号和付款时间。
3. 付款时限内仍未到账，请点击 **申诉** 并上传银行流水。

如果付款人姓名与买家的实名不一致，请不要放币；发起申诉，并在客服指示后再退回款项。`,
    },
  },
  {
    id: 'p2p-safety', category: 'p2p', popularity: 3000, updated: '2026-10-30', related: ['p2p-buy', 'p2p-sell', 'impersonation-scams'],
    en: {
      title: 'P2P safety rules',
      tags: ['P2P scam', 'P2P fraud', 'safe trading', 'frozen bank account'],
      body: `- Trade only inside the P2P order: never move the conversation to WhatsApp, Telegram or phone.
- Pay and receive only with accounts in your own name, matching your verified identity.
- As a seller, release only after you see the money in your own bank app.
- As a buyer, never mark an order paid before paying.
- Ignore anyone offering a better price "off the platform": escrow protects only orders on Lifebuoy.
- Money from unknown third parties can get your bank account frozen: reject it and appeal.`,
    },
    zh: {
      title: 'P2P 交易安全须知',
      tags: ['P2P 诈骗', 'P2P 骗局', '安全交易', '银行卡被冻结'],
      body: `- 只在 P2P 订单内交易：切勿转到 WhatsApp、Telegram 或电话沟通。
- 只使用与实名一致的本人账户付款和收款。
- 作为卖家，只有在自己的银行 App 中看到到账后才放币。
- 作为买家，付款前切勿标记已付款。
- 忽略任何"平台外交易更优惠"的邀约：托管只保护 Lifebuoy 内的订单。
- 收到陌生第三方的汇款可能导致银行卡被冻结：请拒收并申诉。`,
    },
  },
];
