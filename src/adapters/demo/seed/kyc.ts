import type { SeedArticle } from './types.js';

export const kyc: SeedArticle[] = [
  {
    id: 'kyc-verify-identity', category: 'kyc', popularity: 8800, updated: '2026-10-05', related: ['kyc-documents', 'kyc-levels', 'kyc-failed'],
    en: {
      title: 'How to verify your identity (KYC)',
      tags: ['KYC', 'identity verification', 'verify account', 'ID check', 'selfie'],
      body: `Identity verification (KYC, "know your customer") is required by law before you can deposit fiat, trade or withdraw above the basic limits. It takes about 5 minutes.

1. Go to **Profile → Identity verification** and select **Verify now**.
2. Choose the country that issued your document and the document type.
3. Photograph the front and back of the document: all four corners visible, no glare, no cover.
4. Take a selfie following the on-screen movements (liveness check).
5. Submit. Most checks finish in minutes.

Use your own, valid document: accounts verified with someone else's identity are closed. We never ask you to send ID photos through chat, email or social media — only upload them in this flow.`,
    },
    zh: {
      title: '如何完成身份认证（KYC）',
      tags: ['KYC', '实名认证', '身份验证', '认证账户', '人脸识别'],
      body: `根据法规要求，充值法币、交易或超出基础额度提现前需要完成身份认证（KYC，"了解您的客户"），全程约 5 分钟。

1. 进入 **个人中心 → 身份认证**，点击 **立即认证**。
2. 选择证件签发国家和证件类型。
3. 拍摄证件正反面：四角完整、无反光、无遮挡。
4. 按提示完成动作，拍摄自拍（活体检测）。
5. 提交。大多数审核几分钟内完成。

请使用本人有效证件：使用他人身份认证的账户将被关闭。我们绝不会要求您通过聊天、邮件或社交媒体发送证件照片——只在本流程中上传。`,
    },
  },
  {
    id: 'kyc-levels', category: 'kyc', popularity: 4200, updated: '2026-08-15', related: ['kyc-verify-identity', 'withdrawal-limits', 'kyc-proof-of-address'],
    en: {
      title: 'Verification levels and limits',
      tags: ['KYC level', 'limits', 'Lv1', 'Lv2', 'advanced verification', 'increase limit'],
      html: true,
      body: `<p>Each verification level unlocks higher limits:</p>
<table>
<thead><tr><th>Level</th><th>What we ask</th><th>24-hour withdrawal limit</th></tr></thead>
<tbody>
<tr><td>Basic</td><td>Email or phone</td><td>2 BTC equivalent, crypto only</td></tr>
<tr><td>Verified (Lv1)</td><td>ID document + selfie</td><td>100 BTC equivalent, card and P2P</td></tr>
<tr><td>Advanced (Lv2)</td><td>Proof of address</td><td>200 BTC equivalent, bank transfers</td></tr>
</tbody>
</table>
<p>Limits are shown on <strong>Profile → Identity verification</strong>. To raise them further, complete the next level or apply for the VIP program.</p>`,
    },
    zh: {
      title: '认证等级与额度',
      tags: ['认证等级', '额度', '初级认证', '高级认证', '提高限额'],
      body: `不同认证等级对应不同额度：

- **基础：**邮箱或手机注册，24 小时提现额度相当于 2 BTC，仅限加密货币。
- **已认证（Lv1）：**身份证件 + 自拍，额度 100 BTC，可使用银行卡和 P2P。
- **高级（Lv2）：**地址证明，额度 200 BTC，可使用银行转账。

额度显示在 **个人中心 → 身份认证**。如需更高额度，请完成下一级认证或申请 VIP 计划。`,
    },
  },
  {
    id: 'kyc-failed', category: 'kyc', popularity: 5900, updated: '2026-10-18', related: ['kyc-documents', 'kyc-verify-identity', 'kyc-time'],
    en: {
      title: 'Why did my identity verification fail?',
      tags: ['KYC rejected', 'verification failed', 'KYC declined', 'try again', 'KYC not approved'],
      body: `The rejection email tells you the reason. The most common ones and their fixes:

- **Blurry or cropped photo:** retake it in daylight with all four corners in the frame.
- **Expired document:** use a document that is valid for at least 3 more months.
- **Name or date of birth mismatch:** the details you typed must match the document exactly.
- **Selfie check failed:** remove glasses and hats, face the light, follow the prompts slowly.
- **Document already used** on another account: each person may hold one account.

You can retry up to 5 times a day. If it keeps failing, open a ticket with your UID — never send ID photos by email or chat.`,
    },
    zh: {
      title: '身份认证为什么失败？',
      tags: ['KYC 被拒', '认证失败', '实名不通过', '重新认证', '审核没通过'],
      body: `驳回邮件会写明原因。常见原因及解决办法：

- **照片模糊或不完整：**在光线充足处重拍，确保证件四角都在画面内。
- **证件过期：**请使用有效期至少还有 3 个月的证件。
- **姓名或出生日期不一致：**填写的信息须与证件完全一致。
- **自拍检测未通过：**摘下眼镜和帽子，面向光源，按提示缓慢完成动作。
- **证件已被其他账户使用：**每人只能拥有一个账户。

每天最多可重试 5 次。若仍失败，请附上 UID 提交工单——切勿通过邮件或聊天发送证件照片。`,
    },
  },
  {
    id: 'kyc-documents', category: 'kyc', popularity: 3300, updated: '2026-07-28', related: ['kyc-verify-identity', 'kyc-failed'],
    en: {
      title: 'Accepted identity documents',
      tags: ['passport', 'ID card', 'driving licence', 'residence permit', 'documents'],
      body: `We accept original, valid, government-issued photo documents:

- Passport (all countries)
- National ID card (front and back)
- Driving licence (in most countries; the app shows whether yours is accepted)
- Residence permit, together with your passport

We do not accept photocopies, screenshots, scans of scans, student cards or documents with a corner cut off. The name on the document must match the name on your bank card or P2P payment account.`,
    },
    zh: {
      title: '支持的身份证件',
      tags: ['护照', '身份证', '驾照', '居留许可', '证件类型'],
      body: `我们接受政府签发的、有效的带照片原件：

- 护照（所有国家）
- 身份证（正反面）
- 驾照（大多数国家适用，App 会提示您的驾照是否支持）
- 居留许可（需同时提供护照）

不接受复印件、截图、翻拍件、学生证或缺角证件。证件上的姓名须与您的银行卡或 P2P 收付款账户姓名一致。`,
    },
  },
  {
    id: 'kyc-proof-of-address', category: 'kyc', popularity: 1900, updated: '2026-05-19', related: ['kyc-levels', 'kyc-documents'],
    en: {
      title: 'Submit proof of address',
      tags: ['utility bill', 'bank statement', 'address verification', 'Lv2', 'POA'],
      body: `Advanced verification asks for a document that shows your name and home address, dated within the last 3 months:

- a utility bill (electricity, water, gas, internet),
- a bank or credit card statement,
- a tax letter or government correspondence.

Upload a PDF or a clear photo of the full page at **Profile → Identity verification → Advanced**. Mobile phone bills and screenshots of online banking are not accepted. Review takes 1–3 business days.`,
    },
    zh: {
      title: '提交地址证明',
      tags: ['水电账单', '银行流水', '地址认证', '高级认证', '住址证明'],
      body: `高级认证需要一份近 3 个月内、显示您姓名和住址的文件：

- 水、电、燃气或宽带账单，
- 银行或信用卡对账单，
- 税务信函或政府信件。

在 **个人中心 → 身份认证 → 高级认证** 上传 PDF 或整页清晰照片。不接受手机话费账单和网银截图。审核需要 1–3 个工作日。`,
    },
  },
  {
    id: 'kyc-time', category: 'kyc', popularity: 3700, updated: '2026-09-02', related: ['kyc-failed', 'kyc-verify-identity'],
    en: {
      title: 'How long does identity verification take?',
      tags: ['KYC pending', 'under review', 'verification taking long', 'KYC stuck'],
      body: `Most verifications are approved automatically within **10 minutes**. Some need a manual review, which takes up to **48 hours** (longer on public holidays).

You can follow the status at **Profile → Identity verification**. Submitting again while a review is running restarts the queue, so please wait for the email.

If it has been more than 48 hours, open a ticket with your UID and we will check on it.`,
    },
    zh: {
      title: '身份认证需要多久？',
      tags: ['KYC 审核中', '认证一直在审核', '实名多久', 'KYC 卡住'],
      body: `大多数认证会在 **10 分钟内** 自动通过；部分需要人工审核，最长 **48 小时**（节假日可能更久）。

您可以在 **个人中心 → 身份认证** 查看进度。审核期间重复提交会重新排队，请耐心等待邮件通知。

如超过 48 小时仍未完成，请附上 UID 提交工单，我们会为您跟进。`,
    },
  },
];
