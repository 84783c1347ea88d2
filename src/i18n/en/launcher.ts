/** The launcher's messages: the only ones loaded before interaction. */
export const launcher = {
  'widget.launcher.open': 'Open support',
  'widget.launcher.close': 'Close support',
  'widget.launcher.unread': '{count} unread messages',
  'widget.launcher.unread.one': '{count} unread message',
} as const;
