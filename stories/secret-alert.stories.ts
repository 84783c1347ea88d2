import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/secret-alert/define.js';
import type { SecretFinding, SecretScan } from '../src/core/secret-guard.js';

/** A scan result as `scanForSecrets` returns it (the alert never shows the text itself). */
function scan(...findings: Omit<SecretFinding, 'start' | 'end'>[]): SecretScan {
  const located = findings.map((finding, i) => ({ ...finding, start: i * 100, end: i * 100 + 80 }));
  const blocked = located.some((finding) => finding.action === 'block');
  return { findings: located, blocked, needsConfirmation: !blocked && located.length > 0 };
}

interface Args {
  scan: SecretScan;
}

const meta: Meta<Args> = {
  title: 'Safety/lb-secret-alert',
  component: 'lb-secret-alert',
  render: (args) => html`<div style="max-width: 400px; margin: 16px auto">
    <lb-secret-alert
      .scan=${args.scan}
      @lb-secret-confirm=${() => console.info('lb-secret-confirm')}
      @lb-secret-dismiss=${() => console.info('lb-secret-dismiss')}
    ></lb-secret-alert>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A 12-word recovery phrase. */
export const RecoveryPhrase: Story = { args: { scan: scan({ kind: 'mnemonic', action: 'block', language: 'english', words: 12, checksum: true }) } };

/** A recovery phrase typed with a mistake (checksum fails): still blocked. */
export const MistypedRecoveryPhrase: Story = { args: { scan: scan({ kind: 'mnemonic', action: 'block', language: 'chinese-simplified', words: 12, checksum: false }) } };

/** A WIF private key. */
export const PrivateKey: Story = { args: { scan: scan({ kind: 'wif', action: 'block', checksum: true }) } };

/** An extended private key (xprv/zprv). */
export const ExtendedPrivateKey: Story = { args: { scan: scan({ kind: 'xprv', action: 'block', checksum: true }) } };

/** An Ethereum keystore file. */
export const Keystore: Story = { args: { scan: scan({ kind: 'keystore', action: 'block' }) } };

/** Several secrets at once. */
export const Several: Story = {
  args: { scan: scan({ kind: 'mnemonic', action: 'block', language: 'english', words: 24, checksum: true }, { kind: 'wif', action: 'block', checksum: true }) },
};

/** 64 hex digits: "Is this a transaction hash?" with Yes, send / Edit. */
export const TransactionHashQuestion: Story = { args: { scan: scan({ kind: 'hex64', action: 'confirm' }) } };

/** Two hashes in one message. */
export const TwoTransactionHashes: Story = { args: { scan: scan({ kind: 'hex64', action: 'confirm' }, { kind: 'hex64', action: 'confirm' }) } };

/** No findings: nothing is rendered. */
export const Nothing: Story = { args: { scan: { findings: [], blocked: false, needsConfirmation: false } } };
