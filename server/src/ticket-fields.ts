/**
 * A ticket's values checked against its category in the form the server serves (`GET
 * /v1/tickets/form`), with the widget's own rules: the same validators (`src/core/validators`, pure
 * functions bundled into the server like the schemas) and the same visibility (`showWhen`, memo
 * networks), so what the widget accepts the server accepts and a crafted request gets no further.
 * Only the date-time differs: the widget reads a local `datetime-local` value, the API carries ISO
 * 8601 with an offset (what the widget submits).
 */
import type { AttachmentLimits, CreateTicketInput, TicketCategory, TicketField } from '../../src/adapters/schemas.js';
import { visibleFields } from '../../src/core/tickets/visibility.js';
import { validateField } from '../../src/core/validators/field.js';
import { fail, ok, type Issue, type ValidationResult } from '../../src/core/validators/result.js';
import { tickets as messages } from '../../src/i18n/en/tickets.js';

/** One entry of an error's `details`, as for schema issues: where, and what is wrong. */
export interface FieldIssue {
  path: string[];
  message: string;
}

/** The widget's field ids for the two texts every ticket has (category fields must not reuse them). */
const BUILTIN_IDS = new Set(['subject', 'description']);

/** `datetime-local` values become ISO 8601 with an offset before they are sent: require the offset. */
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i;
/** 3 January 2009, the Bitcoin genesis block: the widget's earliest date. */
const EARLIEST = Date.UTC(2009, 0, 3);
/** Clock skew tolerated between the user's device and the server. */
const SKEW_MS = 5 * 60_000;

/** An ISO 8601 date-time with Z or an offset, a real date, not before 2009 nor in the future. */
export function validateIsoDateTime(value: string, now: number = Date.now()): ValidationResult {
  const match = ISO_DATETIME.exec(value.trim());
  if (!match) return fail('tickets.validation.datetime.invalid');
  const [year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth || hour! > 23 || minute! > 59 || second! > 59 || offsetHours! > 14 || offsetMinutes! > 59) {
    return fail('tickets.validation.datetime.invalid');
  }
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) return fail('tickets.validation.datetime.invalid');
  if (time > now + SKEW_MS) return fail('tickets.validation.datetime.future');
  if (time < EARLIEST) return fail('tickets.validation.datetime.tooOld');
  return ok(new Date(time).toISOString());
}

/** The widget's English message for a validator verdict, with its parameters filled in. */
export function issueMessage(issue: Issue | undefined): string {
  if (!issue) return 'invalid';
  const template = (messages as Record<string, string>)[issue.key] ?? issue.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (issue.params && name in issue.params ? String(issue.params[name]) : whole));
}

export interface TicketCheck {
  /** The values to store: each field's normalized form (trimmed, canonical hash, ISO time…). */
  fields: Record<string, string>;
  /** How many attachments the category's visible file fields take together. */
  maxAttachments: number;
  issues: FieldIssue[];
}

/**
 * Checks a ticket against its category: subject and description present, no field the category
 * does not define, each value valid for its type (options, UID, amount, date-time, hash and
 * address per network, memo, email, length), required fields present when shown, and no more
 * attachments than the visible file fields allow together (each `maxFiles`, else the server's
 * per-message limit, as the widget resolves it).
 */
export function checkTicket(category: TicketCategory, input: CreateTicketInput, limits: AttachmentLimits, now: number = Date.now()): TicketCheck {
  const issues: FieldIssue[] = [];
  if (!input.subject.trim()) issues.push({ path: ['subject'], message: 'required' });
  if (!input.description.trim()) issues.push({ path: ['description'], message: 'required' });

  const known = new Map(category.fields.filter((field) => !BUILTIN_IDS.has(field.id)).map((field) => [field.id, field]));
  for (const id of Object.keys(input.fields)) {
    if (!known.has(id)) issues.push({ path: ['fields', id], message: `unknown field: category "${category.id}" has no field "${id}"` });
  }

  const visible = new Set(visibleFields(category.fields, input.fields).map((field) => field.id));
  const fields: Record<string, string> = {};
  const requiredFiles: TicketField[] = [];
  let maxAttachments = 0;
  for (const field of known.values()) {
    const value = input.fields[field.id] ?? '';
    const shown = visible.has(field.id);
    if (field.type === 'file') {
      // Its value is only the names of the files, for reading; the files are `attachmentIds`.
      if (shown) maxAttachments += field.maxFiles ?? limits.maxCount;
      if (shown && field.required) requiredFiles.push(field);
      if (value.trim()) fields[field.id] = value.trim();
      continue;
    }
    // A hidden field is not required, but a value sent for it must still be valid.
    if (!shown && !value.trim()) continue;
    const rule = shown ? field : { ...field, required: false };
    const result = field.type === 'datetime' && value.trim()
      ? validateIsoDateTime(value, now)
      : validateField(rule, value, input.fields, { fields: category.fields, now });
    if (!result.valid) {
      issues.push({ path: ['fields', field.id], message: result.error?.key === 'tickets.validation.required' ? 'required' : issueMessage(result.error) });
    } else if (value.trim()) {
      fields[field.id] = result.normalized ?? value.trim();
    }
  }

  const attachmentCount = input.attachmentIds.length;
  if (requiredFiles.length > attachmentCount) {
    for (const field of requiredFiles.slice(attachmentCount)) issues.push({ path: ['fields', field.id], message: issueMessage({ key: 'tickets.validation.requiredFile' }) });
  }
  if (attachmentCount > maxAttachments) {
    issues.push({
      path: ['attachmentIds'],
      message: maxAttachments
        ? `at most ${maxAttachments} attachment${maxAttachments === 1 ? '' : 's'} in this category (${[...known.values()].filter((f) => f.type === 'file' && visible.has(f.id)).map((f) => `${f.label}: ${f.maxFiles ?? limits.maxCount}`).join(', ')})`
        : 'this category takes no attachments (it has no file field)',
    });
  }
  return { fields, maxAttachments, issues };
}

/** The error message for a list of issues: each field by its label, with what is wrong. */
export function summarize(category: TicketCategory, issues: readonly FieldIssue[]): string {
  const missing = issues.filter((issue) => issue.message === 'required');
  const label = (issue: FieldIssue) => (issue.path[0] === 'fields' ? category.fields.find((f) => f.id === issue.path[1])?.label || issue.path[1] : issue.path[0]);
  if (missing.length === issues.length) return `Missing required field: ${missing.map(label).join(', ')}.`;
  return `Invalid ticket: ${issues.map((issue) => `${label(issue)}: ${issue.message.replace(/\.$/, '')}`).join('; ')}.`;
}
