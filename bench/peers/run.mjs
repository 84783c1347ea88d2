// Lifebuoy beside other embeddable widgets installed from npm that run offline (deep-chat,
// @docsearch/js), on the same exchange page, measured in the same run.
// Usage: npm run build && node bench/peers/run.mjs [runs]
import { measure, table } from '../lib/measure.mjs';

const runs = Number(process.argv[2] ?? 5);
const results = await measure(['none', 'lifebuoy', 'deep-chat', 'docsearch'], runs);
console.log(`peers, ${runs} runs each (median)`);
console.log(table(results));
