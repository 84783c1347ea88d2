import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ArticleFeedback, Article } from '../../src/adapters/schemas.js';
import { createStaticAdapter } from '../../src/adapters/static/index.js';
import { i18n } from '../../src/core/i18n.js';
import type { LbEvent } from '../../src/core/events.js';
import '../../src/components/article/define.js';
import type { LbArticle } from '../../src/components/article/article.js';
import { resetStorage, testAdapter, until, visibleText } from '../helpers.js';

const shadow = (el: LbArticle) => el.shadowRoot!;
const loaded = (el: LbArticle) => until(() => shadow(el).querySelector('h3.title'), 5000, 'article loaded');
type Pwned = { __lbPwned?: string[] };

const base = { categoryId: 'general', updatedAt: '2026-10-14T08:00:00Z', relatedIds: [], tags: [] };
const MALICIOUS_HTML = `
  <p>Read <a href="https://lifebuoy-exchange.example/fees">our fees</a> first.</p>
  <img src="x" onerror="(window.__lbPwned ||= []).push('img')">
  <script>(window.__lbPwned ||= []).push('script')</script>
  <svg onload="(window.__lbPwned ||= []).push('svg')"><circle r="1"/></svg>
  <iframe src="javascript:parent.__lbPwned=['iframe']"></iframe>
  <a href="javascript:(window.__lbPwned ||= []).push('href')" onclick="(window.__lbPwned ||= []).push('onclick')">claim airdrop</a>
  <div style="background:url(javascript:alert(1))" onmouseover="(window.__lbPwned ||= []).push('hover')">hover me</div>
  <form action="https://evil.example"><input name="seed"><button formaction="javascript:alert(1)">go</button></form>
  <math><mtext><table><mglyph><style><img src=x onerror="(window.__lbPwned ||= []).push('mxss')"></style></mglyph></table></mtext></math>
`;

function adapterWith(articles: Article[], votes: ArticleFeedback[] = []) {
  return createStaticAdapter({ articles, categories: [{ id: 'general', name: { en: 'General', 'zh-CN': '常规' } }] }, { onFeedback: (vote) => void votes.push(vote) });
}

