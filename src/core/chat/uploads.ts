/**
 * Files attached to the message being written: checked against the adapter's limits (type, size,
 * count) before anything is uploaded, then uploaded at once with progress; each can be cancelled,
 * retried after a failure, or removed. Plain TypeScript; the composer renders it.
 */
import { AdapterError, type AttachmentsApi } from '../../adapters/contract.js';
import type { Attachment, AttachmentLimits } from '../../adapters/schemas.js';

export type UploadState = 'uploading' | 'done' | 'failed';

export interface UploadItem {
  id: string;
  file: File;
  state: UploadState;
  /** 0 to 1. */
  progress: number;
  attachment?: Attachment;
  error?: AdapterError;
}

export interface Rejection {
  file: File;
  reason: 'type' | 'size' | 'count';
}

const EXTENSION_TYPES: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', pdf: 'application/pdf',
};

/** The file's MIME type, guessed from its extension when the browser gave none. */
export function fileType(file: File): string {
  return file.type || EXTENSION_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''] || '';
}

/** Whether `limits.accept` (MIME types, `type/*` patterns or `.ext`) allows the file. */
export function acceptsFile(limits: AttachmentLimits, file: File): boolean {
  const type = fileType(file).toLowerCase();
  const name = file.name.toLowerCase();
  return limits.accept.some((pattern) => {
    const p = pattern.trim().toLowerCase();
    if (p.startsWith('.')) return name.endsWith(p);
    if (p.endsWith('/*')) return type.startsWith(p.slice(0, -1));
    return type === p;
  });
}

let counter = 0;

export class UploadQueue {
  limits?: AttachmentLimits;
  limitsError?: AdapterError;
  private list: UploadItem[] = [];
  private readonly controllers = new Map<string, AbortController>();
  private readonly listeners = new Set<() => void>();
  private limitsRequest?: Promise<AttachmentLimits | undefined>;

  constructor(private readonly api: AttachmentsApi | undefined) {}

  get items(): readonly UploadItem[] {
    return this.list;
  }

  /** True while a file is still uploading. */
  get busy(): boolean {
    return this.list.some((item) => item.state === 'uploading');
  }

  /** True when a file failed and was neither retried nor removed. */
  get hasFailures(): boolean {
    return this.list.some((item) => item.state === 'failed');
  }

  /** Uploaded attachments, in the order they were added. */
  get attachments(): Attachment[] {
    return this.list.flatMap((item) => (item.attachment ? [item.attachment] : []));
  }

  loadLimits(): Promise<AttachmentLimits | undefined> {
    if (!this.api) return Promise.resolve(undefined);
    this.limitsRequest ??= this.api.limits().then(
      (limits) => {
        this.limits = limits;
        this.changed();
        return limits;
      },
      (error: unknown) => {
        this.limitsError = AdapterError.from(error);
        this.limitsRequest = undefined; // try again next time
        this.changed();
        return undefined;
      },
    );
    return this.limitsRequest;
  }

  /** Checks the files against the limits and starts uploading the accepted ones. */
  async add(files: readonly File[]): Promise<Rejection[]> {
    const limits = await this.loadLimits();
    if (!limits) return files.map((file) => ({ file, reason: 'type' as const }));
    const rejected: Rejection[] = [];
    for (const file of files) {
      if (!acceptsFile(limits, file)) rejected.push({ file, reason: 'type' });
      else if (file.size > limits.maxBytes) rejected.push({ file, reason: 'size' });
      else if (this.list.length >= limits.maxCount) rejected.push({ file, reason: 'count' });
      else {
        const item: UploadItem = { id: `u${++counter}`, file, state: 'uploading', progress: 0 };
        this.list = [...this.list, item];
        void this.upload(item.id);
      }
    }
    this.changed();
    return rejected;
  }

  /** Stops an upload in progress, or removes a file: either way it is gone. */
  remove(id: string): void {
    this.controllers.get(id)?.abort();
    this.controllers.delete(id);
    this.list = this.list.filter((item) => item.id !== id);
    this.changed();
  }

  retry(id: string): void {
    const item = this.list.find((entry) => entry.id === id);
    if (!item || item.state !== 'failed') return;
    this.patch(id, { state: 'uploading', progress: 0, error: undefined });
    void this.upload(id);
  }

  /** Forgets every file (after the message went into the outbox). */
  clear(): void {
    for (const controller of this.controllers.values()) controller.abort();
    this.controllers.clear();
    this.list = [];
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async upload(id: string): Promise<void> {
    const item = this.list.find((entry) => entry.id === id);
    if (!item || !this.api) return;
    const controller = new AbortController();
    this.controllers.set(id, controller);
    try {
      const attachment = await this.api.upload(item.file, {
        signal: controller.signal,
        onProgress: (fraction) => {
          if (!controller.signal.aborted) this.patch(id, { progress: Math.max(0, Math.min(1, fraction)) });
        },
      });
      if (!controller.signal.aborted) this.patch(id, { state: 'done', progress: 1, attachment });
    } catch (error) {
      if (!controller.signal.aborted) this.patch(id, { state: 'failed', error: AdapterError.from(error) });
    } finally {
      if (this.controllers.get(id) === controller) this.controllers.delete(id);
    }
  }

  private patch(id: string, patch: Partial<UploadItem>): void {
    this.list = this.list.map((item) => (item.id === id ? { ...item, ...patch } : item));
    this.changed();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
