/**
 * What choosing a channel does, from its kind and target: internal channels switch the widget's
 * view, email opens a draft, phone dials after a confirm step, links open in a new tab, and a bare
 * handle (a WeChat ID) is shown to copy. Anything else (a `javascript:` target) does nothing.
 */
import type { Channel } from '../../adapters/schemas.js';
import { isEmailAddress } from './email.js';

export type InternalView = 'search' | 'chat' | 'tickets';

export type ChannelAction =
  | { type: 'navigate'; view: InternalView }
  | { type: 'email'; address: string }
  | { type: 'phone'; number: string; href: string }
  | { type: 'link'; href: string }
  | { type: 'handle'; value: string }
  | { type: 'none' };

const INTERNAL: Partial<Record<Channel['kind'], InternalView>> = { help_center: 'search', live_chat: 'chat', ticket: 'tickets' };
const PHONE = /^\+?[\d\s().-]{6,24}$/;

/** `tel:` href: digits with an optional leading "+" (RFC 3966 global numbers). */
export function telHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? `+${digits.slice(1).replace(/\+/g, '')}` : digits.replace(/\+/g, '')}`;
}

export function safeHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function channelAction(channel: Channel): ChannelAction {
  const view = INTERNAL[channel.kind];
  if (view) return { type: 'navigate', view };
  const target = channel.target?.trim();
  if (!target) return { type: 'none' };
  if (isEmailAddress(target)) return { type: 'email', address: target };
  if (channel.kind === 'email') return { type: 'none' };
  if (PHONE.test(target)) return { type: 'phone', number: target, href: telHref(target) };
  if (channel.kind === 'phone') return { type: 'none' };
  const href = safeHttpUrl(target);
  if (href) return { type: 'link', href };
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return { type: 'none' };
  return { type: 'handle', value: target };
}
