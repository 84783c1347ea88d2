/**
 * Screens a search query with the secret guard before it leaves the browser: a recovery phrase
 * or private key pasted into a search box must not reach a search backend or the recent-search
 * list. A 64-hex string is held back too — a search never needs a private key, and a help-center
 * search never needs a transaction hash.
 */
import { scanForSecrets } from '../secret-guard.js';

export async function screenQuery(query: string): Promise<string | null> {
  const scan = await scanForSecrets(query);
  return scan.blocked || scan.needsConfirmation ? (scan.findings[0]?.kind ?? 'secret') : null;
}
