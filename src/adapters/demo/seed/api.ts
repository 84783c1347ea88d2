import type { SeedArticle } from './types.js';

export const api: SeedArticle[] = [
  {
    id: 'api-create', category: 'api', popularity: 3300, updated: '2026-09-19', related: ['api-permissions', 'api-key-leaked', 'api-rate-limits'],
    en: {
      title: 'Create an API key',
      tags: ['API', 'API key', 'secret key', 'trading bot', 'create key'],
      body: `1. Go to **Profile → API management** and select **Create API key**.
2. Name the key after its use (for example "tax-export" or "grid-bot").
3. Confirm with your email code and 2FA code.
4. Copy the **API key** and the **secret key**. The secret is shown **only once**: store it in a password manager.

Then set its permissions and an IP whitelist. A key without an IP whitelist expires after 90 days of inactivity.

Never paste your secret key into chats, tickets or websites that promise "AI trading": support never needs it.`,
    },
    zh: {
      title: '创建 API Key',
      tags: ['API', 'API Key', 'Secret Key', '量化机器人', '创建密钥'],
      body: `1. 进入 **个人中心 → API 管理**，点击 **创建 API**。
2. 按用途命名（例如"税务导出"或"网格机器人"）。
3. 输入邮箱验证码和 2FA 验证码确认。
4. 复制 **API Key** 和 **Secret Key**。Secret Key **只显示一次**，请保存在密码管理器中。

随后设置权限和 IP 白名单。未绑定 IP 白名单的 Key 若 90 天未使用将自动失效。

切勿将 Secret Key 粘贴到聊天、工单或承诺"AI 量化收益"的网站：客服从不需要它。`,
    },
  },
  {
    id: 'api-permissions', category: 'api', popularity: 2100, updated: '2026-08-12', related: ['api-create', 'api-key-leaked'],
    en: {
      title: 'API key permissions and IP whitelist',
      tags: ['API permissions', 'read only', 'enable trading', 'enable withdrawals', 'IP restriction'],
      body: `Give each key the smallest set of permissions it needs:

- **Read:** balances, orders, history. Enough for portfolio trackers and tax tools.
- **Spot & margin trading** and **Futures trading:** for bots.
- **Withdrawals:** only available with an IP whitelist, and only to whitelisted addresses.
- **Internal transfer:** between your own accounts.

Restrict every key to the IP addresses of your server. Edit permissions in **API management → Edit**; changes take effect within a minute.`,
    },
    zh: {
      title: 'API 权限与 IP 白名单',
      tags: ['API 权限', '只读', '开启交易', '开启提现', 'IP 限制'],
      body: `每个 Key 只授予所需的最小权限：

- **读取：**余额、订单、历史记录，足够资产追踪和报税工具使用。
- **现货与杠杆交易**、**合约交易：**供交易机器人使用。
- **提现：**必须绑定 IP 白名单，且只能提现到白名单地址。
- **内部划转：**在自己的账户之间划转。

请将每个 Key 限定在服务器的 IP 地址。在 **API 管理 → 编辑** 中修改权限，1 分钟内生效。`,
    },
  },
  {
    id: 'api-rate-limits', category: 'api', popularity: 1500, updated: '2026-07-03', related: ['api-signature-error', 'api-create'],
    en: {
      title: 'API rate limits',
      tags: ['429', 'too many requests', 'rate limit', 'request weight', 'banned IP', '418'],
      body: `Each endpoint has a request **weight**; an IP may use 6,000 weight per minute, and each account may place 100 orders per 10 seconds.

- Responses include the header \`X-MBX-USED-WEIGHT-1M\` so you can track usage.
- Exceeding the limit returns HTTP **429**. Back off for the time in \`Retry-After\`.
- Ignoring 429s leads to a temporary IP ban (HTTP **418**), from 2 minutes up to 3 days.

Use WebSocket streams for market data instead of polling REST endpoints.`,
    },
    zh: {
      title: 'API 频率限制',
      tags: ['429', '请求过多', '限频', '请求权重', 'IP 被封', '418'],
      body: `每个接口都有请求 **权重**；每个 IP 每分钟可使用 6,000 权重，每个账户每 10 秒最多下 100 笔订单。

- 响应头 \`X-MBX-USED-WEIGHT-1M\` 会返回已用权重，便于监控。
- 超限返回 HTTP **429**，请按 \`Retry-After\` 的时间退避。
- 持续忽略 429 会导致 IP 被临时封禁（HTTP **418**），时长 2 分钟到 3 天。

行情数据请使用 WebSocket 推送，而不是轮询 REST 接口。`,
    },
  },
  {
    id: 'api-key-leaked', category: 'api', popularity: 1900, updated: '2026-10-22', related: ['api-create', 'account-hacked', 'api-permissions'],
    en: {
      title: 'My API key may have leaked',
      tags: ['API key stolen', 'compromised key', 'leaked secret', 'GitHub', 'unauthorized trades'],
      body: `Act immediately:

1. **Delete the key** in **Profile → API management**. Deleting is instant; disabling trading is not enough if the secret is public.
2. Check **Orders** and **History** for trades or transfers you did not make.
3. Change your password and make sure 2FA is on.
4. Create a new key with an IP whitelist and the fewest permissions.

Common leaks: secrets committed to GitHub, shared with "copy trading" or "AI bot" services, or pasted into chat groups. If you see unauthorized activity, contact us with your UID.`,
    },
    zh: {
      title: 'API Key 可能泄露了怎么办',
      tags: ['API Key 被盗', '密钥泄露', 'Secret 泄露', 'GitHub', '异常交易'],
      body: `请立即：

1. 在 **个人中心 → API 管理** 中 **删除该 Key**。删除即时生效；若 Secret 已公开，仅关闭交易权限并不够。
2. 检查 **订单** 和 **历史记录** 中是否有非本人操作的交易或划转。
3. 修改密码并确认已开启 2FA。
4. 创建新 Key，绑定 IP 白名单并仅授予最少权限。

常见泄露途径：Secret 被提交到 GitHub、交给"跟单"或"AI 机器人"服务、发到聊天群。如发现异常操作，请提供 UID 联系我们。`,
    },
  },
  {
    id: 'api-signature-error', category: 'api', popularity: 1300, updated: '2026-06-25', related: ['api-rate-limits', 'api-create'],
    en: {
      title: 'Fix "Signature for this request is not valid" errors',
      tags: ['invalid signature', 'HMAC', 'timestamp error', '-1022', '-1021', 'recvWindow'],
      body: `Signed endpoints need an HMAC-SHA256 signature of the **exact** query string and body, using your secret key.

- **-1022 invalid signature:** sign the parameters in the same order and encoding you send them; do not sign the URL path; use the secret, not the API key.
- **-1021 timestamp outside recvWindow:** your server clock is off. Sync it with NTP, or raise \`recvWindow\` (max 60000 ms).
- Check for whitespace or newlines copied with the secret.

Our API documentation has signed examples in several languages.`,
    },
    zh: {
      title: '解决"签名无效"报错',
      tags: ['签名错误', 'HMAC', '时间戳错误', '-1022', '-1021', 'recvWindow'],
      body: `签名接口需要用 Secret Key 对 **完全一致** 的查询字符串和请求体计算 HMAC-SHA256 签名。

- **-1022 签名无效：**按发送时相同的参数顺序和编码进行签名；不要对 URL 路径签名；使用 Secret Key 而不是 API Key。
- **-1021 时间戳超出 recvWindow：**服务器时钟不准。请用 NTP 同步时间，或调大 \`recvWindow\`（最大 60000 毫秒）。
- 检查复制 Secret 时是否带入了空格或换行。

API 文档中提供了多种语言的签名示例。`,
    },
  },
];
