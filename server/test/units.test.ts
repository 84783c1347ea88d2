import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Signer, signJwt, userHash, verifyJwt } from '../src/auth.js';
import { cleanName, matchesAccept } from '../src/attachments.js';
import { openDb } from '../src/db.js';
import { HttpError, Router } from '../src/http.js';
import { RateLimiter } from '../src/rate-limit.js';
import { OPERATIONS } from '../src/spec.js';

const secret = 's3cret';
const status = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof HttpError ? error.status : -1;
  }
  return 0;
};

test('JWT: a valid HS256 token passes; forged, expired, not-yet-valid and alg=none fail with 401', () => {
  const now = Date.now();
  assert.equal(verifyJwt(signJwt({ sub: 'u1', exp: now / 1000 + 60 }, secret), secret, now).sub, 'u1');
  assert.equal(status(() => verifyJwt(signJwt({ sub: 'u1' }, 'other'), secret)), 401);
  assert.equal(status(() => verifyJwt(signJwt({ sub: 'u1', exp: now / 1000 - 3600 }, secret), secret, now)), 401);
  assert.equal(status(() => verifyJwt(signJwt({ sub: 'u1', nbf: now / 1000 + 3600 }, secret), secret, now)), 401);
  const [, payload] = signJwt({ sub: 'u1' }, secret).split('.');
  const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
  assert.equal(status(() => verifyJwt(none, secret)), 401);
  assert.equal(status(() => verifyJwt('not.a.jwt.at.all', secret)), 401);
});

test('user hash is hex HMAC-SHA256 of the uid (Intercom-compatible)', () => {
  // Reference value from: printf 'user_1' | openssl dgst -sha256 -hmac s3cret
  assert.equal(userHash('user_1', secret), 'b3729cf507923573bb393e24a49e3a51fbcf18f9f4dc3db2d7de7afc97269626');
  assert.notEqual(userHash('user_1', secret), userHash('user_2', secret));
});

test('signed values: tampering, another purpose or expiry make them invalid', () => {
  const signer = new Signer('session');
  const token = signer.sign('stream', { c: 'conv_1', exp: Math.floor(Date.now() / 1000) + 60 });
  assert.equal(signer.verify<{ c: string }>('stream', token)?.c, 'conv_1');
  assert.equal(signer.verify('visitor', token), null);
  assert.equal(signer.verify('stream', token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))), null);
  assert.equal(new Signer('other').verify('stream', token), null);
  assert.equal(signer.verify('stream', signer.sign('stream', { exp: Math.floor(Date.now() / 1000) - 1 })), null);
});

test('rate limiter: a burst up to the limit, then 429 with Retry-After; refills over time; per caller', () => {
  let now = 0;
  const limiter = new RateLimiter({
    read: { limit: 3, windowSeconds: 60 }, write: { limit: 1, windowSeconds: 60 }, create: { limit: 1, windowSeconds: 60 },
    upload: { limit: 1, windowSeconds: 60 }, visitor: { limit: 0, windowSeconds: 60 },
  }, () => now);
  try {
    for (let i = 0; i < 3; i++) limiter.take('read', 'alice');
    let thrown: HttpError | undefined;
    try {
      limiter.take('read', 'alice');
    } catch (error) {
      thrown = error as HttpError;
    }
    assert.equal(thrown?.status, 429);
    assert.equal(thrown?.headers['Retry-After'], '20');
    limiter.take('read', 'bob'); // someone else is not affected
    now += 20_000;
    limiter.take('read', 'alice'); // one token back after a third of the window
    for (let i = 0; i < 100; i++) limiter.take('visitor', 'carol'); // 0 = unlimited
  } finally {
    limiter.dispose();
  }
});

test('router: literal paths win over parameters; 405 and 404 are told apart', () => {
  const router = new Router(OPERATIONS);
  assert.equal(router.match('GET', '/v1/articles/search').operationId, 'searchArticles');
  assert.deepEqual(router.match('GET', '/v1/articles/enable-2fa').params, { articleId: 'enable-2fa' });
  assert.equal(router.match('GET', '/v1/conversations/current').operationId, 'currentConversation');
  assert.equal(router.match('POST', '/v1/conversations/c%201/messages').params.conversationId, 'c 1');
  assert.equal(status(() => router.match('DELETE', '/v1/tickets')), 405);
  assert.equal(status(() => router.match('GET', '/v2/nothing')), 404);
});

test('uploads: accepted types with wildcards; file names lose paths and control characters', () => {
  assert.ok(matchesAccept('image/png', ['image/*']));
  assert.ok(!matchesAccept('text/html', ['image/*', 'application/pdf']));
  assert.equal(cleanName('../../etc/passwd'), 'passwd');
  assert.equal(cleanName('C:\\Users\\me\\shot\u0000.png'), 'shot.png');
  assert.equal(cleanName(''), 'file');
});

test('migrations: a database made before replies could carry a chat gains the columns (chat link, author role), its rows kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lifebuoy-migrate-'));
  try {
    let db = openDb(dir);
    // Back to the first schema, with ticket messages in it.
    db.exec(`ALTER TABLE ticket_messages DROP COLUMN role;
      ALTER TABLE ticket_messages DROP COLUMN conversation_id;
      INSERT INTO users (id, kind, created_at, updated_at) VALUES ('u1', 'user', 'now', 'now');
      INSERT INTO tickets (id, number, user_id, subject, category_id, status, fields, created_at, updated_at) VALUES ('t1', 1, 'u1', 's', 'other', 'open', '{}', 'now', 'now');
      INSERT INTO ticket_messages (id, ticket_id, data, created_at) VALUES ('m1', 't1', '{}', 'now');
      INSERT INTO ticket_messages (id, ticket_id, data, created_at) VALUES ('m2', 't1', '{"author":{"id":"a","role":"agent","name":"Ada"}}', 'now');`);
    db.pragma('user_version = 1');
    db.close();
    db = openDb(dir);
    const columns = (db.prepare('PRAGMA table_info(ticket_messages)').all() as { name: string }[]).map((c) => c.name);
    assert.ok(columns.includes('conversation_id'));
    assert.deepEqual(db.prepare('SELECT id, conversation_id, role FROM ticket_messages ORDER BY id').all(), [
      { id: 'm1', conversation_id: null, role: null },
      { id: 'm2', conversation_id: null, role: 'agent' }, // an agent's reply from before still verifies as staff
    ]);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
