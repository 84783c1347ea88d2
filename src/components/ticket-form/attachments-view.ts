/**
 * The attachment picker shared by the ticket form and the reply composer: a button and a drop
 * zone (paste is handled by the host form), the limits, previews, progress, remove and retry.
 */
import { html, nothing } from 'lit';
import type { AttachmentQueue } from '../../core/tickets/attachments.js';
import type { LocalizeController } from '../../core/i18n.js';
import type { Issue } from '../../core/validators/result.js';
import { icons } from '../../styles/icons.js';
import { SAFE_IMAGE } from '../../core/safe-url.js';

export interface AttachmentsViewOptions {
  /** Id of the "Add files" button (focused for the field's error). */
  id: string;
  /** Ids that describe the button (help, error). */
  describedBy?: string;
  /** Id of the element naming the group. */
  labelledBy: string;
  announce(text: string): void;
}

/** "Images, PDF" from accept patterns. */
function describeKinds(accept: readonly string[], t: LocalizeController): string {
  const kinds = new Set(accept.map((pattern) => {
    if (pattern === 'image/*') return t.t('tickets.attachments.images');
    const name = pattern.startsWith('.') ? pattern.slice(1) : pattern.split('/').pop() ?? pattern;
    return name.replace(/^(x-|vnd\.)/, '').replace('jpeg', 'jpg').toUpperCase();
  }));
  return [...kinds].join(', ');
}

const issueText = (t: LocalizeController, issue: Issue) => t.t(issue.key, issue.params);

/** Adds files and announces what was refused. */
export function addFiles(queue: AttachmentQueue, files: Iterable<File>, t: LocalizeController, announce: (text: string) => void): void {
  const rejected = queue.add(files);
  if (rejected.length) announce(rejected.map((issue) => issueText(t, issue)).join(' '));
}

export function renderAttachments(queue: AttachmentQueue, t: LocalizeController, options: AttachmentsViewOptions) {
  const { limits } = queue;
  const full = queue.items.length >= limits.maxCount;
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).removeAttribute('data-over');
    if (event.dataTransfer?.files.length) addFiles(queue, event.dataTransfer.files, t, options.announce);
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    (event.currentTarget as HTMLElement).setAttribute('data-over', '');
  };
  const onPick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.files?.length) addFiles(queue, Array.from(input.files), t, options.announce);
    input.value = '';
  };
  const pick = (event: Event) => {
    (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLInputElement>('input[type=file]')?.click();
  };
  return html`
    <div
      class="dropzone"
      part="dropzone"
      @dragover=${onDragOver}
      @dragleave=${(event: DragEvent) => (event.currentTarget as HTMLElement).removeAttribute('data-over')}
      @drop=${onDrop}
    >
      <input type="file" hidden multiple accept=${limits.accept.join(',')} tabindex="-1" aria-hidden="true" @change=${onPick} />
      <button
        type="button"
        class="secondary"
        part="add-files"
        id=${options.id}
        aria-labelledby="${options.labelledBy} ${options.id}"
        aria-describedby="${options.id}-limits ${options.describedBy ?? ''}"
        ?disabled=${full}
        @click=${pick}
      >
        ${icons.attach}<span>${t.t('tickets.attachments.add')}</span>
      </button>
      <span class="muted">${t.t('tickets.attachments.drop')}</span>
      <p class="muted small" id="${options.id}-limits">
        ${t.t('tickets.attachments.limits', { kinds: describeKinds(limits.accept, t), count: limits.maxCount, size: t.fileSize(limits.maxBytes) })}
      </p>
    </div>
    ${queue.rejected.length
      ? html`<ul class="rejected" part="attachment-errors">
          ${queue.rejected.map((issue) => html`<li>${icons.warning}<span>${issueText(t, issue)}</span></li>`)}
        </ul>`
      : nothing}
    ${queue.items.length
      ? html`<ul class="attachments" part="attachments" aria-label=${t.t('tickets.attachments.list')}>
          ${queue.items.map(
            (item) => html`<li class="attachment" part="attachment" data-status=${item.status}>
              ${item.previewUrl || (item.attachment?.thumbnailUrl && SAFE_IMAGE.test(item.attachment.thumbnailUrl))
                ? html`<img class="preview" part="attachment-preview" alt="" referrerpolicy="no-referrer" src=${item.previewUrl ?? item.attachment!.thumbnailUrl!} />`
                : html`<span class="preview file-icon" part="attachment-preview">${icons.attach}</span>`}
              <span class="attachment-body">
                <span class="attachment-name" dir="auto">${item.name}</span>
                <span class="muted small">${t.fileSize(item.size)}</span>
                ${item.status === 'uploading'
                  ? html`<progress part="attachment-progress" max="1" .value=${item.progress} aria-label=${t.t('tickets.attachments.uploading', { name: item.name })}></progress>`
                  : nothing}
                ${item.status === 'error' && item.error ? html`<span class="error small">${issueText(t, item.error)}</span>` : nothing}
              </span>
              ${item.status === 'error'
                ? html`<button type="button" class="secondary small" part="attachment-retry" @click=${() => queue.retry(item.key)}>
                    ${t.t('common.retry')}<span class="visually-hidden">: ${item.name}</span>
                  </button>`
                : nothing}
              <button type="button" class="icon-button" part="attachment-remove" aria-label=${t.t('tickets.attachments.remove', { name: item.name })} @click=${() => queue.remove(item.key)}>
                ${icons.close}
              </button>
            </li>`,
          )}
        </ul>`
      : nothing}
  `;
}

/** Remembers each item's status to announce finished and failed uploads once. */
export class UploadAnnouncer {
  private readonly seen = new Map<string, string>();

  check(queue: AttachmentQueue, t: LocalizeController, announce: (text: string) => void): void {
    for (const item of queue.items) {
      const before = this.seen.get(item.key);
      if (before === item.status) continue;
      this.seen.set(item.key, item.status);
      if (before === 'uploading' && item.status === 'done') announce(t.t('tickets.attachments.uploaded', { name: item.name }));
      if (before === 'uploading' && item.status === 'error') announce(t.t('tickets.attachments.failed', { name: item.name }));
    }
  }
}
