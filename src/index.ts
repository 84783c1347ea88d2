/**
 * The npm entry: classes, types, adapters and `createWidget`. Defines no tags — import
 * `lifebuoy/register` (all tags) or `lifebuoy/components/<name>/define` (one) for that.
 */
export { LbWidget, type AdapterSource } from './components/widget/widget.js';
export { LbPanel } from './components/panel/panel.js';
export { LbHome } from './components/home/home.js';
export { LbSearch } from './components/search/search.js';
export { LbChat } from './components/chat/chat.js';
export { LbTickets } from './components/tickets/tickets.js';
export { LbChannelPicker } from './components/channel-picker/channel-picker.js';
export { LbVerify } from './components/verify/verify.js';
export { LbSecretAlert } from './components/secret-alert/secret-alert.js';

export * from './adapters/contract.js';
export * from './adapters/schemas.js';
export { validated, parseResponse } from './adapters/validated.js';
export { createDemoAdapter, type DemoAdapterOptions } from './adapters/demo/index.js';

export { i18n } from './core/i18n.js';
export { setDefaultAdapter } from './core/adapter-controller.js';
export { scanForSecrets, type SecretScan, type SecretFinding, type SecretKind } from './core/secret-guard.js';
export type { LbEventDetails, LbEventName, ViewId, NavigateParams } from './core/events.js';
export { createWidget, type WidgetOptions, type WidgetHandle } from './api.js';
