/**
 * "Which conversation is open?" (`chat.current()`), asked once however many places need the answer
 * at the same time. After a reload the panel asks, to decide whether to mount the chat view in the
 * background (so agent messages raise the unread count); the chat view's session then resumes from
 * that same answer instead of asking again. An answer is shared once: a later look-up (a retry, a
 * new session, a chat opened after the panel found none) asks the backend afresh.
 * Imports only types, so the panel uses it without loading the chat session's code.
 */
import type { ChatApi, RequestOptions } from '../../adapters/contract.js';
import type { Conversation } from '../../adapters/schemas.js';

type Answer = Promise<Conversation | null>;

const shared = new WeakMap<ChatApi, Answer>();

/**
 * Asks the backend which conversation is open and shares the answer with the next
 * `takeCurrentConversation` (made meanwhile or later) until `forgetCurrentConversation`.
 */
export function shareCurrentConversation(chat: ChatApi): Answer {
  const answer = chat.current();
  shared.set(chat, answer);
  return answer;
}

/** Stops sharing `answer` (if it is still shared): the next look-up asks the backend. */
export function forgetCurrentConversation(chat: ChatApi, answer: Answer): void {
  if (shared.get(chat) === answer) shared.delete(chat);
}

/** The shared answer, taken (the next caller asks afresh); without one, asks the backend. */
export function takeCurrentConversation(chat: ChatApi, options?: RequestOptions): Answer {
  const answer = shared.get(chat);
  if (!answer) return chat.current(options);
  shared.delete(chat);
  return answer;
}
