/**
 * Whether focus is on `element` or inside it, through shadow roots. `:focus-within` is not reliable
 * for shadow hosts whose content sits in the top layer (a popover), so walk the active elements.
 */
export function hasFocusWithin(element: Element): boolean {
  let active: Element | null | undefined = document.activeElement;
  while (active) {
    if (active === element || element.contains(active)) return true;
    active = active.shadowRoot?.activeElement;
  }
  return false;
}
