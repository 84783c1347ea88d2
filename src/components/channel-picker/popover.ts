/**
 * One open popover at a time, anchored to its trigger with floating-ui (loaded on first use, so it
 * costs nothing until someone opens a popover). The popover goes to the top layer (`popover="manual"`)
 * so the panel's scrolling body cannot clip it. Focus moves into the popover on open; Escape closes it,
 * returns focus to the trigger and is marked handled (`preventDefault`) so the panel stays open;
 * a click outside or focus moving elsewhere closes it without moving focus.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PopoverParts {
  trigger: HTMLElement;
  panel: HTMLElement;
}

let floatingUi: Promise<typeof import('@floating-ui/dom')> | undefined;
const loadFloatingUi = () => (floatingUi ??= import('@floating-ui/dom'));

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

export class PopoverController implements ReactiveController {
  /** The key of the open popover, or null. */
  openKey: string | null = null;
  private current?: PopoverParts;
  private stopAutoUpdate?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly find: (key: string) => PopoverParts | null,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close(false);
  }

  isOpen(key: string): boolean {
    return this.openKey === key;
  }

  async toggle(key: string): Promise<void> {
    if (this.openKey === key) this.close(true);
    else await this.open(key);
  }

  async open(key: string): Promise<void> {
    if (this.openKey) this.close(false);
    this.openKey = key;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const parts = this.openKey === key ? this.find(key) : null;
    if (!parts) return;
    this.current = parts;
    const { trigger, panel } = parts;
    if (supportsPopover && !panel.matches(':popover-open')) panel.showPopover();
    panel.focus();
    document.addEventListener('pointerdown', this.onPointerDown, true);
    const { autoUpdate, computePosition, flip, offset, shift, size } = await loadFloatingUi();
    if (this.current !== parts) return;
    this.stopAutoUpdate = autoUpdate(trigger, panel, () => {
      void computePosition(trigger, panel, {
        strategy: 'fixed',
        placement: 'bottom-end',
        // Taller than the room on either side (the week's hours on a short screen): it keeps to
        // the viewport and scrolls, rather than running off the top or bottom of the screen.
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight, elements }) => {
              elements.floating.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
            },
          }),
          shift({ padding: 8 }),
        ],
      }).then(({ x, y, placement }) => {
        panel.style.left = `${x}px`;
        panel.style.top = `${y}px`;
        panel.dataset.placement = placement;
      });
    });
  }

  /** Closes the open popover; with `returnFocus`, focus goes back to its trigger. */
  close(returnFocus = true): void {
    if (!this.openKey) return;
    const parts = this.current;
    this.openKey = null;
    this.current = undefined;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    if (parts) {
      if (supportsPopover && parts.panel.matches(':popover-open')) parts.panel.hidePopover();
      if (returnFocus) parts.trigger.focus();
    }
    this.host.requestUpdate();
  }

  /** Bind to the popover's `keydown`. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.openKey || event.isComposing) return;
    event.preventDefault();
    this.close(true);
  };

  /** Bind to the popover's `focusout`. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const parts = this.current;
    if (!parts || !next) return;
    if (parts.panel.contains(next) || parts.trigger.contains(next)) return;
    this.close(false);
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    const parts = this.current;
    if (!parts) return;
    const path = event.composedPath();
    if (path.includes(parts.panel) || path.includes(parts.trigger)) return;
    this.close(false);
  };
}
