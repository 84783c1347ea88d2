/** The reference server's settings, all from environment variables (see docs/server.md). */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RateClass } from './spec.js';

export interface RateRule {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  /** Public origin of the server, for absolute attachment URLs; default: from the request. */
  publicUrl?: string;
  /** Origins allowed to call the API from a browser; ['*'] for any. */
  allowedOrigins: string[];
  /** Trust X-Forwarded-For / -Proto / -Host from a reverse proxy. */
  trustProxy: boolean;
  /** Secret shared with the integrator's backend for signed user identities; none = visitors only. */
  identitySecret?: string;
  /** Signs visitor tokens, stream tickets and file URLs. */
  sessionSecret: string;
  agentToken: string;
  /** True when the agent token was generated because LIFEBUOY_AGENT_TOKEN was not set. */
  agentTokenGenerated: boolean;
  maxJsonBytes: number;
  maxUploadBytes: number;
  acceptedTypes: string[];
  maxAttachmentsPerMessage: number;
  rateLimits: Record<RateClass, RateRule>;
  /** Delay before the bot answers, in ms (0 in tests). */
  botDelayMs: number;
  /** Where seed content comes from: the demo adapter's seed when present, else the built-in one. */
  seed: 'auto' | 'builtin' | 'none';
  /** Enables /__test routes (fault injection) — never in production. */
  testHooks: boolean;
  heartbeatMs: number;
  shutdownGraceMs: number;
  /** A "typing" that is not renewed (or switched off) within this many ms is switched off by the server. */
  typingTimeoutMs: number;
}

const DEFAULT_RATE_LIMITS: Record<RateClass, RateRule> = {
  read: { limit: 600, windowSeconds: 60 },
  write: { limit: 120, windowSeconds: 60 },
  create: { limit: 20, windowSeconds: 60 },
  upload: { limit: 30, windowSeconds: 60 },
  visitor: { limit: 120, windowSeconds: 600 },
};

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, not "${raw}".`);
  return value;
}

/** A secret from the environment, else one generated once and kept in the data directory. */
function persistentSecret(dataDir: string, file: string, fromEnv: string | undefined): { value: string; generated: boolean } {
  if (fromEnv) return { value: fromEnv, generated: false };
  const path = join(dataDir, file);
  if (existsSync(path)) return { value: readFileSync(path, 'utf8').trim(), generated: true };
  const value = randomBytes(24).toString('base64url');
  writeFileSync(path, `${value}\n`, { mode: 0o600 });
  return { value, generated: true };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.LIFEBUOY_DATA_DIR ?? join(process.cwd(), 'data'));
  mkdirSync(join(dataDir, 'attachments'), { recursive: true });
  const rateLimits = { ...DEFAULT_RATE_LIMITS };
  if (env.LIFEBUOY_RATE_LIMITS) {
    const parsed = JSON.parse(env.LIFEBUOY_RATE_LIMITS) as Partial<Record<RateClass, RateRule>>;
    for (const [name, rule] of Object.entries(parsed)) {
      if (!(name in rateLimits) || !rule || !Number.isInteger(rule.limit) || !Number.isInteger(rule.windowSeconds)) {
        throw new Error(`LIFEBUOY_RATE_LIMITS: bad rule for "${name}"; expected {"limit": n, "windowSeconds": n}.`);
      }
      rateLimits[name as RateClass] = rule;
    }
  }
  const agent = persistentSecret(dataDir, 'agent-token', env.LIFEBUOY_AGENT_TOKEN);
  const seed = env.LIFEBUOY_SEED ?? 'auto';
  if (seed !== 'auto' && seed !== 'builtin' && seed !== 'none') throw new Error('LIFEBUOY_SEED must be auto, builtin or none.');
  return {
    host: env.HOST ?? '127.0.0.1',
    port: int(env, 'PORT', 8787),
    dataDir,
    publicUrl: env.LIFEBUOY_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    allowedOrigins: (env.LIFEBUOY_ALLOWED_ORIGINS ?? '*').split(',').map((origin) => origin.trim()).filter(Boolean),
    trustProxy: env.LIFEBUOY_TRUST_PROXY === '1' || env.LIFEBUOY_TRUST_PROXY === 'true',
    identitySecret: env.LIFEBUOY_IDENTITY_SECRET || undefined,
    sessionSecret: persistentSecret(dataDir, 'session-secret', env.LIFEBUOY_SESSION_SECRET).value,
    agentToken: agent.value,
    agentTokenGenerated: agent.generated,
    maxJsonBytes: int(env, 'LIFEBUOY_MAX_JSON_BYTES', 1024 * 1024),
    maxUploadBytes: int(env, 'LIFEBUOY_MAX_UPLOAD_BYTES', 10 * 1024 * 1024),
    acceptedTypes: (env.LIFEBUOY_ACCEPTED_TYPES ?? 'image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain')
      .split(',').map((type) => type.trim()).filter(Boolean),
    maxAttachmentsPerMessage: int(env, 'LIFEBUOY_MAX_ATTACHMENTS', 5),
    rateLimits,
    botDelayMs: int(env, 'LIFEBUOY_BOT_DELAY_MS', 700),
    seed,
    testHooks: env.LIFEBUOY_TEST_HOOKS === '1',
    heartbeatMs: int(env, 'LIFEBUOY_HEARTBEAT_MS', 15_000),
    shutdownGraceMs: int(env, 'LIFEBUOY_SHUTDOWN_GRACE_MS', 10_000),
    typingTimeoutMs: int(env, 'LIFEBUOY_TYPING_TIMEOUT_MS', 10_000),
  };
}
