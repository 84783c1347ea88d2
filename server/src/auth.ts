/**
 * Who is calling. Users prove who they are with a JWT (HS256) or an Intercom-style user hash, both
 * signed with the secret the integrator's backend shares with this server; anyone else is an
 * anonymous visitor holding a token this server signed. Agents hold the agent token. Everything
 * this server signs (visitor tokens, stream tickets, file URLs) uses the session secret.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HEADERS } from '../../src/adapters/http/routes.js';
import type { Config } from './config.js';
import type { Db } from './db.js';
import { nowIso, sql } from './db.js';
import { HttpError } from './http.js';

export interface Identity {
  /** Row id in `users`. */
  id: string;
  kind: 'user' | 'visitor';
  uid?: string;
  verified: boolean;
  name?: string;
  vipTier?: number;
}

const b64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

export function hmac(secret: string, value: string): Buffer {
  return createHmac('sha256', secret).update(value).digest();
}

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

// ------------------------------------------------------------ signed values (this server's own)
export class Signer {
  constructor(private readonly secret: string) {}

  sign(purpose: string, payload: object): string {
    const body = b64url(JSON.stringify(payload));
    return `${body}.${b64url(hmac(this.secret, `${purpose}.${body}`))}`;
  }

  /** The payload, or null when the signature is wrong or `exp` (epoch seconds) has passed. */
  verify<T extends object>(purpose: string, token: string): (T & { exp?: number }) | null {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined) return null;
    if (!safeEqual(Buffer.from(signature, 'base64url'), hmac(this.secret, `${purpose}.${body}`))) return null;
    try {
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T & { exp?: number };
      if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return null;
      return payload;
    } catch {
      return null;
    }
  }
}

// ------------------------------------------------------------ integrator-signed identities
interface JwtClaims {
  sub?: unknown;
  uid?: unknown;
  exp?: unknown;
  nbf?: unknown;
  name?: unknown;
  email?: unknown;
  vip?: unknown;
}

const CLOCK_SKEW_SECONDS = 60;
const UID = /^[0-9A-Za-z_-]{3,40}$/;

/** Verifies an HS256 JWT; returns its claims or throws 401. */
export function verifyJwt(token: string, secret: string, now = Date.now()): JwtClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw new HttpError(401, 'unauthorized', 'The user token is not a JWT.');
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  let header: { alg?: string; typ?: string };
  let claims: JwtClaims;
  try {
    header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  } catch {
    throw new HttpError(401, 'unauthorized', 'The user token cannot be decoded.');
  }
  if (header.alg !== 'HS256') throw new HttpError(401, 'unauthorized', 'The user token must be signed with HS256.');
  const expected = hmac(secret, `${headerPart}.${payloadPart}`);
  if (!safeEqual(Buffer.from(signaturePart, 'base64url'), expected)) throw new HttpError(401, 'unauthorized', 'The user token\'s signature is invalid.');
  const seconds = now / 1000;
  if (typeof claims.exp === 'number' && claims.exp + CLOCK_SKEW_SECONDS < seconds) throw new HttpError(401, 'unauthorized', 'The user token has expired.');
  if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > seconds) throw new HttpError(401, 'unauthorized', 'The user token is not valid yet.');
  return claims;
}

/** Signs an HS256 JWT — for tests and for integrators' examples. */
export function signJwt(claims: Record<string, unknown>, secret: string): string {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = b64url(JSON.stringify(claims));
  return `${header}.${payload}.${b64url(hmac(secret, `${header}.${payload}`))}`;
}

/** Intercom-style user hash: hex(HMAC-SHA256(secret, uid)). */
export function userHash(uid: string, secret: string): string {
  return hmac(secret, uid).toString('hex');
}

export class Auth {
  readonly signer: Signer;

  constructor(private readonly config: Config, private readonly db: Db) {
    this.signer = new Signer(config.sessionSecret);
  }

  createVisitor(): { visitorId: string; token: string } {
    const visitorId = randomId('vis');
    const now = nowIso();
    sql(this.db, 'INSERT INTO users (id, kind, verified, created_at, updated_at) VALUES (?, \'visitor\', 0, ?, ?)').run(visitorId, now, now);
    return { visitorId, token: this.signer.sign('visitor', { v: visitorId }) };
  }

  /** The visitor id a visitor token names, or null. */
  visitorFromToken(token: string): string | null {
    const payload = this.signer.verify<{ v?: string }>('visitor', token);
    return typeof payload?.v === 'string' ? payload.v : null;
  }

