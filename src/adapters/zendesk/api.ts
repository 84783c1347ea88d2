/**
 * Zendesk's payloads as the adapter reads them (zod/mini schemas of only the fields it uses) and
 * their mapping to Lifebuoy's schemas. Sources: developer.zendesk.com — Help Center API
 * (articles, search, categories, sections, votes), Requests API (requests, comments), Uploads,
 * and the pagination page (offset `next_page`, cursor `meta.has_more` / `links.next`).
 */
import { z } from 'zod/mini';
import type { Article, ArticleSummary, Attachment, Participant, TicketMessage, TicketStatus } from '../schemas.js';

export const zendeskAttachmentSchema = z.object({
  id: z.number(),
  file_name: z.string(),
  content_url: z.string(),
  content_type: z.nullish(z.string()),
  size: z.nullish(z.number()),
  thumbnails: z.nullish(z.array(z.object({ content_url: z.string() }))),
});
export type ZendeskAttachment = z.infer<typeof zendeskAttachmentSchema>;

export const articleSchema = z.object({
  id: z.number(),
  title: z.string(),
  body: z.nullish(z.string()),
  locale: z.string(),
  section_id: z.nullish(z.number()),
  updated_at: z.string(),
  edited_at: z.nullish(z.string()),
  vote_sum: z.nullish(z.number()),
  promoted: z.nullish(z.boolean()),
  draft: z.nullish(z.boolean()),
  label_names: z.nullish(z.array(z.string())),
  /** Search results only: an excerpt with the matches in <em>. */
  snippet: z.nullish(z.string()),
});
export type ZendeskArticle = z.infer<typeof articleSchema>;

const offsetPage = { next_page: z.nullish(z.string()), count: z.nullish(z.number()) };
const cursorPage = {
  meta: z.nullish(z.object({ has_more: z.nullish(z.boolean()), after_cursor: z.nullish(z.string()) })),
  links: z.nullish(z.object({ next: z.nullish(z.string()) })),
  next_page: z.nullish(z.string()),
};

export const searchResponseSchema = z.object({ results: z.array(articleSchema), ...offsetPage });
export const articleResponseSchema = z.object({ article: articleSchema });
export const articlesResponseSchema = z.object({ articles: z.array(articleSchema), ...offsetPage });
export const categoriesResponseSchema = z.object({
  categories: z.array(z.object({ id: z.number(), name: z.string(), description: z.nullish(z.string()), position: z.nullish(z.number()) })),
  ...offsetPage,
});
export const sectionsResponseSchema = z.object({
  sections: z.array(z.object({
    id: z.number(),
    name: z.string(),
    description: z.nullish(z.string()),
    category_id: z.number(),
    parent_section_id: z.nullish(z.number()),
    position: z.nullish(z.number()),
  })),
  ...offsetPage,
});
export const voteResponseSchema = z.object({ vote: z.object({ id: z.number(), value: z.number() }) });

const fieldValue = z.nullish(z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));
export const requestSchema = z.object({
  id: z.number(),
  subject: z.nullish(z.string()),
  description: z.nullish(z.string()),
  status: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  requester_id: z.number(),
  custom_fields: z.nullish(z.array(z.object({ id: z.number(), value: fieldValue }))),
  ticket_form_id: z.nullish(z.number()),
  can_be_solved_by_me: z.nullish(z.boolean()),
});
export type ZendeskRequest = z.infer<typeof requestSchema>;

export const requestResponseSchema = z.object({ request: requestSchema });
export const requestsResponseSchema = z.object({ requests: z.array(requestSchema), ...cursorPage });

export const commentSchema = z.object({
  id: z.number(),
  body: z.nullish(z.string()),
  plain_body: z.nullish(z.string()),
  public: z.nullish(z.boolean()),
  author_id: z.number(),
  attachments: z.nullish(z.array(zendeskAttachmentSchema)),
  created_at: z.string(),
});
export type ZendeskComment = z.infer<typeof commentSchema>;

export const commentsResponseSchema = z.object({
  comments: z.array(commentSchema),
  users: z.nullish(z.array(z.object({
    id: z.number(),
    name: z.nullish(z.string()),
    agent: z.nullish(z.boolean()),
    photo: z.nullish(z.object({ content_url: z.nullish(z.string()) })),
  }))),
  ...cursorPage,
});
export type ZendeskCommentsPage = z.infer<typeof commentsResponseSchema>;

