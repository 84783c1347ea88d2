/**
 * In-process fan-out of committed events to open streams: per conversation for users, one channel
 * for agents. Events are written to the database first; the bus only tells live listeners.
 */
import type { ConversationEvent } from '../../src/adapters/schemas.js';

export type AgentNotification =
  | { type: 'conversation'; conversationId: string; event: ConversationEvent }
  | { type: 'queue'; queued: number }
  | { type: 'ticket'; ticketId: string; status: string };

type Listener<T> = (value: T) => void;

export class Bus {
  private readonly conversations = new Map<string, Set<Listener<ConversationEvent>>>();
  private readonly agents = new Set<Listener<AgentNotification>>();

  onConversation(conversationId: string, listener: Listener<ConversationEvent>): () => void {
    const set = this.conversations.get(conversationId) ?? new Set();
    set.add(listener);
    this.conversations.set(conversationId, set);
    return () => {
      set.delete(listener);
      if (!set.size) this.conversations.delete(conversationId);
    };
  }

  onAgent(listener: Listener<AgentNotification>): () => void {
    this.agents.add(listener);
    return () => this.agents.delete(listener);
  }

  publish(conversationId: string, events: ConversationEvent[]): void {
    for (const event of events) {
      for (const listener of this.conversations.get(conversationId) ?? []) listener(event);
      this.notifyAgents({ type: 'conversation', conversationId, event });
    }
  }

  notifyAgents(notification: AgentNotification): void {
    for (const listener of this.agents) listener(notification);
  }
}
