/** What the `<lb-search>` tests share: shadow-root queries, a panel-mode fixture, typing a query. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SupportAdapter } from '../../src/adapters/contract.js';
import '../../src/components/search/define.js';
import type { LbSearch } from '../../src/components/search/search.js';
import { testAdapter, until } from '../helpers.js';

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const input = (el: LbSearch) => $<HTMLInputElement>(el, 'input')!;
export const options = (el: LbSearch) => $$(el, '[role="option"]');

/** `<lb-search>` as the panel shows it, once its categories are on screen. */
export async function panel(adapter: SupportAdapter = testAdapter()): Promise<LbSearch> {
  const el = await fixture<LbSearch>(html`<lb-search mode="panel" active .adapter=${adapter}></lb-search>`);
  await until(() => $$(el, '[part~="category"]').length > 0, 5000, 'categories');
  return el;
}

export async function typeQuery(el: LbSearch, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
}

export async function resultsFor(el: LbSearch, text: string): Promise<void> {
  await typeQuery(el, text);
  await until(() => el.shadowRoot!.querySelector('[role="listbox"][aria-label]') && options(el).length > 0 && $(el, '[aria-busy="true"]') === null, 5000, `results for ${text}`);
}
