/**
 * The conformance suite against the in-browser demo adapter (fast, validated, its own storage
 * namespace per test).
 */
import { resetStorage, testAdapter } from '../helpers.js';
import { runConformance } from './conformance.js';

runConformance('demo', async () => {
  const adapter = testAdapter();
  await adapter.identify({ uid: 'conformance1', name: 'Casey Conformance', email: 'casey@example.com' });
  return {
    adapter,
    cleanup: async () => resetStorage(),
    malformed: async () => testAdapter({ corrupt: ['articles.search', 'articles.categories', 'chat.start', 'tickets.list'] }),
  };
});
