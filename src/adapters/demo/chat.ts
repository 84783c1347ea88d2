/**
 * Demo live chat. A bot answers from the help-center articles (streaming its answer token by
 * token, citing the articles, offering quick replies) and hands off to a simulated agent when it
 * cannot help or the user asks: a queue position that counts down with an estimated wait, an agent
 * who joins, types, asks for UID, time and transaction id, sends receipts and can close the chat.
 * Conversations live in `context.db`, so a reload resumes them; `options.speed` scales every
 * delay (0 = instant); `options.agentsAvailable: false` / `options.outsideHours: true` end a
 * handoff with `closed` reason `no_agents` / `outside_hours` (the UI then offers a ticket).
 */
import { AdapterError, type ChatApi, type ConversationHandlers } from '../contract.js';
import type {
  ArticleSummary, Attachment, Conversation, ConversationEvent, Message, Participant, QuickReply, UnsequencedEvent,
} from '../schemas.js';
import { relevantHits } from '../static/relevance.js';
import type { DemoContext } from './context.js';
import { DEMO_ATTACHMENTS_COLLECTION } from './attachments.js';
import { recordStaffSignature } from './verification.js';

interface AgentScript {
  uid?: string;
  time?: string;
  txid?: string;
  /** The agent has everything and gave an answer. */
  answered?: boolean;
}

interface StoredConversation {
  conversation: Conversation;
  /** The uid (or "visitor") the conversation belongs to. */
  owner: string;
  events: ConversationEvent[];
  /** Questions in a row the bot found nothing for. */
  misses: number;
  script: AgentScript;
  /** Queue position while waiting for an agent. */
  queue?: number;
  rating?: { score: number; comment?: string };
  /** Answers being streamed, by message id: the whole text, so a reload can finish them. */
  streaming?: Record<string, string>;
}

type ChatData = Record<string, StoredConversation>;

const COLLECTION = 'chat';
const PAGE_SIZE = 50;

const BOT: Participant = { id: 'bot', role: 'bot', name: 'Lifebuoy Assistant', verified: true };

