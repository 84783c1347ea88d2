/**
 * Puts an element in the browser's top layer (as a manual popover) so that no transformed or
 * clipped ancestor and no z-index on the host page can cover or distort it. Browsers without the
 * Popover API keep `position: fixed` and the configurable z-index.
 */
export function showInTopLayer(element: HTMLElement): void {
  if (!element.isConnected || typeof element.showPopover !== 'function' || !element.hasAttribute('popover')) return;
  try {
    if (element.matches(':popover-open')) element.hidePopover(); // re-adding moves it to the top
    element.showPopover();
  } catch {
    // not connected to a document yet, or a detached shadow tree: stay in normal flow
  }
}
