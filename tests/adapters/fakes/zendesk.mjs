/**
 * A local fake of Zendesk's Help Center API and Requests API (the end user's view of tickets), in
 * memory, following developer.zendesk.com:
 *
 * - Help Center: GET /api/v2/help_center/articles/search?query&locale&category&section&page&per_page
 *   → { results: [article + snippet + result_type], count, page, per_page, page_count, next_page,
 *   previous_page }; GET /api/v2/help_center/{locale}/articles/{id} → { article };
 *   GET /api/v2/help_center/{locale}/categories | sections | articles, and
 *   …/categories/{id}/articles, …/sections/{id}/articles (offset pagination: page, per_page ≤ 100,
 *   next_page URLs); POST /api/v2/help_center/articles/{id}/up | /down → { vote } (signed-in users).
 * - Requests: POST /api/v2/requests { request: { subject, comment: { body, uploads }, custom_fields,
 *   ticket_form_id, requester (anonymous only) } } → 201 { request }; GET /api/v2/requests
 *   (sort_by, sort_order; cursor pagination page[size]/page[after] → meta.has_more,
 *   meta.after_cursor, links.next; or offset page/per_page → next_page); GET /api/v2/requests/{id};
 *   PUT /api/v2/requests/{id} { request: { comment, solved } }; GET /api/v2/requests/{id}/comments
 *   (public comments, sideloaded `users` with `agent`).
 * - Uploads: POST /api/v2/uploads?filename=…[&token=…] with the raw file as body → 201
 *   { upload: { token, expires_at, attachments, attachment } }.
 * - Auth: `Authorization: Bearer <OAuth access token>` of an end user; anonymous callers may only
 *   create requests (when the account allows anonymous requests) and upload for them.
 * - Errors: 401 `{ "error": "Couldn't authenticate you" }`, 403 `{ "error": "Forbidden", … }`, 404
 *   `{ "error": "RecordNotFound", "description": "Not found" }`, 422 `{ "error": "RecordInvalid",
 *   "description": "Record validation errors", "details": { … } }`, 429 with `Retry-After`.
 * - Idempotency-Key is documented for the Tickets API's Create Ticket only (agents), not for the
 *   Requests API, so this fake ignores the header on /api/v2/requests, as Zendesk would.
 *
 * Test-only control routes under `/t/<tenant>/__fake/` play the agent's side.
 */
import { HttpError, intParam, json, parseJson, startFake, token } from './common.mjs';
import { SEED_ARTICLES, SEED_CATEGORIES, SEED_SECTIONS, markdownToHtml, queryWords, relevance } from './seed.mjs';

const NOT_FOUND = { error: 'RecordNotFound', description: 'Not found' };
const notFound = () => new HttpError(404, NOT_FOUND);
const unauthenticated = () => new HttpError(401, { error: "Couldn't authenticate you" });
const forbidden = () => new HttpError(403, { error: 'Forbidden', description: 'You do not have access to this page. Please contact the account owner of this help desk for further help.' });
const invalid = (details) => new HttpError(422, { error: 'RecordInvalid', description: 'Record validation errors', details });
const iso = (ms = Date.now()) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const FIELDS = {
  idempotency: { id: 360001, title: 'Idempotency key', editable_in_portal: true },
  category: { id: 360002, title: 'Category', editable_in_portal: true },
  uid: { id: 360003, title: 'UID', editable_in_portal: true },
  internal: { id: 360004, title: 'Internal notes', editable_in_portal: false },
};

function createTenant(options = {}) {
  const users = new Map();
  const tokens = new Map();
  const addUser = (user) => {
    users.set(user.id, user);
    if (user.token) tokens.set(user.token, user.id);
    return user;
  };
  addUser({ id: 501, name: 'Alice Example', email: 'alice@example.test', role: 'end-user', token: token(16) });
  addUser({ id: 502, name: 'Bob Example', email: 'bob@example.test', role: 'end-user', token: token(16) });
  addUser({ id: 900, name: 'Sam Support', email: 'sam@support.test', role: 'agent' });
  const tenant = {
    users,
    tokens,
    addUser,
    nextUserId: 600,
    locales: ['en-us', 'de'],
    anonymousRequests: options.anonymousRequests ?? true,
    autoAssign: options.autoAssign ?? true,
    pageLimit: Math.min(options.pageLimit ?? 100, 100),
    maxUploadBytes: options.maxUploadBytes ?? 50 * 1024 * 1024,
    requests: new Map(),
    nextRequestId: 35436,
    nextCommentId: 7000,
    nextAttachmentId: 498000,
    uploads: new Map(),
    files: new Map(),
    votes: new Map(),
    notFoundBody: NOT_FOUND,
  };
  seedHelpCenter(tenant);
  return tenant;
}