const avatar = (initial: string, color: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="20" fill="${color}"/><text x="20" y="26" font-family="sans-serif" font-size="18" fill="#fff" text-anchor="middle">${initial}</text></svg>`)}`;

const AGENTS: Participant[] = [
  { id: 'agent_mei', role: 'agent', name: 'Mei', verified: true, avatarUrl: avatar('M', '#047857') },
  { id: 'agent_omar', role: 'agent', name: 'Omar', verified: true, avatarUrl: avatar('O', '#7c3aed') },
  { id: 'agent_lena', role: 'agent', name: 'Lena', verified: true, avatarUrl: avatar('L', '#b45309') },
];

const QUICK_HUMAN: QuickReply = { id: 'human', label: 'Talk to a human', value: 'Talk to a human' };
const QUICK_SOLVED: QuickReply = { id: 'solved', label: 'This solved it', value: 'This solved it, thanks!' };

const ASKS_FOR_HUMAN = /\b(human|agent|person|people|someone|representative|operator|staff)\b|人工|客服/i;
const SAYS_SOLVED = /\b(solved|fixed|works now|that helped|got it)\b|解决/i;
const SAYS_DONE = /^\s*(no|nope|nothing|that'?s all|bye|goodbye|thanks?|thank you|all good)\b/i;

/** The start of an article as markdown: whole lines (so lists survive) up to about `max` characters. */
function excerpt(body: string, format: 'html' | 'markdown', max = 600): string {
  const source = format === 'html'
    ? body
        .replace(/<li[^>]*>/gi, '\n- ')
        .replace(/<\/(p|li|h\d|div)>|<br\s*\/?>/gi, '\n')
        .replace(/<[^>]*>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&#39;|&quot;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/[ \t]+/g, ' ')
    : body;
  const lines: string[] = [];
  let length = 0;
  for (const line of source.split('\n')) {
    if (length + line.length > max && lines.some((l) => l.trim())) break;
    lines.push(line.trim() ? line : '');
    length += line.length + 1;
  }
  const cut = lines.length < source.split('\n').length;
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}${cut ? '\n\n…' : ''}`;
}

export function createDemoChat(context: DemoContext): ChatApi {
  const listeners = new Map<string, Set<{ handlers: ConversationHandlers; live: boolean }>>();
  /** Per conversation: the bot's or agent's work, one step after another. */
  const work = new Map<string, Promise<void>>();
  const revived = new Set<string>();
  let saveQueued = false;

  const data = () => context.db.read<ChatData>(COLLECTION, () => ({}));
  const save = () => {
    if (saveQueued) return;
    saveQueued = true;
    queueMicrotask(() => {
      saveQueued = false;
      context.db.write(COLLECTION, data());
    });
  };
  const now = () => new Date(context.now()).toISOString();
  const owner = () => context.user()?.uid ?? 'visitor';
  const user = (): Participant => ({ id: context.user()?.uid ?? 'visitor', role: 'user', name: context.user()?.name ?? 'You' });

  const record = (id: string): StoredConversation => {
    const entry = data()[id];
    if (!entry) throw new AdapterError('not_found', `No conversation ${id}.`);
    if (!revived.has(id)) {
      revived.add(id);
      revive(entry);
    }
    return entry;
  };

  const publish = (entry: StoredConversation, event: UnsequencedEvent): ConversationEvent => {
    const full = { ...event, seq: entry.events.length + 1 } as ConversationEvent;
    entry.events.push(full);
    save();
    for (const listener of listeners.get(entry.conversation.id) ?? []) if (listener.live) listener.handlers.onEvent(full);
    return full;
  };

  const setStatus = (entry: StoredConversation, status: Conversation['status']) => {
    entry.conversation.status = status;
    publish(entry, { type: 'status', status });
  };

  const closed = (entry: StoredConversation) => entry.conversation.status === 'closed';

  const message = (entry: StoredConversation, author: Participant, text: string, extra: Partial<Message> = {}): Message => {
    const id = context.id('msg');
    // The demo's stand-in for a backend signature: every bot and agent message it writes is signed.
    if (author.role !== 'user') recordStaffSignature(context, id);
    return {
      id,
      conversationId: entry.conversation.id,
      author,
      text,
      format: author.role === 'user' ? 'text' : 'markdown',
      attachments: [],
      createdAt: now(),
      quickReplies: [],
      articles: [],
      ...extra,
    };
  };

  /** Runs `step` after whatever the conversation's bot or agent is already doing. */
  const then = (entry: StoredConversation, step: () => Promise<void>) => {
    const id = entry.conversation.id;
    const next = (work.get(id) ?? Promise.resolve()).then(() => (closed(entry) ? undefined : step())).catch(() => {});
    work.set(id, next);
    return next;
  };

  const say = async (entry: StoredConversation, author: Participant, text: string, extra: Partial<Message> = {}) => {
    if (closed(entry)) return;
    publish(entry, { type: 'typing', participant: author, typing: true });
    await context.sleep(Math.min(2400, 500 + text.length * 12));
    if (closed(entry)) return;
    publish(entry, { type: 'message', message: message(entry, author, text, extra) });
  };

  /** Streams a bot answer token by token through `message_delta` events. */
  const stream = async (entry: StoredConversation, text: string, extra: Partial<Message>) => {
    const streamed = message(entry, BOT, '', { ...extra, streaming: true });
    entry.streaming = { ...entry.streaming, [streamed.id]: text };
    publish(entry, { type: 'message', message: streamed });
    for (const token of text.match(/\S+\s*/g) ?? []) {
      await context.sleep(35);
      if (closed(entry)) break;
      publish(entry, { type: 'message_delta', messageId: streamed.id, delta: token });
    }
    delete entry.streaming[streamed.id];
    publish(entry, { type: 'message_delta', messageId: streamed.id, delta: '', done: true });
  };

  const markRead = (entry: StoredConversation) => {
    const ids = history(entry)
      .filter((m) => m.author.role === 'user' && m.status !== 'read')
      .map((m) => m.id);
    if (ids.length) publish(entry, { type: 'receipt', messageIds: ids, status: 'read' });
  };

  /** The articles that answer `text`, best first: only hits that cover the question (see `relevantHits`). */
  const search = async (text: string): Promise<ArticleSummary[]> => {
    const articles = context.articles;
    if (!articles) return [];
    const query = text.slice(0, 500);
    const locale = context.user()?.locale ?? 'en';
    const found = await articles.search({ query, locale, limit: 10 }).catch(() => null);
    return relevantHits(query, found?.hits ?? []).slice(0, 3).map((hit) => hit.article);
  };

  const botAnswer = async (entry: StoredConversation, text: string) => {
    publish(entry, { type: 'typing', participant: BOT, typing: true });
    const found = await search(text);
    await context.sleep(600);
    if (closed(entry) || entry.conversation.status !== 'bot') {
      publish(entry, { type: 'typing', participant: BOT, typing: false });
      return;
    }
    markRead(entry);
    if (!found.length) {
      entry.misses++;
      if (entry.misses >= 2) {
        await say(entry, BOT, "I'm sorry, I couldn't find an answer to that. Let me connect you with a colleague from our support team.");
        await handoff(entry);
      } else {
        await say(entry, BOT, "I couldn't find an article about that. Could you describe it differently — for example the coin, the network and what you expected to happen? Or talk to a person from our team.", {
          quickReplies: [QUICK_HUMAN],
        });
      }
      return;
    }
    entry.misses = 0;
    const [first] = found;
    let summary = first!.snippet ?? '';
    try {
      const article = await context.articles!.get(first!.id, first!.locale);
      summary = excerpt(article.body, article.bodyFormat) || summary;
    } catch {
      // keep the snippet
    }
    const answer = `Here is what our help center says about **${first!.title}**:\n\n${summary}\n\nThe articles I used are below. Did this solve it?`;
    await stream(entry, answer, { articles: found, quickReplies: [QUICK_SOLVED, QUICK_HUMAN] });
  };

  const handoff = async (entry: StoredConversation) => {
    if (closed(entry) || entry.conversation.status !== 'bot') return;
    const reason = context.options.outsideHours ? 'outside_hours' : context.options.agentsAvailable === false ? 'no_agents' : undefined;
    if (reason) {
      await say(
        entry,
        BOT,
        reason === 'outside_hours'
          ? 'Our live agents are available every day from 08:00 to 22:00 (UTC+8), so nobody can take over right now. Please leave a ticket instead: this conversation will be attached, so you will not have to repeat anything.'
          : 'All our agents are busy right now and the queue is full. Please leave a ticket instead: this conversation will be attached, so you will not have to repeat anything.',
      );
      closeConversation(entry, reason);
      return;
    }
    setStatus(entry, 'queued');
    entry.queue = 2 + Math.floor(context.random() * 3);
    await say(entry, BOT, "I'm connecting you with a person from our support team. I've passed on our conversation, so you won't need to repeat yourself.");
    await queueUp(entry);
  };

  /** Counts the queue down (also after a reload), then an agent joins. */
  const queueUp = async (entry: StoredConversation) => {
    while (!closed(entry) && (entry.queue ?? 0) > 0) {
      publish(entry, { type: 'queue', position: entry.queue!, estimatedWaitSeconds: entry.queue! * 45 });
      await context.sleep(2500);
      entry.queue = (entry.queue ?? 1) - 1;
      save();
    }
    if (closed(entry)) return;
    publish(entry, { type: 'queue', position: 0, estimatedWaitSeconds: 0 });
    const agent = AGENTS[Math.floor(context.random() * AGENTS.length)]!;
    entry.conversation.agent = agent;
    entry.queue = undefined;
    publish(entry, { type: 'agent_joined', agent });
    setStatus(entry, 'active');
    markRead(entry);
    await say(entry, agent, `Hi, I'm ${agent.name} from the support team. I've read your conversation with our assistant.`);
    await say(entry, agent, askFor(entry.script));
  };

  const askFor = (script: AgentScript): string => {
    const missing = [
      !script.uid && 'your UID (you can find it under Profile)',
      !script.time && 'roughly when it happened, with your time zone',
      !script.txid && 'the transaction ID (TxID), if there is one',
    ].filter(Boolean);
    if (!missing.length) return '';
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
    return `To look into this, could you send me ${list}? Please never share your password, 2FA codes or recovery phrase — we will never ask for them.`;
  };

  const agentReply = async (entry: StoredConversation, sent: Message) => {
    const agent = entry.conversation.agent ?? AGENTS[0]!;
    await context.sleep(700);
    markRead(entry);
    const script = entry.script;
    const text = sent.text;
    if (script.answered && SAYS_DONE.test(text)) {
      await say(entry, agent, 'You are welcome! I am closing this chat now. You can rate our conversation and download a transcript.');
      await context.sleep(600);
      closeConversation(entry, 'agent');
      return;
    }
    script.uid ??= /\b(?:uid[:\s#]*)?(\d{6,12})\b/i.exec(text)?.[1];
    script.txid ??= /\b(?:0x)?[0-9a-fA-F]{40,64}\b/.exec(text)?.[0];
    script.time ??= /\b\d{1,2}[:.]\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b(today|yesterday|this morning|last night|ago|am|pm|utc)\b/i.exec(text)?.[0];
    save();
    if (sent.attachments.length) await say(entry, agent, `Thanks, I've received ${sent.attachments.length === 1 ? 'your file' : 'your files'}.`);
    const ask = askFor(script);
    if (ask && !script.answered) {
      await say(entry, agent, `Thank you. ${ask.replace(/^To look into this, could you send me/, 'Could you also send me')}`);
      return;
    }
    if (!script.answered) {
      script.answered = true;
      save();
      const tx = script.txid ? ` ${script.txid.slice(0, 10)}…` : '';
      await say(entry, agent, `Thanks, I have everything I need. I can see the transaction${tx} on our side: it is waiting for network confirmations and should be credited within about 30 minutes. I've added a note to your account (UID ${script.uid}). Is there anything else I can help with?`);
      return;
    }
    await say(entry, agent, 'Is there anything else I can help with? If not, I will close this chat.');
  };

  const closeConversation = (entry: StoredConversation, reason: string) => {
    if (closed(entry)) return;
    entry.queue = undefined;
    if (entry.conversation.agent && entry.conversation.status === 'active') publish(entry, { type: 'agent_left', agent: entry.conversation.agent });
    setStatus(entry, 'closed');
    publish(entry, { type: 'closed', reason });
  };

  /** Messages as they stand now: deltas and receipts folded in, in order. */
  const history = (entry: StoredConversation): Message[] => {
    const byId = new Map<string, Message>();
    for (const event of entry.events) {
      if (event.type === 'message') byId.set(event.message.id, { ...event.message });
      else if (event.type === 'message_delta') {
        const target = byId.get(event.messageId);
        if (target) {
          target.text += event.delta;
          if (event.done) target.streaming = false;
        }
      } else if (event.type === 'receipt') {
        for (const id of event.messageIds) {
          const target = byId.get(id);
          if (target && target.status !== 'read') target.status = event.status;
        }
      }
    }
    return [...byId.values()];
  };

  /** After a reload: finish what was running when the page went away (a streamed answer whole). */
  const revive = (entry: StoredConversation) => {
    for (const m of history(entry)) {
      if (!m.streaming) continue;
      const whole = entry.streaming?.[m.id];
      const rest = whole?.startsWith(m.text) ? whole.slice(m.text.length) : '';
      delete entry.streaming?.[m.id];
      publish(entry, { type: 'message_delta', messageId: m.id, delta: rest, done: true });
    }
    if (entry.conversation.status === 'queued') void then(entry, () => queueUp(entry));
  };

  const attachmentsById = (ids: string[]): Attachment[] => {
    const stored = context.db.read<Record<string, Attachment>>(DEMO_ATTACHMENTS_COLLECTION, () => ({}));
    return ids.map((id) => {
      const found = stored[id];
      if (!found) throw new AdapterError('invalid_request', `Unknown attachment ${id}.`);
      return found;
    });
  };

  const userMessage = (entry: StoredConversation, text: string, clientId: string | undefined, attachments: Attachment[] = []) => {
    const sent = message(entry, user(), text, { clientId, attachments, status: 'sent' });
    publish(entry, { type: 'message', message: sent });
    void context.sleep(300).then(() => {
      if (history(entry).find((m) => m.id === sent.id)?.status === 'sent') publish(entry, { type: 'receipt', messageIds: [sent.id], status: 'delivered' });
    });
    return sent;
  };

  const react = (entry: StoredConversation, sent: Message, quickReplyId?: string) => {
    const status = entry.conversation.status;
    if (status === 'bot') {
      if (quickReplyId === QUICK_HUMAN.id || ASKS_FOR_HUMAN.test(sent.text)) void then(entry, () => handoff(entry));
      else if (quickReplyId === QUICK_SOLVED.id || SAYS_SOLVED.test(sent.text)) {
        void then(entry, async () => {
          markRead(entry);
          await say(entry, BOT, 'Glad I could help! I am closing this chat now — you can rate it and download a transcript.');
          closeConversation(entry, 'solved');
        });
      } else void then(entry, () => botAnswer(entry, sent.text));
    } else if (status === 'active') void then(entry, () => agentReply(entry, sent));
  };

  return {
    async start(input) {
      const conversation: Conversation = { id: context.id('conv'), status: 'bot', createdAt: now(), topic: input.topic };
      const entry: StoredConversation = { conversation, owner: owner(), events: [], misses: 0, script: { uid: input.uid ?? context.user()?.uid } };
      data()[conversation.id] = entry;
      revived.add(conversation.id);
      const name = context.user()?.name;
      publish(entry, {
        type: 'message',
        message: message(entry, BOT, `Hi${name ? ` ${name}` : ''}! I'm the Lifebuoy assistant. I answer from our help center, and I can connect you with a person from our team at any time. What can I help you with?`, {
          quickReplies: [QUICK_HUMAN],
        }),
      });
      if (input.message?.trim()) react(entry, userMessage(entry, input.message, input.clientId));
      return structuredClone(conversation);
    },

    async current() {
      const mine = Object.values(data())
        .filter((entry) => entry.owner === owner() && entry.conversation.status !== 'closed')
        .sort((a, b) => b.conversation.createdAt.localeCompare(a.conversation.createdAt));
      if (!mine[0]) return null;
      record(mine[0].conversation.id);
      return structuredClone(mine[0].conversation);
    },

    async send(conversationId, input) {
      const entry = record(conversationId);
      // Idempotent per client id: a retried send returns the message already made.
      const existing = history(entry).find((m) => m.clientId === input.clientId);
      if (existing) return existing;
      if (closed(entry)) throw new AdapterError('conflict', 'This conversation is closed.');
      const sent = userMessage(entry, input.text, input.clientId, attachmentsById(input.attachmentIds ?? []));
      react(entry, sent, input.quickReplyId);
      return structuredClone(sent);
    },

    async history(conversationId, cursor) {
      const entry = record(conversationId);
      const messages = history(entry);
      const end = cursor === undefined ? messages.length : Number(cursor);
      if (!Number.isInteger(end) || end < 0 || end > messages.length) throw new AdapterError('invalid_request', `Bad cursor ${cursor}.`);
      const start = Math.max(0, end - PAGE_SIZE);
      return { messages: messages.slice(start, end), previousCursor: start > 0 ? String(start) : null, lastSeq: entry.events.length };
    },

    subscribe(conversationId, afterSeq, handlers) {
      const listener = { handlers, live: false };
      let open = true;
      const set = listeners.get(conversationId) ?? new Set();
      listeners.set(conversationId, set);
      queueMicrotask(() => {
        if (!open) return;
        let entry: StoredConversation;
        try {
          entry = record(conversationId);
        } catch (error) {
          handlers.onError(AdapterError.from(error));
          return;
        }
        // Replay, then go live in the same task: nothing published in between can be missed.
        for (const event of entry.events) if (event.seq > afterSeq) handlers.onEvent(event);
        listener.live = true;
        set.add(listener);
      });
      return {
        close: () => {
          open = false;
          set.delete(listener);
        },
      };
    },

    async setTyping(conversationId) {
      record(conversationId);
    },

    async markRead(conversationId) {
      record(conversationId);
    },

    async requestHuman(conversationId) {
      const entry = record(conversationId);
      if (closed(entry)) throw new AdapterError('conflict', 'This conversation is closed.');
      void then(entry, () => handoff(entry));
    },

    async close(conversationId) {
      closeConversation(record(conversationId), 'user');
    },

    async rate(conversationId, rating) {
      record(conversationId).rating = { score: rating.score, comment: rating.comment };
      save();
    },
  };
}
