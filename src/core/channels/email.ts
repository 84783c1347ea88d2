/**
 * The prefilled support email: a subject support can triage at a glance ("UID 12345678 –
 * withdrawal not received") and a body with the checklist (UID, time with time zone, transaction
 * id, what was tried), as a `mailto:` URL encoded per RFC 6068 (UTF-8 percent-encoding, CRLF line
 * breaks, spaces as %20 — never "+", which mail clients show literally).
 */
import type { MessageKey, MessageParams } from '../i18n.js';
import type { ProblemType } from './ranking.js';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface EmailDraftInput {
  to: string;
  problem: ProblemType;
  uid?: string;
  /** The user's own words — already checked by the secret guard. */
  description?: string;
  /** The user's IANA time zone, so support can read "the time it happened". */
  timeZone: string;
  t: Translate;
}

export interface EmailDraft {
  to: string;
  subject: string;
  /** Lines separated by "\n". */
  body: string;
  /** The `mailto:` URL that opens the draft. */
  href: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(value: string | undefined): value is string {
  return !!value && EMAIL.test(value);
}

/** `mailto:` with subject and body, percent-encoded; line breaks become %0D%0A. */
export function mailtoUrl(to: string, fields: { subject?: string; body?: string } = {}): string {
  const at = to.lastIndexOf('@');
  // Keep "@" readable (some clients mishandle %40), encode everything else in the address.
  const address = `${encodeURIComponent(to.slice(0, at))}@${encodeURIComponent(to.slice(at + 1))}`;
  const query: string[] = [];
  if (fields.subject) query.push(`subject=${encodeURIComponent(fields.subject)}`);
  if (fields.body) query.push(`body=${encodeURIComponent(fields.body.replace(/\r?\n/g, '\r\n'))}`);
  return `mailto:${address}${query.length ? `?${query.join('&')}` : ''}`;
}

export function emailSubject(problem: ProblemType, uid: string | undefined, t: Translate): string {
  const summary = t(`channels.email.summary.${problem}`);
  return uid ? t('channels.email.subject', { uid, summary }) : t('channels.email.subjectNoUid', { summary });
}

export function composeSupportEmail(input: EmailDraftInput): EmailDraft {
  const { t } = input;
  const subject = emailSubject(input.problem, input.uid, t);
  const description = input.description?.trim();
  const lines = [
    t('channels.email.body.greeting'),
    '',
    t('channels.email.body.about', { summary: t(`channels.email.summary.${input.problem}`) }),
    ...(description ? ['', t('channels.email.body.description'), description] : []),
    '',
    t('channels.email.body.checklist'),
    `- ${t('channels.email.body.uid', { uid: input.uid || t('channels.email.body.uidMissing') })}`,
    `- ${t('channels.email.body.time', { timeZone: input.timeZone })}`,
    `- ${t('channels.email.body.transaction')}`,
    `- ${t('channels.email.body.tried')}`,
    '',
    t('channels.email.body.registered'),
    t('channels.email.body.safety'),
  ];
  const body = lines.join('\n');
  return { to: input.to, subject, body, href: mailtoUrl(input.to, { subject, body }) };
}
