/**
 * Tickets: created once per idempotency key, with every value checked against the category's form
 * (ticket-fields.ts), replies deduplicated by clientId, and statuses that follow the usual help-desk
 * flow — a user reply (re)opens, an agent reply waits for the user ("pending"), agents solve,
 * either side closes.
 */
import type {
  CreateTicketInput, Participant, Ticket, TicketCategory, TicketDetail, TicketFormDefinition, TicketMessage, TicketReplyInput, TicketStatus,
} from '../../src/adapters/schemas.js';
import type { Attachments } from './attachments.js';
import type { Identity } from './auth.js';
import { randomId } from './auth.js';
import type { Bus } from './bus.js';
import type { Chat } from './chat.js';
import { SYSTEM } from './chat.js';
import type { Db } from './db.js';
import { nowIso, sql } from './db.js';
import { HttpError } from './http.js';
import { checkTicket, summarize, type TicketCheck } from './ticket-fields.js';

interface TicketRow {
  id: string;
  number: number;
  user_id: string;
  subject: string;
  category_id: string;
  status: TicketStatus;
  fields: string;
  conversation_id: string | null;
  expected_response_minutes: number | null;
  unread: number;
  created_at: string;
  updated_at: string;
}

const FIRST_NUMBER = 100_001;

export class Tickets {
  constructor(
    private readonly db: Db,
    private readonly bus: Bus,
    private readonly attachments: Attachments,
    private readonly chat: Chat,
  ) {}

  /** The last form read, by its stored text: parsed again only when the stored form changes. */
  private parsedForm: { data: string; form: TicketFormDefinition } | undefined;

  form(): TicketFormDefinition {
    const row = sql(this.db, "SELECT data FROM documents WHERE name = 'ticketForm'").get() as { data: string } | undefined;
    if (!row) return { categories: [] };
    if (this.parsedForm?.data !== row.data) this.parsedForm = { data: row.data, form: JSON.parse(row.data) as TicketFormDefinition };
    return this.parsedForm.form;
  }

  row(id: string): TicketRow {
    const row = sql(this.db, 'SELECT * FROM tickets WHERE id = ?').get(id) as TicketRow | undefined;
    if (!row) throw new HttpError(404, 'not_found', `No ticket "${id}".`);
    return row;
  }

  owned(identity: Identity, id: string): TicketRow {
    const row = this.row(id);
    if (row.user_id !== identity.id) throw new HttpError(404, 'not_found', `No ticket "${id}".`);
    return row;
  }

  present(row: TicketRow): Ticket {
    return {
      id: row.id,
      number: String(row.number),
      subject: row.subject,
      categoryId: row.category_id,
      status: row.status,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      unread: row.unread,
      ...(row.expected_response_minutes !== null ? { expectedResponseMinutes: row.expected_response_minutes } : {}),
    };
  }

  detail(row: TicketRow): TicketDetail {
    const messages = (sql(this.db, 'SELECT data FROM ticket_messages WHERE ticket_id = ? ORDER BY created_at, rowid').all(row.id) as { data: string }[])
      .map((message) => JSON.parse(message.data) as TicketMessage);
    return { ...this.present(row), fields: JSON.parse(row.fields) as Record<string, string>, messages };
  }

  list(identity: Identity): Ticket[] {
    const rows = sql(this.db, 'SELECT * FROM tickets WHERE user_id = ? ORDER BY updated_at DESC').all(identity.id) as TicketRow[];
    return rows.map((row) => this.present(row));
  }

  /**
   * The ticket checked against its category in the served form (see ticket-fields.ts): 400
   * `invalid_request` with one `{ path, message }` detail per problem, naming the field.
   */
  private checkFields(input: CreateTicketInput): { category: TicketCategory; check: TicketCheck } {
    const category = this.form().categories.find((c) => c.id === input.categoryId);
    if (!category) throw new HttpError(400, 'invalid_request', `Unknown ticket category "${input.categoryId}".`, [{ path: ['categoryId'], message: 'unknown category' }]);
    const check = checkTicket(category, input, this.attachments.limits());
    if (check.issues.length) throw new HttpError(400, 'invalid_request', summarize(category, check.issues), check.issues);
    return { category, check };
  }

  create(identity: Identity, input: CreateTicketInput, author: Participant): { ticket: Ticket; created: boolean } {
    const scope = `ticket:${identity.id}`;
    const result = this.db.transaction(() => {
      const stored = sql(this.db, 'SELECT body FROM idempotency WHERE scope = ? AND key = ?').get(scope, input.idempotencyKey) as { body: string } | undefined;
      if (stored) return { ticket: this.present(this.row((JSON.parse(stored.body) as { id: string }).id)), created: false };
      const { category, check } = this.checkFields(input);
      const attachments = this.attachments.resolve(input.attachmentIds, identity.id, check.maxAttachments);
      const id = randomId('tkt');
      const { next } = sql(this.db, 'SELECT COALESCE(MAX(number), ?) + 1 AS next FROM tickets').get(FIRST_NUMBER - 1) as { next: number };
      const now = nowIso();
      let conversationId: string | null = null;
      if (input.conversationId) conversationId = this.chat.owned(identity, input.conversationId).id;
      sql(this.db, `INSERT INTO tickets (id, number, user_id, subject, category_id, status, fields, conversation_id, expected_response_minutes, unread, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, 0, ?, ?)`)
        .run(id, next, identity.id, input.subject.trim(), input.categoryId, JSON.stringify(check.fields), conversationId, category.expectedResponseMinutes ?? null, now, now);
      this.insertMessage(id, { id: randomId('tm'), author, text: input.description, attachments, createdAt: now });
      if (conversationId) this.insertTranscript(id, conversationId, now);
      sql(this.db, 'INSERT INTO idempotency (scope, key, request_hash, status, body, created_at) VALUES (?, ?, ?, 201, ?, ?)')
        .run(scope, input.idempotencyKey, '', JSON.stringify({ id }), now);
      return { ticket: this.present(this.row(id)), created: true };
    })();
    if (result.created) this.bus.notifyAgents({ type: 'ticket', ticketId: result.ticket.id, status: result.ticket.status });
    return result;
  }

