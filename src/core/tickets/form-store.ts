/**
 * The ticket form's state, without DOM: the form definition, the chosen category and its values,
 * which fields show (`showWhen`, memo networks), validation, per-category drafts autosaved through
 * the secret guard, attachments, deflection, the duplicate-ticket check and an idempotent submit.
 */
import { AdapterError, type SupportAdapter } from '../../adapters/contract.js';
import type {
  AttachmentLimits, Ticket, TicketCategory, TicketField, TicketFormDefinition,
} from '../../adapters/schemas.js';
import { scanForSecrets, type SecretScan } from '../secret-guard.js';
import { validateField } from '../validators/field.js';
import { fail, type Issue, type ValidationResult } from '../validators/result.js';
import { AttachmentQueue, resolveLimits } from './attachments.js';
import { DeflectionStore } from './deflection.js';
import { DraftStorage } from './drafts.js';
import { randomId } from './ids.js';
import { Observable } from './observable.js';
import { visibleFields } from './visibility.js';

/** Ids of the two fields every category has; category fields must not reuse them. */
export const SUBJECT = 'subject';
export const DESCRIPTION = 'description';
export const DESCRIPTION_MIN_LENGTH = 20;

const BUILTINS: readonly TicketField[] = [
  { id: SUBJECT, type: 'text', label: '', required: true },
  { id: DESCRIPTION, type: 'textarea', label: '', required: true },
];

/** Field types whose text goes through the secret guard (everything the user types). */
const SCANNED = new Set(['text', 'textarea', 'uid', 'tx-hash', 'address', 'amount', 'memo', 'email']);
/** In these fields a 64-hex string is what was asked for, so it needs no "is this a hash?" check. */
const HASH_FIELDS = new Set(['tx-hash', 'address']);

export type FormStatus = 'loading' | 'load-error' | 'editing' | 'duplicate' | 'submitting' | 'success' | 'deflected';

export type SubmitOutcome =
  | { outcome: 'invalid'; invalid: string[] }
  | { outcome: 'duplicate' }
  | { outcome: 'error'; error: AdapterError }
  | { outcome: 'created'; ticket: Ticket }
  | { outcome: 'appended'; ticket: Ticket }
  | { outcome: 'skipped' };

export interface TicketFormStoreOptions {
  adapter: () => SupportAdapter | undefined;
  locale?: () => string;
  /** Separates drafts of different users (or backends) in storage. Default "default". */
  namespace?: () => string;
  /** Milliseconds of quiet before a draft is saved. Default 500. */
  saveDelay?: number;
  now?: () => number;
  /** The secret guard (replaceable in tests). Default `scanForSecrets`. */
  scan?: (text: string) => Promise<SecretScan>;
  /** A field's text turned out to hold a secret that blocks sending (called once per text). */
  onSecretBlocked?: (fieldId: string, scan: SecretScan) => void;
}

export class TicketFormStore extends Observable {
  status: FormStatus = 'loading';
  definition?: TicketFormDefinition;
  loadError?: AdapterError;
  categoryId = '';
  values: Record<string, string> = {};
  /** Fields the user has left once: their errors show from then on. */
  touched = new Set<string>();
  /** A submit was attempted: every error shows. */
  attempted = false;
  submitError?: AdapterError;
  created?: Ticket;
  appendedTo?: Ticket;
  /** An open or pending ticket in the chosen category. */
  duplicate?: Ticket;
  duplicateChoice: 'ask' | 'append' | 'new' = 'ask';
  /**
   * A chat carried over into the ticket (or into the open ticket it is added to): handed over by
   * the host, or restored with the draft it was saved in.
   */
  conversationId?: string;
  /** The backend did not know the chat handed over, so the ticket went without it (the success view says so). */
  chatNotAttached = false;
  draftSavedAt?: number;
  /** The draft came back from storage and has not been saved again since: the form says so. */
  draftRestored = false;
  readonly deflection: DeflectionStore;

