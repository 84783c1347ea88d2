/**
 * A local fake of Chatwoot's public client API, its ActionCable WebSocket and its public
 * help-center portal, in memory, following the published documentation:
 *
 * - Client API (developers.chatwoot.com, swagger/tag_groups/client_swagger.json):
 *   POST   /public/api/v1/inboxes/{inbox_identifier}/contacts                       → public_contact
 *   GET    …/contacts/{contact_identifier}, PATCH (update)
 *   POST   …/contacts/{contact_identifier}/conversations  { custom_attributes }      → public_conversation
 *   GET    …/contacts/{contact_identifier}/conversations                            → [public_conversation]
 *   GET    …/conversations/{conversation_id}
 *   POST   …/conversations/{id}/toggle_status | toggle_typing {typing_status} | update_last_seen
 *   GET    …/conversations/{id}/messages?before={message_id}   → [public_message], 20 per page, oldest first
 *   POST   …/conversations/{id}/messages  { content, echo_id }                       → public_message
 *   PATCH  …/messages/{id}  { submitted_values }
 *   GET/PUT /public/api/v1/csat_survey/{conversation_uuid}
 *   Errors: 404 `{ "error": … }` (unknown inbox/contact/conversation), 401 `{ "error": "HMAC failed…" }`,
 *   422 `{ "message": …, "attributes": […] }`, 429 (rack-attack) `Retry later` with Retry-After.
 *   `created_at` of a public message is a Unix timestamp (the jbuilder's `created_at.to_i`);
 *   `message_type` is 0 incoming, 1 outgoing, 2 activity, 3 template.
 * - WebSocket (chatwoot.com/docs/product/others/websocket-events): `/cable`, ActionCable
 *   protocol `actioncable-v1-json`: `{"type":"welcome"}`, pings every 3 s, `subscribe` to
 *   `{"channel":"RoomChannel","pubsub_token":…}` → `confirm_subscription` (or
 *   `reject_subscription` for an unknown token), events `{ identifier, message: { event, data } }`
 *   for message.created / message.updated / conversation.status_changed / conversation.typing_on
 *   / conversation.typing_off / presence.update. A message.created for the contact's own message
 *   carries the `echo_id` it was sent with.
 * - Portal (config/routes.rb `hc/:slug/…`, JSON views): `/hc/{slug}/{locale}/articles.json`
 *   (`query`, `page`, `per_page` ≤ 100, `sort=views`) → `{ payload: [article], meta: {
 *   articles_count } }`; `/hc/{slug}/{locale}/categories.json` → `{ payload: [category] }`;
 *   `/hc/{slug}/{locale}/categories/{category_slug}/articles.json`; `/hc/{slug}/articles/{article_slug}.json`.
 *
 * Test-only control routes under `/t/<tenant>/__fake/` play the agent's side (see below).
 */
