/**
 * Chatwoot's payloads as the adapter reads them (zod/mini schemas of only the fields it needs),
 * and their mapping to Lifebuoy's schemas. Sources: the client API's swagger
 * (swagger/tag_groups/client_swagger.json: public_contact, public_conversation, public_message),
 * the public JSON views it documents, the WebSocket events page and the portal's JSON views.
 * The swagger types some fields loosely (message `id` as string, `created_at` as string) while the
 * views send numbers, so both are accepted.
 */
import { z } from 'zod/mini';
import type { Article, ArticleSummary, Attachment, Category, Conversation, Message, Participant, QuickReply } from '../schemas.js';
import { stringifyJson } from '../../core/json.js';

const idLike = z.union([z.number(), z.string()]);

export const contactSchema = z.object({
  id: z.number(),
  source_id: z.string().check(z.minLength(1)),
  name: z.nullish(z.string()),
  email: z.nullish(z.string()),
  pubsub_token: z.string().check(z.minLength(1)),
});
export type ChatwootContact = z.infer<typeof contactSchema>;

export const senderSchema = z.object({
  id: z.number(),
  name: z.nullish(z.string()),
  available_name: z.nullish(z.string()),
  avatar_url: z.nullish(z.string()),
  thumbnail: z.nullish(z.string()),
  type: z.nullish(z.string()),
});
export type ChatwootSender = z.infer<typeof senderSchema>;

const attachmentSchema = z.object({
  id: z.number(),
  file_type: z.nullish(z.string()),
  extension: z.nullish(z.string()),
  data_url: z.nullish(z.string()),
  thumb_url: z.nullish(z.string()),
  file_size: z.nullish(z.number()),
});

export const messageSchema = z.object({
  id: idLike,
  content: z.nullish(z.string()),
  /** 0 incoming (the contact), 1 outgoing (agent or bot), 2 activity, 3 template. */
  message_type: idLike,
  content_type: z.nullish(z.string()),
  content_attributes: z.nullish(z.unknown()),
  created_at: idLike,
  conversation_id: idLike,
  attachments: z.nullish(z.array(attachmentSchema)),
  sender: z.nullish(senderSchema),
  private: z.nullish(z.boolean()),
  status: z.nullish(z.string()),
  /** Only in WebSocket events: the temporary id the contact sent the message with. */
  echo_id: z.nullish(z.string()),
});
export type ChatwootMessage = z.infer<typeof messageSchema>;

export const conversationSchema = z.object({
  id: z.number(),
  uuid: z.nullish(z.string()),
  status: z.string(),
  messages: z.nullish(z.array(messageSchema)),
});
export type ChatwootConversation = z.infer<typeof conversationSchema>;

// ------------------------------------------------------------------ WebSocket (ActionCable)

export const cableFrameSchema = z.object({
  type: z.nullish(z.string()),
  identifier: z.nullish(z.string()),
  message: z.nullish(z.unknown()),
  reason: z.nullish(z.string()),
  reconnect: z.nullish(z.boolean()),
});

export const cableEventSchema = z.object({ event: z.string(), data: z.unknown() });

export const statusChangedSchema = z.object({
  id: z.number(),
  status: z.string(),
  meta: z.nullish(z.object({ assignee: z.nullish(senderSchema) })),
});

export const typingSchema = z.object({
  conversation: z.object({ id: z.number() }),
  user: z.nullish(senderSchema),
});

// ------------------------------------------------------------------ portal

export const portalArticleSchema = z.object({
  id: z.number(),
  slug: z.string().check(z.minLength(1)),
  title: z.string(),
  content: z.nullish(z.string()),
  description: z.nullish(z.string()),
  last_updated_at: z.nullish(z.string()),
  views: z.nullish(z.number()),
  category: z.nullish(z.object({ id: z.nullish(z.number()), slug: z.nullish(z.string()), locale: z.nullish(z.string()) })),
  associated_articles: z.nullish(z.array(z.object({ slug: z.nullish(z.string()) }))),
});
export type PortalArticle = z.infer<typeof portalArticleSchema>;

export const portalArticlesSchema = z.object({
  payload: z.array(portalArticleSchema),
  meta: z.nullish(z.object({ articles_count: z.nullish(z.number()) })),
});

export const portalCategoriesSchema = z.object({
  payload: z.array(z.object({
    name: z.string(),
    slug: z.string().check(z.minLength(1)),
    locale: z.nullish(z.string()),
    description: z.nullish(z.string()),
    articles_count: z.nullish(z.number()),
    parent_category: z.nullish(z.object({ slug: z.nullish(z.string()) })),
  })),
});

// ------------------------------------------------------------------ mapping

/** Chatwoot statuses → ours. `pending` is the bot's turn when an agent bot is connected. */
export function mapStatus(status: string): Conversation['status'] {
  switch (status) {
    case 'pending': return 'bot';
    case 'snoozed': return 'queued';
    case 'resolved': return 'closed';
    default: return 'active';
  }
}

