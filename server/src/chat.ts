/**
 * Conversations: every change is an event with the next seq of its conversation, written in the
 * same transaction as the state it describes, then published to open streams. A stream replays
 * from the database, so a client that reconnects with its last seq misses nothing and gets nothing
 * twice. The bot answers first (from the help center); "talk to a human" or two unanswered
 * questions hand off to the queue, where an agent picks the conversation up.
 */
import type {
  Attachment, Conversation, ConversationEvent, HistoryPage, Message, Participant, QuickReply, Rating, SendMessageInput,
  StartConversationInput, UnsequencedEvent,
} from '../../src/adapters/schemas.js';
import { relevantHits } from '../../src/adapters/static/relevance.js';
import type { Articles } from './articles.js';
import type { Attachments } from './attachments.js';
import type { Identity } from './auth.js';
import { randomId } from './auth.js';
import type { Bus } from './bus.js';
import type { Config } from './config.js';
import type { Db } from './db.js';
import { nowIso, sql } from './db.js';
import { HttpError } from './http.js';

export const BOT: Participant = { id: 'bot', role: 'bot', name: 'Lifebuoy Assistant' };
export const SYSTEM: Participant = { id: 'system', role: 'system', name: 'Lifebuoy' };
const HISTORY_PAGE = 50;
/** Seconds an agent needs per conversation, for the wait estimate. */
const SECONDS_PER_CONVERSATION = 120;
const HUMAN_WORDS = /\b(human|agent|person|operator|representative|real person|talk to someone)\b|人工|客服|真人/i;

export interface ConversationRow {
  id: string;
  user_id: string;
  status: Conversation['status'];
  topic: string | null;
  agent: string | null;
  bot_misses: number;
  last_seq: number;
  queued_at: string | null;
  rating: number | null;
  rating_comment: string | null;
  created_at: string;
  updated_at: string;
}

const QUICK_HUMAN = (label = 'Talk to a human'): QuickReply => ({ id: 'human', label, value: 'I would like to talk to a human.' });
const QUICK_SOLVED: QuickReply = { id: 'solved', label: 'That solved it', value: 'That solved it, thanks!' };

/** The key of a participant's "typing off" timer in a conversation. */
const typingKey = (conversationId: string, participantId: string) => `${conversationId}\u0000${participantId}`;

