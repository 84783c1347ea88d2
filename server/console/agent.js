// Lifebuoy agent console: plain JS over the reference server's agent API (/v1/agent/*).
// Every text from users goes into the page through textContent — never as HTML.

const $ = (id) => document.getElementById(id);
const session = {
  token: sessionStorage.getItem('lifebuoy-agent-token') ?? '',
  name: sessionStorage.getItem('lifebuoy-agent-name') ?? '',
};
const state = {
  tab: 'chats',
  open: null, // { kind: 'chat' | 'ticket', id }
  conversation: null,
  ticket: null,
  stream: null,
  typingTimer: 0,
  /** The conversation told "typing: true" (null when none), and when it was last told. */
  typingFor: null,
  typingSentAt: 0,
  refreshTimer: 0,
};

function randomId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: {
      Authorization: `Bearer ${session.token}`,
      'X-Lifebuoy-Agent-Name': encodeURIComponent(session.name),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    let message = `${response.status}`;
    try {
      message = JSON.parse(text).error?.message ?? message;
    } catch {
      // not JSON
    }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return text ? JSON.parse(text) : undefined;
}

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'className') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

const time = (iso) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const dateTime = (iso) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
const who = (user) => user.name || user.email || (user.uid ? `UID ${user.uid}` : `Visitor ${user.id.slice(-6)}`);
const identityNote = (user) => [user.verified ? 'verified user' : 'unverified visitor', user.uid && `UID ${user.uid}`, user.email, user.vipTier ? `VIP ${user.vipTier}` : '']
  .filter(Boolean).join(' · ');

function setConnection(text) {
  $('connection').textContent = text;
}

// ------------------------------------------------------------ sign in
async function signIn(event) {
  event?.preventDefault();
  if (event) {
    session.token = $('agent-token').value.trim();
    session.name = $('agent-name').value.trim() || 'Support agent';
  }
  $('sign-in-error').textContent = '';
  try {
    await api('GET', '/v1/agent/me');
  } catch (error) {
    $('sign-in-error').textContent = error.status === 401 ? 'That token is not right.' : `Could not sign in: ${error.message}`;
    $('sign-in-view').hidden = false;
    $('workspace').hidden = true;
    return;
  }
  sessionStorage.setItem('lifebuoy-agent-token', session.token);
  sessionStorage.setItem('lifebuoy-agent-name', session.name);
  $('sign-in-view').hidden = true;
  $('workspace').hidden = false;
  $('sign-out').hidden = false;
  setConnection(`Signed in as ${session.name}`);
  await refreshLists();
  connect();
}

function signOut() {
  sessionStorage.removeItem('lifebuoy-agent-token');
  state.stream?.close();
  location.reload();
}

// ------------------------------------------------------------ live notifications
async function connect() {
  state.stream?.close();
  try {
    const { ticket } = await api('POST', '/v1/agent/stream-tickets');
    const source = new EventSource(`/v1/agent/events?ticket=${encodeURIComponent(ticket)}`);
    state.stream = source;
    source.onopen = () => setConnection(`Live · ${session.name}`);
    source.onmessage = (message) => onNotification(JSON.parse(message.data));
    source.onerror = () => {
      source.close();
      setConnection('Reconnecting…');
      setTimeout(async () => {
        await refreshLists().catch(() => undefined);
        if (state.open) await reopen().catch(() => undefined);
        connect();
      }, 2000);
    };
  } catch {
    setConnection('Offline — retrying…');
    setTimeout(connect, 3000);
  }
}

function onNotification(notification) {
  scheduleRefresh();
  if (notification.type === 'conversation' && state.open?.kind === 'chat' && state.open.id === notification.conversationId) {
    applyConversationEvent(notification.event);
  }
  if (notification.type === 'ticket' && state.open?.kind === 'ticket' && state.open.id === notification.ticketId) {
    void openTicket(notification.ticketId, false);
  }
}

/** Refreshes the lists soon; a burst of notifications causes one refresh, not none. */
function scheduleRefresh() {
  if (state.refreshTimer) return;
  state.refreshTimer = setTimeout(() => {
    state.refreshTimer = 0;
    void refreshLists().catch(() => undefined);
  }, 150);
}

