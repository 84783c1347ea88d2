import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/link-interstitial/define.js';
import { checkOfficial } from '../src/core/official-check.js';
import { DEMO_OFFICIAL_CHANNELS } from '../src/adapters/demo/verification.js';

interface Args {
  url: string;
}

const meta: Meta<Args> = {
  title: 'Safety/lb-link-interstitial',
  component: 'lb-link-interstitial',
  render: (args) => html`<p style="font: 14px system-ui">A link in a chat message was clicked:</p>
    <lb-link-interstitial open .url=${args.url} .check=${checkOfficial(args.url, DEMO_OFFICIAL_CHANNELS)}></lb-link-interstitial>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A link to a site that is not ours. */
export const OutsideLink: Story = { args: { url: 'https://example.org/some/page?ref=chat' } };

/** A site imitating ours: stronger warning. */
export const Lookalike: Story = { args: { url: 'https://lifebuoy-exchange.example.io/login' } };

/** An internationalized lookalike, shown with its real (punycode) address. */
export const PunycodeLookalike: Story = { args: { url: 'https://xn--lifebuy-exchange-rkn.example/login' } };
