/**
 * Link guard: links in agent/bot messages and articles that point outside the official domains
 * open only after a warning (`<lb-link-interstitial>`); official links open directly; `javascript:`,
 * `data:` and friends never open.
 *
 * Where the official domains come from, first match wins:
 * 1. `setOfficialDomains(domains)` — an explicit list for the whole page (integrators, tests);
 * 2. the adapter that serves the clicked element — the `<lb-widget>` around it (asked through the
 *    Lit context protocol), its own `adapter` property, or the page default — whose
 *    `verification.officialChannels()` is fetched once per adapter and cached;
 * 3. nothing known: every outside link gets the warning (safe by default).
 * The page the widget runs on counts as official (a link back to the host site is not "outside").
 *
 * Usage from a view that renders rich text — both events, unfiltered (interceptLinkClick itself
 * tells which presses follow the link):
 * `<div @click=${(e) => interceptLinkClick(e, this)} @auxclick=${(e) => interceptLinkClick(e, this)}>`,
 * and optionally `preloadOfficialChannels(this)` when the view connects, so the first click is
 * decided synchronously.
 */
import { ContextEvent } from '@lit/context';
import type { SupportAdapter } from '../adapters/contract.js';
import type { OfficialChannels } from '../adapters/schemas.js';
import { validated } from '../adapters/validated.js';
import { getDefaultAdapter } from './adapter-controller.js';
import { adapterContext } from './context.js';
import { isOfficialHost } from './safety/hosts.js';

/** Hrefs that must never be followed, whatever the text says. */
export function isDangerousHref(href: string): boolean {
  // Browsers drop tabs, newlines and leading control characters from URLs: "java\tscript:" is javascript:.
  const cleaned = href.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  return /^(?:javascript|data|vbscript|file|blob|filesystem):/i.test(cleaned);
}

const EMPTY: OfficialChannels = { domains: [], emails: [], phones: [], handles: [], brands: [] };

let configured: OfficialChannels | undefined;
const fetched = new WeakMap<SupportAdapter, Promise<OfficialChannels>>();
const settled = new WeakMap<SupportAdapter, OfficialChannels>();

/**
 * Sets the official domains for every link guard on the page (registrable domains; subdomains
 * count too). `undefined` goes back to asking the adapter.
 */
export function setOfficialDomains(domains: readonly string[] | undefined, brands: readonly string[] = []): void {
  configured = domains ? { ...EMPTY, domains: [...domains], brands: [...brands] } : undefined;
}

/** The explicitly configured official domains, if any. */
export function getOfficialDomains(): readonly string[] | undefined {
  return configured?.domains;
}

const wrapped = new WeakMap<SupportAdapter, SupportAdapter>();

/** The adapter that serves `host`: its own property, the enclosing widget's, or the page default. */
function adapterFor(host: HTMLElement): SupportAdapter | undefined {
  const own = (host as HTMLElement & { adapter?: unknown }).adapter;
  if (own && typeof own === 'object' && typeof (own as SupportAdapter).identify === 'function') {
    const raw = own as SupportAdapter;
    if (!wrapped.has(raw)) wrapped.set(raw, validated(raw));
    return wrapped.get(raw);
  }
  let provided: SupportAdapter | undefined;
  host.dispatchEvent(new ContextEvent(adapterContext, host, (value: SupportAdapter | undefined) => (provided = value), false));
  return provided ?? getDefaultAdapter();
}

/** Fetches (once per adapter) the official channels that decide where links may go. */
export function preloadOfficialChannels(host: HTMLElement): Promise<OfficialChannels> {
  if (configured) return Promise.resolve(configured);
  const adapter = adapterFor(host);
  const verification = adapter?.verification;
  if (!adapter || !verification) return Promise.resolve(EMPTY);
  let pending = fetched.get(adapter);
  if (!pending) {
    pending = verification.officialChannels().then(
      (channels) => {
        settled.set(adapter, channels);
        return channels;
      },
      () => {
        fetched.delete(adapter); // try again on the next click
        return EMPTY;
      },
    );
    fetched.set(adapter, pending);
  }
  return pending;
}

