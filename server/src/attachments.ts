/**
 * Uploads on disk: streamed to a temporary file (hashed and counted on the way, 413 past the limit),
 * flushed, renamed into place, then recorded in the database together with the idempotency key, so
 * a retried upload (same key) returns the stored attachment instead of a second copy. Files are
 * served through signed URLs (`?sig=`): an <img> cannot send headers, and ids alone are not secrets.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, fsyncSync, openSync, closeSync, renameSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Attachment, AttachmentLimits } from '../../src/adapters/schemas.js';
import { hmac, randomId } from './auth.js';
import type { Config } from './config.js';
import type { Db } from './db.js';
import { nowIso, sql } from './db.js';
import { HttpError } from './http.js';

interface AttachmentRow {
  id: string;
  user_id: string | null;
  name: string;
  size: number;
  mime_type: string;
}

/** The MIME types shown inline; everything else downloads. Never SVG or HTML (script). */
const INLINE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain']);

export function matchesAccept(type: string, accept: string[]): boolean {
  return accept.some((pattern) => (pattern.endsWith('/*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type));
}

/** A filename safe to store and show: no path, no control characters. */
export function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return cleaned || 'file';
}

export class Attachments {
  private readonly dir: string;

  constructor(private readonly db: Db, private readonly config: Config) {
    this.dir = join(config.dataDir, 'attachments');
  }

  limits(): AttachmentLimits {
    return { maxBytes: this.config.maxUploadBytes, maxCount: this.config.maxAttachmentsPerMessage, accept: this.config.acceptedTypes };
  }

  private signature(id: string): string {
    return hmac(this.config.sessionSecret, `file.${id}`).toString('base64url').slice(0, 32);
  }

  /** The attachment as the API shows it (URL relative to the server; made absolute on output). */
  present(row: AttachmentRow): Attachment {
    const url = `/v1/files/${encodeURIComponent(row.id)}/${encodeURIComponent(row.name)}?sig=${this.signature(row.id)}`;
    return { id: row.id, name: row.name, size: row.size, mimeType: row.mime_type, url, thumbnailUrl: row.mime_type.startsWith('image/') ? url : undefined };
  }

  /**
   * The caller's attachments by id, in order; 400 (with `{ path, message }` details) for more than
   * `max`, an id listed twice, or one that is unknown or someone else's (agents, `userId` null, may
   * use any).
   */
  resolve(ids: string[], userId: string | null, max = this.config.maxAttachmentsPerMessage): Attachment[] {
    if (ids.length > max) {
      const message = max ? `At most ${max} attachment${max === 1 ? '' : 's'}.` : 'No attachments are allowed here.';
      throw new HttpError(400, 'invalid_request', message, [{ path: ['attachmentIds'], message: `${ids.length} given, at most ${max}` }]);
    }
    return ids.map((id, index) => {
      if (ids.indexOf(id) !== index) {
        throw new HttpError(400, 'invalid_request', `Attachment "${id}" is listed twice.`, [{ path: ['attachmentIds', String(index)], message: 'listed twice' }]);
      }
      const row = sql(this.db, 'SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
      if (!row || (userId !== null && row.user_id !== null && row.user_id !== userId)) {
        throw new HttpError(400, 'invalid_request', `Unknown attachment "${id}".`, [{ path: ['attachmentIds', String(index)], message: 'not an upload of yours' }]);
      }
      return this.present(row);
    });
  }

  /**
   * Stores the request body as a new attachment. `throttle` (test hooks only) slows reading to
   * make "the server died mid-upload" reproducible.
   */
  async upload(request: IncomingMessage, userId: string, rawName: string, idempotencyKey: string | undefined, throttle?: number): Promise<{ attachment: Attachment; created: boolean }> {
    const scope = `upload:${userId}`;
    if (idempotencyKey) {
      const stored = this.replay(scope, idempotencyKey);
      if (stored) {
        request.resume();
        return { attachment: stored, created: false };
      }
    }
    const mimeType = (request.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!.trim().toLowerCase();
    if (!matchesAccept(mimeType, this.config.acceptedTypes)) {
      request.resume();
      throw new HttpError(415, 'invalid_request', `Files of type ${mimeType} are not accepted.`, { accept: this.config.acceptedTypes });
    }
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > this.config.maxUploadBytes) {
      request.resume();
      throw new HttpError(413, 'too_large', `Files may be at most ${this.config.maxUploadBytes} bytes.`, { maxBytes: this.config.maxUploadBytes });
    }
    const id = randomId('att');
    const temporary = join(this.dir, `.${id}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const limit = this.config.maxUploadBytes;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > limit) {
          callback(new HttpError(413, 'too_large', `Files may be at most ${limit} bytes.`, { maxBytes: limit }));
          return;
        }
        hash.update(chunk);
        if (throttle) setTimeout(() => callback(null, chunk), Math.ceil((chunk.length / throttle) * 1000));
        else callback(null, chunk);
      },
    });
    try {
      await pipeline(request, counter, createWriteStream(temporary, { flags: 'wx' }));
      const fd = openSync(temporary, 'r');
      fsyncSync(fd);
      closeSync(fd);
      if (size === 0) throw new HttpError(400, 'invalid_request', 'The file is empty.');
      renameSync(temporary, join(this.dir, id));
    } catch (error) {
      rmSync(temporary, { force: true });
      if (!(error instanceof HttpError)) request.resume();
      throw error;
    }
    const name = cleanName(rawName);
    const result = this.db.transaction(() => {
      if (idempotencyKey) {
        const stored = this.replay(scope, idempotencyKey);
        if (stored) return { attachment: stored, created: false };
      }
      sql(this.db, 'INSERT INTO attachments (id, user_id, name, size, mime_type, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, userId, name, size, mimeType, hash.digest('hex'), nowIso());
      const attachment = this.present({ id, user_id: userId, name, size, mime_type: mimeType });
      if (idempotencyKey) {
        sql(this.db, 'INSERT INTO idempotency (scope, key, request_hash, status, body, created_at) VALUES (?, ?, ?, 201, ?, ?)')
          .run(scope, idempotencyKey, '', JSON.stringify({ id }), nowIso());
      }
      return { attachment, created: true };
    })();
    if (!result.created) rmSync(join(this.dir, id), { force: true });
    return result;
  }

  private replay(scope: string, key: string): Attachment | undefined {
    const stored = sql(this.db, 'SELECT body FROM idempotency WHERE scope = ? AND key = ?').get(scope, key) as { body: string } | undefined;
    if (!stored) return undefined;
    const { id } = JSON.parse(stored.body) as { id: string };
    const row = sql(this.db, 'SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
    return row ? this.present(row) : undefined;
  }

  /** Streams a file after checking its signature. */
  async download(response: ServerResponse, id: string, signature: string): Promise<void> {
    const expected = this.signature(id);
    const row = sql(this.db, 'SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
    const path = join(this.dir, id);
    if (!row || signature !== expected || !existsSync(path)) throw new HttpError(404, 'not_found', 'No such file.');
    const inline = INLINE.has(row.mime_type);
    response.writeHead(200, {
      'Content-Type': inline ? row.mime_type : 'application/octet-stream',
      'Content-Length': statSync(path).size,
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(row.name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, max-age=86400',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    await pipeline(createReadStream(path), response);
  }
}
