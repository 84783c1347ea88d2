/**
 * The one way Lifebuoy elements speak to the host page: `lb-` prefixed CustomEvents that bubble
 * out of shadow roots, always with a `detail` object. Add every event to `LbEventDetails`.
 */
import type { Ticket, Message, ArticleSummary, Channel } from '../adapters/schemas.js';

/** Views of `<lb-widget>`; `params` travel with a navigation. */
export type ViewId = 'home' | 'search' | 'chat' | 'tickets' | 'channels' | 'verify';

export interface NavigateParams {
  /** search: prefill the query. chat: first message. tickets: subject. */
  query?: string;
  article?: string;
  ticket?: string;
  /** tickets: open the form ("new") or the list ("list"). */
  mode?: 'new' | 'list';
  categoryId?: string;
  conversationId?: string;
  [key: string]: unknown;
}

export interface LbEventDetails {
  'lb-open': { view: ViewId };
  'lb-close': { source: CloseSource };
  'lb-request-close': { source: CloseSource };
  'lb-navigate': { view: ViewId; params: NavigateParams };
  'lb-unread-change': { count: number };
  'lb-search': { query: string; total: number };
  'lb-article-open': { article: ArticleSummary };
  'lb-article-feedback': { articleId: string; helpful: boolean };
  'lb-message-send': { message: Message };
  'lb-message-receive': { message: Message };
  'lb-conversation-start': { conversationId: string };
  'lb-conversation-close': { conversationId: string };
  'lb-ticket-created': { ticket: Ticket };
  'lb-ticket-updated': { ticket: Ticket };
  /** A suggested article solved the problem while the user was filling in the ticket form. */
  'lb-ticket-deflected': { article: ArticleSummary; categoryId: string };
  'lb-channel-select': { channel: Channel };
  'lb-secret-blocked': { kind: string; source: string };
  'lb-error': { code: string; message: string; source: string };
}

export type CloseSource = 'close-button' | 'escape' | 'launcher' | 'api' | 'outside';

export type LbEventName = keyof LbEventDetails;
export type LbEvent<N extends LbEventName> = CustomEvent<LbEventDetails[N]>;

declare global {
  interface HTMLElementEventMap {
    'lb-open': LbEvent<'lb-open'>;
    'lb-close': LbEvent<'lb-close'>;
    'lb-request-close': LbEvent<'lb-request-close'>;
    'lb-navigate': LbEvent<'lb-navigate'>;
    'lb-unread-change': LbEvent<'lb-unread-change'>;
    'lb-search': LbEvent<'lb-search'>;
    'lb-article-open': LbEvent<'lb-article-open'>;
    'lb-article-feedback': LbEvent<'lb-article-feedback'>;
    'lb-message-send': LbEvent<'lb-message-send'>;
    'lb-message-receive': LbEvent<'lb-message-receive'>;
    'lb-conversation-start': LbEvent<'lb-conversation-start'>;
    'lb-conversation-close': LbEvent<'lb-conversation-close'>;
    'lb-ticket-created': LbEvent<'lb-ticket-created'>;
    'lb-ticket-deflected': LbEvent<'lb-ticket-deflected'>;
    'lb-channel-select': LbEvent<'lb-channel-select'>;
    'lb-secret-blocked': LbEvent<'lb-secret-blocked'>;
    'lb-error': LbEvent<'lb-error'>;
  }
}

/**
 * Dispatches a bubbling, composed `lb-*` event. Returns false when a cancelable event was
 * cancelled by a listener (`preventDefault()`).
 */
export function emit<N extends LbEventName>(
  target: EventTarget,
  name: N,
  detail: LbEventDetails[N],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
