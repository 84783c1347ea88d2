import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/widget/define.js';
import { AdapterError } from '../src/adapters/contract.js';
import { createDemoAdapter, type DemoAdapterOptions } from '../src/adapters/demo/index.js';

interface Args {
  position: 'bottom-right' | 'bottom-left';
  unread: number;
  open: boolean;
  demo: DemoAdapterOptions;
  antiPhishingCode: string;
}

const meta: Meta<Args> = {
  title: 'Widget/lb-widget',
  component: 'lb-widget',
  args: { position: 'bottom-right', unread: 0, open: false, demo: {}, antiPhishingCode: '' },
  argTypes: { position: { control: 'inline-radio', options: ['bottom-right', 'bottom-left'] } },
  render: (args) => html`<div style="height: 100vh; background: #0b0e11; color: #eaecef; padding: 24px; font: 14px sans-serif">
    <p>Host page</p>
    <lb-widget
      position=${args.position}
      .unread=${args.unread}
      ?open=${args.open}
      .adapter=${createDemoAdapter({ persist: false, ...args.demo })}
      .user=${args.antiPhishingCode ? { uid: '12345678', name: 'Alex', antiPhishingCode: args.antiPhishingCode } : null}
    ></lb-widget>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Only the launcher: what a visitor sees on page load. */
export const Closed: Story = {};
/** The launcher with unread agent messages. */
export const Unread: Story = { args: { unread: 3 } };
/** The panel open on the home view. */
export const Open: Story = { args: { open: true } };
/** An identified user sees their anti-phishing code in the panel. */
export const AntiPhishingCode: Story = { args: { open: true, antiPhishingCode: 'LBX-7Q' } };
/** Launcher on the left. */
export const BottomLeft: Story = { args: { open: true, position: 'bottom-left' } };
/** An adapter without chat and tickets: those views are hidden. */
export const FewerCapabilities: Story = { args: { open: true, demo: { without: ['chat', 'tickets'] } } };
/** The backend could not be reached: a clear message with retry. */
export const AdapterUnavailable: Story = {
  args: { open: true },
  render: (args) => {
    const failing = async () => {
      throw new AdapterError('network', 'offline');
    };
    return html`<lb-widget position=${args.position} ?open=${true} .adapter=${failing}></lb-widget>`;
  },
};
/** Slow backend: the loading state. */
export const Loading: Story = {
  render: () => html`<lb-widget ?open=${true} .adapter=${() => new Promise<never>(() => {})}></lb-widget>`,
};
export const Mobile: Story = { args: { open: true }, parameters: { viewport: { defaultViewport: 'mobile1' } }, globals: { viewport: { value: 'mobile1' } } };
