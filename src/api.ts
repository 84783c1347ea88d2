/**
 * `createWidget` — the JS API behind `window.Lifebuoy` and the npm entry. It validates the host
 * page's options (clear errors, never a half-initialised widget), mounts `<lb-widget>` and maps
 * friendly event names to the `lb-*` events.
 */
import type { SupportAdapter } from './adapters/contract.js';
import type { User } from './adapters/schemas.js';
import type { LbEventDetails, NavigateParams, ViewId } from './core/events.js';
import { i18n } from './core/i18n-store.js';
import { storageGate } from './core/storage.js';
import { defineElement } from './core/define.js';
import { LbWidget, type AdapterSource } from './components/widget/widget.js';
import type { ThemeOption } from './styles/theme.js';

/** Thrown (or, from the script tag, logged) when the host page passes something invalid. */
export class LifebuoyConfigError extends Error {
  override readonly name = 'LifebuoyConfigError';
}

export type AdapterOption =
  | SupportAdapter
  | (() => Promise<SupportAdapter>)
  | 'demo'
  | { type: 'demo'; options?: Record<string, unknown> }
  | { type: 'http'; baseUrl: string; [key: string]: unknown };

export interface WidgetOptions {
  /** The backend: an adapter instance, a loader function, `'demo'` (default) or `{ type: 'http', baseUrl }`. */
  adapter?: AdapterOption;
  position?: 'bottom-right' | 'bottom-left';
  /** Launcher distance from the edges, in px. */
  offset?: { x?: number; y?: number };
  zIndex?: number;
  /** BCP-47 locale, e.g. "zh-CN"; defaults to the user's, then the browser's. */
  locale?: string;
  /** `light`, `dark`, `auto`, a preset name, or token overrides such as `{ colorPrimary: '#f0b90b' }`. */
  theme?: ThemeOption;
  user?: User;
  /** True when the host page already has the user's consent to store data. */
  consent?: boolean;
  /** Where to mount the widget (an element or shadow root). Default `document.body`. */
  container?: Element | ShadowRoot;
  /** Open the panel right away (on a view). */
  open?: boolean | ViewId;
}

const VIEWS: readonly ViewId[] = ['home', 'search', 'chat', 'tickets', 'channels', 'verify'];

/**
 * Checks the host page's options before anything is mounted. Hand-written rather than zod because
 * this runs in the launcher chunk, before interaction, where every byte counts; the user object
 * is checked against the zod schema when the panel loads (see `identify`).
 */
function checkOptions(options: WidgetOptions): string[] {
  const problems: string[] = [];
  const known = new Set(['adapter', 'position', 'offset', 'zIndex', 'locale', 'theme', 'user', 'consent', 'container', 'open']);
  for (const key of Object.keys(options)) if (!known.has(key)) problems.push(`unknown option "${key}"`);
  const { position, offset, zIndex, locale, consent, open } = options;
  if (position !== undefined && position !== 'bottom-right' && position !== 'bottom-left') problems.push('position must be "bottom-right" or "bottom-left"');
  if (offset !== undefined) {
    if (typeof offset !== 'object' || offset === null) problems.push('offset must be { x, y } in px');
    else for (const axis of ['x', 'y'] as const) {
      const value = offset[axis];
      if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 2000)) problems.push(`offset.${axis} must be a number of px from 0 to 2000`);
    }
  }
  if (zIndex !== undefined && !Number.isInteger(zIndex)) problems.push('zIndex must be an integer');
  if (locale !== undefined && !(typeof locale === 'string' && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(locale))) problems.push('locale must be a BCP-47 tag such as "en" or "zh-CN"');
  if (consent !== undefined && typeof consent !== 'boolean') problems.push('consent must be true or false');
  if (open !== undefined && typeof open !== 'boolean' && !VIEWS.includes(open)) problems.push(`open must be true or one of ${VIEWS.join(', ')}`);
  if (options.user !== undefined && (typeof options.user !== 'object' || options.user === null)) problems.push('user must be an object');
  return problems;
}

/** Validates a user with the zod schema (loaded on demand). */
async function checkUser(user: User): Promise<User> {
  const [{ userSchema }, { describeIssue }] = await Promise.all([import('./adapters/schemas.js'), import('./adapters/issues.js')]);
  const parsed = userSchema.safeParse(user);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((issue) => describeIssue(issue, 'user')).join('; ');
  throw new LifebuoyConfigError(`Invalid Lifebuoy user — ${detail}`);
}

/** Friendly names for `on`/`off` and the `lb-*` events they listen to. */
export const EVENT_NAMES = {
  open: 'lb-open',
  close: 'lb-close',
  'unread-count': 'lb-unread-change',
  navigate: 'lb-navigate',
  search: 'lb-search',
  'article-open': 'lb-article-open',
  'article-feedback': 'lb-article-feedback',
  message: 'lb-message-receive',
  'message-send': 'lb-message-send',
  'conversation-start': 'lb-conversation-start',
  'conversation-close': 'lb-conversation-close',
  'ticket-created': 'lb-ticket-created',
  'ticket-updated': 'lb-ticket-updated',
  'ticket-deflected': 'lb-ticket-deflected',
  'channel-select': 'lb-channel-select',
  'secret-blocked': 'lb-secret-blocked',
  'link-open': 'lb-link-open',
  error: 'lb-error',
} as const satisfies Record<string, keyof LbEventDetails>;
export type WidgetEventName = keyof typeof EVENT_NAMES;
export type WidgetEventHandler<N extends WidgetEventName> = (detail: LbEventDetails[(typeof EVENT_NAMES)[N]]) => void;

