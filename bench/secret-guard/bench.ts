/**
 * Runs in Chromium (see run.mjs): times scanForSecrets the way a composer calls it — once per
 * keystroke, each call on a new text — for short and long messages, English and Chinese.
 */
import { scanForSecrets } from '../../src/core/secret-guard.js';
import { chineseMessages, englishMessages } from '../../tests/data/false-alarm-corpus.js';
import { phrases } from '../../tests/data/secret-samples.js';

function fill(parts: readonly string[], length: number, joiner: string): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += (text ? joiner : '') + parts[i % parts.length];
  return text.slice(0, length);
}

interface Figure {
  name: string;
  chars: number;
  scans: number;
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  blocked: boolean;
}

async function measure(name: string, text: string, keystrokes = 200): Promise<Figure> {
  const t0 = performance.now();
  const first = await scanForSecrets(text.slice(0, text.length - keystrokes));
  const firstMs = performance.now() - t0;
  void first;
  const times: number[] = [];
  let last;
  // Each keystroke adds a character: every scan sees a text it has not seen before.
  for (let k = keystrokes - 1; k >= 0; k--) {
    const input = text.slice(0, text.length - k);
    const start = performance.now();
    last = await scanForSecrets(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { name, chars: text.length, scans: times.length, firstMs, medianMs: at(0.5), p95Ms: at(0.95), blocked: last!.blocked };
}

declare global {
  interface Window {
    runBench(): Promise<Figure[]>;
  }
}

window.runBench = async () => {
  const figures: Figure[] = [];
  const english200 = fill(englishMessages, 200, ' ');
  const chinese200 = fill(chineseMessages, 200, '');
  const english5000 = fill(englishMessages, 5000, ' ');
  const chinese5000 = fill(chineseMessages, 5000, '');
  const mixed5000 = fill([...englishMessages, ...chineseMessages], 5000, '\n');
  const withPhrase = `${fill(englishMessages, 4800, ' ')} ${phrases.english!.twentyFour}`.slice(0, 5000);
  // The first scan that needs the phrase matcher or a script's word lists pays for loading them
  // ("first" column); every later scan of the same group is warm.
  figures.push(await measure('english 5000 chars (first scan loads matcher + Latin lists)', english5000));
  figures.push(await measure('chinese 5000 chars (first scan loads Chinese lists)', chinese5000));
  figures.push(await measure('english 200 chars', english200));
  figures.push(await measure('chinese 200 chars', chinese200));
  figures.push(await measure('mixed en/zh 5000 chars', mixed5000));
  figures.push(await measure('english 5000 chars ending in a 24-word phrase', withPhrase));
  return figures;
};