// ------------------------------------------------------------ lists
async function refreshLists() {
  const [conversations, bots, tickets] = await Promise.all([
    api('GET', '/v1/agent/conversations'),
    api('GET', '/v1/agent/conversations?status=bot'),
    api('GET', `/v1/agent/tickets${$('ticket-filter').value ? `?status=${$('ticket-filter').value}` : ''}`),
  ]);
  const queued = conversations.filter((c) => c.status === 'queued');
  const active = conversations.filter((c) => c.status === 'active');
  renderConversationList($('queued-list'), queued, (c) => `#${c.queuePosition ?? '?'} in line`);
  renderConversationList($('active-list'), active, (c) => c.agent?.name ?? '');
  renderConversationList($('bot-list'), bots.slice(0, 20), () => 'bot');
  $('queued-count').textContent = String(queued.length);
  $('ticket-count').textContent = String(tickets.filter((t) => t.status === 'open').length);
  const list = $('ticket-list');
  list.replaceChildren(...tickets.map((ticket) => el('li', {}, [
    el('button', {
      type: 'button',
      'aria-current': state.open?.kind === 'ticket' && state.open.id === ticket.id ? 'true' : undefined,
      onclick: () => void openTicket(ticket.id),
    }, [
      el('span', { className: 'who' }, [el('span', { text: `#${ticket.number} ${ticket.subject}` }), el('span', { text: ticket.status })]),
      el('span', { className: 'what', text: `${who(ticket.user)} · updated ${dateTime(ticket.updatedAt)}` }),
    ]),
  ])));
}

function renderConversationList(list, conversations, note) {
  list.replaceChildren(...conversations.map((conversation) => el('li', {}, [
    el('button', {
      type: 'button',
      'aria-current': state.open?.kind === 'chat' && state.open.id === conversation.id ? 'true' : undefined,
      onclick: () => void openConversation(conversation.id),
    }, [
      el('span', { className: 'who' }, [el('span', { text: who(conversation.user) }), el('span', { className: 'muted', text: note(conversation) })]),
      el('span', { className: 'what', text: conversation.lastMessage ? `${conversation.lastMessage.role}: ${conversation.lastMessage.text}` : conversation.topic ?? '' }),
    ]),
  ])));
}

// ------------------------------------------------------------ a conversation
function show(kind) {
  $('empty-detail').hidden = kind !== null;
  $('chat-view').hidden = kind !== 'chat';
  $('ticket-view').hidden = kind !== 'ticket';
}

async function reopen() {
  if (state.open?.kind === 'chat') await openConversation(state.open.id, false);
  if (state.open?.kind === 'ticket') await openTicket(state.open.id, false);
}

async function openConversation(id, focus = true) {
  if (state.typingFor !== id) stopTyping(); // a no-op when not typing
  const detail = await api('GET', `/v1/agent/conversations/${encodeURIComponent(id)}`);
  state.open = { kind: 'chat', id };
  state.conversation = detail;
  show('chat');
  renderConversation();
  scheduleRefresh();
  if (focus) $(detail.conversation.status === 'active' ? 'chat-input' : 'claim').focus();
}

function renderConversation() {
  const { conversation, messages } = state.conversation;
  $('chat-title').textContent = `${who(conversation.user)}${conversation.topic ? ` — ${conversation.topic}` : ''}`;
  const status = { bot: 'with the bot', queued: `waiting (#${conversation.queuePosition ?? '?'} in line)`, active: `with ${conversation.agent?.name ?? 'an agent'}`, closed: 'ended' }[conversation.status];
  $('chat-meta').textContent = `${identityNote(conversation.user)} · ${status} · started ${dateTime(conversation.createdAt)}${conversation.rating ? ` · rated ${conversation.rating.score}/5` : ''}`;
  $('chat-messages').replaceChildren(...messages.map(renderMessage));
  $('chat-messages').scrollTop = $('chat-messages').scrollHeight;
  const closed = conversation.status === 'closed';
  const mine = conversation.status === 'active';
  $('claim').hidden = mine || closed;
  $('release').hidden = !mine;
  $('close-chat').hidden = closed;
  $('chat-input').disabled = closed;
  $('chat-composer').querySelector('button').disabled = closed;
  $('chat-typing').textContent = '';
}

