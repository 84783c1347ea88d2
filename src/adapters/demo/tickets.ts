/**
 * Demo tickets: a realistic form definition for a crypto exchange, and tickets that move through
 * statuses over time (open → pending with an agent reply → solved), with unread replies and one
 * ticket per idempotency key, persisted in the demo database. Time is computed from the clock
 * when tickets are read, so no timer runs; `options.speed` scales every delay (0 = instant).
 * Every reply the demo agent writes (the seed's included) is signed as genuine staff
 * (`recordStaffSignature`), so the thread's staff-signature check confirms it.
 */
import { AdapterError, type TicketsApi } from '../contract.js';
import type {
  CreateTicketInput, Participant, Ticket, TicketCategory, TicketDetail, TicketField, TicketFormDefinition, TicketMessage,
} from '../schemas.js';
import type { DemoContext } from './context.js';
import { recordStaffSignature, recordStaffSignatures } from './verification.js';

// ------------------------------------------------------------------ the form definition

const ASSETS = [
  { value: 'USDT', label: 'USDT', precision: 6 },
  { value: 'USDC', label: 'USDC', precision: 6 },
  { value: 'BTC', label: 'BTC', precision: 8 },
  { value: 'ETH', label: 'ETH', precision: 18 },
  { value: 'SOL', label: 'SOL', precision: 9 },
  { value: 'XRP', label: 'XRP', precision: 6 },
  { value: 'TRX', label: 'TRX', precision: 6 },
  { value: 'TON', label: 'TON', precision: 9 },
  { value: 'XLM', label: 'XLM', precision: 7 },
  { value: 'BNB', label: 'BNB', precision: 18 },
  { value: 'LTC', label: 'LTC', precision: 8 },
  { value: 'DOGE', label: 'DOGE', precision: 8 },
];

const NETWORK_OPTIONS = [
  { value: 'ETH', label: 'Ethereum (ERC20)' },
  { value: 'TRX', label: 'TRON (TRC20)' },
  { value: 'BSC', label: 'BNB Smart Chain (BEP20)' },
  { value: 'SOL', label: 'Solana' },
  { value: 'BTC', label: 'Bitcoin' },
  { value: 'ARBITRUM', label: 'Arbitrum One' },
  { value: 'POLYGON', label: 'Polygon PoS' },
  { value: 'BASE', label: 'Base' },
  { value: 'XRP', label: 'XRP Ledger' },
  { value: 'TON', label: 'TON' },
  { value: 'XLM', label: 'Stellar' },
  { value: 'LTC', label: 'Litecoin' },
  { value: 'DOGE', label: 'Dogecoin' },
];

const IMAGES_PDF = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'];

const uid = (required = true): TicketField => ({
  id: 'uid', type: 'uid', label: 'UID', required,
  helpText: 'Your account number: Profile → UID (digits only). Never share your password or codes.',
  placeholder: '12345678',
});
const asset: TicketField = { id: 'asset', type: 'select', label: 'Coin', required: true, options: ASSETS };
const network = (id = 'network', label = 'Network'): TicketField => ({
  id, type: 'network', label, required: true, options: NETWORK_OPTIONS,
  helpText: 'The network selected when the transfer was made.',
});
const amount = (networkField = 'network'): TicketField => ({
  id: 'amount', type: 'amount', label: 'Amount', required: true, networkField, assetField: 'asset', placeholder: '0.00',
});
const when = (id: string, label: string, required = true, helpText?: string): TicketField => ({
  id, type: 'datetime', label, required, helpText,
});
const screenshots = (required = false, helpText = 'Screenshots or PDF statements. Hide anything private, such as your recovery phrase.'): TicketField => ({
  id: 'files', type: 'file', label: 'Screenshots', required, helpText, maxFiles: 5, maxBytes: 10 * 1024 * 1024, accept: IMAGES_PDF,
});