  private readonly drafts: DraftStorage;
  private readonly queues = new Map<string, { queue: AttachmentQueue; off: () => void }>();
  private readonly scanCache = new Map<string, SecretScan>();
  private confirmed = new Map<string, Set<string>>();
  private readonly notified = new Map<string, string>();
  private key?: string;
  /** The chat the host handed over (`prefill`): it wins over a restored draft's. */
  private handedOver?: string;
  /** A chat the backend said it does not know: not offered again for the next ticket. */
  private refusedChat?: string;
  private generation = 0;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private inflight?: Promise<SubmitOutcome>;
  private loadController?: AbortController;
  private backendLimits?: AttachmentLimits;
  private ticketsCache?: Promise<Ticket[]>;
  private duplicateCheck?: Promise<void>;
  private awaitingConfirmation = false;

  constructor(private readonly options: TicketFormStoreOptions) {
    super();
    this.drafts = new DraftStorage(options.namespace);
    this.deflection = new DeflectionStore({
      adapter: options.adapter,
      locale: this.locale,
      scan: (text) => this.scanText(text),
    });
    this.deflection.subscribe(() => this.changed());
  }

  private readonly locale = () => this.options.locale?.() ?? 'en';

  // ------------------------------------------------------------------ definition and category

  get category(): TicketCategory | undefined {
    return this.definition?.categories.find((category) => category.id === this.categoryId);
  }

  /** Subject, description and the category's own fields. */
  get fields(): TicketField[] {
    return [...BUILTINS, ...(this.category?.fields.filter((field) => field.id !== SUBJECT && field.id !== DESCRIPTION) ?? [])];
  }

  /** The fields shown now, in order. File fields need the adapter's attachments domain. */
  get visible(): TicketField[] {
    const uploads = Boolean(this.options.adapter()?.attachments);
    return visibleFields(this.fields, this.values).filter((field) => field.type !== 'file' || uploads);
  }

  field(id: string): TicketField | undefined {
    return this.fields.find((field) => field.id === id);
  }

