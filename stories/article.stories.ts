import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/article/define.js';
import type { SupportAdapter } from '../src/adapters/contract.js';
import { createDemoAdapter, type DemoAdapterOptions } from '../src/adapters/demo/index.js';
import { createStaticAdapter } from '../src/adapters/static/index.js';
import { i18n } from '../src/core/i18n.js';

interface Args {
  articleId: string;
  back: boolean;
  locale: 'en' | 'zh-CN';
  dir: 'ltr' | 'rtl';
  demo: DemoAdapterOptions;
  adapter?: SupportAdapter;
}

const MALICIOUS = createStaticAdapter([
  {
    id: 'malicious',
    locale: 'en',
    categoryId: 'scams',
    updatedAt: '2026-11-01T00:00:00Z',
    title: '<img src=x onerror=alert("title")> Claim your airdrop',
    bodyFormat: 'html',
    body: `<p>Everything below was sanitized: the script, the handlers and the javascript: link are gone.</p>
      <script>alert('script')</script>
      <img src="x" alt="A broken image" onerror="alert('img')">
      <a href="javascript:alert('link')" onclick="alert('click')">Claim now</a>
      <svg onload="alert('svg')"></svg>
      <p><a href="https://lifebuoy-exchange.example/">A safe link</a> opens in a new tab.</p>`,
  },
]);

const meta: Meta<Args> = {
  title: 'Views/lb-article',
  component: 'lb-article',
  args: { articleId: 'deposit-not-credited', back: true, locale: 'en', dir: 'ltr', demo: {} },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  loaders: [async ({ args }) => ({ locale: await i18n.setLocale(args.locale) })],
  render: (args) => html`<div dir=${args.dir} style="max-width: 400px; margin: 0 auto; background: #fff; min-height: 100vh">
    <lb-article
      ?back=${args.back}
      .articleId=${args.articleId}
      .adapter=${args.adapter ?? createDemoAdapter({ persist: false, latency: [60, 200], ...args.demo })}
    ></lb-article>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Breadcrumbs, updated date, steps, feedback and related articles. */
export const Default: Story = {};

/** An HTML body with a table. */
export const HtmlBody: Story = { args: { articleId: 'kyc-levels' } };

/** Simplified Chinese. */
export const Chinese: Story = { args: { locale: 'zh-CN', articleId: 'deposit-not-credited' } };

/** No translation yet: the English version, with a notice. */
export const LocaleFallback: Story = { args: { locale: 'zh-CN', articleId: 'passkeys' } };

/** Loading. */
export const Loading: Story = { args: { demo: { latency: 10 * 60 * 1000 } } };

/** The backend fails (with a retry). */
export const ErrorState: Story = { args: { demo: { fail: { 'articles.get': 'unavailable' } } } };

/** An article that does not exist. */
export const NotFound: Story = { args: { articleId: 'no-such-article' } };

/** Sending feedback fails. */
export const FeedbackError: Story = { args: { demo: { fail: { 'articles.feedback': 'network' } } } };

/** A hostile article: its title stays text and its body is sanitized. */
export const Malicious: Story = { args: { articleId: 'malicious', adapter: MALICIOUS } };

/** Right-to-left layout. */
export const RightToLeft: Story = { args: { dir: 'rtl' } };