const CATEGORIES: TicketCategory[] = [
  {
    id: 'account-appeal',
    name: 'Account restriction or appeal',
    description: 'Your account, withdrawals or trading were restricted and you want a review.',
    expectedResponseMinutes: 24 * 60,
    incidentTags: ['account'],
    fields: [
      uid(),
      {
        id: 'restriction', type: 'select', label: 'What is restricted?', required: true,
        options: [
          { value: 'login', label: 'I cannot log in' },
          { value: 'withdrawals', label: 'Withdrawals are locked' },
          { value: 'trading', label: 'Trading is restricted' },
          { value: 'frozen', label: 'The whole account is frozen' },
        ],
      },
      when('noticed-at', 'When did you notice it?', false),
      {
        id: 'notice-text', type: 'text', label: 'Message shown by the app', required: false,
        helpText: 'Copy the exact wording, if there was one.',
      },
      screenshots(false, 'Documents that support your appeal (ID, proof of funds), as images or PDF.'),
    ],
  },
  {
    id: 'login-2fa',
    name: 'Login or 2FA problem',
    description: 'You cannot log in, lost your authenticator, or codes do not arrive.',
    expectedResponseMinutes: 4 * 60,
    incidentTags: ['login'],
    fields: [
      { id: 'email', type: 'email', label: 'Email address of the account', required: true, placeholder: 'you@example.com' },
      uid(false),
      {
        id: 'problem', type: 'select', label: 'What happens?', required: true,
        options: [
          { value: 'lost-device', label: 'I lost my 2FA device' },
          { value: 'code-rejected', label: 'My 2FA code is rejected' },
          { value: 'no-code', label: 'I do not receive the SMS or email code' },
          { value: 'locked', label: 'Locked after too many attempts' },
          { value: 'password-reset', label: 'Password reset does not work' },
        ],
      },
      {
        id: 'method', type: 'select', label: 'Which 2FA method?', required: true,
        showWhen: { field: 'problem', equals: ['lost-device', 'code-rejected'] },
        options: [
          { value: 'authenticator', label: 'Authenticator app' },
          { value: 'sms', label: 'SMS' },
          { value: 'email', label: 'Email' },
          { value: 'passkey', label: 'Passkey or security key' },
        ],
      },
      {
        id: 'time-synced', type: 'select', label: 'Is your phone set to automatic time?', required: false,
        showWhen: { field: 'method', equals: ['authenticator'] },
        helpText: 'Authenticator codes fail when the phone clock is off by more than a minute.',
        options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, { value: 'unsure', label: 'Not sure' }],
      },
      when('last-login', 'Last successful login (approximately)', false),
      {
        ...screenshots(true, 'A selfie holding your ID next to a note with today\'s date. We use it only to verify the reset.'),
        id: 'selfie', label: 'Identity check photo', maxFiles: 2, accept: ['image/png', 'image/jpeg'],
        showWhen: { field: 'problem', equals: ['lost-device'] },
      },
    ],
  },
  {
    id: 'kyc',
    name: 'Identity verification (KYC)',
    description: 'Your verification was rejected, is stuck in review, or a document is not accepted.',
    expectedResponseMinutes: 24 * 60,
    incidentTags: ['kyc'],
    fields: [
      uid(),
      {
        id: 'level', type: 'select', label: 'Verification level', required: true,
        options: [{ value: 'basic', label: 'Basic' }, { value: 'advanced', label: 'Advanced' }, { value: 'institutional', label: 'Institutional' }],
      },
      {
        id: 'kyc-problem', type: 'select', label: 'What is the problem?', required: true,
        options: [
          { value: 'rejected', label: 'It was rejected' },
          { value: 'stuck', label: 'It is stuck in review' },
          { value: 'document', label: 'My document is not accepted' },
          { value: 'mismatch', label: 'Name or date of birth does not match' },
        ],
      },
      {
        id: 'rejection-reason', type: 'text', label: 'Reason given for the rejection', required: true,
        showWhen: { field: 'kyc-problem', equals: ['rejected'] }, helpText: 'Copy the reason shown in the app.',
      },
      when('submitted-at', 'When did you submit it?', false),
      screenshots(false, 'The screen showing the status, or the document that was refused (images or PDF).'),
    ],
  },
  {
    id: 'deposit',
    name: 'Deposit not credited',
    description: 'You sent crypto to your deposit address and it has not arrived.',
    expectedResponseMinutes: 2 * 60,
    incidentTags: ['deposits'],
    fields: [
      uid(),
      asset,
      network(),
      {
        id: 'tx-hash', type: 'tx-hash', label: 'Transaction hash (TxID)', required: true, networkField: 'network',
        helpText: 'Find it in the history of the wallet or exchange you sent from.',
      },
      {
        id: 'address', type: 'address', label: 'Deposit address you sent to', required: true, networkField: 'network',
        helpText: 'Copy it from your deposit page, not from memory.',
      },
      {
        id: 'memo', type: 'memo', label: 'Memo / tag', required: true, networkField: 'network',
        helpText: 'This network needs the memo or tag shown on your deposit page.',
      },
      amount(),
      when('sent-at', 'When did you send it?', true, 'Your local time, as shown in the sending wallet.'),
      screenshots(),
    ],
  },
  {
    id: 'withdrawal',
    name: 'Withdrawal not received',
    description: 'Your withdrawal is stuck, or completed here but did not arrive.',
    expectedResponseMinutes: 2 * 60,
    incidentTags: ['withdrawals'],
    fields: [
      uid(),
      asset,
      network(),
      {
        id: 'withdrawal-status', type: 'select', label: 'Status in your withdrawal history', required: true,
        options: [
          { value: 'processing', label: 'Pending or processing' },
          { value: 'completed', label: 'Completed, but not in my wallet' },
          { value: 'failed', label: 'Failed or cancelled' },
        ],
      },
      {
        id: 'tx-hash', type: 'tx-hash', label: 'Transaction hash (TxID)', required: true, networkField: 'network',
        showWhen: { field: 'withdrawal-status', equals: ['completed'] },
        helpText: 'Shown next to the withdrawal in your history.',
      },
      {
        id: 'address', type: 'address', label: 'Destination address', required: true, networkField: 'network',
        helpText: 'The address you withdrew to.',
      },
      {
        id: 'memo', type: 'memo', label: 'Memo / tag you entered', required: false, networkField: 'network',
      },
      amount(),
      when('requested-at', 'When did you request it?'),
      { id: 'destination', type: 'text', label: 'Receiving wallet or exchange', required: false, placeholder: 'e.g. Ledger, MetaMask, another exchange' },
      screenshots(),
    ],
  },
  {
    id: 'wrong-network',
    name: 'Wrong address, network or memo',
    description: 'You sent crypto on the wrong network, to a wrong address, or without the memo.',
    expectedResponseMinutes: 3 * 24 * 60,
    incidentTags: ['deposits'],
    fields: [
      uid(),
      {
        id: 'mistake', type: 'select', label: 'What went wrong?', required: true,
        options: [
          { value: 'network', label: 'I used the wrong network' },
          { value: 'memo', label: 'I forgot the memo or tag, or entered a wrong one' },
          { value: 'address', label: 'I sent to a wrong address' },
          { value: 'token', label: 'I sent a token this platform does not support' },
        ],
      },
      asset,
      network('network', 'Network you sent on'),
      {
        ...network('expected-network', 'Network you should have used'),
        showWhen: { field: 'mistake', equals: ['network'] },
      },
      {
        id: 'tx-hash', type: 'tx-hash', label: 'Transaction hash (TxID)', required: true, networkField: 'network',
      },
      {
        id: 'address', type: 'address', label: 'Address you sent to', required: true, networkField: 'network',
        helpText: 'We check whether it belongs to the network you chose.',
      },
      {
        id: 'memo', type: 'memo', label: 'Memo / tag you used, if any', required: false, networkField: 'network',
        showWhen: { field: 'mistake', equals: ['memo'] },
      },
      {
        id: 'token-contract', type: 'text', label: 'Token contract address', required: false,
        showWhen: { field: 'mistake', equals: ['token'] },
      },
      amount(),
      when('sent-at', 'When did you send it?'),
    ],
  },
  {
    id: 'trading',
    name: 'Trading or order dispute',
    description: 'An order was filled at an unexpected price, liquidated, or charged a wrong fee.',
    expectedResponseMinutes: 24 * 60,
    incidentTags: ['trading'],
    fields: [
      uid(),
      {
        id: 'market', type: 'select', label: 'Market', required: true,
        options: [{ value: 'spot', label: 'Spot' }, { value: 'margin', label: 'Margin' }, { value: 'futures', label: 'Futures' }, { value: 'options', label: 'Options' }],
      },
      { id: 'pair', type: 'text', label: 'Trading pair', required: true, placeholder: 'BTC/USDT' },
      { id: 'order-id', type: 'text', label: 'Order ID', required: true, helpText: 'Orders → Order history → the order → Order ID.' },
      {
        id: 'dispute', type: 'select', label: 'What happened?', required: true,
        options: [
          { value: 'price', label: 'Filled at an unexpected price' },
          { value: 'liquidation', label: 'My position was liquidated' },
          { value: 'fee', label: 'The fee looks wrong' },
          { value: 'stuck', label: 'The order is stuck or cannot be cancelled' },
        ],
      },
      {
        id: 'leverage', type: 'text', label: 'Leverage used', required: false, placeholder: '10x',
        showWhen: { field: 'market', equals: ['margin', 'futures'] },
      },
      when('order-at', 'Time of the order'),
      screenshots(),
    ],
  },
  {
    id: 'api-keys',
    name: 'API keys',
    description: 'Creating, using or revoking API keys. Never send us an API secret.',
    expectedResponseMinutes: 24 * 60,
    incidentTags: ['api'],
    fields: [
      uid(),
      {
        id: 'api-problem', type: 'select', label: 'What is the problem?', required: true,
        options: [
          { value: 'create', label: 'I cannot create a key' },
          { value: 'rejected', label: 'Requests with my key are rejected' },
          { value: 'ip', label: 'IP whitelist' },
          { value: 'limits', label: 'Rate limits' },
          { value: 'leaked', label: 'I think my key leaked' },
        ],
      },
      {
        id: 'key-label', type: 'text', label: 'Key label or first 6 characters of the API key', required: false,
        helpText: 'Only the public key or its label. Never the secret.',
      },
      {
        id: 'error-code', type: 'text', label: 'Error code returned', required: false, placeholder: '-2015',
        showWhen: { field: 'api-problem', equals: ['rejected', 'limits'] },
      },
      {
        ...when('leaked-at', 'When did you notice?', true, 'Delete the key right away under API management.'),
        showWhen: { field: 'api-problem', equals: ['leaked'] },
      },
    ],
  },
  {
    id: 'p2p',
    name: 'P2P trade dispute',
    description: 'A problem with a P2P order: crypto not released, payment disputed, or no answer.',
    expectedResponseMinutes: 60,
    incidentTags: ['p2p'],
    fields: [
      uid(),
      { id: 'order-number', type: 'text', label: 'P2P order number', required: true },
      {
        id: 'role', type: 'select', label: 'You were the', required: true,
        options: [{ value: 'buyer', label: 'Buyer' }, { value: 'seller', label: 'Seller' }],
      },
      {
        id: 'p2p-issue', type: 'select', label: 'What happened?', required: true,
        options: [
          { value: 'not-released', label: 'I paid, but the crypto was not released' },
          { value: 'not-paid', label: 'The buyer marked it paid, but I received nothing' },
          { value: 'unresponsive', label: 'The other side does not answer' },
          { value: 'fraud', label: 'I suspect fraud' },
        ],
      },
      { id: 'counterparty', type: 'text', label: 'Nickname of the other side', required: false },
      { id: 'fiat-amount', type: 'amount', label: 'Fiat amount', required: true, precision: 2, placeholder: '100.00' },
      when('paid-at', 'When was the payment made?', true),
      screenshots(true, 'Payment proof: the bank or wallet receipt (images or PDF).'),
    ],
  },
  {
    id: 'other',
    name: 'Something else',
    description: 'Anything the other categories do not cover.',
    expectedResponseMinutes: 24 * 60,
    incidentTags: [],
    fields: [uid(false), screenshots()],
  },
];