function renderMessage(message) {
  const role = message.author.role;
  const children = [
    el('span', { className: 'meta', text: `${message.author.name}${message.author.verified ? ' ✓' : ''} · ${time(message.createdAt)}${message.status === 'read' && role === 'agent' ? ' · read' : ''}` }),
    document.createTextNode(message.text),
  ];
  if (message.articles?.length) {
    children.push(el('ul', {}, message.articles.map((article) => el('li', { text: article.title }))));
  }
  for (const attachment of message.attachments ?? []) {
    const link = el('a', { href: attachment.url, target: '_blank', rel: 'noopener noreferrer', text: `📎 ${attachment.name} (${Math.ceil(attachment.size / 1024)} KB)` });
    children.push(el('div', {}, [link]));
    if (attachment.thumbnailUrl) children.push(el('img', { src: attachment.thumbnailUrl, alt: attachment.name }));
  }
  return el('li', { className: `message ${role}`, 'data-id': message.id }, children);
}

function applyConversationEvent(event) {
  const detail = state.conversation;
  if (!detail || event.seq <= detail.lastSeq) return;
  detail.lastSeq = event.seq;
  switch (event.type) {
    case 'message':
      if (!detail.messages.some((m) => m.id === event.message.id)) {
        detail.messages.push(event.message);
        $('chat-messages').append(renderMessage(event.message));
        $('chat-messages').scrollTop = $('chat-messages').scrollHeight;
        if (event.message.author.role === 'user' && detail.conversation.status === 'active') $('chat-typing').textContent = '';
      }
      break;
    case 'typing':
      if (event.participant.role === 'user') $('chat-typing').textContent = event.typing ? `${event.participant.name} is typing…` : '';
      break;
    case 'receipt':
      for (const id of event.messageIds) {
        const message = detail.messages.find((m) => m.id === id);
        if (message) message.status = event.status;
      }
      renderConversation();
      break;
    default:
      // Status, queue, join/leave, closed: the summary changed — fetch it again.
      void openConversation(detail.conversation.id, false);
  }
}

async function conversationAction(path, errorTarget) {
  $(errorTarget).textContent = '';
  try {
    await api('POST', `/v1/agent/conversations/${encodeURIComponent(state.open.id)}/${path}`);
    await openConversation(state.open.id, path === 'claim');
  } catch (error) {
    $(errorTarget).textContent = error.message;
  }
}

async function sendChat(event) {
  event.preventDefault();
  const input = $('chat-input');
  const text = input.value.trim();
  if (!text || !state.open) return;
  $('chat-error').textContent = '';
  const clientId = randomId();
  input.value = '';
  stopTyping();
  try {
    // Retried once with the same clientId: the server stores it at most once.
    await api('POST', `/v1/agent/conversations/${encodeURIComponent(state.open.id)}/messages`, { clientId, text })
      .catch(() => api('POST', `/v1/agent/conversations/${encodeURIComponent(state.open.id)}/messages`, { clientId, text }));
    if (state.conversation?.conversation.status !== 'active') await openConversation(state.open.id);
  } catch (error) {
    input.value = text;
    $('chat-error').textContent = `Not sent: ${error.message}`;
  }
}

function typing() {
  if (!state.open || state.open.kind !== 'chat' || state.conversation?.conversation.status !== 'active') return;
  if (state.typingFor !== state.open.id) stopTyping();
  // Renewed every 3 s while the agent types: the server switches off a "typing" that is not renewed.
  if (!state.typingFor || Date.now() - state.typingSentAt > 3000) {
    state.typingFor = state.open.id;
    state.typingSentAt = Date.now();
    void api('PUT', `/v1/agent/conversations/${encodeURIComponent(state.open.id)}/typing`, { typing: true }).catch(() => undefined);
  }
  clearTimeout(state.typingTimer);
  state.typingTimer = setTimeout(stopTyping, 4000);
}

/** Switches "typing" off in the conversation it was switched on in (not necessarily the one open now). */
function stopTyping() {
  clearTimeout(state.typingTimer);
  const id = state.typingFor;
  if (!id) return;
  state.typingFor = null;
  state.typingSentAt = 0;
  void api('PUT', `/v1/agent/conversations/${encodeURIComponent(id)}/typing`, { typing: false }).catch(() => undefined);
}

