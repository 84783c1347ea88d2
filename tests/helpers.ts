/** Shared helpers for browser tests. */
import { createDemoAdapter, type DemoAdapterOptions } from '../src/adapters/demo/index.js';
import { validated } from '../src/adapters/validated.js';
import type { SupportAdapter } from '../src/adapters/contract.js';
import { storageGate } from '../src/core/storage.js';

let namespaceCounter = 0;

/** A fast demo adapter with its own storage namespace, validated like the widget does. */
export function testAdapter(options: DemoAdapterOptions = {}): SupportAdapter {
  return validated(createDemoAdapter({ latency: 0, speed: 0, namespace: `test${Date.now()}_${namespaceCounter++}`, ...options }));
}

/** Forget everything Lifebuoy stored, and the consent, between tests. */
export function resetStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('lifebuoy:')) localStorage.removeItem(key);
  storageGate.revoke();
}

/** Resolves once `predicate` is true, polling each animation frame; rejects after `timeout` ms (generous, for a loaded CI machine). */
export async function until(predicate: () => unknown, timeout = 6000, message = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The first element matching `selector`, looking through open shadow roots. */
export function deepQuery<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T | null {
  const direct = root.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.shadowRoot) {
      const found = deepQuery<T>(element.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

/** Text a user would see, through shadow roots, whitespace collapsed. */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && (node.hasAttribute('hidden') || node.tagName === 'STYLE')) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const shadow = node instanceof Element ? node.shadowRoot : null;
    if (shadow) walk(shadow);
    if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(walk);
    else node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