  /** Loads the form definition and reopens the draft of `preferred` or of the category edited last. */
  async load(preferred?: string): Promise<void> {
    const adapter = this.options.adapter();
    this.loadController?.abort();
    if (!adapter?.tickets) {
      this.status = 'load-error';
      this.loadError = new AdapterError('unsupported', 'This support backend has no tickets.');
      this.changed();
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.status = 'loading';
    this.loadError = undefined;
    this.changed();
    try {
      const [definition, limits] = await Promise.all([
        adapter.tickets.form(this.locale(), { signal: controller.signal }),
        adapter.attachments?.limits({ signal: controller.signal }).catch(() => undefined),
      ]);
      if (controller.signal.aborted) return;
      this.definition = definition;
      this.backendLimits = limits;
      this.status = 'editing';
      const known = (id?: string) => (id && definition.categories.some((category) => category.id === id) ? id : undefined);
      const initial = known(preferred) ?? known(this.categoryId) ?? known(this.drafts.lastCategory())
        ?? (definition.categories.length === 1 ? definition.categories[0]!.id : undefined);
      await this.flush();
      this.categoryId = '';
      if (initial) this.selectCategory(initial);
      else this.changed();
    } catch (error) {
      const failure = AdapterError.from(error);
      if (failure.code === 'aborted') return;
      this.loadError = failure;
      this.status = 'load-error';
      this.changed();
    }
  }

  /**
   * Switches category: the current draft is saved, the new category's draft (if any) comes back
   * (with its chat, unless the host handed one over); without one, the subject and description
   * typed so far carry over.
   */
  selectCategory(id: string): void {
    if (id === this.categoryId) return;
    void this.flush();
    const carried = { [SUBJECT]: this.values[SUBJECT] ?? '', [DESCRIPTION]: this.values[DESCRIPTION] ?? '' };
    this.resetQueues();
    this.categoryId = id;
    this.touched = new Set();
    this.attempted = false;
    this.submitError = undefined;
    this.duplicate = undefined;
    this.duplicateChoice = 'ask';
    const draft = id ? this.drafts.read(id) : undefined;
    if (draft) {
      this.values = { ...draft.values };
      this.key = draft.key;
      this.confirmed = new Map(Object.entries(draft.confirmed).map(([field, texts]) => [field, new Set(texts)]));
      this.draftSavedAt = draft.savedAt;
      this.draftRestored = true;
      this.conversationId = this.handedOver ?? draft.conversationId ?? this.conversationId;
      for (const [fieldId, attachments] of Object.entries(draft.attachments)) this.queue(fieldId).restore(attachments);
    } else {
      this.values = carried;
      this.key = undefined;
      this.confirmed = new Map();
      this.draftSavedAt = undefined;
      this.draftRestored = false;
      if (carried[SUBJECT] || carried[DESCRIPTION]) this.scheduleSave();
    }
    this.updateDeflection();
    this.duplicateCheck = this.checkDuplicate();
    this.changed();
  }

  /**
   * Applies values handed over by the host (a subject from search, a chat carried over). A chat
   * handed over replaces the draft's, and a draft already begun is saved with it.
   */
  prefill({ subject, conversationId }: { subject?: string; conversationId?: string }): void {
    if (conversationId) {
      const changed = conversationId !== this.conversationId;
      this.handedOver = this.conversationId = conversationId;
      if (changed && this.key && this.categoryId) this.scheduleSave();
    }
    if (subject && !this.values[SUBJECT]) this.set(SUBJECT, subject);
    else this.changed();
  }

  // ------------------------------------------------------------------ values and validation

  set(id: string, value: string): void {
    if (this.values[id] === value) return;
    this.values = { ...this.values, [id]: value };
    if (id === SUBJECT || id === DESCRIPTION) this.updateDeflection();
    if (this.categoryId) this.scheduleSave();
    this.changed();
  }

  /** The user left a field: its error shows from now on, and its text is checked for secrets. */
  touch(id: string): void {
    this.touched.add(id);
    this.changed();
    void this.checkField(id).then(() => this.changed());
  }

  /** The field's verdict (attachments, secrets and the description's length included). */
  validation(id: string): ValidationResult {
    const field = this.field(id);
    if (!field) return { valid: true };
    if (field.type === 'file') {
      const queue = this.queue(id);
      if (queue.busy) return fail('tickets.validation.uploading');
      if (queue.failed) return fail('tickets.validation.uploadFailed');
      return field.required && !queue.uploaded.length ? fail('tickets.validation.requiredFile') : { valid: true };
    }
    const value = this.values[id] ?? '';
    const result = validateField(field, value, this.values, { fields: this.fields, now: this.options.now?.() });
    if (result.valid && id === DESCRIPTION && value.trim().length < DESCRIPTION_MIN_LENGTH) {
      return fail('tickets.validation.describe', { min: DESCRIPTION_MIN_LENGTH });
    }
    return result;
  }

  /** The error to show under a field now (after it was touched or a submit was tried), if any. */
  errorFor(id: string, always = false): Issue | undefined {
    if (!always && !this.attempted && !this.touched.has(id)) return undefined;
    const secret = this.secretScan(id);
    if (secret?.blocked) return { key: 'tickets.validation.secretBlocked' };
    if (secret?.needsConfirmation) return { key: 'tickets.validation.secretConfirm' };
    return this.validation(id).error;
  }

  warningFor(id: string): Issue | undefined {
    return this.validation(id).warning;
  }

  /** Visible fields that would stop a submit, in order. */
  invalidFields(): string[] {
    return this.visible.filter((field) => this.errorFor(field.id, true)).map((field) => field.id);
  }

  // ------------------------------------------------------------------ secret guard

  /** What the secret guard found in the field's current text that still needs attention. */
  secretScan(id: string): SecretScan | undefined {
    const field = this.field(id);
    const text = this.values[id];
    const scan = text ? this.scanCache.get(text) : undefined;
    return field && scan ? this.effective(id, field, scan) : undefined;
  }

  /** The user confirmed the "is this a transaction hash?" findings in a field. */
  confirmSecret(id: string): void {
    const scan = this.secretScan(id);
    const text = this.values[id] ?? '';
    if (!scan || scan.blocked) return;
    const set = this.confirmed.get(id) ?? new Set<string>();
    for (const finding of scan.findings) set.add(text.slice(finding.start, finding.end));
    this.confirmed.set(id, set);
    this.scheduleSave();
    this.changed();
    if (this.awaitingConfirmation && this.invalidFields().every((fieldId) => !this.secretScan(fieldId))) {
      this.awaitingConfirmation = false;
      void this.submit();
    }
  }

  private scanText(text: string): Promise<SecretScan> {
    const cached = this.scanCache.get(text);
    if (cached) return Promise.resolve(cached);
    return (this.options.scan ?? scanForSecrets)(text).then((scan) => {
      if (this.scanCache.size > 100) this.scanCache.delete(this.scanCache.keys().next().value!);
      this.scanCache.set(text, scan);
      return scan;
    });
  }

  /** The findings that still matter: minus confirmed ones, minus hashes in hash fields. */
  private effective(id: string, field: TicketField, scan: SecretScan, text = this.values[id] ?? ''): SecretScan | undefined {
    const confirmed = this.confirmed.get(id);
    const findings = scan.findings.filter((finding) => finding.action === 'block' || !(
      (finding.kind === 'hex64' && HASH_FIELDS.has(field.type)) || confirmed?.has(text.slice(finding.start, finding.end))
    ));
    if (!findings.length) return undefined;
    const blocked = findings.some((finding) => finding.action === 'block');
    return { findings, blocked, needsConfirmation: !blocked };
  }

  /** Scans a field's text (default: its current value); reports a new block once. */
  private async checkField(id: string, text = this.values[id] ?? '', field = this.field(id)): Promise<SecretScan | undefined> {
    if (!field || !SCANNED.has(field.type) || !text.trim()) return undefined;
    const scan = this.effective(id, field, await this.scanText(text), text);
    if (scan?.blocked && this.values[id] === text && this.notified.get(id) !== text) {
      this.notified.set(id, text);
      this.options.onSecretBlocked?.(id, scan);
    }
    return scan;
  }

  // ------------------------------------------------------------------ attachments

  /** The upload queue of a file field (created on first use, with the field's limits). */
  queue(fieldId: string): AttachmentQueue {
    let entry = this.queues.get(fieldId);
    if (!entry) {
      const queue = new AttachmentQueue(() => this.options.adapter()?.attachments, resolveLimits(this.field(fieldId), this.backendLimits));
      entry = {
        queue,
        off: queue.subscribe(() => {
          if (this.categoryId) this.scheduleSave();
          this.changed();
        }),
      };
      this.queues.set(fieldId, entry);
    }
    return entry.queue;
  }

  private resetQueues(): void {
    for (const { queue, off } of this.queues.values()) {
      off();
      queue.dispose();
    }
    this.queues.clear();
  }

  // ------------------------------------------------------------------ drafts

  private ensureKey(): string {
    this.key ??= randomId('tk_');
    return this.key;
  }

  private scheduleSave(): void {
    this.ensureKey();
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveDraft(), this.options.saveDelay ?? 500);
  }

