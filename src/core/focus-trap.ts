/**
 * Keeps Tab and Shift+Tab inside a container while active (the panel when it is modal on mobile).
 * Walks open shadow roots, since Lifebuoy views are nested custom elements.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

function isVisible(element: HTMLElement): boolean {
  if (element.closest('[hidden]')) return false;
  const rects = element.getClientRects();
  return rects.length > 0;
}

/** Focusable elements in tree order, descending into open shadow roots. */
export function focusableElements(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      if (child instanceof HTMLElement && child.hidden) continue;
      if (child instanceof HTMLElement && child.matches(FOCUSABLE) && isVisible(child)) found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      if (child instanceof HTMLSlotElement) {
        for (const assigned of child.assignedElements({ flatten: true })) {
          if (assigned instanceof HTMLElement && assigned.matches(FOCUSABLE) && isVisible(assigned)) found.push(assigned);
          visit(assigned);
        }
      } else visit(child);
    }
  };
  visit(root);
  return found;
}

/** The element that really has focus, looking through shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export class FocusTrapController implements ReactiveController {
  private enabled = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly container: () => HTMLElement | null) {
    host.addController(this);
  }

  set active(value: boolean) {
    if (value === this.enabled) return;
    this.enabled = value;
    if (value) this.host.addEventListener('keydown', this.onKeydown);
    else this.host.removeEventListener('keydown', this.onKeydown);
  }

  get active(): boolean {
    return this.enabled;
  }

  hostDisconnected(): void {
    this.active = false;
  }

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const container = this.container();
    if (!container) return;
    const focusables = focusableElements(container);
    if (focusables.length === 0) {
      event.preventDefault();
      container.focus();
      return;
    }
    const first = focusables[0]!;
    const last = focusables.at(-1)!;
    const active = deepActiveElement();
    if (event.shiftKey && (active === first || active === container)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };
}