/** The official channels already known for `host`, without waiting. */
function knownChannels(host: HTMLElement): OfficialChannels | undefined {
  if (configured) return configured;
  const adapter = adapterFor(host);
  if (!adapter?.verification) return EMPTY;
  return settled.get(adapter);
}

function isOfficialUrl(url: URL, channels: OfficialChannels): boolean {
  return url.origin === location.origin || isOfficialHost(url.hostname, channels.domains);
}

function openSafely(url: URL): void {
  window.open(url.href, '_blank', 'noopener,noreferrer');
}

async function warn(url: URL, host: HTMLElement, anchor: HTMLElement, channels: OfficialChannels): Promise<void> {
  const [{ LbLinkInterstitial }, { checkOfficial }] = await Promise.all([
    import('../components/link-interstitial/define.js'),
    import('./official-check.js'),
  ]);
  const dialog = new LbLinkInterstitial();
  dialog.url = url.href;
  dialog.check = checkOfficial(url.href, channels);
  (host.shadowRoot ?? host).append(dialog);
  const decision = await dialog.show();
  dialog.remove();
  if (decision === 'open') openSafely(url);
  else anchor.focus({ preventScroll: true });
}

/**
 * ignored: not a link we handle (no href, mailto:, tel:); blocked: never opens; official: opens
 * normally; warned: held back behind the warning; pending: held back until the official list has
 * loaded, then opened or warned about.
 */
export type LinkDecision = 'ignored' | 'blocked' | 'official' | 'warned' | 'pending';

/**
 * Call from both the `click` and the `auxclick` listener on rendered rich text, passing every event
 * unfiltered: a middle-click fires only `auxclick`, and a guard that hears only `click` lets it open
 * a new tab unchecked. Lets official links through (with `rel="noopener noreferrer"`), blocks
 * dangerous ones, and shows a warning before any other http(s) link opens. Returns what it did.
 *
 * Every way of following a link gets the same check: a plain click, Enter, a middle-click, and a
 * click with Ctrl, ⌘, Shift or Alt (new tab, new window, download) — opening the link somewhere
 * else is still leaving for that site, so none of them skips the warning. Presses of the other
 * buttons (right-click for the context menu, back/forward) do not follow the link: `'ignored'`, and
 * the browser keeps them.
 */
export function interceptLinkClick(event: MouseEvent, host: HTMLElement): LinkDecision {
  if (event.defaultPrevented) return 'ignored';
  if (event.button !== 0 && event.button !== 1) return 'ignored';
  const anchor = event.composedPath().find((node): node is HTMLAnchorElement | SVGAElement => node instanceof HTMLAnchorElement || node instanceof SVGAElement);
  if (!anchor) return 'ignored';
  const href = anchor instanceof HTMLAnchorElement ? anchor.getAttribute('href') : (anchor.href.baseVal ?? '');
  if (href === null || href === '') return 'ignored';
  if (isDangerousHref(href)) {
    event.preventDefault();
    return 'blocked';
  }
  let url: URL;
  try {
    url = new URL(href, anchor.baseURI);
  } catch {
    event.preventDefault();
    return 'blocked';
  }
  // mailto:, tel: and in-page anchors are not navigation away.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'ignored';
  if (anchor instanceof HTMLAnchorElement) {
    const rel = new Set(anchor.rel.split(/\s+/).filter(Boolean));
    rel.add('noopener');
    rel.add('noreferrer');
    anchor.rel = [...rel].join(' ');
  }
  const known = knownChannels(host);
  if (known && isOfficialUrl(url, known)) return 'official';
  event.preventDefault();
  const target = anchor as unknown as HTMLElement;
  if (known) {
    void warn(url, host, target, known);
    return 'warned';
  }
  // The official list is still loading: decide as soon as it is here.
  void preloadOfficialChannels(host).then((channels) => (isOfficialUrl(url, channels) ? openSafely(url) : warn(url, host, target, channels)));
  return 'pending';
}