function seedHelpCenter(tenant) {
  const created = iso(Date.UTC(2025, 10, 1));
  tenant.categories = SEED_CATEGORIES.map((category, index) => ({ id: 200 + index, key: category.key, name: category.name, description: category.description, position: index, created_at: created, updated_at: created }));
  tenant.sections = SEED_SECTIONS.map((section, index) => ({
    id: 300 + index,
    key: section.key,
    category_id: tenant.categories.find((c) => c.key === section.category).id,
    name: section.name,
    description: section.description,
    position: index,
    created_at: created,
    updated_at: created,
  }));
  tenant.articles = [];
  let id = 4000;
  for (const seed of SEED_ARTICLES) {
    const section = tenant.sections.find((s) => s.key === seed.section);
    const updated = iso(Date.UTC(2026, 0, 5 + tenant.articles.length));
    const translations = { 'en-us': { title: seed.title, body: markdownToHtml(seed.body) } };
    if (seed.de) translations.de = { title: seed.de.title, body: markdownToHtml(seed.de.body) };
    tenant.articles.push({
      id: id++,
      section_id: section.id,
      translations,
      label_names: seed.labels,
      vote_sum: seed.votes,
      vote_count: seed.votes + 2,
      promoted: seed.key === 'deposit-not-credited',
      position: tenant.articles.length,
      created_at: created,
      updated_at: updated,
      draft: false,
    });
  }
}

function describeTenant(tenant, baseUrl) {
  tenant.baseUrl = baseUrl;
  const user = (id) => tenant.users.get(id);
  return {
    id: tenant.id,
    baseUrl,
    users: {
      alice: { id: 501, name: user(501).name, email: user(501).email, token: user(501).token },
      bob: { id: 502, name: user(502).name, email: user(502).email, token: user(502).token },
    },
    agentId: 900,
    fields: Object.fromEntries(Object.entries(FIELDS).map(([key, field]) => [key, field.id])),
  };
}

// ------------------------------------------------------------------ helpers

function currentUser(tenant, req) {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer (.+)$/.exec(header);
  const user = match ? tenant.users.get(tenant.tokens.get(match[1])) : undefined;
  if (!user) throw new HttpError(401, { error: 'invalid_token', error_description: 'The access token provided is expired, revoked, malformed or invalid for other reasons.' });
  return user;
}

function requireUser(tenant, req) {
  const user = currentUser(tenant, req);
  if (!user) throw unauthenticated();
  return user;
}

const route = (path) => new RegExp(`^${path}(?:\\.json)?$`);

function checkLocale(tenant, locale) {
  if (!tenant.locales.includes(locale.toLowerCase())) throw notFound();
  return locale.toLowerCase();
}

/** Offset pagination (`page`, `per_page`, `next_page` URLs) of `items` under `key`. */
function offsetPage(tenant, url, query, key, items, extra = {}) {
  const perPage = Math.min(intParam(query, 'per_page', 30, 100), tenant.pageLimit);
  const page = intParam(query, 'page', 1);
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n) => {
    const next = new URL(`${tenant.baseUrl}${url.pathname.replace(/^\/t\/[^/]+/, '')}`);
    for (const [name, value] of query) next.searchParams.set(name, value);
    next.searchParams.set('page', String(n));
    next.searchParams.set('per_page', String(perPage));
    return next.toString();
  };
  return {
    [key]: items.slice((page - 1) * perPage, page * perPage),
    count: items.length,
    next_page: page < pageCount ? link(page + 1) : null,
    previous_page: page > 1 ? link(page - 1) : null,
    page,
    per_page: perPage,
    page_count: pageCount,
    ...extra,
  };
}

const encodeCursor = (index) => Buffer.from(`i:${index}`).toString('base64url');
const decodeCursor = (cursor) => {
  const match = /^i:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new HttpError(400, { error: 'InvalidPaginationParameter', description: 'page[after] is invalid' });
  return Number(match[1]);
};