  /** The caller of a user operation, or 401. */
  user(request: IncomingMessage): Identity {
    const authorization = header(request, 'authorization');
    const hashUid = header(request, HEADERS.userId);
    const hash = header(request, HEADERS.userHash);
    if (authorization?.toLowerCase().startsWith('bearer ')) {
      const secret = this.requireIdentitySecret();
      const claims = verifyJwt(authorization.slice(7).trim(), secret);
      const uid = typeof claims.sub === 'string' ? claims.sub : typeof claims.uid === 'string' ? claims.uid : '';
      if (!UID.test(uid)) throw new HttpError(401, 'unauthorized', 'The user token has no valid `sub` (the uid).');
      return this.upsertUser(uid, {
        name: typeof claims.name === 'string' ? claims.name.slice(0, 200) : undefined,
        email: typeof claims.email === 'string' ? claims.email.slice(0, 320) : undefined,
        vipTier: Number.isInteger(claims.vip) ? (claims.vip as number) : undefined,
      });
    }
    if (hashUid !== undefined || hash !== undefined) {
      const secret = this.requireIdentitySecret();
      if (!hashUid || !UID.test(hashUid) || !hash || !/^[0-9a-f]{64}$/i.test(hash)) {
        throw new HttpError(401, 'unauthorized', `Send ${HEADERS.userId} (the uid) with ${HEADERS.userHash} (64 hex characters).`);
      }
      if (!safeEqual(Buffer.from(hash.toLowerCase(), 'hex'), hmac(secret, hashUid))) throw new HttpError(401, 'unauthorized', 'The user hash does not match the uid.');
      return this.upsertUser(hashUid, {});
    }
    const visitorToken = header(request, HEADERS.visitor);
    if (visitorToken) {
      const visitorId = this.visitorFromToken(visitorToken);
      if (!visitorId) throw new HttpError(401, 'unauthorized', 'The visitor token is invalid; start a new visitor session.');
      const now = nowIso();
      // The token is self-contained: a visitor outlives a wiped database.
      sql(this.db, 'INSERT OR IGNORE INTO users (id, kind, verified, created_at, updated_at) VALUES (?, \'visitor\', 0, ?, ?)').run(visitorId, now, now);
      const row = sql(this.db, 'SELECT name FROM users WHERE id = ?').get(visitorId) as { name: string | null };
      return { id: visitorId, kind: 'visitor', verified: false, name: row.name ?? undefined };
    }
    throw new HttpError(401, 'unauthorized', 'Identify the user (Authorization: Bearer <JWT>, or a user hash) or start a visitor session (POST /v1/visitors).');
  }

  /** The agent behind the agent token, or 401. The console sends its display name in X-Lifebuoy-Agent-Name. */
  agent(request: IncomingMessage): { id: string; name: string } {
    const authorization = header(request, 'authorization') ?? '';
    const token = authorization.toLowerCase().startsWith('bearer ') ? authorization.slice(7).trim() : '';
    if (!token || !safeEqual(Buffer.from(token), Buffer.from(this.config.agentToken))) {
      throw new HttpError(401, 'unauthorized', 'Agent endpoints need Authorization: Bearer <LIFEBUOY_AGENT_TOKEN>.');
    }
    const rawName = header(request, 'x-lifebuoy-agent-name');
    let name = 'Support agent';
    try {
      if (rawName) name = decodeURIComponent(rawName).trim().slice(0, 60) || name;
    } catch {
      // keep the default
    }
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'agent';
    return { id: `agent_${slug}`, name };
  }

  private requireIdentitySecret(): string {
    if (!this.config.identitySecret) {
      throw new HttpError(401, 'unauthorized', 'This server does not verify signed identities (LIFEBUOY_IDENTITY_SECRET is not set).');
    }
    return this.config.identitySecret;
  }

  private upsertUser(uid: string, claims: { name?: string; email?: string; vipTier?: number }): Identity {
    const id = `usr_${uid}`;
    const now = nowIso();
    sql(this.db, `
      INSERT INTO users (id, kind, uid, name, email, vip_tier, verified, created_at, updated_at)
      VALUES (@id, 'user', @uid, @name, @email, @vipTier, 1, @now, @now)
      ON CONFLICT (id) DO UPDATE SET
        name = COALESCE(@name, name), email = COALESCE(@email, email), vip_tier = COALESCE(@vipTier, vip_tier), verified = 1
    `).run({ id, uid, name: claims.name ?? null, email: claims.email ?? null, vipTier: claims.vipTier ?? null, now });
    const row = sql(this.db, 'SELECT name, vip_tier FROM users WHERE id = ?').get(id) as { name: string | null; vip_tier: number | null };
    return { id, kind: 'user', uid, verified: true, name: row.name ?? undefined, vipTier: row.vip_tier ?? undefined };
  }
}

export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
