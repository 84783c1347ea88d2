import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/channel-picker/define.js';
import { createDemoAdapter, type DemoAdapterOptions } from '../src/adapters/demo/index.js';
import type { User } from '../src/adapters/schemas.js';

/** Tuesday 2027-01-05, 10:00 in Singapore: office hours. */
const OFFICE_HOURS = Date.parse('2027-01-05T02:00:00Z');
/** Sunday 2027-01-10, 03:00 in Singapore: phone lines and the VIP desk are closed. */
const AFTER_HOURS = Date.parse('2027-01-09T19:00:00Z');

interface Args {
  user: User | null;
  problem: string;
  now: number;
  timeZone: string;
  demo: DemoAdapterOptions;
}

const meta: Meta<Args> = {
  title: 'Views/lb-channel-picker',
  component: 'lb-channel-picker',
  args: {
    user: { uid: '12345678', name: 'Alex', region: 'SG', vipTier: 0 },
    problem: '',
    now: OFFICE_HOURS,
    timeZone: 'Asia/Singapore',
    demo: {},
  },
  argTypes: { timeZone: { control: 'select', options: ['Asia/Singapore', 'Asia/Shanghai', 'Europe/London', 'America/New_York'] } },
  render: (args) => html`<div style="max-width: 420px; margin: 0 auto; background: #fff; min-height: 100vh">
    <lb-channel-picker
      .adapter=${createDemoAdapter({ persist: false, now: () => args.now, ...args.demo })}
      .user=${args.user}
      .problem=${args.problem}
      .now=${args.now}
      time-zone=${args.timeZone}
    ></lb-channel-picker>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A regular user in Singapore during office hours, with the ETH withdrawal incident on. */
export const RegularUser: Story = {};

/** A VIP user (tier 2) also sees the VIP account manager. */
export const VipUser: Story = { args: { user: { uid: '87654321', name: 'Mei', region: 'SG', vipTier: 2 } } };

/** A user in a region without a phone line (Germany): no phone, no WeChat. */
export const RegionWithoutPhone: Story = { args: { user: { uid: '12345678', region: 'DE' }, timeZone: 'Europe/London' } };

/** Sunday night in Singapore: phone and VIP desk closed, with the next opening in the user's time. */
export const AfterHours: Story = { args: { now: AFTER_HOURS, user: { uid: '87654321', region: 'SG', vipTier: 2 } } };

/** The same night seen by a traveller in New York: openings shown in New York time. */
export const AfterHoursTraveller: Story = { args: { now: AFTER_HOURS, timeZone: 'America/New_York' } };

/** "My account may be compromised": phone and live chat first, with the steps to freeze the account. */
export const Emergency: Story = { args: { problem: 'My account may be compromised' } };

/** The same emergency after hours: live chat (24/7) moves to the top. */
export const EmergencyAfterHours: Story = { args: { problem: '账号被盗', now: AFTER_HOURS } };

/** A missing deposit, in Chinese: a ticket first, with the checks to do before. */
export const DepositMissing: Story = { args: { problem: '充值未到账' } };

/** A how-to question: the help center first. */
export const HowTo: Story = { args: { problem: 'How do I enable 2FA?' } };

/** During an incident: the matching notice sits above the channels ("eth withdrawal stuck"). */
export const DuringAnIncident: Story = { args: { problem: 'My ETH withdrawal is stuck' } };

/** No incidents: the status notice stays out of the way. */
export const NoIncidents: Story = { args: { demo: { incidents: 'none' } } };

/** An anonymous visitor: no phone (region unknown), no VIP, and the email draft asks for the UID. */
export const Anonymous: Story = { args: { user: null, timeZone: 'Europe/London' } };

/** Channels still loading. */
export const Loading: Story = { args: { demo: { latency: 600_000 } } };

/** Channels could not be loaded: an error with retry. */
export const Error: Story = { args: { demo: { fail: { 'channels.list': 'unavailable' } } } };
