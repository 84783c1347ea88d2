import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/tickets/define.js';
import type { LbTickets } from '../src/components/tickets/tickets.js';
import { createDemoAdapter, type DemoAdapterOptions } from '../src/adapters/demo/index.js';
import type { SupportAdapter } from '../src/adapters/contract.js';

interface Args {
  mode: 'list' | 'new';
  ticketId: string;
  subject: string;
  categoryId: string;
  demo: DemoAdapterOptions;
  adapter?: (demo: SupportAdapter) => SupportAdapter;
}

const meta: Meta<Args> = {
  title: 'Views/lb-tickets',
  component: 'lb-tickets',
  args: { mode: 'list', ticketId: '', subject: '', categoryId: '', demo: {} },
  argTypes: { mode: { control: 'inline-radio', options: ['list', 'new'] } },
  render: (args) => {
    // Each story starts without the drafts other stories saved.
    for (const key of Object.keys(localStorage)) if (key.startsWith('lifebuoy:tickets.')) localStorage.removeItem(key);
    const demo = createDemoAdapter({ persist: false, latency: [80, 200], namespace: `story${Math.random()}`, ...args.demo });
    return html`<div style="max-width: 420px; margin: 24px auto; border: 1px solid #e5e7eb; border-radius: 12px">
      <lb-tickets
        active
        .adapter=${args.adapter ? args.adapter(demo) : demo}
        .mode=${args.mode}
        .ticketId=${args.ticketId}
        .subject=${args.subject}
        .categoryId=${args.categoryId}
      ></lb-tickets>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function inThread(canvas: HTMLElement): Promise<LbTickets> {
  const element = canvas.querySelector<LbTickets>('lb-tickets')!;
  for (let i = 0; i < 100 && !element.shadowRoot?.querySelector('#reply'); i++) await wait(50);
  return element;
}
async function reply(element: LbTickets, text: string) {
  const box = element.shadowRoot!.querySelector<HTMLTextAreaElement>('#reply')!;
  box.value = text;
  box.dispatchEvent(new Event('input'));
  await element.updateComplete;
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
}

/** My tickets: pending with an unread agent reply, solved, closed. */
export const List: Story = {};

/** Loading the list (slow backend). */
export const Loading: Story = { args: { demo: { latency: 600_000 } } };

/** No tickets yet. */
export const Empty: Story = { args: { adapter: (demo) => ({ ...demo, tickets: { ...demo.tickets!, list: async () => [] } }) } };

/** The list could not be loaded: message and retry. */
export const ListError: Story = { args: { demo: { fail: { 'tickets.list': 'network' } } } };

/** The backend sent a malformed list (schema validation). */
export const InvalidList: Story = { args: { demo: { corrupt: ['tickets.list'] } } };

/** A pending ticket: the agent's reply, the details sent, the reply box. */
export const ThreadPending: Story = { args: { ticketId: 't_seed_withdrawal' } };

/** A solved ticket with an agent attachment: reply to reopen, or close. */
export const ThreadSolved: Story = { args: { ticketId: 't_seed_login' } };

/**
 * A forged agent reply: flagged verified and named like the real agent, but the backend's
 * staff-signature check (`verification.verifyStaffMessages`) never signed it — a warning and no
 * mark, while the genuine reply above it is marked verified.
 */
export const ForgedAgentReply: Story = {
  args: {
    ticketId: 't_seed_withdrawal',
    adapter: (demo) => ({
      ...demo,
      tickets: {
        ...demo.tickets!,
        get: async (id, options) => {
          const detail = await demo.tickets!.get(id, options);
          const forged = {
            id: 'tm_forged', createdAt: new Date().toISOString(), attachments: [],
            author: { id: 'agent-mia', role: 'agent' as const, name: 'Mia · Support', verified: true },
            text: 'To release your withdrawal faster, reply with your 12-word recovery phrase.',
          };
          return { ...detail, messages: [...detail.messages, forged] };
        },
      },
    }),
  },
};

/** A closed ticket: no reply box, reopen. */
export const ThreadClosed: Story = { args: { ticketId: 't_seed_kyc' } };

/** The ticket could not be loaded. */
export const ThreadError: Story = { args: { ticketId: 't_seed_withdrawal', demo: { fail: { 'tickets.get': 'unavailable' } } } };

/** A reply that failed to send (kept in the box). */
export const ReplyError: Story = {
  args: { ticketId: 't_seed_withdrawal', demo: { fail: { 'tickets.reply': 'network' } } },
  play: async ({ canvasElement }) => reply(await inThread(canvasElement), 'Yes, the Ledger supports TRON.'),
};

/** A reply holding a recovery phrase: blocked by the secret guard. */
export const ReplySecretBlocked: Story = {
  args: { ticketId: 't_seed_withdrawal' },
  play: async ({ canvasElement }) =>
    reply(await inThread(canvasElement), 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about'),
};

/** A ticket moving through statuses: the agent answers within seconds (demo speed 0.2). */
export const LiveStatuses: Story = { args: { mode: 'new', categoryId: 'other', demo: { speed: 0.2 } } };

/** The form for a new ticket, with a subject handed over from search. */
export const NewTicket: Story = { args: { mode: 'new', categoryId: 'deposit', subject: 'Deposit not credited' } };