import { createHmac, randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { HttpError, intParam, json, parseJson, startFake, token } from './common.mjs';
import { SEED_ARTICLES, SEED_CATEGORIES, SEED_SECTIONS, queryWords, relevance } from './seed.mjs';

const PAGE_SIZE = 20;
const notFound = () => new HttpError(404, { error: 'Resource could not be found' });
const now = () => Math.floor(Date.now() / 1000);

function createTenant(options = {}) {
  const tenant = {
    accountId: 1,
    inboxId: 7,
    inboxIdentifier: token(12),
    hmacToken: token(16),
    hmacMandatory: Boolean(options.hmacMandatory),
    csat: options.csat ?? true,
    agentBot: Boolean(options.agentBot),
    portalSlug: 'help',
    contacts: new Map(),
    contactInboxes: new Map(),
    conversations: new Map(),
    nextContactId: 10,
    nextConversationId: 1,
    // Ids are global to the account, so one conversation's message ids have gaps.
    nextMessageId: 1000,
    agents: [
      { id: 1, name: 'Ada Agent', available_name: 'Ada', avatar_url: 'https://example.test/ada.png', type: 'user', availability_status: 'online' },
    ],
    bot: { id: 3, name: 'Helper Bot', avatar_url: 'https://example.test/bot.png', type: 'agent_bot' },
    connections: new Set(),
    rejectSubscriptions: false,
    silent: false,
  };
  seedPortal(tenant);
  tenant.dispose = () => {
    for (const connection of tenant.connections) connection.ws.terminate();
  };
  return tenant;
}

function seedPortal(tenant) {
  const categories = [];
  let categoryId = 1;
  for (const locale of ['en', 'de']) {
    for (const section of SEED_SECTIONS) {
      const category = SEED_CATEGORIES.find((c) => c.key === section.category);
      categories.push({
        id: categoryId++,
        name: locale === 'de' ? `${section.name} (DE)` : section.name,
        slug: locale === 'en' ? section.key : `${section.key}-de`,
        locale,
        description: section.description,
        position: categories.length,
        parent: category.key,
      });
    }
  }
  let articleId = 100;
  const articles = [];
  for (const seed of SEED_ARTICLES) {
    const enCategory = categories.find((c) => c.locale === 'en' && c.slug === seed.section);
    articles.push({
      id: articleId++,
      slug: seed.key,
      title: seed.title,
      content: seed.body,
      description: seed.description,
      status: 'published',
      position: articles.length,
      views: seed.views,
      updated_at: new Date(Date.UTC(2026, 0, 10 + articles.length)).toISOString(),
      category: enCategory,
      locale: 'en',
    });
    if (seed.de) {
      const deCategory = categories.find((c) => c.locale === 'de' && c.slug === `${seed.section}-de`);
      articles.push({
        id: articleId++,
        slug: `${seed.key}-de`,
        title: seed.de.title,
        content: seed.de.body,
        description: null,
        status: 'published',
        position: articles.length,
        views: Math.round(seed.views / 3),
        updated_at: new Date(Date.UTC(2026, 1, 1 + articles.length)).toISOString(),
        category: deCategory,
        locale: 'de',
      });
    }
  }
  articles.push({
    id: articleId++, slug: 'draft-article', title: 'Unpublished draft about withdrawals', content: 'Draft.', description: null,
    status: 'draft', position: 99, views: 0, updated_at: new Date().toISOString(), category: categories[0], locale: 'en',
  });
  // An article whose category was deleted: the portal shows it without one.
  articles.push({
    id: articleId++, slug: 'uncategorized-fees', title: 'Trading fee schedule', content: 'Maker and taker fees by VIP tier.', description: null,
    status: 'published', position: 98, views: 70, updated_at: new Date(Date.UTC(2026, 2, 3)).toISOString(), category: null, locale: 'en',
  });
  tenant.categories = categories;
  tenant.articles = articles;
}

function describeTenant(tenant, baseUrl) {
  return {
    id: tenant.id,
    baseUrl,
    inboxIdentifier: tenant.inboxIdentifier,
    hmacToken: tenant.hmacToken,
    portalSlug: tenant.portalSlug,
  };
}

// ------------------------------------------------------------------ payloads

const contactPush = (contact, contactInbox) => ({
  additional_attributes: {},
  custom_attributes: {},
  email: contact.email ?? null,
  id: contact.id,
  identifier: contact.identifier ?? null,
  name: contact.name,
  phone_number: null,
  pubsub_token: contactInbox?.pubsub_token ?? null,
  thumbnail: '',
  type: 'contact',
});

function senderPush(tenant, message) {
  if (!message.sender) return undefined;
  if (message.sender.type === 'contact') {
    const contact = tenant.contacts.get(message.sender.id);
    return contact ? contactPush(contact) : undefined;
  }
  if (message.sender.type === 'agent_bot') return { ...tenant.bot };
  return { ...tenant.agents.find((agent) => agent.id === message.sender.id) };
}

/** The public API view (app/views/public/api/v1/models/_message.json.jbuilder). */
function publicMessage(tenant, message) {
  const out = {
    id: message.id,
    content: message.content,
    message_type: message.message_type,
    content_type: message.content_type,
    content_attributes: message.content_attributes,
    created_at: message.created_at,
    conversation_id: message.conversation_id,
  };
  if (message.attachments.length) out.attachments = message.attachments;
  const sender = senderPush(tenant, message);
  if (sender) out.sender = sender;
  return out;
}

/** The WebSocket payload (Message#push_event_data), with the echo_id it was sent with. */
function pushMessage(tenant, message) {
  const out = {
    id: message.id,
    content: message.content,
    account_id: tenant.accountId,
    inbox_id: tenant.inboxId,
    conversation_id: message.conversation_id,
    message_type: message.message_type,
    created_at: message.created_at,
    updated_at: new Date(message.updated_at * 1000).toISOString(),
    private: message.private,
    status: message.status,
    source_id: null,
    content_type: message.content_type,
    content_attributes: message.content_attributes,
    sender_type: message.sender ? { contact: 'Contact', user: 'User', agent_bot: 'AgentBot' }[message.sender.type] : null,
    sender_id: message.sender?.id ?? null,
    external_source_ids: {},
  };
  const sender = senderPush(tenant, message);
  if (sender) out.sender = sender;
  if (message.attachments.length) out.attachments = message.attachments;
  if (message.echo_id) out.echo_id = message.echo_id;
  return out;
}

const visibleMessages = (conversation) => conversation.messages.filter((message) => !message.private);

function publicConversation(tenant, conversation) {
  const contact = tenant.contacts.get(conversation.contactId);
  return {
    id: conversation.id,
    uuid: conversation.uuid,
    inbox_id: tenant.inboxId,
    contact_last_seen_at: conversation.contact_last_seen_at,
    status: conversation.status,
    agent_last_seen_at: conversation.agent_last_seen_at,
    messages: visibleMessages(conversation).filter((m) => m.message_type !== 2).map((m) => publicMessage(tenant, m)),
    contact: { id: contact.id, name: contact.name, email: contact.email ?? null, phone_number: null, identifier: contact.identifier ?? null },
    group: false,
    group_source_id: null,
    group_title: null,
  };
}

function pushConversation(tenant, conversation) {
  const contact = tenant.contacts.get(conversation.contactId);
  const contactInbox = tenant.contactInboxes.get(conversation.sourceId);
  const last = visibleMessages(conversation).at(-1);
  const assignee = conversation.assigneeId ? tenant.agents.find((agent) => agent.id === conversation.assigneeId) : undefined;
  return {
    additional_attributes: {},
    can_reply: true,
    channel: 'Channel::Api',
    id: conversation.id,
    inbox_id: tenant.inboxId,
    contact_inbox: {
      id: 1, contact_id: contact.id, inbox_id: tenant.inboxId, source_id: conversation.sourceId,
      created_at: new Date().toISOString(), updated_at: new Date().toISOString(), hmac_verified: contactInbox?.hmac_verified ?? false,
    },
    messages: last ? [pushMessage(tenant, last)] : [],
    meta: { sender: contactPush(contact, contactInbox), ...(assignee ? { assignee: { ...assignee } } : {}) },
    status: conversation.status,
    unread_count: 0,
    agent_last_seen_at: conversation.agent_last_seen_at,
    contact_last_seen_at: conversation.contact_last_seen_at,
    timestamp: last?.created_at ?? now(),
    account_id: tenant.accountId,
  };
}

const publicContact = (contact, contactInbox) => ({
  id: contact.id,
  source_id: contactInbox.source_id,
  name: contact.name,
  email: contact.email ?? null,
  phone_number: null,
  pubsub_token: contactInbox.pubsub_token,
});

function publicArticle(tenant, article) {
  return {
    id: article.id,
    slug: article.slug,
    category_id: article.category?.id ?? null,
    title: article.title,
    content: article.content,
    description: article.description,
    status: article.status,
    position: article.position,
    account_id: tenant.accountId,
    last_updated_at: article.updated_at,
    portal: { name: 'Help', slug: tenant.portalSlug },
    ...(article.category ? { category: { id: article.category.id, slug: article.category.slug, locale: article.category.locale } } : {}),
    views: article.views,
    author: { name: 'Docs Team', thumbnail: '' },
    associated_articles: [],
  };
}

function publicCategory(tenant, category) {
  return {
    id: category.id,
    name: category.name,
    slug: category.slug,
    locale: category.locale,
    description: category.description,
    position: category.position,
    related_categories: [],
    articles_count: tenant.articles.filter((a) => a.status === 'published' && a.category?.id === category.id).length,
  };
}

// ------------------------------------------------------------------ behaviour

function broadcast(tenant, pubsubTokens, event, data) {
  for (const connection of tenant.connections) {
    for (const [identifier, pubsubToken] of connection.subscriptions) {
      if (pubsubTokens.has(pubsubToken) && connection.ws.readyState === WebSocket.OPEN) {
        connection.ws.send(JSON.stringify({ identifier, message: { event, data } }));
      }
    }
  }
}

/** Every pubsub token of the conversation's contact (an HMAC-verified contact sees all of its conversations). */
function tokensFor(tenant, conversation) {
  const tokens = new Set();
  for (const contactInbox of tenant.contactInboxes.values()) {
    if (contactInbox.source_id === conversation.sourceId || (contactInbox.hmac_verified && contactInbox.contactId === conversation.contactId)) {
      tokens.add(contactInbox.pubsub_token);
    }
  }
  return tokens;
}

function addMessage(tenant, conversation, fields) {
  const time = now();
  const message = {
    id: tenant.nextMessageId++,
    conversation_id: conversation.id,
    content: fields.content ?? null,
    message_type: fields.message_type,
    content_type: fields.content_type ?? 'text',
    content_attributes: fields.content_attributes ?? {},
    created_at: time,
    updated_at: time,
    private: Boolean(fields.private),
    status: 'sent',
    sender: fields.sender,
    echo_id: fields.echo_id,
    attachments: fields.attachments ?? [],
  };
  conversation.messages.push(message);
  // Another conversation's message now and then, so ids within one conversation have gaps.
  tenant.nextMessageId += 1 + (message.id % 3);
  if (!message.private) broadcast(tenant, tokensFor(tenant, conversation), 'message.created', pushMessage(tenant, message));
  return message;
}

function setStatus(tenant, conversation, status, assigneeId) {
  if (assigneeId !== undefined) conversation.assigneeId = assigneeId;
  if (conversation.status === status && assigneeId === undefined) return;
  conversation.status = status;
  broadcast(tenant, tokensFor(tenant, conversation), 'conversation.status_changed', pushConversation(tenant, conversation));
  if (status === 'resolved' && tenant.csat && !conversation.messages.some((m) => m.content_type === 'input_csat')) {
    addMessage(tenant, conversation, { message_type: 3, content_type: 'input_csat', content: 'Please rate this conversation' });
  }
}

function inboxOf(tenant, params) {
  if (params.inbox !== tenant.inboxIdentifier) throw notFound();
}

function contactInboxOf(tenant, params) {
  inboxOf(tenant, params);
  const contactInbox = tenant.contactInboxes.get(params.contact);
  if (!contactInbox) throw notFound();
  return contactInbox;
}

function conversationsOf(tenant, contactInbox) {
  return [...tenant.conversations.values()].filter((c) => (contactInbox.hmac_verified ? c.contactId === contactInbox.contactId : c.sourceId === contactInbox.source_id));
}

function conversationOf(tenant, params) {
  const contactInbox = contactInboxOf(tenant, params);
  const conversation = conversationsOf(tenant, contactInbox).find((c) => String(c.id) === params.conversation);
  if (!conversation) throw notFound();
  return { contactInbox, conversation };
}

function validHmac(tenant, identifier, hash) {
  if (!identifier || !hash) return false;
  return createHmac('sha256', tenant.hmacToken).update(identifier).digest('hex') === hash;
}

const base = '^/public/api/v1/inboxes/(?<inbox>[^/]+)';
const contactPath = `${base}/contacts/(?<contact>[^/]+)`;
const conversationPath = `${contactPath}/conversations/(?<conversation>\\d+)`;

const routes = [
  ['POST', new RegExp(`${base}/contacts$`), async ({ tenant, params, body }) => {
    inboxOf(tenant, params);
    const payload = parseJson(await body());
    if (payload.identifier_hash !== undefined || tenant.hmacMandatory) {
      if (!validHmac(tenant, payload.identifier, payload.identifier_hash)) {
        throw new HttpError(401, { error: 'HMAC failed: Invalid Identifier Hash Provided' });
      }
    }
    let contact = payload.identifier ? [...tenant.contacts.values()].find((c) => c.identifier === payload.identifier) : undefined;
    if (!contact) {
      contact = { id: tenant.nextContactId++, name: payload.name || `visitor-${token(2)}`, email: payload.email ?? null, identifier: payload.identifier ?? null };
      tenant.contacts.set(contact.id, contact);
    } else {
      if (payload.name) contact.name = payload.name;
      if (payload.email) contact.email = payload.email;
    }
    const contactInbox = { source_id: randomUUID(), contactId: contact.id, pubsub_token: token(12), hmac_verified: Boolean(payload.identifier_hash) };
    tenant.contactInboxes.set(contactInbox.source_id, contactInbox);
    return json(200, publicContact(contact, contactInbox));
  }],
  ['GET', new RegExp(`${contactPath}$`), ({ tenant, params }) => {
    const contactInbox = contactInboxOf(tenant, params);
    return json(200, publicContact(tenant.contacts.get(contactInbox.contactId), contactInbox));
  }],
  ['PATCH', new RegExp(`${contactPath}$`), async ({ tenant, params, body }) => {
    const contactInbox = contactInboxOf(tenant, params);
    const payload = parseJson(await body());
    const contact = tenant.contacts.get(contactInbox.contactId);
    if (payload.name) contact.name = payload.name;
    if (payload.email) contact.email = payload.email;
    return json(200, publicContact(contact, contactInbox));
  }],
  ['POST', new RegExp(`${contactPath}/conversations$`), async ({ tenant, params, body }) => {
    const contactInbox = contactInboxOf(tenant, params);
    const payload = parseJson(await body());
    const conversation = {
      id: tenant.nextConversationId++,
      uuid: randomUUID(),
      contactId: contactInbox.contactId,
      sourceId: contactInbox.source_id,
      status: tenant.agentBot ? 'pending' : 'open',
      assigneeId: undefined,
      custom_attributes: payload.custom_attributes ?? {},
      contact_last_seen_at: 0,
      agent_last_seen_at: 0,
      messages: [],
    };
    tenant.conversations.set(conversation.id, conversation);
    return json(200, publicConversation(tenant, conversation));
  }],
  ['GET', new RegExp(`${contactPath}/conversations$`), ({ tenant, params }) => {
    const contactInbox = contactInboxOf(tenant, params);
    return json(200, conversationsOf(tenant, contactInbox).map((c) => publicConversation(tenant, c)));
  }],
  ['GET', new RegExp(`${conversationPath}$`), ({ tenant, params }) => {
    const { conversation } = conversationOf(tenant, params);
    return json(200, publicConversation(tenant, conversation));
  }],
  ['POST', new RegExp(`${conversationPath}/toggle_status$`), ({ tenant, params }) => {
    const { conversation } = conversationOf(tenant, params);
    if (conversation.status !== 'resolved') setStatus(tenant, conversation, 'resolved');
    return json(200, publicConversation(tenant, conversation));
  }],
  ['POST', new RegExp(`${conversationPath}/toggle_typing$`), async ({ tenant, params, body, query }) => {
    const { conversation } = conversationOf(tenant, params);
    const payload = parseJson(await body());
    const status = payload.typing_status ?? query.get('typing_status');
    conversation.contactTyping = status === 'on';
    return json(200, null);
  }],
  ['POST', new RegExp(`${conversationPath}/update_last_seen$`), ({ tenant, params }) => {
    const { conversation } = conversationOf(tenant, params);
    conversation.contact_last_seen_at = now();
    return json(200, null);
  }],
  ['GET', new RegExp(`${conversationPath}/messages$`), ({ tenant, params, query }) => {
    const { conversation } = conversationOf(tenant, params);
    const before = Number(query.get('before'));
    let messages = visibleMessages(conversation);
    if (query.get('before')) messages = messages.filter((m) => m.id < before);
    return json(200, messages.slice(-PAGE_SIZE).map((m) => publicMessage(tenant, m)));
  }],
  ['POST', new RegExp(`${conversationPath}/messages$`), async ({ tenant, params, body }) => {
    const { contactInbox, conversation } = conversationOf(tenant, params);
    const payload = parseJson(await body());
    if (typeof payload.content !== 'string' || !payload.content.trim()) {
      throw new HttpError(422, { message: "Content can't be blank", attributes: ['content'] });
    }
    const message = addMessage(tenant, conversation, {
      message_type: 0,
      content: payload.content,
      echo_id: payload.echo_id,
      sender: { type: 'contact', id: contactInbox.contactId },
    });
    if (conversation.status === 'resolved') setStatus(tenant, conversation, tenant.agentBot ? 'pending' : 'open');
    return json(200, publicMessage(tenant, message));
  }],
  ['PATCH', new RegExp(`${conversationPath}/messages/(?<message>\\d+)$`), async ({ tenant, params, body }) => {
    const { conversation } = conversationOf(tenant, params);
    const message = conversation.messages.find((m) => String(m.id) === params.message);
    if (!message) throw notFound();
    const payload = parseJson(await body());
    message.content_attributes = { ...message.content_attributes, submitted_values: payload.submitted_values };
    message.updated_at = now();
    broadcast(tenant, tokensFor(tenant, conversation), 'message.updated', pushMessage(tenant, message));
    return json(200, publicMessage(tenant, message));
  }],
  ['GET', /^\/public\/api\/v1\/csat_survey\/(?<uuid>[^/]+)$/, ({ tenant, params }) => {
    const conversation = [...tenant.conversations.values()].find((c) => c.uuid === params.uuid);
    const message = conversation?.messages.find((m) => m.content_type === 'input_csat');
    if (!message) throw notFound();
    return json(200, { id: message.id, csat_survey_response: message.content_attributes.submitted_values?.csat_survey_response ?? null });
  }],
  ['PUT', /^\/public\/api\/v1\/csat_survey\/(?<uuid>[^/]+)$/, async ({ tenant, params, body }) => {
    const conversation = [...tenant.conversations.values()].find((c) => c.uuid === params.uuid);
    const message = conversation?.messages.find((m) => m.content_type === 'input_csat');
    if (!message) throw notFound();
    const payload = parseJson(await body());
    const response = payload.message?.submitted_values?.csat_survey_response;
    if (!response || !Number.isInteger(response.rating) || response.rating < 1 || response.rating > 5) {
      throw new HttpError(422, { message: 'Rating is invalid', attributes: ['rating'] });
    }
    message.content_attributes = { ...message.content_attributes, submitted_values: { csat_survey_response: response } };
    message.updated_at = now();
    broadcast(tenant, tokensFor(tenant, conversation), 'message.updated', pushMessage(tenant, message));
    return json(200, { id: message.id, csat_survey_response: response });
  }],
  // ---------------------------------------------------------------- portal
  ['GET', /^\/hc\/(?<portal>[^/]+)\/(?<locale>[^/]+)\/articles\.json$/, ({ tenant, params, query }) => portalArticles(tenant, params, query)],
  ['GET', /^\/hc\/(?<portal>[^/]+)\/(?<locale>[^/]+)\/categories\/(?<category>[^/]+)\/articles\.json$/, ({ tenant, params, query }) => portalArticles(tenant, params, query)],
  ['GET', /^\/hc\/(?<portal>[^/]+)\/(?<locale>[^/]+)\/categories\.json$/, ({ tenant, params }) => {
    if (params.portal !== tenant.portalSlug) throw notFound();
    return json(200, { payload: tenant.categories.filter((c) => c.locale === params.locale).map((c) => publicCategory(tenant, c)) });
  }],
  ['GET', /^\/hc\/(?<portal>[^/]+)\/articles\/(?<slug>[^/]+?)\.json$/, ({ tenant, params }) => {
    if (params.portal !== tenant.portalSlug) throw notFound();
    const article = tenant.articles.find((a) => a.slug === params.slug && a.status === 'published');
    if (!article) throw notFound();
    article.views++;
    return json(200, publicArticle(tenant, article));
  }],
];

function portalArticles(tenant, params, query) {
  if (params.portal !== tenant.portalSlug) throw notFound();
  let articles = tenant.articles.filter((a) => a.status === 'published' && a.locale === params.locale);
  if (params.category) {
    const category = tenant.categories.find((c) => c.slug === params.category && c.locale === params.locale);
    if (!category) throw notFound();
    articles = articles.filter((a) => a.category?.id === category.id);
  }
  const search = query.get('query');
  if (search) {
    const words = queryWords(search);
    articles = articles
      .map((article) => ({ article, score: relevance(words, article.title, `${article.description ?? ''} ${article.content}`) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((entry) => entry.article);
  } else if (query.get('sort') === 'views') {
    articles = [...articles].sort((a, b) => b.views - a.views);
  } else {
    articles = [...articles].sort((a, b) => a.position - b.position);
  }
  const count = articles.length;
  const perPage = intParam(query, 'per_page', 25, 100);
  const page = intParam(query, 'page', 1);
  const pageItems = articles.slice((page - 1) * perPage, page * perPage);
  return json(200, { payload: pageItems.map((a) => publicArticle(tenant, a)), meta: { articles_count: count } });
}

// ------------------------------------------------------------------ agent's side (tests only)

const controlRoutes = [
  ['POST', /^\/__fake\/agent-message$/, async ({ tenant, body }) => {
    const payload = await body();
    const conversation = tenant.conversations.get(Number(payload.conversationId));
    if (!conversation) throw notFound();
    const sender = payload.sender === 'bot' ? { type: 'agent_bot', id: tenant.bot.id } : { type: 'user', id: tenant.agents[0].id };
    const message = addMessage(tenant, conversation, {
      message_type: payload.messageType ?? 1,
      content: payload.content,
      content_type: payload.contentType,
      content_attributes: payload.contentAttributes,
      private: payload.private,
      sender,
    });
    return json(200, { id: message.id });
  }],
  ['POST', /^\/__fake\/status$/, async ({ tenant, body }) => {
    const payload = await body();
    const conversation = tenant.conversations.get(Number(payload.conversationId));
    if (!conversation) throw notFound();
    setStatus(tenant, conversation, payload.status, payload.assign ? tenant.agents[0].id : undefined);
    return json(200, { status: conversation.status });
  }],
  ['POST', /^\/__fake\/typing$/, async ({ tenant, body }) => {
    const payload = await body();
    const conversation = tenant.conversations.get(Number(payload.conversationId));
    if (!conversation) throw notFound();
    broadcast(tenant, tokensFor(tenant, conversation), payload.on ? 'conversation.typing_on' : 'conversation.typing_off', {
      conversation: pushConversation(tenant, conversation),
      user: { ...tenant.agents[0] },
      account_id: tenant.accountId,
    });
    return json(200, {});
  }],
  ['POST', /^\/__fake\/drop-sockets$/, ({ tenant }) => {
    const dropped = tenant.connections.size;
    for (const connection of tenant.connections) connection.ws.terminate();
    return json(200, { dropped });
  }],
  ['POST', /^\/__fake\/config$/, async ({ tenant, body }) => {
    const payload = await body();
    for (const key of ['rejectSubscriptions', 'silent', 'csat', 'agentBot']) if (key in payload) tenant[key] = payload[key];
    return json(200, {});
  }],
  ['GET', /^\/__fake\/state$/, ({ tenant }) => json(200, {
    connections: tenant.connections.size,
    subscriptions: [...tenant.connections].reduce((sum, c) => sum + c.subscriptions.size, 0),
    contacts: tenant.contacts.size,
    contactInboxes: tenant.contactInboxes.size,
    conversations: [...tenant.conversations.values()].map((c) => ({
      id: c.id,
      status: c.status,
      typing: Boolean(c.contactTyping),
      lastSeen: c.contact_last_seen_at,
      messages: c.messages.map((m) => ({ id: m.id, content: m.content, type: m.message_type, contentType: m.content_type, echoId: m.echo_id ?? null, submitted: m.content_attributes.submitted_values ?? null })),
    })),
  })],
];

// ------------------------------------------------------------------ ActionCable

const cableServer = new WebSocket.Server({
  noServer: true,
  handleProtocols: (protocols) => (Array.from(protocols).includes('actioncable-v1-json') ? 'actioncable-v1-json' : false),
});

function onUpgrade({ req, socket, head, tenant, path }) {
  if (path !== '/cable') {
    socket.destroy();
    return;
  }
  cableServer.handleUpgrade(req, socket, head, (ws) => {
    const connection = { ws, subscriptions: new Map() };
    tenant.connections.add(connection);
    const send = (message) => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
    };
    send({ type: 'welcome' });
    const pinger = setInterval(() => {
      if (!tenant.silent) send({ type: 'ping', message: now() });
    }, 3000);
    ws.on('close', () => {
      clearInterval(pinger);
      tenant.connections.delete(connection);
    });
    ws.on('message', (raw) => {
      let frame;
      try {
        frame = JSON.parse(String(raw));
      } catch {
        return;
      }
      let identifier;
      try {
        identifier = JSON.parse(frame.identifier);
      } catch {
        return;
      }
      if (frame.command === 'subscribe') {
        const known = [...tenant.contactInboxes.values()].some((ci) => ci.pubsub_token === identifier.pubsub_token);
        if (identifier.channel !== 'RoomChannel' || !known || tenant.rejectSubscriptions) {
          send({ identifier: frame.identifier, type: 'reject_subscription' });
          return;
        }
        connection.subscriptions.set(frame.identifier, identifier.pubsub_token);
        send({ identifier: frame.identifier, type: 'confirm_subscription' });
        send({ identifier: frame.identifier, message: { event: 'presence.update', data: { account_id: tenant.accountId, users: { 1: 'online' } } } });
      } else if (frame.command === 'unsubscribe') {
        connection.subscriptions.delete(frame.identifier);
      } else if (frame.command === 'message') {
        connection.presence = now(); // {"action":"update_presence"}
      }
    });
  });
}

export function startChatwootFake() {
  return startFake({ name: 'chatwoot', routes, controlRoutes, createTenant, describeTenant, onUpgrade });
}
