import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/chat/define.js';
import { AdapterError, type ChatApi, type ConversationHandlers, type SupportAdapter } from '../src/adapters/contract.js';
import type { Conversation, ConversationEvent, Message, Participant, UnsequencedEvent } from '../src/adapters/schemas.js';
import { createDemoAdapter, type DemoAdapterOptions } from '../src/adapters/demo/index.js';
import { validated } from '../src/adapters/validated.js';
import { outboxKey } from '../src/core/chat/outbox.js';
import { storageGate } from '../src/core/storage.js';

const BOT: Participant = { id: 'bot', role: 'bot', name: 'Lifebuoy Assistant', verified: true };
const MEI: Participant = {
  id: 'agent_mei',
  role: 'agent',
  name: 'Mei',
  verified: true,
  avatarUrl: `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="20" fill="#047857"/><text x="20" y="26" font-family="sans-serif" font-size="18" fill="#fff" text-anchor="middle">M</text></svg>')}`,
};
const IMPOSTOR: Participant = { id: 'x', role: 'agent', name: 'Support Team' };
const USER: Participant = { id: 'u1', role: 'user', name: 'You' };
const ARTICLE = {
  id: 'deposit-not-credited', title: 'Deposit not credited? What to check', categoryId: 'deposits', locale: 'en', updatedAt: '2026-11-02T08:00:00Z',
  snippet: 'Most "missing" deposits are still waiting for network confirmations.',
};

let ids = 0;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const message = (author: Participant, text: string, extra: Partial<Message> = {}): Message => ({
  id: `s${++ids}`, conversationId: 'story', author, text, format: author.role === 'user' ? 'text' : 'markdown', attachments: [],
  createdAt: minutesAgo(3), quickReplies: [], articles: [], ...extra,
});

/**
 * A backend frozen in one state of a conversation, so each story opens straight on it. `live`
 * runs after subscribing (to stream, count a queue down…); `failSend` makes every send fail.
 */
function scripted(
  status: Conversation['status'],
  events: UnsequencedEvent[],
  options: { live?: (push: (event: UnsequencedEvent) => void) => void; failSend?: boolean; streamFails?: boolean; agent?: Participant } = {},
): SupportAdapter {
  const conversation: Conversation = { id: `story-${status}-${Math.random().toString(36).slice(2)}`, status, createdAt: minutesAgo(10), agent: options.agent };
  const log: ConversationEvent[] = [];
  const listeners = new Set<ConversationHandlers>();
  const push = (event: UnsequencedEvent) => {
    const full = { ...event, seq: log.length + 1 } as ConversationEvent;
    log.push(full);
    for (const handlers of listeners) handlers.onEvent(full);
  };
  events.forEach(push);
  let started = false;
  const chat: ChatApi = {
    start: async () => conversation,
    current: async () => conversation,
    async send(_id, input) {
      if (options.failSend) throw new AdapterError('network', 'Story: sending fails.');
      const sent = message(USER, input.text, { clientId: input.clientId, createdAt: new Date().toISOString(), status: 'sent' });
      push({ type: 'message', message: sent });
      return sent;
    },
    history: async () => ({
      messages: log.flatMap((e) => (e.type === 'message' ? [e.message] : [])),
      previousCursor: null,
      lastSeq: log.length,
    }),
    subscribe(_id, afterSeq, handlers) {
      if (options.streamFails) {
        setTimeout(() => handlers.onError(new AdapterError('network', 'Story: the stream keeps breaking.')), 50);
        return { close: () => {} };
      }
      queueMicrotask(() => {
        for (const event of log) if (event.seq > afterSeq) handlers.onEvent(event);
        listeners.add(handlers);
        if (!started) {
          started = true;
          options.live?.(push);
        }
      });
      return { close: () => listeners.delete(handlers) };
    },
    setTyping: async () => {},
    markRead: async () => {},
    requestHuman: async () => {},
    close: async () => push({ type: 'closed', reason: 'user' }),
    rate: async () => {},
  };
  return validated({ name: 'story', identify: async () => {}, chat, attachments: createDemoAdapter({ persist: false }).attachments });
}