export const uploadResponseSchema = z.object({
  upload: z.object({
    token: z.string().check(z.minLength(1)),
    attachment: z.nullish(zendeskAttachmentSchema),
    attachments: z.nullish(z.array(zendeskAttachmentSchema)),
  }),
});

// ------------------------------------------------------------------ mapping

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
export const iso = (value: string | null | undefined) => {
  const time = value ? Date.parse(value) : NaN;
  return new Date(Number.isNaN(time) ? Date.now() : time).toISOString();
};

const decodeEntities = (text: string) =>
  text.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
export const plainText = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

/** Category ids are prefixed: Zendesk categories and sections share one list in Lifebuoy. */
export const categoryKey = (id: number) => `category-${id}`;
export const sectionKey = (id: number) => `section-${id}`;
export function parseCategoryKey(key: string): { kind: 'category' | 'section'; id: number } | undefined {
  const match = /^(category|section)-(\d+)$/.exec(key);
  return match ? { kind: match[1] as 'category' | 'section', id: Number(match[2]) } : undefined;
}

/** The words Zendesk highlighted in a search snippet. */
export const highlightedTerms = (snippet: string | null | undefined): string[] =>
  [...new Set([...(snippet ?? '').matchAll(/<em>(.*?)<\/em>/gi)].map((m) => plainText(m[1]!).toLowerCase()).filter(Boolean))].slice(0, 20);

export function toArticleSummary(article: ZendeskArticle, locale: string): ArticleSummary {
  const snippet = article.snippet ? plainText(article.snippet) : article.body ? clip(plainText(article.body), 300) : '';
  return {
    id: String(article.id),
    title: clip(article.title, 500),
    ...(snippet ? { snippet: clip(snippet, 2000) } : {}),
    categoryId: article.section_id ? sectionKey(article.section_id) : 'uncategorized',
    locale,
    updatedAt: iso(article.edited_at ?? article.updated_at),
    ...(typeof article.vote_sum === 'number' ? { popularity: article.vote_sum } : {}),
  };
}

export function toArticle(article: ZendeskArticle, locale: string): Article {
  return {
    ...toArticleSummary(article, locale),
    body: clip(article.body ?? '', 200_000),
    bodyFormat: 'html',
    relatedIds: [],
    tags: (article.label_names ?? []).map((label) => clip(label, 100)),
  };
}

/** Zendesk statuses → ours: new/open → open, pending/hold → pending. */
export function mapTicketStatus(status: string): TicketStatus {
  switch (status) {
    case 'pending': case 'hold': return 'pending';
    case 'solved': return 'solved';
    case 'closed': return 'closed';
    default: return 'open';
  }
}

export function toAttachment(attachment: ZendeskAttachment): Attachment {
  const thumbnail = attachment.thumbnails?.[0]?.content_url;
  return {
    id: String(attachment.id),
    name: clip(attachment.file_name || `attachment-${attachment.id}`, 255),
    size: Math.max(0, Math.round(attachment.size ?? 0)),
    mimeType: attachment.content_type || 'application/octet-stream',
    url: attachment.content_url,
    ...(thumbnail ? { thumbnailUrl: thumbnail } : {}),
  };
}

export interface CommentNames {
  agent: string;
  user: string;
}

export function toTicketMessage(comment: ZendeskComment, page: Pick<ZendeskCommentsPage, 'users'>, requesterId: number, names: CommentNames): TicketMessage {
  const user = page.users?.find((u) => u.id === comment.author_id);
  const isAgent = user?.agent ?? comment.author_id !== requesterId;
  const avatarUrl = user?.photo?.content_url ?? undefined;
  const author: Participant = {
    id: `user:${comment.author_id}`,
    role: isAgent ? 'agent' : 'user',
    name: clip(user?.name || (isAgent ? names.agent : names.user), 200),
    // Only Zendesk's own word that the author is an agent vouches for them, not our guess.
    ...(user?.agent === true ? { verified: true } : {}),
    ...(avatarUrl ? { avatarUrl } : {}),
  };
  return {
    id: String(comment.id),
    author,
    text: clip(comment.plain_body ?? (comment.body ? plainText(comment.body) : ''), 50_000),
    attachments: (comment.attachments ?? []).map(toAttachment),
    createdAt: iso(comment.created_at),
  };
}

/** A custom field's value as text (multi-selects joined by commas). */
export function fieldText(value: z.infer<typeof fieldValue>): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return Array.isArray(value) ? value.join(',') : String(value);
}
