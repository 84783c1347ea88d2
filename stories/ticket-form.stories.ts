import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/ticket-form/define.js';
import type { LbTicketForm } from '../src/components/ticket-form/ticket-form.js';
import { createDemoAdapter, type DemoAdapterOptions } from '../src/adapters/demo/index.js';
import { AdapterError, type SupportAdapter } from '../src/adapters/contract.js';
import { storageGate } from '../src/core/storage.js';

interface Args {
  categoryId: string;
  subject: string;
  conversationId: string;
  demo: DemoAdapterOptions;
  /** Replaces parts of the demo adapter (e.g. a fixed article search). */
  adapter?: (demo: SupportAdapter) => SupportAdapter;
  /** A draft left in storage by an earlier visit, `savedAgo` milliseconds ago (with the chat it carried, if any). */
  draft?: { categoryId: string; values: Record<string, string>; savedAgo: number; conversationId?: string };
}

const meta: Meta<Args> = {
  title: 'Views/lb-ticket-form',
  component: 'lb-ticket-form',
  args: { categoryId: '', subject: '', conversationId: '', demo: {} },
  render: (args) => {
    // Each story starts without the drafts other stories saved (before consent, they wait in memory).
    storageGate.revoke();
    for (const key of Object.keys(localStorage)) if (key.startsWith('lifebuoy:tickets.')) localStorage.removeItem(key);
    if (args.draft) {
      const { categoryId, values, savedAgo, conversationId } = args.draft;
      const draft = { categoryId, values, attachments: {}, confirmed: {}, key: 'tk_story_draft', savedAt: Date.now() - savedAgo, conversationId };
      localStorage.setItem(`lifebuoy:tickets.draft.default.${categoryId}`, JSON.stringify(draft));
      localStorage.setItem('lifebuoy:tickets.lastCategory.default', JSON.stringify(categoryId));
    }
    const demo = createDemoAdapter({ persist: false, latency: [80, 200], namespace: `story${Math.random()}`, ...args.demo });
    return html`<div style="max-width: 420px; margin: 24px auto; border: 1px solid #e5e7eb; border-radius: 12px">
      <lb-ticket-form
        .adapter=${args.adapter ? args.adapter(demo) : demo}
        category-id=${args.categoryId}
        .subject=${args.subject}
        .conversationId=${args.conversationId}
      ></lb-ticket-form>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

// ------------------------------------------------------------------ helpers for play functions

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function formIn(canvas: HTMLElement): Promise<LbTicketForm> {
  const form = canvas.querySelector<LbTicketForm>('lb-ticket-form')!;
  for (let i = 0; i < 100 && form.status !== 'editing'; i++) await wait(50);
  await form.updateComplete;
  return form;
}

async function fill(form: LbTicketForm, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    await form.updateComplete;
    const control = form.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`#f-${id}`);
    if (!control) continue;
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    control.dispatchEvent(new Event('blur'));
  }
  await wait(0);
  await form.updateComplete;
}

const click = async (form: LbTicketForm, selector: string) => {
  await form.updateComplete;
  form.shadowRoot!.querySelector<HTMLElement>(selector)?.click();
};