export class Chat {
  private readonly botTimers = new Set<ReturnType<typeof setTimeout>>();
  /** Per conversation and participant: the timer that switches a "typing" off when it is not renewed. */
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly db: Db,
    private readonly bus: Bus,
    private readonly config: Config,
    private readonly articles: Articles,
    private readonly attachments: Attachments,
  ) {}

  // ---------------------------------------------------------------- reading
  row(conversationId: string): ConversationRow {
    const row = sql(this.db, 'SELECT * FROM conversations WHERE id = ?').get(conversationId) as ConversationRow | undefined;
    if (!row) throw new HttpError(404, 'not_found', `No conversation "${conversationId}".`);
    return row;
  }

  /** The conversation if it is the caller's; 404 otherwise (no hint that it exists). */
  owned(identity: Identity, conversationId: string): ConversationRow {
    const row = this.row(conversationId);
    if (row.user_id !== identity.id) throw new HttpError(404, 'not_found', `No conversation "${conversationId}".`);
    return row;
  }

  present(row: ConversationRow): Conversation {
    return {
      id: row.id,
      status: row.status,
      createdAt: row.created_at,
      ...(row.topic ? { topic: row.topic } : {}),
      ...(row.agent ? { agent: JSON.parse(row.agent) as Participant } : {}),
    };
  }

  current(identity: Identity): Conversation | null {
    const row = sql(this.db, "SELECT * FROM conversations WHERE user_id = ? AND status != 'closed' ORDER BY created_at DESC LIMIT 1")
      .get(identity.id) as ConversationRow | undefined;
    return row ? this.present(row) : null;
  }

  eventsAfter(conversationId: string, afterSeq: number): ConversationEvent[] {
    const rows = sql(this.db, 'SELECT data FROM events WHERE conversation_id = ? AND seq > ? ORDER BY seq').all(conversationId, afterSeq) as { data: string }[];
    return rows.map((row) => JSON.parse(row.data) as ConversationEvent);
  }

  /** Newest page first; the cursor is the seq of the oldest message of the page already seen. */
  history(conversationId: string, cursor?: string): HistoryPage {
    let before = Number.MAX_SAFE_INTEGER;
    if (cursor !== undefined) {
      if (!/^s\d+$/.test(cursor)) throw new HttpError(400, 'invalid_request', 'Unknown cursor.');
      before = Number(cursor.slice(1));
    }
    return this.db.transaction(() => {
      const rows = sql(this.db, 'SELECT seq, data FROM messages WHERE conversation_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?')
        .all(conversationId, before, HISTORY_PAGE + 1) as { seq: number; data: string }[];
      const more = rows.length > HISTORY_PAGE;
      const page = rows.slice(0, HISTORY_PAGE).reverse();
      const { last_seq } = this.row(conversationId);
      return {
        messages: page.map((row) => JSON.parse(row.data) as Message),
        previousCursor: more && page[0] ? `s${page[0].seq}` : null,
        lastSeq: last_seq,
      };
    })();
  }

  messages(conversationId: string): Message[] {
    const rows = sql(this.db, 'SELECT data FROM messages WHERE conversation_id = ? ORDER BY seq').all(conversationId) as { data: string }[];
    return rows.map((row) => JSON.parse(row.data) as Message);
  }

  // ---------------------------------------------------------------- writing
  /** Appends events in the current transaction; returns them with their seqs (publish after commit). */
  private append(conversationId: string, events: UnsequencedEvent[], changes: Partial<Pick<ConversationRow, 'status' | 'agent' | 'queued_at' | 'bot_misses'>> = {}): ConversationEvent[] {
    const row = this.row(conversationId);
    let seq = row.last_seq;
    const now = nowIso();
    const out: ConversationEvent[] = [];
    const insertEvent = sql(this.db, 'INSERT INTO events (conversation_id, seq, type, data, created_at) VALUES (?, ?, ?, ?, ?)');
    const insertMessage = sql(this.db, 'INSERT INTO messages (id, conversation_id, client_id, seq, role, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const event of events) {
      seq += 1;
      const full = { ...event, seq } as ConversationEvent;
      insertEvent.run(conversationId, seq, full.type, JSON.stringify(full), now);
      if (full.type === 'message') {
        insertMessage.run(full.message.id, conversationId, full.message.clientId ?? null, seq, full.message.author.role, JSON.stringify(full.message), now);
      }
      out.push(full);
    }
    const next = { ...row, ...changes };
    sql(this.db, 'UPDATE conversations SET last_seq = ?, status = ?, agent = ?, queued_at = ?, bot_misses = ?, updated_at = ? WHERE id = ?')
      .run(seq, next.status, next.agent, next.queued_at, next.bot_misses, now, conversationId);
    return out;
  }

  private message(conversationId: string, author: Participant, text: string, extra: Partial<Message> = {}): Message {
    return {
      id: randomId('msg'),
      conversationId,
      author,
      text,
      format: 'text',
      attachments: [],
      createdAt: nowIso(),
      quickReplies: [],
      articles: [],
      ...extra,
    };
  }

  private userParticipant(identity: Identity): Participant {
    return { id: identity.id, role: 'user', name: identity.name ?? 'Customer' };
  }

  /** Runs `work` in a transaction, then publishes what it appended. */
  private commit<T>(work: (emit: (conversationId: string, events: ConversationEvent[]) => void) => T): T {
    const pending: [string, ConversationEvent[]][] = [];
    const result = this.db.transaction(() => work((conversationId, events) => pending.push([conversationId, events])))();
    for (const [conversationId, events] of pending) this.bus.publish(conversationId, events);
    return result;
  }

  start(identity: Identity, input: StartConversationInput, idempotencyKey?: string): { conversation: Conversation; created: boolean } {
    const scope = `conversation:${identity.id}`;
    const result = this.commit((emit) => {
      if (idempotencyKey) {
        const stored = sql(this.db, 'SELECT body FROM idempotency WHERE scope = ? AND key = ?').get(scope, idempotencyKey) as { body: string } | undefined;
        if (stored) return { conversation: this.present(this.row((JSON.parse(stored.body) as { id: string }).id)), created: false, pendingBot: false };
      }
      const id = randomId('conv');
      const now = nowIso();
      sql(this.db, "INSERT INTO conversations (id, user_id, status, topic, created_at, updated_at) VALUES (?, ?, 'bot', ?, ?, ?)")
        .run(id, identity.id, input.topic ?? null, now, now);
      const greeting = this.message(id, BOT, identity.name
        ? `Hi ${identity.name}! I'm the Lifebuoy assistant. Ask me anything, or talk to a person at any time.`
        : "Hi! I'm the Lifebuoy assistant. Ask me anything, or talk to a person at any time.", { quickReplies: [QUICK_HUMAN()] });
      const events: UnsequencedEvent[] = [{ type: 'message', message: greeting }];
      if (input.message?.trim()) {
        events.push({ type: 'message', message: this.message(id, this.userParticipant(identity), input.message, { clientId: input.clientId, status: 'sent' }) });
      }
      emit(id, this.append(id, events));
      if (idempotencyKey) {
        sql(this.db, 'INSERT INTO idempotency (scope, key, request_hash, status, body, created_at) VALUES (?, ?, ?, 201, ?, ?)')
          .run(scope, idempotencyKey, '', JSON.stringify({ id }), now);
      }
      return { conversation: this.present(this.row(id)), created: true, pendingBot: Boolean(input.message?.trim()) };
    });
    if (result.pendingBot) this.scheduleBot(result.conversation.id, input.message!, undefined);
    return { conversation: result.conversation, created: result.created };
  }

  send(identity: Identity, conversationId: string, input: SendMessageInput): { message: Message; created: boolean } {
    const result = this.commit((emit) => {
      const row = this.owned(identity, conversationId);
      const existing = sql(this.db, 'SELECT data FROM messages WHERE conversation_id = ? AND client_id = ?').get(conversationId, input.clientId) as { data: string } | undefined;
      if (existing) return { message: JSON.parse(existing.data) as Message, created: false, status: row.status };
      if (row.status === 'closed') throw new HttpError(409, 'conflict', 'This conversation is closed; start a new one.');
      if (!input.text.trim() && !input.attachmentIds.length) throw new HttpError(400, 'invalid_request', 'A message needs text or an attachment.');
      const attachments: Attachment[] = this.attachments.resolve(input.attachmentIds, identity.id);
      const message = this.message(conversationId, this.userParticipant(identity), input.text, { clientId: input.clientId, attachments, status: 'sent' });
      emit(conversationId, this.append(conversationId, [{ type: 'message', message }]));
      return { message, created: true, status: row.status };
    });
    if (result.created) this.typingEnded(conversationId, identity.id);
    if (result.created && result.status === 'bot') this.scheduleBot(conversationId, input.text, input.quickReplyId);
    return { message: result.message, created: result.created };
  }

  /**
   * A typing indicator. Clients renew "typing: true" while the person types and send "false" when
   * they stop, but a closed tab, a lost network or a crash never sends the "false": so a "true"
   * that is not renewed within `typingTimeoutMs` is switched off here, or the other side would see
   * "… is typing" for ever.
   */
  setTyping(conversationId: string, participant: Participant, typing: boolean): void {
    this.typingEnded(conversationId, participant.id);
    const open = this.commit((emit) => {
      const row = this.row(conversationId);
      if (row.status === 'closed') return false;
      emit(conversationId, this.append(conversationId, [{ type: 'typing', participant, typing }]));
      return true;
    });
    if (!typing || !open) return;
    const key = typingKey(conversationId, participant.id);
    const timer = setTimeout(() => {
      if (this.typingTimers.get(key) !== timer) return;
      this.typingTimers.delete(key);
      try {
        this.setTyping(conversationId, participant, false);
      } catch (error) {
        console.error(`[lifebuoy-server] could not end typing in ${conversationId}:`, error);
      }
    }, this.config.typingTimeoutMs);
    timer.unref?.();
    this.typingTimers.set(key, timer);
  }

  /** Forgets the pending "typing off" of a participant who just sent a message (the message ends the typing). */
  private typingEnded(conversationId: string, participantId: string): void {
    const key = typingKey(conversationId, participantId);
    clearTimeout(this.typingTimers.get(key));
    this.typingTimers.delete(key);
  }

  /** Read receipts for the given messages, when they are from someone other than `reader`'s side. */
  markRead(conversationId: string, messageIds: string[], readerRole: 'user' | 'agent'): void {
    this.commit((emit) => {
      const ids: string[] = [];
      for (const id of new Set(messageIds)) {
        const row = sql(this.db, 'SELECT data FROM messages WHERE id = ? AND conversation_id = ?').get(id, conversationId) as { data: string } | undefined;
        if (!row) continue;
        const message = JSON.parse(row.data) as Message;
        const fromOtherSide = readerRole === 'user' ? message.author.role !== 'user' : message.author.role === 'user';
        if (!fromOtherSide || message.status === 'read') continue;
        message.status = 'read';
        sql(this.db, 'UPDATE messages SET data = ? WHERE id = ?').run(JSON.stringify(message), id);
        ids.push(id);
      }
      if (ids.length) emit(conversationId, this.append(conversationId, [{ type: 'receipt', messageIds: ids, status: 'read' }]));
    });
  }

  /** User messages the agent has not read yet. */
  unreadUserMessageIds(conversationId: string): string[] {
    return this.messages(conversationId).filter((m) => m.author.role === 'user' && m.status !== 'read').map((m) => m.id);
  }

  requestHuman(identity: Identity, conversationId: string): void {
    this.commit((emit) => {
      const row = this.owned(identity, conversationId);
      if (row.status === 'closed') throw new HttpError(409, 'conflict', 'This conversation is closed.');
      if (row.status !== 'bot') return; // already queued or with an agent: nothing to do
      this.handoff(conversationId, emit);
    });
  }

  private handoff(conversationId: string, emit: (id: string, events: ConversationEvent[]) => void, text = 'Connecting you with a support agent. Please stay in this chat.'): void {
    const note = this.message(conversationId, SYSTEM, text);
    emit(conversationId, this.append(conversationId, [{ type: 'message', message: note }, { type: 'status', status: 'queued' }], { status: 'queued', queued_at: nowIso() }));
    this.announceQueue(emit);
  }

  /** Tells every queued conversation its place in line (1 = next). */
  private announceQueue(emit: (id: string, events: ConversationEvent[]) => void): void {
    const queued = sql(this.db, "SELECT id FROM conversations WHERE status = 'queued' ORDER BY queued_at, created_at").all() as { id: string }[];
    queued.forEach(({ id }, index) => {
      const position = index + 1;
      emit(id, this.append(id, [{ type: 'queue', position, estimatedWaitSeconds: position * SECONDS_PER_CONVERSATION }]));
    });
    this.bus.notifyAgents({ type: 'queue', queued: queued.length });
  }

  close(conversationId: string, reason: string | undefined, owner?: Identity): ConversationRow {
    return this.commit((emit) => {
      const row = owner ? this.owned(owner, conversationId) : this.row(conversationId);
      if (row.status === 'closed') return row;
      const wasQueued = row.status === 'queued';
      emit(conversationId, this.append(conversationId, [{ type: 'status', status: 'closed' }, { type: 'closed', ...(reason ? { reason } : {}) }], { status: 'closed' }));
      if (wasQueued) this.announceQueue(emit);
      return this.row(conversationId);
    });
  }

  rate(identity: Identity, conversationId: string, rating: Rating): void {
    this.owned(identity, conversationId);
    sql(this.db, 'UPDATE conversations SET rating = ?, rating_comment = ?, updated_at = ? WHERE id = ?')
      .run(rating.score, rating.comment ?? null, nowIso(), conversationId);
  }

  // ---------------------------------------------------------------- agents
  claim(conversationId: string, agent: Participant): ConversationRow {
    return this.commit((emit) => {
      const row = this.row(conversationId);
      const current = row.agent ? (JSON.parse(row.agent) as Participant) : undefined;
      if (row.status === 'closed') throw new HttpError(409, 'conflict', 'This conversation is closed.');
      if (row.status === 'active' && current) {
        if (current.id === agent.id) return row;
        throw new HttpError(409, 'conflict', `${current.name} already has this conversation.`);
      }
      const wasQueued = row.status === 'queued';
      emit(conversationId, this.append(conversationId, [{ type: 'agent_joined', agent }, { type: 'status', status: 'active' }], {
        status: 'active', agent: JSON.stringify(agent), queued_at: null,
      }));
      if (wasQueued) this.announceQueue(emit);
      return this.row(conversationId);
    });
  }

  release(conversationId: string, agent: Participant): ConversationRow {
    return this.commit((emit) => {
      const row = this.row(conversationId);
      if (row.status !== 'active') throw new HttpError(409, 'conflict', 'Only an active conversation can go back to the queue.');
      const current = row.agent ? (JSON.parse(row.agent) as Participant) : agent;
      emit(conversationId, this.append(conversationId, [{ type: 'agent_left', agent: current }, { type: 'status', status: 'queued' }], {
        status: 'queued', agent: null, queued_at: nowIso(),
      }));
      this.announceQueue(emit);
      return this.row(conversationId);
    });
  }

  agentSend(conversationId: string, agent: Participant, clientId: string, text: string, attachmentIds: string[]): { message: Message; created: boolean } {
    const result = this.commit((emit) => {
      const row = this.row(conversationId);
      const existing = sql(this.db, 'SELECT data FROM messages WHERE conversation_id = ? AND client_id = ?').get(conversationId, clientId) as { data: string } | undefined;
      if (existing) return { message: JSON.parse(existing.data) as Message, created: false };
      if (row.status === 'closed') throw new HttpError(409, 'conflict', 'This conversation is closed.');
      const events: UnsequencedEvent[] = [];
      let changes = {};
      if (row.status !== 'active' || !row.agent) {
        events.push({ type: 'agent_joined', agent }, { type: 'status', status: 'active' });
        changes = { status: 'active', agent: JSON.stringify(agent), queued_at: null };
      }
      const message = this.message(conversationId, agent, text, { clientId, attachments: this.attachments.resolve(attachmentIds, null), status: 'sent' });
      events.push({ type: 'typing', participant: agent, typing: false }, { type: 'message', message });
      emit(conversationId, this.append(conversationId, events, changes));
      if (row.status === 'queued') this.announceQueue(emit);
      return { message, created: true };
    });
    if (result.created) this.typingEnded(conversationId, agent.id); // the message carried "typing: false"
    return result;
  }

  /**
   * Which of `messageIds` are staff's chat messages — written by an agent (through the agent API)
   * or by this server's bot — in the caller's conversations. One query for the whole batch.
   */
  staffMessageIds(identity: Identity, messageIds: string[]): Set<string> {
    const rows = sql(this.db, `SELECT m.id FROM messages m JOIN conversations c ON c.id = m.conversation_id
      WHERE m.id IN (SELECT value FROM json_each(?)) AND c.user_id = ? AND m.role IN ('agent', 'bot')`)
      .all(JSON.stringify(messageIds), identity.id) as { id: string }[];
    return new Set(rows.map((row) => row.id));
  }

  // ---------------------------------------------------------------- bot
  private scheduleBot(conversationId: string, text: string, quickReplyId: string | undefined): void {
    const run = () => {
      try {
        this.botTurn(conversationId, text, quickReplyId);
      } catch (error) {
        console.error(`[lifebuoy-server] bot failed in ${conversationId}:`, error);
      }
    };
    if (this.config.botDelayMs === 0) {
      run();
      return;
    }
    this.commit((emit) => {
      if (this.row(conversationId).status === 'bot') emit(conversationId, this.append(conversationId, [{ type: 'typing', participant: BOT, typing: true }]));
    });
    const timer = setTimeout(() => {
      this.botTimers.delete(timer);
      run();
    }, this.config.botDelayMs);
    this.botTimers.add(timer);
  }

  /** The bot's answer to the user's latest message; it only speaks while the conversation is with the bot. */
  private botTurn(conversationId: string, text: string, quickReplyId: string | undefined): void {
    this.commit((emit) => {
      const row = this.row(conversationId);
      if (row.status !== 'bot') return;
      const typingOff: UnsequencedEvent = { type: 'typing', participant: BOT, typing: false };
      if (quickReplyId === 'human' || HUMAN_WORDS.test(text)) {
        emit(conversationId, this.append(conversationId, [typingOff]));
        this.handoff(conversationId, emit);
        return;
      }
      if (quickReplyId === 'solved') {
        const reply = this.message(conversationId, BOT, 'Great, glad that helped! You can close this chat, or ask me something else.');
        emit(conversationId, this.append(conversationId, [typingOff, { type: 'message', message: reply }], { bot_misses: 0 }));
        return;
      }
      const user = sql(this.db, 'SELECT locale FROM users WHERE id = ?').get(row.user_id) as { locale: string | null } | undefined;
      const locale = user?.locale ?? 'en';
      // Only articles that really match: sharing one word with the question is not an answer.
      const query = text.slice(0, 500);
      const hits = query.trim() ? relevantHits(query, this.articles.search({ query, locale, limit: 10 }).hits).slice(0, 3) : [];
      if (hits.length) {
        const reply = this.message(conversationId, BOT, 'These articles may answer your question:', {
          articles: hits.map((hit) => hit.article),
          quickReplies: [QUICK_SOLVED, QUICK_HUMAN('No, talk to a human')],
        });
        emit(conversationId, this.append(conversationId, [typingOff, { type: 'message', message: reply }], { bot_misses: 0 }));
        return;
      }
      if (row.bot_misses >= 1) {
        emit(conversationId, this.append(conversationId, [typingOff]));
        this.handoff(conversationId, emit, "I couldn't find an answer to that. Connecting you with a support agent.");
        return;
      }
      const reply = this.message(conversationId, BOT, "I couldn't find an article about that. Could you describe it differently, or talk to a person?", {
        quickReplies: [QUICK_HUMAN()],
      });
      emit(conversationId, this.append(conversationId, [typingOff, { type: 'message', message: reply }], { bot_misses: row.bot_misses + 1 }));
    });
  }

  /** After a restart: answer user messages the bot had not answered yet. */
  resumePendingBotTurns(): number {
    const rows = sql(this.db, `
      SELECT c.id, m.data FROM conversations c
      JOIN messages m ON m.conversation_id = c.id AND m.seq = (SELECT MAX(seq) FROM messages WHERE conversation_id = c.id)
      WHERE c.status = 'bot' AND m.role = 'user'
    `).all() as { id: string; data: string }[];
    for (const row of rows) {
      const message = JSON.parse(row.data) as Message;
      this.scheduleBot(row.id, message.text, undefined);
    }
    return rows.length;
  }

  dispose(): void {
    for (const timer of this.botTimers) clearTimeout(timer);
    this.botTimers.clear();
    for (const timer of this.typingTimers.values()) clearTimeout(timer);
    this.typingTimers.clear();
  }
}