describe('<lb-article>', () => {
  beforeEach(() => resetStorage());
  afterEach(async () => {
    delete (window as Pwned).__lbPwned;
    await i18n.setLocale('en');
  });

  it('holds a middle-clicked outside link behind the link warning, like a click', async () => {
    const adapter = adapterWith([{ ...base, id: 'ext', locale: 'en', title: 'Outside', body: '<p>See <a href="https://free-airdrop.example/claim">this</a>.</p>', bodyFormat: 'html' }]);
    const el = await fixture<LbArticle>(html`<lb-article article-id="ext" .adapter=${adapter}></lb-article>`);
    await loaded(el);
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="body"] a')!;
    const middle = new MouseEvent('auxclick', { bubbles: true, composed: true, cancelable: true, button: 1 });
    link.dispatchEvent(middle);
    expect(middle.defaultPrevented).to.equal(true); // no new tab behind the user's back
    await until(() => shadow(el).querySelector('lb-link-interstitial'), 5000, 'the link warning');
    const right = new MouseEvent('auxclick', { bubbles: true, composed: true, cancelable: true, button: 2 });
    link.dispatchEvent(right);
    expect(right.defaultPrevented).to.equal(false); // the context menu stays the browser's
  });

  it('renders a malicious HTML body without running scripts or keeping handlers', async () => {
    const adapter = adapterWith([{ ...base, id: 'evil', locale: 'en', title: 'Evil', body: MALICIOUS_HTML, bodyFormat: 'html' }]);
    const el = await fixture<LbArticle>(html`<lb-article article-id="evil" .adapter=${adapter}></lb-article>`);
    await loaded(el);
    const body = shadow(el).querySelector('[part~="body"]')!;
    await aTimeout(100); // give any injected handler time to fire
    expect((window as Pwned).__lbPwned).to.equal(undefined);
    expect(body.querySelectorAll('script, iframe, svg, form, input, style, math').length).to.equal(0);
    const handlers = [...body.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.name)).filter((name) => name.startsWith('on') || name === 'style' || name === 'formaction');
    expect(handlers).to.deep.equal([]);
    const links = [...body.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://lifebuoy-exchange.example/fees', null]);
    expect(links[0]!.rel).to.contain('noopener');
    expect(links[0]!.target).to.equal('_blank');
    expect(visibleText(body)).to.contain('claim airdrop');
    // Hover and click the former handler hosts: still nothing runs.
    for (const node of body.querySelectorAll('a, div')) {
      node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      node.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
    await aTimeout(50);
    expect((window as Pwned).__lbPwned).to.equal(undefined);
  });

  it('renders markdown safely too: no javascript: links, raw HTML shown as text', async () => {
    const body = 'Steps:\n\n1. Open **Security**\n2. Turn on 2FA\n\n[free coins](javascript:alert(1)) <img src=x onerror="(window.__lbPwned ||= []).push(\'md\')">';
    const el = await fixture<LbArticle>(html`<lb-article article-id="md" .adapter=${adapterWith([{ ...base, id: 'md', locale: 'en', title: 'Markdown', body, bodyFormat: 'markdown' }])}></lb-article>`);
    await loaded(el);
    const rendered = shadow(el).querySelector('[part~="body"]')!;
    await aTimeout(50);
    expect(rendered.querySelectorAll('ol li').length).to.equal(2);
    expect(rendered.querySelector('strong')!.textContent).to.equal('Security');
    expect(rendered.querySelector('img') === null).to.equal(true);
    expect(rendered.textContent).to.contain('<img src=x');
    expect([...rendered.querySelectorAll('a')].every((a) => !/^javascript:/i.test(a.getAttribute('href') ?? ''))).to.equal(true);
    expect((window as Pwned).__lbPwned).to.equal(undefined);
  });

  it('sends clicks in the body through the link guard', async () => {
    const el = await fixture<LbArticle>(html`<lb-article article-id="enable-2fa" .adapter=${testAdapter()}></lb-article>`);
    await loaded(el);
    const body = shadow(el).querySelector('[part~="body"]')!;
    const link = document.createElement('a');
    link.setAttribute('href', 'javascript:void(0)'); // as if something slipped past the sanitizer
    link.textContent = 'x';
    body.append(link);
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
  });

  it('shows title, breadcrumbs, a locale-aware date, the body and related articles, and fires lb-article-open once', async () => {
    const opened: LbEvent<'lb-article-open'>['detail'][] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @lb-article-open=${(e: LbEvent<'lb-article-open'>) => opened.push(e.detail)}>
      <lb-article article-id="enable-2fa" .adapter=${testAdapter()}></lb-article>
    </div>`);
    const el = wrapper.querySelector('lb-article')!;
    await loaded(el);
    await until(() => shadow(el).querySelectorAll('[part~="related-link"]').length === 3, 5000, 'related');
    expect(shadow(el).querySelector('h3')!.textContent).to.equal('How to enable two-factor authentication (2FA)');
    expect([...shadow(el).querySelectorAll('[part~="breadcrumb"]')].map((b) => b.textContent!.trim())).to.deep.equal(['Help center', 'Account & security']);
    const time = shadow(el).querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-10-14T08:00:00Z');
    expect(time.textContent).to.equal('Updated October 14, 2026');
    expect(shadow(el).querySelectorAll('[part~="body"] ol li').length).to.equal(4);
    expect(visibleText(shadow(el).querySelector('[part~="body"]') as unknown as HTMLElement)).to.contain('will never ask you for a 2FA code');
    expect(opened).to.have.length(1);
    expect(opened[0]!.article).to.deep.include({ id: 'enable-2fa', locale: 'en' });
    expect('body' in opened[0]!.article).to.equal(false);
    const navigation = oneEvent(el, 'lb-navigate');
    (shadow(el).querySelector('[part~="related-link"]') as HTMLElement).click();
    expect((await navigation).detail).to.deep.equal({ view: 'search', params: { article: 'reset-2fa' } });
    await expect(el).to.be.accessible();
  });

  it('shows the Chinese version in zh-CN, and the English one with a notice when there is no translation', async () => {
    await i18n.setLocale('zh-CN');
    const el = await fixture<LbArticle>(html`<lb-article article-id="enable-2fa" .adapter=${testAdapter()}></lb-article>`);
    await loaded(el);
    expect(shadow(el).querySelector('h3')!.textContent).to.equal('如何开启双重验证（2FA）');
    expect(shadow(el).querySelector('time')!.textContent).to.contain('2026年10月14日');
    expect(shadow(el).querySelector('[part~="notice"]') === null).to.equal(true);
    el.articleId = 'passkeys';
    await until(() => shadow(el).querySelector('h3')?.textContent === 'Sign in with a passkey');
    const notice = shadow(el).querySelector('[part~="notice"]')!;
    expect(notice.textContent).to.contain('英语');
    expect(shadow(el).querySelector('[part~="body"]')!.getAttribute('lang')).to.equal('en');
  });

  it('sends "helpful" feedback through the adapter, thanks the reader and fires lb-article-feedback once', async () => {
    const votes: ArticleFeedback[] = [];
    const adapter = adapterWith([{ ...base, id: 'a', locale: 'en', title: 'An article', body: 'Body', bodyFormat: 'markdown' }], votes);
    const el = await fixture<LbArticle>(html`<lb-article article-id="a" .adapter=${adapter}></lb-article>`);
    await loaded(el);
    const events: LbEvent<'lb-article-feedback'>['detail'][] = [];
    el.addEventListener('lb-article-feedback', (e) => events.push(e.detail));
    const [yes] = shadow(el).querySelectorAll<HTMLButtonElement>('[part~="feedback-button"]');
    expect(visibleText(shadow(el).querySelector('[part~="feedback"]') as unknown as HTMLElement)).to.contain('Was this article helpful?');
    yes!.click();
    await until(() => shadow(el).querySelector('[part~="feedback"] [role="status"]'));
    expect(shadow(el).querySelector('[part~="feedback"] [role="status"]')!.textContent).to.equal('Thank you for your feedback!');
    expect(votes).to.deep.equal([{ articleId: 'a', helpful: true }]);
    expect(events).to.deep.equal([{ articleId: 'a', helpful: true }]);
    expect(shadow(el).querySelectorAll('[part~="handoff"]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('after "No" offers to contact support, carrying the article title', async () => {
    const el = await fixture<LbArticle>(html`<lb-article article-id="withdrawal-pending" .adapter=${testAdapter()}></lb-article>`);
    await loaded(el);
    shadow(el).querySelectorAll<HTMLButtonElement>('[part~="feedback-button"]')[1]!.click();
    await until(() => shadow(el).querySelectorAll('[part~="handoff"]').length === 3);
    const navigation = oneEvent(el, 'lb-navigate');
    shadow(el).querySelectorAll<HTMLButtonElement>('[part~="handoff"]')[1]!.click();
    expect((await navigation).detail).to.deep.equal({ view: 'tickets', params: { mode: 'new', query: 'Why is my withdrawal pending?' } });
  });

  it('keeps the vote buttons and says so when feedback fails', async () => {
    const el = await fixture<LbArticle>(html`<lb-article article-id="find-uid" .adapter=${testAdapter({ fail: { 'articles.feedback': 'network' } })}></lb-article>`);
    await loaded(el);
    let fired = 0;
    el.addEventListener('lb-article-feedback', () => fired++);
    shadow(el).querySelector<HTMLButtonElement>('[part~="feedback-button"]')!.click();
    await until(() => shadow(el).querySelector('.feedback-error'));
    expect(shadow(el).querySelector('.feedback-error')!.textContent).to.equal('Your feedback could not be sent. Please try again.');
    expect(shadow(el).querySelectorAll('[part~="feedback-button"]').length).to.equal(2);
    expect(fired).to.equal(0);
  });

  it('shows loading, then a not-found error', async () => {
    const el = await fixture<LbArticle>(html`<lb-article article-id="no-such-article" .adapter=${testAdapter({ latency: 80 })}></lb-article>`);
    expect(shadow(el).querySelector('[part~="status"]')!.textContent).to.equal('Loading the article…');
    await until(() => shadow(el).querySelector('[part~="error"]'), 5000, 'error');
    expect(visibleText(shadow(el).querySelector('[part~="error"]') as unknown as HTMLElement)).to.contain('We could not find that');
    await expect(el).to.be.accessible();
  });
});
