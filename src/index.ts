/**
 * The npm entry: classes, types, adapters and `createWidget`. Defines no tags — import
 * `lifebuoy/register` (all tags) or `lifebuoy/components/<name>/define` (one) for that.
 */
export { LbWidget, type AdapterSource } from './components/widget/widget.js';
export { LbPanel } from './components/panel/panel.js';
export { LbHome } from './components/home/home.js';
export { LbSearch } from './components/search/search.js';
export { LbArticle } from './components/article/article.js';
export { LbChat } from './components/chat/chat.js';
export { LbChatComposer } from './components/chat-composer/chat-composer.js';
export { LbTickets } from './components/tickets/tickets.js';
export { LbTicketForm } from './components/ticket-form/ticket-form.js';
export { LbChannelPicker } from './components/channel-picker/channel-picker.js';
export { LbIncidentNotice } from './components/incident-notice/incident-notice.js';
export { LbVerify } from './components/verify/verify.js';
export { LbSecretAlert } from './components/secret-alert/secret-alert.js';
export { LbLinkInterstitial } from './components/link-interstitial/link-interstitial.js';

export * from './adapters/contract.js';
export * from './adapters/schemas.js';
export { validated, parseResponse } from './adapters/validated.js';
export { createDemoAdapter, type DemoAdapterOptions } from './adapters/demo/index.js';
export { createStaticAdapter, createStaticArticles } from './adapters/static/index.js';
export { createHttpAdapter } from './adapters/http/index.js';
export { createChatwootAdapter } from './adapters/chatwoot/index.js';
export { createZendeskAdapter } from './adapters/zendesk/index.js';

export { i18n } from './core/i18n.js';
export { setDefaultAdapter } from './core/adapter-controller.js';
export { scanForSecrets, preloadSecretGuard, type SecretScan, type SecretFinding, type SecretKind, type ScanOptions } from './core/secret-guard.js';
export { checkOfficial, classifyChannel, normalizePhone, isOfficialHost, type OfficialCheck, type Verdict, type VerdictReason, type CheckedKind } from './core/official-check.js';
export { interceptLinkClick, isDangerousHref, setOfficialDomains, preloadOfficialChannels, type LinkDecision } from './core/link-guard.js';
export type { LbEventDetails, LbEventName, ViewId, NavigateParams } from './core/events.js';
export { createWidget, type WidgetOptions, type WidgetHandle } from './api.js';
