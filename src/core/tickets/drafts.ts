/**
 * Ticket drafts, one per category, kept in consent-gated storage so a reload, a crash or a closed
 * panel loses nothing. A draft carries the idempotency key of the ticket it will become, so a
 * submit retried after a reload still creates one ticket. Only the form store writes drafts, after
 * the secret guard has cleared every value in them.
 */
import { z } from 'zod/mini';
import { attachmentSchema } from '../../adapters/schemas.js';
import { StoredValue } from '../stored-value.js';

const draftSchema = z.object({
  categoryId: z.string(),
  values: z.record(z.string(), z.string()),
  attachments: z._default(z.record(z.string(), z.array(attachmentSchema)), {}),
  /** The idempotency key the ticket is created with; generated once per draft. */
  key: z.string().check(z.minLength(8)),
  savedAt: z.number(),
  /** Secret-guard findings the user confirmed ("it is a transaction hash"), per field. */
  confirmed: z._default(z.record(z.string(), z.array(z.string())), {}),
  /** The chat carried over into the ticket; drafts saved before it was kept have none. */
  conversationId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type TicketDraft = z.infer<typeof draftSchema>;

const parseDraft = (raw: unknown) => {
  const result = draftSchema.safeParse(raw);
  return result.success ? result.data : undefined;
};

export class DraftStorage {
  /** `namespace` separates users (and backends) sharing a browser; read at every access. */
  constructor(private readonly namespace: () => string = () => 'default') {}

  private get last(): StoredValue<string> {
    return new StoredValue(`tickets.lastCategory.${this.namespace()}`, (raw) => (typeof raw === 'string' ? raw : undefined));
  }

  private slot(categoryId: string): StoredValue<TicketDraft> {
    return new StoredValue(`tickets.draft.${this.namespace()}.${categoryId}`, parseDraft);
  }

  read(categoryId: string): TicketDraft | undefined {
    const draft = this.slot(categoryId).read();
    return draft?.categoryId === categoryId ? draft : undefined;
  }

  write(draft: TicketDraft): void {
    this.slot(draft.categoryId).write(draft);
    this.last.write(draft.categoryId);
  }

  clear(categoryId: string): void {
    this.slot(categoryId).write(undefined);
    if (this.last.read() === categoryId) this.last.write(undefined);
  }

  /** The category of the draft edited last, to reopen the form where the user left it. */
  lastCategory(): string | undefined {
    return this.last.read();
  }
}
