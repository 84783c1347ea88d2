import type { SeedArticle } from './types.js';

export const scams: SeedArticle[] = [
  {
    id: 'support-never-asks', category: 'scams', popularity: 8200, updated: '2026-11-05', related: ['impersonation-scams', 'verify-official-channel', 'phishing-emails'],
    en: {
      title: 'What Lifebuoy support will never ask you',
      tags: ['seed phrase', 'private key', 'password', 'recovery phrase', 'fake support', 'safety', 'screen sharing'],
      body: `Real Lifebuoy staff — in chat, by email, on the phone or on social media — will **never**:

- ask for your **password**, **2FA codes**, SMS or email verification codes;
- ask for your **seed phrase / recovery phrase** or **private keys**, or your **API secret key**;
- ask you to install remote-desktop apps (AnyDesk, TeamViewer) or share your screen;
- ask you to send funds to an address "for verification", to "unfreeze" your account or to a "safe wallet";
- contact you first on Telegram or WhatsApp about a problem you did not report.

Support only ever needs your **UID**, and for transactions the coin, network and **TXID**. If someone asks for more, stop and check them with the **Verify** tool in this widget.`,
    },
    zh: {
      title: 'Lifebuoy 客服绝不会向您索要什么',
      tags: ['助记词', '私钥', '密码', '恢复短语', '假客服', '安全', '屏幕共享'],
      body: `真正的 Lifebuoy 工作人员——无论在聊天、邮件、电话还是社交媒体上——**绝不会**：

- 索要您的 **密码**、**2FA 验证码**、短信或邮箱验证码；
- 索要您的 **助记词 / 恢复短语**、**私钥** 或 **API Secret Key**；
- 要求您安装远程桌面软件（AnyDesk、TeamViewer）或共享屏幕；
- 要求您向某个地址转账以"验证""解冻账户"或转入"安全钱包"；
- 在您未报告问题的情况下主动通过 Telegram 或 WhatsApp 联系您。

客服只需要您的 **UID**，涉及交易时再提供币种、网络和 **TXID**。如有人索要更多信息，请立即停止，并用本窗口的 **官方验证** 工具核实对方身份。`,
    },
  },
  {
    id: 'verify-official-channel', category: 'scams', popularity: 4700, updated: '2026-10-27', related: ['support-never-asks', 'phishing-emails', 'impersonation-scams'],
    en: {
      title: 'Check whether a link, email or account is really Lifebuoy',
      tags: ['verify', 'official channel', 'official website', 'fake website', 'is this real', 'Telegram admin'],
      body: `Use the **Verify** tool (in this widget: *Is this really us?*) before you trust a message.

1. Paste the website link, email address, phone number, or Telegram / X handle.
2. The tool checks it against our list of official channels and tells you whether it is official.

Our only website is **lifebuoy-exchange.example** and its subdomains. Look-alike domains with extra words ("lifebuoy-support", "lifebuoy-exchange-verify") or different endings are fake. Official emails always contain your anti-phishing code.`,
    },
    zh: {
      title: '核实链接、邮箱或账号是否为 Lifebuoy 官方',
      tags: ['官方验证', '官方渠道', '官网', '假网站', '是真的吗', 'Telegram 管理员'],
      body: `在信任任何消息前，请先使用 **官方验证** 工具（本窗口中的"确认是我们吗？"）。

1. 粘贴网站链接、邮箱地址、电话号码或 Telegram / X 账号。
2. 工具会与我们的官方渠道列表比对，告诉您是否为官方。

我们唯一的网站是 **lifebuoy-exchange.example** 及其子域名。多了词语（如"lifebuoy-support""lifebuoy-exchange-verify"）或后缀不同的相似域名都是假的。官方邮件一定带有您的防钓鱼码。`,
    },
  },
  {
    id: 'phishing-emails', category: 'scams', popularity: 3900, updated: '2026-09-23', related: ['anti-phishing-code', 'verify-official-channel', 'account-hacked'],
    en: {
      title: 'How to recognise phishing emails and websites',
      tags: ['phishing', 'fake email', 'fake login page', 'SMS scam', 'suspicious link'],
      body: `Phishing messages copy our branding to steal your login or make you approve a transaction. Warning signs:

- **Urgency:** "your account will be frozen in 24 hours", "suspicious withdrawal, verify now".
- **No anti-phishing code** in an email that claims to be from us.
- **Look-alike links:** check the real domain before the first single slash.
- **Requests for codes, seed phrases or wallet signatures.**

Do not click. Open the app or type **lifebuoy-exchange.example** yourself, and report the message to support. If you entered your password on a fake site, change it immediately and check your API keys and withdrawal whitelist.`,
    },
    zh: {
      title: '如何识别钓鱼邮件和钓鱼网站',
      tags: ['钓鱼', '假邮件', '假登录页', '诈骗短信', '可疑链接'],
      body: `钓鱼信息会仿冒我们的品牌，骗取您的登录信息或诱导您批准交易。警示信号：

- **制造紧迫感：**"您的账户将在 24 小时内冻结""检测到可疑提现，请立即验证"。
- 自称来自我们的邮件 **没有防钓鱼码**。
- **相似链接：**仔细核对第一个单斜杠之前的真实域名。
- **索要验证码、助记词或钱包签名。**

不要点击。请自行打开 App 或手动输入 **lifebuoy-exchange.example**，并向客服举报该信息。若已在假网站输入密码，请立即修改，并检查 API Key 和提币白名单。`,
    },
  },
  {
    id: 'impersonation-scams', category: 'scams', popularity: 3600, updated: '2026-10-19', related: ['support-never-asks', 'verify-official-channel', 'report-scam'],
    en: {
      title: 'Fake support agents on Telegram, X and WhatsApp',
      tags: ['fake support', 'impersonation', 'Telegram scam', 'fake admin', 'scammer', 'DM'],
      body: `Scammers watch public channels for people asking for help, then message them pretending to be Lifebuoy support, often with our logo and a name like "Lifebuoy Help Desk".

- Official support is in this widget, the app and **lifebuoy-exchange.example**. We do not start conversations in DMs.
- Admins of our official communities will never DM you first.
- A "support agent" who sends a link to "sync your wallet" or asks for your seed phrase is a scammer.

Check every handle with the **Verify** tool, block and report the account, and never move funds on their instructions.`,
    },
    zh: {
      title: 'Telegram、X 和 WhatsApp 上的假客服',
      tags: ['假客服', '冒充', 'Telegram 骗子', '假管理员', '骗子', '私信'],
      body: `骗子会在公开群组中寻找求助的人，然后冒充 Lifebuoy 客服私信联系，常常使用我们的 Logo 和"Lifebuoy Help Desk"之类的名字。

- 官方客服只在本窗口、App 和 **lifebuoy-exchange.example** 中。我们不会主动私信。
- 官方社群的管理员绝不会主动私信您。
- 发来"同步钱包"链接或索要助记词的"客服"一定是骗子。

请用 **官方验证** 工具核实每个账号，拉黑并举报可疑账号，切勿按对方指示转移资金。`,
    },
  },
  {
    id: 'investment-scams', category: 'scams', popularity: 2900, updated: '2026-10-10', related: ['report-scam', 'impersonation-scams'],
    en: {
      title: 'Investment scams: "guaranteed returns" and romance scams',
      tags: ['pig butchering', 'romance scam', 'guaranteed profit', 'fake investment platform', 'mining pool scam', 'task scam'],
      body: `Many frauds start with a friendly stranger who later introduces a "trading platform" or "mining pool" with guaranteed daily returns. You see profits, but withdrawing requires ever more "taxes" or "unlock fees".

Red flags:
- returns that are high and guaranteed;
- a platform or app not in the official app stores, or a link sent by the contact;
- pressure to deposit more before you can withdraw;
- "tasks" paid in crypto that require you to top up first.

Stop sending money. Do not pay any fee to recover funds — "recovery services" are a second scam. Report it to us and to your local police.`,
    },
    zh: {
      title: '投资骗局："稳赚不赔"与杀猪盘',
      tags: ['杀猪盘', '婚恋诈骗', '保本收益', '虚假投资平台', '矿池骗局', '刷单骗局'],
      body: `很多诈骗始于一位友善的陌生人，随后向您推荐每日"保证收益"的"交易平台"或"矿池"。账面上看到盈利，但提现时却被要求不断缴纳"税费"或"解冻费"。

警示信号：
- 收益高且承诺保本；
- 平台或 App 不在官方应用商店，或由对方发送链接下载；
- 提现前被要求继续充值；
- 以加密货币结算、需要先垫付资金的"任务"。

请立即停止转账。不要为"追回资金"付任何费用——所谓"追回服务"是二次诈骗。请向我们举报，并向当地警方报案。`,
    },
  },
  {
    id: 'report-scam', category: 'scams', popularity: 2300, updated: '2026-09-29', related: ['investment-scams', 'account-hacked', 'impersonation-scams'],
    en: {
      title: 'Report a scam or fraudulent transfer',
      tags: ['report fraud', 'scammed', 'stolen funds', 'police report', 'freeze scammer'],
      body: `If you sent crypto to a scammer, report it quickly: if the funds reach a Lifebuoy account we may be able to freeze them.

1. Open a ticket from this widget and choose **Report a scam**.
2. Include the TXIDs, the receiving addresses, the network, the amounts and times, and screenshots of the conversation.
3. File a report with your local police and send us the case number: we work with law enforcement on official requests.

We cannot reverse blockchain transactions, and we will never charge you to recover funds.`,
    },
    zh: {
      title: '举报诈骗或被骗转账',
      tags: ['举报诈骗', '被骗了', '资金被盗', '报警', '冻结骗子账户'],
      body: `如果您向骗子转了币，请尽快举报：若资金进入 Lifebuoy 账户，我们有可能将其冻结。

1. 在本窗口提交工单，选择 **举报诈骗**。
2. 提供 TXID、收款地址、网络、金额和时间，以及聊天记录截图。
3. 向当地警方报案并将案件编号发给我们：我们配合执法机关的正式协查。

我们无法撤回链上交易，也绝不会向您收取任何追回费用。`,
    },
  },
  {
    id: 'account-hacked', category: 'scams', popularity: 4300, updated: '2026-11-04', related: ['account-locked', 'enable-2fa', 'api-key-leaked'],
    en: {
      title: 'I think my account was hacked',
      tags: ['hacked', 'compromised', 'unauthorized login', 'stolen account', 'unknown withdrawal', 'freeze account'],
      body: `Act in this order:

1. **Freeze your account:** use the *Disable account* link in any security email from us, or **Profile → Security → Disable account**. This blocks trading, withdrawals and API keys at once.
2. Contact support in this widget with your UID. We will help you review logins, devices and withdrawals.
3. Once we unlock the account, change your password, reset 2FA, delete all API keys and check the withdrawal whitelist.
4. Scan your computer and phone for malware; change your email password too.

Nobody from Lifebuoy will ask for your password or seed phrase to "secure" your account.`,
    },
    zh: {
      title: '我的账户可能被盗了',
      tags: ['被盗', '账户被黑', '异地登录', '账号被盗', '陌生提现', '冻结账户'],
      body: `请按以下顺序处理：

1. **冻结账户：**点击我们任意安全邮件中的"禁用账户"链接，或进入 **个人中心 → 安全 → 禁用账户**，交易、提现和 API Key 将立即被阻止。
2. 在本窗口联系客服并提供 UID，我们会协助您核查登录记录、设备和提现。
3. 账户解锁后，修改密码、重置 2FA、删除所有 API Key 并检查提币白名单。
4. 对电脑和手机进行病毒扫描，同时修改邮箱密码。

Lifebuoy 的任何人都不会为了"保护账户"而索要您的密码或助记词。`,
    },
  },
];
