/**
 * The views `<lb-panel>` can show. Each view's code loads on first use (its own chunk); a view whose
 * adapter domain is missing is hidden. `render` maps navigation params to the view element's
 * properties; `active` is true while the view is on screen in an open panel.
 */
import { html, type SVGTemplateResult, type TemplateResult } from 'lit';
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

export const VIEWS: readonly ViewDescriptor[] = [
  {
    id: 'home',
    label: 'widget.nav.home',
    icon: icons.home,
    inNav: true,
    load: () => import('../home/define.js'),
    render: (_params, active) => html`<lb-home part="view" ?active=${active}></lb-home>`,
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
      html`<lb-search part="view" mode="panel" ?active=${active} .query=${params.query ?? ''} .articleId=${params.article ?? ''}></lb-search>`,
  },
  {
    id: 'chat',
    label: 'widget.nav.chat',
    description: 'widget.home.action.chat.desc',
    icon: icons.chat,
    domain: 'chat',
    inNav: true,
    load: () => import('../chat/define.js'),
    render: (params, active) => html`<lb-chat part="view" ?active=${active} .prefill=${params.query ?? ''}></lb-chat>`,
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
    render: (params, active) => html`<lb-channel-picker part="view" ?active=${active} .problem=${params.query ?? ''}></lb-channel-picker>`,
  },
  {
    id: 'verify',
    label: 'widget.nav.verify',
    description: 'widget.home.action.verify.desc',
    icon: icons.shield,
    domain: 'verification',
    inNav: false,
    load: () => import('../verify/define.js'),
    render: (params, active) => html`<lb-verify part="view" ?active=${active} .value=${params.query ?? ''}></lb-verify>`,
  },
];

export function viewById(id: ViewId): ViewDescriptor {
  return VIEWS.find((view) => view.id === id) ?? VIEWS[0]!;
}
