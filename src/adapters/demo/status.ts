/** Demo service status. (Foundation version; see issue 6.) */
import type { StatusApi } from '../contract.js';
import type { DemoContext } from './context.js';

export function createDemoStatus(_context: DemoContext): StatusApi {
  return {
    async incidents() {
      return [];
    },
  };
}
