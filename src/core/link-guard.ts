/**
 * Link guard: links in agent/bot messages and articles that point outside the official domains open
 * only after a warning. (Stub API — issue 7 implements the interstitial and the domain check.)
 */

/** Hrefs that must never be followed, whatever the text says. */
export function isDangerousHref(href: string): boolean {
  return /^\s*(javascript|data|vbscript|file):/i.test(href);
}

/**
 * Call from a click listener on rendered rich text. Prevents the default and shows a warning when
 * the clicked link leaves the official domains; lets official links through.
 */
export function interceptLinkClick(event: MouseEvent, _host: HTMLElement): void {
  const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!anchor) return;
  if (isDangerousHref(anchor.getAttribute('href') ?? '')) event.preventDefault();
}