export interface OpenTarget {
  view?: ViewId;
  /** Open an article of the help center. */
  article?: string;
  /** Prefill the search (or the first chat message, or the ticket subject). */
  query?: string;
  params?: NavigateParams;
}

export interface WidgetHandle {
  readonly element: LbWidget;
  open(target?: ViewId | OpenTarget): Promise<void>;
  close(): Promise<void>;
  toggle(): Promise<void>;
  on<N extends WidgetEventName>(name: N, handler: WidgetEventHandler<N>): () => void;
  off<N extends WidgetEventName>(name: N, handler: WidgetEventHandler<N>): void;
  identify(user: User | null): Promise<void>;
  setLocale(locale: string): Promise<string>;
  setTheme(theme: ThemeOption): Promise<void>;
  destroy(): void;
}

/** Turns the `adapter` option into something `<lb-widget>` can load lazily. */
export function adapterSource(option: AdapterOption | undefined): AdapterSource {
  if (option === undefined || option === 'demo') return () => import('./adapters/demo/index.js').then((m) => m.createDemoAdapter());
  if (typeof option === 'function') return option;
  if (typeof option === 'object' && 'type' in option) {
    if (option.type === 'demo') {
      const demoOptions = option.options;
      return () => import('./adapters/demo/index.js').then((m) => m.createDemoAdapter(demoOptions));
    }
    if (option.type === 'http') {
      return () => import('./adapters/http/index.js').then((m) => m.createHttpAdapter(option as never));
    }
    throw new LifebuoyConfigError(`Unknown adapter type "${String((option as { type: unknown }).type)}". Use "demo", "http" or pass an adapter object.`);
  }
  if (typeof option === 'object' && option !== null && typeof (option as SupportAdapter).identify === 'function') return option as SupportAdapter;
  throw new LifebuoyConfigError('Invalid "adapter" option: pass "demo", { type: "http", baseUrl }, an adapter object or a function returning one.');
}

