/**
 * The shared conformance suite against the HTTP adapter talking to a real reference server
 * (SQLite, started by tests/adapters/http-server-plugin.mjs for this file and browser), with the
 * fault checks injected through the server's test hooks.
 */
import { runConformance } from './conformance.js';
import { httpAdapter, injectFaults, serverCommand, startServer, type ReferenceServer } from './http-server.js';

let server: ReferenceServer | undefined;

runConformance('http + reference server', async () => {
  const running = (server ??= await startServer());
  const adapter = httpAdapter(running);
  await adapter.identify(null);
  return {
    adapter,
    faults: {
      loseNextTicketCreate: async () => {
        await injectFaults(running, [{ operation: 'createTicket', dropResponse: true, times: 1 }]);
      },
      rateLimitNextSearch: async (seconds) => {
        await injectFaults(running, [{ operation: 'searchArticles', status: 429, retryAfter: seconds, times: 1 }]);
      },
    },
    cleanup: async () => {
      await injectFaults(running, []);
    },
  };
});

after(async () => {
  if (server) await serverCommand('dispose');
});
