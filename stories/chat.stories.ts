import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/chat/define.js';
import type { LbChat } from '../src/components/chat/chat.js';
import type { LbChatComposer } from '../src/components/chat-composer/chat-composer.js';
import { AdapterError, type AttachmentsApi, type ChatApi, type ConversationHandlers, type SupportAdapter } from '../src/adapters/contract.js';
import type { Conversation, ConversationEvent, Message, Participant, UnsequencedEvent } from '../src/adapters/schemas.js';
import { createDemoAdapter, type DemoAdapterOptions } from '../src/adapters/demo/index.js';
import { DEMO_ATTACHMENT_LIMITS } from '../src/adapters/demo/attachments.js';
import { preloadSecretGuard } from '../src/core/secret-guard.js';
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
  options: {
    live?: (push: (event: UnsequencedEvent) => void) => void;
    failSend?: boolean;
    streamFails?: boolean;
    agent?: Participant;
    attachments?: AttachmentsApi;
  } = {},
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
  return validated({ name: 'story', identify: async () => {}, chat, attachments: options.attachments ?? createDemoAdapter({ persist: false }).attachments });
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
  /** Runs once on the mounted chat, to bring it into a state a user reaches by acting. */
  prepare?: (chat: LbChat) => unknown;
}

const prepared = new WeakSet<Element>();

/** Runs `step` on the composer as soon as the chat shows it. */
const onComposer = (step: (composer: LbChatComposer) => unknown) => async (chat: LbChat) => {
  for (let frame = 0; frame < 600; frame++) {
    const composer = chat.shadowRoot?.querySelector<LbChatComposer>('lb-chat-composer');
    if (composer) {
      await composer.updateComplete;
      await step(composer);
      return;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
};

/** A small screenshot-like PNG, drawn on the spot. */
async function screenshot(name = 'deposit-screenshot.png'): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 120;
  canvas.height = 80;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#e0f2fe';
  context.fillRect(0, 0, 120, 80);
  context.fillStyle = '#0369a1';
  context.fillRect(10, 12, 100, 10);
  context.fillRect(10, 32, 70, 8);
  context.fillRect(10, 48, 85, 8);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], name, { type: 'image/png' });
}

/** Uploads that reach 45 % and stay there (until cancelled). */
const stalledUploads: AttachmentsApi = {
  limits: async () => DEMO_ATTACHMENT_LIMITS,
  upload: (_file, options = {}) =>
    new Promise((_resolve, reject) => {
      options.onProgress?.(0.45);
      options.signal?.addEventListener('abort', () => reject(new DOMException('Cancelled.', 'AbortError')));
    }),
};

/** Brings the browser back "online" when the Offline story leaves the screen (other stories share the page). */
class StoryOffline extends HTMLElement {
  disconnectedCallback() {
    window.dispatchEvent(new Event('online'));
  }
}
if (!customElements.get('story-offline')) customElements.define('story-offline', StoryOffline);

/**
 * The adapter, with `messages` put in its conversation's outbox as if written earlier (then
 * `after`, e.g. going offline), so the story opens with them waiting to be delivered.
 */
function withQueuedMessages(adapter: SupportAdapter, messages: { clientId: string; text: string }[], after?: () => void): SupportAdapter {
  return {
    ...adapter,
    chat: {
      ...adapter.chat!,
      current: async () => {
        const conversation = (await adapter.chat!.current())!;
        const createdAt = new Date().toISOString();
        storageGate.set(outboxKey(conversation.id), JSON.stringify(messages.map((entry) => ({ ...entry, conversationId: conversation.id, attachments: [], createdAt }))));
        after?.();
        return conversation;
      },
    },
  };
}

const PHRASE = 'abandon ability able about above absent absorb abstract absurd abuse access accident';

