/**
 * Tickets through Zendesk's Requests API — the end user's view of tickets. Creating works for
 * signed-in end users (OAuth access token) and, when the account allows it, anonymously (the
 * requester's name and email come from `identify()`); listing, reading, replying and solving need
 * a signed-in end user.
 *
 * Idempotency: Zendesk documents the `Idempotency-Key` header for the Tickets API's Create
 * Ticket only (an agent endpoint), not for Create Request. So a ticket is created once per key
 * like this: the adapter shares one in-flight creation per key, and — when `idempotencyFieldId`
 * names a custom text field that end users can edit — writes the key into that field and, for a
 * signed-in user, first looks among their most recent requests for one carrying the key (so a
 * retry after a lost response, or after a reload, returns the existing ticket).
 *
 * The form: Zendesk's ticket fields cannot be read by end users, so the form definition is the
 * integrator's (`form`); `fieldMap` sends form fields to Zendesk custom fields, and fields without
 * a mapping are written into the description as "Label: value" lines.
 */
import { AdapterError, type TicketsApi } from '../contract.js';
import type { CreateTicketInput, Ticket, TicketCategory, TicketDetail, TicketFormDefinition, TicketMessage, User } from '../schemas.js';
import type { VendorHttp } from '../chatwoot/vendor-http.js';
import {
  commentsResponseSchema, fieldText, iso, mapTicketStatus, requestResponseSchema, requestsResponseSchema, toTicketMessage,
  type CommentNames, type ZendeskComment, type ZendeskCommentsPage, type ZendeskRequest,
} from './api.js';

export interface ZendeskTicketOptions {
  /** The form the widget shows. Default: one category ("general") with no extra fields. */
  form?: TicketFormDefinition;
  /** Form field id → Zendesk custom field id (the field must be visible and editable for end users). */
  fieldMap?: Record<string, number>;
  /** Form category id → Zendesk ticket form id. */
  ticketForms?: Record<string, number>;
  /** A custom field (end-user editable text or dropdown) that stores the form category id. */
  categoryFieldId?: number;
  /** A custom field (end-user editable text) that stores the idempotency key. */
  idempotencyFieldId?: number;
  /** Names shown when Zendesk sends none. */
  names?: Partial<CommentNames>;
}

export interface ZendeskTicketsContext {
  http: VendorHttp;
  options: ZendeskTicketOptions;
  user(): User | null;
  signedIn(): boolean;
  maxPages: number;
}

const DEFAULT_FORM: TicketFormDefinition = { categories: [{ id: 'general', name: 'Support request', fields: [], incidentTags: [] }] };
const AMBIGUOUS = new Set(['network', 'timeout', 'unavailable', 'aborted']);
const CLOCK_SKEW_MS = 120_000;

/** How a carried-over chat is noted in the comment it came with (the description, or a reply). */
const chatLine = (conversationId: string) => `Chat conversation: ${conversationId}`;

