/**
 * The database: one SQLite file (better-sqlite3, WAL mode) in the data directory. Migrations are
 * numbered and recorded in `PRAGMA user_version`. Every write that must happen together runs in
 * one synchronous transaction, so a crash leaves either all of it or none.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';

export type Db = Database.Database;

const MIGRATIONS: string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('user', 'visitor')),
    uid TEXT UNIQUE,
    name TEXT, email TEXT, locale TEXT, region TEXT, vip_tier INTEGER,
    verified INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE TABLE categories (
    id TEXT NOT NULL, locale TEXT NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (id, locale)
  );
  CREATE TABLE articles (
    id TEXT NOT NULL, locale TEXT NOT NULL, category_id TEXT NOT NULL, popularity REAL NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    PRIMARY KEY (id, locale)
  );
  CREATE TABLE article_feedback (
    article_id TEXT NOT NULL, user_id TEXT NOT NULL, helpful INTEGER NOT NULL, comment TEXT, created_at TEXT NOT NULL,
    PRIMARY KEY (article_id, user_id)
  );
  CREATE TABLE documents (name TEXT PRIMARY KEY, data TEXT NOT NULL);
  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    status TEXT NOT NULL CHECK (status IN ('bot', 'queued', 'active', 'closed')),
    topic TEXT,
    agent TEXT,
    bot_misses INTEGER NOT NULL DEFAULT 0,
    last_seq INTEGER NOT NULL DEFAULT 0,
    queued_at TEXT,
    rating INTEGER, rating_comment TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE INDEX conversations_user ON conversations (user_id, status);
  CREATE INDEX conversations_status ON conversations (status, queued_at);
  CREATE TABLE events (
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
  );
  CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    client_id TEXT,
    seq INTEGER NOT NULL,
    role TEXT NOT NULL,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX messages_client ON messages (conversation_id, client_id) WHERE client_id IS NOT NULL;
  CREATE INDEX messages_seq ON messages (conversation_id, seq);
  CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    user_id TEXT,
    name TEXT NOT NULL, size INTEGER NOT NULL, mime_type TEXT NOT NULL, sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users(id),
    subject TEXT NOT NULL,
    category_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'pending', 'solved', 'closed')),
    fields TEXT NOT NULL,
    conversation_id TEXT,
    expected_response_minutes INTEGER,
    unread INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE INDEX tickets_user ON tickets (user_id, updated_at);
  CREATE TABLE ticket_messages (
    id TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL REFERENCES tickets(id),
    client_id TEXT,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX ticket_messages_client ON ticket_messages (ticket_id, client_id) WHERE client_id IS NOT NULL;
  CREATE TABLE idempotency (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (scope, key)
  );
  CREATE INDEX idempotency_age ON idempotency (created_at);
  `,
  // A chat carried over into a ticket with a reply (the ticket's own conversation_id is the one it was created with).
  `
  ALTER TABLE ticket_messages ADD COLUMN conversation_id TEXT REFERENCES conversations(id);
  `,
  // The author's role of a ticket message, as for chat messages: 'agent' only through the agent API (the staff-signature check).
  `
  ALTER TABLE ticket_messages ADD COLUMN role TEXT;
  UPDATE ticket_messages SET role = json_extract(data, '$.author.role');
  `,
];

export function openDb(dataDir: string, file = 'lifebuoy.db'): Db {
  const db = new Database(join(dataDir, file));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL'); // with WAL: durable across process crashes, fast
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let index = version; index < MIGRATIONS.length; index++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[index]!);
      db.pragma(`user_version = ${index + 1}`);
    })();
  }
  return db;
}

export function nowIso(): string {
  return new Date().toISOString();
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per database (preparing costs more than running). */
export function sql(db: Db, source: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(source);
  if (!statement) cache.set(source, (statement = db.prepare(source)));
  return statement;
}
