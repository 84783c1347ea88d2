import type { SeedArticle } from './types.js';

export const withdrawals: SeedArticle[] = [
  {
    id: 'withdraw-crypto', category: 'withdrawals', popularity: 8700, updated: '2026-10-20', related: ['withdrawal-pending', 'withdrawal-fees', 'withdrawal-address-whitelist'],
    en: {
      title: 'How to withdraw crypto',
      tags: ['withdraw', 'send crypto', 'transfer out', 'cash out', 'withdrawal address'],
      body: `1. Go to **Assets → Withdraw** and pick the coin.
2. Paste the recipient address and choose the **network**. The receiving wallet or exchange must support the same network — ask them if unsure.
3. If the recipient shows a **memo / tag**, enter it; exchanges need it to credit you.
4. Enter the amount. The network fee and the amount received are shown before you confirm.
5. Confirm with your email code and 2FA code.

Once the withdrawal is broadcast you will see its **TXID** in **Assets → History**. Blockchain transfers cannot be reversed: double-check the address, network and memo before confirming.`,
    },
    zh: {
      title: '如何提现加密货币（提币）',
      tags: ['提币', '提现', '转出', '出金', '提币地址'],
      body: `1. 进入 **资产 → 提现**，选择币种。
2. 粘贴收款地址并选择 **网络**。接收方钱包或交易所必须支持同一网络，不确定时请先向对方确认。
3. 如接收方提供了 **Memo / 标签**，请务必填写，交易所需要它来为您入账。
4. 输入数量。确认前会显示网络手续费和实际到账数量。
5. 输入邮箱验证码和 2FA 验证码确认。

提现广播后，可在 **资产 → 历史记录** 中看到 **TXID**。链上转账不可撤回：确认前请再次核对地址、网络和 Memo。`,
    },
  },
  {
    id: 'withdrawal-pending', category: 'withdrawals', popularity: 11900, updated: '2026-11-03', related: ['withdrawal-not-received', 'withdrawal-suspended', 'withdrawal-lock-24h'],
    en: {
      title: 'Why is my withdrawal pending?',
      tags: ['withdrawal stuck', 'withdrawal processing', 'withdrawal delayed', 'withdrawal under review', 'pending withdrawal', 'slow withdrawal', 'withdrawal taking long'],
      body: `A withdrawal shows **Processing** while our systems check it and **Pending** until it is broadcast to the network. Common reasons for a delay:

- **Security review:** large amounts, a new address or a new device trigger an extra check, usually under 1 hour.
- **Wallet maintenance or network congestion:** withdrawals on that network are queued. The status notice in this widget lists affected networks.
- **24-hour lock** after you changed your password, 2FA, email or phone.
- **Verification needed:** we may email you to confirm the withdrawal, or ask you to complete KYC.

If it has been pending for more than 2 hours and there is no maintenance notice, contact us with your UID and the withdrawal ID. Only a withdrawal that has not been broadcast yet can be cancelled.`,
    },
    zh: {
      title: '提现为什么一直在处理中？',
      tags: ['提现卡住', '提币卡住', '提现审核中', '提现很慢', '提币一直处理中', '提现延迟', '提币审核'],
      body: `提现在系统检查时显示 **处理中**，广播到网络之前显示 **待处理**。延迟的常见原因：

- **安全审核：**大额提现、新地址或新设备会触发额外检查，通常在 1 小时内完成。
- **钱包维护或网络拥堵：**该网络的提现会排队处理。本窗口的状态公告会列出受影响的网络。
- **24 小时限制：**您修改了密码、2FA、邮箱或手机号。
- **需要验证：**我们可能发邮件请您确认提现，或要求完成 KYC。

若超过 2 小时仍在处理中且没有维护公告，请提供 UID 和提现 ID 联系我们。只有尚未广播的提现可以取消。`,
    },
  },
  {
    id: 'withdrawal-not-received', category: 'withdrawals', popularity: 9800, updated: '2026-10-29', related: ['withdrawal-pending', 'deposit-not-credited', 'withdraw-crypto'],
    en: {
      title: 'Withdrawal completed but not received',
      tags: ['withdrawal not arrived', 'withdrawal missing', 'not received', 'completed but not credited', 'where is my withdrawal'],
      body: `When the status is **Completed**, the coins have left Lifebuoy and are on chain. Use the TXID to follow them:

1. Open **Assets → History**, find the withdrawal and copy its **TXID**.
2. Open the TXID in the network's block explorer. Check the receiving address, the network and the number of confirmations.
3. If the transaction is confirmed and the address is right, the receiving platform has the funds: contact **their** support with the TXID. Exchanges often need more confirmations than we do, or a memo / tag to credit you.

We cannot reverse a completed withdrawal. If the explorer shows no transaction for the TXID after 1 hour, contact us with your UID and the withdrawal ID.`,
    },
    zh: {
      title: '提现已完成但未到账',
      tags: ['提现没到账', '提币未到账', '提币没收到', '显示完成但没到', '提现去哪了'],
      body: `状态为 **已完成** 表示资产已离开 Lifebuoy 并上链。请用 TXID 追踪：

1. 在 **资产 → 历史记录** 中找到该笔提现，复制 **TXID**。
2. 在对应网络的区块浏览器中打开 TXID，核对收款地址、网络和确认数。
3. 若交易已确认且地址正确，资产已到达接收平台：请带着 TXID 联系**对方**客服。其他交易所可能需要更多确认数，或需要 Memo / 标签才能入账。

已完成的提现无法撤回。若 1 小时后区块浏览器中仍查不到该 TXID，请提供 UID 和提现 ID 联系我们。`,
    },
  },
  {
    id: 'withdrawal-address-whitelist', category: 'withdrawals', popularity: 2900, updated: '2026-08-30', related: ['withdraw-crypto', 'enable-2fa', 'api-permissions'],
    en: {
      title: 'Turn on the withdrawal address whitelist',
      tags: ['whitelist', 'address book', 'trusted addresses', 'withdrawal protection'],
      body: `With the whitelist on, your account can only withdraw to addresses you saved in advance — even someone with your password and 2FA cannot send funds elsewhere.

1. Go to **Assets → Withdraw → Address book** and add the addresses you use, with their network and memo.
2. Turn on **Whitelist only** and confirm with your 2FA code.

Adding a new address to a whitelist-protected account requires email and 2FA confirmation and takes effect after 24 hours.`,
    },
    zh: {
      title: '开启提币地址白名单',
      tags: ['白名单', '地址簿', '常用地址', '提币保护'],
      body: `开启白名单后，账户只能向您预先保存的地址提现——即使他人获得了您的密码和 2FA，也无法把资产转到别处。

1. 进入 **资产 → 提现 → 地址簿**，添加常用地址及其网络和 Memo。
2. 打开 **仅限白名单**，输入 2FA 验证码确认。

在开启白名单的账户中新增地址需要邮箱和 2FA 确认，并在 24 小时后生效。`,
    },
  },
  {
    id: 'withdrawal-limits', category: 'withdrawals', popularity: 3600, updated: '2026-07-14', related: ['kyc-levels', 'vip-program', 'withdrawal-fees'],
    en: {
      title: 'Withdrawal limits',
      tags: ['daily limit', 'withdrawal limit', 'maximum withdrawal', 'minimum withdrawal', 'limit exceeded'],
      body: `Two kinds of limits apply:

- **Account limit** per 24 hours, set by your verification level (2 BTC equivalent unverified, 100 BTC after KYC, higher for VIP).
- **Per-coin minimum and maximum**, shown on the withdrawal page for each network. The minimum exists because smaller amounts would be mostly network fee.

Limits reset on a rolling 24-hour window. To raise your limit, complete the next verification level or ask your VIP manager.`,
    },
    zh: {
      title: '提现额度',
      tags: ['每日限额', '提现限额', '最大提现', '最小提币数量', '超出额度'],
      body: `提现受两类限制：

- **账户额度**（24 小时），由认证等级决定（未认证相当于 2 BTC，完成 KYC 后 100 BTC，VIP 更高）。
- **单币种最小与最大数量**，在提现页面按网络显示。设定最小数量是因为金额过小时大部分会被网络手续费消耗。

额度按滚动 24 小时计算。如需提高额度，请完成下一级认证或联系 VIP 客户经理。`,
    },
  },
  {
    id: 'withdrawal-suspended', category: 'withdrawals', popularity: 4100, updated: '2026-11-01', related: ['withdrawal-pending', 'deposit-not-credited'],
    en: {
      title: 'Deposits or withdrawals suspended for a network',
      tags: ['wallet maintenance', 'network upgrade', 'suspended', 'paused', 'hard fork', 'network congestion'],
      body: `We pause deposits and withdrawals on a network during wallet maintenance, network upgrades (hard forks) or when the network is unstable. Your funds are safe and remain in your account.

- Active notices are shown at the top of this widget and on the deposit and withdrawal pages.
- Withdrawals requested during a pause stay pending and are processed automatically when the network resumes.
- Deposits sent during a pause are credited after it ends.

You do not need to contact support for transactions affected by an announced pause.`,
    },
    zh: {
      title: '某网络的充值或提现暂停',
      tags: ['钱包维护', '网络升级', '暂停充提', '硬分叉', '网络拥堵'],
      body: `在钱包维护、网络升级（硬分叉）或网络不稳定期间，我们会暂停该网络的充值和提现。您的资产安全地保存在账户中。

- 当前公告显示在本窗口顶部以及充值、提现页面。
- 暂停期间提交的提现会保持待处理，网络恢复后自动处理。
- 暂停期间的充值会在恢复后入账。

已公告的暂停所影响的交易无需联系客服。`,
    },
  },
  {
    id: 'withdrawal-lock-24h', category: 'withdrawals', popularity: 3900, updated: '2026-09-09', related: ['reset-2fa', 'reset-password', 'change-email-phone'],
    en: {
      title: 'Why are withdrawals locked for 24 hours?',
      tags: ['withdrawal disabled', '24 hour lock', 'security lock', 'cannot withdraw'],
      body: `After a security-sensitive change we lock withdrawals for 24 hours. This gives you time to react if the change was not made by you.

Changes that start the lock: resetting or changing your password, resetting or changing 2FA, changing your email or phone, unfreezing your account.

Trading, deposits and transfers between your own accounts keep working. The lock ends automatically; support cannot lift it early. If you did not make the change, freeze your account from the email we sent you and contact us.`,
    },
    zh: {
      title: '为什么 24 小时内无法提现？',
      tags: ['提现被禁', '24小时限制', '安全锁定', '不能提币'],
      body: `进行安全敏感操作后，我们会暂停提现 24 小时，以便在操作并非本人所为时您有时间处理。

会触发限制的操作：重置或修改密码、重置或更换 2FA、修改邮箱或手机号、解冻账户。

交易、充值和内部划转不受影响。限制到期自动解除，客服无法提前解除。如果不是您本人操作，请通过我们发送的邮件冻结账户并联系我们。`,
    },
  },
  {
    id: 'cancel-withdrawal', category: 'withdrawals', popularity: 2400, updated: '2026-06-18', related: ['withdrawal-pending', 'withdraw-crypto'],
    en: {
      title: 'Can I cancel a withdrawal?',
      tags: ['cancel withdrawal', 'stop withdrawal', 'wrong address', 'undo'],
      body: `You can cancel a withdrawal while its status is **Processing** or **Pending review**: open **Assets → History**, select the withdrawal and choose **Cancel**. The amount and fee return to your account.

Once the status is **Broadcast** or **Completed** it is on the blockchain and cannot be cancelled or reversed by anyone, including Lifebuoy. If you sent to a wrong address, contact the owner of the receiving platform with the TXID.`,
    },
    zh: {
      title: '可以取消提现吗？',
      tags: ['取消提现', '撤销提币', '地址填错', '撤回'],
      body: `状态为 **处理中** 或 **待审核** 时可以取消：打开 **资产 → 历史记录**，选择该笔提现并点击 **取消**，数量和手续费会退回账户。

状态变为 **已广播** 或 **已完成** 后交易已上链，任何人（包括 Lifebuoy）都无法取消或撤回。若转错地址，请带着 TXID 联系接收平台。`,
    },
  },
];
