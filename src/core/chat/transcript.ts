/**
 * A plain-text transcript of a conversation, built in the browser (nothing is uploaded) for the
 * user to download. Labels come from the caller so the text follows the user's language.
 */
import type { Conversation, Message } from '../../adapters/schemas.js';

export interface TranscriptLabels {
  title: string;
  /** Name shown for the user's own messages. */
  you: string;
  date(iso: string): string;
  attachment(name: string): string;
}

export function buildTranscript(conversation: Conversation | undefined, messages: readonly Message[], labels: TranscriptLabels): string {
  const lines = [labels.title];
  if (conversation) lines.push(`${conversation.id} · ${labels.date(conversation.createdAt)}${conversation.topic ? ` · ${conversation.topic}` : ''}`);
  lines.push('');
  for (const message of messages) {
    const name = message.author.role === 'user' ? labels.you : message.author.name;
    const body = message.text.replace(/\r\n?/g, '\n').split('\n').join('\n    ');
    lines.push(`[${labels.date(message.createdAt)}] ${name}: ${body}`);
    for (const attachment of message.attachments) lines.push(`    ${labels.attachment(attachment.name)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A file name such as `chat-2026-11-24.txt`. */
export function transcriptFileName(now: number = Date.now()): string {
  return `chat-${new Date(now).toISOString().slice(0, 10)}.txt`;
}
