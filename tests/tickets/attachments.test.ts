/** Attachments in the ticket form: limits, drop, paste, previews, progress, failure, retry, remove. */
import { aTimeout, expect, fixtureCleanup } from '@open-wc/testing';
import { AdapterError, type SupportAdapter, type UploadOptions } from '../../src/adapters/contract.js';
import type { Attachment, CreateTicketInput } from '../../src/adapters/schemas.js';
import { accepts, resolveLimits } from '../../src/core/tickets/attachments.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';
import { $, $$, fill, fillOther, formFixture, pngFile, submit } from './helpers.js';

function files(...list: File[]): DataTransfer {
  const transfer = new DataTransfer();
  for (const file of list) transfer.items.add(file);
  return transfer;
}

function pick(element: Element, list: File[], fieldId = 'files') {
  const input = $<HTMLInputElement>(element, `[data-field="${fieldId}"] input[type=file]`)!;
  input.files = files(...list).files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const attachmentNames = (element: Element) => $$(element, '[part~="attachment"] .attachment-name').map((name) => name.textContent);

/** An adapter whose uploads wait until the test lets them finish (or fail). */
function controlledUploads(inner = testAdapter()) {
  const pending: { file: File; options?: UploadOptions; resolve(a: Attachment): void; reject(e: unknown): void }[] = [];
  const adapter: SupportAdapter = {
    ...inner,
    attachments: {
      limits: () => inner.attachments!.limits(),
      upload: (file, options) =>
        new Promise<Attachment>((resolve, reject) => {
          pending.push({ file, options, resolve, reject });
          options?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    },
  };
  const finish = (index: number) => {
    const { file, resolve } = pending[index]!;
    resolve({ id: `att_${index}`, name: file.name, size: file.size, mimeType: file.type, url: `https://files.example/${index}` });
  };
  return { adapter, pending, finish };
}

describe('ticket attachments', () => {
  beforeEach(() => resetStorage());
  afterEach(async () => {
    fixtureCleanup();
    await aTimeout(20);
  });

  it('accepts images and PDF by default; field limits win over the backend\'s', () => {
    const defaults = resolveLimits(undefined, undefined);
    expect(defaults.accept).to.deep.equal(['image/*', 'application/pdf']);
    expect(accepts(defaults.accept, { name: 'a.png', type: 'image/png' })).to.equal(true);
    expect(accepts(defaults.accept, { name: 'statement.pdf', type: '' }), 'type from the extension').to.equal(true);
    expect(accepts(defaults.accept, { name: 'notes.txt', type: 'text/plain' })).to.equal(false);
    const backend = { maxBytes: 1000, maxCount: 2, accept: ['application/pdf'] };
    expect(resolveLimits(undefined, backend)).to.deep.equal(backend);
    expect(resolveLimits({ maxFiles: 7 }, backend)).to.deep.equal({ ...backend, maxCount: 7 });
  });

  it('shows the limits, previews and upload progress, and announces a finished upload', async () => {
    const { adapter, pending, finish } = controlledUploads();
    const element = await formFixture(adapter, 'deposit');
    expect(visibleText($(element, '[data-field="files"]')!)).to.contain('PNG, JPG, GIF, WEBP, PDF; up to 5 files, 10 MB each.');
    pick(element, [pngFile('proof.png', 2048)]);
    await until(() => pending.length === 1);
    pending[0]!.options!.onProgress!(0.5);
    await until(() => $<HTMLProgressElement>(element, '[part~="attachment-progress"]')?.value === 0.5, 2000, 'progress');
    expect($(element, '[part~="attachment-progress"]')!.getAttribute('aria-label')).to.equal('Uploading proof.png');
    expect($<HTMLImageElement>(element, 'img[part~="attachment-preview"]')!.src).to.match(/^blob:/);
    finish(0);
    await until(() => !$(element, '[part~="attachment-progress"]'), 2000, 'upload done');
    await until(() => visibleText($(element, '[role="status"][aria-live]')!).includes('proof.png uploaded.'), 2000, 'the announcement');
  });

  it('refuses files of the wrong type, too large, or beyond the count, and says why', async () => {
    const element = await formFixture(testAdapter(), 'login-2fa');
    await fill(element, 'problem', 'lost-device');
    // The identity photo takes two JPEG/PNG images.
    pick(element, [pngFile('id.png'), new File(['x'], 'scan.pdf', { type: 'application/pdf' }), pngFile('huge.png', 11 * 1024 * 1024), pngFile('selfie.png'), pngFile('third.png')], 'selfie');
    await element.updateComplete;
    const errors = visibleText($(element, '[data-field="selfie"] [part~="attachment-errors"]')!);
    expect(errors).to.contain('scan.pdf was not added: this file type is not accepted.');
    expect(errors).to.contain('huge.png was not added: it is larger than 10 MB.');
    expect(errors).to.contain('third.png was not added: at most 2 files.');
    expect(attachmentNames(element)).to.deep.equal(['id.png', 'selfie.png']);
    expect($<HTMLButtonElement>(element, '#f-selfie-add')!.disabled, 'full').to.equal(true);
  });

  it('takes its limits from the backend when the form definition sets none', async () => {
    const inner = testAdapter();
    const adapter: SupportAdapter = {
      ...inner,
      tickets: {
        ...inner.tickets!,
        form: async () => ({ categories: [{ id: 'other', name: 'Other', incidentTags: [], fields: [{ id: 'files', type: 'file', label: 'Files', required: false }] }] }),
      },
      attachments: { ...inner.attachments!, limits: async () => ({ maxBytes: 1024, maxCount: 1, accept: ['application/pdf'] }) },
    };
    const element = await formFixture(adapter);
    expect(visibleText($(element, '[data-field="files"]')!)).to.contain('PDF; one file up to 1 kB.');
    pick(element, [pngFile('a.png', 10)]);
    await element.updateComplete;
    expect(visibleText(element)).to.contain('a.png was not added: this file type is not accepted.');
  });

  it('adds files dropped on the zone', async () => {
    const element = await formFixture(testAdapter(), 'deposit');
    const zone = $(element, '[data-field="files"] [part~="dropzone"]')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: files(pngFile('dragged.png')), bubbles: true, cancelable: true }));
    await element.updateComplete;
    expect(zone.hasAttribute('data-over')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: files(pngFile('dropped.png')), bubbles: true, cancelable: true }));
    expect(zone.hasAttribute('data-over')).to.equal(false);
    await element.updateComplete;
    expect(attachmentNames(element)).to.deep.equal(['dropped.png']);
  });

  it('adds a screenshot pasted anywhere in the form', async function () {
    const paste = new ClipboardEvent('paste', { clipboardData: files(pngFile('pasted.png')), bubbles: true, cancelable: true, composed: true });
    // Firefox drops the files of a synthetic clipboard event (only a real paste carries them).
    if (!paste.clipboardData?.files.length) this.skip();
    const element = await formFixture(testAdapter(), 'deposit');
    $(element, '#f-description')!.dispatchEvent(paste);
    await element.updateComplete;
    expect(attachmentNames(element)).to.deep.equal(['pasted.png']);
    expect(paste.defaultPrevented).to.equal(true);
  });

  it('shows a failed upload, blocks sending until it is retried or removed, and retries', async () => {
    const inner = testAdapter();
    let attempts = 0;
    const sent: CreateTicketInput[] = [];
    const adapter: SupportAdapter = {
      ...inner,
      attachments: {
        ...inner.attachments!,
        upload: async (file, options) => {
          if (attempts++ === 0) throw new AdapterError('network', 'offline');
          return inner.attachments!.upload(file, options);
        },
      },
      tickets: { ...inner.tickets!, create: (input, options) => (sent.push(input), inner.tickets!.create(input, options)) },
    };
    const element = await formFixture(adapter);
    await fillOther(element);
    pick(element, [pngFile('receipt.png')]);
    await until(() => $(element, '[part~="attachment"][data-status="error"]'), 2000, 'the failure');
    expect(visibleText($(element, '[part~="attachment"]')!)).to.contain('We could not reach support');
    submit(element);
    await until(() => $(element, '[part~="error-summary"]'));
    expect(visibleText($(element, '[part~="error-summary"]')!)).to.contain('A file failed to upload');
    expect(sent).to.have.length(0);

    $<HTMLButtonElement>(element, '[part~="attachment-retry"]')!.click();
    await until(() => $(element, '[part~="attachment"][data-status="done"]'), 2000, 'the retry');
    submit(element);
    await until(() => element.status === 'success', 3000);
    expect(sent[0]!.attachmentIds).to.have.length(1);
    expect(sent[0]!.fields.files).to.equal('receipt.png');
  });

  it('removes a file, aborting its upload', async () => {
    const { adapter, pending } = controlledUploads();
    const element = await formFixture(adapter, 'other');
    pick(element, [pngFile('wrong.png'), pngFile('right.png')]);
    await until(() => pending.length === 2);
    $<HTMLButtonElement>(element, '[part~="attachment-remove"][aria-label="Remove wrong.png"]')!.click();
    await element.updateComplete;
    expect(pending[0]!.options!.signal!.aborted).to.equal(true);
    expect(attachmentNames(element)).to.deep.equal(['right.png']);
  });

  it('is accessible with files attached and refused', async () => {
    const element = await formFixture(testAdapter(), 'other');
    pick(element, [pngFile('ok.png'), new File(['x'], 'notes.txt', { type: 'text/plain' })]);
    await until(() => $(element, '[part~="attachment"][data-status="done"]'));
    await expect(element).to.be.accessible();
  });
});