const localTime = (msAgo: number) => {
  const date = new Date(Date.now() - msAgo);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

const deposit = {
  subject: 'USDT deposit on TRON not credited',
  description: 'I sent 250 USDT from my Ledger two hours ago. Tronscan shows it confirmed but my balance did not change.',
  uid: '35281649',
  asset: 'USDT',
  network: 'TRX',
  // A real TRON mainnet transaction (the example of TRON's HTTP API docs).
  'tx-hash': '7c2d4206c03a883dd9066d620335dc1be272a8dc733cfa3f6d10308faa37facc',
  address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
  amount: '250',
  'sent-at': localTime(2 * 3600_000),
};

const fillAndSubmit: Story['play'] = async ({ canvasElement }) => {
  const form = await formIn(canvasElement);
  await fill(form, deposit);
  await click(form, '[part~="submit-button"]');
};

// ------------------------------------------------------------------ stories

/** Loading the form definition (slow backend). */
export const Loading: Story = { args: { demo: { latency: 600_000 } } };

/** First step: choose what the problem is about. */
export const ChooseTopic: Story = {};

/** "Deposit not credited": UID, coin, network, TxID, address, amount, time, screenshots. */
export const DepositForm: Story = { args: { categoryId: 'deposit' } };

/** Conditional fields: "lost my 2FA device" adds the method and the identity photo. */
export const ConditionalFields: Story = {
  args: { categoryId: 'login-2fa' },
  play: async ({ canvasElement }) => fill(await formIn(canvasElement), { problem: 'lost-device', method: 'authenticator' }),
};

/** XRP needs a destination tag: the memo field appears, with network-specific help. */
export const MemoNetwork: Story = {
  args: { categoryId: 'deposit' },
  play: async ({ canvasElement }) => fill(await formIn(canvasElement), { network: 'XRP', memo: 'abc' }),
};

/** Inline errors: EIP-55 checksum typo, too many decimals, a time in the future. */
export const InlineErrors: Story = {
  args: { categoryId: 'deposit' },
  play: async ({ canvasElement }) =>
    fill(await formIn(canvasElement), {
      asset: 'USDT', network: 'ETH', address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', amount: '10.1234567', 'sent-at': localTime(-86_400_000), uid: '12',
    }),
};

/** A TRON address while Ethereum is chosen: a warning (not an error), and an explorer link for the hash. */
export const WrongNetworkWarning: Story = {
  args: { categoryId: 'wrong-network' },
  play: async ({ canvasElement }) =>
    fill(await formIn(canvasElement), {
      mistake: 'network', asset: 'USDT', network: 'ETH', 'tx-hash': deposit['tx-hash'], address: deposit.address,
    }),
};

/** Submit with missing fields: the summary lists them and focus moves to the first. */
export const ErrorSummary: Story = {
  args: { categoryId: 'deposit' },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await fill(form, { subject: 'Deposit missing' });
    await click(form, '[part~="submit-button"]');
  },
};

/** While the user writes, up to three help articles are suggested. */
export const Deflection: Story = {
  args: { categoryId: 'deposit' },
  play: async ({ canvasElement }) => fill(await formIn(canvasElement), { subject: 'deposit not credited' }),
};

/** The user said an article solved it: no ticket; the draft is kept. */
export const Deflected: Story = {
  args: {
    categoryId: 'deposit',
    adapter: (demo) => ({
      ...demo,
      articles: {
        ...demo.articles!,
        search: async () => ({
          total: 1,
          hits: [{ score: 1, terms: [], article: { id: 'deposit-not-credited', title: 'Deposit not credited', categoryId: 'deposits', locale: 'en', updatedAt: '2026-10-01T08:00:00Z' } }],
        }),
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await fill(form, { subject: 'deposit not credited yet' });
    for (let i = 0; i < 40 && !form.shadowRoot!.querySelector('[part~="solved-button"]'); i++) await wait(50);
    await click(form, '[part~="solved-button"]');
  },
};

/** An open ticket in the same topic exists: the form offers to add to it. */
export const DuplicateNotice: Story = { args: { categoryId: 'withdrawal' } };

/** On submit, the choice: add to ticket #100231 or create a new one. */
export const DuplicatePrompt: Story = {
  args: { categoryId: 'withdrawal' },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await fill(form, { ...deposit, subject: 'Withdrawal still missing', 'withdrawal-status': 'processing', 'requested-at': deposit['sent-at'] });
    await click(form, '[part~="submit-button"]');
  },
};

/** The user chose to add to ticket #100231: "Added to ticket #100231", no new ticket. */
export const Appended: Story = {
  args: { categoryId: 'withdrawal' },
  play: async (context) => {
    await DuplicatePrompt.play!(context);
    const form = await formIn(context.canvasElement);
    for (let i = 0; i < 60 && !form.shadowRoot!.querySelector('[part~="append-button"]'); i++) await wait(50);
    await click(form, '[part~="append-button"]');
  },
};

/** Came from chat and added to ticket #100231: the chat goes with the added message, as with a new ticket. */
export const AppendedFromChat: Story = {
  args: { categoryId: 'withdrawal', conversationId: 'c_123' },
  play: (context) => Appended.play!(context),
};

/** A recovery phrase in the description: blocked, never saved or sent. */
export const SecretBlocked: Story = {
  args: { categoryId: 'other' },
  play: async ({ canvasElement }) =>
    fill(await formIn(canvasElement), {
      subject: 'Wallet emptied',
      description: 'My phrase is abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
    }),
};

/** A 64-hex string in free text: could be a private key, so the user confirms it is a transaction hash. */
export const SecretConfirm: Story = {
  args: { categoryId: 'other' },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await fill(form, { subject: 'Where is my deposit', description: `My transaction is ${deposit['tx-hash']} and it is not credited.` });
    await click(form, '[part~="submit-button"]');
  },
};

/** A chat carried over, and a subject handed over from search. */
export const FromChat: Story = { args: { categoryId: 'deposit', subject: 'Deposit not credited', conversationId: 'c_123' } };

/** Back after a reload: the topic edited last reopens with its draft, and the form says so. */
export const DraftRestored: Story = {
  args: {
    draft: {
      categoryId: 'deposit',
      values: { subject: deposit.subject, description: deposit.description, uid: deposit.uid, asset: 'USDT', network: 'TRX', 'tx-hash': deposit['tx-hash'] },
      savedAgo: 2 * 3600_000,
    },
  },
};

/** Back after a reload, with a draft begun after a chat: the chat is still attached (the note says so). */
export const DraftRestoredFromChat: Story = {
  args: { draft: { ...DraftRestored.args!.draft!, conversationId: 'c_123' } },
};

/** Autosaved while typing: "Draft saved", with the choice to discard it. */
export const DraftSaved: Story = {
  args: { categoryId: 'other', demo: { latency: 0 } },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await fill(form, { subject: 'Question about fee tiers', description: 'How are the VIP fee tiers calculated for my account?' });
    for (let i = 0; i < 60 && !form.shadowRoot!.querySelector('[part~="discard-button"]'); i++) await wait(50);
  },
};

