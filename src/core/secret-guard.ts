/**
 * Secret guard: checks user text before it leaves the browser. (Stub API — issue 7 implements it.)
 * A mnemonic or private key blocks sending; a raw 64-hex string asks for confirmation
 * (transaction hashes look the same).
 */
export type SecretKind = 'mnemonic' | 'wif' | 'xprv' | 'keystore' | 'hex64';

export interface SecretFinding {
  kind: SecretKind;
  /** block: never send. confirm: ask "is this a transaction hash?" first. */
  action: 'block' | 'confirm';
  /** Character range of the finding in the scanned text. */
  start: number;
  end: number;
}

export interface SecretScan {
  findings: SecretFinding[];
  /** True when any finding blocks sending. */
  blocked: boolean;
  /** True when nothing blocks but a finding needs the user's confirmation. */
  needsConfirmation: boolean;
}

export async function scanForSecrets(text: string): Promise<SecretScan> {
  const findings: SecretFinding[] = [];
  for (const match of text.matchAll(/\b(?:0x)?[0-9a-fA-F]{64}\b/g)) {
    findings.push({ kind: 'hex64', action: 'confirm', start: match.index, end: match.index + match[0].length });
  }
  const blocked = findings.some((f) => f.action === 'block');
  return { findings, blocked, needsConfirmation: !blocked && findings.length > 0 };
}
