/**
 * Ticket values checked against the category's form, as the widget checks them: a crafted request
 * gets a 400 `invalid_request` whose details name each field and what is wrong, and stores nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { validateIsoDateTime } from '../src/ticket-fields.js';
import { call, startServer, visitor, type TestServer } from './helpers.js';

/** One category per concern, with every field type the widget knows. */
const FORM = {
  categories: [
    {
      id: 'deposit', name: 'Deposit not credited', expectedResponseMinutes: 60,
      fields: [
        { id: 'network', type: 'network', label: 'Network', required: true, options: [{ value: 'ERC20', label: 'Ethereum' }, { value: 'SOL', label: 'Solana' }, { value: 'XRP', label: 'XRP' }] },
        { id: 'asset', type: 'select', label: 'Asset', options: [{ value: 'USDT', label: 'USDT', precision: 6 }, { value: 'BTC', label: 'BTC', precision: 8 }] },
        { id: 'txHash', type: 'tx-hash', label: 'Transaction hash', required: true, networkField: 'network' },
        { id: 'address', type: 'address', label: 'Deposit address', networkField: 'network' },
        { id: 'amount', type: 'amount', label: 'Amount', required: true, assetField: 'asset', precision: 8 },
        { id: 'memo', type: 'memo', label: 'Tag', networkField: 'network' },
        { id: 'when', type: 'datetime', label: 'When' },
        { id: 'screenshot', type: 'file', label: 'Screenshot', maxFiles: 2 },
      ],
    },
    {
      id: 'account', name: 'Account',
      fields: [
        { id: 'uid', type: 'uid', label: 'UID', required: true },
        { id: 'email', type: 'email', label: 'Email' },
        { id: 'topic', type: 'select', label: 'Topic', required: true, options: [{ value: 'login', label: 'Sign-in' }, { value: 'other', label: 'Other' }] },
        { id: 'device', type: 'text', label: 'Device', required: true, showWhen: { field: 'topic', equals: ['login'] } },
        { id: 'story', type: 'textarea', label: 'What happened' },
      ],
    },
    { id: 'kyc', name: 'Identity', fields: [{ id: 'document', type: 'file', label: 'Document', required: true }] },
    { id: 'other', name: 'Something else', fields: [] },
  ],
};

const TX = `0x${'ab'.repeat(32)}`;
const deposit = { network: 'ERC20', txHash: TX, amount: '12.5' };

