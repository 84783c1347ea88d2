/**
 * web-test-runner plugin: starts the local Chatwoot and Zendesk fakes for the adapter tests and
 * stops them with the test server. Browser tests learn the ports from `GET /__fakes.json`
 * (answered by the dev server) and create a tenant per test through the fakes' own control API.
 *
 * Add to web-test-runner.config.mjs:
 *   import { vendorFakesPlugin } from './tests/adapters/fakes/plugin.mjs';
 *   plugins: [..., vendorFakesPlugin()],
 */
import { startChatwootFake } from './chatwoot.mjs';
import { startZendeskFake } from './zendesk.mjs';

export function vendorFakesPlugin() {
  let chatwoot;
  let zendesk;
  return {
    name: 'lifebuoy-vendor-fakes',

    async serverStart() {
      [chatwoot, zendesk] = await Promise.all([startChatwootFake(), startZendeskFake()]);
    },

    async serverStop() {
      await Promise.all([chatwoot?.stop(), zendesk?.stop()]);
      chatwoot = zendesk = undefined;
    },

    serve(context) {
      if (context.path !== '/__fakes.json') return undefined;
      return {
        body: JSON.stringify({ chatwoot: chatwoot?.url ?? null, zendesk: zendesk?.url ?? null }),
        type: 'application/json',
      };
    },
  };
}