/** Creates and mounts a widget. Throws `LifebuoyConfigError` on invalid options. */
export function createWidget(options: WidgetOptions = {}): WidgetHandle {
  if (options === null || typeof options !== 'object') throw new LifebuoyConfigError('Lifebuoy options must be an object.');
  const problems = checkOptions(options);
  if (problems.length) throw new LifebuoyConfigError(`Invalid Lifebuoy options — ${problems.join('; ')}.`);
  const source = once(adapterSource(options.adapter));
  const container = options.container ?? document.body;
  if (!container || typeof (container as Node).appendChild !== 'function') {
    throw new LifebuoyConfigError('Invalid "container" option: pass an element or a shadow root.');
  }

  defineElement('lb-widget', LbWidget);
  const element = document.createElement('lb-widget') as LbWidget;
  element.adapter = source;
  if (options.position) element.position = options.position;
  if (options.consent) {
    element.consent = true;
    storageGate.allow();
  }
  if (options.offset?.x !== undefined) element.style.setProperty('--lb-launcher-offset-x', `${options.offset.x}px`);
  if (options.offset?.y !== undefined) element.style.setProperty('--lb-launcher-offset-y', `${options.offset.y}px`);
  if (options.zIndex !== undefined) element.style.setProperty('--lb-z-index', String(options.zIndex));
  container.appendChild(element);
  if (options.theme !== undefined) void applyThemeLazily(element, options.theme).catch((error: Error) => reportError(element, error));

  // Standalone elements elsewhere on the page (a header <lb-search>) share this backend.
  let sharedAdapter: SupportAdapter | undefined;
  const shareAdapter = async () => {
    if (sharedAdapter) return;
    const [adapter, { setDefaultAdapter }] = await Promise.all([
      typeof source === 'function' ? source() : source,
      import('./core/adapter-controller.js'),
    ]);
    sharedAdapter = adapter;
    if (!destroyed) setDefaultAdapter(adapter);
  };

  if (options.user !== undefined) {
    checkUser(options.user).then(
      (user) => { if (!destroyed) element.user = user; },
      (error: Error) => reportError(element, error),
    );
  }
  // The page's own choice (init or setLocale) wins over the user's profile locale.
  let localeChosen = options.locale !== undefined;
  void i18n.setLocale(options.locale ?? options.user?.locale ?? navigator.language);

  // One entry per (event, handler): the same handler may listen to several events.
  const listeners = new Map<string, { name: string; listener: EventListener }>();
  const handlerIds = new WeakMap<object, number>();
  let nextHandlerId = 0;
  const listenerKey = (eventName: string, handler: object) => {
    if (!handlerIds.has(handler)) handlerIds.set(handler, nextHandlerId++);
    return `${eventName}#${handlerIds.get(handler)}`;
  };
  let destroyed = false;
  const alive = () => {
    if (destroyed) throw new LifebuoyConfigError('This Lifebuoy widget was destroyed; call init again.');
  };

  const handle: WidgetHandle = {
    element,
    async open(target) {
      alive();
      const { view, params } = normalizeTarget(target);
      await element.show(view, params);
    },
    async close() {
      alive();
      await element.hide('api');
    },
    async toggle() {
      alive();
      if (element.open) await element.hide('api');
      else await element.show();
    },
    on(name, handler) {
      alive();
      const eventName = EVENT_NAMES[name];
      if (!eventName) throw new LifebuoyConfigError(`Unknown event "${String(name)}". Known events: ${Object.keys(EVENT_NAMES).join(', ')}.`);
      if (typeof handler !== 'function') throw new LifebuoyConfigError(`Lifebuoy('on', '${name}', handler) needs a function.`);
      const key = listenerKey(eventName, handler);
      if (listeners.has(key)) return () => handle.off(name, handler); // like addEventListener: once
      const listener = ((event: CustomEvent) => handler(event.detail)) as EventListener;
      element.addEventListener(eventName, listener);
      listeners.set(key, { name: eventName, listener });
      return () => handle.off(name, handler);
    },
    off(name, handler) {
      const eventName = EVENT_NAMES[name];
      if (!eventName || typeof handler !== 'function') return;
      const key = listenerKey(eventName, handler);
      const entry = listeners.get(key);
      if (!entry) return;
      element.removeEventListener(entry.name, entry.listener);
      listeners.delete(key);
    },
    async identify(next) {
      alive();
      if (next !== null) {
        if (typeof next !== 'object') throw new LifebuoyConfigError('identify() takes a user object or null.');
        next = await checkUser(next);
      }
      element.user = next;
      if (next?.locale && !localeChosen) await i18n.setLocale(next.locale);
    },
    setLocale(locale) {
      alive();
      if (typeof locale !== 'string' || locale.length < 2) throw new LifebuoyConfigError('setLocale needs a locale such as "en" or "zh-CN".');
      localeChosen = true;
      return i18n.setLocale(locale);
    },
    async setTheme(theme) {
      alive();
      await applyThemeLazily(element, theme);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const { name, listener } of listeners.values()) element.removeEventListener(name, listener);
      listeners.clear();
      element.remove();
      if (sharedAdapter) {
        sharedAdapter.dispose?.();
        void import('./core/adapter-controller.js').then(({ setDefaultAdapter }) => setDefaultAdapter(undefined));
      }
    },
  };

  element.addEventListener('lb-open', () => void shareAdapter().catch(() => undefined), { once: true });
  if (typeof source !== 'function') void shareAdapter();
  if (options.open) {
    // Opened by the page during load, not by the user: show the panel but leave focus where it is.
    const { view, params } = normalizeTarget(options.open === true ? undefined : options.open);
    void element.show(view, params, { focus: false });
  }
  return handle;
}

/** Theme code loads only when a theme is given (it is not needed for the default look). */
async function applyThemeLazily(element: HTMLElement, theme: ThemeOption): Promise<void> {
  const { applyTheme } = await import('./styles/theme.js');
  await applyTheme(element, theme);
}

/** A problem found after init returned (an invalid user): logged and fired as `lb-error`. */
function reportError(element: HTMLElement, error: Error): void {
  console.error(`[Lifebuoy] ${error.message}`);
  element.dispatchEvent(new CustomEvent('lb-error', { detail: { code: 'invalid_request', message: error.message, source: 'init' }, bubbles: true, composed: true }));
}

/** One adapter per widget, however often its loader is called (widget and standalone elements share it). */
function once(source: AdapterSource): AdapterSource {
  if (typeof source !== 'function') return source;
  let loading: Promise<SupportAdapter> | undefined;
  return () => {
    loading ??= source().catch((error: unknown) => {
      loading = undefined; // let a later attempt retry
      throw error;
    });
    return loading;
  };
}

function normalizeTarget(target: ViewId | OpenTarget | undefined): { view?: ViewId; params: NavigateParams } {
  if (target === undefined) return { params: {} };
  if (typeof target === 'string') return { view: knownView(target), params: {} };
  if (typeof target !== 'object' || target === null) throw new LifebuoyConfigError('open() takes a view name or { view, article, query }.');
  if (target.article) return { view: 'search', params: { ...target.params, article: target.article } };
  const view = target.view === undefined ? undefined : knownView(target.view);
  return { view: view ?? (target.query ? 'search' : undefined), params: { ...target.params, ...(target.query ? { query: target.query } : {}) } };
}

/** A typo in a view name is the integrator's to fix: say so instead of opening an error page. */
function knownView(view: string): ViewId {
  if (!VIEWS.includes(view as ViewId)) throw new LifebuoyConfigError(`Unknown view "${view}": use one of ${VIEWS.join(', ')}.`);
  return view as ViewId;
}