  /** Saves the draft now (on category switch, page hide, before sending). */
  flush(): Promise<void> {
    if (this.saveTimer === undefined) return Promise.resolve();
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    return this.saveDraft();
  }

  /**
   * Writes the draft, leaving out every value the secret guard holds back (a blocked secret, or a
   * finding not yet confirmed): those never reach storage.
   */
  private async saveDraft(): Promise<void> {
    this.saveTimer = undefined;
    const { categoryId, key, generation, conversationId } = this;
    if (!categoryId || !key) return;
    const values = { ...this.values };
    const fields = this.fields;
    const confirmed = Object.fromEntries([...this.confirmed].map(([id, set]) => [id, [...set]]));
    const attachments = Object.fromEntries([...this.queues].map(([id, { queue }]) => [id, queue.uploaded]));
    const safe: Record<string, string> = {};
    for (const [id, text] of Object.entries(values)) {
      const field = fields.find((candidate) => candidate.id === id);
      if (!field || !text) continue;
      if (await this.checkField(id, text, field)) continue;
      safe[id] = text;
    }
    if (generation !== this.generation) return; // sent or discarded meanwhile
    this.drafts.write({
      categoryId, key, values: safe, attachments, confirmed, savedAt: this.options.now?.() ?? Date.now(), ...(conversationId ? { conversationId } : {}),
    });
    if (categoryId === this.categoryId) {
      this.draftSavedAt = Date.now();
      this.draftRestored = false;
    }
    this.changed();
  }

