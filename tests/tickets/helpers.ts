/** Helpers for the ticket tests: fill the form the way a user does, read what a user sees. */
import { fixture, html } from '@open-wc/testing';
import type { SupportAdapter } from '../../src/adapters/contract.js';
import '../../src/components/ticket-form/define.js';
import type { LbTicketForm } from '../../src/components/ticket-form/ticket-form.js';
import { until } from '../helpers.js';

export async function formFixture(adapter: SupportAdapter, categoryId = ''): Promise<LbTicketForm> {
  const element = await fixture<LbTicketForm>(html`<lb-ticket-form .adapter=${adapter} category-id=${categoryId}></lb-ticket-form>`);
  await until(() => element.status === 'editing', 3000, 'the form to load');
  await element.updateComplete;
  return element;
}

export function $<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
  return element.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return Array.from(element.shadowRoot!.querySelectorAll<T>(selector));
}

/** Types into a field (input event) and leaves it (blur), as a user does. */
export async function fill(element: LbTicketForm, fieldId: string, value: string, leave = true): Promise<void> {
  const control = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(element, `#f-${fieldId}`);
  if (!control) throw new Error(`No field ${fieldId}`);
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  await element.updateComplete;
  if (leave) await blur(element, fieldId);
}

/** Leaves a field (its error shows from now on). */
export async function blur(element: LbTicketForm, fieldId: string): Promise<void> {
  $(element, `#f-${fieldId}`)!.dispatchEvent(new Event('blur'));
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  await element.updateComplete;
}

export async function chooseCategory(element: LbTicketForm, categoryId: string): Promise<void> {
  const select = $<HTMLSelectElement>(element, '#f-category')!;
  select.value = categoryId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

/** Ids of the fields on screen, in order. */
export function visibleFieldIds(element: Element): string[] {
  return $$(element, '[part~="field"]').map((field) => field.dataset.field!).filter((id) => id !== 'category');
}

export function fieldError(element: Element, fieldId: string): string | undefined {
  return $(element, `#f-${fieldId}-error`)?.textContent?.trim();
}

export function fieldWarning(element: Element, fieldId: string): string | undefined {
  return $(element, `#f-${fieldId}-warning`)?.textContent?.trim();
}

/** A minute ago, as a datetime-local value. */
export function aMinuteAgo(): string {
  const date = new Date(Date.now() - 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Fills the "Something else" topic with valid values. */
export async function fillOther(element: LbTicketForm, subject = 'Question about fee tiers'): Promise<void> {
  await chooseCategory(element, 'other');
  await fill(element, 'subject', subject);
  await fill(element, 'description', 'I would like to know how the VIP fee tiers are calculated for my account.');
}

/** Fills "Withdrawal not received" (where the demo user has ticket #100231 pending) with valid values, or these. */
export async function fillWithdrawal(element: LbTicketForm, values: Record<string, string> = {}): Promise<void> {
  const all: Record<string, string> = {
    subject: 'Withdrawal still missing',
    description: 'The USDT withdrawal has been processing for two days now.',
    uid: '35281649',
    asset: 'USDT',
    network: 'TRX',
    'withdrawal-status': 'processing',
    address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
    amount: '250',
    'requested-at': aMinuteAgo(),
    ...values,
  };
  for (const [id, value] of Object.entries(all)) await fill(element, id, value);
}

export function submit(element: LbTicketForm): void {
  $<HTMLButtonElement>(element, '[part~="submit-button"]')!.click();
}

/** A PNG of the given size (the content does not matter to the demo backend). */
export function pngFile(name = 'screenshot.png', size = 2048, type = 'image/png'): File {
  return new File([new Uint8Array(size)], name, { type });
}
