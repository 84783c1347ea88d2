/** Demo official-channel list. (Foundation version; see issue 7.) */
import type { VerificationApi } from '../contract.js';
import type { DemoContext } from './context.js';

export function createDemoVerification(_context: DemoContext): VerificationApi {
  return {
    async officialChannels() {
      return { domains: ['lifebuoy-exchange.example'], emails: ['support@lifebuoy-exchange.example'], phones: [], handles: [], brands: ['lifebuoy'] };
    },
  };
}
