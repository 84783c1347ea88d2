/**
 * Host helpers shared by the official-channel check and the link guard. Kept apart from
 * `official-check.ts` so the link guard, which every message view imports, stays small; the full
 * check loads only when a warning is shown.
 */

/** A host or domain in lower-case ASCII (punycode for Unicode), without a trailing dot. */
export function asciiHost(domain: string): string {
  const trimmed = domain.trim().replace(/^\*\./, '').replace(/\.$/, '');
  let host: string;
  try {
    host = new URL(`http://${trimmed}`).hostname;
  } catch {
    host = trimmed.toLowerCase();
  }
  return host.replace(/\.$/, '');
}

/** True when `host` is one of `domains` or a subdomain of one. */
export function isOfficialHost(host: string, domains: readonly string[]): boolean {
  const ascii = asciiHost(host);
  return domains.some((domain) => {
    const official = asciiHost(domain);
    return official !== '' && (ascii === official || ascii.endsWith(`.${official}`));
  });
}