export const DEMO_TICKET_FORM: TicketFormDefinition = { categories: CATEGORIES };

// ------------------------------------------------------------------ tickets over time

/** After this long without an answer, the agent replies (scaled by speed). */
const AGENT_REPLY_MS = 30_000;
/** A pending ticket the user does not answer is marked solved after this long. */
const AUTO_SOLVE_MS = 3 * 60_000;

const AGENT: Participant = { id: 'agent-mia', role: 'agent', name: 'Mia · Support', verified: true };

interface TicketRecord {
  detail: TicketDetail;
  /** The idempotency key it was created with. */
  key: string;
  /** Agent replies since the ticket was (re)opened: the first asks, the second resolves. */
  round: number;
  /** When the agent answers next (epoch ms); none while waiting for the user. */
  replyAt?: number;
  /** When a pending ticket is marked solved; none for seeded tickets. */
  solveAt?: number;
}

const FIRST_REPLY: Record<string, string> = {
  deposit: 'Thanks for the details. I have asked our wallet team to trace the transaction. Could you confirm that the memo or tag matches your deposit page? Reply here either way.',
  withdrawal: 'Thanks for reaching out. Your withdrawal has been passed to our payments team for a manual check. Could you confirm the receiving wallet supports this network?',
  'wrong-network': 'Thanks. Recovery is sometimes possible when we control the receiving address. Our team is checking; there may be a recovery fee. Please confirm you agree to proceed.',
  'login-2fa': 'Thanks for the information. For your security, please complete the identity check linked in the app (never share codes or your password here).',
};
const DEFAULT_FIRST_REPLY = 'Thanks for contacting us. An agent is looking into your request. Is there anything you would like to add?';
const RESOLUTION = 'This is resolved on our side: the funds are credited and visible in your account. I am marking the ticket as solved. Reply within 7 days if anything is still wrong.';
const AUTO_SOLVED = 'As we have not heard back, we have marked this ticket as solved. Reply to reopen it.';

