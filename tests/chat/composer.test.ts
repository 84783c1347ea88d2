import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/chat-composer/define.js';
import type { LbChatComposer } from '../../src/components/chat-composer/chat-composer.js';
import type { Attachment } from '../../src/adapters/schemas.js';
import type { DemoAdapterOptions } from '../../src/adapters/demo/index.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';

type Submit = { text: string; attachments: Attachment[] };

async function mount(options: DemoAdapterOptions = {}) {
  const el = await fixture<LbChatComposer>(html`<lb-chat-composer .adapter=${testAdapter(options)}></lb-chat-composer>`);
  const submits: Submit[] = [];
  el.addEventListener('lb-composer-submit', (event) => submits.push(event.detail));
  await until(() => el.shadowRoot!.querySelector('[part="attach-button"]'), 3000, 'attach button');
  const textarea = el.shadowRoot!.querySelector('textarea')!;
  return { el, submits, textarea };
}

const png = (name = 'shot.png', size = 2048) => new File([new Uint8Array(size)], name, { type: 'image/png' });
const enter = (init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true, ...init });

describe('<lb-chat-composer>', () => {
  beforeEach(() => resetStorage());

  it('sends with Enter and adds a line with Shift+Enter (real key presses)', async () => {
    const { el, submits, textarea } = await mount();
    textarea.focus();
    await sendKeys({ type: 'first line' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'second line' });
    expect(submits).to.have.length(0);
    expect(textarea.value).to.equal('first line\nsecond line');
    await sendKeys({ press: 'Enter' });
    expect(submits).to.deep.equal([{ text: 'first line\nsecond line', attachments: [] }]);
    // The text stays until the owner accepts the message.
    expect(textarea.value).to.equal('first line\nsecond line');
    el.clear();
    await el.updateComplete;
    expect(textarea.value).to.equal('');
  });

  it('never sends while an input method is composing', async () => {
    const { submits, textarea } = await mount();
    textarea.focus();
    textarea.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true }));
    textarea.value = 'nihao';
    textarea.dispatchEvent(new InputEvent('input', { data: 'nihao', isComposing: true, bubbles: true }));
    // Enter confirms the candidate: the browser marks the keydown as composing…
    const composingEnter = enter({ isComposing: true });
    textarea.dispatchEvent(composingEnter);
    expect(composingEnter.defaultPrevented).to.equal(false);
    textarea.dispatchEvent(new CompositionEvent('compositionend', { data: '你好', bubbles: true }));
    textarea.value = '你好';
    textarea.dispatchEvent(new InputEvent('input', { data: '你好', bubbles: true }));
    // …and Safari sends keyCode 229 right after compositionend.
    const safariEnter = enter();
    Object.defineProperty(safariEnter, 'keyCode', { value: 229 });
    textarea.dispatchEvent(safariEnter);
    expect(submits).to.have.length(0);
    expect(textarea.value).to.equal('你好');
    // A real Enter afterwards sends.
    await sendKeys({ press: 'Enter' });
    expect(submits).to.deep.equal([{ text: '你好', attachments: [] }]);
  });

  it('refuses files over the limits and explains why', async () => {
    const { el } = await mount();
    const big = new File([new Uint8Array(11 * 1024 * 1024)], 'huge.png', { type: 'image/png' });
    const exe = new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' });
    await el.addFiles([big, exe]);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('.rejections[role="alert"]')!;
    expect(visibleText(alert)).to.contain('huge.png is larger than 10 MB');
    expect(visibleText(alert)).to.contain('setup.exe cannot be attached');
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelectorAll('[part="attachment"]')).to.have.length(0);
    await el.addFiles(Array.from({ length: 6 }, (_, i) => png(`s${i}.png`)));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="attachment"]')).to.have.length(5);
    expect(visibleText(el.shadowRoot!.querySelector('.rejections')!)).to.contain('up to 5 files');
  });

  it('shows upload progress, then sends the uploaded attachment', async () => {
    const { el, submits } = await mount({ speed: 0.5 });
    void el.addFiles([png()]);
    const seen = new Set<number>();
    await until(() => {
      const bar = el.shadowRoot!.querySelector<HTMLProgressElement>('[part="progress"]');
      if (bar) seen.add(bar.value);
      return el.shadowRoot!.querySelector('.upload.done');
    }, 5000, 'upload done');
    expect([...seen].some((value) => value > 0 && value < 100), `progress values ${[...seen]}`).to.equal(true);
    const send = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!;
    expect(send.getAttribute('aria-disabled')).to.equal('false');
    send.click();
    expect(submits).to.have.length(1);
    expect(submits[0]!.attachments.map((a) => a.name)).to.deep.equal(['shot.png']);
  });

  it('does not send while a file uploads, and cancelling removes it', async () => {
    // Slow enough that the upload is still running after typing (slow in Firefox under load).
    const { el, submits, textarea } = await mount({ speed: 50 });
    void el.addFiles([png()]);
    await until(() => el.shadowRoot!.querySelector('.upload.uploading'));
    textarea.focus();
    await sendKeys({ type: 'look' });
    await sendKeys({ press: 'Enter' });
    expect(submits).to.have.length(0);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.upload .remove')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.upload')).to.equal(null);
    await sendKeys({ press: 'Enter' });
    expect(submits).to.deep.equal([{ text: 'look', attachments: [] }]);
  });

  it('shows a failed upload with retry', async () => {
    const fail: DemoAdapterOptions['fail'] = { 'attachments.upload': 'network' };
    const { el, submits } = await mount({ fail });
    await el.addFiles([png()]);
    await until(() => el.shadowRoot!.querySelector('.upload.failed'));
    expect(visibleText(el.shadowRoot!.querySelector('.upload.failed')!)).to.contain('Upload of shot.png failed');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
    expect(submits).to.have.length(0); // a failed file holds the message back
    delete fail['attachments.upload']; // the network is back
    el.shadowRoot!.querySelector<HTMLButtonElement>('.upload.failed .small')!.click();
    await until(() => el.shadowRoot!.querySelector('.upload.done'));
    el.submit();
    expect(submits[0]!.attachments).to.have.length(1);
  });

  it('attaches a pasted screenshot and dropped files', async () => {
    const { el, textarea } = await mount();
    const clipboard = new DataTransfer();
    clipboard.items.add(png('pasted.png'));
    const paste = new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true });
    // Firefox gives a synthetic paste an empty clipboard; a real paste carries the screenshot.
    if (!paste.clipboardData?.files.length) Object.defineProperty(paste, 'clipboardData', { value: clipboard });
    textarea.dispatchEvent(paste);
    await until(() => visibleText(el).includes('pasted.png'));
    expect(paste.defaultPrevented).to.equal(true);
    const dropped = new DataTransfer();
    dropped.items.add(new File(['%PDF-1.4'], 'statement.pdf', { type: 'application/pdf' }));
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    base.dispatchEvent(new DragEvent('dragover', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    base.dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await until(() => visibleText(el).includes('statement.pdf'));
    await until(() => el.shadowRoot!.querySelectorAll('.upload.done').length === 2);
  });

  it('is accessible', async () => {
    const { el } = await mount();
    await el.addFiles([png()]);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
