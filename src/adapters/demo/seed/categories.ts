/** Help-center categories, named per locale. */
export interface SeedCategory {
  id: string;
  icon: string;
  name: Record<'en' | 'zh-CN', string>;
  description: Record<'en' | 'zh-CN', string>;
}

export const categories: SeedCategory[] = [
  { id: 'account', icon: 'shield', name: { en: 'Account & security', 'zh-CN': '账户与安全' }, description: { en: 'Sign-in, 2FA, passwords and your UID', 'zh-CN': '登录、双重验证、密码与 UID' } },
  { id: 'kyc', icon: 'id', name: { en: 'Identity verification (KYC)', 'zh-CN': '身份认证（KYC）' }, description: { en: 'Verify your identity and raise your limits', 'zh-CN': '完成身份认证，提升额度' } },
  { id: 'deposits', icon: 'deposit', name: { en: 'Deposits', 'zh-CN': '充值' }, description: { en: 'Crypto and card deposits, missing deposits', 'zh-CN': '加密货币充值、银行卡买币、充币未到账' } },
  { id: 'withdrawals', icon: 'withdraw', name: { en: 'Withdrawals', 'zh-CN': '提现' }, description: { en: 'Sending crypto out, pending and missing withdrawals', 'zh-CN': '提币、提现审核中与未到账' } },
  { id: 'spot', icon: 'chart', name: { en: 'Spot trading', 'zh-CN': '现货交易' }, description: { en: 'Orders, order types and Convert', 'zh-CN': '下单、订单类型与闪兑' } },
  { id: 'derivatives', icon: 'futures', name: { en: 'Futures & derivatives', 'zh-CN': '合约交易' }, description: { en: 'Perpetual futures, margin, funding and liquidation', 'zh-CN': '永续合约、保证金、资金费率与强平' } },
  { id: 'p2p', icon: 'people', name: { en: 'P2P trading', 'zh-CN': 'P2P 交易' }, description: { en: 'Buy and sell with local payment methods', 'zh-CN': '使用本地支付方式买卖加密货币' } },
  { id: 'api', icon: 'key', name: { en: 'API keys', 'zh-CN': 'API 管理' }, description: { en: 'Create and secure API keys, limits and errors', 'zh-CN': '创建与保护 API Key、频率限制与报错' } },
  { id: 'fees', icon: 'percent', name: { en: 'Fees', 'zh-CN': '费率' }, description: { en: 'Trading, withdrawal and futures fees', 'zh-CN': '交易手续费、提币手续费与合约费用' } },
  { id: 'vip', icon: 'star', name: { en: 'VIP program', 'zh-CN': 'VIP 计划' }, description: { en: 'Tiers, benefits and your account manager', 'zh-CN': '等级、权益与专属客户经理' } },
  { id: 'scams', icon: 'warning', name: { en: 'Scams & phishing', 'zh-CN': '防骗与反钓鱼' }, description: { en: 'Stay safe: verify channels, spot scams, report fraud', 'zh-CN': '核验官方渠道、识别骗局、举报诈骗' } },
];