export function toIso(value: number | string | null | undefined): string {
  if (typeof value === 'number') return new Date(value * 1000).toISOString();
  if (typeof value === 'string') {
    if (/^\d+$/.test(value)) return new Date(Number(value) * 1000).toISOString();
    const time = Date.parse(value);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return new Date().toISOString();
}

const MESSAGE_TYPES: Record<string, number> = { incoming: 0, outgoing: 1, activity: 2, template: 3 };
export const messageType = (message: ChatwootMessage): number =>
  typeof message.message_type === 'number' ? message.message_type : (MESSAGE_TYPES[message.message_type] ?? Number(message.message_type));

export function participantOf(sender: ChatwootSender | null | undefined, type: number, fallbackName: string): Participant {
  if (type === 0) {
    return { id: sender ? `contact:${sender.id}` : 'contact', role: 'user', name: sender?.name || fallbackName };
  }
  if (type === 2) return { id: 'system', role: 'system', name: fallbackName };
  // Outgoing and template messages come from the inbox side only: Chatwoot's public API lets a
  // contact write incoming messages alone. So Chatwoot itself vouches that these are staff's.
  if (!sender) return { id: 'bot', role: 'bot', name: fallbackName, verified: true };
  const role = sender.type === 'agent_bot' || sender.type === 'captain_assistant' ? 'bot' : 'agent';
  const avatarUrl = sender.avatar_url || sender.thumbnail || undefined;
  return {
    id: `${sender.type ?? 'user'}:${sender.id}`,
    role,
    name: sender.available_name || sender.name || fallbackName,
    verified: true,
    ...(avatarUrl ? { avatarUrl } : {}),
  };
}

const MIME_BY_EXTENSION: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', pdf: 'application/pdf',
  mp3: 'audio/mpeg', mp4: 'video/mp4', txt: 'text/plain', csv: 'text/csv',
};

function toAttachment(attachment: z.infer<typeof attachmentSchema>): Attachment | null {
  if (!attachment.data_url) return null;
  const extension = (attachment.extension ?? attachment.data_url.split('?')[0]!.split('.').pop() ?? '').toLowerCase();
  const name = decodeURIComponent(attachment.data_url.split('?')[0]!.split('/').pop() || `attachment-${attachment.id}`).slice(0, 255);
  const fallback = attachment.file_type === 'image' ? 'image/*' : 'application/octet-stream';
  return {
    id: String(attachment.id),
    name: name || `attachment-${attachment.id}`,
    size: Math.max(0, Math.round(attachment.file_size ?? 0)),
    mimeType: MIME_BY_EXTENSION[extension] ?? fallback,
    url: attachment.data_url,
    ...(attachment.thumb_url ? { thumbnailUrl: attachment.thumb_url } : {}),
  };
}

/** `input_select` messages offer choices: they become quick replies. */
function quickRepliesOf(message: ChatwootMessage): QuickReply[] {
  if (message.content_type !== 'input_select') return [];
  const attributes = message.content_attributes as { items?: { title?: unknown; value?: unknown }[] } | null | undefined;
  return (Array.isArray(attributes?.items) ? attributes.items : [])
    .filter((item) => typeof item?.title === 'string' && item.title)
    .slice(0, 10)
    .map((item, index) => ({ id: `option-${index}`, label: String(item.title).slice(0, 200), value: String(item.value ?? item.title).slice(0, 2000) }));
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface MessageNames {
  contact: string;
  agent: string;
  system: string;
}

export function toMessage(message: ChatwootMessage, clientId: string | undefined, names: MessageNames): Message {
  const type = messageType(message);
  const author = participantOf(message.sender, type, type === 0 ? names.contact : type === 2 ? names.system : names.agent);
  const status = message.status === 'read' || message.status === 'delivered' || message.status === 'sent' ? message.status : undefined;
  return {
    id: String(message.id),
    ...(clientId ? { clientId } : {}),
    conversationId: String(message.conversation_id),
    author,
    text: clip(message.content ?? '', 20_000),
    format: author.role === 'user' ? 'text' : 'markdown',
    attachments: (message.attachments ?? []).map(toAttachment).filter((a): a is Attachment => a !== null),
    createdAt: toIso(message.created_at),
    ...(type === 0 && status ? { status } : {}),
    quickReplies: quickRepliesOf(message),
    articles: [],
  };
}

/** A fingerprint of what the user sees of a message, to tell an update from a replay. */
export const messageFingerprint = (message: Message): string =>
  stringifyJson([message.text, message.attachments.map((a) => a.id), message.quickReplies.map((q) => q.label)]);

// ------------------------------------------------------------------ portal mapping

const stripMarkdown = (text: string) =>
  text.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[#*_`>~|-]+/g, ' ').replace(/\s+/g, ' ').trim();

export function toArticleSummary(article: PortalArticle, locale: string): ArticleSummary {
  const snippet = article.description?.trim() || clip(stripMarkdown(article.content ?? ''), 300);
  return {
    id: article.slug,
    title: clip(article.title, 500),
    ...(snippet ? { snippet: clip(snippet, 2000) } : {}),
    categoryId: article.category?.slug || 'uncategorized',
    locale: article.category?.locale || locale,
    updatedAt: toIso(article.last_updated_at),
    ...(typeof article.views === 'number' ? { popularity: article.views } : {}),
  };
}

export function toArticle(article: PortalArticle, locale: string): Article {
  return {
    ...toArticleSummary(article, locale),
    body: clip(article.content ?? '', 200_000),
    bodyFormat: 'markdown',
    relatedIds: (article.associated_articles ?? []).flatMap((related) => (related.slug ? [related.slug] : [])),
    tags: [],
  };
}

export function toCategory(category: z.infer<typeof portalCategoriesSchema>['payload'][number]): Category {
  return {
    id: category.slug,
    name: clip(category.name, 200),
    ...(category.description ? { description: clip(category.description, 1000) } : {}),
    ...(category.parent_category?.slug ? { parentId: category.parent_category.slug } : {}),
    ...(typeof category.articles_count === 'number' ? { articleCount: Math.max(0, Math.round(category.articles_count)) } : {}),
  };
}