describe('reference server: ticket values are checked against the form', () => {
  let server: TestServer;
  let base: string;
  let headers: Record<string, string>;
  let n = 0;
  before(async () => {
    server = await startServer({ LIFEBUOY_SEED: 'builtin', LIFEBUOY_RATE_LIMITS: JSON.stringify({ create: { limit: 0, windowSeconds: 60 }, write: { limit: 0, windowSeconds: 60 } }) });
    base = server.url;
    server.app.db.prepare("UPDATE documents SET data = ? WHERE name = 'ticketForm'").run(JSON.stringify(FORM));
    headers = await visitor(base);
  });
  after(() => server.stop());

  const create = (input: Record<string, unknown>, as = headers) => {
    const key = `key-${++n}`;
    return call(`${base}/v1/tickets`, {
      method: 'POST', headers: { ...as, 'Idempotency-Key': key },
      json: { subject: 'Help', description: 'Something went wrong with it.', fields: {}, idempotencyKey: key, ...input },
    });
  };
  /** Asserts a 400 invalid_request whose details hold exactly these paths; returns the details. */
  async function refused(input: Record<string, unknown>, paths: string[][], as = headers) {
    const before = (await call(`${base}/v1/tickets`, { headers: as })).body.length;
    const reply = await create(input, as);
    assert.equal(reply.status, 400, JSON.stringify(reply.body));
    assert.equal(reply.body.error.code, 'invalid_request');
    const details = reply.body.error.details as { path: string[]; message: string }[];
    assert.deepEqual(details.map((d) => d.path), paths, reply.body.error.message);
    for (const detail of details) assert.ok(detail.message.length > 2, `a message for ${detail.path.join('.')}`);
    assert.equal((await call(`${base}/v1/tickets`, { headers: as })).body.length, before, 'nothing stored');
    return { details, message: reply.body.error.message as string };
  }
  const upload = async (as = headers, name = 'shot.png') => {
    const reply = await call(`${base}/v1/attachments?name=${name}`, { method: 'POST', headers: { ...as, 'Content-Type': 'image/png' }, body: 'png bytes' });
    assert.equal(reply.status, 201);
    return reply.body.id as string;
  };

  test('the form the server checks against is the one it serves', async () => {
    const { body } = await call(`${base}/v1/tickets/form?locale=en`);
    assert.deepEqual(body.categories.map((c: { id: string }) => c.id), ['deposit', 'account', 'kyc', 'other']);
  });

  test('valid values as the widget submits them are stored (normalized)', async () => {
    const when = new Date(Date.now() - 3_600_000).toISOString();
    const created = await create({
      categoryId: 'deposit',
      fields: { ...deposit, txHash: `https://etherscan.io/tx/0x${'AB'.repeat(32)}`, asset: 'USDT', amount: '12.50', address: '0xdAC17F958D2ee523a2206206994597C13D831ec7', when },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { body: detail } = await call(`${base}/v1/tickets/${created.body.id}`, { headers });
    assert.deepEqual(detail.fields, { network: 'ERC20', asset: 'USDT', txHash: TX, address: '0xdAC17F958D2ee523a2206206994597C13D831ec7', amount: '12.5', when });
    assert.equal(detail.expectedResponseMinutes, 60);
    const account = await create({ categoryId: 'account', fields: { uid: '12345678', email: 'me@example.com', topic: 'other', story: 'x'.repeat(5000) } });
    assert.equal(account.status, 201, JSON.stringify(account.body));
  });

  test('unknown field ids are refused, the builtin ids included', async () => {
    const { message } = await refused({ categoryId: 'deposit', fields: { ...deposit, bogus: 'x', subject: 'again' } }, [['fields', 'bogus'], ['fields', 'subject']]);
    assert.match(message, /bogus/);
    await refused({ categoryId: 'other', fields: { network: 'ERC20' } }, [['fields', 'network']]);
  });

  test('select and network values must be one of the options', async () => {
    const { details } = await refused({ categoryId: 'deposit', fields: { ...deposit, network: 'DOGE' } }, [['fields', 'network']]);
    assert.equal(details[0]!.message, 'Choose one of the options.');
    await refused({ categoryId: 'deposit', fields: { ...deposit, asset: 'usdt' } }, [['fields', 'asset']]);
  });

  test('transaction hashes per network', async () => {
    const { message } = await refused({ categoryId: 'deposit', fields: { ...deposit, txHash: 'not-a-hash' } }, [['fields', 'txHash']]);
    assert.match(message, /Transaction hash: This is not a valid transaction hash for Ethereum/);
    await refused({ categoryId: 'deposit', fields: { ...deposit, txHash: TX.slice(0, 60) } }, [['fields', 'txHash']]);
    // A hex hash is not a Solana signature.
    await refused({ categoryId: 'deposit', fields: { ...deposit, network: 'SOL' } }, [['fields', 'txHash']]);
  });

  test('addresses per network: a typo in the checksum or a malformed one is refused', async () => {
    await refused({ categoryId: 'deposit', fields: { ...deposit, address: '0xdAC17F958D2ee523a2206206994597C13D831ec8' } }, [['fields', 'address']]);
    await refused({ categoryId: 'deposit', fields: { ...deposit, address: 'hello' } }, [['fields', 'address']]);
  });

  test('amounts are positive plain decimals within the asset\'s precision', async () => {
    for (const amount of ['-5', '0', '0.000', '1,000', 'abc', '1e5', '']) {
      await refused({ categoryId: 'deposit', fields: { ...deposit, amount } }, [['fields', 'amount']]);
    }
    const { details } = await refused({ categoryId: 'deposit', fields: { ...deposit, asset: 'USDT', amount: '1.1234567' } }, [['fields', 'amount']]);
    assert.equal(details[0]!.message, 'This asset allows at most 6 decimals.');
  });

  test('memos and tags per network, also for a field the network hides', async () => {
    await refused({ categoryId: 'deposit', fields: { ...deposit, network: 'XRP', txHash: TX.slice(2), memo: 'abc' } }, [['fields', 'memo']]);
    assert.equal((await create({ categoryId: 'deposit', fields: { ...deposit, network: 'XRP', txHash: TX.slice(2), memo: '12345' } })).status, 201);
    await refused({ categoryId: 'deposit', fields: { ...deposit, memo: 'm'.repeat(257) } }, [['fields', 'memo']]);
  });

  test('date-times are ISO 8601 with an offset, real, and not in the future', async () => {
    for (const when of [new Date(Date.now() + 3_600_000).toISOString(), '2025-02-30T10:00:00Z', '2025-01-01T10:00', 'yesterday', '2001-01-01T00:00:00Z']) {
      await refused({ categoryId: 'deposit', fields: { ...deposit, when } }, [['fields', 'when']]);
    }
    assert.equal((await create({ categoryId: 'deposit', fields: { ...deposit, when: '2025-06-01T10:00:00+08:00' } })).status, 201);
    const now = Date.UTC(2026, 0, 1);
    assert.equal(validateIsoDateTime(new Date(now + 4 * 60_000).toISOString(), now).valid, true, 'a few minutes of clock skew');
    assert.equal(validateIsoDateTime(new Date(now + 6 * 60_000).toISOString(), now).valid, false);
    assert.equal(validateIsoDateTime('2024-02-29T23:59:59.123Z', now).normalized, '2024-02-29T23:59:59.123Z');
  });

  test('UIDs are digits; emails look like emails', async () => {
    await refused({ categoryId: 'account', fields: { uid: 'abc123', topic: 'other' } }, [['fields', 'uid']]);
    await refused({ categoryId: 'account', fields: { uid: '123', topic: 'other' } }, [['fields', 'uid']]);
    await refused({ categoryId: 'account', fields: { uid: '12345678', topic: 'other', email: 'not-an-email' } }, [['fields', 'email']]);
  });

  test('text lengths: 500 for text fields, 5000 for text areas; a field required only when shown', async () => {
    await refused({ categoryId: 'account', fields: { uid: '12345678', topic: 'login', device: 'd'.repeat(501) } }, [['fields', 'device']]);
    await refused({ categoryId: 'account', fields: { uid: '12345678', topic: 'other', story: 's'.repeat(5001) } }, [['fields', 'story']]);
    const { message } = await refused({ categoryId: 'account', fields: { uid: '12345678', topic: 'login' } }, [['fields', 'device']]);
    assert.equal(message, 'Missing required field: Device.');
  });

  test('subject and description must not be blank; every problem is listed at once', async () => {
    await refused({ categoryId: 'deposit', subject: ' ', description: '\n', fields: { network: 'nope', amount: '0' } }, [
      ['subject'], ['description'], ['fields', 'network'], ['fields', 'txHash'], ['fields', 'amount'],
    ]);
  });

  test('attachments: no more than the file fields take, none without one, a required file present', async () => {
    const ids = [await upload(), await upload(), await upload()];
    await refused({ categoryId: 'deposit', fields: deposit, attachmentIds: ids }, [['attachmentIds']]);
    await refused({ categoryId: 'other', fields: {}, attachmentIds: ids.slice(0, 1) }, [['attachmentIds']]);
    await refused({ categoryId: 'kyc', fields: {} }, [['fields', 'document']]);
    const ok = await create({ categoryId: 'deposit', fields: { ...deposit, screenshot: 'shot.png, shot.png' }, attachmentIds: ids.slice(0, 2) });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    // The server's per-message default (5) applies to a file field without maxFiles.
    assert.equal((await create({ categoryId: 'kyc', fields: {}, attachmentIds: ids })).status, 201);
  });

  test('attachments must be the caller\'s own uploads, each listed once (tickets and replies)', async () => {
    const stranger = await visitor(base);
    const theirs = await upload(stranger);
    const mine = await upload();
    const { details } = await refused({ categoryId: 'deposit', fields: deposit, attachmentIds: [mine, theirs] }, [['attachmentIds', '1']]);
    assert.equal(details[0]!.message, 'not an upload of yours');
    await refused({ categoryId: 'deposit', fields: deposit, attachmentIds: [mine, mine] }, [['attachmentIds', '1']]);

    const ticket = (await create({ categoryId: 'other', fields: {} })).body;
    const reply = (clientId: string, attachmentIds: string[]) => call(`${base}/v1/tickets/${ticket.id}/replies`, { method: 'POST', headers, json: { clientId, text: 'More.', attachmentIds } });
    const foreign = await reply('r1', [theirs]);
    assert.equal(foreign.status, 400);
    assert.deepEqual(foreign.body.error.details, [{ path: ['attachmentIds', '0'], message: 'not an upload of yours' }]);
    const twice = await reply('r2', [mine, mine]);
    assert.equal(twice.status, 400);
    assert.deepEqual(twice.body.error.details, [{ path: ['attachmentIds', '1'], message: 'listed twice' }]);
    const empty = await call(`${base}/v1/tickets/${ticket.id}/replies`, { method: 'POST', headers, json: { clientId: 'r3', text: ' ' } });
    assert.deepEqual(empty.body.error.details, [{ path: ['text'], message: 'required' }]);
    assert.equal((await reply('r4', [mine])).status, 201);
    assert.equal((await call(`${base}/v1/tickets/${ticket.id}`, { headers })).body.messages.length, 2, 'only the valid reply was added');
  });
});
