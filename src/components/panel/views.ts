/**
 * The views `<lb-panel>` can show. Each view's code loads on first use (its own chunk); a view whose
 * adapter domain is missing is hidden. `render` maps navigation params to the view element's
 * properties; `active` is true while the view is on screen in an open panel.
 */
import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Domain } from '../../adapters/contract.js';
import type { NavigateParams, ViewId } from '../../core/events.js';
import type { MessageKey } from '../../core/i18n.js';
import { icons } from '../../styles/icons.js';

export interface ViewDescriptor {
  id: ViewId;
  label: MessageKey;
  description?: MessageKey;
  icon: SVGTemplateResult;
  /** The adapter domain the view needs; without it the view is hidden. */
  domain?: Domain;
  /** Shown in the bottom navigation. */
  inNav: boolean;
  load(): Promise<unknown>;
  render(params: NavigateParams, active: boolean): TemplateResult;
}

/**
 * The panel's parts that `<lb-widget>` forwards to the page as `panel-<part>` (panel.ts's @csspart list).
 */
export const PANEL_PARTS = ['base', 'header', 'title', 'back-button', 'close-button', 'anti-phishing', 'body', 'nav', 'nav-item', 'error'] as const;

/**
 * Each view's parts that reach the page through `<lb-widget>` as `<view>-<part>` (`chat-bubble`):
 * the view's @csspart list plus the parts it passes on from its own nested elements (the chat
 * composer's `input`, the ticket form's `field` …). lb-widget's @csspart list and
 * docs/theming.md name the same parts (tests/theme/tokens-check.mjs compares them).
 */
export const VIEW_PARTS: Record<ViewId, readonly string[]> = {
  home: ['base', 'greeting', 'search-form', 'input', 'actions', 'action', 'incidents', 'safety'],
  search: [
    'base', 'field', 'input', 'incident', 'incident-notice', 'clear-button', 'shortcut-hint', 'popup', 'results', 'group',
    'group-label', 'result', 'result-title', 'result-snippet', 'mark', 'section-title', 'recent', 'recent-remove',
    'category', 'status', 'empty', 'handoff', 'error', 'back-button', 'article', 'article-base', 'article-back-button',
    'article-breadcrumbs', 'article-breadcrumb', 'article-title', 'article-meta', 'article-notice', 'article-body',
    'article-feedback', 'article-feedback-button', 'article-handoff', 'article-related', 'article-related-link',
    'article-status', 'article-error',
  ],
  chat: [
    'base', 'header', 'avatar', 'verified', 'staff-warning', 'queue', 'human-button', 'end-button', 'transcript-button',
    'banner', 'log', 'day', 'system', 'message', 'bubble', 'author', 'time', 'delivery', 'retry-button', 'attachment',
    'article', 'typing', 'quick-replies', 'quick-reply', 'composer', 'input', 'send-button', 'attach-button', 'prechat',
    'closed', 'rating', 'ticket-offer', 'error',
  ],
  tickets: [
    'base', 'header', 'title', 'new-button', 'list', 'ticket', 'status', 'unread', 'empty', 'error', 'back-button',
    'details', 'messages', 'message', 'staff-warning', 'attachment', 'status-hint', 'close-button', 'reopen-button',
    'reply', 'reply-input', 'send-button', 'form', 'field', 'input', 'field-error', 'submit-button', 'success',
  ],
  channels: [
    'base', 'incidents', 'recommend', 'input', 'problem-type', 'urgency', 'advice', 'channels', 'channel', 'best',
    'official', 'availability', 'response', 'action', 'details-button', 'popover', 'hours-table', 'impostor-warning',
    'email-draft', 'email-link', 'phone-confirm', 'call-link', 'checklist', 'safety',
  ],
  verify: [
    'base', 'form', 'label', 'input', 'submit-button', 'result', 'verdict', 'verdict-title', 'summary', 'ascii',
    'lookalike-characters', 'steps', 'report-button', 'channels-button', 'official-list', 'error',
  ],
};