  private insertMessage(ticketId: string, message: TicketMessage, conversationId: string | null = null): void {
    sql(this.db, 'INSERT INTO ticket_messages (id, ticket_id, client_id, data, created_at, conversation_id, role) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(message.id, ticketId, message.clientId ?? null, JSON.stringify(message), message.createdAt, conversationId, message.author.role);
  }

  /** Which of `messageIds` are ticket messages an agent wrote (through the agent API) on the caller's tickets. One query. */
  agentMessageIds(identity: Identity, messageIds: string[]): Set<string> {
    const rows = sql(this.db, `SELECT m.id FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id
      WHERE m.id IN (SELECT value FROM json_each(?)) AND t.user_id = ? AND m.role = 'agent'`)
      .all(JSON.stringify(messageIds), identity.id) as { id: string }[];
    return new Set(rows.map((row) => row.id));
  }

  /** The carried-over chat, as a system message after the one it came with (none for an empty chat). */
  private insertTranscript(ticketId: string, conversationId: string, now: string): void {
    const transcript = this.chat.messages(conversationId)
      .map((m) => `[${m.createdAt}] ${m.author.name} (${m.author.role}): ${m.text}${m.attachments.length ? ` [${m.attachments.map((a) => a.name).join(', ')}]` : ''}`)
      .join('\n');
    if (transcript) this.insertMessage(ticketId, { id: randomId('tm'), author: SYSTEM, text: `Chat transcript:\n${transcript}`.slice(0, 50_000), attachments: [], createdAt: now });
  }

  reply(ticketId: string, input: TicketReplyInput, author: Participant, by: 'user' | 'agent', nextStatus?: TicketStatus, owner?: Identity): { message: TicketMessage; created: boolean } {
    const result = this.db.transaction(() => {
      const row = owner ? this.owned(owner, ticketId) : this.row(ticketId);
      const existing = sql(this.db, 'SELECT data FROM ticket_messages WHERE ticket_id = ? AND client_id = ?').get(ticketId, input.clientId) as { data: string } | undefined;
      if (existing) return { message: JSON.parse(existing.data) as TicketMessage, created: false, status: row.status };
      if (row.status === 'closed') throw new HttpError(409, 'conflict', 'This ticket is closed; open a new one.');
      if (!input.text.trim() && !input.attachmentIds.length) throw new HttpError(400, 'invalid_request', 'A reply needs text or an attachment.', [{ path: ['text'], message: 'required' }]);
      const attachments = this.attachments.resolve(input.attachmentIds, by === 'user' ? row.user_id : null);
      // Only the ticket's owner carries a chat over (agents' replies never name one), and only their own.
      const conversationId = input.conversationId && owner ? this.chat.owned(owner, input.conversationId).id : null;
      const now = nowIso();
      const message: TicketMessage = { id: randomId('tm'), clientId: input.clientId, author, text: input.text, attachments, createdAt: now };
      this.insertMessage(ticketId, message, conversationId);
      if (conversationId) this.insertTranscript(ticketId, conversationId, now);
      const status = nextStatus ?? (by === 'user' ? 'open' : 'pending');
      sql(this.db, 'UPDATE tickets SET status = ?, unread = unread + ?, updated_at = ? WHERE id = ?').run(status, by === 'agent' ? 1 : 0, now, ticketId);
      return { message, created: true, status };
    })();
    if (result.created) this.bus.notifyAgents({ type: 'ticket', ticketId, status: result.status });
    return { message: result.message, created: result.created };
  }

  setStatus(ticketId: string, status: TicketStatus, owner?: Identity): Ticket {
    const row = owner ? this.owned(owner, ticketId) : this.row(ticketId);
    if (row.status !== status) {
      sql(this.db, 'UPDATE tickets SET status = ?, updated_at = ? WHERE id = ?').run(status, nowIso(), ticketId);
      this.bus.notifyAgents({ type: 'ticket', ticketId, status });
    }
    return this.present(this.row(ticketId));
  }

  markRead(identity: Identity, ticketId: string): void {
    this.owned(identity, ticketId);
    sql(this.db, 'UPDATE tickets SET unread = 0 WHERE id = ?').run(ticketId);
  }

  agentList(status: string | undefined): TicketRow[] {
    if (status === 'all') return sql(this.db, 'SELECT * FROM tickets ORDER BY updated_at DESC LIMIT 500').all() as TicketRow[];
    if (status) return sql(this.db, 'SELECT * FROM tickets WHERE status = ? ORDER BY updated_at DESC LIMIT 500').all(status) as TicketRow[];
    return sql(this.db, "SELECT * FROM tickets WHERE status IN ('open', 'pending') ORDER BY status = 'pending', updated_at LIMIT 500").all() as TicketRow[];
  }
}

export type { TicketRow };