const meta: Meta<Args> = {
  title: 'Views/lb-chat',
  component: 'lb-chat',
  args: { active: true, prefill: '' },
  render: (args) => html`<div style="max-width: 400px; height: 640px; margin: 16px auto; border: 1px solid #d1d5db; background: #fff">
    <lb-chat
      ?active=${args.active}
      .prefill=${args.prefill}
      .adapter=${args.adapter()}
      ${ref((el) => {
        if (!el || !args.prepare || prepared.has(el)) return;
        prepared.add(el);
        void args.prepare(el as LbChat);
      })}
    ></lb-chat>
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
    adapter: () => withQueuedMessages(scripted('bot', [{ type: 'message', message: greeting }], { failSend: true }), [
      { clientId: 'c_story_1', text: 'Is my withdrawal stuck?' },
      { clientId: 'c_story_2', text: 'It has been 3 hours.' },
    ]),
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

const agentChat = (extra: UnsequencedEvent[] = [], options: Parameters<typeof scripted>[2] = {}) =>
  scripted(
    'active',
    [{ type: 'agent_joined', agent: MEI }, { type: 'message', message: agentHello }, ...extra],
    { agent: MEI, ...options },
  );

/**
 * Offline: a banner says messages wait for the connection, and the two written meanwhile show
 * "Waiting for connection" (they are sent, in order, when the browser is back online).
 */
export const Offline: Story = {
  args: {
    // The chat listens to the network status by now, and delivers nothing until it is back.
    adapter: () => withQueuedMessages(agentChat(), [
      { clientId: 'c_offline_1', text: 'UID 48213377' },
      { clientId: 'c_offline_2', text: 'It happened around 14:20 today.' },
    ], () => window.dispatchEvent(new Event('offline'))),
  },
  render: (args, context) => html`<story-offline>${meta.render!(args, context)}</story-offline>`,
};

/** A screenshot uploading: progress bar, Send held back until it is done, Cancel. */
export const UploadInProgress: Story = {
  args: {
    adapter: () => agentChat([], { attachments: stalledUploads }),
    prepare: onComposer(async (composer) => {
      composer.value = 'Here is the screenshot';
      await composer.addFiles([await screenshot()]);
    }),
  },
};

/** An upload that failed: the reason, Retry and Remove; the message cannot be sent until it is resolved. */
export const UploadFailed: Story = {
  args: {
    adapter: () => agentChat([], { attachments: createDemoAdapter({ persist: false, latency: 0, fail: { 'attachments.upload': 'network' } }).attachments }),
    prepare: onComposer(async (composer) => {
      composer.value = 'Here is the screenshot';
      await composer.addFiles([await screenshot()]);
    }),
  },
};

/** Files over the limits (10 MB, images and PDF only) are refused before anything is uploaded. */
export const UploadOverLimit: Story = {
  args: {
    adapter: () => agentChat(),
    prepare: onComposer((composer) =>
      composer.addFiles([
        new File([new Uint8Array(12 * 1024 * 1024)], 'bank-statement-2026.pdf', { type: 'application/pdf' }),
        new File([new Uint8Array(2048)], 'wallet-backup.zip', { type: 'application/zip' }),
      ]),
    ),
  },
};

/** The agent left (handing over to a colleague): a system line, and the chat is back in the queue. */
export const AgentLeft: Story = {
  args: {
    adapter: () =>
      agentChat(
        [
          { type: 'message', message: userDetails },
          { type: 'message', message: message(MEI, 'My shift ends now; a colleague from the deposits team will take over and can see everything above.', { createdAt: minutesAgo(1) }) },
        ],
        {
          // History carries only messages: the leaving arrives as live events.
          live: (push) => {
            push({ type: 'agent_left', agent: MEI });
            push({ type: 'status', status: 'queued' });
            push({ type: 'queue', position: 1, estimatedWaitSeconds: 40 });
          },
        },
      ),
  },
};

/** A recovery phrase typed into the composer: the secret guard stops it and explains; nothing is sent. */
export const SecretBlocked: Story = {
  args: {
    adapter: () => agentChat(),
    prepare: onComposer(async (composer) => {
      await preloadSecretGuard();
      composer.value = PHRASE;
      await composer.updateComplete;
      composer.submit();
    }),
  },
};

/** A 64-character hex string is ambiguous (transaction hashes look the same): the guard asks before sending. */
export const SecretConfirm: Story = {
  args: {
    adapter: () => agentChat(),
    prepare: onComposer(async (composer) => {
      await preloadSecretGuard();
      composer.value = 'The TxID is 9f2c4be1d0a7c3e58b6f1a2d4c9e7b3051f8a6d2c4e9b7a1f3d5c8e2b6a4d0e4';
      await composer.updateComplete;
      composer.submit();
    }),
  },
};