/** Adds `entries` (`inner: outer` or `name`) to an element's `exportparts`, keeping what is there. */
export function addExportparts(element: Element, entries: string[]): void {
  const current = (element.getAttribute('exportparts') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  const outer = new Set(current.map((entry) => entry.split(':').pop()!.trim()));
  const added = entries.filter((entry) => !outer.has(entry.split(':').pop()!.trim()));
  if (added.length) element.setAttribute('exportparts', [...current, ...added].join(', '));
}

/**
 * On a view element: exports the view's parts as `<view>-<part>`, and adds them to the
 * `exportparts` of the panel's host element, so that page CSS
 * such as `lb-widget::part(chat-bubble)` reaches them. The panel exports its own parts itself when
 * connected (lb-widget's launcher chunk is at the 8 KB budget, with no room for ~170 names, while
 * this module loads with the panel). A view's parts exist only once it renders, so adding its
 * names then loses nothing.
 */
class ViewParts extends Directive {
  private done = false;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('viewParts() belongs on the view element.');
  }

  render(_view: ViewId) {
    return nothing;
  }

  override update(part: ElementPart, [view]: [ViewId]) {
    if (this.done) return nothing;
    this.done = true;
    const names = VIEW_PARTS[view];
    part.element.setAttribute('exportparts', names.map((name) => `${name}: ${view}-${name}`).join(', '));
    const host = part.options?.host;
    if (host instanceof Element) {
      addExportparts(host, names.map((name) => `${view}-${name}`));
    }
    return nothing;
  }
}
const viewParts = directive(ViewParts);

export const VIEWS: readonly ViewDescriptor[] = [
  {
    id: 'home',
    label: 'widget.nav.home',
    icon: icons.home,
    inNav: true,
    load: () => import('../home/define.js'),
    render: (_params, active) => html`<lb-home part="view" ${viewParts('home')} ?active=${active}></lb-home>`,
  },
  {
    id: 'search',
    label: 'widget.nav.search',
    description: 'widget.home.action.search.desc',
    icon: icons.search,
    domain: 'articles',
    inNav: true,
    load: () => import('../search/define.js'),
    render: (params, active) =>
      html`<lb-search part="view" ${viewParts('search')} mode="panel" ?active=${active} .query=${params.query ?? ''} .articleId=${params.article ?? ''}></lb-search>`,
  },
  {
    id: 'chat',
    label: 'widget.nav.chat',
    description: 'widget.home.action.chat.desc',
    icon: icons.chat,
    domain: 'chat',
    inNav: true,
    load: () => import('../chat/define.js'),
    render: (params, active) => html`<lb-chat part="view" ${viewParts('chat')} ?active=${active} .prefill=${params.query ?? ''}></lb-chat>`,
  },
  {
    id: 'tickets',
    label: 'widget.nav.tickets',
    description: 'widget.home.action.tickets.desc',
    icon: icons.ticket,
    domain: 'tickets',
    inNav: true,
    load: () => import('../tickets/define.js'),
    render: (params, active) =>
      html`<lb-tickets
        part="view"
        ${viewParts('tickets')}
        ?active=${active}
        .mode=${params.mode ?? 'list'}
        .ticketId=${params.ticket ?? ''}
        .subject=${params.query ?? ''}
        .categoryId=${params.categoryId ?? ''}
        .conversationId=${params.conversationId ?? ''}
      ></lb-tickets>`,
  },
  {
    id: 'channels',
    label: 'widget.nav.channels',
    description: 'widget.home.action.channels.desc',
    icon: icons.channels,
    domain: 'channels',
    inNav: true,
    load: () => import('../channel-picker/define.js'),
    render: (params, active) => html`<lb-channel-picker part="view" ${viewParts('channels')} ?active=${active} .problem=${params.query ?? ''}></lb-channel-picker>`,
  },
  {
    id: 'verify',
    label: 'widget.nav.verify',
    description: 'widget.home.action.verify.desc',
    icon: icons.shield,
    domain: 'verification',
    inNav: false,
    load: () => import('../verify/define.js'),
    render: (params, active) => html`<lb-verify part="view" ${viewParts('verify')} ?active=${active} .value=${params.query ?? ''}></lb-verify>`,
  },
];

export function viewById(id: ViewId): ViewDescriptor {
  return VIEWS.find((view) => view.id === id) ?? VIEWS[0]!;
}
