/**
 * The demo exchange's official channels and staff-message signatures.
 *
 * Everything uses reserved names so nothing points at a real company: the `.example` top-level
 * domain (RFC 2606) and the telephone ranges set aside for fiction (US 555-01xx, UK 020 7946 0xxx,
 * Australia 02 5550 xxxx). Handles are the demo brand's.
 *
 * Staff signatures: the demo backend "signs" a staff message by recording its id (a real backend
 * would check an HMAC or a signature from its agent desk). The demo chat calls
 * `recordStaffSignature(context, messageId)` for every genuine bot or agent message, and the demo
 * tickets for every reply the demo agent writes (`'tickets'`: kept as long as the tickets, while
 * chat signatures keep only the recent ones); `verifyStaffMessages` answers `verified: false` for
 * anything else — e.g. a message claiming to be staff that the backend never signed.
 */
import type { VerificationApi } from '../contract.js';
import type { OfficialChannels, StaffSignatureCheck } from '../schemas.js';
import type { DemoContext } from './context.js';

export const DEMO_OFFICIAL_CHANNELS: OfficialChannels = {
  domains: [
    'lifebuoy-exchange.example', // web, app, help center, api, status (all subdomains)
    'lifebuoy.example', // short domain used in emails and SMS links
    'lbx.example', // link shortener
  ],
  emails: [
    'support@lifebuoy-exchange.example',
    'vip@lifebuoy-exchange.example',
    'security@lifebuoy-exchange.example',
    'compliance@lifebuoy-exchange.example',
    'no-reply@notice.lifebuoy-exchange.example',
  ],
  phones: [
    '+18005550142', // United States and Canada, toll free (fictional 555-01xx range)
    '+442079460958', // United Kingdom (Ofcom drama range 020 7946 0xxx)
    '+61255501234', // Australia (ACMA drama range 02 5550 xxxx)
  ],
  handles: [
    { platform: 'x', handle: 'LifebuoyEx' },
    { platform: 'x', handle: 'LifebuoySupport' },
    { platform: 'telegram', handle: 'lifebuoy_exchange' },
    { platform: 'telegram', handle: 'lifebuoy_announcements' },
    { platform: 'discord', handle: 'lifebuoy' },
    { platform: 'youtube', handle: 'LifebuoyExchange' },
    { platform: 'instagram', handle: 'lifebuoy.exchange' },
  ],
  brands: ['lifebuoy', 'lbx'],
};

const SIGNATURES = { chat: 'staff-signatures', tickets: 'staff-signatures.tickets' } as const;

/** Marks a demo bot or agent message as genuinely sent by staff (the demo's stand-in for a backend signature). */
export function recordStaffSignature(context: DemoContext, messageId: string, domain: keyof typeof SIGNATURES = 'chat'): void {
  recordStaffSignatures(context, [messageId], domain);
}

/** Marks several messages at once; storage is written only when one was not marked yet. */
export function recordStaffSignatures(context: DemoContext, messageIds: string[], domain: keyof typeof SIGNATURES = 'chat'): void {
  const signed = context.db.read<string[]>(SIGNATURES[domain], () => []);
  const added = messageIds.filter((id) => !signed.includes(id));
  if (!added.length) return;
  context.db.update<string[]>(SIGNATURES[domain], () => [], (ids) => {
    ids.push(...added);
    // Keep the chat's collection small: only recent chat messages are ever asked about. A ticket
    // thread is read again long after (and the demo agent writes a few replies per ticket).
    if (domain === 'chat' && ids.length > 500) ids.splice(0, ids.length - 500);
  });
}

export function createDemoVerification(context: DemoContext): VerificationApi {
  return {
    async officialChannels() {
      return structuredClone(DEMO_OFFICIAL_CHANNELS);
    },
    async verifyStaffMessages(messageIds): Promise<StaffSignatureCheck[]> {
      const signed = new Set(Object.values(SIGNATURES).flatMap((collection) => context.db.read<string[]>(collection, () => [])));
      return messageIds.map((messageId) => ({ messageId, verified: signed.has(messageId) }));
    },
  };
}
