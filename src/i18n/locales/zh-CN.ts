/** 简体中文 */
import type { Messages } from '../../core/i18n-store.js';

export const messages: Messages = {
  'common.retry': '重试',
  'common.cancel': '取消',
  'common.close': '关闭',
  'common.back': '返回',
  'common.loading': '加载中…',
  'common.send': '发送',
  'widget.launcher.open': '打开客服',
  'widget.launcher.close': '关闭客服',
  'widget.launcher.unread': '{count} 条未读消息',
  'widget.panel.title': '客服中心',
  'widget.panel.label': '客户支持',
  'widget.home.greeting': '您好{name}，有什么可以帮您？',
  'widget.home.subtitle': '先搜索帮助中心——大部分答案都在这里，7×24 小时可用。',
  'widget.home.searchPlaceholder': '搜索帮助',
  'widget.nav.home': '首页',
  'widget.nav.search': '帮助中心',
  'widget.nav.chat': '在线客服',
  'widget.nav.tickets': '工单',
  'widget.nav.channels': '联系我们',
  'widget.nav.verify': '官方验证',
  'safety.reminder': '客服绝不会索要您的密码、私钥或助记词。',
};
