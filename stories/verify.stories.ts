import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/verify/define.js';
import { createDemoAdapter, type DemoAdapterOptions } from '../src/adapters/demo/index.js';

interface Args {
  value: string;
  demo: DemoAdapterOptions;
}

const meta: Meta<Args> = {
  title: 'Views/lb-verify',
  component: 'lb-verify',
  args: { value: '', demo: { latency: 150 } },
  render: (args) => html`<div style="max-width: 420px; margin: 0 auto; background: #fff; min-height: 100vh">
    <lb-verify active .adapter=${createDemoAdapter({ persist: false, ...args.demo })} .value=${args.value}></lb-verify>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Empty: the user pastes what they were sent. */
export const Empty: Story = {};

/** Our website. */
export const OfficialWebsite: Story = { args: { value: 'https://lifebuoy-exchange.example/login' } };

/** A subdomain of our website. */
export const OfficialSubdomain: Story = { args: { value: 'https://help.lifebuoy-exchange.example/articles/42' } };

/** Our site over plain http: official, with a warning to use https. */
export const OfficialButInsecure: Story = { args: { value: 'http://lifebuoy.example/reset' } };

/** An official support email address. */
export const OfficialEmail: Story = { args: { value: 'Lifebuoy Support <support@lifebuoy-exchange.example>' } };

/** An official phone number typed in national format. */
export const OfficialPhone: Story = { args: { value: '020 7946 0958' } };

/** A bare handle that is our account on X. */
export const OfficialHandle: Story = { args: { value: '@LifebuoyEx' } };

/** A site that is simply not ours. */
export const NotOfficial: Story = { args: { value: 'https://cryptosupport-desk.io' } };

/** A phone number that is not ours. */
export const NotOfficialPhone: Story = { args: { value: '+1 212 555 9876' } };

/** A Gmail address that is not ours. */
export const FreeMail: Story = { args: { value: 'john.support@gmail.com' } };

/** Punycode homoglyph: a Cyrillic "о" in our name. */
export const LookalikePunycode: Story = { args: { value: 'https://xn--lifebuy-exchange-rkn.example/login' } };

/** Typosquat: two letters swapped. */
export const LookalikeTyposquat: Story = { args: { value: 'lifebuoy-exchnage.example' } };

/** Our name, another ending. */
export const LookalikeOtherEnding: Story = { args: { value: 'lifebuoy-exchange.com' } };

/** Our name inside someone else's domain. */
export const LookalikeBrandInForeignDomain: Story = { args: { value: 'lifebuoy-exchange.example.io/verify-wallet' } };

/** "Support" site using our name. */
export const LookalikeSupportSite: Story = { args: { value: 'lifebuoy-support.help' } };

/** Our name before an @ hides the real destination. */
export const LookalikeUserinfoTrick: Story = { args: { value: 'https://lifebuoy-exchange.example@evil.example.io/login' } };

/** A free-mail address carrying our name. */
export const LookalikeEmail: Story = { args: { value: 'lifebuoy.helpdesk@gmail.com' } };

/** Our X handle on Telegram, where we do not use it. */
export const LookalikeHandleWrongPlatform: Story = { args: { value: 'https://t.me/LifebuoyEx' } };

/** An impostor Telegram account. */
export const LookalikeHandle: Story = { args: { value: 't.me/lifebuoy_support_247' } };

/** A phone number one digit away from ours. */
export const LookalikePhone: Story = { args: { value: '+44 20 7946 0959' } };

/** Something that is not a link, email, phone or account. */
export const Invalid: Story = { args: { value: 'who knows' } };

/** A javascript: link. */
export const UnsafeLink: Story = { args: { value: 'javascript:alert(document.cookie)' } };

/** The official list is still loading. */
export const Loading: Story = { args: { value: 'lifebuoy-exchange.example', demo: { latency: 600_000 } } };

/** The official list failed to load. */
export const LoadError: Story = { args: { demo: { latency: 150, fail: { 'verification.officialChannels': 'unavailable' } } } };

/** The backend sent a malformed official list. */
export const MalformedList: Story = { args: { demo: { latency: 150, corrupt: ['verification.officialChannels'] } } };
