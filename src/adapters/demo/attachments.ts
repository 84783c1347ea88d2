/** Demo uploads: kept in memory as object URLs, with simulated progress. */
import { AdapterError, type AttachmentsApi } from '../contract.js';
import type { AttachmentLimits } from '../schemas.js';
import type { DemoContext } from './context.js';

export const DEMO_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxCount: 5,
  accept: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'],
};

export function createDemoAttachments(context: DemoContext): AttachmentsApi {
  return {
    async limits() {
      return DEMO_ATTACHMENT_LIMITS;
    },
    async upload(file, options = {}) {
      if (file.size > DEMO_ATTACHMENT_LIMITS.maxBytes) throw new AdapterError('too_large', `${file.name} is larger than 10 MB.`);
      const steps = 5;
      for (let step = 1; step <= steps; step++) {
        await context.sleep(80, options.signal);
        options.onProgress?.(step / steps);
      }
      const url = URL.createObjectURL(file);
      return {
        id: context.id('att'),
        name: file.name,
        size: file.size,
        mimeType: file.type || 'application/octet-stream',
        url,
        thumbnailUrl: file.type.startsWith('image/') ? url : undefined,
      };
    },
  };
}
