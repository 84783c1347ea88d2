/** The benchmark page: opens `<lb-chat>` on a long conversation and streams tokens into it. */
import '../../src/components/chat/define.js';
import type { LbChat } from '../../src/components/chat/chat.js';
import { BenchChat, benchAdapter } from './fixture.js';

const BOT = { id: 'bot', role: 'bot' as const, name: 'Lifebuoy Assistant', verified: true };
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

let chat: BenchChat | undefined;
let element: LbChat | undefined;

const messageRows = () => element!.shadowRoot!.querySelectorAll('.row.message').length;

async function open(count: number, pageSize: number): Promise<{ ms: number; rows: number; elements: number }> {
  element?.remove();
  chat = new BenchChat(count, pageSize);
  const started = performance.now();
  element = document.createElement('lb-chat');
  element.style.cssText = 'display:block;width:400px;height:640px;border:1px solid #ccc';
  element.active = true;
  element.adapter = benchAdapter(chat);
  document.body.append(element);
  const newest = `(#${count - 1})`;
  while (!element.shadowRoot?.textContent?.includes(newest)) await frame();
  await frame();
  await frame(); // painted, and the window settled after measuring
  return { ms: performance.now() - started, rows: messageRows(), elements: element.shadowRoot!.querySelectorAll('*').length };
}

/** Scrolls to the top of everything loaded; returns the time until the oldest row shows. */
async function scrollToTop(): Promise<{ ms: number; rows: number }> {
  const scroller = element!.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  const started = performance.now();
  while (!element!.shadowRoot!.textContent!.includes('(#0)')) {
    scroller.scrollTop = 0;
    await frame();
  }
  await frame();
  return { ms: performance.now() - started, rows: messageRows() };
}

/** Streams `tokens` deltas into a new bot message (one every `every` ms) and records frame times. */
async function stream(tokens: number, every: number) {
  const scroller = element!.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  scroller.scrollTop = scroller.scrollHeight;
  await frame();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
  try {
    observer.observe({ type: 'longtask', buffered: false });
  } catch {
    // not supported
  }
  const id = `stream${Date.now()}`;
  chat!.push({
    type: 'message',
    message: { id, conversationId: 'bench', author: BOT, text: '', format: 'markdown', attachments: [], createdAt: new Date().toISOString(), quickReplies: [], articles: [], streaming: true },
  });
  const frames: number[] = [];
  let done = false;
  let last = await frame();
  const sampler = (async () => {
    while (!done) {
      const now = await frame();
      frames.push(now - last);
      last = now;
    }
  })();
  const started = performance.now();
  for (let i = 0; i < tokens; i++) {
    chat!.push({ type: 'message_delta', messageId: id, delta: i % 12 === 11 ? 'word.\n\n' : i % 5 === 4 ? '**bold** ' : 'token ', done: i === tokens - 1 });
    await new Promise((resolve) => setTimeout(resolve, every));
  }
  while (!element!.shadowRoot!.textContent!.includes('bold') || element!.shadowRoot!.querySelector('.caret')) await frame();
  const total = performance.now() - started;
  done = true;
  await sampler;
  observer.disconnect();
  const sorted = [...frames].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return {
    tokens,
    totalMs: total,
    frames: frames.length,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: sorted.at(-1)!,
    over50: frames.filter((f) => f > 50).length,
    longTasks: longTasks.length,
    longestTask: longTasks.length ? Math.max(...longTasks) : 0,
    rows: messageRows(),
    finalLength: chat!.events.filter((e) => e.type === 'message_delta').length,
  };
}

Object.assign(window, { bench: { open, scrollToTop, stream } });
document.body.dataset.ready = 'true';