export function createDemoTickets(context: DemoContext): TicketsApi {
  const scale = (ms: number) => ms * context.options.speed;
  const iso = (ms: number) => new Date(ms).toISOString();

  const seed = (): TicketRecord[] => {
    const now = context.now();
    const hour = 3_600_000;
    const record = (detail: Omit<TicketDetail, 'unread' | 'fields'> & { unread?: number; fields?: Record<string, string> }, round: number): TicketRecord => ({
      detail: { unread: 0, fields: {}, ...detail }, key: `seed-${detail.id}`, round,
    });
    const me = author();
    return [
      record({
        id: 't_seed_withdrawal', number: '100231', subject: 'USDT withdrawal to my Ledger still processing', categoryId: 'withdrawal',
        status: 'pending', createdAt: iso(now - 26 * hour), updatedAt: iso(now - 2 * hour), unread: 1, expectedResponseMinutes: 120,
        fields: { asset: 'USDT', network: 'TRX', 'withdrawal-status': 'processing', amount: '250', address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' },
        messages: [
          { id: 'tm_seed_1', author: me, text: 'My USDT withdrawal on TRON has shown "processing" since yesterday.', attachments: [], createdAt: iso(now - 26 * hour) },
          { id: 'tm_seed_2', author: AGENT, text: FIRST_REPLY.withdrawal!, attachments: [], createdAt: iso(now - 2 * hour) },
        ],
      }, 1),
      record({
        id: 't_seed_login', number: '100198', subject: 'Authenticator codes rejected after changing phone', categoryId: 'login-2fa',
        status: 'solved', createdAt: iso(now - 5 * 24 * hour), updatedAt: iso(now - 4 * 24 * hour), expectedResponseMinutes: 240,
        fields: { problem: 'code-rejected', method: 'authenticator' },
        messages: [
          { id: 'tm_seed_3', author: me, text: 'Since I moved to a new phone, every 2FA code is rejected.', attachments: [], createdAt: iso(now - 5 * 24 * hour) },
          {
            id: 'tm_seed_4', author: AGENT, createdAt: iso(now - 4 * 24 * hour),
            text: 'Your phone clock was out of sync. After turning on automatic time the codes work again, as confirmed in your last login. Marking this solved.',
            attachments: [{
              id: 'att_seed_guide', name: 'time-sync-guide.svg', size: 1843, mimeType: 'image/svg+xml',
              url: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 width=%22160%22 height=%2290%22%3E%3Crect width=%22160%22 height=%2290%22 fill=%22%23e5edff%22/%3E%3Ccircle cx=%2280%22 cy=%2245%22 r=%2228%22 fill=%22none%22 stroke=%22%231a56db%22 stroke-width=%226%22/%3E%3Cpath d=%22M80 27v18l12 8%22 stroke=%22%231a56db%22 stroke-width=%226%22 fill=%22none%22/%3E%3C/svg%3E',
            }],
          },
        ],
      }, 2),
      record({
        id: 't_seed_kyc', number: '100150', subject: 'Advanced verification rejected: blurry document', categoryId: 'kyc',
        status: 'closed', createdAt: iso(now - 30 * 24 * hour), updatedAt: iso(now - 28 * 24 * hour), expectedResponseMinutes: 1440,
        messages: [
          { id: 'tm_seed_5', author: me, text: 'My advanced verification was rejected because the document was blurry. I uploaded a new scan.', attachments: [], createdAt: iso(now - 30 * 24 * hour) },
          { id: 'tm_seed_6', author: AGENT, text: 'The new scan was accepted and your advanced verification is complete.', attachments: [], createdAt: iso(now - 28 * 24 * hour) },
        ],
      }, 2),
    ];
  };
  // Signed on first load rather than when seeding, so seed replies stored before demo tickets were
  // signed (an older demo in the same browser) verify too.
  let seedSigned = false;
  const signSeedReplies = (records: TicketRecord[]) => {
    if (seedSigned) return;
    seedSigned = true;
    const seedReplies = records.filter(({ key }) => key.startsWith('seed-'))
      .flatMap(({ detail }) => detail.messages.filter((message) => message.author.role === 'agent').map((message) => message.id));
    recordStaffSignatures(context, seedReplies, 'tickets');
  };

  /** The demo agent writes in the thread; the backend signs the reply as genuine staff. */
  function agentReply(ticket: TicketDetail, at: number, text: string): void {
    const id = `tm_${ticket.id}_${ticket.messages.length}`;
    recordStaffSignature(context, id, 'tickets');
    ticket.messages.push({ id, author: AGENT, attachments: [], createdAt: iso(at), text });
  }

  function author(): Participant {
    const user = context.user();
    return { id: user?.uid ?? 'me', role: 'user', name: user?.name ?? 'You' };
  }

  /** Applies every status change due by now (the agent answering, auto-solve). */
  function advance(record: TicketRecord, now: number): boolean {
    let changed = false;
    for (let step = 0; step < 4; step++) {
      const ticket = record.detail;
      if (record.replyAt !== undefined && now >= record.replyAt && ticket.status === 'open') {
        const at = record.replyAt;
        const resolves = record.round >= 1;
        agentReply(ticket, at, resolves ? RESOLUTION : FIRST_REPLY[ticket.categoryId] ?? DEFAULT_FIRST_REPLY);
        ticket.status = resolves ? 'solved' : 'pending';
        ticket.unread += 1;
        ticket.updatedAt = iso(at);
        record.round += 1;
        record.replyAt = undefined;
        record.solveAt = resolves ? undefined : at + scale(AUTO_SOLVE_MS);
        changed = true;
      } else if (record.solveAt !== undefined && now >= record.solveAt && ticket.status === 'pending') {
        const at = record.solveAt;
        agentReply(ticket, at, AUTO_SOLVED);
        ticket.status = 'solved';
        ticket.unread += 1;
        ticket.updatedAt = iso(at);
        record.solveAt = undefined;
        changed = true;
      } else break;
    }
    return changed;
  }

  const load = (): TicketRecord[] => {
    const records = context.db.read<TicketRecord[]>('ticketRecords', seed);
    signSeedReplies(records);
    const now = context.now();
    if (records.map((record) => advance(record, now)).some(Boolean)) context.db.write('ticketRecords', records);
    return records;
  };
  const save = (records: TicketRecord[]) => context.db.write('ticketRecords', records);
  const find = (records: TicketRecord[], id: string) => {
    const record = records.find((candidate) => candidate.detail.id === id);
    if (!record) throw new AdapterError('not_found', `No ticket ${id}.`);
    return record;
  };
  const summary = ({ fields: _fields, messages: _messages, ...ticket }: TicketDetail): Ticket => ticket;
  // Not a JSON round trip: a host page's Array.prototype.toJSON (Prototype.js) would turn arrays into strings.
  const clone = <T>(value: T): T => structuredClone(value);

  /** A carried-over chat is noted in the message it came with (create or reply). */
  const withChat = (text: string, conversationId?: string) => (conversationId ? `${text}\n\n(Chat ${conversationId} attached.)` : text);

  function validate(input: CreateTicketInput): TicketCategory {
    const category = CATEGORIES.find((candidate) => candidate.id === input.categoryId);
    if (!category) throw new AdapterError('invalid_request', `Unknown ticket category ${input.categoryId}.`);
    if (!input.subject.trim() || !input.description.trim()) throw new AdapterError('invalid_request', 'A subject and a description are required.');
    return category;
  }

  return {
    async form() {
      return clone(DEMO_TICKET_FORM);
    },

    async create(input) {
      const category = validate(input);
      const records = load();
      const existing = records.find((record) => record.key === input.idempotencyKey);
      if (existing) return summary(clone(existing.detail));
      const now = context.now();
      const number = String(100300 + records.filter((record) => !record.key.startsWith('seed-')).length + 1);
      const detail: TicketDetail = {
        id: context.id('t'), number, subject: input.subject, categoryId: input.categoryId, status: 'open',
        createdAt: iso(now), updatedAt: iso(now), unread: 0, expectedResponseMinutes: category.expectedResponseMinutes,
        fields: input.fields,
        messages: [{
          id: context.id('tm'), clientId: input.idempotencyKey, author: author(), text: withChat(input.description, input.conversationId), attachments: [], createdAt: iso(now),
        }],
      };
      records.push({ detail, key: input.idempotencyKey, round: 0, replyAt: now + scale(AGENT_REPLY_MS) });
      save(records);
      return summary(clone(detail));
    },

    async list() {
      return load().map((record) => summary(clone(record.detail)));
    },

    async get(id) {
      return clone(find(load(), id).detail);
    },

    async reply(id, input) {
      const records = load();
      const record = find(records, id);
      const ticket = record.detail;
      const existing = ticket.messages.find((message) => message.clientId === input.clientId);
      if (existing) return clone(existing);
      if (ticket.status === 'closed') throw new AdapterError('conflict', 'This ticket is closed; reopen it to reply.');
      const now = context.now();
      const message: TicketMessage = {
        id: context.id('tm'), clientId: input.clientId, author: author(), text: withChat(input.text, input.conversationId), attachments: [], createdAt: iso(now),
      };
      ticket.messages.push(message);
      ticket.updatedAt = iso(now);
      // Answering a pending or solved ticket puts it back in the agent's queue.
      ticket.status = 'open';
      record.solveAt = undefined;
      record.replyAt = now + scale(AGENT_REPLY_MS);
      save(records);
      return clone(message);
    },

    async setStatus(id, status) {
      const records = load();
      const record = find(records, id);
      const now = context.now();
      record.detail.status = status;
      record.detail.updatedAt = iso(now);
      record.solveAt = undefined;
      if (status === 'closed') record.replyAt = undefined;
      else {
        record.round = 0;
        record.replyAt = now + scale(AGENT_REPLY_MS);
      }
      save(records);
      return summary(clone(record.detail));
    },

    async markRead(id) {
      const records = load();
      find(records, id).detail.unread = 0;
      save(records);
    },
  };
}
