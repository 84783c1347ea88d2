import type { SeedArticle } from './types.js';

export const account: SeedArticle[] = [
  {
    id: 'enable-2fa', category: 'account', popularity: 9400, updated: '2026-10-14', related: ['reset-2fa', 'anti-phishing-code', 'account-hacked'],
    en: {
      title: 'How to enable two-factor authentication (2FA)',
      tags: ['2FA', 'authenticator', 'Google Authenticator', 'security', 'OTP', 'two step verification'],
      body: `Two-factor authentication (2FA) adds a one-time code to every sign-in and withdrawal, so a stolen password alone cannot move your funds. We strongly recommend an authenticator app over SMS.

## Turn on an authenticator app
1. Install an authenticator app such as Google Authenticator, Microsoft Authenticator or 2FAS.
2. Go to **Profile → Security → Authenticator app** and select **Enable**.
3. Scan the QR code with the app. Write the 16-character setup key on paper and keep it offline: it is the only way to restore the codes on a new phone.
4. Enter the 6-digit code from the app and the code sent to your email, then confirm.

## Good to know
- For your protection, withdrawals are paused for 24 hours after you change 2FA.
- Never store the setup key in screenshots, cloud notes or chats.
- Lifebuoy support will **never** ask you for a 2FA code, your password or your seed phrase.`,
    },
    zh: {
      title: '如何开启双重验证（2FA）',
      tags: ['2FA', '谷歌验证器', '身份验证器', '二次验证', '安全设置', '动态验证码'],
      body: `双重验证（2FA）会在每次登录和提现时要求输入一次性验证码。即使密码泄露，他人也无法转走您的资产。我们建议使用身份验证器 App，而不是短信验证。

## 绑定身份验证器
1. 安装身份验证器 App，例如 Google Authenticator、Microsoft Authenticator 或 2FAS。
2. 进入 **个人中心 → 安全 → 身份验证器**，点击 **开启**。
3. 用 App 扫描二维码。请将 16 位密钥抄写在纸上离线保存——换手机时只能靠它恢复验证码。
4. 输入 App 中的 6 位验证码和邮箱验证码，完成绑定。

## 注意事项
- 为保护资产安全，修改 2FA 后 24 小时内将暂停提现。
- 不要把密钥保存在截图、云笔记或聊天记录中。
- Lifebuoy 客服**绝不会**向您索要 2FA 验证码、登录密码或助记词。`,
    },
  },
  {
    id: 'reset-2fa', category: 'account', popularity: 7200, updated: '2026-09-30', related: ['enable-2fa', 'kyc-verify-identity', 'withdrawal-lock-24h'],
    en: {
      title: 'Lost your phone? Reset two-factor authentication',
      tags: ['lost authenticator', 'new phone', '2FA reset', 'cannot log in', 'lost 2FA'],
      body: `If you lost the phone with your authenticator app and did not keep the setup key, you can reset 2FA with an identity check.

1. On the sign-in page, enter your email and password, then select **Lost access to 2FA?**
2. Choose the verification method you can no longer use.
3. Complete the face verification. We compare it with the identity you verified during KYC.
4. Our security team reviews the request, usually within 24 hours. You receive an email when it is approved.

After the reset, withdrawals are locked for 24 hours. If you did not request a reset but received an email about one, change your password immediately and contact support through the widget.

**Tip:** when you set up 2FA again, keep the setup key on paper so you never need a reset.`,
    },
    zh: {
      title: '手机丢失？重置双重验证（2FA）',
      tags: ['验证器丢了', '换手机', '重置谷歌验证', '无法登录', '2FA 丢失'],
      body: `如果您丢失了安装身份验证器的手机且没有保存密钥，可以通过身份核验重置 2FA。

1. 在登录页输入邮箱和密码，点击 **无法使用 2FA？**
2. 选择您无法使用的验证方式。
3. 完成人脸识别，系统会与您 KYC 时认证的身份进行比对。
4. 安全团队将审核申请，通常在 24 小时内完成，通过后您会收到邮件通知。

重置后 24 小时内无法提现。如果您没有申请重置却收到相关邮件，请立即修改密码并通过客服窗口联系我们。

**提示：**重新绑定 2FA 时请把密钥抄在纸上保存，以后就无需再重置。`,
    },
  },
  {
    id: 'reset-password', category: 'account', popularity: 6100, updated: '2026-08-21', related: ['enable-2fa', 'account-locked', 'phishing-emails'],
    en: {
      title: 'Reset your login password',
      tags: ['forgot password', 'change password', 'cannot sign in', 'login problem'],
      body: `1. On the sign-in page select **Forgot password**.
2. Enter the email or phone number of your account and complete the puzzle.
3. Enter the verification code we send you, and your 2FA code if 2FA is on.
4. Choose a new password: at least 10 characters, not used anywhere else.

For your safety, withdrawals are disabled for 24 hours after a password reset.

Only reset your password on **lifebuoy-exchange.example** or in our app. If an email or message sends you to a different site to "verify" your password, it is phishing — check it with the **Verify** tool before clicking.`,
    },
    zh: {
      title: '重置登录密码',
      tags: ['忘记密码', '修改密码', '登录不了', '登不上'],
      body: `1. 在登录页点击 **忘记密码**。
2. 输入账户绑定的邮箱或手机号，完成拼图验证。
3. 输入收到的验证码；如已开启 2FA，还需输入 2FA 验证码。
4. 设置新密码：至少 10 位，且不要与其他网站相同。

为了您的资产安全，重置密码后 24 小时内无法提现。

请只在 **lifebuoy-exchange.example** 或官方 App 中重置密码。如果邮件或消息引导您到其他网站"验证密码"，那就是钓鱼——点击前先用 **官方验证** 工具核实。`,
    },
  },
  {
    id: 'anti-phishing-code', category: 'account', popularity: 5300, updated: '2026-10-02', related: ['phishing-emails', 'verify-official-channel', 'enable-2fa'],
    en: {
      title: 'Set up your anti-phishing code',
      tags: ['anti phishing', 'security code', 'fake email', 'genuine email'],
      body: `An anti-phishing code is a word only you and Lifebuoy know. We include it in every genuine email and show it in the support widget header, so fakes are easy to spot.

1. Go to **Profile → Security → Anti-phishing code**.
2. Enter 4–20 letters or digits that are not your password.
3. Confirm with your 2FA code.

From then on, any email claiming to be from Lifebuoy **without your code** is fake: do not click its links and report it to support. Never share the code in a chat — real support already sees it.`,
    },
    zh: {
      title: '设置防钓鱼码',
      tags: ['防钓鱼码', '安全码', '假邮件', '官方邮件'],
      body: `防钓鱼码是只有您和 Lifebuoy 知道的一段文字。所有官方邮件都会附带这个码，客服窗口顶部也会显示，让仿冒信息一眼可辨。

1. 进入 **个人中心 → 安全 → 防钓鱼码**。
2. 输入 4–20 位字母或数字，不要与密码相同。
3. 输入 2FA 验证码确认。

此后凡是自称来自 Lifebuoy 却**没有您的防钓鱼码**的邮件都是假的：不要点击其中的链接，并向客服举报。不要在聊天中透露防钓鱼码——真正的客服本来就能看到。`,
    },
  },
  {
    id: 'find-uid', category: 'account', popularity: 4800, updated: '2026-07-11', related: ['change-email-phone', 'deposit-not-credited'],
    en: {
      title: 'Where to find your UID',
      tags: ['user ID', 'account ID', 'UID', 'account number'],
      body: `Your UID is the number that identifies your account. Support asks for it to find your account — it is safe to share, unlike your password or 2FA codes.

- **Web:** click the profile icon at the top right; the UID is under your email. Select the copy icon.
- **App:** open the menu at the top left; the UID is next to your nickname.

When you contact support about a deposit or withdrawal, include your UID, the coin, the network and the TXID so we can help faster.`,
    },
    zh: {
      title: '如何查看我的 UID',
      tags: ['用户ID', '账户ID', 'UID在哪', '账号'],
      body: `UID 是识别您账户的编号。客服会请您提供 UID 以便查找账户——与密码或 2FA 验证码不同，UID 可以放心提供。

- **网页端：**点击右上角头像，UID 显示在邮箱下方，点击复制图标即可。
- **App：**打开左上角菜单，UID 在昵称旁边。

咨询充值或提现问题时，请一并提供 UID、币种、网络和 TXID（交易哈希），处理会更快。`,
    },
  },
  {
    id: 'account-locked', category: 'account', popularity: 5600, updated: '2026-09-12', related: ['reset-password', 'account-hacked', 'reset-2fa'],
    en: {
      title: 'Why is my account locked or frozen?',
      tags: ['account frozen', 'account disabled', 'suspended', 'cannot login', 'too many attempts', 'unlock account'],
      body: `We lock an account to protect it. The most common reasons:

- **Too many wrong passwords or 2FA codes.** The lock lifts automatically after 2 hours, or reset your password to unlock now.
- **You froze it yourself** with "Disable account" after a suspected compromise.
- **Unusual activity**, such as a sign-in from a new country followed by a withdrawal attempt.
- **A compliance review**, for example a request to complete KYC.

To unlock, sign in and follow the on-screen steps, or open a ticket from this widget and include your UID. We will never ask for your password or 2FA code to unlock an account.`,
    },
    zh: {
      title: '账户为什么被锁定或冻结？',
      tags: ['账户冻结', '账号被封', '被禁用', '登录不了', '密码错误次数过多', '解冻账户'],
      body: `锁定账户是为了保护您的资产，常见原因有：

- **密码或 2FA 验证码输错次数过多。** 2 小时后自动解锁，或立即重置密码解锁。
- **您自行冻结了账户**（怀疑被盗时使用"禁用账户"功能）。
- **异常活动**，例如在新国家登录后随即尝试提现。
- **合规审查**，例如需要完成 KYC。

如需解锁，请登录后按页面提示操作，或在本窗口提交工单并附上 UID。解锁账户时我们绝不会索要您的密码或 2FA 验证码。`,
    },
  },
  {
    id: 'change-email-phone', category: 'account', popularity: 3100, updated: '2026-06-03', related: ['find-uid', 'withdrawal-lock-24h'],
    en: {
      title: 'Change your email address or phone number',
      tags: ['update email', 'new phone number', 'change mobile', 'lost email access'],
      body: `1. Go to **Profile → Security** and select **Change** next to your email or phone.
2. Verify with a code sent to the current email or phone, and your 2FA code.
3. Enter the new email or phone and the code sent to it.

If you can no longer receive codes at the old address, choose **I can't access it** to verify with your face instead.

Withdrawals pause for 24 hours after the change, to stop an attacker who took over your email from emptying the account.`,
    },
    zh: {
      title: '修改邮箱或手机号',
      tags: ['换邮箱', '换手机号', '修改绑定', '旧邮箱无法使用'],
      body: `1. 进入 **个人中心 → 安全**，点击邮箱或手机号旁的 **修改**。
2. 输入发送到原邮箱或原手机的验证码以及 2FA 验证码。
3. 输入新的邮箱或手机号，并填写发送到新地址的验证码。

如果原邮箱或手机已无法接收验证码，请选择 **无法使用**，改用人脸识别验证。

修改后 24 小时内暂停提现，以防攻击者盗取邮箱后转走资产。`,
    },
  },
  {
    id: 'passkeys', category: 'account', popularity: 1200, updated: '2026-11-10', related: ['enable-2fa', 'reset-password'],
    en: {
      title: 'Sign in with a passkey',
      tags: ['passkey', 'Face ID', 'fingerprint', 'passwordless', 'WebAuthn'],
      body: `A passkey lets you sign in with your fingerprint, face or device PIN instead of a password. It cannot be phished: it only works on **lifebuoy-exchange.example** and our app.

1. Go to **Profile → Security → Passkeys** and select **Add passkey**.
2. Follow your device's prompt (Face ID, Touch ID, Windows Hello or a security key).
3. Name the passkey so you recognise it later.

You can add passkeys on several devices and remove any of them at any time. Withdrawals still require 2FA.`,
    },
  },
];
