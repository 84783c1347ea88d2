/**
 * Demo uploads. Files are checked against the limits (type, size), "uploaded" with progress in
 * steps that follow the file size (abortable), and kept so chat messages and tickets can refer to
 * them by id: small files as data URLs in `context.db` (they survive a reload), larger ones as
 * object URLs for the session.
 */
import { AdapterError, type AttachmentsApi } from '../contract.js';
import type { Attachment, AttachmentLimits } from '../schemas.js';
import type { DemoContext } from './context.js';

export const DEMO_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxCount: 5,
  accept: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'],
};

/** The db collection holding uploaded attachments by id (read by the chat and tickets demos). */
export const DEMO_ATTACHMENTS_COLLECTION = 'attachments';

/** Files up to this size are stored inline (data URL) so they survive a reload. */
const INLINE_BYTES = 200 * 1024;

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new AdapterError('invalid_request', `Could not read ${file.name}.`));
    reader.readAsDataURL(file);
  });

export function createDemoAttachments(context: DemoContext): AttachmentsApi {
  return {
    async limits() {
      return DEMO_ATTACHMENT_LIMITS;
    },
    async upload(file, options = {}) {
      const type = file.type || (/\.pdf$/i.test(file.name) ? 'application/pdf' : '');
      if (!DEMO_ATTACHMENT_LIMITS.accept.includes(type)) throw new AdapterError('unsupported', `${file.name} is not an image or PDF.`);
      if (file.size > DEMO_ATTACHMENT_LIMITS.maxBytes) throw new AdapterError('too_large', `${file.name} is larger than 10 MB.`);
      // About 1 MB per simulated step, at least 4 steps.
      const steps = Math.max(4, Math.min(20, Math.ceil(file.size / (1024 * 1024))));
      options.onProgress?.(0);
      for (let step = 1; step <= steps; step++) {
        await context.sleep(120, options.signal);
        options.onProgress?.(step / steps);
      }
      const url = file.size <= INLINE_BYTES ? await readAsDataUrl(file) : URL.createObjectURL(file);
      const attachment: Attachment = {
        id: context.id('att'),
        name: file.name.slice(0, 255) || 'file',
        size: file.size,
        mimeType: type,
        url,
        thumbnailUrl: type.startsWith('image/') ? url : undefined,
      };
      context.db.update<Record<string, Attachment>>(DEMO_ATTACHMENTS_COLLECTION, () => ({}), (all) => {
        all[attachment.id] = attachment;
      });
      return attachment;
    },
  };
}
