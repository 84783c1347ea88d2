/**
 * Starts the reference server: `npm --prefix server start` (built bundle) or `npm --prefix server run dev` (tsx).
 * Configuration is read from the environment; see docs/server.md.
 */
import { loadConfig } from './config.js';
import { createApp } from './app.js';

const config = loadConfig();
const app = await createApp(config);
const url = await app.listen();
console.log(`Lifebuoy server listening on ${url}`);
console.log(`  data: ${config.dataDir}`);
console.log(`  agent console: ${url}/agent${config.agentTokenGenerated ? ` (agent token in ${config.dataDir}/agent-token)` : ''}`);
if (!config.identitySecret) console.log('  LIFEBUOY_IDENTITY_SECRET is not set: signed user identities are refused, visitors only.');
if (config.testHooks) console.log('  test hooks are ON (/__test/faults) — never in production.');

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in flight…`);
  app.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