const greeting = message(BOT, "Hi! I'm the Lifebuoy assistant. I answer from our help center, and I can connect you with a person from our team at any time. What can I help you with?", {
  quickReplies: [{ id: 'human', label: 'Talk to a human', value: 'Talk to a human' }],
  createdAt: minutesAgo(6),
});
const question = message(USER, 'My USDT deposit has not arrived', { createdAt: minutesAgo(5), status: 'read' });
const answer = message(BOT, 'Here is what our help center says about **Deposit not credited? What to check**:\n\nMost "missing" deposits are still waiting for network confirmations. Check these in order:\n\n1. **Find the TXID** in the wallet you sent from.\n2. **Confirmations:** the deposit arrives on its own once confirmed.\n\nThe articles I used are below. Did this solve it?', {
  articles: [ARTICLE],
  quickReplies: [{ id: 'solved', label: 'This solved it', value: 'This solved it, thanks!' }, { id: 'human', label: 'Talk to a human', value: 'Talk to a human' }],
  createdAt: minutesAgo(5),
});
const handoff = message(BOT, "I'm connecting you with a person from our support team. I've passed on our conversation, so you won't need to repeat yourself.", { createdAt: minutesAgo(4) });
const agentHello = message(MEI, "Hi, I'm Mei from the support team. To look into this, could you send me your UID, roughly when it happened and the transaction ID (TxID)?", { createdAt: minutesAgo(2) });
const userDetails = message(USER, 'UID 48213377, around 14:20 today. TxID 0x9f2c…e41b', {
  createdAt: minutesAgo(1),
  status: 'read',
  attachments: [{ id: 'a1', name: 'deposit-screenshot.png', size: 48_213, mimeType: 'image/png', url: MEI.avatarUrl!, thumbnailUrl: MEI.avatarUrl }],
});

interface Args {
  adapter: () => SupportAdapter;
  active: boolean;
  prefill: string;
}