  /** Forgets the draft of the current category and empties the form. */
  discardDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.generation++;
    if (this.categoryId) this.drafts.clear(this.categoryId);
    this.resetQueues();
    this.values = {};
    this.key = undefined;
    this.confirmed = new Map();
    this.touched = new Set();
    this.attempted = false;
    this.submitError = undefined;
    this.draftSavedAt = undefined;
    this.draftRestored = false;
    this.duplicateChoice = 'ask';
    this.deflection.reset();
    this.status = 'editing';
    this.changed();
  }

  /**
   * Starts a new ticket after a success or a deflection. `conversationId` is the chat the host
   * still hands over: it goes with the new ticket too, unless the backend said it does not know it.
   */
  startOver({ conversationId }: { conversationId?: string } = {}): void {
    this.created = undefined;
    this.appendedTo = undefined;
    this.chatNotAttached = false;
    this.conversationId = this.handedOver = conversationId && conversationId !== this.refusedChat ? conversationId : undefined;
    this.discardDraft();
    this.categoryId = '';
    this.duplicate = undefined;
    this.changed();
  }

  // ------------------------------------------------------------------ duplicates and deflection

  private async checkDuplicate(): Promise<void> {
    const categoryId = this.categoryId;
    const api = this.options.adapter()?.tickets;
    if (!api || !categoryId) return;
    this.ticketsCache ??= api.list().catch(() => []);
    const tickets = await this.ticketsCache;
    if (this.categoryId !== categoryId) return;
    this.duplicate = tickets
      .filter((ticket) => ticket.categoryId === categoryId && (ticket.status === 'open' || ticket.status === 'pending'))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    this.changed();
  }

  /** The user chose to add to the open ticket, or to create a new one anyway. */
  chooseDuplicate(choice: 'append' | 'new' | 'ask'): void {
    this.duplicateChoice = choice;
    if (this.status === 'duplicate') this.status = 'editing';
    this.changed();
  }

  private updateDeflection(): void {
    this.deflection.update(`${this.values[SUBJECT] ?? ''} ${this.values[DESCRIPTION] ?? ''}`);
  }

  /** An article solved the problem: no ticket. The draft stays until the user discards it. */
  async deflect(articleId: string): Promise<void> {
    const article = this.deflection.suggestions.find((candidate) => candidate.id === articleId);
    if (!article) return;
    this.status = 'deflected';
    this.changed();
    await this.deflection.markSolved(article);
  }

  /** Back to the form after a deflection ("I still need help"). */
  resume(): void {
    this.status = 'editing';
    this.deflection.solvedBy = undefined;
    this.changed();
  }

  // ------------------------------------------------------------------ submit

  /**
   * Sends the ticket. Calls made while one is in flight share it (a double click sends once);
   * every attempt of one draft uses the same idempotency key, so a retry after a timeout that
   * the server did complete returns the same ticket.
   */
  submit(): Promise<SubmitOutcome> {
    this.inflight ??= this.runSubmit().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async runSubmit(): Promise<SubmitOutcome> {
    const api = this.options.adapter()?.tickets;
    const category = this.category;
    if (!api || !category || this.status === 'submitting') return { outcome: 'skipped' };
    this.attempted = true;
    this.submitError = undefined;
    await Promise.all([this.duplicateCheck, ...this.visible.map((field) => this.checkField(field.id))]);
    const invalid = this.invalidFields();
    this.awaitingConfirmation = invalid.length > 0 && invalid.every((id) => this.secretScan(id)?.needsConfirmation === true);
    if (invalid.length) {
      this.status = 'editing';
      this.changed();
      return { outcome: 'invalid', invalid };
    }
    if (this.duplicate && this.duplicateChoice === 'ask') {
      this.status = 'duplicate';
      this.changed();
      return { outcome: 'duplicate' };
    }
    this.status = 'submitting';
    this.changed();
    this.ensureKey();
    clearTimeout(this.saveTimer);
    await this.saveDraft(); // the key is stored before anything is sent
    const key = this.ensureKey();
    const attachmentIds = this.visible.flatMap((field) => (field.type === 'file' ? this.queue(field.id).uploaded.map((a) => a.id) : []));
    const send = async (conversationId: string | undefined): Promise<SubmitOutcome> => {
      if (this.duplicate && this.duplicateChoice === 'append') {
        await api.reply(this.duplicate.id, { clientId: key, text: this.composeReply(), attachmentIds, conversationId });
        this.created = undefined;
        this.appendedTo = this.duplicate;
        return { outcome: 'appended', ticket: this.duplicate };
      }
      const ticket = await api.create({
        categoryId: category.id,
        subject: this.values[SUBJECT]!.trim(),
        description: this.values[DESCRIPTION]!.trim(),
        fields: this.payloadFields(),
        attachmentIds,
        idempotencyKey: key,
        conversationId,
      });
      this.appendedTo = undefined;
      this.created = ticket;
      return { outcome: 'created', ticket };
    };
    try {
      let result: SubmitOutcome;
      const conversationId = this.conversationId || undefined;
      this.chatNotAttached = false;
      try {
        result = await send(conversationId);
      } catch (error) {
        // The backend does not know the chat (another backend's, purged, or the user signed in since
        // the draft was saved): file the ticket without it rather than not at all, and say so.
        if (!conversationId || AdapterError.from(error).code !== 'not_found') throw error;
        result = await send(undefined);
        this.chatNotAttached = true;
        this.refusedChat = conversationId;
      }
      this.clearDraft();
      this.status = 'success';
      this.changed();
      return result;
    } catch (error) {
      const failure = AdapterError.from(error);
      this.submitError = failure;
      this.status = 'editing';
      this.changed();
      return { outcome: 'error', error: failure };
    }
  }

  /** The server confirmed the ticket: only now is the draft removed. */
  private clearDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.generation++;
    this.drafts.clear(this.categoryId);
    this.key = undefined;
    this.ticketsCache = undefined;
  }

  /** Category fields as submitted: normalized values of the visible ones, file names for files. */
  private payloadFields(): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const field of this.visible) {
      if (field.id === SUBJECT || field.id === DESCRIPTION) continue;
      const value = field.type === 'file'
        ? this.queue(field.id).uploaded.map((attachment) => attachment.name).join(', ')
        : (this.validation(field.id).normalized ?? this.values[field.id] ?? '').trim();
      if (value) fields[field.id] = value.slice(0, 5000);
    }
    return fields;
  }

  /** The text added to an existing ticket: subject, description and the details as "Label: value". */
  private composeReply(): string {
    const details = Object.entries(this.payloadFields()).map(([id, value]) => `${this.field(id)?.label || id}: ${value}`);
    return [this.values[SUBJECT]!.trim(), this.values[DESCRIPTION]!.trim(), details.join('\n')].filter(Boolean).join('\n\n');
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    this.loadController?.abort();
    this.resetQueues();
    this.deflection.dispose();
  }
}
