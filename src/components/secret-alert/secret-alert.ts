import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from '../../core/events.js';
import { LocalizeController } from '../../core/i18n.js';
import type { SecretKind, SecretScan } from '../../core/secret-guard.js';
import { base, tokens } from '../../styles/tokens.js';
import { icons } from '../../styles/icons.js';
import { secretAlertStyles } from './secret-alert.styles.js';

declare module '../../core/events.js' {
  interface LbEventDetails {
    'lb-secret-confirm': Record<string, never>;
    'lb-secret-dismiss': Record<string, never>;
  }
}

declare global {
  interface HTMLElementEventMap {
    'lb-secret-confirm': CustomEvent<Record<string, never>>;
    'lb-secret-dismiss': CustomEvent<Record<string, never>>;
  }
}

// What each blocking kind says, in display order. A hex private key and a WIF one get the same
// words: "This looks like a private key."
const REASON_KEY = {
  mnemonic: 'safety.secret.mnemonic',
  wif: 'safety.secret.wif',
  xprv: 'safety.secret.xprv',
  keystore: 'safety.secret.keystore',
  hexkey: 'safety.secret.wif',
} as const satisfies Record<Exclude<SecretKind, 'hex64'>, string>;
const BLOCKING_KINDS = Object.keys(REASON_KEY) as (keyof typeof REASON_KEY)[];

/**
 * Explains why text was held back by the secret guard, right where the user typed it. For a
 * recovery phrase or private key: what was found, that support never asks for it, and that it was
 * not sent. For a 64-hex string: "Is this a transaction hash?" with [Yes, send] and [Edit].
 * Renders nothing while `scan` has no findings. Never shows the secret itself.
 *
 * @summary Secret-guard warning under a composer or form.
 *
 * @csspart base - The alert box (`role="alert"`).
 * @csspart title - The headline.
 * @csspart reasons - The list of what was found.
 * @csspart reason - One kind of secret found.
 * @csspart advice - What to do if someone asked for it.
 * @csspart confirm-button - "Yes, send" (only for transaction-hash questions).
 * @csspart edit-button - "Edit".
 *
 * @cssprop --lb-color-danger - Text and border of a blocked message.
 * @cssprop --lb-color-danger-surface - Background of a blocked message.
 * @cssprop --lb-color-warning - Text and border of the transaction-hash question.
 * @cssprop --lb-color-warning-surface - Background of the transaction-hash question.
 *
 * @fires lb-secret-confirm - The user confirmed a "confirm" finding (it is a transaction hash): send it.
 * @fires lb-secret-dismiss - The user chose to edit the text.
 */
export class LbSecretAlert extends LitElement {
  static override styles = [tokens, base, secretAlertStyles];

  private readonly localize = new LocalizeController(this);

  /** The scan result to explain; nothing renders when it has no findings. */
  @property({ attribute: false }) scan?: SecretScan;

  private confirm() {
    emit(this, 'lb-secret-confirm', {});
  }

  private dismiss() {
    emit(this, 'lb-secret-dismiss', {});
  }

  override render() {
    const scan = this.scan;
    if (!scan?.findings.length) return nothing;
    const t = this.localize;
    if (scan.blocked) {
      const kinds = BLOCKING_KINDS.filter((kind) => scan.findings.some((finding) => finding.kind === kind && finding.action === 'block'));
      // One line per distinct reason: a WIF key and a hex key read the same.
      const reasons = kinds.filter((kind, index) => kinds.findIndex((other) => REASON_KEY[other] === REASON_KEY[kind]) === index);
      return html`
        <div class="alert blocked" part="base" role="alert">
          <span class="icon">${icons.warning}</span>
          <div class="content">
            <p class="title" part="title">${t.t('safety.secret.blockedTitle')}</p>
            <ul part="reasons">
              ${reasons.map((kind) => html`<li part="reason" data-kind=${kind}>${t.t(REASON_KEY[kind])}</li>`)}
            </ul>
            <p part="advice">${t.t('safety.secret.advice')}</p>
            <div class="actions">
              <button type="button" class="button" part="edit-button" @click=${this.dismiss}>${t.t('safety.secret.edit')}</button>
            </div>
          </div>
        </div>
      `;
    }
    const count = scan.findings.filter((finding) => finding.kind === 'hex64').length;
    return html`
      <div class="alert confirm" part="base" role="alert">
        <span class="icon">${icons.info}</span>
        <div class="content">
          <p class="title" part="title">${t.t('safety.secret.confirmTitle')}</p>
          <p part="advice">${t.t('safety.secret.hex64', { count: Math.max(1, count) })}</p>
          <div class="actions">
            <button type="button" class="button primary" part="confirm-button" @click=${this.confirm}>${t.t('safety.secret.send')}</button>
            <button type="button" class="button" part="edit-button" @click=${this.dismiss}>${t.t('safety.secret.edit')}</button>
          </div>
        </div>
      </div>
    `;
  }
}