export function createZendeskTickets(context: ZendeskTicketsContext): TicketsApi & { reset(): void } {
  const options = context.options;
  const form = options.form ?? DEFAULT_FORM;
  const names: CommentNames = { agent: 'Support', user: 'You', ...options.names };
  const creating = new Map<string, Promise<Ticket>>();
  const replying = new Map<string, Promise<TicketMessage>>();
  /** clientId → when a reply that may or may not have reached Zendesk was first tried. */
  const uncertainReplies = new Map<string, number>();

  const requestId = (id: string) => {
    if (!/^\d+$/.test(id)) throw new AdapterError('not_found', `No Zendesk request ${id}.`);
    return id;
  };

  const requireSignedIn = () => {
    if (!context.signedIn()) throw new AdapterError('unauthorized', 'Zendesk shows requests to signed-in end users only (identify with an OAuth access token).');
  };

  const categoryOf = (request: ZendeskRequest): TicketCategory | undefined => {
    const stored = options.categoryFieldId ? fieldText(request.custom_fields?.find((f) => f.id === options.categoryFieldId)?.value) : undefined;
    const byForm = request.ticket_form_id ? Object.entries(options.ticketForms ?? {}).find(([, formId]) => formId === request.ticket_form_id)?.[0] : undefined;
    const id = stored ?? byForm;
    return form.categories.find((c) => c.id === id) ?? form.categories[0];
  };

  const toTicket = (request: ZendeskRequest): Ticket => {
    const category = categoryOf(request);
    return {
      id: String(request.id),
      number: `#${request.id}`,
      subject: (request.subject || request.description || `#${request.id}`).slice(0, 500),
      categoryId: category?.id ?? 'general',
      status: mapTicketStatus(request.status),
      createdAt: iso(request.created_at),
      updatedAt: iso(request.updated_at),
      // Zendesk keeps no read state for end users.
      unread: 0,
      ...(category?.expectedResponseMinutes !== undefined ? { expectedResponseMinutes: category.expectedResponseMinutes } : {}),
    };
  };

  const fieldsOf = (request: ZendeskRequest): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [fieldId, zendeskId] of Object.entries(options.fieldMap ?? {})) {
      const value = fieldText(request.custom_fields?.find((f) => f.id === zendeskId)?.value);
      if (value !== undefined) out[fieldId] = value.slice(0, 5000);
    }
    return out;
  };

  const fetchRequest = async (id: string, signal?: AbortSignal) =>
    (await context.http.json(`/api/v2/requests/${requestId(id)}`, requestResponseSchema, 'request', { signal })).request;

  /** Every public comment, oldest first (cursor pagination). */
  const fetchComments = async (id: string, signal?: AbortSignal): Promise<{ comments: ZendeskComment[]; pages: ZendeskCommentsPage[] }> => {
    const pages = [await context.http.json(`/api/v2/requests/${requestId(id)}/comments`, commentsResponseSchema, 'comment list', {
      query: { 'page[size]': 100, sort: 'created_at' },
      signal,
    })];
    while (pages.length < context.maxPages && pages.at(-1)!.meta?.has_more && pages.at(-1)!.links?.next) {
      pages.push(await context.http.follow(pages.at(-1)!.links!.next!, commentsResponseSchema, 'comment list', { signal }));
    }
    return { comments: pages.flatMap((page) => page.comments).filter((comment) => comment.public !== false), pages };
  };

  const users = (pages: ZendeskCommentsPage[]) => ({ users: pages.flatMap((page) => page.users ?? []) });

  /** The user's requests, most recently updated first, up to `maxPages` pages of 100. */
  const fetchRequests = async (sortBy: 'updated_at' | 'created_at', maxPages: number, size: number, signal?: AbortSignal) => {
    const pages = [await context.http.json('/api/v2/requests', requestsResponseSchema, 'request list', {
      query: { sort_by: sortBy, sort_order: 'desc', 'page[size]': size },
      signal,
    })];
    while (pages.length < maxPages && pages.at(-1)!.meta?.has_more && pages.at(-1)!.links?.next) {
      pages.push(await context.http.follow(pages.at(-1)!.links!.next!, requestsResponseSchema, 'request list', { signal }));
    }
    return pages.flatMap((page) => page.requests);
  };

  const describe = (input: CreateTicketInput, category: TicketCategory | undefined): string => {
    const lines: string[] = [];
    for (const field of category?.fields ?? []) {
      const value = input.fields[field.id];
      if (!value || field.type === 'file' || options.fieldMap?.[field.id] !== undefined) continue;
      const option = field.options?.find((o) => o.value === value);
      lines.push(`${field.label}: ${option?.label ?? value}`);
    }
    for (const [id, value] of Object.entries(input.fields)) {
      if (value && !category?.fields.some((f) => f.id === id) && options.fieldMap?.[id] === undefined) lines.push(`${id}: ${value}`);
    }
    if (input.conversationId) lines.push(chatLine(input.conversationId));
    return lines.length ? `${input.description}\n\n${lines.join('\n')}` : input.description;
  };

  async function createOnce(input: CreateTicketInput, signal?: AbortSignal): Promise<Ticket> {
    const key = input.idempotencyKey;
    if (options.idempotencyFieldId && context.signedIn()) {
      const recent = await fetchRequests('created_at', 1, 50, signal);
      const existing = recent.find((r) => fieldText(r.custom_fields?.find((f) => f.id === options.idempotencyFieldId)?.value) === key);
      if (existing) return toTicket(existing);
    }
    const category = form.categories.find((c) => c.id === input.categoryId);
    if (!category) throw new AdapterError('invalid_request', `Unknown ticket category ${input.categoryId}.`);
    const customFields: { id: number; value: string }[] = [];
    for (const [fieldId, zendeskId] of Object.entries(options.fieldMap ?? {})) {
      const value = input.fields[fieldId];
      if (value) customFields.push({ id: zendeskId, value });
    }
    if (options.categoryFieldId) customFields.push({ id: options.categoryFieldId, value: input.categoryId });
    if (options.idempotencyFieldId) customFields.push({ id: options.idempotencyFieldId, value: key });
    const ticketForm = options.ticketForms?.[input.categoryId];
    const user = context.user();
    if (!context.signedIn() && !user?.name && !user?.email) {
      throw new AdapterError('unauthorized', 'An anonymous Zendesk request needs the requester: identify() with a name and an email.');
    }
    const { request } = await context.http.json('/api/v2/requests', requestResponseSchema, 'request', {
      method: 'POST',
      body: {
        request: {
          subject: input.subject,
          comment: { body: describe(input, category), ...(input.attachmentIds.length ? { uploads: input.attachmentIds } : {}) },
          ...(customFields.length ? { custom_fields: customFields } : {}),
          ...(ticketForm ? { ticket_form_id: ticketForm } : {}),
          ...(context.signedIn() ? {} : { requester: { name: user?.name || user?.email, ...(user?.email ? { email: user.email } : {}) } }),
        },
      },
      signal,
    });
    return toTicket(request);
  }

  const api: TicketsApi & { reset(): void } = {
    reset() {
      creating.clear();
      replying.clear();
      uncertainReplies.clear();
    },

    async form() {
      return form;
    },

    create(input, requestOptions = {}) {
      const existing = creating.get(input.idempotencyKey);
      if (existing) return existing;
      const attempt = createOnce(input, requestOptions.signal);
      creating.set(input.idempotencyKey, attempt);
      attempt.catch(() => creating.delete(input.idempotencyKey));
      return attempt;
    },

    async list(requestOptions = {}) {
      requireSignedIn();
      return (await fetchRequests('updated_at', context.maxPages, 100, requestOptions.signal)).map(toTicket);
    },

    async get(id, requestOptions = {}) {
      requireSignedIn();
      const [request, { comments, pages }] = await Promise.all([fetchRequest(id, requestOptions.signal), fetchComments(id, requestOptions.signal)]);
      const detail: TicketDetail = {
        ...toTicket(request),
        fields: fieldsOf(request),
        messages: comments.map((comment) => toTicketMessage(comment, users(pages), request.requester_id, names)),
      };
      return detail;
    },

    reply(id, input, requestOptions = {}) {
      const existing = replying.get(input.clientId);
      if (existing) return existing;
      const body = input.conversationId ? `${input.text}\n\n${chatLine(input.conversationId)}` : input.text;
      const attempt = (async (): Promise<TicketMessage> => {
        requireSignedIn();
        const request = await fetchRequest(id, requestOptions.signal);
        // Zendesk's clock is not ours: "since" allows two minutes of skew.
        const mine = (comment: ZendeskComment, since?: number) =>
          comment.author_id === request.requester_id && (comment.plain_body ?? comment.body ?? '').trim() === body.trim()
          && (since === undefined || Date.parse(comment.created_at) >= since - CLOCK_SKEW_MS);
        const started = uncertainReplies.get(input.clientId);
        if (started !== undefined) {
          const { comments, pages } = await fetchComments(id, requestOptions.signal);
          const found = [...comments].reverse().find((comment) => mine(comment, started));
          if (found) {
            uncertainReplies.delete(input.clientId);
            return { ...toTicketMessage(found, users(pages), request.requester_id, names), clientId: input.clientId };
          }
        }
        const firstTry = started ?? Date.now();
        try {
          await context.http.json(`/api/v2/requests/${requestId(id)}`, requestResponseSchema, 'request', {
            method: 'PUT',
            body: { request: { comment: { body, ...(input.attachmentIds.length ? { uploads: input.attachmentIds } : {}) } } },
            signal: requestOptions.signal,
          });
        } catch (error) {
          const failure = AdapterError.from(error);
          if (AMBIGUOUS.has(failure.code)) uncertainReplies.set(input.clientId, firstTry);
          throw failure;
        }
        uncertainReplies.delete(input.clientId);
        const { comments, pages } = await fetchComments(id, requestOptions.signal);
        const created = [...comments].reverse().find((comment) => mine(comment));
        if (!created) throw new AdapterError('invalid_response', 'Zendesk accepted the reply but does not list it.');
        return { ...toTicketMessage(created, users(pages), request.requester_id, names), clientId: input.clientId };
      })();
      replying.set(input.clientId, attempt);
      attempt.catch(() => replying.delete(input.clientId));
      return attempt;
    },

    async setStatus(id, status, requestOptions = {}) {
      requireSignedIn();
      const request = await fetchRequest(id, requestOptions.signal);
      const current = mapTicketStatus(request.status);
      if (status === 'open') {
        if (current === 'open' || current === 'pending') return toTicket(request);
        throw new AdapterError('unsupported', 'Zendesk reopens a solved request when the user replies to it; a closed one cannot be reopened.');
      }
      if (current === 'solved' || current === 'closed') return toTicket(request);
      if (!request.can_be_solved_by_me) {
        throw new AdapterError('forbidden', 'Zendesk lets the requester solve a request only once an agent is assigned to it.');
      }
      const { request: solved } = await context.http.json(`/api/v2/requests/${requestId(id)}`, requestResponseSchema, 'request', {
        method: 'PUT',
        body: { request: { solved: true } },
        signal: requestOptions.signal,
      });
      return toTicket(solved);
    },

    async markRead() {
      // Zendesk keeps no per-request read state for end users: nothing to record.
    },
  };
  return api;
}
