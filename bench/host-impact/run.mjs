// What Lifebuoy costs the host page: the demo exchange page with and without the widget, in real
// Chromium, several runs each (medians), as ratios to the page without it.
// Usage: npm run build && node bench/host-impact/run.mjs [runs]
import { measure, table } from '../lib/measure.mjs';

const runs = Number(process.argv[2] ?? 7);
const results = await measure(['none', 'lifebuoy'], runs);
console.log(`host impact, ${runs} runs each (median), Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}`);
console.log(table(results));
