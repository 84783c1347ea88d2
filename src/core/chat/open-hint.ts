/**
 * A note, kept in consent-gated storage, that this browser has a live chat conversation open.
 * After a reload the launcher reads it (without loading the panel or the adapter) to decide
 * whether to load the panel when idle, so agent messages raise the unread count before the user
 * touches anything. Only a hint: the panel asks the adapter before it listens.
 * Tiny and dependency-light on purpose, since the launcher chunk may import it.
 */
import { storageGate } from '../storage.js';

const KEY = 'chat:open';

/** True when a conversation was open the last time this browser looked. */
export function hasOpenConversationHint(): boolean {
  return storageGate.get(KEY) !== null;
}

/** Records the open conversation's id, or with `undefined` that none is open. */
export function setOpenConversationHint(conversationId: string | undefined): void {
  const value = conversationId ?? null;
  if (storageGate.get(KEY) !== value) storageGate.set(KEY, value);
}
