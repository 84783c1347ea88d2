/**
 * The English catalogue, the source of every message key. Each area keeps its messages in its own
 * file under ./en/ so that features can grow independently; keys are prefixed by area.
 */
import { common } from './en/common.js';
import { launcher } from './en/launcher.js';
import { widget } from './en/widget.js';
import { search } from './en/search.js';
import { chat } from './en/chat.js';
import { tickets } from './en/tickets.js';
import { channels } from './en/channels.js';
import { safety } from './en/safety.js';

export const en = {
  ...common,
  ...launcher,
  ...widget,
  ...search,
  ...chat,
  ...tickets,
  ...channels,
  ...safety,
} as const;

export type MessageKey = keyof typeof en | (string & {});
