/**
 * Turns a conversation (server messages, system lines and the outbox's undelivered messages) into
 * the rows a list shows: a separator when the day changes, and messages grouped by author (the
 * name shows on a group's first message, the time on its last).
 */
import type { Message, Participant } from '../../adapters/schemas.js';
import type { OutboxItem } from './outbox.js';
import type { ConversationStore, SystemLine } from './store.js';

export type ChatRow =
  | { kind: 'day'; key: string; at: string }
  | { kind: 'system'; key: string; line: SystemLine }
  | {
      kind: 'message';
      key: string;
      /** Server id, once the server has the message. */
      id?: string;
      clientId?: string;
      role: Participant['role'];
      at: string;
      /** First of a run by the same author: show who wrote it. */
      first: boolean;
      /** Last of the run: show when. */
      last: boolean;
    };

/** Messages by the same author closer than this are grouped. */
const GROUP_GAP_MS = 5 * 60_000;

export function dayKey(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** A stable key for a message: its client id when it has one, so the row survives confirmation. */
export function messageKey(message: Pick<Message, 'id' | 'clientId'>): string {
  return message.clientId ? `c:${message.clientId}` : `m:${message.id}`;
}

export function buildRows(store: ConversationStore, pending: readonly OutboxItem[]): ChatRow[] {
  const rows: ChatRow[] = [];
  let day = '';
  let previous: Extract<ChatRow, { kind: 'message' }> | undefined;
  let previousAuthor = '';

  const addDay = (at: string) => {
    const key = dayKey(at);
    if (key === day) return;
    day = key;
    rows.push({ kind: 'day', key: `d:${key}`, at });
    previous = undefined;
  };

  const addMessage = (row: Extract<ChatRow, { kind: 'message' }>, author: string) => {
    addDay(row.at);
    const grouped = previous !== undefined && previousAuthor === author && Date.parse(row.at) - Date.parse(previous.at) < GROUP_GAP_MS;
    if (grouped) previous!.last = false;
    else row.first = true;
    rows.push(row);
    previous = row;
    previousAuthor = author;
  };

  for (const entry of store.timeline) {
    if (entry.kind === 'system') {
      addDay(entry.at);
      rows.push({ kind: 'system', key: entry.key, line: entry });
      previous = undefined;
      continue;
    }
    const message = store.message(entry.id)!;
    const role = message.author.role;
    addMessage(
      { kind: 'message', key: messageKey(message), id: message.id, clientId: message.clientId, role, at: message.createdAt, first: false, last: true },
      role === 'user' ? 'user' : message.author.id,
    );
  }
  for (const item of pending) {
    if (store.messageByClientId(item.clientId)) continue; // already confirmed
    addMessage({ kind: 'message', key: `c:${item.clientId}`, clientId: item.clientId, role: 'user', at: item.createdAt, first: false, last: true }, 'user');
  }
  return rows;
}