/** Cursor pagination (`page[size]`, `page[after]`) → `meta` and `links`. */
function cursorPage(tenant, url, query, key, items) {
  const size = Math.min(intParam(query, 'page[size]', 100, 100), tenant.pageLimit);
  const start = query.get('page[after]') ? decodeCursor(query.get('page[after]')) : 0;
  const slice = items.slice(start, start + size);
  const hasMore = start + size < items.length;
  const afterCursor = slice.length ? encodeCursor(start + slice.length) : null;
  const next = new URL(`${tenant.baseUrl}${url.pathname.replace(/^\/t\/[^/]+/, '')}`);
  for (const [name, value] of query) if (name !== 'page[after]') next.searchParams.set(name, value);
  if (afterCursor) next.searchParams.set('page[after]', afterCursor);
  return {
    [key]: slice,
    meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: start > 0 ? encodeCursor(start) : null },
    links: { next: hasMore ? next.toString() : null, prev: null },
  };
}

const usesCursor = (query) => query.has('page[size]') || query.has('page[after]');

function articleJson(tenant, article, locale) {
  const translation = article.translations[locale];
  return {
    id: article.id,
    url: `${tenant.baseUrl}/api/v2/help_center/${locale}/articles/${article.id}.json`,
    html_url: `https://fake.zendesk.com/hc/${locale}/articles/${article.id}`,
    author_id: 900,
    comments_disabled: false,
    draft: article.draft,
    promoted: article.promoted,
    position: article.position,
    vote_sum: article.vote_sum,
    vote_count: article.vote_count,
    section_id: article.section_id,
    created_at: article.created_at,
    updated_at: article.updated_at,
    edited_at: article.updated_at,
    name: translation.title,
    title: translation.title,
    source_locale: 'en-us',
    locale,
    outdated: false,
    outdated_locales: [],
    permission_group_id: 1,
    user_segment_id: null,
    label_names: article.label_names,
    body: translation.body,
  };
}

const categoryJson = (tenant, category, locale) => ({
  id: category.id,
  url: `${tenant.baseUrl}/api/v2/help_center/${locale}/categories/${category.id}.json`,
  html_url: `https://fake.zendesk.com/hc/${locale}/categories/${category.id}`,
  position: category.position,
  created_at: category.created_at,
  updated_at: category.updated_at,
  name: locale === 'de' ? `${category.name} (DE)` : category.name,
  description: category.description,
  locale,
  source_locale: 'en-us',
  outdated: false,
});

const sectionJson = (tenant, section, locale) => ({
  id: section.id,
  url: `${tenant.baseUrl}/api/v2/help_center/${locale}/sections/${section.id}.json`,
  html_url: `https://fake.zendesk.com/hc/${locale}/sections/${section.id}`,
  category_id: section.category_id,
  position: section.position,
  sorting: 'manual',
  created_at: section.created_at,
  updated_at: section.updated_at,
  name: locale === 'de' ? `${section.name} (DE)` : section.name,
  description: section.description,
  locale,
  source_locale: 'en-us',
  outdated: false,
  parent_section_id: null,
  theme_template: 'section_page',
});

function articlesIn(tenant, locale, filter = () => true) {
  return tenant.articles.filter((article) => !article.draft && article.translations[locale] && filter(article));
}

function sortArticles(articles, query) {
  const sortBy = query.get('sort_by') ?? 'position';
  const order = query.get('sort_order') ?? (sortBy === 'position' ? 'asc' : 'desc');
  const key = { position: (a) => a.position, created_at: (a) => a.created_at, updated_at: (a) => a.updated_at, edited_at: (a) => a.updated_at, title: (a) => a.translations['en-us']?.title ?? '' }[sortBy];
  if (!key) throw new HttpError(400, { error: 'InvalidParameter', description: `sort_by ${sortBy} is not supported` });
  const sorted = [...articles].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return order === 'desc' ? sorted.reverse() : sorted;
}

