/**
 * A backend for the chat benchmark: a conversation of any length (varied, realistic messages over
 * several days) answered from memory, and a stream of tokens pushed on demand — so the figures
 * measure the widget, not a simulated network.
 */
import type { ChatApi, ConversationHandlers, SupportAdapter } from '../../src/adapters/contract.js';
import type { Conversation, ConversationEvent, Message, Participant, UnsequencedEvent } from '../../src/adapters/schemas.js';
import { validated } from '../../src/adapters/validated.js';

const BOT: Participant = { id: 'bot', role: 'bot', name: 'Lifebuoy Assistant', verified: true };
const AGENT: Participant = { id: 'agent_mei', role: 'agent', name: 'Mei', verified: true };
const USER: Participant = { id: 'u1', role: 'user', name: 'You' };

const SAMPLES = [
  'Hi, my deposit has not arrived yet.',
  'Could you send me your **UID**, the time of the deposit and the transaction ID (TxID)?',
  'Sure: UID 48213377, around 14:20 UTC+8 today.',
  'Thanks. I can see the transaction on-chain; it needs 12 confirmations on this network and currently has 7. It should be credited within about 10 minutes. You can follow it here: https://help.example.com/articles/deposit-not-credited',
  'ok',
  'Here is what our help center says:\n\n1. Check the network you used.\n2. Make sure the memo/tag was included.\n3. Wait for the confirmations.\n\nDid this solve it?',
  'Is there anything else I can help with?',
  'No, that is all. Thank you!',
];

export class BenchChat implements ChatApi {
  readonly conversation: Conversation;
  events: ConversationEvent[] = [];
  private readonly messages = new Map<string, Message>();
  private readonly order: string[] = [];
  private subscriber?: ConversationHandlers;

  constructor(count: number, private readonly pageSize: number) {
    const start = Date.now() - count * 60_000;
    this.conversation = { id: 'bench', status: 'active', createdAt: new Date(start).toISOString(), agent: AGENT };
    for (let i = 0; i < count; i++) {
      const author = i % 2 ? USER : i % 6 === 0 ? BOT : AGENT;
      this.add({
        id: `m${i}`, conversationId: 'bench', author, text: `${SAMPLES[i % SAMPLES.length]} (#${i})`, format: author.role === 'user' ? 'text' : 'markdown',
        attachments: [], createdAt: new Date(start + i * 60_000).toISOString(), quickReplies: [], articles: [], status: author.role === 'user' ? 'read' : undefined,
      });
    }
  }

  private add(message: Message) {
    this.messages.set(message.id, message);
    this.order.push(message.id);
    this.events.push({ type: 'message', seq: this.events.length + 1, message });
  }

  /** Pushes an event live. */
  push(event: UnsequencedEvent): void {
    const full = { ...event, seq: this.events.length + 1 } as ConversationEvent;
    this.events.push(full);
    this.subscriber?.onEvent(full);
  }

  async start() { return this.conversation; }
  async current() { return this.conversation; }
  async send(): Promise<Message> { throw new Error('not in the benchmark'); }
  async history(_id: string, cursor?: string) {
    const end = cursor === undefined ? this.order.length : Number(cursor);
    const begin = Math.max(0, end - this.pageSize);
    return {
      messages: this.order.slice(begin, end).map((id) => this.messages.get(id)!),
      previousCursor: begin > 0 ? String(begin) : null,
      lastSeq: this.events.length,
    };
  }
  subscribe(_id: string, afterSeq: number, handlers: ConversationHandlers) {
    queueMicrotask(() => {
      for (const event of this.events) if (event.seq > afterSeq) handlers.onEvent(event);
      this.subscriber = handlers;
    });
    return { close: () => { if (this.subscriber === handlers) this.subscriber = undefined; } };
  }
  async setTyping() {}
  async markRead() {}
  async requestHuman() {}
  async close() {}
  async rate() {}
}

export function benchAdapter(chat: BenchChat): SupportAdapter {
  return validated({ name: 'bench', identify: async () => {}, chat });
}
