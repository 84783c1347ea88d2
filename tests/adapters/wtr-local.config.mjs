// Temporary web-test-runner config for the adapter tests until the lead adds the vendor fakes
// plugin to web-test-runner.config.mjs: the main config plus vendorFakesPlugin().
//   LB_BROWSERS=chromium npx wtr --config tests/adapters/wtr-local.config.mjs --files 'tests/adapters/chatwoot.test.ts'
import base from '../../web-test-runner.config.mjs';
import { vendorFakesPlugin } from './fakes/plugin.mjs';

export default {
  ...base,
  // Another engineer's run may hold the default port 8000.
  port: Number(process.env.LB_WTR_PORT ?? 8000 + 100 + Math.floor(Math.random() * 800)),
  plugins: [...base.plugins, vendorFakesPlugin()],
};
