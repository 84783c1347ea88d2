/**
 * `createZendeskAdapter`: Lifebuoy on Zendesk (SaaS).
 *
 * - articles: the Help Center API (search, articles, categories + sections, votes).
 * - tickets: the Requests API (an end user's tickets: create, list, read, reply, solve), with
 *   idempotent creation as described in tickets.ts.
 * - attachments: Zendesk uploads (a token per file, passed along with a new request or reply).
 * - chat: absent unless you pass one (`chat`), e.g. another adapter's chat domain; this adapter
 *   does not implement Zendesk messaging.
 * - channels, status, verification: absent (Zendesk has no such end-user API).
 *
 * Identity: `identify({ token })` sends `Authorization: Bearer <token>` — an OAuth access token
 * for the end user (Zendesk answers CORS requests from browsers only for OAuth tokens). Without a
 * token the user is anonymous: articles and request creation work (if the account allows
 * anonymous requests), the rest answers `unauthorized`.
 *
 * See docs/adapters.md for configuration and for what was verified only against documentation.
 */
import { AdapterError, type ChatApi, type SupportAdapter } from '../contract.js';
import type { AttachmentLimits, User } from '../schemas.js';
import { createVendorHttp } from '../chatwoot/vendor-http.js';
import { createZendeskArticles } from './articles.js';
import { createZendeskAttachments, ZENDESK_MAX_UPLOAD_BYTES } from './attachments.js';
import { createZendeskTickets, type ZendeskTicketOptions } from './tickets.js';

export type { ZendeskTicketOptions } from './tickets.js';

export interface ZendeskAdapterOptions {
  /** The account's subdomain: "acme" for https://acme.zendesk.com. Either this or `baseUrl`. */
  subdomain?: string;
  /** The API origin, e.g. "https://help.acme.com" (host-mapped) or a same-origin proxy. */
  baseUrl?: string;
  /** Lifebuoy locale → Help Center locale. Default `{ en: 'en-us' }`; others are lowercased. */
  localeMap?: Record<string, string>;
  /** Ticket form, field mapping and idempotency field; `false` leaves the tickets domain out. */
  tickets?: ZendeskTicketOptions | false;
  /** Upload limits the widget enforces before sending; `false` leaves the attachments domain out. */
  attachments?: { limits?: Partial<AttachmentLimits> } | false;
  /** `false` leaves the articles domain out (e.g. no Help Center). */
  articles?: boolean;
  /** A chat domain to expose, e.g. `createChatwootAdapter(…).chat`. Zendesk chat itself is not implemented. */
  chat?: ChatApi;
  /** Most pages followed for one list (requests, comments, categories). Default 10. */
  maxPages?: number;
  /** Per request, in ms. Default 15000. */
  timeoutMs?: number;
  /** Per upload, in ms. Default 300000. */
  uploadTimeoutMs?: number;
  /** Retries of failed GETs. Default 2. */
  retries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  fetch?: typeof fetch;
  XMLHttpRequest?: typeof XMLHttpRequest;
}

const DEFAULT_LIMITS: AttachmentLimits = {
  maxBytes: ZENDESK_MAX_UPLOAD_BYTES,
  maxCount: 5,
  accept: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'],
};

export function createZendeskAdapter(options: ZendeskAdapterOptions): SupportAdapter {
  const baseUrl = options.baseUrl ?? (options.subdomain && /^[a-z0-9][a-z0-9-]*$/i.test(options.subdomain) ? `https://${options.subdomain}.zendesk.com` : undefined);
  if (!baseUrl) throw new AdapterError('invalid_request', 'Zendesk: give a subdomain or a baseUrl.');
  let user: User | null = null;
  const headers = (): Record<string, string> => (user?.token ? { Authorization: `Bearer ${user.token}` } : {});
  const http = createVendorHttp({
    vendor: 'Zendesk',
    baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    retryBaseDelayMs: options.retryBaseDelayMs,
    retryMaxDelayMs: options.retryMaxDelayMs,
    headers,
    errorMessage: (body) => {
      const value = body as { error?: unknown; description?: unknown; error_description?: unknown; details?: unknown } | undefined;
      const parts = [value?.error, value?.description ?? value?.error_description].filter((part): part is string => typeof part === 'string');
      const details = value?.details && typeof value.details === 'object'
        ? Object.values(value.details as Record<string, { description?: unknown }[]>).flat().map((d) => d?.description).filter((d): d is string => typeof d === 'string')
        : [];
      const text = [...parts, ...details].join(' — ');
      return text ? text.slice(0, 300) : undefined;
    },
  });
  const localeMap: Record<string, string> = { en: 'en-us', ...options.localeMap };
  const locale = (value: string) => localeMap[value] ?? value.toLowerCase();
  const maxPages = options.maxPages ?? 10;

  const tickets = options.tickets === false
    ? undefined
    : createZendeskTickets({ http, options: options.tickets ?? {}, user: () => user, signedIn: () => Boolean(user?.token), maxPages });
  const attachments = options.attachments === false
    ? undefined
    : createZendeskAttachments({
      http,
      headers,
      limits: { ...DEFAULT_LIMITS, ...options.attachments?.limits },
      timeoutMs: options.uploadTimeoutMs ?? 300_000,
      XMLHttpRequest: options.XMLHttpRequest,
    });
  const articles = options.articles === false ? undefined : createZendeskArticles({ http, locale, maxPages });

  return {
    name: 'zendesk',
    async identify(next) {
      if ((next?.token ?? null) !== (user?.token ?? null)) tickets?.reset();
      user = next;
    },
    ...(articles ? { articles } : {}),
    ...(tickets ? { tickets } : {}),
    ...(attachments ? { attachments } : {}),
    ...(options.chat ? { chat: options.chat } : {}),
  };
}
