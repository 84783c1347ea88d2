/**
 * Help-center content both fakes serve: a few sections of a crypto exchange's help center, in
 * English with two German translations. Bodies are Markdown (Chatwoot's portal stores Markdown;
 * the Zendesk fake renders them to simple HTML, as Zendesk stores HTML).
 */
export const SEED_CATEGORIES = [
  { key: 'funds', name: 'Deposits and withdrawals', description: 'Moving crypto in and out of your account.' },
  { key: 'security', name: 'Account security', description: 'Passwords, 2FA and keeping your account safe.' },
];

export const SEED_SECTIONS = [
  { key: 'withdrawals', category: 'funds', name: 'Withdrawals', description: 'Sending crypto out.' },
  { key: 'deposits', category: 'funds', name: 'Deposits', description: 'Receiving crypto.' },
  { key: '2fa', category: 'security', name: 'Two-factor authentication', description: 'Codes and authenticators.' },
];

export const SEED_ARTICLES = [
  {
    key: 'withdrawal-pending',
    section: 'withdrawals',
    title: 'Why is my withdrawal pending?',
    description: 'Withdrawals wait for security review and network confirmations.',
    body: 'A withdrawal stays **pending** while it passes our security review and until the network confirms it.\n\nMost withdrawals complete within 30 minutes. Check the transaction hash (TxID) in your withdrawal history.',
    labels: ['withdrawal', 'pending'],
    views: 950,
    votes: 40,
    de: { title: 'Warum ist meine Auszahlung ausstehend?', body: 'Eine Auszahlung bleibt **ausstehend**, bis die Sicherheitsprüfung abgeschlossen ist.' },
  },
  {
    key: 'withdrawal-fees',
    section: 'withdrawals',
    title: 'Withdrawal fees and limits',
    description: 'What a withdrawal costs on each network, and the daily limits.',
    body: 'Each network charges its own withdrawal fee. Your daily withdrawal limit depends on your verification level.',
    labels: ['withdrawal', 'fees'],
    views: 610,
    votes: 12,
  },
  {
    key: 'withdrawal-wrong-address',
    section: 'withdrawals',
    title: 'I sent a withdrawal to the wrong address',
    description: 'Blockchain transfers cannot be reversed; here is what you can still try.',
    body: 'Transfers on a blockchain cannot be reversed. If the address belongs to another exchange, contact that exchange with the TxID of your withdrawal.',
    labels: ['withdrawal'],
    views: 300,
    votes: 3,
  },
  {
    key: 'deposit-not-credited',
    section: 'deposits',
    title: 'My deposit has not arrived',
    description: 'Check the network, the memo and the number of confirmations.',
    body: 'A deposit is credited after the required number of network confirmations. Deposits sent on the wrong network or without a required memo need a recovery request.',
    labels: ['deposit'],
    views: 1200,
    votes: 55,
    de: { title: 'Meine Einzahlung ist nicht angekommen', body: 'Eine Einzahlung wird nach den nötigen Bestätigungen gutgeschrieben.' },
  },
  {
    key: 'deposit-memo',
    section: 'deposits',
    title: 'Deposits that need a memo or tag',
    description: 'XRP, XLM, TON and others need the memo shown on your deposit page.',
    body: 'Some networks (XRP, XLM, TON) identify your account by a memo or tag. A deposit without it cannot be credited automatically.',
    labels: ['deposit', 'memo'],
    views: 420,
    votes: 9,
  },
  {
    key: '2fa-lost-device',
    section: '2fa',
    title: 'I lost my 2FA device',
    description: 'Reset two-factor authentication with an identity check.',
    body: 'If you lost the phone with your authenticator app, start a 2FA reset from the login page. We verify your identity before the reset. Support will never ask for your password or codes.',
    labels: ['2fa', 'security'],
    views: 800,
    votes: 30,
  },
  {
    key: '2fa-codes-rejected',
    section: '2fa',
    title: 'My 2FA codes are rejected',
    description: 'Authenticator codes fail when the phone clock is wrong.',
    body: 'Authenticator codes depend on the time. Set your phone to automatic date and time, then try a new code.',
    labels: ['2fa'],
    views: 500,
    votes: 14,
  },
];

/** Minimal Markdown → HTML for the seed bodies (paragraphs and bold only). */
export function markdownToHtml(markdown) {
  return markdown
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>`)
    .join('');
}

/** Words of a query, lowercased, for the fakes' naive full-text search. */
export function queryWords(query) {
  return (query ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A relevance score: how many query words the text contains, title hits counting double. */
export function relevance(words, title, text) {
  const lowerTitle = title.toLowerCase();
  const lowerText = text.toLowerCase();
  let score = 0;
  for (const word of words) {
    if (lowerTitle.includes(word)) score += 2;
    if (lowerText.includes(word)) score += 1;
  }
  return score;
}