/** Sending (slow backend). */
export const Submitting: Story = {
  args: { categoryId: 'deposit', adapter: (demo) => ({ ...demo, tickets: { ...demo.tickets!, create: () => new Promise(() => {}) } }) },
  play: fillAndSubmit,
};

/** Sending timed out: a retry is safe and creates one ticket. */
export const SubmitTimeout: Story = {
  args: { categoryId: 'deposit', demo: { fail: { 'tickets.create': 'timeout' } } },
  play: fillAndSubmit,
};

/** Success: ticket number, expected response time, what happens next. */
export const Success: Story = { args: { categoryId: 'deposit' }, play: fillAndSubmit };

/** The backend did not know the chat handed over (e.g. another backend's): the ticket went without it, and says so. */
export const SuccessWithoutChat: Story = {
  args: {
    categoryId: 'deposit',
    conversationId: 'c_elsewhere',
    adapter: (demo) => ({
      ...demo,
      tickets: {
        ...demo.tickets!,
        create: async (input, options) => {
          if (input.conversationId) throw new AdapterError('not_found', 'No such conversation.');
          return demo.tickets!.create(input, options);
        },
      },
    }),
  },
  play: fillAndSubmit,
};

/** The form definition could not be loaded. */
export const LoadError: Story = { args: { demo: { fail: { 'tickets.form': 'unavailable' } } } };

/** The backend sent a malformed form definition (schema validation). */
export const InvalidDefinition: Story = { args: { demo: { corrupt: ['tickets.form'] } } };

/** Attachments: uploaded, refused (wrong type) and failed (with retry). */
export const Attachments: Story = {
  args: {
    categoryId: 'other',
    adapter: (demo) => {
      let uploads = 0;
      return {
        ...demo,
        attachments: {
          ...demo.attachments!,
          upload: async (file, options) => {
            if (uploads++ === 1) throw new Error('network down');
            return demo.attachments!.upload(file, options);
          },
        },
      };
    },
  },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('[data-field="files"] input[type=file]')!;
    const transfer = new DataTransfer();
    const png = (name: string) => new File([Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0))], name, { type: 'image/png' });
    transfer.items.add(png('wallet-history.png'));
    transfer.items.add(png('explorer.png'));
    transfer.items.add(new File(['notes'], 'notes.txt', { type: 'text/plain' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  },
};

/** An upload in progress (40 %), with its preview. */
export const UploadInProgress: Story = {
  args: {
    categoryId: 'other',
    adapter: (demo) => ({
      ...demo,
      attachments: {
        ...demo.attachments!,
        upload: (_file, options) => {
          options?.onProgress?.(0.4);
          return new Promise(() => {});
        },
      },
    }),
  },
  play: Attachments.play,
};
