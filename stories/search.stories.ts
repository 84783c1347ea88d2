import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/search/define.js';
import { createDemoAdapter, type DemoAdapterOptions } from '../src/adapters/demo/index.js';
import { i18n } from '../src/core/i18n.js';

interface Args {
  mode: 'panel' | 'standalone';
  query: string;
  articleId: string;
  shortcut: string;
  locale: 'en' | 'zh-CN';
  dir: 'ltr' | 'rtl';
  demo: DemoAdapterOptions;
}

/** Slow enough that the loading state stays on screen. */
const FOREVER = 10 * 60 * 1000;

const meta: Meta<Args> = {
  title: 'Views/lb-search',
  component: 'lb-search',
  args: { mode: 'panel', query: '', articleId: '', shortcut: '/, mod+k', locale: 'en', dir: 'ltr', demo: {} },
  argTypes: {
    mode: { control: 'inline-radio', options: ['panel', 'standalone'] },
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  loaders: [async ({ args }) => ({ locale: await i18n.setLocale(args.locale) })],
  render: (args) => {
    const search = html`<lb-search
      mode=${args.mode}
      active
      shortcut=${args.shortcut}
      .query=${args.query}
      .articleId=${args.articleId}
      .adapter=${createDemoAdapter({ persist: false, latency: [60, 200], ...args.demo })}
    ></lb-search>`;
    return args.mode === 'panel'
      ? html`<div dir=${args.dir} style="max-width: 400px; margin: 0 auto; background: #fff; min-height: 100vh">${search}</div>`
      : html`<header dir=${args.dir} style="display: flex; align-items: center; gap: 16px; padding: 12px 24px; background: #0b1220; color: #fff">
          <strong style="font: 600 18px system-ui">Lifebuoy Exchange</strong>
          <div style="flex: 1; max-width: 360px">${search}</div>
        </header>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Before typing: recent searches (once there are some), popular articles and categories. */
export const Empty: Story = {};

/** Results as you type, grouped by category, matches highlighted. */
export const Results: Story = { args: { query: 'withdrawal stuck' } };

/** A typo and a partial word still find the article. */
export const TypoAndPrefix: Story = { args: { query: 'liquidaton' } };

/** Waiting for the search backend. */
export const Loading: Story = { args: { query: 'deposit', demo: { latency: FOREVER } } };

/** Nothing matches: said plainly, with the hand-offs to chat, a ticket and the contact page. */
export const NoResults: Story = { args: { query: 'staking rewards for my hamster' } };

/** The search backend fails. */
export const ErrorState: Story = { args: { query: 'deposit', demo: { fail: { 'articles.search': 'unavailable' } } } };

/** The search backend answers with a payload that fails validation. */
export const InvalidResponse: Story = { args: { query: 'deposit', demo: { corrupt: ['articles.search'] } } };

/** A recovery phrase pasted into the box is neither searched nor remembered. */
export const SecretBlocked: Story = { args: { query: 'abandon ability able about above absent absorb abstract absurd abuse access accident' } };

/** Deep link: an article opened by id. */
export const Article: Story = { args: { articleId: 'deposit-not-credited' } };

/** Chinese: "充币不到账" finds "充币未到账怎么办？". */
export const Chinese: Story = { args: { locale: 'zh-CN', query: '充币不到账' } };

/** Right-to-left layout. */
export const RightToLeft: Story = { args: { dir: 'rtl', query: 'fees' } };

/** In a site header: results in a floating popup; press "/" or Ctrl/⌘+K to focus. */
export const Standalone: Story = { args: { mode: 'standalone' } };
