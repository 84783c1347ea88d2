/**
 * Files the user attaches to a ticket or a reply: checked against the limits (type, size, count)
 * before upload, uploaded one by one with progress, removable (an upload in flight is aborted)
 * and retryable after a failure.
 */
import { AdapterError, type AttachmentsApi } from '../../adapters/contract.js';
import type { Attachment, AttachmentLimits } from '../../adapters/schemas.js';
import type { Issue } from '../validators/result.js';
import { randomId } from './ids.js';
import { Observable } from './observable.js';

/** Images and PDF, 10 MB each, five per field: used when neither the field nor the backend says. */
export const DEFAULT_LIMITS: AttachmentLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxCount: 5,
  accept: ['image/*', 'application/pdf'],
};

export type AttachmentStatus = 'uploading' | 'done' | 'error';

export interface AttachmentItem {
  key: string;
  name: string;
  size: number;
  type: string;
  status: AttachmentStatus;
  /** 0–1 while uploading. */
  progress: number;
  /** An object URL for image previews (revoked on removal). */
  previewUrl?: string;
  attachment?: Attachment;
  error?: Issue;
  file?: File;
}

const EXTENSIONS: Record<string, string> = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp',
  heic: 'image/heic', txt: 'text/plain', csv: 'text/csv', mp4: 'video/mp4',
};

/** The MIME type of a file, guessed from its extension when the browser gave none. */
export function fileType(file: { name: string; type: string }): string {
  return file.type || EXTENSIONS[file.name.split('.').pop()?.toLowerCase() ?? ''] || 'application/octet-stream';
}

/** True when `type` matches one of the patterns ("image/*", "application/pdf", ".pdf"). */
export function accepts(patterns: readonly string[], file: { name: string; type: string }): boolean {
  const type = fileType(file);
  return patterns.some((pattern) => {
    if (pattern.startsWith('.')) return file.name.toLowerCase().endsWith(pattern.toLowerCase());
    if (pattern.endsWith('/*')) return type.startsWith(pattern.slice(0, -1));
    return type === pattern;
  });
}

/** Field limits win over the backend's, which win over the defaults. */
export function resolveLimits(
  field: { maxFiles?: number; maxBytes?: number; accept?: string[] } | undefined,
  backend: AttachmentLimits | undefined,
): AttachmentLimits {
  const fallback = backend ?? DEFAULT_LIMITS;
  return {
    maxCount: field?.maxFiles ?? fallback.maxCount,
    maxBytes: field?.maxBytes ?? fallback.maxBytes,
    accept: field?.accept?.length ? field.accept : fallback.accept,
  };
}

export class AttachmentQueue extends Observable {
  items: AttachmentItem[] = [];
  /** Why the last files the user added were refused (shown once, then replaced). */
  rejected: Issue[] = [];
  private readonly controllers = new Map<string, AbortController>();

  constructor(
    private readonly api: () => AttachmentsApi | undefined,
    public limits: AttachmentLimits = DEFAULT_LIMITS,
  ) {
    super();
  }

  /** Uploaded attachments, in the order added. */
  get uploaded(): Attachment[] {
    return this.items.flatMap((item) => (item.status === 'done' && item.attachment ? [item.attachment] : []));
  }

  get busy(): boolean {
    return this.items.some((item) => item.status === 'uploading');
  }

  get failed(): boolean {
    return this.items.some((item) => item.status === 'error');
  }

  /** Checks and starts uploading files; returns (and keeps in `rejected`) the reasons for refusals. */
  add(files: Iterable<File>): Issue[] {
    const rejected: Issue[] = [];
    for (const file of files) {
      if (this.items.length >= this.limits.maxCount) {
        rejected.push({ key: 'tickets.attachments.tooMany', params: { name: file.name, max: this.limits.maxCount } });
      } else if (!accepts(this.limits.accept, file)) {
        rejected.push({ key: 'tickets.attachments.type', params: { name: file.name } });
      } else if (file.size > this.limits.maxBytes) {
        rejected.push({ key: 'tickets.attachments.size', params: { name: file.name, max: formatMegabytes(this.limits.maxBytes) } });
      } else if (file.size === 0) {
        rejected.push({ key: 'tickets.attachments.empty', params: { name: file.name } });
      } else {
        const type = fileType(file);
        const item: AttachmentItem = {
          key: randomId('a'), name: file.name, size: file.size, type, status: 'uploading', progress: 0, file,
          previewUrl: type.startsWith('image/') ? URL.createObjectURL(file) : undefined,
        };
        this.items = [...this.items, item];
        void this.upload(item);
      }
    }
    this.rejected = rejected;
    this.changed();
    return rejected;
  }

  /** Restores attachments that were uploaded before (from a saved draft). */
  restore(attachments: readonly Attachment[]): void {
    this.items = attachments.map((attachment) => ({
      key: randomId('a'), name: attachment.name, size: attachment.size, type: attachment.mimeType, status: 'done' as const,
      progress: 1, attachment,
    }));
    this.changed();
  }

  remove(key: string): void {
    const item = this.items.find((candidate) => candidate.key === key);
    if (!item) return;
    this.controllers.get(key)?.abort();
    this.controllers.delete(key);
    if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    this.items = this.items.filter((candidate) => candidate !== item);
    this.changed();
  }

  retry(key: string): void {
    const item = this.items.find((candidate) => candidate.key === key);
    if (item?.status === 'error' && item.file) void this.upload(item);
  }

  dismissRejected(): void {
    this.rejected = [];
    this.changed();
  }

  /** Forgets everything (after the ticket or reply was sent). */
  clear(): void {
    for (const item of [...this.items]) this.remove(item.key);
    this.rejected = [];
    this.changed();
  }

  dispose(): void {
    for (const controller of this.controllers.values()) controller.abort();
    this.controllers.clear();
    for (const item of this.items) if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
  }

  private update(item: AttachmentItem, patch: Partial<AttachmentItem>): void {
    if (!this.items.includes(item)) return; // removed meanwhile
    Object.assign(item, patch);
    this.items = [...this.items];
    this.changed();
  }

  private async upload(item: AttachmentItem): Promise<void> {
    const api = this.api();
    if (!api || !item.file) {
      this.update(item, { status: 'error', error: { key: 'error.unsupported' } });
      return;
    }
    const controller = new AbortController();
    this.controllers.set(item.key, controller);
    this.update(item, { status: 'uploading', progress: 0, error: undefined });
    try {
      const attachment = await api.upload(item.file, {
        signal: controller.signal,
        onProgress: (fraction) => this.update(item, { progress: Math.min(1, Math.max(0, fraction)) }),
      });
      this.update(item, { status: 'done', progress: 1, attachment });
    } catch (error) {
      const failure = AdapterError.from(error);
      if (failure.code !== 'aborted') this.update(item, { status: 'error', error: { key: `error.${failure.code}` } });
    } finally {
      if (this.controllers.get(item.key) === controller) this.controllers.delete(item.key);
    }
  }
}

/** Bytes as megabytes with at most one decimal ("10", "2.5"), for messages. */
export function formatMegabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
