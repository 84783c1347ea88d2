/**
 * The agent console as a person uses it, in real Chromium (playwright-core): sign in, see a user
 * waiting after the bot handed off, pick the chat up, reply with the keyboard, answer and solve a
 * ticket — while a "user" talks to the same server through the HTTP API.
 * Set LIFEBUOY_SCREENSHOTS=<dir> to keep screenshots of each step.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AGENT_TOKEN, call, startServer, visitor, type TestServer } from './helpers.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const shots = process.env.LIFEBUOY_SCREENSHOTS;

let server: TestServer;
let browser: Browser;
let page: Page;

async function shot(name: string): Promise<void> {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`) });
}

/** axe-core's violations on the page as it is now (axe ships with @open-wc/testing). */
async function axeViolations(): Promise<string[]> {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

before(async () => {
  server = await startServer();
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  // bypassCSP only so axe can be injected: the console's CSP forbids inline scripts, as it should.
  page = await browser.newPage({ viewport: { width: 1200, height: 800 }, bypassCSP: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('chromium is available', { skip: !existsSync(executablePath) && `no browser at ${executablePath}` }, () => undefined);

test('an agent picks up a handed-off chat and answers; the user receives it', { skip: !existsSync(executablePath) }, async () => {
  const user = await visitor(server.url);
  await call(`${server.url}/v1/me`, { method: 'PUT', headers: user, json: { profile: { name: 'Mei Chen' } } });
  const { body: conversation } = await call(`${server.url}/v1/conversations`, { method: 'POST', headers: user, json: { topic: 'Withdrawal' } });
  await call(`${server.url}/v1/conversations/${conversation.id}/messages`, { method: 'POST', headers: user, json: { clientId: 'u1', text: 'I want to talk to a human about my withdrawal' } });

  await page.goto(`${server.url}/agent`);
  await page.getByLabel('Your name (shown to users)').fill('Ada');
  await page.getByLabel('Agent token').fill('wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'That token is not right.' }).waitFor();
  assert.deepEqual(await axeViolations(), [], 'the sign-in page passes axe');
  await page.getByLabel('Agent token').fill(AGENT_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();

  const waiting = page.getByRole('list', { name: 'Waiting chats' }).getByRole('button', { name: /Mei Chen/ });
  await waiting.waitFor();
  await shot('1-queue');
  await waiting.click();
  await page.getByRole('button', { name: 'Pick up' }).click();
  await page.getByText('with Ada').waitFor();

  // A user message arriving live shows up without a reload.
  await call(`${server.url}/v1/conversations/${conversation.id}/messages`, { method: 'POST', headers: user, json: { clientId: 'u2', text: 'TXID is 0xabc123' } });
  await page.getByRole('list', { name: 'Messages' }).getByText('TXID is 0xabc123').waitFor();

  const input = page.getByLabel('Reply');
  assert.ok(await input.evaluate((el) => el === document.activeElement), 'the reply box has focus after picking up');
  await input.fill('Thanks Mei, I can see the withdrawal. It is in review.');
  await input.press('Enter');
  await page.getByRole('list', { name: 'Messages' }).getByText('It is in review.').waitFor();
  // The inbox moved the chat from "Waiting" to "Active".
  await page.getByRole('list', { name: 'Active chats' }).getByRole('button', { name: /Mei Chen/ }).waitFor();
  assert.equal(await page.getByRole('list', { name: 'Waiting chats' }).getByRole('button', { name: /Mei Chen/ }).count(), 0);
  await shot('2-chat');
  assert.deepEqual(await axeViolations(), [], 'the chat view passes axe');

  const history = await call(`${server.url}/v1/conversations/${conversation.id}/messages`, { headers: user });
  const agentMessages = history.body.messages.filter((m: { author: { role: string } }) => m.author.role === 'agent');
  assert.equal(agentMessages.length, 1);
  assert.equal(agentMessages[0].author.name, 'Ada');
  assert.equal(agentMessages[0].author.verified, true);

  await page.getByRole('button', { name: 'End chat' }).click();
  await page.getByText(/ended · started/).waitFor();
  const current = await call(`${server.url}/v1/conversations/current`, { headers: user });
  assert.equal(current.body, null);
});

test('an agent answers a ticket and marks it solved; the user sees the answer and the status', { skip: !existsSync(executablePath) }, async () => {
  const user = await visitor(server.url);
  const { body: ticket } = await call(`${server.url}/v1/tickets`, {
    method: 'POST', headers: user,
    json: { categoryId: 'other', subject: 'Cannot change my email', description: 'The confirmation code never arrives.', fields: {}, idempotencyKey: 'console-1' },
  });
  await page.getByRole('tab', { name: /Tickets/ }).click();
  await page.getByRole('list', { name: 'Tickets' }).getByRole('button', { name: /Cannot change my email/ }).click();
  await page.getByText('The confirmation code never arrives.').waitFor();
  await page.getByLabel('Answer').fill('We have re-sent the code; please check your spam folder.');
  await page.getByLabel('Then').selectOption('solved');
  await page.getByRole('button', { name: 'Send answer' }).click();
  await page.getByRole('list', { name: 'Ticket messages' }).getByText('check your spam folder').waitFor();
  await shot('3-ticket');
  assert.deepEqual(await axeViolations(), [], 'the ticket view passes axe');

  const detail = await call(`${server.url}/v1/tickets/${ticket.id}`, { headers: user });
  assert.equal(detail.body.status, 'solved');
  assert.equal(detail.body.unread, 1);
  assert.deepEqual(detail.body.messages.map((m: { author: { role: string } }) => m.author.role), ['user', 'agent']);

  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByText(/ · closed · /).waitFor();
  assert.equal((await call(`${server.url}/v1/tickets/${ticket.id}`, { headers: user })).body.status, 'closed');
});

test('user text is shown as text, never run as HTML', { skip: !existsSync(executablePath) }, async () => {
  const user = await visitor(server.url);
  const { body: conversation } = await call(`${server.url}/v1/conversations`, { method: 'POST', headers: user, json: {} });
  await call(`${server.url}/v1/conversations/${conversation.id}/handoff`, { method: 'POST', headers: user });
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await call(`${server.url}/v1/conversations/${conversation.id}/messages`, { method: 'POST', headers: user, json: { clientId: 'x1', text: hostile } });
  await page.getByRole('tab', { name: /Chats/ }).click();
  await page.getByRole('list', { name: 'Waiting chats' }).getByRole('button').filter({ hasText: 'onerror' }).first().click();
  await page.getByRole('list', { name: 'Messages' }).getByText(hostile).waitFor();
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await page.locator('.messages img').count(), 0);
});

test('typing in one chat and switching to another switches "typing" off in the first, not the second', { skip: !existsSync(executablePath) }, async () => {
  const chats: { id: string; name: string }[] = [];
  for (const name of ['Typing First', 'Typing Second']) {
    const user = await visitor(server.url);
    await call(`${server.url}/v1/me`, { method: 'PUT', headers: user, json: { profile: { name } } });
    const { body: conversation } = await call(`${server.url}/v1/conversations`, { method: 'POST', headers: user, json: {} });
    await call(`${server.url}/v1/agent/conversations/${conversation.id}/claim`, { method: 'POST', headers: { Authorization: `Bearer ${AGENT_TOKEN}`, 'X-Lifebuoy-Agent-Name': 'Ada' } });
    chats.push({ id: conversation.id, name });
  }
  const typingEvents = (conversationId: string): string[] =>
    (server.app.db.prepare("SELECT data FROM events WHERE conversation_id = ? AND type = 'typing' ORDER BY seq").all(conversationId) as { data: string }[])
      .map((row) => String((JSON.parse(row.data) as { typing: boolean }).typing));
  await page.getByRole('tab', { name: /Chats/ }).click();
  const open = async (name: string) => {
    await page.getByRole('list', { name: 'Active chats' }).getByRole('button', { name: new RegExp(name) }).click();
    await page.getByRole('list', { name: 'Messages' }).waitFor();
  };
  await open(chats[0]!.name);
  await page.getByLabel('Reply').fill('Let me check that for y');
  for (let i = 0; i < 50 && typingEvents(chats[0]!.id).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(typingEvents(chats[0]!.id), ['true']);
  await open(chats[1]!.name); // within the 4 s after the last key press
  for (let i = 0; i < 100 && typingEvents(chats[0]!.id).length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(typingEvents(chats[0]!.id), ['true', 'false'], 'the first chat hears that the agent stopped typing');
  await new Promise((resolve) => setTimeout(resolve, 4500)); // past the console's own idle timer
  assert.deepEqual(typingEvents(chats[1]!.id), [], 'the second chat hears nothing about typing');
  assert.deepEqual(typingEvents(chats[0]!.id), ['true', 'false']);
});