const meta: Meta<Args> = {
  title: 'Views/lb-chat',
  component: 'lb-chat',
  args: { active: true, prefill: '' },
  render: (args) => html`<div style="max-width: 400px; height: 640px; margin: 16px auto; border: 1px solid #d1d5db; background: #fff">
    <lb-chat ?active=${args.active} .prefill=${args.prefill} .adapter=${args.adapter()}></lb-chat>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;
const demo = (options: DemoAdapterOptions = {}) => () => createDemoAdapter({ persist: false, namespace: `story${Math.random()}`, latency: [80, 250], ...options });

/** The whole flow on the demo backend: pre-chat, the bot, "Talk to a human", the agent, the end. */
export const PreChat: Story = { args: { adapter: demo() } };

/** The pre-chat step with a search query carried over into the composer. */
export const PreChatWithPrefill: Story = { args: { adapter: demo(), prefill: 'withdrawal pending for 3 hours' } };

/** The bot answered from the articles, with cited article cards and quick replies. */
export const Bot: Story = {
  args: { adapter: () => scripted('bot', [{ type: 'message', message: greeting }, { type: 'message', message: question }, { type: 'message', message: answer }]) },
};

/** The bot's answer streaming in, token by token (repeats). */
export const Streaming: Story = {
  args: {
    adapter: () =>
      scripted('bot', [{ type: 'message', message: greeting }, { type: 'message', message: question }], {
        live: (push) => {
          const run = () => {
            const streamed = message(BOT, '', { streaming: true, createdAt: new Date().toISOString() });
            push({ type: 'message', message: streamed });
            const tokens = answer.text.match(/\S+\s*/g)!;
            tokens.forEach((token, i) => setTimeout(() => push({ type: 'message_delta', messageId: streamed.id, delta: token, done: i === tokens.length - 1 }), 80 * (i + 1)));
            setTimeout(run, 80 * tokens.length + 3000);
          };
          run();
        },
      }),
  },
};

/** Waiting for an agent: the queue position and estimated wait count down. */
export const Queued: Story = {
  args: {
    adapter: () =>
      scripted('queued', [greeting, question, answer, handoff].map((m) => ({ type: 'message' as const, message: m })), {
        live: (push) => {
          let position = 5;
          const tick = () => {
            push({ type: 'queue', position, estimatedWaitSeconds: position * 45 });
            position = position > 1 ? position - 1 : 5;
            setTimeout(tick, 2500);
          };
          tick();
        },
      }),
  },
};

/** A verified agent has joined, is typing, and received an attachment. */
export const Agent: Story = {
  args: {
    adapter: () =>
      scripted(
        'active',
        [
          ...[greeting, question, answer, handoff].map((m) => ({ type: 'message' as const, message: m })),
          { type: 'agent_joined', agent: MEI },
          { type: 'message', message: agentHello },
          { type: 'message', message: userDetails },
          { type: 'typing', participant: MEI, typing: true },
        ],
        { agent: MEI },
      ),
  },
};

/** An "agent" the backend did not verify: no staff mark, and a warning. */
export const UnverifiedAgent: Story = {
  args: {
    adapter: () =>
      scripted('active', [
        { type: 'agent_joined', agent: IMPOSTOR },
        { type: 'message', message: message(IMPOSTOR, 'To speed things up, please tell me your recovery phrase.') },
      ], { agent: IMPOSTOR }),
  },
};

/** The chat ended: rating, transcript, new chat. */
export const ClosedWithRating: Story = {
  args: {
    adapter: () =>
      scripted('active', [
        { type: 'message', message: agentHello },
        { type: 'message', message: message(MEI, 'It is credited now. I am closing this chat — thanks for your patience!') },
        { type: 'closed', reason: 'agent' },
      ], { agent: MEI }),
  },
};

/** No agent available (demo option `agentsAvailable: false`): press "Talk to a human" to see the ticket offer. */
export const NoAgentsAvailable: Story = {
  args: {
    adapter: () =>
      scripted('bot', [
        { type: 'message', message: greeting },
        { type: 'message', message: message(BOT, 'All our agents are busy right now. Please leave a ticket instead: this conversation will be attached.') },
        { type: 'closed', reason: 'no_agents' },
      ]),
  },
};

/** Outside business hours on the demo backend: ask for a human to get the ticket offer. */
export const OutsideHours: Story = { args: { adapter: demo({ outsideHours: true }), prefill: 'I want to talk to a human' } };

/** A message that could not be sent: shown with Retry and Delete; later messages wait behind it. */
export const FailedSend: Story = {
  args: {
    adapter: () => {
      const adapter = scripted('bot', [{ type: 'message', message: greeting }], { failSend: true });
      return {
        ...adapter,
        chat: {
          ...adapter.chat!,
          // Put two messages in this conversation's outbox, as if written earlier.
          current: async () => {
            const conversation = (await adapter.chat!.current())!;
            storageGate.set(outboxKey(conversation.id), JSON.stringify([
              { clientId: 'c_story_1', conversationId: conversation.id, text: 'Is my withdrawal stuck?', attachments: [], createdAt: new Date().toISOString() },
              { clientId: 'c_story_2', conversationId: conversation.id, text: 'It has been 3 hours.', attachments: [], createdAt: new Date().toISOString() },
            ]));
            return conversation;
          },
        },
      };
    },
  },
};

/** The event stream keeps breaking: "Reconnecting…" while it retries with backoff. */
export const Reconnecting: Story = {
  args: { adapter: () => scripted('active', [{ type: 'message', message: agentHello }], { agent: MEI, streamFails: true }) },
};

/** The chat could not load (demo `fail: { 'chat.current': 'unavailable' }`): error with retry. */
export const LoadError: Story = { args: { adapter: demo({ fail: { 'chat.current': 'unavailable' } }) } };

/** Starting fails (demo `fail: { 'chat.start': 'network' }`): press Start chat to see the error. */
export const StartError: Story = { args: { adapter: demo({ fail: { 'chat.start': 'network' } }) } };

/** Loading, held on screen by a very slow backend. */
export const Loading: Story = { args: { adapter: demo({ latency: 10 * 60 * 1000 }) } };

/** 10,000 messages, virtualized: scroll all the way up; the DOM keeps a few dozen rows. */
export const LongHistory: Story = {
  args: {
    adapter: () =>
      scripted(
        'active',
        Array.from({ length: 10_000 }, (_, i) => ({
          type: 'message' as const,
          message: message(i % 2 ? USER : MEI, `Message ${i + 1}: ${i % 3 ? 'short one' : 'a longer message that wraps onto a second line to vary the row heights'}`, {
            createdAt: new Date(Date.now() - (10_000 - i) * 5 * 60_000).toISOString(),
          }),
        })),
        { agent: MEI },
      ),
  },
};

/** Not active (panel closed): each new message raises `lb-unread-change` (the widget shows the count on its launcher) and is announced. */
export const Inactive: Story = {
  args: {
    active: false,
    adapter: () =>
      scripted('active', [{ type: 'message', message: agentHello }], {
        agent: MEI,
        live: (push) => setInterval(() => push({ type: 'message', message: message(MEI, 'Are you still there?', { createdAt: new Date().toISOString() }) }), 4000),
      }),
  },
};
