/**
 * Uploads through Zendesk's `POST /api/v2/uploads?filename=…` (the file as the raw body). The
 * answer's upload `token` becomes the Lifebuoy attachment id: tickets pass it back as
 * `comment.uploads` when they create a request or reply. XMLHttpRequest is used because it is the
 * one browser API that reports upload progress.
 */
import { AdapterError, type AttachmentsApi } from '../contract.js';
import type { AttachmentLimits } from '../schemas.js';
import { parseResponse } from '../validated.js';
import { codeForStatus, parseRetryAfter } from '../http-common.js';
import type { VendorHttp } from '../chatwoot/vendor-http.js';
import { toAttachment, uploadResponseSchema } from './api.js';

export interface ZendeskAttachmentsContext {
  http: VendorHttp;
  limits: AttachmentLimits;
  headers(): Record<string, string>;
  /** Per upload, in ms. Default 300000. */
  timeoutMs: number;
  XMLHttpRequest?: typeof XMLHttpRequest;
}

/** Zendesk's documented attachment size limit. */
export const ZENDESK_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const accepts = (accept: string[], type: string) =>
  accept.length === 0 || accept.some((pattern) => pattern === type || (pattern.endsWith('/*') && type.startsWith(pattern.slice(0, -1))));

export function createZendeskAttachments(context: ZendeskAttachmentsContext): AttachmentsApi {
  return {
    async limits() {
      return context.limits;
    },

    upload(file, options = {}) {
      const type = file.type || 'application/binary';
      if (file.size > context.limits.maxBytes) {
        return Promise.reject(new AdapterError('too_large', `${file.name} is larger than ${Math.round(context.limits.maxBytes / 1024 / 1024)} MB.`));
      }
      if (!accepts(context.limits.accept, file.type)) {
        return Promise.reject(new AdapterError('unsupported', `${file.name} is not an accepted file type.`));
      }
      const Request = context.XMLHttpRequest ?? globalThis.XMLHttpRequest;
      return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
          reject(new AdapterError('aborted', 'The upload was cancelled.'));
          return;
        }
        const xhr = new Request();
        xhr.open('POST', context.http.url('/api/v2/uploads', { filename: file.name || 'file' }));
        xhr.timeout = context.timeoutMs;
        xhr.setRequestHeader('Content-Type', type);
        xhr.setRequestHeader('Accept', 'application/json');
        for (const [name, value] of Object.entries(context.headers())) xhr.setRequestHeader(name, value);
        options.onProgress?.(0);
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable && event.total > 0) options.onProgress?.(Math.min(0.99, event.loaded / event.total));
        };
        const onAbort = () => xhr.abort();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const settle = () => options.signal?.removeEventListener('abort', onAbort);
        xhr.onabort = () => {
          settle();
          reject(new AdapterError('aborted', 'The upload was cancelled.'));
        };
        xhr.ontimeout = () => {
          settle();
          reject(new AdapterError('timeout', 'Zendesk did not accept the upload in time.'));
        };
        xhr.onerror = () => {
          settle();
          reject(new AdapterError('network', 'Zendesk could not be reached for the upload.'));
        };
        xhr.onload = () => {
          settle();
          let body: unknown;
          try {
            body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
          } catch {
            body = xhr.responseText;
          }
          if (xhr.status < 200 || xhr.status >= 300) {
            const detail = (body as { description?: unknown; error?: unknown } | undefined);
            const text = typeof detail?.description === 'string' ? detail.description : typeof detail?.error === 'string' ? detail.error : '';
            reject(new AdapterError(codeForStatus(xhr.status), `Zendesk refused the upload (${xhr.status})${text ? `: ${text}` : ''}.`, {
              retryAfter: parseRetryAfter(xhr.getResponseHeader('Retry-After')),
              details: { status: xhr.status, body },
            }));
            return;
          }
          try {
            const { upload } = parseResponse(uploadResponseSchema, body, 'Zendesk upload');
            const attachment = upload.attachment ?? upload.attachments?.at(-1);
            if (!attachment) throw new AdapterError('invalid_response', 'Zendesk returned an upload without an attachment.');
            options.onProgress?.(1);
            resolve({ ...toAttachment(attachment), id: upload.token });
          } catch (error) {
            reject(AdapterError.from(error));
          }
        };
        xhr.send(file);
      });
    },
  };
}
