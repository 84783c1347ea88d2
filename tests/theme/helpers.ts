/** Helpers for the theming tests: colours as the browser computes them, WCAG contrast, the widget opened. */
import { createDemoAdapter } from '../../src/adapters/demo/index.js';
import type { LbWidget } from '../../src/components/widget/widget.js';
import type { LbPanel } from '../../src/components/panel/panel.js';
import { until, visibleText } from '../helpers.js';

export const demo = () => createDemoAdapter({ latency: 0, speed: 0, persist: false });

/** Any CSS colour as the browser's `rgb(…)`/`rgba(…)` form. */
export function rgb(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value.trim();
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

/** `rgb(…)` → [r, g, b, a]. */
export function channels(color: string): [number, number, number, number] {
  const parts = rgb(color).match(/[\d.]+/g)!.map(Number);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = channels(color).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A token's computed value on an element, as a normalised colour when it is one. */
export function tokenOn(element: Element, name: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim();
}

/** Opens the widget and waits for the home view; returns the panel. */
export async function openWidget(el: LbWidget): Promise<LbPanel> {
  await el.show();
  await until(() => el.shadowRoot!.querySelector('lb-panel'), 3000, 'panel');
  const panel = el.shadowRoot!.querySelector('lb-panel') as LbPanel;
  await panel.updateComplete;
  await until(() => panel.shadowRoot?.querySelector('lb-home')?.shadowRoot?.childElementCount, 3000, 'home view');
  await until(() => visibleText(panel).length > 20, 3000, 'home view text');
  return panel;
}

export const launcherOf = (el: LbWidget) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="launcher"]')!;
export const headerOf = (panel: LbPanel) => panel.shadowRoot!.querySelector<HTMLElement>('[part~="header"]')!;
export const surfaceOf = (panel: LbPanel) => panel.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
export const homeOf = (panel: LbPanel) => panel.shadowRoot!.querySelector<HTMLElement>('lb-home')!;

/** Every element in a shadow tree and the shadow trees nested in it. */
export function deepElements(root: ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  const walk = (node: ShadowRoot | Element) => {
    for (const child of Array.from(node.children)) {
      out.push(child);
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** A view element inside the open panel (`lb-search`, `lb-chat` …). */
export const viewIn = (panel: LbPanel, tag: string) => panel.shadowRoot!.querySelector<HTMLElement>(tag);

/** `[part~=name]` in the shadow root of `host` (an element passed by a nested view). */
export const partIn = (host: Element | null | undefined, name: string) => host?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

/**
 * The panel states the theming tests walk through: each navigates the open widget and resolves with
 * the view element once the state is on screen (search with results, chat with the bot's greeting,
 * tickets list and form, channels, a verify verdict that uses the danger colours).
 */
export const VIEW_STATES: Record<string, (el: LbWidget, panel: LbPanel) => Promise<HTMLElement>> = {
  async home(el, panel) {
    el.navigate('home');
    await panel.updateComplete;
    await until(() => partIn(viewIn(panel, 'lb-home'), 'action'), 3000, 'home');
    return viewIn(panel, 'lb-home')!;
  },
  async search(el, panel) {
    el.navigate('search', { query: 'deposit' });
    await until(() => partIn(viewIn(panel, 'lb-search'), 'result'), 5000, 'search results');
    return viewIn(panel, 'lb-search')!;
  },
  async chat(el, panel) {
    el.navigate('chat');
    const chat = () => viewIn(panel, 'lb-chat');
    await until(() => partIn(chat(), 'prechat') || partIn(chat(), 'bubble'), 5000, 'pre-chat form');
    partIn(chat(), 'prechat')?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await until(() => partIn(chat(), 'bubble') && partIn(chat(), 'composer'), 5000, "the bot's greeting");
    return chat()!;
  },
  async tickets(el, panel) {
    el.navigate('tickets');
    await until(() => partIn(viewIn(panel, 'lb-tickets'), 'ticket'), 5000, 'tickets list');
    return viewIn(panel, 'lb-tickets')!;
  },
  async 'new ticket'(el, panel) {
    el.navigate('tickets', { mode: 'new' });
    await until(() => partIn(partIn(viewIn(panel, 'lb-tickets'), 'form'), 'field'), 5000, 'new-ticket form');
    return viewIn(panel, 'lb-tickets')!;
  },
  async channels(el, panel) {
    el.navigate('channels');
    await until(() => partIn(viewIn(panel, 'lb-channel-picker'), 'channel'), 5000, 'channels');
    return viewIn(panel, 'lb-channel-picker')!;
  },
  async verify(el, panel) {
    el.navigate('verify', { query: 'https://xn--lifebuy-exchange-rkn.example/login' });
    await until(() => partIn(viewIn(panel, 'lb-verify'), 'verdict'), 5000, 'verdict');
    return viewIn(panel, 'lb-verify')!;
  },
};
