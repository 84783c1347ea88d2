/** Demo tickets. (Foundation version; see issue 5 for the full form definition.) */
import { AdapterError, type TicketsApi } from '../contract.js';
import type { TicketDetail } from '../schemas.js';
import type { DemoContext } from './context.js';

export function createDemoTickets(context: DemoContext): TicketsApi {
  const load = () => context.db.read<TicketDetail[]>('tickets', () => []);
  const find = (id: string) => {
    const ticket = load().find((t) => t.id === id);
    if (!ticket) throw new AdapterError('not_found', `No ticket ${id}.`);
    return ticket;
  };
  const summary = ({ fields: _f, messages: _m, ...rest }: TicketDetail) => rest;
  return {
    async form() {
      return { categories: [{ id: 'other', name: 'Other', fields: [], incidentTags: [] }] };
    },
    async create(input) {
      const existing = load().find((t) => t.id === `t_${input.idempotencyKey}`);
      if (existing) return summary(existing);
      const now = new Date(context.now()).toISOString();
      const ticket: TicketDetail = {
        id: `t_${input.idempotencyKey}`, number: String(100000 + load().length), subject: input.subject, categoryId: input.categoryId,
        status: 'open', createdAt: now, updatedAt: now, unread: 0, fields: input.fields, messages: [],
      };
      context.db.update<TicketDetail[]>('tickets', () => [], (all) => [...all, ticket]);
      return summary(ticket);
    },
    async list() {
      return load().map(summary);
    },
    async get(id) {
      return find(id);
    },
    async reply(id, input) {
      const ticket = find(id);
      const message = { id: context.id('tm'), clientId: input.clientId, author: { id: 'me', role: 'user' as const, name: 'You' }, text: input.text, attachments: [], createdAt: new Date(context.now()).toISOString() };
      ticket.messages.push(message);
      context.db.write('tickets', load());
      return message;
    },
    async setStatus(id, status) {
      const ticket = find(id);
      ticket.status = status;
      context.db.write('tickets', load());
      return summary(ticket);
    },
    async markRead() {},
  };
}