function snippet(text, words) {
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  let out = plain.slice(0, 180);
  for (const word of words) {
    out = out.replace(new RegExp(`(${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'gi'), '<em>$1</em>');
  }
  return out;
}

// ------------------------------------------------------------------ requests

const isPublicField = (id) => Object.values(FIELDS).some((field) => field.id === id && field.editable_in_portal);

function requestJson(tenant, request) {
  const canBeSolved = request.assignee_id !== null && !['solved', 'closed'].includes(request.status);
  const customFields = Object.values(FIELDS)
    .filter((field) => field.editable_in_portal)
    .map((field) => ({ id: field.id, value: request.fields.get(field.id) ?? null }));
  return {
    url: `${tenant.baseUrl}/api/v2/requests/${request.id}.json`,
    id: request.id,
    status: request.status,
    priority: null,
    type: null,
    subject: request.subject,
    description: request.comments[0]?.body ?? '',
    organization_id: null,
    via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    custom_fields: customFields,
    requester_id: request.requester_id,
    collaborator_ids: [],
    email_cc_ids: [],
    is_public: true,
    due_at: null,
    can_be_solved_by_me: canBeSolved,
    created_at: request.created_at,
    updated_at: request.updated_at,
    recipient: null,
    followup_source_id: null,
    assignee_id: request.assignee_id,
    ticket_form_id: request.ticket_form_id,
    fields: customFields,
    solved: request.status === 'solved',
  };
}

const commentJson = (request, comment) => ({
  id: comment.id,
  type: 'Comment',
  request_id: request.id,
  body: comment.body,
  html_body: `<div class="zd-comment"><p>${comment.body.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></div>`,
  plain_body: comment.body,
  public: comment.public,
  author_id: comment.author_id,
  attachments: comment.attachments,
  created_at: comment.created_at,
});

function requestOf(tenant, req, id) {
  const user = requireUser(tenant, req);
  const request = tenant.requests.get(Number(id));
  if (!request) throw notFound();
  if (request.requester_id !== user.id) throw forbidden();
  return { user, request };
}

function takeUploads(tenant, tokens) {
  const attachments = [];
  for (const uploadToken of Array.isArray(tokens) ? tokens : []) {
    const upload = tenant.uploads.get(uploadToken);
    if (upload) {
      attachments.push(...upload.attachments);
      tenant.uploads.delete(uploadToken);
    }
  }
  return attachments;
}

function addComment(tenant, request, authorId, body, attachments = []) {
  const comment = { id: tenant.nextCommentId++, body, author_id: authorId, public: true, attachments, created_at: iso() };
  request.comments.push(comment);
  request.updated_at = comment.created_at;
  return comment;
}

const routes = [
  // ---------------------------------------------------------------- Help Center
  ['GET', route('/api/v2/help_center/articles/search'), ({ tenant, query, url }) => {
    const locale = (query.get('locale') ?? 'en-us').toLowerCase();
    const words = queryWords(query.get('query'));
    const categories = query.get('category')?.split(',').map(Number);
    const sections = query.get('section')?.split(',').map(Number);
    const labels = query.get('label_names')?.split(',');
    const results = articlesIn(tenant, locale, (article) => {
      const section = tenant.sections.find((s) => s.id === article.section_id);
      if (categories && !categories.includes(section.category_id)) return false;
      if (sections && !sections.includes(section.id)) return false;
      if (labels && !labels.some((label) => article.label_names.includes(label))) return false;
      return true;
    })
      .map((article) => {
        const translation = article.translations[locale];
        return { article, score: words.length ? relevance(words, translation.title, translation.body) : 1 };
      })
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score)
      .map(({ article }) => ({ ...articleJson(tenant, article, locale), result_type: 'article', snippet: snippet(article.translations[locale].body, words) }));
    return json(200, offsetPage(tenant, url, query, 'results', results));
  }],
  ['POST', route('/api/v2/help_center/articles/(?<id>\\d+)/(?<direction>up|down)'), ({ tenant, req, params }) => {
    const user = requireUser(tenant, req);
    const article = tenant.articles.find((a) => a.id === Number(params.id));
    if (!article) throw notFound();
    const key = `${article.id}:${user.id}`;
    const value = params.direction === 'up' ? 1 : -1;
    const previous = tenant.votes.get(key);
    if (previous) {
      article.vote_sum -= previous.value;
      article.vote_count--;
    }
    const vote = { id: previous?.id ?? tenant.nextCommentId++, url: `${tenant.baseUrl}/api/v2/help_center/votes/${key}.json`, user_id: user.id, value, item_id: article.id, item_type: 'Article', created_at: iso(), updated_at: iso() };
    tenant.votes.set(key, vote);
    article.vote_sum += value;
    article.vote_count++;
    return json(200, { vote });
  }],
  ['GET', route('/api/v2/help_center/(?<locale>[a-zA-Z-]+)/articles/(?<id>\\d+)'), ({ tenant, params }) => {
    const locale = checkLocale(tenant, params.locale);
    const article = tenant.articles.find((a) => a.id === Number(params.id) && !a.draft && a.translations[locale]);
    if (!article) throw notFound();
    return json(200, { article: articleJson(tenant, article, locale) });
  }],
  ['GET', route('/api/v2/help_center/(?<locale>[a-zA-Z-]+)/articles'), ({ tenant, params, query, url }) => {
    const locale = checkLocale(tenant, params.locale);
    const articles = sortArticles(articlesIn(tenant, locale), query).map((a) => articleJson(tenant, a, locale));
    return json(200, offsetPage(tenant, url, query, 'articles', articles, { sort_by: query.get('sort_by') ?? 'position', sort_order: query.get('sort_order') ?? 'asc' }));
  }],
  ['GET', route('/api/v2/help_center/(?<locale>[a-zA-Z-]+)/sections/(?<id>\\d+)/articles'), ({ tenant, params, query, url }) => {
    const locale = checkLocale(tenant, params.locale);
    if (!tenant.sections.some((s) => s.id === Number(params.id))) throw notFound();
    const articles = sortArticles(articlesIn(tenant, locale, (a) => a.section_id === Number(params.id)), query).map((a) => articleJson(tenant, a, locale));
    return json(200, offsetPage(tenant, url, query, 'articles', articles));
  }],
  ['GET', route('/api/v2/help_center/(?<locale>[a-zA-Z-]+)/categories/(?<id>\\d+)/articles'), ({ tenant, params, query, url }) => {
    const locale = checkLocale(tenant, params.locale);
    const category = tenant.categories.find((c) => c.id === Number(params.id));
    if (!category) throw notFound();
    const sectionIds = tenant.sections.filter((s) => s.category_id === category.id).map((s) => s.id);
    const articles = sortArticles(articlesIn(tenant, locale, (a) => sectionIds.includes(a.section_id)), query).map((a) => articleJson(tenant, a, locale));
    return json(200, offsetPage(tenant, url, query, 'articles', articles));
  }],
  ['GET', route('/api/v2/help_center/(?<locale>[a-zA-Z-]+)/categories'), ({ tenant, params, query, url }) => {
    const locale = checkLocale(tenant, params.locale);
    return json(200, offsetPage(tenant, url, query, 'categories', tenant.categories.map((c) => categoryJson(tenant, c, locale))));
  }],
  ['GET', route('/api/v2/help_center/(?<locale>[a-zA-Z-]+)/sections'), ({ tenant, params, query, url }) => {
    const locale = checkLocale(tenant, params.locale);
    return json(200, offsetPage(tenant, url, query, 'sections', tenant.sections.map((s) => sectionJson(tenant, s, locale))));
  }],
  // ---------------------------------------------------------------- Requests
  ['POST', route('/api/v2/requests'), async ({ tenant, req, body }) => {
    let user = currentUser(tenant, req);
    const payload = parseJson(await body()).request ?? {};
    if (!user) {
      if (!tenant.anonymousRequests) throw unauthenticated();
      const requester = payload.requester;
      if (!requester?.name) throw invalid({ requester: [{ description: 'Requester: Name is required', error: 'BlankValue' }] });
      user = [...tenant.users.values()].find((u) => requester.email && u.email === requester.email)
        ?? tenant.addUser({ id: tenant.nextUserId++, name: requester.name, email: requester.email ?? null, role: 'end-user' });
    }
    const text = payload.comment?.body ?? payload.comment?.html_body?.replace(/<[^>]*>/g, '');
    if (!text?.trim()) throw invalid({ base: [{ description: 'Description: cannot be blank', error: 'BlankValue' }] });
    const fields = new Map();
    for (const field of payload.custom_fields ?? []) {
      if (isPublicField(Number(field.id))) fields.set(Number(field.id), field.value === null ? null : String(field.value));
    }
    const time = iso();
    const request = {
      id: tenant.nextRequestId++,
      subject: payload.subject?.trim() || text.trim().slice(0, 60),
      status: tenant.autoAssign ? 'open' : 'new',
      requester_id: user.id,
      assignee_id: tenant.autoAssign ? 900 : null,
      ticket_form_id: payload.ticket_form_id ?? null,
      fields,
      comments: [],
      created_at: time,
      updated_at: time,
    };
    addComment(tenant, request, user.id, text, takeUploads(tenant, payload.comment?.uploads));
    tenant.requests.set(request.id, request);
    return json(201, { request: requestJson(tenant, request) }, { Location: `${tenant.baseUrl}/api/v2/requests/${request.id}.json` });
  }],
  ['GET', route('/api/v2/requests'), ({ tenant, req, query, url }) => {
    const user = requireUser(tenant, req);
    const sortBy = query.get('sort_by') ?? 'created_at';
    if (!['created_at', 'updated_at'].includes(sortBy)) throw new HttpError(400, { error: 'InvalidParameter', description: 'sort_by must be updated_at or created_at' });
    const order = query.get('sort_order') ?? 'asc';
    const mine = [...tenant.requests.values()]
      .filter((r) => r.requester_id === user.id)
      .sort((a, b) => (a[sortBy] === b[sortBy] ? a.id - b.id : a[sortBy] < b[sortBy] ? -1 : 1));
    if (order === 'desc') mine.reverse();
    const items = mine.map((r) => requestJson(tenant, r));
    return json(200, usesCursor(query) ? cursorPage(tenant, url, query, 'requests', items) : offsetPage(tenant, url, query, 'requests', items));
  }],
  ['GET', route('/api/v2/requests/(?<id>\\d+)'), ({ tenant, req, params }) => {
    const { request } = requestOf(tenant, req, params.id);
    return json(200, { request: requestJson(tenant, request) });
  }],
  ['PUT', route('/api/v2/requests/(?<id>\\d+)'), async ({ tenant, req, params, body }) => {
    const { user, request } = requestOf(tenant, req, params.id);
    const payload = parseJson(await body()).request ?? {};
    if (request.status === 'closed') throw invalid({ status: [{ description: 'Status: closed prevents ticket update', error: 'ClosedTicket' }] });
    const solve = payload.solved === true || payload.solved === 'true';
    if (solve && !requestJson(tenant, request).can_be_solved_by_me) {
      throw invalid({ status: [{ description: 'Status: the request cannot be solved by the requester', error: 'InvalidValue' }] });
    }
    const text = payload.comment?.body ?? payload.comment?.html_body?.replace(/<[^>]*>/g, '');
    if (payload.comment && !text?.trim()) throw invalid({ base: [{ description: 'Comment: cannot be blank', error: 'BlankValue' }] });
    if (text?.trim()) {
      addComment(tenant, request, user.id, text, takeUploads(tenant, payload.comment.uploads));
      if (request.status === 'solved' || request.status === 'pending') request.status = 'open';
    }
    if (solve) {
      request.status = 'solved';
      request.updated_at = iso();
    }
    return json(200, { request: requestJson(tenant, request) });
  }],
  ['GET', route('/api/v2/requests/(?<id>\\d+)/comments'), ({ tenant, req, params, query, url }) => {
    const { request } = requestOf(tenant, req, params.id);
    let comments = request.comments.filter((c) => c.public);
    const since = query.get('since');
    if (since) comments = comments.filter((c) => c.created_at >= since);
    const descending = query.get('sort') === '-created_at' || query.get('sort_order') === 'desc';
    if (descending) comments = [...comments].reverse();
    const items = comments.map((c) => commentJson(request, c));
    const page = usesCursor(query) ? cursorPage(tenant, url, query, 'comments', items) : offsetPage(tenant, url, query, 'comments', items);
    const authorIds = new Set(page.comments.map((c) => c.author_id));
    const users = [...authorIds].map((id) => tenant.users.get(id)).filter(Boolean).map((user) => ({
      id: user.id, name: user.name, photo: null, agent: user.role === 'agent', organization_id: null,
    }));
    return json(200, { ...page, users, organizations: [] });
  }],
  // ---------------------------------------------------------------- uploads
  ['POST', route('/api/v2/uploads'), async ({ tenant, req, query, body }) => {
    const user = currentUser(tenant, req);
    if (!user && !tenant.anonymousRequests) throw unauthenticated();
    const filename = query.get('filename');
    if (!filename) throw invalid({ base: [{ description: 'Filename is required', error: 'BlankValue' }] });
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > tenant.maxUploadBytes) throw new HttpError(413, { error: 'FileTooLarge', description: 'The file is larger than the attachment limit' });
    const bytes = await body();
    if (bytes.length > tenant.maxUploadBytes) throw new HttpError(413, { error: 'FileTooLarge', description: 'The file is larger than the attachment limit' });
    const uploadToken = query.get('token') && tenant.uploads.has(query.get('token')) ? query.get('token') : token(12);
    const id = tenant.nextAttachmentId++;
    const contentType = String(req.headers['content-type'] ?? 'application/binary').split(';')[0];
    tenant.files.set(String(id), { bytes, contentType });
    const attachment = {
      url: `${tenant.baseUrl}/api/v2/attachments/${id}.json`,
      id,
      file_name: filename,
      content_url: `${tenant.baseUrl}/attachments/token/${uploadToken}/?name=${encodeURIComponent(filename)}&id=${id}`,
      mapped_content_url: `${tenant.baseUrl}/attachments/token/${uploadToken}/?name=${encodeURIComponent(filename)}&id=${id}`,
      content_type: contentType,
      size: bytes.length,
      width: null,
      height: null,
      inline: false,
      deleted: false,
      malware_access_override: false,
      malware_scan_result: 'malware_not_found',
      thumbnails: contentType.startsWith('image/')
        ? [{ id: id + 100000, file_name: `thumb_${filename}`, content_url: `${tenant.baseUrl}/attachments/token/${uploadToken}/?name=thumb_${encodeURIComponent(filename)}&id=${id}`, content_type: contentType, size: bytes.length }]
        : [],
    };
    const upload = tenant.uploads.get(uploadToken) ?? { token: uploadToken, attachments: [] };
    upload.attachments.push(attachment);
    upload.expires_at = iso(Date.now() + 3 * 24 * 3600 * 1000);
    tenant.uploads.set(uploadToken, upload);
    return json(201, { upload: { token: uploadToken, expires_at: upload.expires_at, attachments: upload.attachments, attachment } });
  }],
  ['GET', /^\/attachments\/token\/[^/]+\/?$/, ({ tenant, query }) => {
    const file = tenant.files.get(query.get('id') ?? '');
    if (!file) throw notFound();
    return { status: 200, raw: file.bytes, headers: { 'Content-Type': file.contentType } };
  }],
];

// ------------------------------------------------------------------ agent's side (tests only)

const controlRoutes = [
  ['POST', /^\/__fake\/agent-comment$/, async ({ tenant, body }) => {
    const payload = await body();
    const request = tenant.requests.get(Number(payload.requestId));
    if (!request) throw notFound();
    const comment = addComment(tenant, request, 900, payload.body);
    if (payload.internal) comment.public = false;
    if (payload.status) request.status = payload.status;
    return json(200, { id: comment.id });
  }],
  ['POST', /^\/__fake\/request-status$/, async ({ tenant, body }) => {
    const payload = await body();
    const request = tenant.requests.get(Number(payload.requestId));
    if (!request) throw notFound();
    if (payload.status) request.status = payload.status;
    if ('assigned' in payload) request.assignee_id = payload.assigned ? 900 : null;
    request.updated_at = payload.updatedAt ?? iso();
    return json(200, {});
  }],
  ['POST', /^\/__fake\/config$/, async ({ tenant, body }) => {
    const payload = await body();
    for (const key of ['anonymousRequests', 'autoAssign', 'pageLimit', 'maxUploadBytes']) if (key in payload) tenant[key] = payload[key];
    return json(200, {});
  }],
  ['GET', /^\/__fake\/state$/, ({ tenant }) => json(200, {
    requests: [...tenant.requests.values()].map((r) => ({
      id: r.id,
      subject: r.subject,
      status: r.status,
      requester_id: r.requester_id,
      fields: Object.fromEntries(r.fields),
      comments: r.comments.map((c) => ({ id: c.id, body: c.body, author_id: c.author_id, public: c.public, attachments: c.attachments.map((a) => a.file_name) })),
    })),
    pendingUploads: tenant.uploads.size,
    votes: [...tenant.votes.values()].map((v) => ({ item_id: v.item_id, user_id: v.user_id, value: v.value })),
  })],
];

export function startZendeskFake() {
  return startFake({ name: 'zendesk', routes, controlRoutes, createTenant, describeTenant });
}

// Exported for tests of the fake itself.
export { FIELDS, parseJson };
