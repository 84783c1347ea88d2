import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/incident-notice/define.js';
import { createDemoAdapter, type DemoAdapterOptions } from '../src/adapters/demo/index.js';
import { followedIncidents } from '../src/core/status/follow.js';

interface Args {
  topic: string;
  tags: string[];
  assets: string[];
  areas: string[];
  variant: 'banner' | 'ticket';
  following: boolean;
  demo: DemoAdapterOptions;
}

const meta: Meta<Args> = {
  title: 'Views/lb-incident-notice',
  component: 'lb-incident-notice',
  args: { topic: '', tags: [], assets: [], areas: [], variant: 'banner', following: false, demo: {} },
  argTypes: { variant: { control: 'inline-radio', options: ['banner', 'ticket'] } },
  render: (args) => {
    // Stories share one page: set the followed state each story expects.
    followedIncidents.set('inc-eth-withdrawals', args.following);
    return html`<div style="max-width: 420px; margin: 24px auto; font: 14px sans-serif">
      <lb-incident-notice
        .adapter=${createDemoAdapter({ persist: false, ...args.demo })}
        .topic=${args.topic}
        .tags=${args.tags}
        .assets=${args.assets}
        .areas=${args.areas}
        variant=${args.variant}
      ></lb-incident-notice>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** On the home view: every active incident and upcoming maintenance. */
export const AllActive: Story = {};

/** Beside search results for "eth withdrawal stuck". */
export const BesideSearchResults: Story = { args: { topic: 'eth withdrawal stuck' } };

/** At the top of the "Withdrawal not received" ticket category (tags: withdrawals, ETH). */
export const TicketCategory: Story = { args: { variant: 'ticket', tags: ['withdrawals', 'ETH'] } };

/** Scheduled maintenance only (asset BTC). */
export const Maintenance: Story = { args: { assets: ['BTC'] } };

/** Following the incident: every update, newest first; new ones are announced. */
export const Following: Story = { args: { following: true, topic: 'eth' } };

/** A healthy service: nothing is shown. */
export const NoIncidents: Story = { args: { demo: { incidents: 'none' } } };

/** Status could not be loaded: the notice stays silent rather than alarming the user. */
export const StatusUnavailable: Story = { args: { demo: { fail: { status: 'unavailable' } } } };
