/**
 * The shared conformance suite against the HTTP adapter talking to a real reference server
 * (SQLite, started by tests/adapters/http-server-plugin.mjs for this file and browser).
 */
import { runConformance } from './conformance.js';
import { httpAdapter, serverCommand, startServer, type ReferenceServer } from './http-server.js';

let server: ReferenceServer | undefined;

runConformance('http + reference server', async () => {
  server ??= await startServer();
  const adapter = httpAdapter(server);
  await adapter.identify(null);
  return {
    adapter,
    cleanup: async () => undefined,
  };
});

after(async () => {
  if (server) await serverCommand('dispose');
});
