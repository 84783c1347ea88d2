/** Demo live chat. (Foundation version: echo bot; see issue 4 for the full bot and agent.) */
import { AdapterError, type ChatApi, type ConversationHandlers } from '../contract.js';
import type { Conversation, ConversationEvent, Message, Participant, UnsequencedEvent } from '../schemas.js';
import type { DemoContext } from './context.js';

const BOT: Participant = { id: 'bot', role: 'bot', name: 'Lifebuoy Assistant' };

export function createDemoChat(context: DemoContext): ChatApi {
  const conversations = new Map<string, { conversation: Conversation; events: ConversationEvent[] }>();
  const listeners = new Map<string, Set<ConversationHandlers>>();
  const user = (): Participant => ({ id: context.user()?.uid ?? 'visitor', role: 'user', name: context.user()?.name ?? 'You' });

  const record = (id: string) => {
    const found = conversations.get(id);
    if (!found) throw new AdapterError('not_found', `No conversation ${id}.`);
    return found;
  };
  const publish = (id: string, event: UnsequencedEvent) => {
    const entry = record(id);
    const full = { ...event, seq: entry.events.length + 1 } as ConversationEvent;
    entry.events.push(full);
    for (const handlers of listeners.get(id) ?? []) handlers.onEvent(full);
  };
  const message = (conversationId: string, author: Participant, text: string, clientId?: string): Message => ({
    id: context.id('msg'), clientId, conversationId, author, text, format: 'text', attachments: [],
    createdAt: new Date(context.now()).toISOString(), quickReplies: [], articles: [],
  });

  return {
    async start(input) {
      const conversation: Conversation = { id: context.id('conv'), status: 'bot', createdAt: new Date(context.now()).toISOString(), topic: input.topic };
      conversations.set(conversation.id, { conversation, events: [] });
      publish(conversation.id, { type: 'message', message: message(conversation.id, BOT, 'Hi! How can I help?') });
      return conversation;
    },
    async current() {
      return [...conversations.values()].map((c) => c.conversation).find((c) => c.status !== 'closed') ?? null;
    },
    async send(conversationId, input) {
      const entry = record(conversationId);
      const existing = entry.events.find((e) => e.type === 'message' && e.message.clientId === input.clientId);
      if (existing && existing.type === 'message') return existing.message;
      const sent = message(conversationId, user(), input.text, input.clientId);
      publish(conversationId, { type: 'message', message: sent });
      void context.sleep(400).then(() => publish(conversationId, { type: 'message', message: message(conversationId, BOT, `You said: ${input.text}`) }));
      return sent;
    },
    async history(conversationId) {
      const entry = record(conversationId);
      const messages = entry.events.flatMap((e) => (e.type === 'message' ? [e.message] : []));
      return { messages, previousCursor: null, lastSeq: entry.events.length };
    },
    subscribe(conversationId, afterSeq, handlers) {
      const set = listeners.get(conversationId) ?? new Set();
      listeners.set(conversationId, set);
      set.add(handlers);
      queueMicrotask(() => {
        for (const event of conversations.get(conversationId)?.events ?? []) if (event.seq > afterSeq) handlers.onEvent(event);
      });
      return { close: () => set.delete(handlers) };
    },
    async setTyping() {},
    async markRead() {},
    async requestHuman(conversationId) {
      publish(conversationId, { type: 'queue', position: 3, estimatedWaitSeconds: 180 });
    },
    async close(conversationId) {
      record(conversationId).conversation.status = 'closed';
      publish(conversationId, { type: 'closed' });
    },
    async rate() {},
  };
}