// ------------------------------------------------------------ a ticket
async function openTicket(id, focus = true) {
  stopTyping();
  const ticket = await api('GET', `/v1/agent/tickets/${encodeURIComponent(id)}`);
  state.open = { kind: 'ticket', id };
  state.ticket = ticket;
  show('ticket');
  $('ticket-title').textContent = `#${ticket.number} ${ticket.subject}`;
  $('ticket-meta').textContent = `${who(ticket.user)} · ${identityNote(ticket.user)} · ${ticket.status} · category ${ticket.categoryId} · opened ${dateTime(ticket.createdAt)}`;
  $('ticket-fields').replaceChildren(...Object.entries(ticket.fields).flatMap(([name, value]) => [el('dt', { text: name }), el('dd', { text: value })]));
  $('ticket-messages').replaceChildren(...ticket.messages.map((message) => renderMessage({ ...message, attachments: message.attachments ?? [] })));
  $('ticket-messages').scrollTop = $('ticket-messages').scrollHeight;
  const closed = ticket.status === 'closed';
  $('ticket-input').disabled = closed;
  $('ticket-composer').querySelector('button').disabled = closed;
  $('solve-ticket').hidden = ticket.status === 'solved' || closed;
  $('close-ticket').hidden = closed;
  scheduleRefresh();
  if (focus && !closed) $('ticket-input').focus();
}

async function answerTicket(event) {
  event.preventDefault();
  const text = $('ticket-input').value.trim();
  if (!text || !state.open) return;
  $('ticket-error').textContent = '';
  try {
    await api('POST', `/v1/agent/tickets/${encodeURIComponent(state.open.id)}/replies`, { clientId: randomId(), text, status: $('ticket-next-status').value });
    $('ticket-input').value = '';
    await openTicket(state.open.id, false);
  } catch (error) {
    $('ticket-error').textContent = `Not sent: ${error.message}`;
  }
}

async function setTicketStatus(status) {
  $('ticket-error').textContent = '';
  try {
    await api('PUT', `/v1/agent/tickets/${encodeURIComponent(state.open.id)}/status`, { status });
    await openTicket(state.open.id, false);
  } catch (error) {
    $('ticket-error').textContent = error.message;
  }
}

// ------------------------------------------------------------ tabs
function selectTab(tab) {
  state.tab = tab;
  for (const name of ['chats', 'tickets']) {
    const button = $(`tab-${name}`);
    button.setAttribute('aria-selected', String(name === tab));
    button.tabIndex = name === tab ? 0 : -1;
    $(`panel-${name}`).hidden = name !== tab;
  }
}

function tabKeys(event) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const next = state.tab === 'chats' ? 'tickets' : 'chats';
  selectTab(next);
  $(`tab-${next}`).focus();
}

// ------------------------------------------------------------ wiring
$('sign-in').addEventListener('submit', signIn);
$('sign-out').addEventListener('click', signOut);
$('tab-chats').addEventListener('click', () => selectTab('chats'));
$('tab-tickets').addEventListener('click', () => selectTab('tickets'));
$('tab-chats').addEventListener('keydown', tabKeys);
$('tab-tickets').addEventListener('keydown', tabKeys);
$('ticket-filter').addEventListener('change', () => void refreshLists());
$('claim').addEventListener('click', () => void conversationAction('claim', 'chat-error'));
$('release').addEventListener('click', () => void conversationAction('release', 'chat-error'));
$('close-chat').addEventListener('click', () => void conversationAction('close', 'chat-error'));
$('chat-composer').addEventListener('submit', sendChat);
$('chat-input').addEventListener('input', typing);
$('chat-input').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $('chat-composer').requestSubmit();
  }
});
$('ticket-composer').addEventListener('submit', answerTicket);
$('solve-ticket').addEventListener('click', () => void setTicketStatus('solved'));
$('close-ticket').addEventListener('click', () => void setTicketStatus('closed'));

if (session.token) {
  $('agent-name').value = session.name;
  void signIn();
} else {
  $('agent-name').value = session.name || 'Support agent';
}
